// Leak events from other Bulkhead JSON reports (envelope {kind, schemaVersion, tool, generatedAt, data}).
// Which field is counted per kind is documented in METRICS.md §4.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ResourceError } from '../../errors.ts';
import type { LeakEvent, LeakEventKind } from './types.ts';
import { toMs } from './time.ts';

export interface LeakReport {
  path: string;
  kind: string;
  /** The report's generatedAt, or null when absent (then the run time is used). */
  generatedAt: string | null;
  events: LeakEvent[];
  /** Why the report added nothing (unknown kind...). */
  note?: string;
  /** policy-audit's ci-budget figure (`data.cpuHours`): CPU-hours of its budget period, for the history. */
  cpuHours?: number;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Array -> its items; non-negative integer -> that many anonymous items; else undefined. */
function items(v: unknown): unknown[] | undefined {
  if (Array.isArray(v)) return v;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return Array.from({ length: v }, () => undefined);
  return undefined;
}

/** First of `fields` present in data with a usable count. */
function firstCount(data: Json, fields: readonly string[]): unknown[] {
  for (const f of fields) {
    const got = items(data[f]);
    if (got) return got;
  }
  return [];
}

const KIND_EVENTS: Record<string, { kind: LeakEventKind; fields: readonly string[] }> = {
  'secret-scan': { kind: 'secret', fields: ['findings', 'events'] },
  'diff-telemetry': { kind: 'leaked-file', fields: ['leakedFiles', 'events'] },
  'egress-gate': { kind: 'egress-blocked', fields: ['blocked', 'events'] },
  'oauth-signature-gate': { kind: 'gate-failure', fields: ['events', 'findings'] },
  'double-write': { kind: 'gate-failure', fields: ['events', 'findings'] },
};

function bad(path: string, problem: string): ResourceError {
  return new ResourceError({
    input: 'reports',
    problem: `${path}: ${problem}`,
    fix: 'point `reports` at JSON reports written by Bulkhead (an action\'s `report-file` output, or the CLI\'s `--format json` output)',
  });
}

/** Parses one report's text. Throws ResourceError (input `reports`) when it is not a Bulkhead report. */
export function parseLeakReport(text: string, path: string, runTime: string): LeakReport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw bad(path, 'is not valid JSON');
  }
  if (!isObj(doc) || typeof doc.kind !== 'string' || !isObj(doc.data)) {
    throw bad(path, 'has no Bulkhead report envelope ({kind, data})');
  }
  const gen = typeof doc.generatedAt === 'string' && !Number.isNaN(toMs(doc.generatedAt)) ? doc.generatedAt : null;
  // Envelopes say `bulkhead.<action>`; the bare action name is accepted too.
  const bare = doc.kind.replace(/^bulkhead\./, '');
  // policy-audit is no leak source, but its CPU-hours go into the history (METRICS.md §4).
  if (bare === 'policy-audit') {
    const c = doc.data.cpuHours;
    return { path, kind: doc.kind, generatedAt: gen, events: [], ...(typeof c === 'number' && Number.isFinite(c) && c >= 0 ? { cpuHours: c } : {}) };
  }
  const spec = KIND_EVENTS[bare];
  if (!spec) return { path, kind: doc.kind, generatedAt: gen, events: [], note: `${path}: report kind "${doc.kind}" is not a leak source; ignored` };
  const data = doc.data;
  let list = firstCount(data, spec.fields);
  // A gate report with no counted items still counts one failure when it says it failed.
  if (list.length === 0 && spec.kind === 'gate-failure' && (data.passed === false || data.failed === true)) list = [undefined];
  const detectedAt = gen ?? runTime;
  const events = list.map((item): LeakEvent => {
    const ev: LeakEvent = { kind: spec.kind, detectedAt, source: path };
    if (isObj(item)) {
      const loc = isObj(item.location) ? item.location : undefined;
      const intro = loc?.commitDate ?? item.introducedAt;
      if (typeof intro === 'string' && !Number.isNaN(toMs(intro))) ev.introducedAt = intro;
      const key = item.fingerprint ?? item.path ?? loc?.path;
      if (typeof key === 'string') ev.key = key;
    } else if (typeof item === 'string') {
      ev.key = item; // diff-telemetry leakedFiles: paths
    }
    return ev;
  });
  return { path, kind: doc.kind, generatedAt: gen, events };
}

/** Reads and parses each path (relative to `baseDir`). Missing or malformed -> ResourceError (`reports`). */
export async function readLeakReports(paths: readonly string[], runTime: string, baseDir = '.'): Promise<LeakReport[]> {
  const out: LeakReport[] = [];
  for (const p of paths) {
    let text: string;
    try {
      text = await readFile(resolve(baseDir, p), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ResourceError({
        input: 'reports',
        problem: `${p}: cannot be read (${code === 'ENOENT' ? 'no such file' : (code ?? 'read error')})`,
        fix: 'run the action that writes the report earlier in the job, or fix the path (relative to the workspace)',
      });
    }
    out.push(parseLeakReport(text, p, runTime));
  }
  return out;
}
