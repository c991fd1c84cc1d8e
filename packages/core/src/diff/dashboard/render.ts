// `bulkhead dashboard`: the run history as one self-contained HTML page (inline CSS and SVG, no
// script, a CSP that forbids any fetch) so it can be opened from an artifact or a file:// path.
import type { HistoryRecord } from '../history/types.ts';
import { leakedFilesPerPipeline } from '../metrics/pipeline.ts';
import { escapeHtml } from './escape.ts';
import { renderLineChart, type ChartSpec } from './svg-chart.ts';

export const DEFAULT_DASHBOARD_RUNS = 100;

export interface DashboardOptions {
  title?: string;
  /** Shown in the footer; pass a fixed value for reproducible output. */
  generatedAt?: string;
  /** Runs shown in the charts (newest). Default 100. */
  last?: number;
}

/** Chart ids, in page order; each SVG is data-testid="chart-<id>". */
export const DASHBOARD_CHARTS = ['diff-size', 'alerts', 'leaked-files', 'risk', 'lead-time', 'adjusted-velocity'] as const;
/** Shown only when some run has the figure: CI CPU-hours come from policy-audit's ci-budget reports. */
export const OPTIONAL_DASHBOARD_CHARTS = ['cpu-hours'] as const;

const CSS = `
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1f2328;background:#fff}
h1{font-size:20px;margin:0 0 12px}
.flag{background:#d1242f;color:#fff;padding:12px 16px;border-radius:6px;font-weight:600;margin:0 0 16px}
.ok{background:#dafbe1;color:#1a7f37;padding:12px 16px;border-radius:6px;margin:0 0 16px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:16px}
svg{border:1px solid #d0d7de;border-radius:6px;background:#fff}
.t{font-weight:600;font-size:13px}.m{fill:#59636e;font-size:11px;font-weight:400}.ax{stroke:#d0d7de}
table{border-collapse:collapse;margin:16px 0}td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:right}
th:first-child,td:first-child{text-align:left}footer{color:#59636e;font-size:12px;margin-top:16px}`;

function label(r: HistoryRecord): string {
  if (r.runId.startsWith('week:')) return `${r.runId.slice(5)} (${r.runs} runs)`;
  return `${r.time.slice(0, 16).replace('T', ' ')} #${r.runId}`;
}

function runsTable(records: readonly HistoryRecord[]): string {
  const rows = [...records].reverse().map((r) =>
    `<tr${r.leakDetected ? ' class="leak"' : ''}><td>${escapeHtml(label(r))}</td><td>${escapeHtml(r.workflow)}</td><td>${r.diffBytes}</td><td>${r.files}</td><td>${r.binaryBytes}</td><td>${r.leakedFiles}</td><td>${r.alerts}</td><td>${r.r}</td><td>${r.leadTimeHours ?? '–'}</td><td>${r.detectionLatencyHours ?? '–'}</td><td>${r.adjustedVelocity ?? '–'}</td><td>${r.leakDetected ? 'yes' : ''}</td></tr>`,
  );
  return `<table data-testid="runs"><thead><tr><th>Run</th><th>Workflow</th><th>Diff bytes</th><th>Files</th><th>Binary bytes</th><th>Leaked files</th><th>Alerts</th><th>r</th><th>Lead time h</th><th>Detection latency h</th><th>Adj. velocity</th><th>Leak</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function pipelinesTable(records: readonly HistoryRecord[]): string {
  const rows = leakedFilesPerPipeline(records).map(
    (p) => `<tr><td>${escapeHtml(p.workflow)}</td><td>${p.runs}</td><td>${p.leakedFiles}</td><td>${p.perRun}</td><td>${p.latest}</td></tr>`,
  );
  return `<table data-testid="pipelines"><thead><tr><th>Workflow</th><th>Runs</th><th>Leaked files</th><th>Per run</th><th>Latest run</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function renderDashboard(records: readonly HistoryRecord[], opts: DashboardOptions = {}): string {
  const title = opts.title ?? 'Bulkhead diff-telemetry';
  const shown = [...records].sort((a, b) => Date.parse(a.time) - Date.parse(b.time)).slice(-(opts.last ?? DEFAULT_DASHBOARD_RUNS));
  const latest = shown[shown.length - 1];
  const labels = shown.map(label);
  const spec = (id: (typeof DASHBOARD_CHARTS)[number] | (typeof OPTIONAL_DASHBOARD_CHARTS)[number], t: string, unit: string, color: string, pick: (r: HistoryRecord) => number | null, extra: Partial<ChartSpec> = {}) =>
    renderLineChart({ id, title: t, unit, color, labels, values: shown.map(pick), ...extra });
  const charts = [
    spec('diff-size', 'Diff size', 'KiB', '#0969da', (r) => Math.round((r.diffBytes / 1024) * 10) / 10),
    spec('alerts', 'Size alerts', 'alerts', '#bf8700', (r) => r.alerts),
    spec('leaked-files', 'Leaked files', 'files', '#d1242f', (r) => r.leakedFiles),
    spec('risk', 'Leak risk r', '', '#8250df', (r) => r.r, { yMax: 1, format: (v) => String(v) }),
    spec('lead-time', 'Lead time', 'h', '#1a7f37', (r) => r.leadTimeHours),
    spec('adjusted-velocity', 'Risk-adjusted velocity', '', '#57606a', (r) => r.adjustedVelocity),
    ...(shown.some((r) => typeof r.cpuHours === 'number') ? [spec('cpu-hours', 'CI CPU-hours (policy-audit ci-budget)', 'h', '#0550ae', (r) => r.cpuHours ?? null)] : []),
  ];
  const banner = !latest
    ? '<p class="ok" data-testid="no-history">No runs recorded yet.</p>'
    : latest.leakDetected
      ? `<div class="flag" role="alert" data-testid="leak-flag">&#9873; Leak detected in the latest run (${escapeHtml(label(latest))}, ${escapeHtml(latest.workflow)}): ${latest.leakedFiles} leaked file(s), r = ${latest.r}</div>`
      : `<p class="ok" data-testid="no-leak">No leak in the latest run (${escapeHtml(label(latest))}).</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
${banner}
<div class="grid">
${charts.join('\n')}
</div>
<h2>Leaked files per pipeline</h2>
${pipelinesTable(records)}
<h2>Runs</h2>
${runsTable(shown)}
<footer>${shown.length} of ${records.length} records shown. Generated by Bulkhead${opts.generatedAt ? ` at ${escapeHtml(opts.generatedAt)}` : ''}. Metric definitions: actions/diff-telemetry/METRICS.md.</footer>
</body></html>
`;
}
