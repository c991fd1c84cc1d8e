// Turn a run's result into what people read: JSON report data, job summary, annotations, CLI text.
// Pure functions; the action and the CLI do the writing.
import { capAnnotations } from '../report/annotations.ts';
import { buildJsonReport, type JsonReport } from '../report/json.ts';
import { SummaryBuilder } from '../report/summary.ts';
import type { Annotation } from '../report/types.ts';
import { formatBytes } from '../options/bytes.ts';
import type { DiffAlert, DiffMeasurement, DiffRunResult, DiffTotals, FileChange } from './measure-types.ts';
import { FILE_CLASSES } from './measure-types.ts';

export const DIFF_REPORT_KIND = 'bulkhead.diff-telemetry';
export const DIFF_REPORT_VERSION = '1.0.0';
export const LARGEST_SHOWN = 20;

export interface DiffReportData {
  range: DiffMeasurement['range'];
  totals: DiffTotals;
  counted: DiffTotals;
  excludedClasses: DiffMeasurement['excludedClasses'];
  byClass: DiffMeasurement['byClass'];
  leakedFiles: string[];
  alert: boolean;
  failed: boolean;
  bypassedBy: string | null;
  alerts: DiffAlert[];
  files: FileChange[];
  commits: DiffMeasurement['commits'];
  commitsOmitted: number;
  firstCommitDate: string | null;
  lastCommitDate: string | null;
  elapsedMs: number;
  /** The metrics part (schema/diff-telemetry-report.v1.json), when computed. */
  metrics?: unknown;
}

export function buildDiffReport(r: DiffRunResult, opts: { generatedAt: string; version: string; metrics?: unknown }): JsonReport<DiffReportData> {
  const m = r.measurement;
  const data: DiffReportData = {
    range: m.range,
    totals: m.totals,
    counted: m.counted,
    excludedClasses: m.excludedClasses,
    byClass: m.byClass,
    leakedFiles: m.leakedFiles,
    alert: r.verdict.alert,
    failed: r.verdict.failed,
    bypassedBy: r.verdict.bypassedBy ?? null,
    alerts: r.verdict.alerts,
    files: m.files,
    commits: m.commits,
    commitsOmitted: m.commitsOmitted,
    firstCommitDate: m.firstCommitDate ?? null,
    lastCommitDate: m.lastCommitDate ?? null,
    elapsedMs: m.elapsedMs,
  };
  if (opts.metrics !== undefined) data.metrics = opts.metrics;
  return buildJsonReport({ kind: DIFF_REPORT_KIND, schemaVersion: DIFF_REPORT_VERSION, tool: { name: 'bulkhead', version: opts.version }, generatedAt: opts.generatedAt, data });
}

/** One line for the log / CLI. */
export function headline(r: DiffRunResult): string {
  const m = r.measurement;
  if (m.range.kind === 'none') return `diff-telemetry: nothing to measure (${m.range.note ?? 'no range'})`;
  const c = m.counted;
  const state = r.verdict.failed ? 'FAILED' : r.verdict.alert ? (r.verdict.bypassedBy ? `alert (bypassed by ${r.verdict.bypassedBy})` : 'alert') : 'ok';
  return `diff-telemetry: ${formatBytes(c.diffBytes)} in ${c.filesChanged} counted files (${m.totals.filesChanged} in all), ${c.binaryFiles} binaries ${formatBytes(c.binaryBytes)}, ${m.leakedFiles.length} leaked files: ${state}`;
}

export function diffAnnotations(r: DiffRunResult): Annotation[] {
  const level = r.verdict.failed ? 'error' : 'warning';
  const list: Annotation[] = r.verdict.alerts.map((a) => ({
    level,
    title: `diff-telemetry: ${a.threshold}`,
    message: a.message + (r.verdict.bypassedBy ? ` (failure bypassed by ${r.verdict.bypassedBy})` : ''),
    ...(a.path ? { file: a.path } : {}),
  }));
  for (const p of r.measurement.leakedFiles) {
    list.push({ level: 'warning', title: 'diff-telemetry: leak-pattern file', message: `${p} matches leak-patterns: it should not be committed`, file: p });
  }
  return capAnnotations(list);
}

const totalsRows = (a: DiffTotals, b: DiffTotals): string[][] => [
  ['Diff bytes (patch + binaries)', formatBytes(b.diffBytes), formatBytes(a.diffBytes)],
  ['Patch bytes', formatBytes(b.patchBytes), formatBytes(a.patchBytes)],
  ['Blob bytes added', formatBytes(b.blobBytesAdded), formatBytes(a.blobBytesAdded)],
  ['Files changed', `${b.filesChanged}`, `${a.filesChanged}`],
  ['Added / deleted / renamed', `${b.filesAdded} / ${b.filesDeleted} / ${b.filesRenamed}`, `${a.filesAdded} / ${a.filesDeleted} / ${a.filesRenamed}`],
  ['Lines + / −', `${b.linesAdded} / ${b.linesDeleted}`, `${a.linesAdded} / ${a.linesDeleted}`],
  ['Binary files (bytes)', `${b.binaryFiles} (${formatBytes(b.binaryBytes)})`, `${a.binaryFiles} (${formatBytes(a.binaryBytes)})`],
];

/** The job summary (kept under the 1 MiB step cap by SummaryBuilder). `extra` is appended markdown (metrics, trend). */
export function renderDiffSummary(r: DiffRunResult, extra: readonly string[] = []): string {
  const m = r.measurement;
  const s = new SummaryBuilder();
  s.heading('Bulkhead diff-telemetry');
  if (m.range.kind === 'none') {
    s.paragraph(`Nothing to measure: ${m.range.note ?? 'no commit range'}.`);
  } else {
    const range = `\`${m.range.base?.slice(0, 12)}..${m.range.head?.slice(0, 12)}\`, ${m.range.commitCount} commits`;
    s.paragraph(`${verdictLine(r)}  \nRange ${range}${m.range.note ? ` (${m.range.note})` : ''}. Excluded from the counted totals: ${m.excludedClasses.length ? m.excludedClasses.join(', ') : 'nothing'}${m.byClass.excluded.files ? ' and the exclude globs' : ''}.`);
    s.table(['', 'Counted', 'All files'], totalsRows(m.totals, m.counted));
    if (r.verdict.alerts.length) {
      s.heading('Alerts', 3);
      s.table(['Threshold', 'Limit', 'Actual', 'Detail'], r.verdict.alerts.map((a) => [a.threshold, a.threshold === 'max-files' ? `${a.limit}` : formatBytes(a.limit), a.threshold === 'max-files' ? `${a.actual}` : formatBytes(a.actual), a.message]), { maxRows: 20 });
    }
    if (m.leakedFiles.length) {
      s.heading(`Leak-pattern files (${m.leakedFiles.length})`, 3);
      s.table(['Path'], m.leakedFiles.map((p) => [p]), { maxRows: 20 });
    }
    const classes = FILE_CLASSES.filter((c) => m.byClass[c].files > 0);
    if (classes.length) s.table(['Class', 'Files', 'Bytes', 'Counted'], classes.map((c) => [c, `${m.byClass[c].files}`, formatBytes(m.byClass[c].bytes), m.excludedClasses.includes(c) || c === 'excluded' ? 'no' : 'yes']));
    if (m.files.length) {
      s.heading('Largest files', 3);
      // Only the rows shown are formatted; the rest only count toward "…and N more" (20,000 files cost ~0.2 s).
      const notShown: string[] = [];
      s.table(['Path', 'Status', 'Bytes', 'Lines + / −', 'Classes'], m.files.map((f, i) => (i < LARGEST_SHOWN ? fileRow(f) : notShown)), {
        maxRows: LARGEST_SHOWN,
        moreLabel: (n) => `…and ${n} more files (see the report file).`,
      });
    }
  }
  for (const block of extra) if (block) s.raw(block.endsWith('\n\n') ? block : `${block}\n\n`);
  return s.toString();
}

function fileRow(f: FileChange): string[] {
  const path = f.oldPath ? `${f.oldPath} → ${f.path}` : f.path;
  return [path, f.status, formatBytes(f.diffBytes), f.binary ? 'binary' : `${f.linesAdded} / ${f.linesDeleted}`, f.classes.join(', ')];
}

function verdictLine(r: DiffRunResult): string {
  if (!r.verdict.alert) return '**No size alert.**';
  const n = r.verdict.alerts.length;
  if (r.verdict.failed) return `**${n} alert${n > 1 ? 's' : ''}: the step fails** (fail-on-alert).`;
  if (r.verdict.bypassedBy) return `**${n} alert${n > 1 ? 's' : ''}**, reported as a warning: the failure was bypassed by ${r.verdict.bypassedBy}.`;
  return `**${n} alert${n > 1 ? 's' : ''}** (a warning; set fail-on-alert to fail the step).`;
}

/** Plain text for `bulkhead diff-telemetry --format text`. */
export function renderDiffText(r: DiffRunResult): string {
  const m = r.measurement;
  const lines = [headline(r)];
  if (m.range.kind !== 'none') {
    lines.push(`range ${m.range.base}..${m.range.head} (${m.range.commitCount} commits)${m.range.note ? `: ${m.range.note}` : ''}`);
    for (const [name, counted, all] of totalsRows(m.totals, m.counted)) lines.push(`  ${name.padEnd(30)} ${counted.padStart(20)}   (all: ${all})`);
    for (const a of r.verdict.alerts) lines.push(`${r.verdict.failed ? 'error' : 'warning'}: ${a.message}`);
    if (r.verdict.bypassedBy) lines.push(`failure bypassed by ${r.verdict.bypassedBy}`);
    for (const p of m.leakedFiles) lines.push(`leak-pattern file: ${p}`);
    if (m.files.length) {
      lines.push('largest files:');
      for (const f of m.files.slice(0, LARGEST_SHOWN)) lines.push(`  ${formatBytes(f.diffBytes).padStart(10)}  ${f.status.padEnd(8)} ${f.oldPath ? `${f.oldPath} -> ` : ''}${f.path}${f.classes.length ? `  [${f.classes.join(', ')}]` : ''}`);
      if (m.files.length > LARGEST_SHOWN) lines.push(`  …and ${m.files.length - LARGEST_SHOWN} more`);
    }
  }
  return lines.join('\n') + '\n';
}
