// Measure a change from local git (never the GitHub API, which refuses diffs over 300 files).
// Whole-file additions / deletions are sized from their blobs (one streamed `cat-file --batch`);
// only files git must really diff go through `git diff --patch`. Everything streams.
import { tmpdir } from 'node:os';
import { GitError } from '../errors.ts';
import type { ScanTarget } from '../git/types.ts';
import { readAttributes, type AttrValues } from './attrs.ts';
import { blobSizes, scanBlobs, type BlobFacts } from './blobscan.ts';
import { makeClassifier } from './classify.ts';
import { DEFAULT_LEAK_PATTERNS } from '../files/leak-patterns.ts';
import { readCommits, MAX_COMMITS } from './commits.ts';
import { gitBuffer, streamGit } from '../git/stream.ts';
import type { DiffMeasurement, DiffRange, DiffTotals, FileChange, FileClass } from './measure-types.ts';
import { FILE_CLASSES } from './measure-types.ts';
import { PatchScanner, type PatchSection } from './patch-scan.ts';
import { wholeFilePatchBytes } from './patch-format.ts';
import { parseRaw, type RawEntry } from './raw.ts';

export interface MeasureOptions {
  /** Repository root (or any directory inside the work tree). */
  cwd: string;
  /** What to measure, already checked by ensureCommits (range / new-branch / none). */
  target: ScanTarget;
  leakPatterns?: readonly string[];
  exclude?: readonly string[];
  /** Classes left out of the counted totals. Default: generated, lockfile, vendored. */
  excludeClasses?: readonly FileClass[];
  /** For the throw-away attribute index. Default: os.tmpdir(). */
  tempDir?: string;
  maxCommits?: number;
}

export const DEFAULT_EXCLUDED_CLASSES: readonly FileClass[] = ['generated', 'lockfile', 'vendored'];
/** core.bigFileThreshold's default: git treats larger blobs as binary. */
const BIG_FILE_THRESHOLD = 512 * 1024 * 1024;
const GITLINK = '160000';

export function emptyTotals(): DiffTotals {
  return { diffBytes: 0, patchBytes: 0, blobBytesAdded: 0, filesChanged: 0, filesAdded: 0, filesDeleted: 0, filesRenamed: 0, linesAdded: 0, linesDeleted: 0, binaryFiles: 0, binaryBytes: 0 };
}

interface Resolved {
  range: DiffRange;
  /** rev-list arguments for the commits of the change. */
  revArgs: string[];
}

async function rev(cwd: string, ref: string): Promise<string> {
  return (await gitBuffer(cwd, ['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`])).toString().trim();
}

async function tryMergeBase(cwd: string, a: string, b: string): Promise<string | null> {
  try {
    return (await gitBuffer(cwd, ['merge-base', a, b])).toString().trim() || null;
  } catch {
    return null;
  }
}

async function emptyTree(cwd: string): Promise<string> {
  return (await gitBuffer(cwd, ['hash-object', '-t', 'tree', '--stdin'], { input: '' })).toString().trim();
}

/** The two trees to compare and the commits between them. */
async function resolveRange(cwd: string, target: ScanTarget): Promise<Resolved | DiffRange> {
  if (target.kind === 'range') {
    const head = await rev(cwd, target.head);
    const base = await rev(cwd, target.base);
    if (base === head) return { kind: 'none', base, head, commitCount: 0, note: 'base and head are the same commit' };
    // Like a pull request's "Files changed": from the merge base, so base-branch moves don't count.
    const mb = await tryMergeBase(cwd, base, head);
    const from = mb ?? base;
    const note = mb && mb !== base ? `measured from the merge base ${mb.slice(0, 12)} of ${base.slice(0, 12)} and head` : undefined;
    return { range: { kind: 'range', base: from, head, commitCount: 0, note }, revArgs: [`${from}..${head}`] };
  }
  if (target.kind === 'new-branch') {
    const head = await rev(cwd, target.head);
    const revArgs = target.exclude.length ? [head, '--not', ...target.exclude] : [head];
    const oldest = (await gitBuffer(cwd, ['rev-list', '--reverse', '--first-parent', ...revArgs])).toString().split('\n')[0]?.trim();
    if (!oldest) return { kind: 'none', base: null, head, commitCount: 0, note: 'the branch has no commits that are not already on the default branch' };
    const parent = (await gitBuffer(cwd, ['rev-list', '--parents', '-n1', oldest])).toString().trim().split(' ')[1];
    const base = parent ?? (await emptyTree(cwd));
    const note = target.exclude.length
      ? `new branch: commits not on ${target.exclude.join(', ')}`
      : 'new branch with no default branch to compare to: every commit of head';
    return { range: { kind: 'new-branch', base, head, commitCount: 0, note }, revArgs };
  }
  if (target.kind === 'none') return { kind: 'none', base: null, head: null, commitCount: 0, note: target.reason };
  throw new GitError({ problem: `diff-telemetry measures a commit range, not a ${target.kind} target`, fix: 'give base and head' });
}

function emptyMeasurement(range: DiffRange, excluded: readonly FileClass[], started: number): DiffMeasurement {
  return {
    range,
    totals: emptyTotals(),
    counted: emptyTotals(),
    excludedClasses: [...excluded],
    byClass: Object.fromEntries(FILE_CLASSES.map((c) => [c, { files: 0, bytes: 0 }])) as DiffMeasurement['byClass'],
    leakedFiles: [],
    files: [],
    commits: [],
    commitsOmitted: 0,
    elapsedMs: Date.now() - started,
  };
}

const RENAMES = ['--find-renames', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/'];

/** `git diff --raw` twice: full ids for reading blobs, default-abbreviated ids as the patch prints them. */
async function rawEntries(cwd: string, base: string, head: string): Promise<{ entries: RawEntry[]; abbrev: RawEntry[] }> {
  const [full, short] = await Promise.all([
    gitBuffer(cwd, ['diff', '--raw', '-z', '--no-abbrev', ...RENAMES, base, head, '--']),
    gitBuffer(cwd, ['diff', '--raw', '-z', ...RENAMES, base, head, '--']),
  ]);
  const entries = parseRaw(full);
  const abbrev = parseRaw(short);
  if (abbrev.length !== entries.length) throw new GitError({ problem: 'git diff gave two different file lists for the same range', fix: 'retry; if it persists, run git fsck' });
  return { entries, abbrev };
}

async function scanPatch(cwd: string, base: string, head: string): Promise<PatchSection[]> {
  const scanner = new PatchScanner();
  // Lower-case filter letters exclude: everything but whole-file additions and deletions.
  await streamGit(cwd, ['diff', '--patch', '--diff-filter=ad', ...RENAMES, base, head, '--'], (b) => scanner.push(b));
  return scanner.end();
}

const isWhole = (e: RawEntry) => e.letter === 'A' || e.letter === 'D';
/** git prints a file <-> symlink change as a deletion plus an addition: two sections. */
const sectionsOf = (e: RawEntry) =>
  e.letter === 'T' && e.oldMode !== GITLINK && e.newMode !== GITLINK && e.oldMode.slice(0, 2) !== e.newMode.slice(0, 2) ? 2 : 1;

export async function measureDiff(opts: MeasureOptions): Promise<DiffMeasurement> {
  const started = Date.now();
  const { cwd } = opts;
  const excluded = opts.excludeClasses ?? DEFAULT_EXCLUDED_CLASSES;
  const resolved = await resolveRange(cwd, opts.target);
  if (!('revArgs' in resolved)) return emptyMeasurement(resolved, excluded, started);
  const { range, revArgs } = resolved;
  const base = range.base as string;
  const head = range.head as string;

  const commitsP = readCommits(cwd, revArgs, opts.maxCommits ?? MAX_COMMITS);
  const rawP = rawEntries(cwd, base, head);
  // Started beside the file list, not after it: they need only the two commits (the paths come later),
  // so they run in parallel, and are spawned while this process is still small (a fork costs more later).
  const sectionsP = scanPatch(cwd, base, head);
  const attrsP = readAttributes(cwd, head, rawP.then((r) => r.entries.map((e) => e.path)), opts.tempDir ?? tmpdir());
  for (const p of [commitsP, sectionsP, attrsP]) p.catch(() => {}); // awaited below, after rawP, whose failure comes first
  const { entries, abbrev } = await rawP;
  const whole = entries.filter((e) => isWhole(e) && (e.letter === 'A' ? e.newMode : e.oldMode) !== GITLINK);
  const diffed = entries.filter((e) => !isWhole(e));
  const [facts, sections, sizes, attrs, commits] = await Promise.all([
    scanBlobs(cwd, whole.map((e) => (e.letter === 'A' ? e.newId : e.oldId))),
    sectionsP,
    blobSizes(cwd, diffed.flatMap((e) => [e.oldId, e.newId]).filter((id) => !/^0+$/.test(id))),
    attrsP,
    commitsP,
  ]);

  // -diff text files are "generated", -diff binaries are binaries: sniff the few modified ones.
  const sniff = diffed.filter((e) => attrs.get(e.path)?.diff === 'unset' && e.newMode !== GITLINK && !/^0+$/.test(e.newId));
  const sniffed = await scanBlobs(cwd, sniff.map((e) => e.newId));

  const classify = makeClassifier({ leakPatterns: opts.leakPatterns ?? DEFAULT_LEAK_PATTERNS, exclude: opts.exclude ?? [] });
  const excludedSet = new Set<FileClass>([...excluded, 'excluded']);
  const files: FileChange[] = [];
  let section = 0;
  const newBlob = new Set<FileChange>(); // files whose head blob is new (not a pure rename / mode change)
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const a = attrs.get(e.path);
    let f: Omit<FileChange, 'classes' | 'counted' | 'diffBytes'>;
    let nul = false;
    if (isWhole(e)) {
      const r = wholeFileChange(e, abbrev[i], facts, a);
      f = r.file;
      nul = r.nul;
    } else {
      const n = sectionsOf(e);
      const parts = sections.slice(section, section + n);
      section += n;
      const binary = parts.some((p) => p.binary);
      f = {
        path: e.path,
        oldPath: e.oldPath,
        status: e.status,
        similarity: e.similarity,
        linesAdded: parts.reduce((s, p) => s + p.added, 0),
        linesDeleted: parts.reduce((s, p) => s + p.deleted, 0),
        binary,
        oldBytes: sizes.get(e.oldId) ?? 0,
        newBytes: sizes.get(e.newId) ?? 0,
        patchBytes: parts.reduce((s, p) => s + p.bytes, 0),
      };
      nul = a?.diff === 'unset' ? (sniffed.get(e.newId)?.nulInHead ?? true) : binary;
    }
    const classes = classify(e.path, a, f.binary, nul);
    const diffBytes = f.patchBytes + (f.binary ? f.newBytes : 0);
    const file = fileChange(f, diffBytes, classes, !classes.some((c) => excludedSet.has(c)));
    files.push(file);
    if (e.letter !== 'D' && e.oldId !== e.newId) newBlob.add(file);
  }
  const totals = sum(files, newBlob);
  // If the patch split differently from the file list (an exotic type change), totals stay exact.
  totals.patchBytes += sections.slice(section).reduce((n, p) => n + p.bytes, 0);
  totals.diffBytes = totals.patchBytes + totals.binaryBytes;
  const counted = sum(files.filter((f) => f.counted), newBlob);
  const byClass = emptyMeasurement(range, excluded, started).byClass;
  for (const f of files) for (const c of f.classes) {
    byClass[c].files++;
    byClass[c].bytes += f.diffBytes;
  }
  files.sort((x, y) => y.diffBytes - x.diffBytes || (x.path < y.path ? -1 : 1));
  range.commitCount = commits.count;
  if (commits.sizesFromTotals && commits.commits[0]) {
    commits.commits[0].filesChanged = totals.filesChanged;
    commits.commits[0].blobBytesAdded = totals.blobBytesAdded;
  }
  return {
    range,
    totals,
    counted,
    excludedClasses: [...excluded],
    byClass,
    leakedFiles: files.filter((f) => f.classes.includes('leak') && f.status !== 'deleted').map((f) => f.path).sort(),
    files,
    commits: commits.commits,
    commitsOmitted: Math.max(0, commits.count - commits.commits.length),
    firstCommitDate: commits.firstCommitDate,
    lastCommitDate: commits.lastCommitDate,
    elapsedMs: Date.now() - started,
  };
}

/**
 * The record with its keys in sorted order and no undefined members: the JSON report sorts keys, and
 * for 20,000 files copying records whose keys came in another order cost ~5x the writing itself.
 */
function fileChange(f: Omit<FileChange, 'classes' | 'counted' | 'diffBytes'>, diffBytes: number, classes: FileClass[], counted: boolean): FileChange {
  const out: FileChange = {
    binary: f.binary,
    classes,
    counted,
    diffBytes,
    linesAdded: f.linesAdded,
    linesDeleted: f.linesDeleted,
    newBytes: f.newBytes,
    oldBytes: f.oldBytes,
  } as FileChange;
  if (f.oldPath !== undefined) out.oldPath = f.oldPath;
  out.patchBytes = f.patchBytes;
  out.path = f.path;
  if (f.similarity !== undefined) out.similarity = f.similarity;
  out.status = f.status;
  return out;
}

function wholeFileChange(e: RawEntry, short: RawEntry, facts: Map<string, BlobFacts>, a: AttrValues | undefined) {
  const add = e.letter === 'A';
  const mode = add ? e.newMode : e.oldMode;
  const id = add ? e.newId : e.oldId;
  const f: BlobFacts =
    mode === GITLINK
      ? { size: `Subproject commit ${id}\n`.length, lines: 1, endsWithNewline: true, nulInHead: false }
      : (facts.get(id) as BlobFacts);
  const binary = mode !== GITLINK && (a?.diff === 'unset' || (a?.diff !== 'set' && (f.nulInHead || f.size > BIG_FILE_THRESHOLD)));
  const patchBytes = wholeFilePatchBytes({ path: e.path, side: add ? 'add' : 'delete', mode, oldAbbrev: short.oldId, newAbbrev: short.newId, facts: f, binary });
  const lines = binary ? 0 : f.lines;
  return {
    nul: f.nulInHead,
    file: {
      path: e.path,
      status: e.status,
      linesAdded: add ? lines : 0,
      linesDeleted: add ? 0 : lines,
      binary,
      oldBytes: add ? 0 : f.size,
      newBytes: add ? f.size : 0,
      patchBytes,
    },
  };
}

function sum(files: readonly FileChange[], newBlob: ReadonlySet<FileChange>): DiffTotals {
  const t = emptyTotals();
  for (const f of files) {
    t.patchBytes += f.patchBytes;
    t.filesChanged++;
    if (f.status === 'added' || f.status === 'copied') t.filesAdded++;
    if (f.status === 'deleted') t.filesDeleted++;
    if (f.status === 'renamed') t.filesRenamed++;
    t.linesAdded += f.linesAdded;
    t.linesDeleted += f.linesDeleted;
    if (newBlob.has(f)) t.blobBytesAdded += f.newBytes;
    if (f.binary) {
      t.binaryFiles++;
      t.binaryBytes += f.newBytes;
    }
  }
  t.diffBytes = t.patchBytes + t.binaryBytes;
  return t;
}
