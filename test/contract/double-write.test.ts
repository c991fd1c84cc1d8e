// double-write through the harness: dist/double-write runs as on a runner (INPUT_*, GITHUB_OUTPUT, summary,
// masks), against file:// stores and a real S3 server; GNU sha256sum checks the manifest-file it outputs.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLeakReport } from '../../packages/core/src/diff/metrics/index.ts';
import { runAction } from '../support/harness.ts';
import { listFiles, makeSource, readTree, tempDir } from '../support/double-write.ts';
import { deadPort, startAzurite, startS3rver, type S3Server } from '../support/storage-servers.ts';
import { startFakeCacheService } from '../support/fake-cache-service.ts';
import { startFakeArtifactService } from '../support/fake-artifact-service.ts';

const BUNDLE = join(import.meta.dirname, '../../dist/double-write');
const cleanup: string[] = [];
let s3: S3Server;
beforeAll(async () => {
  s3 = await startS3rver(['ci']);
});
afterAll(async () => {
  await s3?.close();
  cleanup.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** A workspace with the build output under dist/. */
function workspace() {
  const src = makeSource(41, 400_000);
  const ws = tempDir('ws');
  cpSync(src.dir, join(ws, 'dist'), { recursive: true });
  cleanup.push(src.dir, ws);
  return { ws, files: src.files };
}

describe('double-write action', () => {
  it('writes two verified copies and sets digest, manifest-file, primary-url, secondary-url, bytes and the report', async () => {
    const { ws, files } = workspace();
    const [a, b] = [tempDir('a'), tempDir('b')];
    cleanup.push(a, b);
    // RUNNER_TEMP of our own: the harness removes its temp directory, and the manifest and report files live there.
    const runnerTemp = tempDir('rt');
    cleanup.push(runnerTemp);
    const r = await runAction(BUNDLE, { workspace: ws, inputs: { source: 'dist', primary: `file://${a}`, secondary: `file://${b}` }, env: { RUNNER_TEMP: runnerTemp } });
    expect(r.failed, r.phases.main?.stdout).toBe(false);
    expect(r.outputs['primary-url']).toBe(`file://${a}`);
    expect(r.outputs['secondary-url']).toBe(`file://${b}`);
    expect(Number(r.outputs.bytes)).toBe(Object.values(files).reduce((n, f) => n + f.length, 0));
    // The manifest file is sha256sum's format: GNU sha256sum accepts it against the source and both copies,
    // and the digest output is sha256sum's hash of that file.
    const manifest = r.outputs['manifest-file'];
    for (const dir of [join(ws, 'dist'), a, b]) expect(execFileSync('sha256sum', ['--strict', '-c', manifest], { cwd: dir, encoding: 'utf8' })).toMatch(/mod\.wasm: OK/);
    expect(r.outputs.digest).toBe(`sha256:${execFileSync('sha256sum', [manifest], { encoding: 'utf8' }).split(' ')[0]}`);
    const report = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8'));
    expect(report.kind).toBe('bulkhead.double-write');
    expect(report.data).toMatchObject({ failed: false, passed: true, events: [], digest: r.outputs.digest, files: 4 });
    expect(r.outputs['report-file']).toBe(join(runnerTemp, 'bulkhead-double-write.json'));
    expect(r.summary).toContain('Bulkhead double-write');
    expect(r.summary).toContain('committed');
    expect(listFiles(a)).toEqual([...Object.keys(files), '.bulkhead/manifest.json'].sort());
  });

  it('restores with served-from, from the secondary when the primary copy was altered; the warning names the file', async () => {
    const { ws, files } = workspace();
    const [a, b] = [tempDir('a'), tempDir('b')];
    cleanup.push(a, b);
    const w = await runAction(BUNDLE, { workspace: ws, inputs: { source: 'dist', primary: `file://${a}`, secondary: `file://${b}` } });
    writeFileSync(join(a, 'app.js'), 'tampered');
    const out = await runAction(BUNDLE, { workspace: ws, inputs: { mode: 'restore', source: 'restored', primary: `file://${a}`, secondary: `file://${b}`, digest: w.outputs.digest } });
    expect(out.failed, out.phases.main?.stdout).toBe(false);
    expect(out.outputs['served-from']).toBe('secondary');
    expect(out.outputs.digest).toBe(w.outputs.digest);
    expect(readTree(join(ws, 'restored'), Object.keys(files))).toEqual(files);
    expect(out.annotations.some((x) => x.level === 'warning' && /app\.js/.test(x.message))).toBe(true);
  });

  it('fails the step naming the store and the file when one copy cannot be written; the report counts the event for diff-telemetry', async () => {
    const { ws } = workspace();
    const a = tempDir('a');
    cleanup.push(a);
    const blocker = join(a, 'not-a-dir');
    writeFileSync(blocker, 'x');
    const r = await runAction(BUNDLE, { workspace: ws, inputs: { source: 'dist', primary: `file://${a}/copy`, secondary: `file://${blocker}/copy`, 'report-file': 'report.json' } });
    expect(r.failed).toBe(true);
    expect(r.exitCode).toBe(1);
    expect(r.failures.join('\n')).toMatch(/double-write failed\. secondary file:\/\/.*not-a-dir\/copy: upload of .* failed: ENOTDIR/);
    const report = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8'));
    expect(report.data.failed).toBe(true);
    expect(report.data.events.length).toBeGreaterThan(0);
    expect(report.data.events[0]).toMatchObject({ store: 'secondary' });
    // diff-telemetry's own reader counts them as gate failures.
    const counted = parseLeakReport(readFileSync(r.outputs['report-file'], 'utf8'), 'report.json', new Date().toISOString());
    expect(counted.events.length).toBe(report.data.events.length);
    expect(counted.events.every((e) => e.kind === 'gate-failure')).toBe(true);
    expect(existsSync(join(a, 'copy/.bulkhead/manifest.json'))).toBe(true); // the primary is complete
  });

  it('masks credentials from inputs and from the environment; none appears in any output, summary or report', async () => {
    const { ws } = workspace();
    const a = tempDir('a');
    cleanup.push(a);
    const key = randomBytes(32).toString('base64');
    const envSecret = randomBytes(24).toString('base64');
    const envId = `T${randomBytes(8).toString('hex').toUpperCase()}`;
    const r = await runAction(BUNDLE, {
      workspace: ws,
      inputs: { source: 'dist', primary: `file://${a}`, secondary: 's3://ci/masked', 's3-endpoint': `http://127.0.0.1:${await deadPort()}`, 'encryption-key': key, 'report-file': 'report.json' },
      env: { AWS_ACCESS_KEY_ID: envId, AWS_SECRET_ACCESS_KEY: envSecret },
    });
    expect(r.failed).toBe(true); // the S3 store is down
    expect(r.failures.join('\n')).toMatch(/secondary s3:\/\/ci\/masked\/.*ECONNREFUSED/);
    expect(r.masks).toEqual(expect.arrayContaining([key, envSecret, envId]));
    const report = readFileSync(r.outputs['report-file'], 'utf8');
    for (const s of [key, envSecret, envId]) {
      expect(r.allOutputText).not.toContain(s);
      expect(report).not.toContain(s);
    }
  });

  it('writes to a real S3 server with credentials from the environment', async () => {
    const { ws, files } = workspace();
    const a = tempDir('a');
    cleanup.push(a);
    const r = await runAction(BUNDLE, {
      workspace: ws,
      inputs: { source: 'dist', primary: 's3://ci/build-7', secondary: `file://${a}`, 's3-endpoint': s3.endpoint },
      env: { AWS_ACCESS_KEY_ID: s3.accessKeyId, AWS_SECRET_ACCESS_KEY: s3.secretAccessKey },
    });
    expect(r.failed, r.phases.main?.stdout).toBe(false);
    expect(r.outputs['primary-url']).toBe('s3://ci/build-7/');
    const out = await runAction(BUNDLE, {
      workspace: ws,
      inputs: { mode: 'restore', source: 'from-s3', primary: 's3://ci/build-7', secondary: `file://${a}`, 's3-endpoint': s3.endpoint },
      env: { AWS_ACCESS_KEY_ID: s3.accessKeyId, AWS_SECRET_ACCESS_KEY: s3.secretAccessKey },
    });
    expect(out.outputs['served-from']).toBe('primary');
    expect(readTree(join(ws, 'from-s3'), Object.keys(files))).toEqual(files);
  });

  it('report-file: an input beats .bulkhead.yml, which beats the default; mode: an input equal to the default still beats the config', async () => {
    const { ws } = workspace();
    const [a, b] = [tempDir('a'), tempDir('b')];
    cleanup.push(a, b);
    writeFileSync(join(ws, '.bulkhead.yml'), `double-write:\n  report-file: from-config.json\n  mode: restore\n`);
    const base = { source: 'dist', primary: `file://${a}`, secondary: `file://${b}` };
    const fromInput = await runAction(BUNDLE, { workspace: ws, inputs: { ...base, 'report-file': 'from-input.json', mode: 'write' } });
    expect(fromInput.failed, fromInput.phases.main?.stdout).toBe(false);
    expect(fromInput.outputs['report-file']).toBe(join(ws, 'from-input.json'));
    expect(JSON.parse(readFileSync(join(ws, 'from-input.json'), 'utf8')).data.mode).toBe('write');
    // Without the inputs, the config decides: restore mode, report in from-config.json.
    const fromConfig = await runAction(BUNDLE, { workspace: ws, inputs: { source: 'back', primary: `file://${a}`, secondary: `file://${b}` } });
    expect(fromConfig.outputs['report-file']).toBe(join(ws, 'from-config.json'));
    expect(fromConfig.outputs['served-from']).toBe('primary');
    rmSync(join(ws, '.bulkhead.yml'));
    const byDefault = await runAction(BUNDLE, { workspace: ws, inputs: base });
    expect(byDefault.outputs['report-file']).toMatch(/runner-temp\/bulkhead-double-write\.json$/);
  });

  it('writes to and restores from cache:// through the runner-only store wired into the bundle', async () => {
    const { ws, files } = workspace();
    const a = tempDir('a');
    cleanup.push(a);
    const svc = await startFakeCacheService();
    try {
      const key = `ct-${randomBytes(4).toString('hex')}`;
      const w = await runAction(BUNDLE, { workspace: ws, inputs: { source: 'dist', primary: `cache://${key}`, secondary: `file://${a}` }, env: svc.env, timeoutMs: 120_000 });
      expect(w.failed, w.phases.main?.stdout).toBe(false);
      expect(w.outputs['primary-url']).toBe(`cache://${key}`);
      expect(svc.entries.filter((e) => e.finalized).map((e) => e.key).sort()).toEqual([key, `${key}.manifest`]);
      const r = await runAction(BUNDLE, { workspace: ws, inputs: { mode: 'restore', source: 'from-cache', primary: `cache://${key}`, secondary: `file://${a}` }, env: svc.env, timeoutMs: 120_000 });
      expect(r.outputs['served-from']).toBe('primary');
      expect(readTree(join(ws, 'from-cache'), Object.keys(files))).toEqual(files);
    } finally {
      await svc.close();
    }
  });

  it('writes to and restores from artifact:// (real @actions/artifact in the bundle, artifact service backed by azurite)', async () => {
    const { ws, files } = workspace();
    const a = tempDir('a');
    cleanup.push(a);
    const az = await startAzurite();
    const svc = await startFakeArtifactService(az);
    try {
      const inputs = { source: 'dist', primary: 'artifact://dist-build', secondary: `file://${a}`, 'retention-days': '3' };
      const w = await runAction(BUNDLE, { workspace: ws, inputs, env: svc.env, timeoutMs: 120_000 });
      expect(w.failed, w.phases.main?.stdout).toBe(false);
      expect(w.outputs['primary-url']).toBe('artifact://dist-build');
      expect(svc.artifacts.map((x) => x.name).sort()).toEqual(['dist-build', 'dist-build.manifest']);
      const r = await runAction(BUNDLE, { workspace: ws, inputs: { ...inputs, mode: 'restore', source: 'from-artifact' }, env: svc.env, timeoutMs: 120_000 });
      expect(r.outputs['served-from']).toBe('primary');
      expect(readTree(join(ws, 'from-artifact'), Object.keys(files))).toEqual(files);
    } finally {
      await svc.close();
      await az.close();
    }
  }, 120_000);
});
