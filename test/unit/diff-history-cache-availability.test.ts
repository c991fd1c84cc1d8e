// Where no Actions cache service exists, CacheHistoryStore says so once and never calls the cache:
// availability is read from the runtime environment exactly as @actions/cache decides it, checked
// against the real library's isFeatureAvailable for every combination of the variables it reads.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isFeatureAvailable } from '@actions/cache';
import { zeroCounts } from '@bulkhead/core';
import { CacheHistoryStore, cacheServiceAvailable, type CacheApi } from '../../packages/runner/src/cache-store.ts';

const VARS = ['ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL'] as const;
const saved = Object.fromEntries(VARS.map((k) => [k, process.env[k]]));
afterEach(() => {
  for (const k of VARS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});
const setEnv = (values: Partial<Record<(typeof VARS)[number], string>>) => {
  for (const k of VARS) {
    if (values[k] === undefined) delete process.env[k];
    else process.env[k] = values[k];
  }
};

describe('cacheServiceAvailable', () => {
  // unset, empty, or a value, for each of the three variables: 27 runtimes.
  const states = [undefined, '', 'x'] as const;
  const combos = states.flatMap((v2) => states.flatMap((results) => states.map((cacheUrl) => ({ v2, results, cacheUrl }))));
  it.each(combos)('agrees with @actions/cache for %o', ({ v2, results, cacheUrl }) => {
    const values = {
      ACTIONS_CACHE_SERVICE_V2: v2 === 'x' ? 'true' : v2,
      ACTIONS_RESULTS_URL: results === 'x' ? 'http://127.0.0.1:9/' : results,
      ACTIONS_CACHE_URL: cacheUrl === 'x' ? 'http://127.0.0.1:9/' : cacheUrl,
    };
    setEnv(values);
    expect(cacheServiceAvailable(process.env)).toBe(isFeatureAvailable());
    expect(cacheServiceAvailable({ ...values })).toBe(isFeatureAvailable());
  });
  it('is false on a plain local run and true on a hosted runner (cache service v2)', () => {
    expect(cacheServiceAvailable({})).toBe(false);
    expect(cacheServiceAvailable({ ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_RESULTS_URL: 'https://results-receiver.actions.githubusercontent.com/' })).toBe(true);
  });
});

describe('CacheHistoryStore without a cache service', () => {
  it('warns once, restores and saves nothing, and does not stall', async () => {
    setEnv({});
    const dir = await mkdtemp(join(tmpdir(), 'bulkhead-nocache-'));
    try {
      const warnings: string[] = [];
      const infos: string[] = [];
      const store = new CacheHistoryStore({ dir, runId: '9', warn: (m) => warnings.push(m), info: (m) => infos.push(m) });
      const started = performance.now();
      expect(await store.load()).toEqual([]);
      await store.save([{ runId: '9', time: '2024-03-01T00:00:00Z', workflow: 'ci', runs: 1, diffBytes: 1, files: 1, binaryBytes: 0, leakedFiles: 0, alerts: 0, r: 0, leadTimeHours: 1, detectionLatencyHours: null, adjustedVelocity: 1, leakDetected: false, changes: 1, events: zeroCounts() }]);
      expect(performance.now() - started).toBeLessThan(1000); // the library's save retries take ~10 s
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/Actions cache is not available here.*history: file:PATH/);
      expect(infos).toEqual([]);
      expect(existsSync(store.file)).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('an injected cache that is unavailable is never called', async () => {
    const calls: string[] = [];
    const cache: CacheApi = {
      isFeatureAvailable: () => false,
      restoreCache: async () => (calls.push('restore'), undefined),
      saveCache: async () => (calls.push('save'), 1),
    };
    const warnings: string[] = [];
    const store = new CacheHistoryStore({ dir: tmpdir(), runId: '1', cache, warn: (m) => warnings.push(m) });
    await store.load();
    await store.save([]);
    await store.save([]);
    expect(calls).toEqual([]);
    expect(warnings).toHaveLength(1);
  });
});
