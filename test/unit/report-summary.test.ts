import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { SummaryBuilder, escapeCell } from '../../packages/core/src/report/summary.ts';

const size = (s: string) => Buffer.byteLength(s, 'utf8');

describe('SummaryBuilder', () => {
  it('builds headings, paragraphs, tables and details', () => {
    const md = new SummaryBuilder()
      .heading('Secret scan', 2)
      .paragraph('Found **2** secrets.')
      .table(['Rule', 'File'], [['github-pat', 'src/a|b.ts'], ['aws', '<script>`x`</script>']])
      .details('More <info>', 'body text')
      .toString();
    expect(md).toBe(
      [
        '## Secret scan',
        '',
        'Found **2** secrets.',
        '',
        '| Rule | File |',
        '| --- | --- |',
        '| github-pat | src/a&#124;b.ts |',
        '| aws | &lt;script&gt;&#96;x&#96;&lt;/script&gt; |',
        '',
        '<details><summary>More &lt;info&gt;</summary>',
        '',
        'body text',
        '',
        '</details>',
        '',
        '',
      ].join('\n'),
    );
  });
  it('escapes cells so they cannot break the table', () => {
    expect(escapeCell('a|b\nc`d`<b>*e*_f_\\')).toBe('a&#124;b<br>c&#96;d&#96;&lt;b&gt;\\*e\\*\\_f\\_\\\\');
  });
  it('says how many rows were left out by maxRows', () => {
    const rows = Array.from({ length: 25 }, (_, i) => [`r${i}`]);
    const md = new SummaryBuilder().table(['n'], rows, { maxRows: 10 }).toString();
    expect(md.match(/^\| r\d+ \|$/gm)).toHaveLength(10);
    expect(md).toContain('…and 15 more not shown (see the report file).');
    const custom = new SummaryBuilder().table(['n'], rows, { maxRows: 5, moreLabel: (n) => `${n} more findings in bulkhead.json` }).toString();
    expect(custom).toContain('20 more findings in bulkhead.json');
  });
  it('stays under 1 MiB with 20,000 long rows and counts the rest', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`rule-${i}`, `src/dir/${'ü'.repeat(40)}/${i}.ts`, String(i)]);
    const b = new SummaryBuilder();
    const md = b.heading('Findings').table(['Rule', 'File', 'Line'], rows).paragraph('after').toString();
    expect(size(md)).toBeLessThanOrEqual(1024 * 1024 - 16 * 1024);
    const shown = md.match(/^\| rule-\d+ \|/gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(1000);
    expect(shown).toBeLessThan(20_000);
    expect(md).toContain(`…and ${20_000 - shown} more not shown (see the report file).`);
  });
  it('marks dropped blocks with a truncation notice', () => {
    const b = new SummaryBuilder({ maxBytes: 200 });
    b.paragraph('x'.repeat(150)).paragraph('y'.repeat(150));
    const md = b.toString();
    expect(b.truncated).toBe(true);
    expect(md).not.toContain('yyy');
    expect(md).toContain('summary truncated');
    expect(size(md)).toBeLessThanOrEqual(200);
  });
  type Op = { kind: 'heading' | 'paragraph' | 'raw' | 'details'; text: string } | { kind: 'table'; rows: string[][]; maxRows?: number };
  const text = fc.string({ maxLength: 300, unit: fc.oneof(fc.constant('é'), fc.constant('😀'), fc.constant('|'), fc.constant('\n'), fc.string({ minLength: 1, maxLength: 1 })) });
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constantFrom('heading', 'paragraph', 'raw', 'details') as fc.Arbitrary<'heading' | 'paragraph' | 'raw' | 'details'>, text }),
    fc.record({ kind: fc.constant('table' as const), rows: fc.array(fc.array(text, { maxLength: 4 }), { maxLength: 60 }), maxRows: fc.option(fc.nat(80), { nil: undefined }) }),
  );
  test.prop([fc.integer({ min: 0, max: 4000 }), fc.array(op, { maxLength: 12 })])('never exceeds maxBytes whatever is added', (maxBytes, ops) => {
    const b = new SummaryBuilder({ maxBytes });
    for (const o of ops) {
      if (o.kind === 'table') b.table(['a', 'b'], o.rows, { maxRows: o.maxRows });
      else if (o.kind === 'heading') b.heading(o.text, 3);
      else if (o.kind === 'details') b.details(o.text, o.text);
      else b[o.kind](o.text);
    }
    expect(size(b.toString())).toBeLessThanOrEqual(maxBytes);
  });
});
