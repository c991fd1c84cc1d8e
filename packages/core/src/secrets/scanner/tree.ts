// Files under a root: regular files only (FIFOs, sockets and devices are never opened), `.git/` left out,
// symlinks followed only while their real path stays inside the root, with loop detection on the chain
// of real directories. Problems become notes in `skipped`, never errors.
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { ResourceError } from '../../errors.ts';
import { git, runGit } from '../../git/exec.ts';
import { compilePathGlobs } from '../../options/glob-match.ts';
import type { SkippedFile } from './types.ts';
import { inShard, type Shard } from './shard.ts';

export interface TreeFile {
  /** Relative to the root, `/`-separated. */
  path: string;
  /** Path to open: the real path for files reached through a symlink. */
  absPath: string;
  /** Known when the walk had to stat the file anyway (symlink targets, git listings); readdir entries have none. */
  size?: number;
}

export interface WalkOptions {
  /** Use `git ls-files -co --exclude-standard` when the root is a git work tree. */
  honourGitignore?: boolean;
  /** Globs on the relative path, gitignore-style (options/glob-match.ts); a matching directory is pruned. */
  exclude?: readonly string[];
  shard?: Shard;
}

export interface TreeWalk extends AsyncIterable<TreeFile> {
  /** Filled while iterating. */
  readonly skipped: SkippedFile[];
  /** Remarks about the walk itself (e.g. gitignore not applicable). */
  readonly notes: string[];
}

export function walkTree(root: string, opts: WalkOptions = {}): TreeWalk {
  const skipped: SkippedFile[] = [];
  const notes: string[] = [];
  const excluded = compilePathGlobs(opts.exclude ?? []).matches;
  return {
    skipped,
    notes,
    async *[Symbol.asyncIterator]() {
      const rootReal = resolveRoot(root);
      const ctx: Ctx = { rootReal, skipped, excluded, shard: opts.shard };
      if (opts.honourGitignore) {
        if (await isWorkTreeRoot(rootReal)) {
          yield* listGitFiles(ctx);
          return;
        }
        notes.push('not a git work tree: .gitignore is not applied, every file is scanned');
      }
      yield* walkDir(ctx, '', rootReal, [rootReal]);
    },
  };
}

/** The root must be an existing directory: a typed user error otherwise. */
function resolveRoot(root: string): string {
  let real: string;
  try {
    real = realpathSync(root);
  } catch (e) {
    throw new ResourceError({ input: 'path', problem: `${root} does not exist or cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, fix: 'pass an existing directory to scan' });
  }
  if (!statSync(real).isDirectory()) {
    throw new ResourceError({ input: 'path', problem: `${root} is not a directory`, fix: 'pass the directory that contains the files to scan' });
  }
  return real;
}

interface Ctx {
  rootReal: string;
  skipped: SkippedFile[];
  excluded: (p: string, isDir?: boolean) => boolean;
  shard: Shard | undefined;
}

function inside(rootReal: string, p: string): boolean {
  return p === rootReal || p.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
}

// Sync fs calls on purpose: a walk is tens of thousands of tiny calls, and the promise API's thread-pool
// round trip made it ~10x slower than the scan itself (8.6 s vs 0.8 s for 29k files on a busy 2-core box).
// Each directory is read in one go; the generator yields between files so workers keep getting batches.
async function* walkDir(ctx: Ctx, rel: string, real: string, chain: string[]): AsyncGenerator<TreeFile> {
  let entries: Dirent[];
  try {
    entries = readdirSync(real, { withFileTypes: true });
  } catch (e) {
    ctx.skipped.push({ path: rel || '.', reason: `directory not readable (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const d of entries) {
    const name = d.name;
    if (name === '.git') continue;
    const childRel = rel ? `${rel}/${name}` : name;
    if (ctx.excluded(childRel, d.isDirectory())) continue;
    const childAbs = join(real, name);
    if (d.isDirectory()) {
      yield* walkDir(ctx, childRel, childAbs, [...chain, childAbs]);
    } else if (d.isFile()) {
      // No lstat: readdir already says it is a regular file, and scanFile opens it with O_NOFOLLOW and
      // fstat-checks it again, so a file swapped for a FIFO or symlink since is still never read.
      // (That lstat was a third of the walk's time.)
      if (inShard(childRel, ctx.shard)) yield { path: childRel, absPath: childAbs };
    } else if (d.isSymbolicLink()) {
      yield* followLink(ctx, childRel, childAbs, chain);
    } else {
      ctx.skipped.push({ path: childRel, reason: 'not a regular file (FIFO, socket or device): not opened' });
    }
  }
}

async function* followLink(ctx: Ctx, rel: string, abs: string, chain: string[]): AsyncGenerator<TreeFile> {
  let target: string;
  try {
    target = realpathSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    ctx.skipped.push({ path: rel, reason: code === 'ELOOP' ? 'symlink loop' : `dangling symlink (${code ?? 'error'})` });
    return;
  }
  if (!inside(ctx.rootReal, target)) {
    ctx.skipped.push({ path: rel, reason: 'symlink points outside the scanned root: not followed' });
    return;
  }
  let st;
  try {
    st = statSync(target);
  } catch (e) {
    ctx.skipped.push({ path: rel, reason: `not readable (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
    return;
  }
  if (st.isDirectory()) {
    if (chain.includes(target)) {
      ctx.skipped.push({ path: rel, reason: 'symlink loop: points to a directory that contains it' });
      return;
    }
    if (target.split(sep).includes('.git')) return;
    yield* walkDir(ctx, rel, target, [...chain, target]);
  } else if (st.isFile()) {
    if (inShard(rel, ctx.shard)) yield { path: rel, absPath: target, size: st.size };
  } else {
    ctx.skipped.push({ path: rel, reason: 'symlink to something that is not a regular file: not opened' });
  }
}

async function isWorkTreeRoot(dir: string): Promise<boolean> {
  // Not a repository, or no git at all: the caller walks the directory and says gitignore was not applied.
  const r = await runGit(dir, ['rev-parse', '--is-inside-work-tree'], { allowFailure: true }).catch(() => undefined);
  return r?.code === 0 && r.stdout.trim() === 'true';
}

async function* listGitFiles(ctx: Ctx): AsyncGenerator<TreeFile> {
  const seen = new Set<string>();
  const list = await git(ctx.rootReal, ['-c', 'core.quotePath=false', 'ls-files', '-co', '--exclude-standard', '-z']);
  for (const rel of list.split('\0')) {
    if (!rel || seen.has(rel)) continue;
    seen.add(rel);
    if (ctx.excluded(rel) || rel.split('/').includes('.git')) continue;
    const abs = join(ctx.rootReal, rel);
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      continue; // tracked but deleted on disk: nothing to scan
    }
    if (st.isSymbolicLink()) yield* followLink(ctx, rel, abs, [ctx.rootReal]);
    else if (st.isFile()) {
      if (inShard(rel, ctx.shard)) yield { path: rel, absPath: abs, size: st.size };
    } else if (!st.isDirectory()) ctx.skipped.push({ path: rel, reason: 'not a regular file (FIFO, socket or device): not opened' });
    // a directory here is a submodule (gitlink): its own repository, not scanned from the parent
  }
}
