// scanFile's read path: one read for files under 1 MiB (no fstat), fstat and further reads for larger ones,
// chunks past chunkBytes. Whatever the size, a file must give exactly what the same bytes give in memory
// (scanBuffer, which reads nothing), with secrets placed at the start, across the 1 MiB mark and at the end.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_RULES } from '../../packages/core/src/secrets/index.ts';
import { compileRules } from '../../packages/core/src/secrets/scanner/compile.ts';
import { scanBuffer, scanFile } from '../../packages/core/src/secrets/scanner/buffer.ts';
import { generateSecret, makeRng } from '../support/secret-gen.ts';

const MiB = 1 << 20;
const dir = mkdtempSync(join(tmpdir(), 'bh-reads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `size` bytes of filler lines with secret lines at the start, straddling `mark` and at the very end. */
function fileOf(size: number, mark: number, seed: number): { bytes: Buffer; secrets: string[] } {
  const rng = makeRng(seed);
  const lines = [generateSecret('github-pat-classic', rng), generateSecret('stripe-live-secret-key', rng), generateSecret('slack-bot-token', rng)];
  const at = (s: string) => Buffer.from(`${s}\n`);
  const head = at(lines[0].text);
  const middle = at(lines[1].text);
  const tail = Buffer.from(lines[2].text); // no newline: the secret ends the file
  const body = Buffer.alloc(size - head.length - middle.length - tail.length, 'const value = compute(1, 2);\n');
  const cut = Math.max(0, Math.min(body.length, mark - head.length - (middle.length >> 1)));
  return { bytes: Buffer.concat([head, body.subarray(0, cut), middle, body.subarray(cut), tail]), secrets: lines.map((l) => l.secret) };
}

describe('scanFile reads every byte, whatever the size', () => {
  const cr = compileRules(BUILTIN_RULES);
  const sizes = [MiB - 1, MiB, MiB + 1, 2 * MiB + 7, 3 * MiB];
  it.each(sizes)('file of %d bytes: same matches as the bytes in memory', (size) => {
    const { bytes, secrets } = fileOf(size, MiB, size);
    expect(bytes.length).toBe(size);
    const p = join(dir, `f-${size}.txt`);
    writeFileSync(p, bytes);
    // chunkBytes below the size for the larger files: the chunked path re-reads from the start.
    const opts = { chunkBytes: 2 * MiB };
    const fromFile = scanFile(p, 'f.txt', cr, opts);
    expect(fromFile.skipped).toBeUndefined();
    expect(fromFile.bytes).toBe(size);
    const inMemory = scanBuffer(bytes, 'f.txt', cr, opts);
    expect(fromFile.matches).toEqual(inMemory);
    expect(new Set(fromFile.matches.map((m) => m.secret))).toEqual(new Set(secrets));
  });

  it('an empty file: read, nothing found, nothing skipped', () => {
    const empty = join(dir, 'empty');
    writeFileSync(empty, '');
    expect(scanFile(empty, 'empty', cr)).toEqual({ matches: [], bytes: 0 });
  });
});
