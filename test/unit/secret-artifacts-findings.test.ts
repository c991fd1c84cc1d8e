// Artifact globs (real files and symlinks in a temp dir) and the non-secret artifact findings.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, writeFile, mkdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  expandArtifactGlobs,
  leakPatternFindings,
  oversizeFiles,
  artifactProblemFinding,
  ARTIFACT_RULES,
} from '../../packages/core/src/secrets/artifacts/index.ts';

let root: string;
let outside: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'bulkhead-globs-'));
  outside = await mkdtemp(join(tmpdir(), 'bulkhead-outside-'));
  await mkdir(join(root, 'dist/sub'), { recursive: true });
  await mkdir(join(root, 'dist/dir.zip'), { recursive: true }); // a directory that matches *.zip
  await mkdir(join(root, '.git'), { recursive: true });
  for (const f of ['dist/app.zip', 'dist/b.tar.gz', 'dist/sub/c.zip', 'dist/readme.md', '.git/x.zip']) await writeFile(join(root, f), 'x');
  await writeFile(join(outside, 'host.zip'), 'host');
  await symlink(join(outside, 'host.zip'), join(root, 'dist/escape.zip'));
  await symlink(join(root, 'dist/app.zip'), join(root, 'dist/inside.zip'));
  await symlink(join(root, 'dist/nowhere'), join(root, 'dist/dangling.zip'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('expandArtifactGlobs', () => {
  it('returns sorted, deduplicated regular files inside the root', async () => {
    expect(await expandArtifactGlobs(root, ['dist/**/*.zip', 'dist/*.tar.gz', 'dist/app.zip'])).toEqual([
      'dist/app.zip',
      'dist/b.tar.gz',
      'dist/inside.zip',
      'dist/sub/c.zip',
    ]);
  });

  it('never enters .git', async () => {
    expect(await expandArtifactGlobs(root, ['**/*.zip'])).not.toContain('.git/x.zip');
  });

  it('returns nothing for a glob that matches nothing', async () => {
    expect(await expandArtifactGlobs(root, ['nothing/**', ' '])).toEqual([]);
  });
});

describe('expandArtifactGlobs outside the root', () => {
  let build: string;
  let elsewhere: string;
  beforeAll(async () => {
    build = await mkdtemp(join(tmpdir(), 'bulkhead-build-'));
    elsewhere = await mkdtemp(join(tmpdir(), 'bulkhead-elsewhere-'));
    await mkdir(join(build, 'sub'), { recursive: true });
    for (const f of ['a.zip', 'sub/b.zip', 'notes.txt']) await writeFile(join(build, f), 'x');
    await writeFile(join(elsewhere, 'host.zip'), 'host');
    await symlink(join(build, 'a.zip'), join(build, 'link-in.zip'));
    await symlink(join(elsewhere, 'host.zip'), join(build, 'link-out.zip'));
    execFileSync('mkfifo', [join(build, 'fifo.zip')]);
  });
  afterAll(async () => {
    await rm(build, { recursive: true, force: true });
    await rm(elsewhere, { recursive: true, force: true });
  });

  it('takes absolute globs and files, and reports them by absolute path', async () => {
    expect(await expandArtifactGlobs(root, [`${build}/**/*.zip`])).toEqual([`${build}/a.zip`, `${build}/link-in.zip`, `${build}/sub/b.zip`]);
    expect(await expandArtifactGlobs(root, [`${build}/notes.txt`])).toEqual([`${build}/notes.txt`]);
  });

  it('resolves `..` from the root', async () => {
    const up = relative(root, build);
    expect(up.startsWith('..')).toBe(true);
    expect(await expandArtifactGlobs(root, [`${up}/*.zip`])).toEqual([`${build}/a.zip`, `${build}/link-in.zip`]);
  });

  it('keeps the symlink and FIFO rules: no link out of the glob base, no FIFO', async () => {
    const found = await expandArtifactGlobs(root, [`${build}/*`]);
    expect(found).not.toContain(`${build}/link-out.zip`);
    expect(found).not.toContain(`${build}/fifo.zip`);
    expect(found).toContain(`${build}/link-in.zip`);
  });

  it('reports a file under the root relative to it, however it was named', async () => {
    expect(await expandArtifactGlobs(root, [`${root}/dist/*.tar.gz`, `../${basename(root)}/dist/app.zip`])).toEqual(['dist/app.zip', 'dist/b.tar.gz']);
    expect(await expandArtifactGlobs(root, [`${root}/.git/*.zip`, `${root}/dist/escape.zip`])).toEqual([]);
  });

  it('returns nothing for a directory that does not exist', async () => {
    expect(await expandArtifactGlobs(root, [`${build}/missing/**/*.zip`, '/nonexistent-bulkhead/*'])).toEqual([]);
  });
});

describe('leakPatternFindings', () => {
  it('matches on basename, relative path and archive entry names', () => {
    const found = leakPatternFindings(
      root,
      ['dist/a.leak', 'src/keep.ts', 'dist/app.zip!/conf/prod.leak', join(root, 'keys/id_rsa'), 'deploy/config/db.pem', 'a.pem'],
      ['*.leak', '**/id_rsa', 'config/*.pem'],
    );
    expect(found.map((f) => [f.location.path, f.properties?.pattern])).toEqual([
      ['dist/a.leak', '*.leak'],
      ['dist/app.zip!/conf/prod.leak', '*.leak'],
      ['keys/id_rsa', '**/id_rsa'],
    ]);
    expect(found.every((f) => f.ruleId === 'leak-pattern-file' && f.severity === 'high')).toBe(true);
    // Fingerprint = SHA-256 of rule id NUL path: stable, and independent of the line or content.
    expect(found[0].fingerprint).toBe(createHash('sha256').update('leak-pattern-file\0dist/a.leak').digest('hex'));
  });

  it('uses *.leak by default and matches dotfiles', () => {
    expect(leakPatternFindings(root, ['x/.secret.leak', 'x/leak.txt']).map((f) => f.location.path)).toEqual(['x/.secret.leak']);
  });
});

describe('oversizeFiles / artifactProblemFinding / rules', () => {
  it('reports files strictly over the limit', () => {
    const f = oversizeFiles([{ path: 'a.zip', size: 100 }, { path: 'b.zip', size: 101 }], 100);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ ruleId: 'oversize-artifact', severity: 'medium', location: { path: 'b.zip' }, properties: { size: 101 } });
  });

  it('maps bombs to archive-bomb and every other problem to archive-limit', () => {
    expect(artifactProblemFinding({ path: 'a.zip', problem: 'bomb', detail: 'ratio' })).toMatchObject({ ruleId: 'archive-bomb', severity: 'high' });
    const lim = artifactProblemFinding({ path: 'a.zip!/b', problem: 'encrypted', detail: 'encrypted entry was not scanned' });
    expect(lim).toMatchObject({ ruleId: 'archive-limit', severity: 'low', location: { path: 'a.zip!/b' } });
    expect(lim.message).toContain('encrypted');
  });

  it('describes every artifact rule for SARIF', () => {
    expect(ARTIFACT_RULES.map((r) => [r.id, r.severity])).toEqual([
      ['leak-pattern-file', 'high'],
      ['oversize-artifact', 'medium'],
      ['archive-bomb', 'high'],
      ['archive-limit', 'low'],
    ]);
    for (const r of ARTIFACT_RULES) {
      expect(r.name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.remediation.length).toBeGreaterThan(20);
    }
  });
});
