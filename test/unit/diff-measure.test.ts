// measureDiff over real git repositories: every count is checked against git itself or by hand.
import { execFileSync } from 'node:child_process';
import { symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureDiff } from '../../packages/core/src/diff/measure.ts';
import { makeRepo, type TempRepo } from '../support/git-repo.ts';
import { binaryOf, seeded, textOf } from '../support/diff-repo.ts';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));
function repo(): TempRepo {
  const r = makeRepo('bulkhead-measure-');
  repos.push(r);
  return r;
}

/** What plain git says about the range: patch bytes and numstat line totals. */
function gitTruth(r: TempRepo, base: string, head: string) {
  const patch = execFileSync('git', ['-c', 'core.quotePath=true', 'diff', '--patch', '--find-renames', '--no-ext-diff', '--no-textconv', base, head], { cwd: r.dir, maxBuffer: 1 << 30 });
  let added = 0;
  let deleted = 0;
  let binaries = 0;
  for (const l of r.git('diff', '--numstat', '--find-renames', base, head).split('\n').filter(Boolean)) {
    const [a, d] = l.split('\t');
    if (a === '-') binaries++;
    else {
      added += Number(a);
      deleted += Number(d);
    }
  }
  return { patchBytes: patch.length, added, deleted, binaries };
}

const range = (base: string, head: string) => ({ kind: 'range' as const, base, head });

describe('measureDiff', () => {
  it('matches git byte for byte on text, odd names, no final newline, empty files, modes, symlinks and deletions', async () => {
    const r = repo();
    const rand = seeded(1);
    const base = r.commit('base', { 'a.txt': 'a\nb\nc\n', 'old.txt': textOf(rand, 500), 'gone.txt': 'bye', 'mod.sh': 'echo\n' });
    r.write('a.txt', 'a\nB\nc\nd');
    r.write('noeol.txt', 'x');
    r.write('empty.txt', '');
    r.write('dir é/sp ace"q.txt', 'q"uo\\te\nline\n');
    r.write('ta\tb.txt', 'tab\there');
    symlinkSync('a.txt', join(r.dir, 'link'));
    r.git('rm', '-q', 'gone.txt');
    r.git('update-index', '--chmod=+x', 'mod.sh');
    const head = r.commit('head');
    const m = await measureDiff({ cwd: r.dir, target: range(base, head) });
    const truth = gitTruth(r, base, head);
    expect(m.totals.patchBytes).toBe(truth.patchBytes);
    expect([m.totals.linesAdded, m.totals.linesDeleted]).toEqual([truth.added, truth.deleted]);
    expect(m.totals.filesAdded).toBe(5);
    expect(m.totals.filesDeleted).toBe(1);
    expect(m.totals.binaryFiles).toBe(0);
    expect(m.range.commitCount).toBe(1);
  });

  it('counts binaries by their bytes, never as 0, and a 6 MB binary is over 5MB', async () => {
    const r = repo();
    const rand = seeded(2);
    const base = r.commit('base', { 'img.png': binaryOf(rand, 1000), 'readme.md': 'hi\n' });
    const head = r.commit('head', { 'img.png': binaryOf(rand, 2000), 'big.bin': binaryOf(rand, 6_000_000) });
    const m = await measureDiff({ cwd: r.dir, target: range(base, head) });
    const truth = gitTruth(r, base, head);
    expect(m.totals.binaryFiles).toBe(truth.binaries);
    expect(m.totals.binaryBytes).toBe(6_002_000);
    expect(m.totals.patchBytes).toBe(truth.patchBytes);
    expect(m.counted.diffBytes).toBeGreaterThan(5_000_000);
    expect(m.files[0]).toMatchObject({ path: 'big.bin', binary: true, newBytes: 6_000_000, classes: ['binary'] });
  });

  it('reports renames with similarity and their old path', async () => {
    const r = repo();
    const rand = seeded(3);
    const body = textOf(rand, 3000);
    const base = r.commit('base', { 'src/old-name.ts': body });
    r.git('mv', 'src/old-name.ts', 'src/new-name.ts');
    r.write('src/new-name.ts', body + 'one more line\n');
    const head = r.commit('rename');
    const m = await measureDiff({ cwd: r.dir, target: range(base, head) });
    expect(m.totals.filesRenamed).toBe(1);
    expect(m.files[0]).toMatchObject({ status: 'renamed', oldPath: 'src/old-name.ts', path: 'src/new-name.ts', linesAdded: 1, linesDeleted: 0 });
    expect(m.files[0].similarity).toBeGreaterThan(90);
    expect(m.totals.patchBytes).toBe(gitTruth(r, base, head).patchBytes);
  });

  it('classifies generated (attribute, -diff, path), lockfiles, vendored and leak files, and leaves excluded classes out of the counted set', async () => {
    const r = repo();
    const rand = seeded(4);
    const base = r.commit('base', { '.gitattributes': 'gen/** linguist-generated\n*.pbx -diff\n*.png binary\nkeep.min.js linguist-generated=false\n', 'x.ts': 'x\n' });
    const head = r.commit('head', {
      'gen/api.ts': textOf(rand, 5000),
      'proj.pbx': textOf(rand, 4000),
      'logo.png': binaryOf(rand, 3000),
      'web/app.min.js': textOf(rand, 2000),
      'keep.min.js': textOf(rand, 100),
      'yarn.lock': textOf(rand, 8000),
      'vendor/lib/a.go': textOf(rand, 1000),
      'deep/dir/creds.leak': 'x\n',
      'notes/skip-me.md': textOf(rand, 700),
      'x.ts': 'y\n',
    });
    const m = await measureDiff({ cwd: r.dir, target: range(base, head), exclude: ['notes/**'], leakPatterns: ['*.leak'] });
    const cls = Object.fromEntries(m.files.map((f) => [f.path, f.classes]));
    expect(cls['gen/api.ts']).toEqual(['generated']);
    expect(cls['proj.pbx']).toEqual(['generated', 'binary']); // -diff text: git shows no diff, linguist calls it generated
    expect(cls['logo.png']).toEqual(['binary']); // `binary` on real binary content stays a counted binary
    expect(cls['web/app.min.js']).toEqual(['generated']);
    expect(cls['keep.min.js']).toEqual([]);
    expect(cls['yarn.lock']).toEqual(['lockfile']);
    expect(cls['vendor/lib/a.go']).toEqual(['vendored']);
    expect(cls['deep/dir/creds.leak']).toEqual(['leak']);
    expect(cls['notes/skip-me.md']).toEqual(['excluded']);
    expect(m.leakedFiles).toEqual(['deep/dir/creds.leak']);
    const counted = m.files.filter((f) => f.counted).map((f) => f.path).sort();
    expect(counted).toEqual(['deep/dir/creds.leak', 'keep.min.js', 'logo.png', 'x.ts']);
    expect(m.counted.filesChanged).toBe(4);
    expect(m.totals.filesChanged).toBe(10);
    expect(m.counted.binaryBytes).toBe(3000);
    expect(m.byClass.lockfile).toEqual({ files: 1, bytes: m.files.find((f) => f.path === 'yarn.lock')!.diffBytes });
    expect(m.totals.patchBytes).toBe(gitTruth(r, base, head).patchBytes);

    const all = await measureDiff({ cwd: r.dir, target: range(base, head), excludeClasses: [] });
    expect(all.counted.filesChanged).toBe(10);
  });

  it('measures base == head as nothing, without reading anything', async () => {
    const r = repo();
    const c = r.commit('only', { 'a.txt': 'a\n' });
    const m = await measureDiff({ cwd: r.dir, target: range(c, c) });
    expect(m.range.kind).toBe('none');
    expect(m.counted.filesChanged).toBe(0);
  });

  it('measures a new branch from where it left the default branch, and a root branch whole', async () => {
    const r = repo();
    r.commit('main 1', { 'a.txt': 'a\n' });
    r.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    r.git('checkout', '-q', '-b', 'feature');
    r.commit('f1', { 'b.txt': 'b\n' });
    const head = r.commit('f2', { 'c.txt': 'c\nc\n' });
    const m = await measureDiff({ cwd: r.dir, target: { kind: 'new-branch', head, exclude: ['refs/remotes/origin/main'] } });
    expect(m.range.kind).toBe('new-branch');
    expect(m.range.commitCount).toBe(2);
    expect(m.files.map((f) => f.path).sort()).toEqual(['b.txt', 'c.txt']);
    expect(m.commits).toHaveLength(2);
    expect(m.commits[0].filesChanged).toBe(1);

    const whole = await measureDiff({ cwd: r.dir, target: { kind: 'new-branch', head, exclude: [] } });
    expect(whole.files.map((f) => f.path).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('measures a force-push from the merge base of the old and new heads', async () => {
    const r = repo();
    const base = r.commit('base', { 'a.txt': 'a\n' });
    const old = r.commit('old work', { 'old.txt': 'old\n' });
    r.git('reset', '-q', '--hard', base);
    const head = r.commit('rewritten', { 'new.txt': 'new\n' });
    const m = await measureDiff({ cwd: r.dir, target: range(old, head) });
    expect(m.range.base).toBe(base);
    expect(m.files.map((f) => f.path)).toEqual(['new.txt']);
    expect(m.range.note).toMatch(/merge base/);
  });

  it('reports per-commit sizes newest first, bounded', async () => {
    const r = repo();
    const base = r.commit('base', { 'a.txt': 'a\n' });
    for (let i = 0; i < 5; i++) r.commit(`c${i}`, { [`f${i}.txt`]: 'x'.repeat(100 * (i + 1)) + '\n' });
    const head = r.git('rev-parse', 'HEAD');
    const m = await measureDiff({ cwd: r.dir, target: range(base, head), maxCommits: 3 });
    expect(m.range.commitCount).toBe(5);
    expect(m.commits.map((c) => c.subject)).toEqual(['c4', 'c3', 'c2']);
    expect(m.commits[0].blobBytesAdded).toBe(501);
    expect(m.commitsOmitted).toBe(2);
    expect(m.firstCommitDate).toBeDefined();
  });

  it('fails with a GitError instead of reporting zero when a commit is missing', async () => {
    const r = repo();
    const c = r.commit('only', { 'a.txt': 'a\n' });
    await expect(measureDiff({ cwd: r.dir, target: range('1234567890123456789012345678901234567890', c) })).rejects.toThrow(/rev-parse|needed a single revision|fetch-depth/);
  });

  it('sizes an added submodule (gitlink) exactly without reading its commit', async () => {
    const r = repo();
    const base = r.commit('base', { 'a.txt': 'a\n' });
    r.git('update-index', '--add', '--cacheinfo', `160000,${base},third/sub`);
    r.git('commit', '-q', '-m', 'submodule');
    const head = r.git('rev-parse', 'HEAD');
    const m = await measureDiff({ cwd: r.dir, target: range(base, head) });
    expect(m.totals.patchBytes).toBe(gitTruth(r, base, head).patchBytes);
    expect(m.files[0]).toMatchObject({ path: 'third/sub', status: 'added', linesAdded: 1 });
  });

  it('handles a file that becomes a symlink', async () => {
    const r = repo();
    const base = r.commit('base', { 'a.txt': 'a\n', 'b.txt': 'b\n' });
    unlinkSync(join(r.dir, 'b.txt'));
    symlinkSync('a.txt', join(r.dir, 'b.txt'));
    const head = r.commit('typechange');
    const m = await measureDiff({ cwd: r.dir, target: range(base, head) });
    const truth = gitTruth(r, base, head);
    expect(m.totals.patchBytes).toBe(truth.patchBytes);
    expect(m.files[0].status).toBe('type-changed');
  });
});
