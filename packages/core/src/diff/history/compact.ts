// Keeps the history bounded: the newest `keep` runs stay as they are, older runs fold into one
// record per workflow and ISO week, and only the newest `keepWeeks` of those survive.
import type { HistoryRecord } from './types.ts';
import { zeroCounts, addCounts } from '../metrics/risk.ts';

export const DEFAULT_KEEP_RUNS = 200;
export const DEFAULT_KEEP_WEEKS = 104;

export interface CompactOptions {
  keep?: number;
  keepWeeks?: number;
}

/** ISO 8601 week label `YYYY-Www` (weeks start Monday; week 1 holds the year's first Thursday). */
export function isoWeek(time: string): string {
  const d = new Date(time);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day + 3));
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const byTime = (a: HistoryRecord, b: HistoryRecord) => Date.parse(a.time) - Date.parse(b.time);
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

function weightedMean(recs: readonly HistoryRecord[], pick: (r: HistoryRecord) => number | null): number | null {
  let sum = 0;
  let n = 0;
  for (const r of recs) {
    const v = pick(r);
    if (v === null) continue;
    sum += v * r.runs;
    n += r.runs;
  }
  return n ? sum / n : null;
}

function maxOf(recs: readonly HistoryRecord[], pick: (r: HistoryRecord) => number | null): number | null {
  const vals = recs.map(pick).filter((v): v is number => v !== null);
  return vals.length ? Math.max(...vals) : null;
}

/** Folds records of one workflow and week into one (means weighted by runs, sums, maxima). */
export function aggregateWeek(week: string, recs: readonly HistoryRecord[]): HistoryRecord {
  const sorted = [...recs].sort(byTime);
  const mean = (pick: (r: HistoryRecord) => number) => Math.round(weightedMean(sorted, pick) ?? 0);
  const velocity = weightedMean(sorted, (r) => r.adjustedVelocity);
  const lead = weightedMean(sorted, (r) => r.leadTimeHours);
  return {
    runId: `week:${week}`,
    time: sorted[sorted.length - 1].time,
    workflow: sorted[0].workflow,
    runs: sorted.reduce((n, r) => n + r.runs, 0),
    diffBytes: mean((r) => r.diffBytes),
    files: mean((r) => r.files),
    binaryBytes: mean((r) => r.binaryBytes),
    leakedFiles: sorted.reduce((n, r) => n + r.leakedFiles, 0),
    alerts: sorted.reduce((n, r) => n + r.alerts, 0),
    r: Math.max(...sorted.map((r) => r.r)),
    leadTimeHours: lead === null ? null : round(lead),
    detectionLatencyHours: maxOf(sorted, (r) => r.detectionLatencyHours),
    adjustedVelocity: velocity === null ? null : round(velocity),
    leakDetected: sorted.some((r) => r.leakDetected),
    changes: sorted.reduce((n, r) => n + r.changes, 0),
    events: sorted.reduce((c, r) => addCounts(c, r.events), zeroCounts()),
    ...(sorted.some((r) => typeof r.cpuHours === 'number') ? { cpuHours: maxOf(sorted, (r) => r.cpuHours ?? null) } : {}),
  };
}

/** Sorted by time; at most keep + keepWeeks × workflows records. Idempotent. */
export function compactHistory(records: readonly HistoryRecord[], opts: CompactOptions = {}): HistoryRecord[] {
  const keep = opts.keep ?? DEFAULT_KEEP_RUNS;
  const keepWeeks = opts.keepWeeks ?? DEFAULT_KEEP_WEEKS;
  const sorted = [...records].sort(byTime);
  const singles = sorted.filter((r) => r.runs === 1 && !r.runId.startsWith('week:'));
  const recent = singles.slice(Math.max(0, singles.length - keep));
  const recentSet = new Set(recent);
  const groups = new Map<string, { week: string; recs: HistoryRecord[] }>();
  for (const r of sorted) {
    if (recentSet.has(r)) continue;
    const week = r.runId.startsWith('week:') ? r.runId.slice(5) : isoWeek(r.time);
    const key = `${r.workflow}\u0000${week}`;
    const g = groups.get(key) ?? { week, recs: [] };
    g.recs.push(r);
    groups.set(key, g);
  }
  const weeks = [...groups.values()].map((g) => (g.recs.length === 1 && g.recs[0].runId.startsWith('week:') ? g.recs[0] : aggregateWeek(g.week, g.recs)));
  const weekLabels = [...new Set(weeks.map((w) => w.runId))].sort().slice(-keepWeeks);
  const kept = weeks.filter((w) => weekLabels.includes(w.runId));
  return [...kept, ...recent].sort(byTime);
}
