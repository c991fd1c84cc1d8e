// artifact:// stores through the real @actions/artifact (zip upload with the Azure SDK to a signed URL, Twirp
// calls, download and unzip) against a local artifact service backed by azurite; a byte-flipping proxy in front
// of azurite alters what the read-back downloads.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeArtifactService, type FakeArtifactService } from '../support/fake-artifact-service.ts';
import { gnuCheck, makeSource, readTree, tempDir, envPatch, runWithRunnerStores } from '../support/double-write.ts';
import { startAzurite, startFlipProxy, type AzuriteServer, type FlipProxy } from '../support/storage-servers.ts';

let az: AzuriteServer;
let svc: FakeArtifactService;
let flipped: FakeArtifactService;
let proxy: FlipProxy;
let root: string;
const env = envPatch();
beforeAll(async () => {
  az = await startAzurite();
  svc = await startFakeArtifactService(az);
  // A second service whose signed URLs lead through a proxy that flips a byte of every downloaded zip.
  proxy = await startFlipProxy(`http://127.0.0.1:${new URL(az.endpoint).port}`, /\.zip/, 5000);
  flipped = await startFakeArtifactService({ ...az, connectionString: () => az.connectionString(`${proxy.url}/${az.account}`) });
  root = await mkdtemp(join(tmpdir(), 'bulkhead-dw-artifact-'));
  await mkdir(join(root, 'workspace'));
  env.set({ ...svc.env, GITHUB_WORKSPACE: join(root, 'workspace'), RUNNER_TEMP: join(root, 'tmp'), GITHUB_SERVER_URL: undefined });
}, 60_000);
afterAll(async () => {
  env.restore();
  await Promise.all([svc?.close(), flipped?.close(), proxy?.close()]);
  await az?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

const run = (raw: Record<string, string>) => runWithRunnerStores(raw, join(root, 'tmp'), join(root, 'workspace'));

describe('double-write to artifact:// (real @actions/artifact)', () => {
  it('uploads a data artifact and a manifest artifact, both read back; a re-run replaces them; restore returns the source bytes', async () => {
    const src = makeSource(61, 300_000);
    const a = tempDir('a');
    const name = `build-${randomBytes(4).toString('hex')}`;
    const w = await run({ source: src.dir, primary: `artifact://${name}`, secondary: `file://${a}` });
    expect(w.failed, JSON.stringify(w.stores)).toBe(false);
    expect(w.stores[0]).toMatchObject({ url: `artifact://${name}`, status: 'committed' });
    expect(svc.artifacts.filter((x) => x.finalized).map((x) => x.name).sort()).toEqual([name, `${name}.manifest`]);
    const again = await run({ source: src.dir, primary: `artifact://${name}`, secondary: `file://${a}` });
    expect(again.failed, JSON.stringify(again.stores)).toBe(false);
    expect(svc.artifacts.filter((x) => x.name.startsWith(name))).toHaveLength(2); // replaced, not duplicated
    const out = tempDir('out');
    const back = await run({ mode: 'restore', source: out, primary: `artifact://${name}`, secondary: `file://${a}`, digest: `sha256:${w.digest}` });
    expect(back.servedFrom).toBe('primary');
    expect(readTree(out, Object.keys(src.files))).toEqual(src.files);
    gnuCheck(out, w.manifestText!);
    await Promise.all([src.dir, a, out].map((d) => rm(d, { recursive: true, force: true })));
  });

  it('a zip altered on the way back fails the artifact store and leaves no artifact; the file:// copy is committed', async () => {
    env.set(flipped.env);
    try {
      const src = makeSource(62, 300_000);
      const a = tempDir('a');
      const name = `flip-${randomBytes(4).toString('hex')}`;
      const w = await run({ source: src.dir, primary: `file://${a}`, secondary: `artifact://${name}` });
      expect(proxy.flips).toBeGreaterThanOrEqual(1);
      expect(w.stores.map((s) => s.status)).toEqual(['committed', 'failed']);
      expect(w.stores[1].problems.length).toBeGreaterThan(0);
      expect(flipped.artifacts.filter((x) => x.name.startsWith(name))).toEqual([]); // removed: nothing looks complete
      gnuCheck(a, w.manifestText!);
      await Promise.all([src.dir, a].map((d) => rm(d, { recursive: true, force: true })));
    } finally {
      env.set(svc.env);
    }
  });
});
