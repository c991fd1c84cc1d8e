// "Secret findings by severity": counts only; the findings themselves stay in the (redacted) reports.
import type { SeverityRun } from '../aggregate/severity.ts';
import { section } from '../html.ts';
import { severityChart, severityTable } from './severity.ts';

export function secretsSection(runs: readonly SeverityRun[]): string {
  const body = runs.length ? `<div class="row">\n${severityChart('secrets', 'Secret findings by severity', runs)}\n${severityTable('secrets-table', runs)}\n</div>` : null;
  return section('secrets', 'Secret findings by severity', body, 'No secret-scan reports given (--reports).');
}
