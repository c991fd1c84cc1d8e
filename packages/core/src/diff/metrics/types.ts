// Types of the diff-telemetry metrics (report part `metrics`, schema/diff-telemetry-report.v1.json).
// Definitions are in actions/diff-telemetry/METRICS.md; keep the three in step.

/** Kinds of leak event that feed the risk coefficient r. */
export type LeakEventKind = 'secret' | 'leaked-file' | 'egress-blocked' | 'gate-failure';
export const LEAK_EVENT_KINDS: readonly LeakEventKind[] = ['secret', 'leaked-file', 'egress-blocked', 'gate-failure'];

/** Count of events per kind. */
export type EventCounts = Record<LeakEventKind, number>;
/** Weight per kind in r = 1 − exp(−Σ wᵢ·eᵢ). Non-negative. */
export type RiskWeights = Record<LeakEventKind, number>;

/** One leak seen by a Bulkhead check. Never carries the secret itself. */
export interface LeakEvent {
  kind: LeakEventKind;
  /** ISO 8601: when a check flagged it (the report's generatedAt, or this run's time). */
  detectedAt: string;
  /** ISO 8601: when the leak entered the repository (commit date), when known. */
  introducedAt?: string;
  /** Report path, or `diff-telemetry` for this run's own leak-pattern files. */
  source: string;
  /** Finding fingerprint (SHA-256, never the secret) or file path; dedupes "first flagged". */
  key?: string;
}

export interface LeadTimeMetric {
  /** Hours from the first commit of the change to this run; null when the change has no commits. */
  hours: number | null;
  firstCommitAt: string | null;
  shippedAt: string;
}

export interface DetectionLatencyMetric {
  /** Hours from introduction to first detection, worst leak of this run; null when no dated leak. */
  hours: number | null;
  /** Leaks of this run with a known introduction time. */
  leaks: number;
  introducedAt: string | null;
  detectedAt: string | null;
}

export interface AdjustedLeadTimeMetric {
  /** leadTime + detectionLatency (a missing bucket counts 0); null when lead time is null. */
  hours: number | null;
  buckets: { leadTimeHours: number | null; detectionLatencyHours: number | null };
}

export interface RiskMetric {
  /** Leak risk coefficient, in [0, 1), 3 decimals, capped at 0.999. */
  r: number;
  window: { from: string; to: string; days: number };
  weights: RiskWeights;
  /** Events counted in the window (this run + stored history). */
  events: EventCounts;
  /** Events of this run alone (what goes into its history record). */
  runEvents: EventCounts;
  notes: string[];
}

export interface VelocityMetric {
  raw: number;
  rawSource: 'input' | 'merged-changes-per-week';
  r: number;
  /** round(raw × (1 − r)). */
  adjusted: number;
}

export interface PipelineLeaks {
  workflow: string;
  runs: number;
  leakedFiles: number;
  /** leakedFiles / runs, 2 decimals. */
  perRun: number;
  /** Leaked files in the workflow's newest run. */
  latest: number;
}

export interface LeakedFilesMetric {
  thisRun: number;
  perPipeline: PipelineLeaks[];
}

/** The `metrics` part of the diff-telemetry JSON report. */
export interface DiffMetrics {
  schemaVersion: 1;
  runId: string;
  workflow: string;
  leadTime: LeadTimeMetric;
  detectionLatency: DetectionLatencyMetric;
  adjustedLeadTime: AdjustedLeadTimeMetric;
  risk: RiskMetric;
  velocity: VelocityMetric;
  leakedFiles: LeakedFilesMetric;
}
