// runDiffTelemetry: event -> range, shallow clones, thresholds, fail-on-alert and the bypasses.
import { afterAll, describe, expect, it } from 'vitest';
import { DIFF_TELEMETRY_DECL } from '../../packages/core/src/diff/decl.ts';
import { runDiffTelemetry } from '../../packages/core/src/diff/run.ts';
import { parseOptions } from '../../packages/core/src/options/parse-options.ts';
import type { EventContext } from '../../packages/core/src/git/types.ts';
import { makeRepo, shallowClone, type TempRepo } from '../support/git-repo.ts';
import { binaryOf, seeded, textOf } from '../support/diff-repo.ts';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));
const track = (r: TempRepo) => (repos.push(r), r);

function opts(raw: Record<string, string> = {}) {
  return parseOptions(DIFF_TELEMETRY_DECL, [raw]).options;
}
function event(e: Partial<EventContext>): EventContext {
  return { eventName: 'push', labels: [], ...e };
}

describe('runDiffTelemetry', () => {
  const rand = seeded(5);
  const origin = track(makeRepo('bulkhead-run-'));
  const c0 = origin.commit('c0', { 'a.txt': textOf(rand, 1000) });
  const c1 = origin.commit('c1', { 'b.txt': textOf(rand, 1000) });
  const c2 = origin.commit('c2', { 'c.txt': textOf(rand, 1000) });
  const c3 = origin.commit('c3\n\nBulkhead-Bypass: vendoring a release', { 'big.bin': binaryOf(rand, 6_000_000) });

  it('measures a push range from the event and alerts on a 6 MB binary (a warning without fail-on-alert)', async () => {
    const r = await runDiffTelemetry({ options: opts(), event: event({ base: c2, head: c3 }), cwd: origin.dir, tempDir: origin.dir + '/..' });
    expect(r.measurement.counted.binaryBytes).toBe(6_000_000);
    expect(r.verdict.alert).toBe(true);
    expect(r.verdict.failed).toBe(false);
    expect(r.verdict.alerts[0]).toMatchObject({ threshold: 'max-diff-bytes', limit: 5_000_000 });
  });

  it('fails with fail-on-alert; a bypass trailer or label turns it back into a warning', async () => {
    const failing = await runDiffTelemetry({ options: opts({ 'fail-on-alert': 'true' }), event: event({ base: c2, head: c3 }), cwd: origin.dir, tempDir: origin.dir + '/..' });
    expect(failing.verdict.failed).toBe(true);
    const trailer = await runDiffTelemetry({ options: opts({ 'fail-on-alert': 'true', 'bypass-trailer': 'Bulkhead-Bypass' }), event: event({ base: c2, head: c3 }), cwd: origin.dir, tempDir: origin.dir + '/..' });
    expect(trailer.verdict).toMatchObject({ failed: false, alert: true, bypassedBy: "commit trailer 'Bulkhead-Bypass'" });
    const label = await runDiffTelemetry({
      options: opts({ 'fail-on-alert': 'true', 'bypass-label': 'size-ok' }),
      event: event({ eventName: 'pull_request', base: c2, head: c3, labels: ['size-ok'] }),
      cwd: origin.dir,
      tempDir: origin.dir + '/..',
    });
    expect(label.verdict.bypassedBy).toBe("label 'size-ok'");
    const otherLabel = await runDiffTelemetry({
      options: opts({ 'fail-on-alert': 'true', 'bypass-label': 'size-ok' }),
      event: event({ eventName: 'pull_request', base: c2, head: c3, labels: ['unrelated'] }),
      cwd: origin.dir,
      tempDir: origin.dir + '/..',
    });
    expect(otherLabel.verdict.failed).toBe(true);
  });

  it('applies max-files, max-file-bytes and max-binary-bytes to the counted set', async () => {
    const r = await runDiffTelemetry({
      options: opts({ base: c0, head: c3, 'max-files': '2', 'max-file-bytes': '1MB', 'max-binary-bytes': '6000000', 'max-diff-bytes': '1GB' }),
      event: event({ eventName: 'workflow_dispatch' }),
      cwd: origin.dir,
      tempDir: origin.dir + '/..',
    });
    expect(r.verdict.alerts.map((a) => a.threshold).sort()).toEqual(['max-file-bytes', 'max-files']);
    expect(r.verdict.alerts.find((a) => a.threshold === 'max-file-bytes')?.path).toBe('big.bin');
  });

  it('treats base == head as nothing to measure', async () => {
    const r = await runDiffTelemetry({ options: opts(), event: event({ base: c3, head: c3 }), cwd: origin.dir, tempDir: origin.dir + '/..' });
    expect(r.measurement.range.kind).toBe('none');
    expect(r.verdict.alert).toBe(false);
  });

  it('deepens a depth-1 clone to read the range', async () => {
    const clone = track(shallowClone(origin, 1));
    const r = await runDiffTelemetry({ options: opts(), event: event({ base: c0, head: c3, commitCount: 3 }), cwd: clone.dir, tempDir: clone.dir + '/..' });
    expect(r.measurement.range.commitCount).toBe(3);
    expect(r.measurement.counted.filesChanged).toBe(3);
  });

  it('fails naming the fetch-depth when a shallow clone cannot be deepened', async () => {
    const clone = track(shallowClone(origin, 1));
    clone.git('remote', 'remove', 'origin');
    await expect(runDiffTelemetry({ options: opts(), event: event({ base: c0, head: c3, commitCount: 3 }), cwd: clone.dir, tempDir: clone.dir + '/..' })).rejects.toThrow(
      expect.objectContaining({ fix: expect.stringMatching(/fetch-depth: 4/) }),
    );
  });

  it('measures a new branch (zero before) against the default branch', async () => {
    const r2 = track(makeRepo('bulkhead-run-nb-'));
    r2.commit('main', { 'a.txt': 'a\n' });
    r2.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    r2.git('checkout', '-q', '-b', 'topic');
    const head = r2.commit('topic', { 't.txt': 't\n' });
    const r = await runDiffTelemetry({ options: opts(), event: event({ head, defaultBranch: 'main' }), cwd: r2.dir, tempDir: r2.dir + '/..', fetch: false });
    expect(r.measurement.range.kind).toBe('new-branch');
    expect(r.measurement.files.map((f) => f.path)).toEqual(['t.txt']);
  });
});
