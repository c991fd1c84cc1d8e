// "Policy findings": counts by severity over runs, and the findings of the newest run.
import type { SeverityRun } from '../aggregate/severity.ts';
import { escapeHtml } from '../escape.ts';
import { section, table } from '../html.ts';
import { isObj, type Json, type KitReport } from '../types.ts';
import { severityChart, severityTable } from './severity.ts';

function where(f: Json): string {
  const loc = isObj(f.location) ? f.location : {};
  return `${typeof loc.path === 'string' ? loc.path : ''}${typeof loc.line === 'number' ? `:${loc.line}` : ''}`;
}

export function policySection(runs: readonly SeverityRun[], newest: KitReport | undefined, newestLabel: string): string {
  if (!runs.length || !newest) return section('policy', 'Policy findings', null, 'No policy-audit reports given (--reports).');
  const findings = (newest.data.findings as unknown[]).filter(isObj);
  const list = findings.length
    ? table('policy-findings', ['Severity', 'Rule', 'Location', 'Finding'], findings.slice(0, 100).map((f) => [String(f.severity ?? ''), String(f.ruleId ?? ''), where(f), String(f.message ?? '')]))
    : '<p class="none">No findings in the newest run.</p>';
  return section(
    'policy',
    'Policy findings',
    `<div class="row">\n${severityChart('policy', 'Policy findings by severity', runs)}\n${severityTable('policy-table', runs)}\n</div>\n<h3>Newest run: ${escapeHtml(newestLabel)}${findings.length > 100 ? ` (first 100 of ${findings.length})` : ''}</h3>\n${list}`,
    '',
  );
}
