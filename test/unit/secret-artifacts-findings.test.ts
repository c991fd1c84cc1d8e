// Artifact globs (real files and symlinks in a temp dir) and the non-secret artifact findings.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, writeFile, mkdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import {
  expandArtifactGlobs,
  leakPatternFindings,
  oversizeFiles,
  artifactProblemFinding,
  ARTIFACT_RULES,
} from '../../packages/core/src/secrets/artifacts/index.ts';
import { InputError } from '../../packages/core/src/errors.ts';

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

  it('never leaves the root or enters .git', async () => {
    expect(await expandArtifactGlobs(root, ['**/*.zip'])).not.toContain('.git/x.zip');
    for (const bad of ['../*.zip', '/etc/*', 'dist/../../x']) {
      const err = await expandArtifactGlobs(root, [bad]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ input: 'artifacts' });
    }
  });

  it('returns nothing for a glob that matches nothing', async () => {
    expect(await expandArtifactGlobs(root, ['nothing/**', ' '])).toEqual([]);
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
