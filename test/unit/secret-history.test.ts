// History, range, new-branch and staged scans over real git repositories in temp dirs.
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo, type TempRepo } from '../support/git-repo.ts';
import { scanHistory } from '../../packages/core/src/secrets/scanner/history.ts';
import { scanStaged } from '../../packages/core/src/secrets/scanner/staged.ts';
import { GitError } from '../../packages/core/src/errors.ts';
import { rules } from './secret-scanner-fixture-rules.ts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function token(i: number): string {
  let body = '';
  for (let j = 0; j < 32; j++) body += ALNUM[(i * 11 + j * 7 + (j * j) % 5) % ALNUM.length];
  return 'dmo' + '_' + body;
}
function block(): string {
  return ['-----BEGIN DEMO', ' KEY-----\n', 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\n', 'MTIzNDU2Nzg5MA==\n', '-----END DEMO KEY-----'].join('');
}

const repos: TempRepo[] = [];
function repo(): TempRepo {
  const r = makeRepo('bulkhead-hist-');
  repos.push(r);
  return r;
}
afterAll(() => repos.forEach((r) => r.cleanup()));

const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} line ${i + 1}`).join('\n') + '\n';

describe('scanHistory', () => {
  it('finds a secret that was added and later deleted, at the adding commit with its new-file line', async () => {
    const r = repo();
    r.commit('base', { 'app/config.txt': lines(10, 'cfg') });
    const body = lines(10, 'cfg').split('\n');
    body.splice(6, 0, `api = "${token(1)}"`); // becomes line 7
    const adding = r.commit('add', { 'app/config.txt': body.join('\n') });
    r.commit('remove', { 'app/config.txt': lines(10, 'cfg') });
    const res = await scanHistory(r.dir, { kind: 'history' }, rules);
    expect(res.commitsScanned).toBe(3);
    expect(res.matches).toHaveLength(1);
    const m = res.matches[0];
    expect(m).toMatchObject({ ruleId: 'demo-token', secret: token(1), path: 'app/config.txt', commit: adding, line: 7, column: 8, commits: 1, author: 'Test Author' });
    expect(m.commitDate).toBe(r.git('show', '-s', '--format=%aI', adding));
    expect(m.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports a secret added in several commits once, at the oldest, counting the commits', async () => {
    const r = repo();
    const first = r.commit('one', { 'a.txt': `${token(2)}\n` });
    r.commit('two', { 'b.txt': `x\n${token(2)}\n` });
    r.commit('three', { 'a.txt': `changed\n${token(2)}\n${token(3)}\n` });
    const res = await scanHistory(r.dir, { kind: 'history' }, rules);
    const byToken = Object.fromEntries(res.matches.map((m) => [m.secret, m]));
    expect(Object.keys(byToken).sort()).toEqual([token(2), token(3)].sort());
    // 'three' keeps the token as an unchanged line (not added again): two commits added it.
    expect(byToken[token(2)]).toMatchObject({ commit: first, path: 'a.txt', line: 1, commits: 2 });
    expect(byToken[token(3)]).toMatchObject({ line: 3, commits: 1 });
  });

  it('finds a multi-line block added in one hunk, and maps lines across several hunks; skips binary diffs', async () => {
    const r = repo();
    r.commit('base', { 'k.txt': lines(30, 'k') });
    const body = lines(30, 'k').split('\n');
    body.splice(25, 0, `t = "${token(4)}"`); // line 26
    body.splice(3, 0, ...block().split('\n')); // lines 4..7; the token moves to line 30
    const c = r.commit('keys', { 'k.txt': body.join('\r\n'), 'img.bin': Buffer.concat([Buffer.from([0, 0, 1]), Buffer.from(token(5))]) });
    const res = await scanHistory(r.dir, { kind: 'history' }, rules);
    expect(res.matches.map((m) => [m.ruleId, m.commit, m.line, m.endLine])).toEqual([
      ['demo-block', c, 4, 7],
      ['demo-token', c, 30, 30],
    ]);
    expect(res.matches.some((m) => m.secret === token(5))).toBe(false);
    expect(res.binaryFilesSkipped).toBe(1);
  });

  it('limits a range to base..head and a new branch to commits not on the excluded refs', async () => {
    const r = repo();
    r.commit('old', { 'a.txt': `${token(6)}\n` });
    const base = r.commit('mid', { 'b.txt': 'nothing\n' });
    const inRange = r.commit('new', { 'c.txt': `${token(7)}\n` });
    const range = await scanHistory(r.dir, { kind: 'range', base, head: inRange }, rules);
    expect(range.matches.map((m) => [m.secret, m.commit])).toEqual([[token(7), inRange]]);
    expect(range.commitsScanned).toBe(1);

    r.git('checkout', '-q', '-b', 'feature');
    const f1 = r.commit('feature work', { 'd.txt': `${token(8)}\n` });
    r.git('checkout', '-q', 'main');
    r.commit('main moves on', { 'e.txt': `${token(9)}\n` });
    const nb = await scanHistory(r.dir, { kind: 'new-branch', head: 'feature', exclude: ['main'] }, rules);
    expect(nb.matches.map((m) => [m.secret, m.commit])).toEqual([[token(8), f1]]);
    const all = await scanHistory(r.dir, { kind: 'history', head: 'feature' }, rules);
    expect(all.matches.map((m) => m.secret).sort()).toEqual([token(6), token(7), token(8)].sort());
    expect((await scanHistory(r.dir, { kind: 'none', reason: 'base == head' }, rules)).matches).toEqual([]);
  });

  it('shards by commit: the shards together give the whole history, each commit once', async () => {
    const r = repo();
    const first = r.commit('c0', { 'f0.txt': `${token(20)}\n` });
    for (let i = 1; i < 12; i++) r.commit(`c${i}`, { [`f${i}.txt`]: `${token(20 + i)}\n${i === 11 ? token(20) : ''}\n` });
    const whole = await scanHistory(r.dir, { kind: 'history' }, rules, { streams: 1 });
    expect(whole.matches).toHaveLength(12);
    // Parallel git streams over parts of the commit list give the same answer as one walk.
    const split = await scanHistory(r.dir, { kind: 'history' }, rules, { streams: 3, minCommitsPerStream: 1 });
    expect(split).toEqual(whole);
    expect(whole.matches.find((m) => m.secret === token(20))).toMatchObject({ commit: first, commits: 2 });
    const parts = await Promise.all([1, 2, 3].map((index) => scanHistory(r.dir, { kind: 'history' }, rules, { shard: { index, count: 3 } })));
    expect(parts.reduce((n, p) => n + p.commitsScanned, 0)).toBe(12);
    // Each shard reports what its own commits added (the re-added token may show in two shards).
    const secrets = new Set(parts.flatMap((p) => p.matches.map((m) => m.secret)));
    expect([...secrets].sort()).toEqual(whole.matches.map((m) => m.secret).sort());
  });

  it('fails with a GitError naming the problem for an unknown ref', async () => {
    const r = repo();
    r.commit('one', { 'a.txt': 'x\n' });
    const err = await scanHistory(r.dir, { kind: 'range', base: 'nope', head: 'HEAD' }, rules).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitError);
    expect((err as GitError).fix).toMatch(/fetch-depth/);
  });
});

describe('scanStaged', () => {
  it('scans the added lines of the index, on an unborn branch and after commits', async () => {
    const r = repo();
    r.write('new.txt', `a\nb\n${token(30)}\n`);
    r.git('add', 'new.txt');
    expect((await scanStaged(r.dir, rules)).map((m) => [m.path, m.line, m.secret])).toEqual([['new.txt', 3, token(30)]]);
    r.git('commit', '-q', '-m', 'first');
    r.write('new.txt', `a\nb\n${token(30)}\nnew ${token(31)}\n`);
    r.write('unstaged.txt', `${token(32)}\n`);
    r.git('add', 'new.txt');
    expect((await scanStaged(r.dir, rules)).map((m) => [m.path, m.line, m.column, m.secret])).toEqual([['new.txt', 4, 5, token(31)]]);
  });
});
