// The shared digests against GNU coreutils' sha256sum, an implementation this code did not produce.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, createReadStream, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { HashTap, manifestOf, parseChecksums, parseDigestTag, sha256File, digestTag } from '../../packages/core/src/digest/index.ts';

function sha256sum(args: string[], cwd: string): string {
  return execFileSync('sha256sum', args, { cwd, encoding: 'utf8' });
}

function makeTree(): { dir: string; names: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'bh-digest-'));
  mkdirSync(join(dir, 'sub'));
  const names = ['a.txt', 'b c.bin', 'sub/z', 'sub/ünï.txt', 'back\\slash', 'new\nline', 'Upper', '_under'];
  names.forEach((n, i) => writeFileSync(join(dir, n), Buffer.alloc(1000 * i + 7, i + 1)));
  return { dir, names };
}

describe('digests (checked with sha256sum)', () => {
  it('sha256File and HashTap give sha256sum’s hash of a multi-chunk file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bh-digest-'));
    const file = join(dir, 'big');
    const data = Buffer.alloc(3 * (1 << 20) + 12345);
    for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 24;
    writeFileSync(file, data);
    const ref = sha256sum(['big'], dir).split(' ')[0];
    expect(await sha256File(file)).toEqual({ sha256: ref, bytes: data.length });
    const tap = new HashTap();
    let seen = 0;
    await pipeline(createReadStream(file), tap, new Writable({ write: (c: Buffer, _e, cb) => ((seen += c.length), cb()) }));
    expect(tap.digest()).toEqual({ sha256: ref, bytes: data.length });
    expect(seen).toBe(data.length);
  });

  it('the canonical manifest is sha256sum -c checkable, byte-sorted, and its digest is sha256sum of its text', async () => {
    const { dir, names } = makeTree();
    const m = await manifestOf(names.map((n) => ({ path: n, absPath: join(dir, n) })));
    writeFileSync(join(dir, 'MANIFEST'), m.text);
    // sha256sum -c re-reads every file and every escaped name.
    const check = sha256sum(['-c', 'MANIFEST'], dir);
    expect(check.trim().split('\n')).toHaveLength(names.length);
    expect(check).not.toMatch(/FAILED/);
    expect(m.sha256).toBe(sha256sum(['MANIFEST'], dir).split(' ')[0]);
    // sha256sum's own listing of the same files, sorted by bytes (LC_ALL=C sort order), is the same text.
    const own = execFileSync('sh', ['-c', 'LC_ALL=C sort -z | xargs -0 sha256sum --'], { cwd: dir, input: names.join('\0'), encoding: 'utf8' });
    const byName = (t: string) => parseChecksums(t).entries.map((e) => [e.path, e.sha256]);
    expect(byName(m.text)).toEqual(byName(own));
    expect(m.files.map((f) => f.path)).toEqual([...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(m.bytes).toBe(names.reduce((n, _x, i) => n + 1000 * i + 7, 0));
  });

  it('reads GNU and BSD (--tag) checksum files as sha256sum writes them, and names bad lines', () => {
    const { dir, names } = makeTree();
    const gnu = parseChecksums(sha256sum(['--', ...names], dir));
    const bsd = parseChecksums(sha256sum(['--tag', '--', ...names], dir));
    const bin = parseChecksums(sha256sum(['-b', '--', ...names], dir));
    expect(gnu.problems).toEqual([]);
    expect(bsd.entries.map((e) => [e.path, e.sha256])).toEqual(gnu.entries.map((e) => [e.path, e.sha256]));
    expect(bin.entries.map((e) => [e.path, e.sha256])).toEqual(gnu.entries.map((e) => [e.path, e.sha256]));
    expect(gnu.entries.map((e) => e.path).sort()).toEqual([...names].sort());
    const bad = parseChecksums('# comment\nnot a line\n' + 'ab'.repeat(32) + '  ok\n');
    expect(bad.entries).toHaveLength(1);
    expect(bad.problems).toEqual([{ line: 2, problem: expect.stringMatching(/not a SHA-256 checksum line/) }]);
  });

  it('digest tags: sha256:<hex> both ways, nothing else accepted', () => {
    const hex = 'AB'.repeat(32);
    expect(parseDigestTag(digestTag(hex))).toBe(hex.toLowerCase());
    expect(parseDigestTag(hex)).toBe(hex.toLowerCase());
    expect(parseDigestTag('sha256:' + 'ab'.repeat(31))).toBeUndefined();
    expect(parseDigestTag('sha512:' + 'ab'.repeat(32))).toBeUndefined();
  });
});
