// CacheHistoryStore with the real @actions/cache (tar, Twirp client, Azure storage SDK) against a
// local cache service: history saved by one run comes back in the next, from a clean disk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zeroCounts, type HistoryRecord } from '@bulkhead/core';
import { CacheHistoryStore } from '../../packages/runner/src/cache-store.ts';
import { startFakeCacheService, type FakeCacheService } from '../support/fake-cache-service.ts';

const rec = (runId: string, time: string, leakedFiles = 0): HistoryRecord => ({
  runId, time, workflow: 'ci', runs: 1, diffBytes: 4096, files: 2, binaryBytes: 0, leakedFiles, alerts: 0, r: 0.095,
  leadTimeHours: 3.5, detectionLatencyHours: null, adjustedVelocity: 4, leakDetected: leakedFiles > 0, changes: 1,
  events: { ...zeroCounts(), 'leaked-file': leakedFiles },
});

let svc: FakeCacheService;
let root: string;
const saved: Record<string, string | undefined> = {};
beforeAll(async () => {
  svc = await startFakeCacheService();
  root = await mkdtemp(join(tmpdir(), 'bulkhead-cache-rt-'));
  await mkdir(join(root, 'workspace')); // tar runs in the workspace, which a runner always has
  // The library reads these at call time; GITHUB_SERVER_URL must be unset (not GHES).
  const env = { ...svc.env, GITHUB_WORKSPACE: join(root, 'workspace'), RUNNER_TEMP: join(root, 'tmp'), GITHUB_SERVER_URL: undefined };
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await svc?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('CacheHistoryStore through @actions/cache', () => {
  it('round-trips the history across runs with a new immutable entry each run', async () => {
    const warnings: string[] = [];
    const dir = join(root, 'tmp', 'bulkhead-history');
    const store = (runId: string) => new CacheHistoryStore({ dir, runId, warn: (m) => warnings.push(m) });

    expect(await store('500').load()).toEqual([]);
    await store('500').save([rec('500', '2024-03-01T00:00:00.000Z', 1)]);
    await rm(dir, { recursive: true, force: true }); // a fresh runner

    const second = await store('501').load();
    expect(second).toEqual([rec('500', '2024-03-01T00:00:00.000Z', 1)]);
    await store('501').save([...second, rec('501', '2024-03-02T00:00:00.000Z')]);
    await rm(dir, { recursive: true, force: true });

    expect((await store('502').load()).map((r) => r.runId)).toEqual(['500', '501']);
    expect(svc.entries.filter((e) => e.finalized).map((e) => e.key)).toEqual(['bulkhead-diff-history-v1-500-1', 'bulkhead-diff-history-v1-501-1']);

    // A re-run of 501 (same key) cannot overwrite the immutable entry: a warning, not a failure.
    await store('501').save([rec('501', '2024-03-02T00:00:00.000Z')]);
    expect(warnings.at(-1)).toMatch(/did not save bulkhead-diff-history-v1-501-1/);
    expect(warnings).toHaveLength(1);
  });
});
