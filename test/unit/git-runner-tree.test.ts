// The tree walk runs git through the one git runner: a git failure is a typed GitError with git's own
// reason, shown by the CLI as one line (exit 2), never as an unexpected error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { walkTree } from '../../packages/core/src/secrets/scanner/tree.ts';
import { GitError } from '../../packages/core/src/errors.ts';
import { userMessage } from '../../packages/core/src/report/messages.ts';
import { main } from '../../packages/cli/src/main.ts';
import { makeRepo, type TempRepo } from '../support/git-repo.ts';

let repo: TempRepo;
beforeAll(() => {
  repo = makeRepo('bulkhead-tree-git-');
  repo.commit('one', { 'a.txt': 'hello\n' });
  // A corrupt index: `rev-parse` still says "work tree", `ls-files` fails (git: "index file corrupt").
  writeFileSync(join(repo.dir, '.git/index'), 'not an index, just bytes long enough to be read\n');
});
afterAll(() => repo.cleanup());

async function drain(it: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of it) void _;
}

describe('tree walk with gitignore: git failures', () => {
  it('are a GitError naming the git command, the directory and git’s reason', async () => {
    const err = await drain(walkTree(repo.dir, { honourGitignore: true })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GitError);
    const e = err as GitError;
    expect(e.problem).toContain('git ls-files failed');
    expect(e.problem).toContain(repo.dir);
    expect(e.problem).toContain('index file corrupt');
    expect(e.fix.length).toBeGreaterThan(10);
    expect(userMessage(e)).not.toMatch(/bug|unexpected/i);
  });

  it('reach the CLI user as one line and exit 2', async () => {
    let out = '';
    let err = '';
    const code = await main(['secret-scan', repo.dir, '--gitignore'], { cwd: repo.dir, env: {}, stdout: (s) => void (out += s), stderr: (s) => void (err += s) });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('index file corrupt');
    expect(err).not.toMatch(/unexpected|bug|\n\s+at /i);
  });

  it('a directory that is not a repository is walked without git', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'bulkhead-plain-'));
    try {
      writeFileSync(join(plain, 'x.txt'), 'x\n');
      const w = walkTree(plain, { honourGitignore: true });
      const files: string[] = [];
      for await (const f of w) files.push(f.path);
      expect(files).toEqual(['x.txt']);
      expect(w.notes.join('\n')).toContain('not a git work tree');
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe('one git runner', () => {
  it('only packages/core/src/git spawns git', () => {
    const root = join(import.meta.dirname, '../../packages');
    const spawners: string[] = [];
    const walk = (dir: string) => {
      for (const d of readdirSync(dir, { withFileTypes: true })) {
        if (d.name === 'node_modules') continue;
        const p = join(dir, d.name);
        if (d.isDirectory()) walk(p);
        else if (/\.ts$/.test(d.name) && /\b(?:spawn|spawnSync|execFile|execFileSync|exec|execSync)\(\s*['"`]git\b/.test(readFileSync(p, 'utf8'))) spawners.push(relative(root, p));
      }
    };
    walk(root);
    expect(spawners.sort()).toEqual(['core/src/git/exec.ts', 'core/src/git/stream.ts']);
  });
});
