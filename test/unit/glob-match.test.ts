// Path globs mean what .gitignore means: compilePathGlobs is compared with git's own ignore engine
// (`git ls-files --ignored` for files, `git check-ignore` for directories) on the same patterns and paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compilePathGlobs } from '../../packages/core/src/options/glob-match.ts';
import { walkTree } from '../../packages/core/src/secrets/scanner/tree.ts';
import { compileAllowList } from '../../packages/core/src/secrets/suppress/allow.ts';
import { makeClassifier } from '../../packages/core/src/diff/classify.ts';
import { compileLeakPatterns } from '../../packages/core/src/files/leak-patterns.ts';
import { makeRepo, type TempRepo } from '../support/git-repo.ts';
import { makeRng, pick, int, type Rng } from '../support/secret-gen.ts';

const DIRS = ['a', 'b', 'src', 'build', '.hidden', 'node_modules', 'x.d', 'ab'];
const FILES = ['f.txt', 'g.js', '.env', 'a.leak', 'README.md', 'x.min.js', 'ba', 'id_rsa'];

let repo: TempRepo;
const files = new Set<string>();
const dirs = new Set<string>();

function git(args: string[], input?: string): string {
  return execFileSync('git', ['-c', 'core.excludesFile=/dev/null', ...args], { cwd: repo.dir, input, encoding: 'utf8' });
}

beforeAll(() => {
  repo = makeRepo('bulkhead-globs-');
  const rng = makeRng(11);
  for (let i = 0; i < 90; i++) {
    const depth = int(rng, 0, 3);
    const parts: string[] = [];
    for (let d = 0; d < depth; d++) parts.push(pick(rng, DIRS));
    const dir = parts.join('/');
    const file = dir ? `${dir}/${pick(rng, FILES)}` : pick(rng, FILES);
    files.add(file);
    for (let d = 1; d <= parts.length; d++) dirs.add(parts.slice(0, d).join('/'));
  }
  for (const d of dirs) mkdirSync(join(repo.dir, d), { recursive: true });
  for (const f of files) writeFileSync(join(repo.dir, f), 'x\n');
});
afterAll(() => repo.cleanup());

/** What git ignores with `patterns` as the repository's exclude file. */
function gitIgnored(patterns: readonly string[]): { files: Set<string>; dirs: Set<string> } {
  writeFileSync(join(repo.dir, '.git/info/exclude'), patterns.map((p) => `${p}\n`).join(''));
  const f = git(['ls-files', '--others', '--ignored', '--exclude-standard', '-z']).split('\0').filter(Boolean);
  // check-ignore exits 1 when nothing is ignored; its stdout is still the (empty) answer.
  let d = '';
  try {
    d = git(['check-ignore', '--no-index', '--stdin', '-z'], [...dirs].join('\0') + '\0');
  } catch (e) {
    d = String((e as { stdout?: string }).stdout ?? '');
  }
  return { files: new Set(f), dirs: new Set(d.split('\0').filter(Boolean)) };
}

function ours(patterns: readonly string[]) {
  const g = compilePathGlobs(patterns);
  return { files: new Set([...files].filter((p) => g.matches(p))), dirs: new Set([...dirs].filter((p) => g.matches(p, true))) };
}

/** A random pattern from the forms .gitignore documents (and picomatch shares). */
function randomPattern(rng: Rng): string {
  const names = [...DIRS, ...FILES, '*', '*.js', '*.leak', '.*', 'a*', '?', '??', 'b?', '[ab]', '[!a]*', 'x.*', '*.d'];
  let p = pick(rng, names);
  const form = int(rng, 0, 9);
  if (form === 1) p = `${pick(rng, DIRS)}/${p}`;
  else if (form === 2) p = `/${p}`;
  else if (form === 3) p = `**/${p}`;
  else if (form === 4) p = `${pick(rng, DIRS)}/**`;
  else if (form === 5) p = `${p}/`;
  else if (form === 6) p = `${pick(rng, DIRS)}/**/${p}`;
  else if (form === 7) p = `${pick(rng, ['*', 'a', 'src'])}/${p}/`;
  return p;
}

describe('compilePathGlobs agrees with git', () => {
  it.each([
    [['*.leak']],
    [['*.leak', '*.d']],
    [['*.d', '*.js', '*.txt', '*a']],
    [['a.leak']],
    [['build']],
    [['build/']],
    [['/build']],
    [['src/*.js']],
    [['**/node_modules/**']],
    [['a/**/f.txt']],
    [['*', '!*.js']],
    [['build/', '!build/f.txt']],
    [['a/**', '!a/f.txt']],
    [['.*']],
    [['[!a]*']],
  ])('on %j', (patterns) => {
    const want = gitIgnored(patterns);
    const got = ours(patterns);
    expect([...got.files].sort()).toEqual([...want.files].sort());
    expect([...got.dirs].sort()).toEqual([...want.dirs].sort());
  });

  it('on 150 random pattern lists (seeded), negations included', () => {
    const rng = makeRng(2026);
    let nonEmpty = 0;
    for (let t = 0; t < 150; t++) {
      const patterns = Array.from({ length: int(rng, 1, 4) }, (_, i) => (i > 0 && rng() < 0.3 ? '!' : '') + randomPattern(rng));
      const want = gitIgnored(patterns);
      const got = ours(patterns);
      if (want.files.size > 0 && want.files.size < files.size) nonEmpty++;
      expect({ patterns, files: [...got.files].sort() }).toEqual({ patterns, files: [...want.files].sort() });
      expect({ patterns, dirs: [...got.dirs].sort() }).toEqual({ patterns, dirs: [...want.dirs].sort() });
    }
    // The comparison means something only when patterns select some files and not others.
    expect(nonEmpty).toBeGreaterThan(60);
  });
});

describe('compilePathGlobs', () => {
  it('names the pattern that decided, and a pattern without / matches at any depth', () => {
    const g = compilePathGlobs(['*.pem', 'config/']);
    expect(g.matchedBy('deep/down/key.pem')).toBe('*.pem');
    expect(g.matchedBy('x/config/app.yml')).toBe('config/');
    expect(g.matchedBy('config')).toBeUndefined(); // a file named config: `config/` is for directories
    expect(compilePathGlobs([]).matches('anything')).toBe(false);
  });
});

describe('lists of `*.ext` names only (matched by suffix searches)', () => {
  it('name the same pattern as the general matcher, directories first', () => {
    const rng = makeRng(404);
    const suffixGlobs = ['*.leak', '*.d', '*.js', '*.min.js', '*.txt', '*a', '*b', '*.env'];
    const names = [...DIRS, ...FILES, 'y.leak', 'z.min.js', 'q.d'];
    let decided = 0;
    for (let t = 0; t < 400; t++) {
      const list = Array.from({ length: int(rng, 1, 4) }, () => pick(rng, suffixGlobs));
      const fast = compilePathGlobs(list);
      // An anchored pattern that matches none of these paths sends the same list through the general matcher.
      const general = compilePathGlobs([...list, '/never/here']);
      for (let k = 0; k < 20; k++) {
        const path = Array.from({ length: int(rng, 1, 5) }, () => pick(rng, names)).join('/');
        const want = general.matchedBy(path);
        if (want !== undefined) decided++;
        expect({ list, path, got: fast.matchedBy(path) }).toEqual({ list, path, got: want });
        expect({ list, path, dir: fast.matchedBy(path, true) }).toEqual({ list, path, dir: general.matchedBy(path, true) });
      }
    }
    expect(decided).toBeGreaterThan(2000);
    // As the walk gives them and as users write them.
    expect(compilePathGlobs(['*.leak', '*.d']).matchedBy('./x.d/y.leak')).toBe('*.d');
    expect(compilePathGlobs(['*.d', '*.leak']).matchedBy('a\\b.leak')).toBe('*.leak');
  });
});

describe('every action reads path globs the same way as git', () => {
  const lists: string[][] = [['b'], ['*.js', '!src/g.js'], ['a/'], ['/a.leak'], ['src/**/f.txt'], ['.*', '!.env']];
  const rng = makeRng(99);
  for (let i = 0; i < 10; i++) lists.push(Array.from({ length: int(rng, 1, 3) }, (_, k) => (k > 0 && rng() < 0.3 ? '!' : '') + randomPattern(rng)));

  it.each(lists.map((l) => [l]))('%j: secret-scan exclude, allow-list paths, diff-telemetry exclude, leak patterns', async (patterns) => {
    const want = [...gitIgnored(patterns).files].sort();
    const walked = new Set<string>();
    for await (const f of walkTree(repo.dir, { exclude: patterns })) walked.add(f.path);
    expect([...files].filter((f) => !walked.has(f)).sort(), 'secret-scan exclude').toEqual(want);
    const allow = compileAllowList({ paths: patterns });
    expect([...files].filter((f) => allow.allowsPath(f)).sort(), 'secret-scan allow.paths').toEqual(want);
    const classify = makeClassifier({ leakPatterns: [], exclude: patterns });
    expect([...files].filter((f) => classify(f, undefined, false, false).includes('excluded')).sort(), 'diff-telemetry exclude').toEqual(want);
    const leak = compileLeakPatterns(patterns);
    expect([...files].filter((f) => leak(f) !== undefined).sort(), 'leak-patterns').toEqual(want);
  });
});

describe('`*.ext` names tested by their ending', () => {
  it('match exactly the names picomatch matches (with dot), dotted and odd names included', async () => {
    const { default: picomatch } = await import('picomatch');
    const rng = makeRng(4242);
    const parts = ['.', 'leak', 'env', 'a', 'x', '..', 'min', 'js', '-', '_', 'é', ' '];
    const word = (r: Rng) => Array.from({ length: int(r, 0, 4) }, () => pick(r, parts)).join('');
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      const glob = `*${word(rng) || '.leak'}`;
      const ours = compilePathGlobs([glob]);
      const theirs = picomatch(glob.trim(), { dot: true }); // (patterns are trimmed, as .gitignore lines are)
      for (let j = 0; j < 20; j++) {
        const name = word(rng) + (j % 3 === 0 ? glob.slice(1) : '');
        if (name === '' || name === '.' || name === '..') continue; // no file has these names
        expect([glob, name, ours.matches(name)]).toEqual([glob, name, theirs(name)]);
        expect([glob, name, ours.matches(`dir/${name}`)]).toEqual([glob, name, theirs(name)]); // at any depth
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(4000);
  });
});
