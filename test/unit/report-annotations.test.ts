import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { capAnnotations } from '../../packages/core/src/report/annotations.ts';
import type { Annotation, AnnotationLevel } from '../../packages/core/src/report/types.ts';

const make = (level: AnnotationLevel, i: number): Annotation => ({ level, message: `${level} ${i}\nsecond line`, file: `f${i}.ts`, startLine: i + 1 });

describe('capAnnotations', () => {
  it('keeps everything under the cap, ordered by level, one line each', () => {
    const out = capAnnotations([make('notice', 0), make('error', 1), make('warning', 2), make('error', 3)]);
    expect(out.map((a) => a.message)).toEqual(['error 1 second line', 'error 3 second line', 'warning 2 second line', 'notice 0 second line']);
  });
  it('keeps 9 and adds one summary per level over the cap', () => {
    const list = [...Array.from({ length: 25 }, (_, i) => make('error', i)), ...Array.from({ length: 10 }, (_, i) => make('warning', i))];
    const out = capAnnotations(list);
    const errors = out.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 9).map((a) => a.file)).toEqual(Array.from({ length: 9 }, (_, i) => `f${i}.ts`));
    expect(errors[9].message).toBe('16 more errors not shown; see the job summary / report file');
    expect(out.filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(out.some((a) => a.message.includes('more warnings'))).toBe(false);
  });
  const ann = fc.record({
    level: fc.constantFrom<AnnotationLevel>('error', 'warning', 'notice'),
    message: fc.string(),
    title: fc.option(fc.string(), { nil: undefined }),
  });
  test.prop([fc.array(ann, { maxLength: 200 }), fc.integer({ min: 1, max: 12 })])('never more than perLevel of a level, nothing lost silently', (list, perLevel) => {
    const out = capAnnotations(list, { perLevel });
    for (const level of ['error', 'warning', 'notice'] as const) {
      const inLevel = list.filter((a) => a.level === level).length;
      const got = out.filter((a) => a.level === level);
      expect(got.length).toBeLessThanOrEqual(perLevel);
      expect(got.length).toBe(Math.min(inLevel, perLevel));
      if (inLevel > perLevel) expect(got.at(-1)?.message).toBe(`${inLevel - perLevel + 1} more ${level}s not shown; see the job summary / report file`);
    }
    for (const a of out) {
      expect(a.message).not.toMatch(/[\r\n]/);
      if (a.title !== undefined) expect(a.title).not.toMatch(/[\r\n]/);
    }
  });
});
