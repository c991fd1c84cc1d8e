// The gate's result as a JSON report (envelope kind `bulkhead.oauth-signature-gate`; `data.events` and
// `data.passed` are what diff-telemetry's risk coefficient counts), a job summary and terminal text.
import { buildJsonReport, SummaryBuilder, escapeCell, type JsonReport } from '../report/index.ts';
import { BULKHEAD_VERSION } from '../version.ts';
import type { GateResult } from './run.ts';

export const GATE_REPORT_VERSION = '1';

export interface GateReportData {
  passed: boolean;
  /** Gate failures (0 or 1): a leak event of kind `gate-failure` for diff-telemetry. */
  events: number;
  digest: string;
  artifact: { kind: 'file' | 'manifest'; files: number; bytes: number; manifest?: string };
  reason: string;
  approval: GateResult['approval'] | null;
  checks: GateResult['checks'];
  sources: GateResult['sources'];
  polls: GateResult['polls'];
  durationMs: number;
}

export function gateJson(r: GateResult, generatedAt: string): JsonReport<GateReportData> {
  return buildJsonReport({
    kind: 'bulkhead.oauth-signature-gate',
    schemaVersion: GATE_REPORT_VERSION,
    tool: { name: 'bulkhead', version: BULKHEAD_VERSION },
    generatedAt,
    data: {
      passed: r.approved,
      events: r.approved ? 0 : 1,
      digest: r.artifact.digest,
      artifact: { kind: r.artifact.kind, files: r.artifact.files, bytes: r.artifact.bytes, manifest: r.artifact.manifest?.text },
      reason: r.reason,
      approval: r.approval ?? null,
      checks: r.checks,
      sources: r.sources,
      polls: r.polls,
      durationMs: r.durationMs,
    },
  });
}

/** The step's outputs. */
export function gateOutputs(r: GateResult): Record<string, string> {
  return {
    digest: r.artifact.digest,
    approved: String(r.approved),
    subject: r.approved ? r.approval?.sub ?? r.approval?.clientId ?? '' : '',
    'expires-at': r.approved ? r.approval?.expiresAt ?? '' : '',
  };
}

export function gateHeadline(r: GateResult): string {
  return r.approved ? `oauth-signature-gate: open — ${r.artifact.digest} ${r.reason}` : `oauth-signature-gate: closed — ${r.reason}`;
}

export function gateSummary(r: GateResult): string {
  const s = new SummaryBuilder();
  s.heading(`oauth-signature-gate: ${r.approved ? 'open' : 'closed'}`);
  s.paragraph(r.approved ? `Approved: ${escapeCell(r.reason)}.` : `Closed: ${escapeCell(r.reason)}.${r.fix ? ` Fix: ${escapeCell(r.fix)}` : ''}`);
  const a = r.approval;
  const rows: string[][] = [
    ['artifact digest', r.artifact.digest],
    ['computed from', r.artifact.kind === 'file' ? `one file, ${r.artifact.bytes} bytes` : `manifest of ${r.artifact.files} files, ${r.artifact.bytes} bytes`],
  ];
  if (a) rows.push(['approved by (client_id)', a.clientId ?? '—'], ['approved by (sub)', a.sub ?? '—'], ['issuer', a.iss ?? '—'], ['approval expires', a.expiresAt ?? '—']);
  rows.push(['polls', String(r.polls.length)]);
  s.table(['', 'value'], rows);
  if (r.checks.length > 0 || r.sources.length > 0) {
    s.table(['check', 'result', 'detail'], [...r.sources, ...r.checks].map((c) => [c.name, c.ok ? 'pass' : 'FAIL', c.detail]));
  }
  if (r.polls.length > 1) s.details(`${r.polls.length} polls`, r.polls.map((p) => `- ${p.at}: ${p.approved ? 'approved' : p.outcome}`).join('\n'));
  if (r.artifact.manifest) s.details(`manifest (${r.artifact.files} files, sha256sum format)`, `\`\`\`\n${r.artifact.manifest.text}\`\`\``);
  return s.toString();
}

export function gateText(r: GateResult): string {
  const lines = [gateHeadline(r)];
  lines.push(`  digest: ${r.artifact.digest} (${r.artifact.kind === 'file' ? 'file' : `manifest of ${r.artifact.files} files`})`);
  for (const c of [...r.sources, ...r.checks]) lines.push(`  ${c.ok ? 'pass' : 'FAIL'} ${c.name}: ${c.detail}`);
  if (!r.approved && r.fix) lines.push(`  fix: ${r.fix}`);
  return `${lines.join('\n')}\n`;
}
