// submodules over real git submodules: `git submodule add` of local repositories, then URLs rewritten in
// .gitmodules to each kind git accepts; pinned commits that exist, do not exist, or sit on no branch; a
// submodule not checked out. Git's own answers (cat-file, for-each-ref) are the reference for the pins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, runGitSync, type TempRepo } from '../support/git-repo.ts';
import { checkSubmodules, classifyUrl, hostAllowed } from '../../packages/core/src/policy/index.ts';

let subs: TempRepo[] = [];
let sup: TempRepo;
const MISSING = 'deadbeef'.repeat(5);

function addSubmodule(from: TempRepo, path: string): void {
  sup.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', from.dir, path);
}

beforeAll(() => {
  subs = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => {
    const r = makeRepo(`bulkhead-sub-${n}-`);
    r.commit(`${n} one`, { [`${n}.txt`]: `${n}\n` });
    return r;
  });
  sup = makeRepo('bulkhead-super-');
  sup.commit('init', { 'README.md': 'super\n' });
  ['libs/a', 'libs/b', 'libs/c', 'libs/d', 'libs/e', 'libs/f', 'libs/g'].forEach((p, i) => addSubmodule(subs[i], p));
  const setUrl = (name: string, url: string) => sup.git('config', '-f', '.gitmodules', `submodule.${name}.url`, url);
  setUrl('libs/a', 'https://github.com/good-org/a.git'); // fine
  setUrl('libs/b', 'http://github.com/good-org/b.git'); // insecure transport
  setUrl('libs/c', 'git://github.com/good-org/c.git'); // insecure transport
  // libs/d keeps the local path `git submodule add` wrote.
  setUrl('libs/e', 'git@github.com:evil-org/e.git'); // ssh, but another organisation
  setUrl('libs/f', 'ssh://git@gitlab.example.com:2222/team/f.git'); // ssh, allowed host
  setUrl('libs/g', 'https://github.com/good-org-fork/g'); // a prefix of a name is not the organisation
  // libs/b: a commit that exists nowhere. libs/c: a commit made on a detached HEAD, on no branch.
  sup.git('update-index', '--cacheinfo', `160000,${MISSING},libs/b`);
  runGitSync(`${sup.dir}/libs/c`, ['checkout', '-q', '--detach']);
  runGitSync(`${sup.dir}/libs/c`, ['commit', '-q', '--allow-empty', '-m', 'dangling']);
  sup.git('add', 'libs/c', '.gitmodules');
  sup.git('commit', '-q', '-m', 'submodules');
  // libs/g: declared and pinned, but not checked out.
  sup.git('submodule', 'deinit', '-q', '-f', 'libs/g');
});
afterAll(() => {
  sup?.cleanup();
  for (const s of subs) s.cleanup();
});

describe('submodules', () => {
  it('reports weak URLs, hosts outside the allow-list and bad pins, each at its .gitmodules line', async () => {
    const r = await checkSubmodules({ cwd: sup.dir, hosts: ['github.com/good-org', 'gitlab.example.com'] });
    const got = r.findings.map((f) => `${f.ruleId} ${f.message.split(':')[0]}`).sort();
    expect(got).toEqual(
      [
        'submodules/commit-missing submodule libs/b is pinned to deadbeefdead, which does not exist in its repository',
        'submodules/commit-unreachable submodule libs/c is pinned to ' + sup.git('rev-parse', 'HEAD:libs/c').slice(0, 12) + ', which is on no branch or tag of its repository',
        'submodules/commit-unverified submodule libs/g is not checked out, so its pinned commit ' + sup.git('rev-parse', 'HEAD:libs/g').slice(0, 12) + ' was not verified',
        'submodules/host-not-allowed submodule libs/e',
        'submodules/host-not-allowed submodule libs/g',
        'submodules/insecure-url submodule libs/b',
        'submodules/insecure-url submodule libs/c',
        'submodules/local-url submodule libs/d',
      ].sort(),
    );
    // Git agrees about the pins: b's commit is absent, c's exists but no ref contains it.
    expect(runGitSync(`${sup.dir}/libs/a`, ['cat-file', '-t', sup.git('rev-parse', 'HEAD:libs/a')]).trim()).toBe('commit');
    expect(() => runGitSync(`${sup.dir}/libs/b`, ['cat-file', '-e', `${MISSING}^{commit}`])).toThrow();
    expect(runGitSync(`${sup.dir}/libs/c`, ['for-each-ref', '--contains', sup.git('rev-parse', 'HEAD:libs/c')]).trim()).toBe('');
    // Locations are the url lines of .gitmodules, as git config reports them.
    const lines = sup.git('config', '-f', '.gitmodules', '--show-origin', '--list'); // sanity: file is parseable
    expect(lines).toContain('submodule.libs/b.url=http://');
    const text = sup.git('show', 'HEAD:.gitmodules').split('\n');
    for (const f of r.findings) expect(text[f.location.line! - 1]).toMatch(/^\s*url = /);
    const b = r.findings.find((f) => f.ruleId === 'submodules/insecure-url' && f.message.includes('libs/b'))!;
    expect(text[b.location.line! - 1].trim()).toBe('url = http://github.com/good-org/b.git');
    expect(r.summary.map((s) => s.path)).toEqual(['libs/a', 'libs/b', 'libs/c', 'libs/d', 'libs/e', 'libs/f', 'libs/g']);
  });

  it('without submodule-hosts, any https/ssh host is fine', async () => {
    const r = await checkSubmodules({ cwd: sup.dir, hosts: [] });
    expect(r.findings.filter((f) => f.ruleId === 'submodules/host-not-allowed')).toEqual([]);
  });

  it('a repository without .gitmodules has nothing to check', async () => {
    const r = await checkSubmodules({ cwd: subs[0].dir, hosts: [] });
    expect(r.findings).toEqual([]);
    expect(r.notes[0]).toContain('no .gitmodules');
  });
});

describe('submodule URL kinds, as git reads them', () => {
  const table: [string, string | undefined, string, string?, string?][] = [
    ['https://GitHub.com/Org/Repo.git', undefined, 'https', 'github.com', 'Org/Repo'],
    ['ssh://git@host.example:22/a/b', undefined, 'ssh', 'host.example', 'a/b'],
    ['git@github.com:org/x.git', undefined, 'ssh', 'github.com', 'org/x'],
    ['http://github.com/org/x', undefined, 'insecure'],
    ['git://github.com/org/x', undefined, 'insecure'],
    ['file:///srv/x.git', undefined, 'local'],
    ['/srv/x.git', undefined, 'local'],
    ['C:/x.git', undefined, 'local'],
    ['../x.git', undefined, 'local'],
    ['../x.git', 'https://github.com/org/super.git', 'https', 'github.com', 'org/x'],
    ['./x.git', 'git@github.com:org/super', 'ssh', 'github.com', 'org/super/x'],
    ['ext::ssh -i key host', undefined, 'unsupported'],
    ['ftp://host/x', undefined, 'unsupported'],
  ];
  for (const [url, origin, kind, host, path] of table) {
    it(`${url}${origin ? ` (origin ${origin})` : ''} -> ${kind}`, () => {
      const c = classifyUrl(url, origin);
      expect(c.kind).toBe(kind);
      if (host) expect([c.host, c.repoPath]).toEqual([host, path]);
    });
  }
  it('allow-list entries match whole path segments', () => {
    const c = classifyUrl('https://github.com/good-org/a.git');
    expect(hostAllowed(c, ['github.com/good-org'])).toBe('github.com/good-org');
    expect(hostAllowed(c, ['github.com/good'])).toBeUndefined();
    expect(hostAllowed(c, ['GitHub.com'])).toBe('GitHub.com');
    expect(hostAllowed(c, ['gitlab.com/good-org'])).toBeUndefined();
  });
});
