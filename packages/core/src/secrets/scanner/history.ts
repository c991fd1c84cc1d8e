// Secrets in git history: stream `git log -p -U0` for the target's commits, scan the ADDED lines of each
// (commit, file) as one text with a line map, report each secret once, at the oldest commit that added it.
import { StringDecoder } from 'node:string_decoder';
import { streamGit } from '../../git/stream.ts';
import { revListArgs } from '../../git/availability.ts';
import { availableParallelism } from 'node:os';
import { GitError } from '../../errors.ts';
import { fingerprint } from '../../redact/redact.ts';
import type { ScanTarget } from '../../git/types.ts';
import type { SecretRule } from '../types.ts';
import { compileRules, type CompiledRules } from './compile.ts';
import { AddedLinesParser, COMMIT_FORMAT, type AddedFile, type CommitInfo } from './diffparse.ts';
import { scanText } from './match.ts';
import { commitShardOf, type Shard } from './shard.ts';
import type { RawMatch, ScanTextOptions } from './types.ts';

export interface HistoryMatch extends RawMatch {
  path: string;
  commit: string;
  /** ISO 8601 author date. */
  commitDate: string;
  author: string;
  /** SHA-256 hex of ruleId + NUL + secret: the dedupe key across history. */
  fingerprint: string;
  /** How many commits added this same secret (1 = only the reported one). */
  commits: number;
}

export interface HistoryOptions extends ScanTextOptions {
  /** Only commits whose SHA falls in this shard. */
  shard?: Shard;
  /** Parallel `git log` processes over parts of the commit list. Default min(2, cores); 1 = one plain walk. */
  streams?: number;
  /** Split only when every stream gets at least this many commits (default 200). */
  minCommitsPerStream?: number;
}

export interface HistoryResult {
  matches: HistoryMatch[];
  commitsScanned: number;
  binaryFilesSkipped: number;
}

/** The `git log` arguments of every history stream (the bench runs git with exactly these). */
export const LOG_ARGS = ['-c', 'core.quotePath=false', 'log', '-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=AM', '--no-renames', COMMIT_FORMAT];

/** Revision arguments for a history target (`git log` syntax); undefined when there is nothing to scan. */
export function revisionArgs(target: ScanTarget): string[] | undefined {
  if (target.kind === 'tree' || target.kind === 'staged') throw new Error(`scanHistory: target kind ${target.kind} is not a commit range`);
  return revListArgs(target) ?? undefined;
}

export async function scanHistory(repoDir: string, target: ScanTarget, rules: readonly SecretRule[] | CompiledRules, opts: HistoryOptions = {}): Promise<HistoryResult> {
  const revs = revisionArgs(target);
  if (!revs) return { matches: [], commitsScanned: 0, binaryFilesSkipped: 0 };
  const cr = 'matcher' in rules ? rules : compileRules(rules);
  const streams = Math.max(1, opts.streams ?? Math.min(2, availableParallelism()));
  // The diffs are git's work and git is single-threaded: with a second core, two `git log` processes
  // over contiguous halves of the commit list (same order) finish sooner than one.
  let parts: (string[] | undefined)[] = [undefined]; // undefined = let git walk `revs` itself
  if ((opts.shard && opts.shard.count > 1) || streams > 1) {
    const shard = opts.shard;
    let shas = (await gitCollect(repoDir, ['rev-list', ...revs, '--'])).split('\n').filter((x) => x.length > 0);
    if (shard && shard.count > 1) shas = shas.filter((x) => commitShardOf(x, shard.count) === shard.index);
    if (shas.length === 0) return { matches: [], commitsScanned: 0, binaryFilesSkipped: 0 };
    const n = shas.length >= streams * (opts.minCommitsPerStream ?? MIN_COMMITS_PER_STREAM) ? streams : 1;
    const size = Math.ceil(shas.length / n);
    parts = Array.from({ length: n }, (_, i) => shas.slice(i * size, (i + 1) * size));
  }
  const runs = await Promise.all(parts.map((shas) => logPart(repoDir, revs, shas, cr, opts)));
  // Replay the sightings in git's order (newest first): a later sighting is an older commit and becomes
  // the reported one; the same secret again in the same commit keeps its first place.
  const found = new Map<string, HistoryMatch>();
  const lastCommit = new Map<string, string>();
  for (const run of runs) {
    for (const { m, path, commit } of run.sightings) {
      const fp = fingerprint(m.ruleId, m.secret);
      const prev = found.get(fp);
      const seenHere = lastCommit.get(fp) === commit.sha;
      lastCommit.set(fp, commit.sha);
      if (prev && seenHere) continue;
      found.set(fp, { ...m, path, commit: commit.sha, commitDate: commit.date, author: commit.author, fingerprint: fp, commits: (prev?.commits ?? 0) + 1 });
    }
  }
  // Oldest first by instant (author dates carry their own time-zone offsets), then path and line.
  const matches = [...found.values()].sort(
    (a, b) => Date.parse(a.commitDate) - Date.parse(b.commitDate) || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line),
  );
  return {
    matches,
    commitsScanned: runs.reduce((n, r) => n + r.commits, 0),
    binaryFilesSkipped: runs.reduce((n, r) => n + r.binaryFiles, 0),
  };
}

const MIN_COMMITS_PER_STREAM = 200;

interface Sighting {
  m: RawMatch;
  path: string;
  commit: CommitInfo;
}

/** One `git log -p` stream: over `revs`, or over exactly `shas` (in that order) when given. */
async function logPart(repoDir: string, revs: string[], shas: string[] | undefined, cr: CompiledRules, opts: ScanTextOptions) {
  const sightings: Sighting[] = [];
  const parser = new AddedLinesParser((f) => {
    for (const m of scanAdded(f, cr, opts)) sightings.push({ m, path: f.path, commit: f.commit! });
  });
  const args = shas ? [...LOG_ARGS, '--no-walk=unsorted', '--stdin', '--'] : [...LOG_ARGS, ...revs, '--'];
  await gitStream(repoDir, args, shas ? shas.join('\n') + '\n' : undefined, (s) => parser.write(s));
  parser.end();
  return { sightings, commits: parser.commits, binaryFiles: parser.binaryFiles };
}

/** Scan one file's added lines as a single text; map text lines back to new-file line numbers. */
export function scanAdded(f: AddedFile, cr: CompiledRules, opts: ScanTextOptions): RawMatch[] {
  const text = f.lines.join('\n');
  const out = scanText(text, f.path, cr, opts);
  for (const m of out) {
    m.line = f.lineNumbers[m.line - 1];
    m.endLine = f.lineNumbers[m.endLine - 1];
  }
  return out;
}

/** Run git, hand stdout to `onText` as it arrives (never the whole output in memory). */
export async function gitStream(cwd: string, args: string[], stdin: string | undefined, onText: (s: string) => void): Promise<void> {
  const decoder = new StringDecoder('utf8');
  await streamGit(cwd, args, (b) => onText(decoder.write(b)), { input: stdin });
  const rest = decoder.end();
  if (rest) onText(rest);
}

async function gitCollect(cwd: string, args: string[]): Promise<string> {
  let out = '';
  await gitStream(cwd, args, undefined, (s) => (out += s));
  return out;
}
