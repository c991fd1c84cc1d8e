// PatchScanner: the same sections whatever the chunking; quoting lengths as git writes them.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PatchScanner } from '../../packages/core/src/diff/patch-scan.ts';
import { quotedLength } from '../../packages/core/src/diff/patch-format.ts';

const PATCH = Buffer.from(
  [
    'diff --git a/a.txt b/a.txt',
    'index 1111111..2222222 100644',
    '--- a/a.txt',
    '+++ b/a.txt',
    '@@ -1,3 +1,4 @@',
    ' a',
    '-b',
    '+B',
    '+--- not a header, an added line',
    ' c',
    'diff --git a/x.bin b/x.bin',
    'index 3333333..4444444 100644',
    'Binary files a/x.bin and b/x.bin differ',
    'diff --git a/n b/n',
    'old mode 100644',
    'new mode 100755',
    '',
  ].join('\n'),
);

function scan(chunks: Buffer[]) {
  const s = new PatchScanner();
  for (const c of chunks) s.push(c);
  return s.end();
}

describe('PatchScanner', () => {
  it('splits sections and counts hunk lines only', () => {
    const [a, bin, mode] = scan([PATCH]);
    expect(a).toMatchObject({ added: 2, deleted: 1, binary: false });
    expect(bin).toMatchObject({ added: 0, deleted: 0, binary: true });
    expect(mode).toMatchObject({ added: 0, deleted: 0, binary: false });
    expect(a.bytes + bin.bytes + mode.bytes).toBe(PATCH.length);
  });

  test.prop([fc.array(fc.integer({ min: 1, max: PATCH.length }), { maxLength: 12 })])('gives the same result for any chunking', (cuts) => {
    const points = [...new Set(cuts)].sort((x, y) => x - y);
    const chunks: Buffer[] = [];
    let prev = 0;
    for (const p of [...points, PATCH.length]) {
      if (p > prev) chunks.push(PATCH.subarray(prev, p));
      prev = p;
    }
    expect(scan(chunks)).toEqual(scan([PATCH]));
  });
});

describe('quotedLength', () => {
  it('leaves plain names alone and quotes like git (core.quotePath)', () => {
    expect(quotedLength(Buffer.from('a/src/x y.ts'))).toBe(12);
    expect(quotedLength(Buffer.from('a/q"t'))).toBe('"a/q\\"t"'.length);
    expect(quotedLength(Buffer.from('a/t\tb'))).toBe('"a/t\\tb"'.length);
    expect(quotedLength(Buffer.from('a/é'))).toBe('"a/\\303\\251"'.length);
  });
});
