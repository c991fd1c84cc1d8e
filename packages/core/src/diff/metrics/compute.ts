// Puts the metric functions together for one run: the report's `metrics` part and its history record.
import type { DiffMeasurement } from '../measure-types.ts';
import type { HistoryRecord } from '../history/types.ts';
import type { DiffMetrics, EventCounts, LeakEvent, RiskWeights } from './types.ts';
import type { LeakReport } from './reports.ts';
import { adjustedLeadTime, detectionLatency, leadTime } from './lead-time.ts';
import { DEFAULT_RISK_WEIGHTS, addCounts, leakRisk, zeroCounts } from './risk.ts';
import { velocityMetric } from './velocity.ts';
import { leakedFilesPerPipeline, mergedChangesPerWeek } from './pipeline.ts';
import { DAY_MS, toIso, toMs } from './time.ts';

export const DEFAULT_RISK_WINDOW_MS = 7 * DAY_MS;

export interface MetricsInput {
  /** Time of this run (ISO or Date). */
  now: string | Date;
  runId: string;
  /** The run's number (`#41`), for the history's run labels. */
  runNumber?: number;
  workflow: string;
  measurement: Pick<DiffMeasurement, 'counted' | 'leakedFiles' | 'firstCommitDate'>;
  /** A size threshold was crossed in this run. */
  alert: boolean;
  /** Parsed reports of other actions (readLeakReports). */
  reports?: readonly LeakReport[];
  /** Stored history, before this run's record. */
  history?: readonly HistoryRecord[];
  weights?: RiskWeights;
  /** Risk window in ms (the `risk-window` duration option). Default 7 days. */
  riskWindowMs?: number;
  /** Raw velocity (e.g. story points per week); default: merged changes per week from history. */
  rawVelocity?: number;
  /** This run ships a merged change (push to the default branch, merge queue). Default true. */
  merged?: boolean;
}

function countEvents(events: readonly LeakEvent[]): EventCounts {
  const c = zeroCounts();
  for (const e of events) c[e.kind]++;
  return c;
}

/** This run's leak events: its own leak-pattern files plus the given reports' events. */
export function runLeakEvents(input: MetricsInput): LeakEvent[] {
  const now = toIso(input.now);
  const own = input.measurement.leakedFiles.map((path): LeakEvent => {
    // Which commit of the range added the file is not tracked: its oldest commit bounds it.
    const ev: LeakEvent = { kind: 'leaked-file', detectedAt: now, source: 'diff-telemetry', key: path };
    if (input.measurement.firstCommitDate) ev.introducedAt = input.measurement.firstCommitDate;
    return ev;
  });
  return [...own, ...(input.reports ?? []).flatMap((r) => r.events)];
}

export function computeDiffMetrics(input: MetricsInput): DiffMetrics {
  const now = toIso(input.now);
  const nowMs = toMs(now);
  const history = input.history ?? [];
  const weights = input.weights ?? { ...DEFAULT_RISK_WEIGHTS };
  const windowMs = input.riskWindowMs ?? DEFAULT_RISK_WINDOW_MS;
  const days = Math.round((windowMs / DAY_MS) * 1000) / 1000;
  const fromMs = nowMs - windowMs;

  const events = runLeakEvents(input);
  const inWindow = (t: number) => t > fromMs && t <= nowMs;
  // Reports older than the window do not count; a clock a little ahead of the runner's still does.
  const runEvents = countEvents(events.filter((e) => toMs(e.detectedAt) > fromMs));
  let windowEvents = runEvents;
  for (const rec of history) if (inWindow(toMs(rec.time))) windowEvents = addCounts(windowEvents, rec.events);
  const r = leakRisk(windowEvents, weights);
  const notes = (input.reports ?? []).flatMap((rep) => (rep.note ? [rep.note] : []));

  const lead = leadTime(input.measurement.firstCommitDate, now);
  const latency = detectionLatency(events);
  const merged = input.merged ?? true;
  const raw =
    input.rawVelocity ?? mergedChangesPerWeek([...history, { time: now, changes: merged ? 1 : 0 } as HistoryRecord], now);

  const runRecord = { workflow: input.workflow, runs: 1, time: now, leakedFiles: input.measurement.leakedFiles.length } as HistoryRecord;
  return {
    schemaVersion: 1,
    runId: input.runId,
    workflow: input.workflow,
    leadTime: lead,
    detectionLatency: latency,
    adjustedLeadTime: adjustedLeadTime(lead.hours, latency.hours),
    risk: {
      r,
      window: { from: new Date(fromMs).toISOString(), to: now, days },
      weights,
      events: windowEvents,
      runEvents,
      notes,
    },
    velocity: velocityMetric(raw, input.rawVelocity === undefined ? 'merged-changes-per-week' : 'input', r),
    leakedFiles: {
      thisRun: input.measurement.leakedFiles.length,
      perPipeline: leakedFilesPerPipeline([...history, runRecord]),
    },
  };
}

/** The small record this run appends to the history. */
export function toHistoryRecord(input: MetricsInput, metrics: DiffMetrics): HistoryRecord {
  const ev = metrics.risk.runEvents;
  return {
    runId: input.runId,
    ...(input.runNumber !== undefined ? { runNumber: input.runNumber } : {}),
    time: toIso(input.now),
    workflow: input.workflow,
    runs: 1,
    diffBytes: input.measurement.counted.diffBytes,
    files: input.measurement.counted.filesChanged,
    binaryBytes: input.measurement.counted.binaryBytes,
    leakedFiles: metrics.leakedFiles.thisRun,
    alerts: input.alert ? 1 : 0,
    r: metrics.risk.r,
    leadTimeHours: metrics.leadTime.hours,
    detectionLatencyHours: metrics.detectionLatency.hours,
    adjustedVelocity: metrics.velocity.adjusted,
    leakDetected: ev.secret + ev['leaked-file'] + ev['egress-blocked'] + ev['gate-failure'] > 0,
    changes: (input.merged ?? true) ? 1 : 0,
    events: { ...ev },
    // The last policy-audit report's ci-budget figure, when one was given (older records have none).
    ...cpuHoursOf(input.reports),
  };
}

function cpuHoursOf(reports: MetricsInput['reports']): { cpuHours?: number } {
  const c = (reports ?? []).map((r) => r.cpuHours).filter((v): v is number => v !== undefined).at(-1);
  return c === undefined ? {} : { cpuHours: c };
}
