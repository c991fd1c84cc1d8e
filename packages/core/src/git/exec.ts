// Thin wrappers over the git CLI. Engines use local git (never the GitHub API: it refuses large diffs).
import { spawn } from 'node:child_process';
import { GitError } from '../errors.ts';

export interface GitOptions {
  /** Written to stdin, then closed. */
  input?: string | Buffer;
  /** Resolve with null instead of throwing on a non-zero exit. */
  allowFailure?: boolean;
  env?: Record<string, string>;
}

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run git and collect its output. Throws GitError (a user error) when git is missing or fails. */
export function runGit(cwd: string, args: readonly string[], opts: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => reject(gitSpawnError(e)));
    child.on('close', (code) => {
      const result = { code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
      if (result.code !== 0 && !opts.allowFailure) {
        reject(
          new GitError({
            problem: `${gitCommand(args)} failed in ${cwd}: ${gitReason(result.stderr, result.code)}`,
            fix: 'check that the path is a git repository checked out with actions/checkout and that the refs exist',
          }),
        );
        return;
      }
      resolve(result);
    });
    child.stdin.on('error', () => {}); // git may exit before reading stdin
    child.stdin.end(opts.input ?? '');
  });
}

/** The error for a git that could not be started at all. */
export function gitSpawnError(e: NodeJS.ErrnoException): GitError {
  return new GitError({
    problem: e.code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git: ${e.message}`,
    fix: 'install git on the runner (it is preinstalled on GitHub-hosted runners)',
  });
}

/** git, stdout only. */
export async function git(cwd: string, args: readonly string[], opts: GitOptions = {}): Promise<string> {
  return (await runGit(cwd, args, opts)).stdout;
}

/** True when git exits 0. */
export async function gitSucceeds(cwd: string, args: readonly string[]): Promise<boolean> {
  return (await runGit(cwd, args, { allowFailure: true })).code === 0;
}

/** `git ls-files`, not `git -c`: the subcommand after any `-c key=value` pairs. */
export function gitCommand(args: readonly string[]): string {
  let i = 0;
  while (args[i] === '-c' || args[i] === '-C') i += 2;
  return `git ${args[i] ?? ''}`.trimEnd();
}

/** Why git failed, from its stderr: the `fatal:` line (git's conclusion) before an earlier `error:` line. */
export function gitReason(stderr: string, code: number | null): string {
  const lines = stderr.trim().split('\n');
  const line = lines.find((l) => l.startsWith('fatal:')) ?? lines.find((l) => l.startsWith('error:')) ?? lines[0] ?? '';
  return line.replace(/^(fatal|error):\s*/, '').trim() || `exit ${code ?? 'by signal'}`;
}

export const ZERO_SHA = /^0+$/;
