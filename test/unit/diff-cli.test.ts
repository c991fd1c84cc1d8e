// `bulkhead diff-telemetry` through the CLI dispatcher: exit codes 0 / 1 / 2, text and JSON.
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main.ts';
import { makeRepo } from '../support/git-repo.ts';
import { binaryOf, seeded } from '../support/diff-repo.ts';

const repo = makeRepo('bulkhead-dt-cli-');
afterAll(() => repo.cleanup());
const base = repo.commit('base', { 'a.txt': 'a\n' });
repo.commit('big', { 'blob.bin': binaryOf(seeded(9), 6_000_000), 'x.leak': 'x\n' });

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(['diff-telemetry', ...argv], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: repo.dir, env: {} });
  return { code, out, err };
}

describe('bulkhead diff-telemetry', () => {
  it('prints the measurement and exits 0 on a warning-only alert', async () => {
    const r = await cli('--base', base);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/warning: .*max-diff-bytes 5 MB/);
    expect(r.out).toContain('leak-pattern file: x.leak');
  });

  it('exits 1 when an alert fails the run, with a JSON report on stdout', async () => {
    const r = await cli('.', '--base', base, '--fail-on-alert', '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.kind).toBe('bulkhead.diff-telemetry');
    expect(report.data.counted.binaryBytes).toBe(6_000_000);
    expect(report.data.leakedFiles).toEqual(['x.leak']);
    expect(report.data.metrics.risk.r).toBeGreaterThan(0);
  });

  it('exits 2 with a one-line fix when the range is missing or bad', async () => {
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/--base/);
    const bad = await cli('--base', 'no-such-ref');
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
  });
});
