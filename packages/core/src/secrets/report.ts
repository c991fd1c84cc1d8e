// secret-scan's result rendered for each audience: job summary, annotations, SARIF, JSON, terminal text.
// All of these are built from Finding, which carries only the redacted value.
import { isAbsolute } from 'node:path';
import type { Annotation, Finding } from '../report/types.ts';
import { SEVERITIES } from '../report/types.ts';
import { SummaryBuilder } from '../report/summary.ts';
import { capAnnotations } from '../report/annotations.ts';
import { buildSarif } from '../report/sarif.ts';
import type { SarifLog } from '../report/sarif-types.ts';
import { buildJsonReport, type JsonReport } from '../report/json.ts';
import { BULKHEAD_URI, BULKHEAD_VERSION } from '../version.ts';
import { describeTarget } from '../git/describe.ts';

// Shared with policy-audit; re-exported where secret-scan's callers found it.
export { describeTarget };
import { countBySeverity, failingFindings, type FailOn, type SecretScanResult } from './result.ts';

export const SECRET_REPORT_KIND = 'bulkhead.secret-scan';
export const SECRET_REPORT_VERSION = '1.0';

function where(f: Finding): string {
  const l = f.location;
  return `${l.path}${l.line ? `:${l.line}` : ''}${l.column ? `:${l.column}` : ''}`;
}

function headline(result: SecretScanResult, failOn: FailOn): string {
  const n = result.findings.length;
  const failing = failingFindings(result.findings, failOn).length;
  const sup = result.suppressed;
  const suppressed = sup.inline + sup.ignored + sup.baselined + sup.allowed;
  const what = `Scanned ${describeTarget(result.target)}: ${result.stats.files} files, ${result.stats.commits} commits, ${result.stats.archives} archives`;
  const found = n === 0 ? 'no findings' : `${n} finding${n === 1 ? '' : 's'} (${failing} at or above fail-on '${failOn}')`;
  return `${what}; ${found}${suppressed ? `; ${suppressed} suppressed (${sup.baselined} baseline, ${sup.ignored} ignore file, ${sup.allowed} allow-list, ${sup.inline} inline)` : ''}.`;
}

export function secretScanSummary(result: SecretScanResult, failOn: FailOn, maxRows = 200): string {
  const s = new SummaryBuilder();
  const failing = failingFindings(result.findings, failOn).length;
  s.heading(`${failing ? '🔴' : '🟢'} Bulkhead secret-scan`, 2);
  s.paragraph(headline(result, failOn));
  if (result.findings.length) {
    const by = countBySeverity(result.findings);
    s.paragraph(SEVERITIES.slice().reverse().map((sev) => `**${sev}**: ${by[sev]}`).join(' · '));
    s.table(
      ['Severity', 'Rule', 'Location', 'Commit', 'Value', 'Confidence'],
      result.findings.map((f) => [
        f.severity,
        f.ruleId,
        where(f),
        f.location.commit ? f.location.commit.slice(0, 12) : '',
        f.redacted ?? '',
        f.confidence === undefined ? '' : f.confidence.toFixed(2),
      ]),
      { maxRows },
    );
    s.paragraph('Rotate every exposed credential first: removing it from the code does not remove it from history. Accepted findings go in a baseline (`bulkhead secret-scan --write-baseline`).');
  }
  if (result.skipped.length) s.details(`${result.skipped.length} files skipped`, result.skipped.slice(0, 50).map((k) => `- \`${k.path.replace(/`/g, "'")}\`: ${k.reason}`).join('\n'));
  return s.toString();
}

export function secretScanAnnotations(result: SecretScanResult, failOn: FailOn): Annotation[] {
  const failing = new Set(failingFindings(result.findings, failOn));
  const list: Annotation[] = result.findings
    // Archive entries and artifacts outside the checkout have no line in the repository to annotate.
    .filter((f) => !f.location.path.includes('!/') && !isAbsolute(f.location.path))
    .map((f) => ({
      level: failing.has(f) ? 'error' : 'warning',
      title: `Secret: ${f.ruleId}`,
      message: `${f.message}${f.location.commit ? ` (commit ${f.location.commit.slice(0, 12)})` : ''}`,
      file: f.location.path,
      startLine: f.location.line,
      endLine: f.location.line,
      startColumn: f.location.column,
      endColumn: f.location.endColumn,
    }));
  const orphans = result.findings.length - list.length;
  if (orphans > 0) list.push({ level: 'warning', message: `${orphans} findings inside build artifacts or outside the checkout: see the job summary or report file.` });
  return capAnnotations(list);
}

export function secretScanSarif(result: SecretScanResult): SarifLog {
  return buildSarif({ toolVersion: BULKHEAD_VERSION, informationUri: BULKHEAD_URI, rules: result.rules, findings: result.findings });
}

export interface SecretReportData {
  target: string;
  findings: SecretScanResult['findings'];
  suppressed: SecretScanResult['suppressed'];
  stats: SecretScanResult['stats'];
  skipped: SecretScanResult['skipped'];
  failOn: FailOn;
  failing: number;
}

export function secretScanJson(result: SecretScanResult, failOn: FailOn, generatedAt: string): JsonReport<SecretReportData> {
  return buildJsonReport({
    kind: SECRET_REPORT_KIND,
    schemaVersion: SECRET_REPORT_VERSION,
    tool: { name: 'bulkhead', version: BULKHEAD_VERSION },
    generatedAt,
    data: {
      target: describeTarget(result.target),
      findings: result.findings,
      suppressed: result.suppressed,
      stats: result.stats,
      skipped: result.skipped,
      failOn,
      failing: failingFindings(result.findings, failOn).length,
    },
  });
}

export function secretScanText(result: SecretScanResult, failOn: FailOn): string {
  const lines = result.findings.map(
    (f) => `${f.severity.toUpperCase().padEnd(8)} ${f.ruleId}  ${where(f)}${f.location.commit ? `  @${f.location.commit.slice(0, 12)}` : ''}  ${f.redacted ?? ''}`,
  );
  return [...lines, headline(result, failOn)].join('\n') + '\n';
}
