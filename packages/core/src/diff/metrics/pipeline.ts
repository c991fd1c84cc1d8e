// Aggregations over the stored history: leaked files per pipeline and merged changes per week.
import type { HistoryRecord } from '../history/types.ts';
import type { PipelineLeaks } from './types.ts';
import { DAY_MS, toMs } from './time.ts';

/** Leak-pattern files per workflow: total, runs, per run and in the newest run (METRICS.md §6). */
export function leakedFilesPerPipeline(records: readonly HistoryRecord[]): PipelineLeaks[] {
  const by = new Map<string, { runs: number; leaked: number; latestTime: number; latest: number }>();
  for (const rec of records) {
    const t = toMs(rec.time);
    const cur = by.get(rec.workflow) ?? { runs: 0, leaked: 0, latestTime: -Infinity, latest: 0 };
    cur.runs += rec.runs;
    cur.leaked += rec.leakedFiles;
    // A weekly aggregate is never "the newest run", unless it is all there is.
    if (t >= cur.latestTime && (rec.runs === 1 || cur.latestTime === -Infinity)) {
      cur.latestTime = t;
      cur.latest = rec.leakedFiles;
    }
    by.set(rec.workflow, cur);
  }
  return [...by.entries()]
    .map(([workflow, v]) => ({
      workflow,
      runs: v.runs,
      leakedFiles: v.leaked,
      perRun: v.runs ? Math.round((v.leaked / v.runs) * 100) / 100 : 0,
      latest: v.latest,
    }))
    .sort((a, b) => b.leakedFiles - a.leakedFiles || a.workflow.localeCompare(b.workflow));
}

/** Merged changes in the 7 days ending at `now` (inclusive), from records' `changes`. */
export function mergedChangesPerWeek(records: readonly HistoryRecord[], now: string | Date): number {
  const to = toMs(now);
  const from = to - 7 * DAY_MS;
  let n = 0;
  for (const rec of records) {
    const t = toMs(rec.time);
    if (t > from && t <= to) n += rec.changes;
  }
  return n;
}
