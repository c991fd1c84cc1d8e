// "Blocked egress destinations": bars of the most refused destinations, and the full table.
import type { DestinationRow, EgressRun } from '../aggregate/egress.ts';
import { section, table } from '../html.ts';
import { renderBarChart } from '../svg-bars.ts';
import { renderColumnChart } from '../svg-columns.ts';
import { AMBER, RED } from './colors.ts';

const TOP = 15;

export function egressSection(rows: readonly DestinationRow[], perRun: readonly EgressRun[]): string {
  const reportCount = perRun.length;
  if (reportCount === 0) return section('egress', 'Blocked egress destinations', null, 'No egress-gate reports given (--reports).');
  if (rows.length === 0) return section('egress', 'Blocked egress destinations', `<p class="none">${reportCount} run(s) with egress-gate reports: nothing blocked.</p>`, '');
  const name = (r: DestinationRow) => `${r.destination}${r.port ? ` ${r.port}` : ''}`;
  const chart = renderBarChart({
    id: 'egress',
    title: `Blocked egress destinations (top ${Math.min(TOP, rows.length)} of ${rows.length})`,
    xAxis: 'attempts (packets for connections, queries for DNS names)',
    yAxis: 'destination',
    bars: rows.slice(0, TOP).map((r) => ({
      label: name(r),
      value: r.blocked + r.audited,
      color: r.blocked ? RED : AMBER,
      tip: `${name(r)}: ${r.blocked} blocked, ${r.audited} audited, in ${r.runs} run(s)`,
    })),
  });
  const last = perRun[perRun.length - 1];
  const trend = renderColumnChart({
    id: 'egress-runs',
    title: 'Destinations refused per run',
    headline: `latest ${last.blocked + last.audited} destinations`,
    unit: 'destinations',
    yAxis: 'destinations (count)',
    labels: perRun.map((r) => r.run.label),
    series: [
      { name: 'blocked', color: RED, values: perRun.map((r) => r.blocked) },
      { name: 'audited', color: AMBER, values: perRun.map((r) => r.audited) },
    ],
  });
  const list = table(
    'egress-table',
    ['Destination', 'Kind', 'Port', 'Names', 'Blocked', 'Audited (let through)', 'Runs', 'Last run'],
    rows.map((r) => [r.destination, r.kind === 'dns' ? 'DNS name' : 'connection', r.port, r.names.join(', '), r.blocked, r.audited, r.runs, r.lastRun.label]),
  );
  return section('egress', 'Blocked egress destinations', `<div class="grid">\n${chart}\n${trend}\n</div>\n${list}`, '');
}
