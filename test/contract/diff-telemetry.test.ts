// diff-telemetry through the harness: the bundle runs as on a runner, against real git repositories.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/harness.ts';
import { makeRepo, type TempRepo } from '../support/git-repo.ts';
import { binaryOf, fastImport, seeded, textOf } from '../support/diff-repo.ts';

const BUNDLE = join(import.meta.dirname, '../../dist/diff-telemetry');
const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

function prPayload(base: string, head: string, labels: string[] = []) {
  return { pull_request: { number: 7, commits: 1, base: { sha: base, ref: 'main' }, head: { sha: head }, labels: labels.map((name) => ({ name })) } };
}

describe('diff-telemetry action', () => {
  let repo: TempRepo;
  let base: string;
  let head: string;
  beforeAll(() => {
    const rand = seeded(7);
    repo = makeRepo('bulkhead-dt-');
    repos.push(repo);
    base = repo.commit('base', { 'src/a.ts': textOf(rand, 2000), 'package-lock.json': '{}\n' });
    head = repo.commit('big change', {
      'src/a.ts': textOf(rand, 2500),
      'assets/blob.bin': binaryOf(rand, 6_000_000),
      'config/prod.leak': 'not a real secret\n',
      'package-lock.json': textOf(rand, 300_000),
    });
  });

  it('sets every output, alerts on a 6 MB binary as a warning by default, writes the report', async () => {
    const r = await runAction(BUNDLE, { eventName: 'pull_request', payload: prPayload(base, head), workspace: repo.dir, inputs: { history: 'none' } });
    expect(r.failed, r.phases.main?.stdout).toBe(false);
    expect(Number(r.outputs['binary-bytes'])).toBe(6_000_000);
    expect(Number(r.outputs['diff-bytes'])).toBeGreaterThan(6_000_000);
    // the lockfile is excluded from the counted set: 3 counted files (a.ts, blob.bin, prod.leak)
    expect(r.outputs['files-changed']).toBe('3');
    expect(r.outputs['leaked-files']).toBe('1');
    expect(r.outputs.alert).toBe('true');
    const risk = Number(r.outputs['risk-coefficient']);
    expect(risk).toBeGreaterThan(0);
    expect(risk).toBeLessThan(1);
    expect(Number(r.outputs['adjusted-velocity'])).toBeGreaterThanOrEqual(0);
    expect(Number(r.outputs['lead-time-hours'])).toBeGreaterThan(0);
    expect(r.outputs['report-file']).toMatch(/runner-temp\/bulkhead-diff-telemetry\.json$/); // default: $RUNNER_TEMP
    expect(r.annotations.some((a) => a.level === 'warning' && /max-diff-bytes/.test(a.message))).toBe(true);
    expect(r.annotations.some((a) => a.file === 'config/prod.leak')).toBe(true);
    expect(r.summary).toContain('Largest files');
    expect(r.summary).toContain('assets/blob.bin');
  });

  it('fails with fail-on-alert, and a bypass label turns the failure into a warning', async () => {
    const report = join(repo.dir, '..', `dt-report-${Date.now()}.json`);
    const failed = await runAction(BUNDLE, { eventName: 'pull_request', payload: prPayload(base, head), workspace: repo.dir, inputs: { history: 'none', 'fail-on-alert': 'true', 'bypass-label': 'big-change-ok', 'report-file': report } });
    expect(failed.failed).toBe(true);
    expect(failed.failures.join('\n')).toMatch(/max-diff-bytes.*big-change-ok/);
    const json = JSON.parse(readFileSync(report, 'utf8'));
    expect(json.kind).toBe('bulkhead.diff-telemetry');
    expect(json.schemaVersion).toBeDefined();
    expect(json.data.counted.binaryBytes).toBe(6_000_000);
    expect(json.data.failed).toBe(true);

    const bypassed = await runAction(BUNDLE, { eventName: 'pull_request', payload: prPayload(base, head, ['big-change-ok']), workspace: repo.dir, inputs: { history: 'none', 'fail-on-alert': 'true', 'bypass-label': 'big-change-ok' } });
    expect(bypassed.failed).toBe(false);
    expect(bypassed.outputs.alert).toBe('true');
    expect(bypassed.summary).toMatch(/bypassed by label 'big-change-ok'/);
  });

  it('keeps a file history across runs and draws the trend', async () => {
    const hist = join(repo.dir, '..', `dt-history-${Date.now()}.json`);
    for (let i = 0; i < 2; i++) {
      const r = await runAction(BUNDLE, { eventName: 'pull_request', payload: prPayload(base, head), workspace: repo.dir, inputs: { history: `file:${hist}` }, env: { GITHUB_RUN_ID: `${2000 + i}` } });
      expect(r.failed).toBe(false);
      if (i === 1) expect(r.summary).toContain('xychart-beta');
    }
    expect(JSON.parse(readFileSync(hist, 'utf8'))).toBeTruthy();
  });

  it('with the default history and no cache service: says so once, saves nothing, does not stall', async () => {
    const started = performance.now();
    const r = await runAction(BUNDLE, { eventName: 'pull_request', payload: prPayload(base, head), workspace: repo.dir });
    const ms = performance.now() - started;
    expect(r.failed, r.phases.main?.stdout).toBe(false);
    const cacheNotes = r.annotations.filter((a) => /cache/i.test(a.message));
    expect(cacheNotes.map((a) => a.message)).toEqual([expect.stringMatching(/^history: the Actions cache is not available here/)]);
    expect(r.allOutputText).not.toMatch(/reserveCache|Failed to save|Cache Service Url/);
    expect(ms).toBeLessThan(8000); // @actions/cache's save retries alone took ~10 s
  });

  it('rejects a bad input with the input name and a fix', async () => {
    const r = await runAction(BUNDLE, { eventName: 'pull_request', payload: prPayload(base, head), workspace: repo.dir, inputs: { history: 'somewhere' } });
    expect(r.failed).toBe(true);
    expect(r.failures.join('\n')).toMatch(/history.*file:PATH/);
  });

  it('keeps the summary under the 1 MiB cap on a 10,000-file diff', async () => {
    const big = makeRepo('bulkhead-dt-big-');
    repos.push(big);
    const rand = seeded(11);
    const many = function* () {
      for (let i = 0; i < 10_000; i++) yield { path: `pkg/${i % 100}/a-rather-long-directory-name-for-width/file-${i}.txt`, content: textOf(rand, 200) };
    };
    await fastImport(big.dir, [
      { ref: 'refs/heads/main', message: 'base', time: 1_700_000_000, files: [{ path: 'README', content: Buffer.from('x\n') }] },
      { ref: 'refs/heads/main', message: 'ten thousand files', time: 1_700_003_600, files: many() },
    ]);
    const b = big.git('rev-parse', 'main~1');
    const h = big.git('rev-parse', 'main');
    const r = await runAction(BUNDLE, { eventName: 'pull_request', payload: prPayload(b, h), workspace: big.dir, inputs: { history: 'none', 'max-files': '5000' } });
    expect(r.failed).toBe(false);
    expect(r.outputs['files-changed']).toBe('10000');
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
    expect(r.summary).toMatch(/9980 more files/);
    expect(r.annotations.some((a) => /max-files/.test(a.message))).toBe(true);
  });
});
