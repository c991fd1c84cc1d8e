import { describe, it, expect, afterEach } from 'vitest';
import { resolveTarget, ensureCommits, listCommits, GitError, InputError, type EventContext } from '@bulkhead/core';
import { makeRepo, shallowClone, type TempRepo } from '../support/git-repo.ts';

const ev = (e: Partial<EventContext>): EventContext => ({ eventName: 'push', labels: [], ...e });
const repos: TempRepo[] = [];
const track = (r: TempRepo) => (repos.push(r), r);
afterEach(() => { while (repos.length) repos.pop()!.cleanup(); });

describe('resolveTarget', () => {
  it('maps events to targets', () => {
    expect(resolveTarget(ev({ eventName: 'pull_request', base: 'a1', head: 'b2' }), { mode: 'auto' })).toEqual({ kind: 'range', base: 'a1', head: 'b2' });
    expect(resolveTarget(ev({ eventName: 'merge_group', base: 'a1', head: 'b2' }), { mode: 'auto' })).toEqual({ kind: 'range', base: 'a1', head: 'b2' });
    expect(resolveTarget(ev({ base: '0'.repeat(40), head: 'b2', defaultBranch: 'main' }), { mode: 'auto' })).toEqual({ kind: 'new-branch', head: 'b2', exclude: ['refs/remotes/origin/main'] });
    expect(resolveTarget(ev({ base: 'b2', head: 'b2' }), { mode: 'auto' }).kind).toBe('none');
    expect(resolveTarget(ev({ eventName: 'schedule', sha: 'c3' }), { mode: 'auto' })).toEqual({ kind: 'tree' });
    expect(resolveTarget(ev({ eventName: 'workflow_dispatch' }), { mode: 'history' })).toEqual({ kind: 'history', head: undefined });
    expect(resolveTarget(ev({ eventName: 'pull_request', base: 'a1', head: 'b2' }), { mode: 'tree' })).toEqual({ kind: 'tree' });
    expect(resolveTarget(ev({ eventName: 'schedule' }), { mode: 'auto', base: 'x', head: 'y' })).toEqual({ kind: 'range', base: 'x', head: 'y' });
  });
  it('rejects changes mode without a range, naming the input', () => {
    expect(() => resolveTarget(ev({ eventName: 'schedule' }), { mode: 'changes' })).toThrow(InputError);
    try { resolveTarget(ev({ eventName: 'schedule' }), { mode: 'changes' }); } catch (e) { expect((e as InputError).input).toBe('mode'); }
  });
});

describe('ensureCommits', () => {
  function origin(n: number): { repo: TempRepo; shas: string[] } {
    const repo = track(makeRepo());
    const shas = [];
    for (let i = 0; i < n; i++) shas.push(repo.commit(`c${i}`, { [`f${i}.txt`]: `line ${i}\n` }));
    return { repo, shas };
  }

  it('deepens a shallow clone until base..head is readable', async () => {
    const { repo, shas } = origin(80);
    const clone = track(shallowClone(repo, 1));
    const target = { kind: 'range' as const, base: shas[10]!, head: shas[79]! };
    const got = await ensureCommits(clone.dir, target, { commitCount: 69 });
    expect(got).toEqual(target);
    expect(await listCommits(clone.dir, got)).toEqual(shas.slice(11));
  });

  it('fails with the fetch-depth to set when nothing can be fetched', async () => {
    const { repo, shas } = origin(6);
    const clone = track(shallowClone(repo, 2));
    clone.git('remote', 'remove', 'origin');
    // base at depth 2 is present: the range is readable without a remote.
    expect(await ensureCommits(clone.dir, { kind: 'range', base: shas[4]!, head: shas[5]! })).toEqual({ kind: 'range', base: shas[4]!, head: shas[5]! });
    const err = await ensureCommits(clone.dir, { kind: 'range', base: shas[1]!, head: shas[5]! }, { commitCount: 4 }).catch((e) => e);
    expect(err).toBeInstanceOf(GitError);
    expect((err as GitError).fix).toContain("fetch-depth: 5");
    const err2 = await ensureCommits(clone.dir, { kind: 'history' }).catch((e) => e);
    expect(err2).toBeInstanceOf(GitError);
    expect((err2 as GitError).fix).toContain('fetch-depth: 0');
  });

  it('falls back to new-branch semantics when a force-push dropped the old head', async () => {
    const { repo, shas } = origin(3);
    repo.git('update-ref', 'refs/remotes/origin/main', shas[0]!);
    const target = await ensureCommits(repo.dir, { kind: 'range', base: 'f'.repeat(40), head: shas[2]! });
    expect(target).toEqual({ kind: 'new-branch', head: shas[2]!, exclude: ['refs/remotes/origin/main'] });
    expect(await listCommits(repo.dir, target)).toEqual(shas.slice(1));
  });

  it('fetches the default branch for a new branch in a shallow clone', async () => {
    const { repo, shas } = origin(5);
    repo.git('checkout', '-q', '-b', 'feature');
    const f1 = repo.commit('feature 1', { 'x.txt': 'x\n' });
    const f2 = repo.commit('feature 2', { 'y.txt': 'y\n' });
    const clone = track(shallowClone(repo, 1, 'feature'));
    const t = await ensureCommits(clone.dir, { kind: 'new-branch', head: f2, exclude: ['refs/remotes/origin/main'] });
    expect(await listCommits(clone.dir, t)).toEqual([f1, f2]);
    expect(shas.length).toBe(5);
  });
});
