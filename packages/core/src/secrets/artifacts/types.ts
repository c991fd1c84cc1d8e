// What the artifact readers yield, and the limits that keep a hostile archive from exhausting the runner.

export type ArtifactProblem = 'bomb' | 'too-many-entries' | 'too-large' | 'corrupt' | 'encrypted' | 'depth';

/** A readable file or archive entry. `path` is the display path: `dist/app.zip!/config/.env`. */
export interface ArtifactData {
  path: string;
  data: Buffer;
}

/** Something that could not be read; the orchestrator turns it into an `archive-bomb` / `archive-limit` finding. */
export interface ArtifactProblemEntry {
  path: string;
  problem: ArtifactProblem;
  /** One line for humans; never contains file content. */
  detail: string;
}

export type ArtifactEntry = ArtifactData | ArtifactProblemEntry;

export function isArtifactProblem(e: ArtifactEntry): e is ArtifactProblemEntry {
  return 'problem' in e;
}

export interface ArtifactLimits {
  /** Entries (files, directories, links) in one artifact, nested archives included. */
  maxEntries: number;
  /** Bytes produced by decompression in one artifact, nested archives included. */
  maxTotalBytes: number;
  /** Output : input ratio of one compressed stream that counts as a bomb... */
  maxRatio: number;
  /** ...once it has produced more than this many bytes (small files compress well legitimately). */
  ratioFloorBytes: number;
  /** One entry larger than this is skipped with a `too-large` problem (not scanned in chunks). */
  maxEntryBytes: number;
  /** Archive levels: 3 allows `a.zip!/b.jar!/c.tgz!/file`, a fourth nested archive is a `depth` problem. */
  maxDepth: number;
}

export const DEFAULT_ARTIFACT_LIMITS: Readonly<ArtifactLimits> = Object.freeze({
  maxEntries: 10_000,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxEntryBytes: 64 * 1024 * 1024,
  maxDepth: 3,
});

/** Short alias used inside secrets/ (the barrel exports the unambiguous name). */
export const isProblem = isArtifactProblem;
