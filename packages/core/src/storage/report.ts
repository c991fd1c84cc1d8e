// double-write's result for people and machines: the JSON report (with the fields diff-telemetry's risk
// coefficient counts: data.events, data.failed), the job summary, the CLI text and the failure line.
import { digestTag } from '../digest/sha256.ts';
import { buildJsonReport, type JsonReport } from '../report/json.ts';
import { SummaryBuilder, escapeCell } from '../report/summary.ts';
import type { DoubleWriteResult } from './run.ts';

export const DOUBLE_WRITE_REPORT_KIND = 'bulkhead.double-write';
export const DOUBLE_WRITE_REPORT_VERSION = '1.0.0';

export interface DoubleWriteEvent {
  store: string;
  url: string;
  path?: string;
  message: string;
  expected?: string;
  actual?: string;
}

export interface DoubleWriteReportData {
  mode: 'write' | 'restore';
  digest: string | null;
  bytes: number;
  files: number;
  keyId: string | null;
  servedFrom: string | null;
  stores: DoubleWriteResult['stores'];
  warnings: string[];
  /** One per store problem; counted by diff-telemetry as gate failures. */
  events: DoubleWriteEvent[];
  failed: boolean;
  passed: boolean;
}

export function doubleWriteEvents(r: DoubleWriteResult): DoubleWriteEvent[] {
  // In restore mode a store that failed but was covered by a later one is still worth knowing, and counted.
  return r.stores.flatMap((s) =>
    s.problems.map((p) => {
      const ev: DoubleWriteEvent = { store: s.role, url: s.url, message: p.message };
      if (p.file !== undefined) ev.path = p.file;
      if (p.expected !== undefined) ev.expected = p.expected;
      if (p.actual !== undefined) ev.actual = p.actual;
      return ev;
    }),
  );
}

export function buildDoubleWriteReport(r: DoubleWriteResult, opts: { version: string; generatedAt: string }): JsonReport<DoubleWriteReportData> {
  return buildJsonReport({
    kind: DOUBLE_WRITE_REPORT_KIND,
    schemaVersion: DOUBLE_WRITE_REPORT_VERSION,
    tool: { name: 'bulkhead', version: opts.version },
    generatedAt: opts.generatedAt,
    data: {
      mode: r.mode,
      digest: r.digest ? digestTag(r.digest) : null,
      bytes: r.bytes,
      files: r.files,
      keyId: r.keyId ?? null,
      servedFrom: r.servedFrom ?? null,
      stores: r.stores,
      warnings: r.warnings,
      events: doubleWriteEvents(r),
      failed: r.failed,
      passed: !r.failed,
    },
  });
}

/** The one line that fails the step: the first store that failed, its first problem, and how to go on. */
export function failureMessage(r: DoubleWriteResult): string | undefined {
  if (!r.failed) return undefined;
  const bad = r.stores.filter((s) => s.status === 'failed');
  const first = bad[0];
  const p = first?.problems[0];
  const more = bad.reduce((n, s) => n + s.problems.length, 0) - 1;
  const what = r.mode === 'write' ? 'double-write failed' : 'restore failed: no copy verified';
  const detail = first && p ? `${first.role} ${first.url}: ${p.message}` : 'no store could be used';
  const fix =
    r.mode === 'write'
      ? 'check the store named (space, permissions, reachability, a proxy altering data); nothing there is marked complete, and a re-run writes it again'
      : 'check the stores named; write the files again if every copy is lost or altered';
  return `${what}. ${detail}${more > 0 ? ` (+${more} more problems, see the report)` : ''}. Fix: ${fix}.`;
}

export function headline(r: DoubleWriteResult): string {
  const d = r.digest ? digestTag(r.digest) : 'no digest';
  if (r.mode === 'restore') return r.servedFrom ? `restored ${r.files} files (${r.bytes} bytes, ${d}) from the ${r.servedFrom}` : 'restore: no copy verified';
  const ok = r.stores.filter((s) => s.status === 'committed').length;
  return `wrote ${r.files} files (${r.bytes} bytes, ${d}) to ${ok} of ${r.stores.length} stores, each read back and verified`;
}

export function doubleWriteSummary(r: DoubleWriteResult): string {
  const b = new SummaryBuilder();
  b.heading(`Bulkhead double-write (${r.mode})`);
  b.paragraph(headline(r));
  b.table(
    ['Store', 'URL', 'Status', 'Problem'],
    r.stores.map((s) => [s.role, escapeCell(s.url), s.status, escapeCell(s.problems[0]?.message ?? (s.quarantine ? `altered copy kept under ${s.quarantine}` : ''))]),
  );
  for (const w of r.warnings) b.paragraph(`⚠️ ${escapeCell(w)}`);
  const problems = doubleWriteEvents(r);
  if (problems.length > 0) {
    b.table(
      ['Store', 'File', 'Problem'],
      problems.map((e) => [e.store, escapeCell(e.path ?? ''), escapeCell(e.message)]),
      { maxRows: 20 },
    );
  }
  return b.toString();
}

export function renderDoubleWriteText(r: DoubleWriteResult): string {
  const lines = [headline(r)];
  for (const s of r.stores) {
    lines.push(`  ${s.role.padEnd(10)} ${s.status.padEnd(9)} ${s.url}`);
    for (const p of s.problems.slice(0, 5)) lines.push(`      ${p.message}`);
    if (s.problems.length > 5) lines.push(`      …and ${s.problems.length - 5} more`);
    if (s.quarantine) lines.push(`      altered copy kept under ${s.quarantine}`);
  }
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  return `${lines.join('\n')}\n`;
}
