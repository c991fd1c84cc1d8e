// policy-audit's result for each audience: job summary, annotations, SARIF, JSON, terminal text.
import { capAnnotations } from '../report/annotations.ts';
import { buildJsonReport, type JsonReport } from '../report/json.ts';
import { buildSarif } from '../report/sarif.ts';
import type { SarifLog } from '../report/sarif-types.ts';
import { countBySeverity, failingFindings, type FailOn } from '../report/severity.ts';
import { SummaryBuilder } from '../report/summary.ts';
import { SEVERITIES, type Annotation, type Finding } from '../report/types.ts';
import { BULKHEAD_URI, BULKHEAD_VERSION } from '../version.ts';
import type { PolicyAuditResult } from './types.ts';

export const POLICY_REPORT_KIND = 'bulkhead.policy-audit';
export const POLICY_REPORT_VERSION = '1.0';

function where(f: Finding): string {
  return `${f.location.path}${f.location.line ? `:${f.location.line}` : ''}`;
}

function headline(r: PolicyAuditResult, failOn: FailOn): string {
  const failing = failingFindings(r.findings, failOn).length;
  const n = r.findings.length;
  const found = n === 0 ? 'no findings' : `${n} finding${n === 1 ? '' : 's'} (${failing} at or above fail-on '${failOn}')`;
  return `Checks ${r.checks.join(', ')}: ${found}.`;
}

export function policyAuditSummary(r: PolicyAuditResult, failOn: FailOn, maxRows = 200): string {
  const s = new SummaryBuilder();
  const failing = failingFindings(r.findings, failOn).length;
  s.heading(`${failing ? '🔴' : '🟢'} Bulkhead policy-audit`, 2);
  s.paragraph(headline(r, failOn));
  if (r.findings.length) {
    const by = countBySeverity(r.findings);
    s.paragraph(SEVERITIES.slice().reverse().map((sev) => `**${sev}**: ${by[sev]}`).join(' · '));
    s.table(['Severity', 'Rule', 'Location', 'Finding'], r.findings.map((f) => [f.severity, f.ruleId, where(f), f.message]), { maxRows });
  }
  if (r.ai?.files.length) s.details(`${r.ai.files.length} AI-touched files (ai-files)`, r.ai.files.slice(0, 200).map((p) => `- \`${p.replace(/`/g, "'")}\``).join('\n'));
  if (r.notes.length) s.details('Notes', r.notes.map((n) => `- ${n}`).join('\n'));
  return s.toString();
}

export function policyAuditAnnotations(r: PolicyAuditResult, failOn: FailOn): Annotation[] {
  const failing = new Set(failingFindings(r.findings, failOn));
  return capAnnotations(
    r.findings.map((f) => ({
      level: failing.has(f) ? 'error' : f.severity === 'low' ? 'notice' : 'warning',
      title: `Policy: ${f.ruleId}`,
      message: f.message,
      file: f.location.path,
      startLine: f.location.line,
      endLine: f.location.line,
    })),
  );
}

export function policyAuditSarif(r: PolicyAuditResult): SarifLog {
  return buildSarif({ toolVersion: BULKHEAD_VERSION, informationUri: BULKHEAD_URI, rules: r.rules, findings: r.findings });
}

export interface PolicyReportData {
  checks: PolicyAuditResult['checks'];
  findings: Finding[];
  failOn: FailOn;
  failing: number;
  drift: PolicyAuditResult['drift'] | null;
  ai: PolicyAuditResult['ai'] | null;
  submodules: PolicyAuditResult['submodules'] | null;
  notes: string[];
}

export function policyAuditJson(r: PolicyAuditResult, failOn: FailOn, generatedAt: string): JsonReport<PolicyReportData> {
  return buildJsonReport({
    kind: POLICY_REPORT_KIND,
    schemaVersion: POLICY_REPORT_VERSION,
    tool: { name: 'bulkhead', version: BULKHEAD_VERSION },
    generatedAt,
    data: {
      checks: r.checks,
      findings: r.findings,
      failOn,
      failing: failingFindings(r.findings, failOn).length,
      drift: r.drift ?? null,
      ai: r.ai ?? null,
      submodules: r.submodules ?? null,
      notes: r.notes,
    },
  });
}

export function policyAuditText(r: PolicyAuditResult, failOn: FailOn): string {
  const lines = r.findings.map((f) => `${f.severity.toUpperCase().padEnd(8)} ${f.ruleId.padEnd(28)} ${where(f)}  ${f.message}`);
  return [...lines, headline(r, failOn)].join('\n') + '\n';
}

/** The ai-files output: one path per line, relative to the audited root. */
export function aiFilesText(r: PolicyAuditResult): string {
  return (r.ai?.files ?? []).map((p) => `${p}\n`).join('');
}
