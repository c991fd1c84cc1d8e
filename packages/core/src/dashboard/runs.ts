// Groups reports and history records into workflow runs and names them the way the Actions tab does
// (`ci #41`). A report knows its run from the envelope's `run`; a history record has its workflow and run
// number, and a record written before records kept the number borrows it from a report of the same run id,
// else shows its time.
import type { HistoryRecord } from '../diff/history/types.ts';
import type { KitReport, RunRef } from './types.ts';

export const NO_WORKFLOW = '(no workflow run)';

/** `2024-03-01 08:00 UTC`. */
export function shortTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function reportRef(r: KitReport): RunRef {
  const run = r.run;
  if (!run) return { key: `t:${r.generatedAt}`, label: shortTime(r.generatedAt), workflow: NO_WORKFLOW, time: r.generatedAt };
  const attempt = run.attempt && run.attempt > 1 ? run.attempt : 1;
  return {
    key: `r:${run.workflow}\u0000${run.number}\u0000${attempt}`,
    label: `${run.workflow} #${run.number}${attempt > 1 ? ` (attempt ${attempt})` : ''}`,
    workflow: run.workflow,
    number: run.number,
    time: r.generatedAt,
  };
}

export interface RunIndex {
  /** Every run, oldest first. */
  runs: RunRef[];
  ofReport(r: KitReport): RunRef;
  ofRecord(rec: HistoryRecord): RunRef;
}

export function indexRuns(reports: readonly KitReport[], history: readonly HistoryRecord[]): RunIndex {
  const byKey = new Map<string, RunRef>();
  const byReport = new Map<KitReport, RunRef>();
  const byRunId = new Map<string, RunRef>();
  const byRecord = new Map<HistoryRecord, RunRef>();
  const add = (ref: RunRef): RunRef => {
    const cur = byKey.get(ref.key);
    if (!cur) {
      byKey.set(ref.key, { ...ref });
      return byKey.get(ref.key)!;
    }
    if (Date.parse(ref.time) < Date.parse(cur.time)) cur.time = ref.time;
    return cur;
  };
  for (const r of reports) {
    const ref = add(reportRef(r));
    byReport.set(r, ref);
    if (r.run?.id) byRunId.set(r.run.id, ref);
  }
  for (const rec of history) {
    const joined = byRunId.get(rec.runId);
    if (joined && joined.workflow === rec.workflow) {
      byRecord.set(rec, add({ ...joined, time: rec.time }));
      continue;
    }
    if (rec.runNumber !== undefined) {
      // Same key as a report of that run, so the two meet even when the report carried no run id.
      byRecord.set(rec, add({ key: `r:${rec.workflow}\u0000${rec.runNumber}\u00001`, label: `${rec.workflow} #${rec.runNumber}`, workflow: rec.workflow, number: rec.runNumber, time: rec.time }));
      continue;
    }
    const label = rec.runId.startsWith('week:') ? `${rec.workflow} week ${rec.runId.slice(5)} (${rec.runs} runs)` : `${rec.workflow} ${shortTime(rec.time)}`;
    byRecord.set(rec, add({ key: `h:${rec.workflow}\u0000${rec.runId}`, label, workflow: rec.workflow, time: rec.time }));
  }
  const runs = [...byKey.values()].sort((a, b) => Date.parse(a.time) - Date.parse(b.time) || a.label.localeCompare(b.label));
  return { runs, ofReport: (r) => byReport.get(r)!, ofRecord: (rec) => byRecord.get(rec)! };
}
