// The diff-telemetry history's trends (as before the kit-wide page): one chart per figure, run and pipeline tables.
import type { HistoryRecord } from '../../diff/history/types.ts';
import { leakedFilesPerPipeline } from '../../diff/metrics/pipeline.ts';
import { section, table } from '../html.ts';
import type { RunIndex } from '../runs.ts';
import { renderLineChart } from '../svg-chart.ts';
import { AMBER, BLUE, GREEN, GREY, PURPLE, RED } from './colors.ts';

/** Chart ids, in page order; each SVG is data-testid="chart-<id>". */
export const DIFF_CHARTS = ['diff-size', 'alerts', 'leaked-files', 'risk', 'lead-time', 'adjusted-velocity'] as const;
type DiffChart = (typeof DIFF_CHARTS)[number];

const CHARTS: Record<DiffChart, { title: string; unit: string; yAxis: string; color: string; pick: (r: HistoryRecord) => number | null; yMax?: number }> = {
  'diff-size': { title: 'Diff size (counted)', unit: 'KiB', yAxis: 'diff size (KiB)', color: BLUE, pick: (r) => Math.round((r.diffBytes / 1024) * 10) / 10 },
  alerts: { title: 'Size alerts', unit: 'alerts', yAxis: 'alerts (count)', color: AMBER, pick: (r) => r.alerts },
  'leaked-files': { title: 'Leaked files', unit: 'files', yAxis: 'leak-pattern files (count)', color: RED, pick: (r) => r.leakedFiles },
  risk: { title: 'Leak risk r', unit: '(0–1)', yAxis: 'r (0–1, no unit)', color: PURPLE, pick: (r) => r.r, yMax: 1 },
  'lead-time': { title: 'Lead time', unit: 'h', yAxis: 'lead time (h)', color: GREEN, pick: (r) => r.leadTimeHours },
  'adjusted-velocity': { title: 'Risk-adjusted velocity', unit: 'per week', yAxis: 'changes or points per week', color: GREY, pick: (r) => r.adjustedVelocity },
};

const dash = (v: number | null) => (v === null ? '–' : v);

export function diffTrendsSection(shown: readonly HistoryRecord[], all: readonly HistoryRecord[], idx: RunIndex): string {
  if (!shown.length) return section('diff', 'diff-telemetry trends', null, 'No diff-telemetry history given (--history).');
  const labels = shown.map((r) => idx.ofRecord(r).label);
  const charts = DIFF_CHARTS.map((id) => {
    const c = CHARTS[id];
    return renderLineChart({ id, title: c.title, unit: c.unit, yAxis: c.yAxis, labels, yMax: c.yMax, series: [{ name: c.title, color: c.color, values: shown.map(c.pick) }] });
  });
  const pipelines = table(
    'pipelines',
    ['Workflow', 'Runs', 'Leaked files', 'Per run', 'Newest run'],
    leakedFilesPerPipeline(all).map((p) => [p.workflow, p.runs, p.leakedFiles, p.perRun, p.latest]),
  );
  const runs = table(
    'runs',
    ['Run', 'Diff bytes', 'Files', 'Binary bytes', 'Leaked files', 'Alerts', 'r', 'Lead time (h)', 'Detection latency (h)', 'Adj. velocity', 'Leak'],
    [...shown].reverse().map((r) => [idx.ofRecord(r).label, r.diffBytes, r.files, r.binaryBytes, r.leakedFiles, r.alerts, r.r, dash(r.leadTimeHours), dash(r.detectionLatencyHours), dash(r.adjustedVelocity), r.leakDetected ? { text: 'yes', cls: 'bad' } : '']),
  );
  return section('diff', 'diff-telemetry trends', `<div class="grid">\n${charts.join('\n')}\n</div>\n<h3>Leaked files per pipeline</h3>\n${pipelines}\n<h3>Runs</h3>\n${runs}`, '');
}
