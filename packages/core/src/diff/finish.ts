// After measuring: metrics (risk, velocity, lead time) with the run history, the JSON report, the
// summary and the output values. Shared by the action and the CLI; the history store is passed in
// because the actions-cache store lives in packages/runner.
import { isAbsolute, resolve } from 'node:path';
import { InputError } from '../errors.ts';
import type { EventContext } from '../git/types.ts';
import type { JsonReport } from '../report/json.ts';
import { BULKHEAD_VERSION } from '../version.ts';
import type { HistoryRecord, HistoryStore } from './history/types.ts';
import { recordRun } from './history/run.ts';
import { renderTrendChart } from './history/trend.ts';
import { computeDiffMetrics, type MetricsInput } from './metrics/compute.ts';
import { readLeakReports } from './metrics/reports.ts';
import { parseRiskWeights } from './metrics/risk.ts';
import type { DiffMetrics } from './metrics/types.ts';
import type { DiffRunResult } from './measure-types.ts';
import { buildDiffReport, renderDiffSummary, type DiffReportData } from './report.ts';
import type { DiffTelemetryOptions } from './run.ts';

export type HistorySetting = { kind: 'cache' } | { kind: 'file'; path: string } | { kind: 'none' };

export function parseHistorySetting(raw: string, baseDir: string): HistorySetting {
  const v = raw.trim();
  if (v === 'cache' || v === 'none') return { kind: v };
  if (v.startsWith('file:') && v.length > 5) {
    const p = v.slice(5);
    return { kind: 'file', path: isAbsolute(p) ? p : resolve(baseDir, p) };
  }
  throw new InputError({ input: 'history', problem: `'${v}' is not a history location`, fix: 'use cache, none, or file:PATH (e.g. file:.bulkhead/history.json)' });
}

export function parseRawVelocity(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw.trim());
  if (!Number.isFinite(n) || n < 0) {
    throw new InputError({ input: 'raw-velocity', problem: `'${raw}' is not a non-negative number`, fix: 'give story points per period as a number, e.g. 45, or leave it empty to use merged changes per week' });
  }
  return n;
}

/** A run that ships a change: a push to the default branch or a merge-queue group. */
export function shipsChange(event: EventContext): boolean {
  if (event.eventName === 'merge_group') return true;
  if (event.eventName !== 'push') return false;
  return !event.defaultBranch || event.ref === `refs/heads/${event.defaultBranch}`;
}

export interface FinishInput {
  result: DiffRunResult;
  options: DiffTelemetryOptions;
  event: EventContext;
  now: Date;
  /** Null: no history kept (history: none). */
  store: HistoryStore | null;
  /** Relative `reports` paths resolve here. */
  baseDir: string;
}

export interface FinishedRun {
  metrics: DiffMetrics;
  history: HistoryRecord[];
  report: JsonReport<DiffReportData>;
  summary: string;
  /** Output values except report-file (the caller knows where it wrote it). */
  outputs: Record<string, string | number | boolean>;
}

export async function finishDiffRun(i: FinishInput): Promise<FinishedRun> {
  const o = i.options;
  const now = i.now.toISOString();
  const m = i.result.measurement;
  const input: MetricsInput = {
    now,
    runId: i.event.runId ?? `local-${i.now.getTime()}`,
    runNumber: i.event.runNumber,
    workflow: i.event.workflow ?? 'local',
    measurement: m,
    alert: i.result.verdict.alert,
    reports: o.reports?.length ? await readLeakReports(o.reports, now, i.baseDir) : [],
    weights: parseRiskWeights(o['risk-weights']),
    riskWindowMs: o['risk-window'],
    rawVelocity: parseRawVelocity(o['raw-velocity']),
    merged: shipsChange(i.event),
  };
  let metrics: DiffMetrics;
  let history: HistoryRecord[] = [];
  if (i.store) ({ metrics, history } = await recordRun(i.store, input));
  else metrics = computeDiffMetrics(input);

  const report = buildDiffReport(i.result, { generatedAt: now, version: BULKHEAD_VERSION, metrics });
  const summary = renderDiffSummary(i.result, [renderMetrics(metrics), history.length > 1 ? renderTrendChart(history) : '']);
  const outputs = {
    'diff-bytes': m.counted.diffBytes,
    'files-changed': m.counted.filesChanged,
    'binary-bytes': m.counted.binaryBytes,
    'leaked-files': m.leakedFiles.length,
    alert: i.result.verdict.alert,
    'risk-coefficient': metrics.risk.r,
    'adjusted-velocity': metrics.velocity.adjusted,
    'lead-time-hours': metrics.leadTime.hours ?? '',
  };
  return { metrics, history, report, summary, outputs };
}

const hours = (h: number | null) => (h === null ? '—' : `${h} h`);

export function renderMetrics(x: DiffMetrics): string {
  const rows = [
    ['Leak risk r', `${x.risk.r} (${x.risk.window.days} d window)`],
    ['Velocity (raw → adjusted)', `${x.velocity.raw} → ${x.velocity.adjusted} (${x.velocity.rawSource})`],
    ['Lead time', hours(x.leadTime.hours)],
    ['Detection latency', hours(x.detectionLatency.hours)],
    ['Adjusted lead time', hours(x.adjustedLeadTime.hours)],
    ['Leaked files (this run)', `${x.leakedFiles.thisRun}`],
  ];
  const notes = x.risk.notes.length ? `\n${x.risk.notes.map((n) => `- ${n.replace(/[|\n]/g, ' ')}`).join('\n')}\n` : '';
  return `### Metrics\n\n| Metric | Value |\n| --- | --- |\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}\n${notes}\n`;
}
