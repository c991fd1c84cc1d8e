// CacheHistoryStore's own logic (keys, restore-by-prefix, best-effort failures) over a real temp
// dir. The cache service is an in-memory stand-in with the @actions/cache semantics the store
// relies on: exact key first, else the newest entry whose key starts with a restore key;
// entries immutable. A round trip through the real library is not covered here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zeroCounts, type HistoryRecord } from '@bulkhead/core';
import { CacheHistoryStore, DEFAULT_CACHE_PREFIX, historyCacheKey, type CacheApi } from '../../packages/runner/src/cache-store.ts';

class MemoryCache implements CacheApi {
  entries: { key: string; files: Map<string, string> }[] = [];
  available = true;
  failSave = false;
  isFeatureAvailable() { return this.available; }
  async restoreCache(paths: string[], primaryKey: string, restoreKeys: string[] = []) {
    const found = this.entries.find((e) => e.key === primaryKey)
      ?? restoreKeys.map((p) => this.entries.filter((e) => e.key.startsWith(p)).at(-1)).find(Boolean);
    if (!found) return undefined;
    for (const p of paths) await writeFile(p, found.files.get(p) ?? '');
    return found.key;
  }
  async saveCache(paths: string[], key: string) {
    if (this.failSave || this.entries.some((e) => e.key === key)) return -1; // immutable: like a ReserveCacheError
    const files = new Map<string, string>();
    for (const p of paths) files.set(p, await readFile(p, 'utf8'));
    this.entries.push({ key, files });
    return this.entries.length;
  }
}

const rec = (runId: string, time: string): HistoryRecord => ({
  runId, time, workflow: 'ci', runs: 1, diffBytes: 10, files: 1, binaryBytes: 0, leakedFiles: 0, alerts: 0, r: 0,
  leadTimeHours: 1, detectionLatencyHours: null, adjustedVelocity: 1, leakDetected: false, changes: 1, events: zeroCounts(),
});

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'bulkhead-cache-')); });
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('historyCacheKey', () => {
  it('is prefix + run id + attempt, legal for the cache service', () => {
    expect(historyCacheKey(DEFAULT_CACHE_PREFIX, '123', '2')).toBe('bulkhead-diff-history-v1-123-2');
    expect(historyCacheKey('my prefix,x-', '9')).toBe('my_prefix_x-9-1');
    expect(historyCacheKey('p-', 'x'.repeat(600)).length).toBe(512);
  });
});

describe('CacheHistoryStore', () => {
  it('carries the history from run to run, one new entry per run', async () => {
    const cache = new MemoryCache();
    const notes: string[] = [];
    const store = (runId: string) => new CacheHistoryStore({ dir, runId, cache, info: (m) => notes.push(m), warn: (m) => notes.push(`W ${m}`) });
    const s1 = store('100');
    expect(await s1.load()).toEqual([]);
    expect(notes.pop()).toMatch(/no cache entry with prefix bulkhead-diff-history-v1- yet/);
    await s1.save([rec('100', '2024-03-01T00:00:00Z')]);
    // The next run starts from a clean disk, as on a fresh runner.
    await rm(s1.file, { force: true });
    const s2 = store('101');
    const loaded = await s2.load();
    expect(loaded.map((r) => r.runId)).toEqual(['100']);
    await s2.save([...loaded, rec('101', '2024-03-02T00:00:00Z')]);
    await rm(s2.file, { force: true });
    expect((await store('102').load()).map((r) => r.runId)).toEqual(['100', '101']); // the newest entry wins
    expect(cache.entries.map((e) => e.key)).toEqual(['bulkhead-diff-history-v1-100-1', 'bulkhead-diff-history-v1-101-1']);
    expect(notes.some((n) => n.startsWith('W '))).toBe(false);
  });

  it('never fails the run over the cache', async () => {
    const warnings: string[] = [];
    const cache = new MemoryCache();
    const mk = () => new CacheHistoryStore({ dir, runId: '7', prefix: 'other-', cache, warn: (m) => warnings.push(m) });
    cache.available = false;
    expect(await mk().load()).toEqual([]);
    expect(warnings.pop()).toMatch(/Actions cache is not available/);

    cache.available = true;
    cache.failSave = true;
    await mk().save([rec('7', '2024-03-01T00:00:00Z')]);
    expect(warnings.pop()).toMatch(/did not save other-7-1/);

    cache.restoreCache = async () => { throw new Error('socket hang up'); };
    expect(await mk().load()).toEqual([]);
    expect(warnings.pop()).toMatch(/could not restore .*socket hang up/);

    cache.restoreCache = async (paths) => { await writeFile(paths[0], '{"schema":"bulkhead/diff-h'); return 'other-6-1'; };
    expect(await mk().load()).toEqual([]);
    expect(warnings.pop()).toMatch(/cache entry other-6-1 is unreadable \(.*not valid JSON/);

    cache.saveCache = async () => { throw new Error('Key Validation Error'); };
    await mk().save([]);
    expect(warnings.pop()).toMatch(/could not save to the Actions cache \(Key Validation Error\)/);
  });
});
