// The seed's red flag, per pipeline (workflow): its newest run shows a leak — a secret finding, a leak-pattern
// file, a blocked egress destination, a closed gate, a failed double-write verification, or a history record
// that says leakDetected (the same events that raise diff-telemetry's leak risk r, METRICS.md §4).
import type { HistoryRecord } from '../../diff/history/types.ts';
import type { RunIndex } from '../runs.ts';
import { isObj, type KitReport, type RunRef } from '../types.ts';
import { findingKey } from './severity.ts';

export interface PipelineStatus {
  workflow: string;
  latest: RunRef;
  /** Why the newest run counts as a leak; empty = clean. */
  reasons: string[];
  runs: number;
  /** Leak risk r of the newest history record of the workflow, when there is one. */
  r: number | null;
}

/** What one run's reports and record say, each leak counted once however many reports (shards) saw it. */
interface Tally {
  secrets: Set<string>;
  leakedFiles: Set<string>;
  /** Leak-pattern files a history record counted (it keeps no paths). */
  recordLeakedFiles: number;
  recordLeak: boolean;
  egress: Set<string>;
  gatesClosed: number;
  writesFailed: number;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const tally = (): Tally => ({ secrets: new Set(), leakedFiles: new Set(), recordLeakedFiles: 0, recordLeak: false, egress: new Set(), gatesClosed: 0, writesFailed: 0 });

function addReport(t: Tally, r: KitReport): void {
  const d = r.data;
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  if (r.kind === 'secret-scan') for (const f of list(d.findings)) if (isObj(f)) t.secrets.add(findingKey(f));
  if (r.kind === 'diff-telemetry') for (const p of list(d.leakedFiles)) t.leakedFiles.add(String(p));
  if (r.kind === 'egress-gate') for (const b of list(d.blocked)) if (isObj(b)) t.egress.add(`${String(b.kind)}:${String(b.destination)}:${String(b.port ?? '')}`);
  if (r.kind === 'oauth-signature-gate' && d.passed === false) t.gatesClosed++;
  if (r.kind === 'double-write' && d.failed === true) t.writesFailed++;
  // policy-audit is no leak source (METRICS.md §4).
}

export function leakReasons(t: Tally): string[] {
  const out: string[] = [];
  if (t.secrets.size) out.push(plural(t.secrets.size, 'secret finding'));
  const leaked = Math.max(t.leakedFiles.size, t.recordLeakedFiles);
  if (leaked) out.push(plural(leaked, 'leak-pattern file'));
  if (t.egress.size) out.push(plural(t.egress.size, 'blocked egress destination'));
  if (t.gatesClosed) out.push(t.gatesClosed === 1 ? 'signature gate closed' : `signature gate closed ${t.gatesClosed} times`);
  if (t.writesFailed) out.push(plural(t.writesFailed, 'failed double-write verification'));
  if (t.recordLeak && out.length === 0) out.push('leak recorded by diff-telemetry');
  return out;
}

export function pipelineStatus(reports: readonly KitReport[], history: readonly HistoryRecord[], idx: RunIndex): PipelineStatus[] {
  const tallies = new Map<RunRef, Tally>();
  const of = (run: RunRef) => tallies.get(run) ?? tallies.set(run, tally()).get(run)!;
  for (const r of reports) addReport(of(idx.ofReport(r)), r);
  const newestRecord = new Map<string, HistoryRecord>();
  for (const rec of history) {
    const t = of(idx.ofRecord(rec));
    t.recordLeakedFiles = Math.max(t.recordLeakedFiles, rec.leakedFiles);
    t.recordLeak ||= rec.leakDetected;
    const cur = newestRecord.get(rec.workflow);
    if (!cur || Date.parse(rec.time) >= Date.parse(cur.time)) newestRecord.set(rec.workflow, rec);
  }
  const byWorkflow = new Map<string, RunRef[]>();
  for (const run of idx.runs) if (tallies.has(run)) byWorkflow.set(run.workflow, [...(byWorkflow.get(run.workflow) ?? []), run]);
  return [...byWorkflow.entries()]
    .map(([workflow, runs]) => {
      // The highest run number, else the newest (idx.runs is oldest first).
      const latest = runs.reduce((a, b) => (a.number !== undefined && b.number !== undefined ? (b.number >= a.number ? b : a) : b));
      return { workflow, latest, reasons: leakReasons(tallies.get(latest)!), runs: runs.length, r: newestRecord.get(workflow)?.r ?? null };
    })
    .sort((a, b) => Number(b.reasons.length > 0) - Number(a.reasons.length > 0) || a.workflow.localeCompare(b.workflow));
}
