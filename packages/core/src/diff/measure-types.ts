// The result of measuring one change (base..head) from local git. Produced by measureDiff()
// (diff/measure.ts), evaluated against thresholds (diff/thresholds.ts), consumed by the
// metrics/history code and by the reporters. Plain JSON-safe data: it goes into the report file.

/** Classes a changed file can belong to (several at once). */
export type FileClass = 'generated' | 'lockfile' | 'vendored' | 'binary' | 'leak' | 'excluded';
export const FILE_CLASSES: readonly FileClass[] = ['generated', 'lockfile', 'vendored', 'binary', 'leak', 'excluded'];

/** git's change status letters, spelled out. */
export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed';

export interface FileChange {
  /** Path at head (for deletions: the deleted path), `/`-separated, relative to the repo root. */
  path: string;
  /** Renames / copies: the path at base. */
  oldPath?: string;
  status: ChangeStatus;
  /** Rename / copy similarity 0..100. */
  similarity?: number;
  linesAdded: number;
  linesDeleted: number;
  /** git saw the content as binary (numstat `-`). Binaries count by bytes, never as 0. */
  binary: boolean;
  /** Size of the blob at base (0 when added). */
  oldBytes: number;
  /** Size of the blob at head (0 when deleted). */
  newBytes: number;
  /** Bytes this file contributes to `git diff --patch` output (header included). */
  patchBytes: number;
  /** Size of this file's change: patch bytes for text, head blob bytes for binaries (never 0 for a binary). */
  diffBytes: number;
  /** Every class the file belongs to (empty for ordinary source). */
  classes: FileClass[];
  /** False when one of its classes is excluded: then it is left out of the counted totals. */
  counted: boolean;
}

export interface DiffTotals {
  /** Size of the change: patchBytes + binaryBytes (a binary counts by its bytes, never as 0). */
  diffBytes: number;
  /** Bytes of `git diff --patch --find-renames base head` (binaries appear there as one line). */
  patchBytes: number;
  /** Sum of head blob sizes of added and modified files (what the change adds to the repository). */
  blobBytesAdded: number;
  filesChanged: number;
  filesAdded: number;
  filesDeleted: number;
  filesRenamed: number;
  linesAdded: number;
  linesDeleted: number;
  binaryFiles: number;
  /** Sum of head blob sizes of binary files (a deleted binary adds 0). */
  binaryBytes: number;
}

export interface CommitSize {
  sha: string;
  /** ISO 8601 author date. */
  authorDate: string;
  /** ISO 8601 committer date. */
  commitDate: string;
  subject: string;
  /** Files the commit touches (against its first parent, no rename detection). */
  filesChanged: number;
  /** Sum of the blob sizes the commit writes (added and modified files). */
  blobBytesAdded: number;
}

export type ThresholdName = 'max-diff-bytes' | 'max-file-bytes' | 'max-files' | 'max-binary-bytes';

export interface DiffAlert {
  threshold: ThresholdName;
  limit: number;
  actual: number;
  /** max-file-bytes: the file over the limit. */
  path?: string;
  /** One line, for annotations and the summary. */
  message: string;
}

export interface DiffRange {
  /** `range`: base..head; `new-branch`: commits of head not on `exclude` refs; `none`: nothing to measure. */
  kind: 'range' | 'new-branch' | 'none';
  /** Resolved commit ids (full SHA). `base` is the commit diffed against (merge base / empty tree for a root). */
  base: string | null;
  head: string | null;
  /** Why nothing was measured (kind `none`), or other notes about how the range was chosen. */
  note?: string;
  /** Number of commits in the range. */
  commitCount: number;
  /** The clone was deepened to read the range. */
  deepened?: boolean;
}

export interface DiffMeasurement {
  range: DiffRange;
  /** Every changed file. */
  totals: DiffTotals;
  /** Only files whose `counted` is true: what thresholds apply to. */
  counted: DiffTotals;
  /** Classes left out of `counted` in this run. */
  excludedClasses: FileClass[];
  /** Files and bytes (head blob bytes) per class. */
  byClass: Record<FileClass, { files: number; bytes: number }>;
  /** Paths of changed files matching leak-patterns (present at head: added/modified/renamed). */
  leakedFiles: string[];
  /** All changed files, largest diffBytes first. */
  files: FileChange[];
  /** Per-commit sizes, newest first, at most 50 (see commitsOmitted). */
  commits: CommitSize[];
  commitsOmitted: number;
  /** ISO 8601 author date of the oldest commit in the range (lead time starts here). */
  firstCommitDate?: string;
  /** ISO 8601 committer date of the newest commit. */
  lastCommitDate?: string;
  /** Wall time of the measurement, for the report. */
  elapsedMs: number;
}

/** Thresholds after evaluation: alerts plus how they are reported. */
export interface DiffVerdict {
  alerts: DiffAlert[];
  /** Any alert crossed. */
  alert: boolean;
  /** fail-on-alert was set and an alert crossed, and no bypass applied. */
  failed: boolean;
  /** A bypass label / trailer turned a failure into a warning: which one. */
  bypassedBy?: string;
}

/** What one diff-telemetry run decided: the measurement and the threshold verdict. */
export interface DiffRunResult {
  measurement: DiffMeasurement;
  verdict: DiffVerdict;
}
