// Real git repositories in temp dirs, with fixed identities and dates so SHAs are reproducible.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  write(path: string, content: string | Buffer): void;
  commit(message: string, files?: Record<string, string | Buffer>): string;
  cleanup(): void;
}

let clock = 1_700_000_000;

export function gitEnv(): Record<string, string> {
  const date = `${clock++} +0000`;
  return {
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.test',
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.test',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: tmpdir(),
  };
}

export function runGitSync(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...gitEnv() }, encoding: 'utf8', maxBuffer: 1 << 28 });
}

export function makeRepo(prefix = 'bulkhead-repo-', dir?: string): TempRepo {
  const root = dir ?? mkdtempSync(join(tmpdir(), prefix));
  runGitSync(root, ['init', '-q', '-b', 'main']);
  runGitSync(root, ['config', 'commit.gpgsign', 'false']);
  return makeRepoHandle(root);
}

/** A shallow clone (over file://, so git honours --depth) of `origin`. */
export function shallowClone(origin: TempRepo, depth: number, branch = 'main'): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'bulkhead-shallow-'));
  runGitSync(tmpdir(), ['clone', '-q', `--depth=${depth}`, '--branch', branch, `file://${origin.dir}`, dir]);
  return makeRepoHandle(dir);
}

function makeRepoHandle(dir: string): TempRepo {
  runGitSync(dir, ['config', 'user.name', 'Test']);
  runGitSync(dir, ['config', 'user.email', 'test@example.test']);
  const h: TempRepo = {
    dir,
    git: (...args) => runGitSync(dir, args).trim(),
    write(path, content) {
      const abs = join(dir, path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    },
    commit(message, files = {}) {
      for (const [p, c] of Object.entries(files)) h.write(p, c);
      runGitSync(dir, ['add', '-A']);
      runGitSync(dir, ['commit', '-q', '--allow-empty', '-m', message]);
      return h.git('rev-parse', 'HEAD');
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  return h;
}
