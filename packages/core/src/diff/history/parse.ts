// Reads a history file back, checking each record's shape so a hand-edited or truncated file
// fails with a clear message instead of NaN charts.
import { ResourceError } from '../../errors.ts';
import { LEAK_EVENT_KINDS } from '../metrics/types.ts';
import type { HistoryFile, HistoryRecord } from './types.ts';
import { HISTORY_VERSION } from './types.ts';

const NUMS = ['runs', 'diffBytes', 'files', 'binaryBytes', 'leakedFiles', 'alerts', 'r', 'changes'] as const;
const NULLABLE = ['leadTimeHours', 'detectionLatencyHours', 'adjustedVelocity'] as const;

function fail(where: string, problem: string, input: string): never {
  throw new ResourceError({
    input,
    problem: `${where}: ${problem}`,
    fix: 'restore the file from version control, or delete it to start a new history',
  });
}

/** Checks one record; returns the problem or undefined. */
export function recordProblem(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null) return 'not an object';
  const r = v as Record<string, unknown>;
  for (const k of ['runId', 'time', 'workflow'] as const) if (typeof r[k] !== 'string') return `${k} is not a string`;
  if (Number.isNaN(Date.parse(r.time as string))) return 'time is not an ISO date';
  for (const k of NUMS) if (typeof r[k] !== 'number' || !Number.isFinite(r[k]) || (r[k] as number) < 0) return `${k} is not a number ≥ 0`;
  for (const k of NULLABLE) if (r[k] !== null && (typeof r[k] !== 'number' || !Number.isFinite(r[k]))) return `${k} is not a number or null`;
  if (typeof r.leakDetected !== 'boolean') return 'leakDetected is not a boolean';
  if (r.runNumber !== undefined && (typeof r.runNumber !== 'number' || !Number.isSafeInteger(r.runNumber) || r.runNumber < 1)) return 'runNumber is not a whole number ≥ 1';
  if (r.cpuHours !== undefined && r.cpuHours !== null && (typeof r.cpuHours !== 'number' || !Number.isFinite(r.cpuHours) || r.cpuHours < 0)) return 'cpuHours is not a number ≥ 0 or null';
  const ev = r.events as Record<string, unknown> | null;
  if (typeof ev !== 'object' || ev === null) return 'events is not an object';
  for (const k of LEAK_EVENT_KINDS) if (typeof ev[k] !== 'number') return `events.${k} is not a number`;
  return undefined;
}

/** Parses history file text. `where` names the file in errors; `input` the option that named it. */
export function parseHistory(text: string, where: string, input = 'history'): HistoryRecord[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    fail(where, 'is not valid JSON (corrupt or truncated history)', input);
  }
  const file = doc as Partial<HistoryFile> | null;
  if (typeof file !== 'object' || file === null || file.schema !== 'bulkhead/diff-history' || !Array.isArray(file.records)) {
    fail(where, 'is not a Bulkhead diff history ({schema: "bulkhead/diff-history", records: [...]})', input);
  }
  if (file.version !== HISTORY_VERSION) fail(where, `has history version ${String(file.version)}, this Bulkhead reads ${HISTORY_VERSION}`, input);
  file.records.forEach((rec, i) => {
    const p = recordProblem(rec);
    if (p) fail(where, `record ${i}: ${p}`, input);
  });
  return file.records;
}

export function serializeHistory(records: readonly HistoryRecord[]): string {
  const file: HistoryFile = { schema: 'bulkhead/diff-history', version: HISTORY_VERSION, records: [...records] };
  return JSON.stringify(file) + '\n';
}
