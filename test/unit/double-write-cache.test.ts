// cache:// stores through the real @actions/cache (tar, Twirp client, Azure storage SDK) against the local cache
// service of test/support: the data entry and the manifest entry are saved, read back from the service and
// hashed; restore brings back the source bytes; a cache service that is down fails only that store.
import { writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCacheService, type FakeCacheService } from '../support/fake-cache-service.ts';
import { gnuCheck, listFiles, makeSource, readTree, tempDir, envPatch, runWithRunnerStores } from '../support/double-write.ts';
import { deadPort } from '../support/storage-servers.ts';

let svc: FakeCacheService;
let root: string;
const env = envPatch();
beforeAll(async () => {
  svc = await startFakeCacheService();
  root = await mkdtemp(join(tmpdir(), 'bulkhead-dw-cache-'));
  await mkdir(join(root, 'workspace'));
  // The library reads these at call time; GITHUB_SERVER_URL must be unset (not GHES).
  env.set({ ...svc.env, GITHUB_WORKSPACE: join(root, 'workspace'), RUNNER_TEMP: join(root, 'tmp'), GITHUB_SERVER_URL: undefined });
});
afterAll(async () => {
  env.restore();
  await svc?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

const run = (raw: Record<string, string>) => runWithRunnerStores(raw, join(root, 'tmp'), join(root, 'workspace'));

describe('double-write to cache:// (real @actions/cache)', () => {
  it('saves a data entry and a manifest entry, both read back from the service; restore returns the source bytes', async () => {
    const src = makeSource(51, 200_000);
    const a = tempDir('a');
    const key = `build-${randomBytes(4).toString('hex')}`;
    const w = await run({ source: src.dir, primary: `file://${a}`, secondary: `cache://${key}` });
    expect(w.failed, JSON.stringify(w.stores)).toBe(false);
    expect(w.stores[1]).toMatchObject({ url: `cache://${key}`, status: 'committed' });
    const finalized = svc.entries.filter((e) => e.finalized).map((e) => e.key);
    expect(finalized).toEqual(expect.arrayContaining([key, `${key}.manifest`]));
    const out = tempDir('out');
    const back = await run({ mode: 'restore', source: out, primary: `cache://${key}`, secondary: `file://${a}`, digest: `sha256:${w.digest}` });
    expect(back.servedFrom).toBe('primary');
    expect(readTree(out, Object.keys(src.files))).toEqual(src.files);
    gnuCheck(out, w.manifestText!);
    // A re-run with the same input and key: the entries exist and hold the same bytes, so the copy verifies.
    const again = await run({ source: src.dir, primary: `file://${a}`, secondary: `cache://${key}` });
    expect(again.failed, JSON.stringify(again.stores)).toBe(false);
    expect(svc.entries.filter((e) => e.key.startsWith(key))).toHaveLength(2);
    // Other bytes under the same key cannot replace the entry: the read-back shows the mismatch.
    writeFileSync(join(src.dir, 'app.js'), 'changed');
    const changed = await run({ source: src.dir, primary: `file://${a}`, secondary: `cache://${key}` });
    expect(changed.stores.map((s) => s.status)).toEqual(['committed', 'failed']);
    expect(changed.stores[1].problems[0]).toMatchObject({ file: 'app.js' });
    await Promise.all([src.dir, a, out].map((d) => rm(d, { recursive: true, force: true })));
  });

  it('a cache service that is down fails the cache store only, and restore falls back to the file:// copy', async () => {
    const src = makeSource(52, 50_000);
    const a = tempDir('a');
    const key = `down-${randomBytes(4).toString('hex')}`;
    const url = process.env.ACTIONS_RESULTS_URL;
    env.set({ ACTIONS_RESULTS_URL: `http://127.0.0.1:${await deadPort()}/` });
    try {
      const w = await run({ source: src.dir, primary: `file://${a}`, secondary: `cache://${key}` });
      expect(w.stores.map((s) => s.status)).toEqual(['committed', 'failed']);
      expect(w.stores[1].problems[0].message).toMatch(/did not save .* and holds no entry with that key/);
      const out = tempDir('out');
      const back = await run({ mode: 'restore', source: out, primary: `cache://${key}`, secondary: `file://${a}` });
      expect(back.servedFrom).toBe('secondary');
      expect(listFiles(out)).toEqual(Object.keys(src.files).sort());
    } finally {
      env.set({ ACTIONS_RESULTS_URL: url });
    }
  });
});
