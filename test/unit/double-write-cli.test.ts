// `bulkhead double-write` through the CLI dispatcher: exit codes 0 / 1 / 2, text and JSON, restore, and the
// runner-only stores refused with a message saying where they work.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main.ts';
import { makeSource, readTree, tempDir } from '../support/double-write.ts';

const src = makeSource(71, 100_000);
const dirs = [src.dir];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const fresh = (p: string) => {
  const d = tempDir(p);
  dirs.push(d);
  return d;
};

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(['double-write', ...argv], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: src.dir, env: {} });
  return { code, out, err };
}

describe('bulkhead double-write', () => {
  it('writes, prints both stores, exits 0; restores with --mode restore; JSON has the digest sha256sum gives', async () => {
    const [a, b] = [fresh('a'), fresh('b')];
    const w = await cli('.', '--primary', `file://${a}`, '--secondary', `file://${b}`, '--format', 'json');
    expect(w.code, w.err).toBe(0);
    const report = JSON.parse(w.out);
    expect(report.kind).toBe('bulkhead.double-write');
    const sums = execFileSync('sha256sum', Object.keys(src.files).sort(), { cwd: src.dir, encoding: 'utf8' });
    expect(report.data.digest).toBe(`sha256:${execFileSync('sha256sum', { input: sums, encoding: 'utf8' }).split(' ')[0]}`);
    const out = fresh('out');
    const r = await cli(out, '--mode', 'restore', '--primary', `file://${a}`, '--secondary', `file://${b}`, '--digest', report.data.digest);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/restored 4 files .* from the primary/);
    expect(readTree(out, Object.keys(src.files))).toEqual(src.files);
  });

  it('exits 1 naming the store when a copy fails, 2 for a usage error and for a runner-only store', async () => {
    const a = fresh('a');
    const blocker = join(fresh('x'), 'file');
    writeFileSync(blocker, 'x');
    const bad = await cli('.', '--primary', `file://${a}`, '--secondary', `file://${blocker}/sub`);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/double-write failed\. secondary file:\/\/.*: upload of .* failed: ENOTDIR/);
    const missing = await cli('.', '--primary', `file://${a}`);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/secondary/);
    const runnerOnly = await cli('.', '--primary', `file://${fresh('c')}`, '--secondary', 'artifact://build');
    expect(runnerOnly.code).toBe(2);
    expect(runnerOnly.err).toMatch(/artifact:\/\/ stores are not available here \(they need the GitHub Actions runner\)/);
  });
});
