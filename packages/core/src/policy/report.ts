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
  s.heading(`${policyAuditFailed(r, failOn) ? '🔴' : '🟢'} Bulkhead policy-audit`, 2);
  s.paragraph(headline(r, failOn));
  if (r.findings.length) {
    const by = countBySeverity(r.findings);
    s.paragraph(SEVERITIES.slice().reverse().map((sev) => `**${sev}**: ${by[sev]}`).join(' · '));
    s.table(['Severity', 'Rule', 'Location', 'Finding'], r.findings.map((f) => [f.severity, f.ruleId, where(f), f.message]), { maxRows });
  }
  if (r.budget) {
    const b = r.budget;
    s.paragraph(`**CI budget**: ${b.cpuHours} of ${b.budget} CPU-hours (${Math.round(b.ratio * 100)} %) from ${b.start.slice(0, 10)} to ${b.end.slice(0, 10)}, ${b.runs} runs, ${b.jobs} jobs${b.failed ? ' — over budget, the step fails (fail-on-budget)' : ''}.`);
    const rows = Object.entries(b.byRunner).sort((x, y) => y[1] - x[1]);
    if (rows.length) s.table(['Runner', 'CPU-hours'], rows.map(([k, v]) => [k, String(v)]), { maxRows: 20 });
  }
  if (r.ai?.files.length) s.details(`${r.ai.files.length} AI-touched files (ai-files)`, r.ai.files.slice(0, 200).map((p) => `- \`${p.replace(/`/g, "'")}\``).join('\n'));
  if (r.notes.length) s.details('Notes', r.notes.map((n) => `- ${n}`).join('\n'));
  return s.toString();
}

export function policyAuditAnnotations(r: PolicyAuditResult, failOn: FailOn): Annotation[] {
  const failing = new Set(failingFindings(r.findings, failOn));
  return capAnnotations(
    r.findings.map((f) => ({
      // The budget's 80 % mark is a warning although its finding is low (it must not trip fail-on: low alone).
      level: failing.has(f) || (f.ruleId === 'ci-budget/over-budget' && r.budget?.failed) ? 'error' : f.severity === 'low' && !f.ruleId.startsWith('ci-budget/') ? 'notice' : 'warning',
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
  budget: PolicyAuditResult['budget'] | null;
  /** ci-budget's CPU-hours of the period (null when it did not run): the figure diff-telemetry's history can take. */
  cpuHours: number | null;
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
      budget: r.budget ?? null,
      cpuHours: r.budget?.cpuHours ?? null,
      notes: r.notes,
    },
  });
}

export function policyAuditText(r: PolicyAuditResult, failOn: FailOn): string {
  const lines = r.findings.map((f) => `${f.severity.toUpperCase().padEnd(8)} ${f.ruleId.padEnd(28)} ${where(f)}  ${f.message}`);
  const budget = r.budget ? [`ci-budget: ${r.budget.cpuHours} of ${r.budget.budget} CPU-hours since ${r.budget.start}${r.budget.failed ? ' (over budget)' : ''}`] : [];
  return [...lines, ...budget, headline(r, failOn)].join('\n') + '\n';
}

/** The verdict: findings at or above fail-on, or an exceeded budget with fail-on-budget. */
export function policyAuditFailed(r: PolicyAuditResult, failOn: FailOn): boolean {
  return failingFindings(r.findings, failOn).length > 0 || r.budget?.failed === true;
}

/** The ai-files output: one path per line, relative to the audited root. */
export function aiFilesText(r: PolicyAuditResult): string {
  return (r.ai?.files ?? []).map((p) => `${p}\n`).join('');
}
