// Findings by severity over runs (secret-scan, policy-audit): stacked columns per run and a table of the counts.
import { SEVERITIES } from '../../report/types.ts';
import type { SeverityRun } from '../aggregate/severity.ts';
import { table } from '../html.ts';
import { renderColumnChart } from '../svg-columns.ts';
import { SEVERITY_COLOR } from './colors.ts';

const ORDER = SEVERITIES.slice().reverse(); // critical first

export function severityChart(id: string, title: string, runs: readonly SeverityRun[]): string {
  return renderColumnChart({
    id,
    title,
    unit: 'findings',
    yAxis: 'findings (count)',
    labels: runs.map((r) => r.run.label),
    headline: runs.length ? `latest ${runs[runs.length - 1].total} findings` : '',
    // Stacked low at the bottom, critical on top.
    series: SEVERITIES.map((sev) => ({ name: sev, color: SEVERITY_COLOR[sev], values: runs.map((r) => r.counts[sev]) })),
  });
}

export function severityTable(testId: string, runs: readonly SeverityRun[]): string {
  return table(
    testId,
    ['Run', 'Time', ...ORDER.map((s) => s[0].toUpperCase() + s.slice(1)), 'Total'],
    [...runs].reverse().map((r) => [r.run.label, r.run.time.slice(0, 16).replace('T', ' '), ...ORDER.map((s) => r.counts[s]), r.total]),
  );
}
