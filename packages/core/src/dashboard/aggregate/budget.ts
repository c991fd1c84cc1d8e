// CI CPU-hours against the budget: policy-audit's ci-budget (`data.budget`: cpuHours, budget, start, end) per
// run, plus diff-telemetry history records that stored `cpuHours` for runs no policy-audit report covers.
import type { HistoryRecord } from '../../diff/history/types.ts';
import type { RunIndex } from '../runs.ts';
import { isObj, type KitReport, type RunRef } from '../types.ts';

export interface BudgetPoint {
  run: RunRef;
  cpuHours: number;
  /** cpu-hour-budget of the period; null when only the history's figure is known. */
  budget: number | null;
  /** The budget period, when known. */
  period: string;
}

const fin = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export function cpuBudget(reports: readonly KitReport[], history: readonly HistoryRecord[], idx: RunIndex): BudgetPoint[] {
  const by = new Map<RunRef, BudgetPoint>();
  for (const r of reports) {
    const b = r.data.budget;
    if (r.kind !== 'policy-audit' || !isObj(b) || !fin(b.cpuHours)) continue;
    const run = idx.ofReport(r);
    const period = typeof b.start === 'string' && typeof b.end === 'string' ? `${b.start.slice(0, 10)} – ${b.end.slice(0, 10)}` : '';
    by.set(run, { run, cpuHours: b.cpuHours, budget: fin(b.budget) ? b.budget : null, period });
  }
  for (const rec of history) {
    const run = idx.ofRecord(rec);
    if (fin(rec.cpuHours) && !by.has(run)) by.set(run, { run, cpuHours: rec.cpuHours, budget: null, period: '' });
  }
  return idx.runs.filter((run) => by.has(run)).map((run) => by.get(run)!);
}
