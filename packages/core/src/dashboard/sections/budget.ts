// "CPU-hours against the budget": policy-audit's ci-budget figure per run as columns, the budget as a dashed line.
import type { BudgetPoint } from '../aggregate/budget.ts';
import { section, table } from '../html.ts';
import { renderColumnChart } from '../svg-columns.ts';
import { BLUE, RED } from './colors.ts';

function latestLine(p: BudgetPoint): string {
  return `latest ${p.cpuHours} h${p.budget === null ? '' : ` of ${p.budget} h`}`;
}

export function budgetSection(points: readonly BudgetPoint[]): string {
  if (!points.length) return section('budget', 'CI CPU-hours against the budget', null, 'No policy-audit ci-budget reports given (--reports), and no history run stored CPU-hours.');
  const newest = points[points.length - 1];
  // The newest budget as the line: the figure the next run is held to.
  const budget = [...points].reverse().find((p) => p.budget !== null)?.budget ?? null;
  const chart = renderColumnChart({
    id: 'cpu-hours',
    title: 'CI CPU-hours (policy-audit ci-budget)',
    headline: latestLine(newest),
    unit: 'h',
    yAxis: 'CPU-hours (h)',
    labels: points.map((p) => p.run.label),
    series: [{ name: 'used', color: BLUE, values: points.map((p) => p.cpuHours) }],
    ...(budget === null ? {} : { limit: { name: 'budget', value: budget, color: RED } }),
  });
  const rows = [...points].reverse().map((p) => {
    const over = p.budget !== null && p.cpuHours > p.budget;
    return [p.run.label, p.cpuHours, p.budget ?? '–', p.budget ? { text: `${Math.round((p.cpuHours / p.budget) * 100)} %`, cls: over ? 'bad' : '' } : '–', p.period];
  });
  return section('budget', 'CI CPU-hours against the budget', `<div class="row">\n${chart}\n${table('budget-table', ['Run', 'CPU-hours (h)', 'Budget (h)', 'Used', 'Budget period'], rows)}\n</div>`, '');
}
