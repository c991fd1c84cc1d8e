// One small record per diff-telemetry run, kept across runs (file or @actions/cache).
import type { EventCounts } from '../metrics/types.ts';

export const HISTORY_VERSION = 1;

export interface HistoryRecord {
  /** GitHub run id (plus attempt), or `week:YYYY-Www` for a compacted weekly aggregate. */
  runId: string;
  /** GITHUB_RUN_NUMBER (`#41`), when known; weekly aggregates have none. */
  runNumber?: number;
  /** ISO 8601 time of the run (aggregates: time of their newest run). */
  time: string;
  workflow: string;
  /** Runs this record stands for: 1, or more for a weekly aggregate. */
  runs: number;
  /** Counted patch bytes (aggregates: mean). */
  diffBytes: number;
  /** Counted files changed (aggregates: mean). */
  files: number;
  /** Counted binary bytes (aggregates: mean). */
  binaryBytes: number;
  /** Leak-pattern files seen (aggregates: sum). */
  leakedFiles: number;
  /** A size threshold was crossed (aggregates: runs with an alert). */
  alerts: number;
  /** Leak risk coefficient after this run (aggregates: max). */
  r: number;
  /** Lead time in hours (aggregates: mean of known). */
  leadTimeHours: number | null;
  /** Detection latency in hours (aggregates: max). */
  detectionLatencyHours: number | null;
  /** Risk-adjusted velocity (aggregates: mean). */
  adjustedVelocity: number | null;
  /** The run flagged a leak: a secret, a leak-pattern file, blocked egress or a gate failure. */
  leakDetected: boolean;
  /** Merged changes this record stands for (0 or 1 per run), for the default raw velocity. */
  changes: number;
  /** Leak events of this run by kind, for r over a window of runs. */
  events: EventCounts;
  /** CI CPU-hours of the budget period, from a policy-audit report given in `reports` (aggregates: max); absent when none was. */
  cpuHours?: number | null;
}

/** Where the history lives between runs. */
export interface HistoryStore {
  /** Records oldest first; [] when there is no history yet. */
  load(): Promise<HistoryRecord[]>;
  /** Replaces the stored history with `records` (already compacted by the caller or the store). */
  save(records: readonly HistoryRecord[]): Promise<void>;
}

/** On-disk / in-cache file: versioned so a later format can migrate. */
export interface HistoryFile {
  schema: 'bulkhead/diff-history';
  version: 1;
  records: HistoryRecord[];
}
