// "CPU-hours against the budget": policy-audit's ci-budget figure per run, the budget as a dashed line.
import type { BudgetPoint } from '../aggregate/budget.ts';
import { section, table } from '../html.ts';
import { renderLineChart } from '../svg-chart.ts';
import { BLUE, RED } from './colors.ts';

function latestLine(p: BudgetPoint): string {
  return `latest ${p.cpuHours} h${p.budget === null ? '' : ` of ${p.budget} h`}`;
}

export function budgetSection(points: readonly BudgetPoint[]): string {
  if (!points.length) return section('budget', 'CI CPU-hours against the budget', null, 'No policy-audit ci-budget reports given (--reports), and no history run stored CPU-hours.');
  const hasBudget = points.some((p) => p.budget !== null);
  const chart = renderLineChart({
    id: 'cpu-hours',
    title: 'CI CPU-hours (policy-audit ci-budget)',
    unit: 'h',
    yAxis: 'CPU-hours (h)',
    labels: points.map((p) => p.run.label),
    headline: latestLine(points[points.length - 1]),
    series: [
      { name: 'used', color: BLUE, values: points.map((p) => p.cpuHours) },
      ...(hasBudget ? [{ name: 'budget', color: RED, dashed: true, values: points.map((p) => p.budget) }] : []),
    ],
  });
  const rows = [...points].reverse().map((p) => {
    const over = p.budget !== null && p.cpuHours > p.budget;
    return [p.run.label, p.cpuHours, p.budget ?? '–', p.budget ? { text: `${Math.round((p.cpuHours / p.budget) * 100)} %`, cls: over ? 'bad' : '' } : '–', p.period];
  });
  return section('budget', 'CI CPU-hours against the budget', `${chart}\n${table('budget-table', ['Run', 'CPU-hours (h)', 'Budget (h)', 'Used', 'Budget period'], rows)}`, '');
}
