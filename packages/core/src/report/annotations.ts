// GitHub shows at most 10 error and 10 warning annotations per step (50 per job) and drops the rest
// silently; cap each level ourselves and say how many were left out.
import type { Annotation, AnnotationLevel } from './types.ts';

const LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

export interface CapOptions {
  /** Most annotations kept per level, the "more" annotation included. Default 10. */
  perLevel?: number;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * Orders by level (errors, then warnings, then notices; input order within a level), strips newlines,
 * and over the cap keeps the first `perLevel - 1` of a level plus one annotation saying how many more exist.
 */
export function capAnnotations(list: readonly Annotation[], options: CapOptions = {}): Annotation[] {
  const cap = Math.max(1, Math.floor(options.perLevel ?? 10));
  const out: Annotation[] = [];
  for (const level of LEVELS) {
    const items = list.filter((a) => a.level === level);
    const keep = items.length > cap ? cap - 1 : items.length;
    for (const a of items.slice(0, keep)) {
      const clean: Annotation = { ...a, message: oneLine(a.message) };
      if (a.title !== undefined) clean.title = oneLine(a.title);
      out.push(clean);
    }
    if (items.length > cap) {
      const hidden = items.length - keep;
      out.push({
        level,
        title: 'More annotations',
        message: `${hidden} more ${level}s not shown; see the job summary / report file`,
      });
    }
  }
  return out;
}
