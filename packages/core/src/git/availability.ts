// Make sure the commits a target needs are in the clone: fetch / deepen shallow clones when a remote
// can provide them, otherwise fail with the fetch-depth to set. Never let a short clone pass silently.
import { GitError } from '../errors.ts';
import { git, gitSucceeds, runGit } from './exec.ts';
import type { ScanTarget } from './types.ts';

export interface EnsureOptions {
  /** Fetch from `remote` when commits are missing (default true). */
  fetch?: boolean;
  remote?: string;
  /** Number of commits the event says the range has; sizes the first deepen step. */
  commitCount?: number;
  /** Called with a line per fetch, for the log. */
  log?: (message: string) => void;
}

export async function isShallow(cwd: string): Promise<boolean> {
  return (await git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

export async function hasCommit(cwd: string, rev: string): Promise<boolean> {
  return gitSucceeds(cwd, ['cat-file', '-e', `${rev}^{commit}`]);
}

async function hasRemote(cwd: string, remote: string): Promise<boolean> {
  return gitSucceeds(cwd, ['remote', 'get-url', remote]);
}

async function tryFetch(cwd: string, args: string[], log?: (m: string) => void): Promise<boolean> {
  log?.(`git fetch ${args.join(' ')}`);
  const r = await runGit(cwd, ['fetch', '--no-tags', '--quiet', ...args], { allowFailure: true });
  return r.code === 0;
}

function depthError(what: string, fix: string): GitError {
  return new GitError({ problem: `${what} are not in this clone (it is shallow or missing refs)`, fix });
}

/**
 * Returns the target to use: unchanged, or — for a force-push whose old head is gone — the equivalent
 * new-branch target. Throws GitError naming the fetch-depth to set when the commits cannot be had.
 */
export async function ensureCommits(cwd: string, target: ScanTarget, opts: EnsureOptions = {}): Promise<ScanTarget> {
  const remote = opts.remote ?? 'origin';
  const canFetch = (opts.fetch ?? true) && (await hasRemote(cwd, remote));
  const fetchSha = async (sha: string) => (await hasCommit(cwd, sha)) || (canFetch && (await tryFetch(cwd, [remote, sha], opts.log)) && (await hasCommit(cwd, sha)));

  switch (target.kind) {
    case 'tree':
    case 'none':
    case 'staged':
      return target;
    case 'history': {
      if (await isShallow(cwd)) {
        if (!(canFetch && (await tryFetch(cwd, ['--unshallow', remote], opts.log)))) {
          throw depthError('the full history', "set 'fetch-depth: 0' on actions/checkout to scan history");
        }
      }
      if (target.head && !(await fetchSha(target.head))) throw depthError(`commit ${target.head}`, "set 'fetch-depth: 0' on actions/checkout");
      return target;
    }
    case 'range': {
      if (!(await fetchSha(target.head))) {
        throw depthError(`head commit ${target.head.slice(0, 12)}`, "check out the event's commit (actions/checkout does by default) or set the 'head' input");
      }
      if (!(await fetchSha(target.base))) {
        if (!canFetch && (await isShallow(cwd))) {
          throw depthError(`base commit ${target.base.slice(0, 12)}`, commitCountFix(opts.commitCount));
        }
        // A force-push drops the old head from the server: fall back to "commits not on the default branch".
        return { kind: 'new-branch', head: target.head, exclude: await defaultExcludes(cwd, remote) };
      }
      await deepenUntil(cwd, () => gitSucceeds(cwd, ['merge-base', target.base, target.head]), canFetch, remote, opts, `the history between ${target.base.slice(0, 12)} and ${target.head.slice(0, 12)}`);
      return target;
    }
    case 'new-branch': {
      if (!(await fetchSha(target.head))) throw depthError(`head commit ${target.head.slice(0, 12)}`, "set 'fetch-depth: 0' on actions/checkout");
      const exclude: string[] = [];
      for (const ref of target.exclude) {
        if (await hasCommit(cwd, ref)) exclude.push(ref);
        else {
          const branch = ref.replace(/^refs\/remotes\/[^/]+\//, '');
          if (canFetch && (await tryFetch(cwd, [remote, `+refs/heads/${branch}:${ref}`], opts.log)) && (await hasCommit(cwd, ref))) exclude.push(ref);
        }
      }
      if (exclude.length === 0) {
        // Without a default branch to compare to, every commit reachable from head is "new": say so by scanning them all.
        if (await isShallow(cwd)) {
          if (!(canFetch && (await tryFetch(cwd, ['--unshallow', remote], opts.log)))) {
            throw depthError('the commits of this new branch', "set 'fetch-depth: 0' on actions/checkout");
          }
        }
        return { kind: 'new-branch', head: target.head, exclude: [] };
      }
      const excl = exclude;
      await deepenUntil(cwd, () => gitSucceeds(cwd, ['merge-base', target.head, ...excl.slice(0, 1)]), canFetch, remote, opts, 'the history of this branch back to the default branch');
      return { kind: 'new-branch', head: target.head, exclude };
    }
  }
}

async function defaultExcludes(cwd: string, remote: string): Promise<string[]> {
  const r = await runGit(cwd, ['symbolic-ref', '-q', `refs/remotes/${remote}/HEAD`], { allowFailure: true });
  if (r.code === 0 && r.stdout.trim()) return [r.stdout.trim()];
  for (const name of ['main', 'master']) {
    if (await hasCommit(cwd, `refs/remotes/${remote}/${name}`)) return [`refs/remotes/${remote}/${name}`];
  }
  return [];
}

/** Deepen a shallow clone step by step until `ok()` holds; error with the fetch-depth otherwise. */
async function deepenUntil(cwd: string, ok: () => Promise<boolean>, canFetch: boolean, remote: string, opts: EnsureOptions, what: string): Promise<void> {
  if (await ok()) return;
  if (!(await isShallow(cwd))) {
    throw new GitError({ problem: `${what} has no common ancestor in this repository`, fix: 'check that base and head belong to the same repository' });
  }
  let depth = Math.max(50, (opts.commitCount ?? 0) + 10);
  for (let i = 0; canFetch && i < 4; i++, depth *= 4) {
    if (!(await tryFetch(cwd, [`--deepen=${depth}`, remote], opts.log))) break;
    if (await ok()) return;
    if (!(await isShallow(cwd))) break;
  }
  if (canFetch && (await isShallow(cwd)) && (await tryFetch(cwd, ['--unshallow', remote], opts.log)) && (await ok())) return;
  throw depthError(what, commitCountFix(opts.commitCount));
}

function commitCountFix(commitCount: number | undefined): string {
  return commitCount
    ? `set 'fetch-depth: ${commitCount + 1}' or more (0 fetches all history) on actions/checkout`
    : "set 'fetch-depth: 0' on actions/checkout";
}

/** Commit SHAs a target covers, oldest first. */
export async function listCommits(cwd: string, target: ScanTarget): Promise<string[]> {
  const args = revListArgs(target);
  if (!args) return [];
  const out = await git(cwd, ['rev-list', '--reverse', ...args]);
  return out.split('\n').filter(Boolean);
}

/** rev-list arguments selecting a target's commits, or null for tree/none/staged. */
export function revListArgs(target: ScanTarget): string[] | null {
  switch (target.kind) {
    case 'history':
      return [target.head ?? 'HEAD'];
    case 'range':
      return [`${target.base}..${target.head}`];
    case 'new-branch':
      return target.exclude.length ? [target.head, '--not', ...target.exclude] : [target.head];
    default:
      return null;
  }
}
