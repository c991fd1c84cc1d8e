// One report file's text -> a KitReport, or a note saying why it was skipped. Only the fields the
// dashboard reads are checked, with the shapes each action's report code writes (packages/core/src/*/report.ts).
import type { ReportRun } from '../../report/run.ts';
import { isObj, KIT_KINDS, type KitKind, type KitReport } from '../types.ts';

const isList = (v: unknown): v is unknown[] => Array.isArray(v);
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';

/** Per kind: the data fields the dashboard reads and the check each must pass. */
const REQUIRED: Record<KitKind, Record<string, [(v: unknown) => boolean, string]>> = {
  'secret-scan': { findings: [isList, 'a list'] },
  'diff-telemetry': { leakedFiles: [isList, 'a list'] },
  'oauth-signature-gate': { passed: [isBool, 'true or false'] },
  'double-write': { stores: [isList, 'a list'], failed: [isBool, 'true or false'] },
  'egress-gate': { blocked: [isList, 'a list'] },
  'policy-audit': { findings: [isList, 'a list'], budget: [(v) => v === null || v === undefined || isObj(v), 'an object or null'] },
};

function runOf(v: unknown): ReportRun | undefined {
  if (!isObj(v) || typeof v.workflow !== 'string' || v.workflow === '' || typeof v.number !== 'number' || !Number.isSafeInteger(v.number)) return undefined;
  const run: ReportRun = { workflow: v.workflow, number: v.number };
  if (typeof v.attempt === 'number' && Number.isSafeInteger(v.attempt)) run.attempt = v.attempt;
  if (typeof v.id === 'string') run.id = v.id;
  if (typeof v.repository === 'string') run.repository = v.repository;
  return run;
}

export type ParsedEnvelope = { report: KitReport } | { note: string };

export function parseKitReport(text: string, source: string): ParsedEnvelope {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { note: `${source}: not valid JSON (truncated download?); skipped` };
  }
  if (!isObj(doc) || typeof doc.kind !== 'string' || !isObj(doc.data)) return { note: `${source}: not a Bulkhead report envelope ({kind, schemaVersion, generatedAt, data}); skipped` };
  const kind = doc.kind.replace(/^bulkhead\./, '') as KitKind;
  if (!KIT_KINDS.includes(kind)) return { note: `${source}: report kind "${doc.kind}" is not one the dashboard reads (${KIT_KINDS.join(', ')}); skipped` };
  const version = typeof doc.schemaVersion === 'string' ? doc.schemaVersion : '';
  if (!/^1(\.|$)/.test(version)) return { note: `${source}: ${kind} report schemaVersion "${version}" is not 1.x, which this dashboard reads; skipped` };
  if (typeof doc.generatedAt !== 'string' || Number.isNaN(Date.parse(doc.generatedAt))) return { note: `${source}: generatedAt is not an ISO time; skipped` };
  for (const [field, [ok, what]] of Object.entries(REQUIRED[kind])) {
    if (!ok(doc.data[field])) return { note: `${source}: ${kind} report's data.${field} is not ${what}; skipped` };
  }
  const report: KitReport = { source, kind, generatedAt: doc.generatedAt, data: doc.data };
  const run = runOf(doc.run);
  if (run) report.run = run;
  return { report };
}
