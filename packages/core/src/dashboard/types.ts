// What the dashboard is drawn from: the diff-telemetry history and any number of Bulkhead JSON reports.
import type { HistoryRecord } from '../diff/history/types.ts';
import type { ReportRun } from '../report/run.ts';

/** The six actions whose report envelopes the dashboard reads (`kind` is `bulkhead.<action>`). */
export const KIT_KINDS = ['secret-scan', 'diff-telemetry', 'oauth-signature-gate', 'double-write', 'egress-gate', 'policy-audit'] as const;
export type KitKind = (typeof KIT_KINDS)[number];

export type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One report envelope that passed the shape checks (input/envelope.ts). */
export interface KitReport {
  /** File it came from, as the user named or globbed it. */
  source: string;
  kind: KitKind;
  generatedAt: string;
  run?: ReportRun;
  data: Json;
}

export interface DashboardInput {
  history: readonly HistoryRecord[];
  reports: readonly KitReport[];
  /** Inputs skipped and why (unknown kind, not JSON...), shown on the page. */
  notes: readonly string[];
}

/** A run on a chart's x axis. */
export interface RunRef {
  key: string;
  /** What a person reads: `ci #41`, or the workflow and time when the run number is unknown. */
  label: string;
  workflow: string;
  /** The run number, when known: orders a workflow's runs (clocks of different jobs may disagree). */
  number?: number;
  /** ISO time used for ordering (the earliest report or record of the run). */
  time: string;
}
