// `bulkhead dashboard`: every action's reports and the diff-telemetry history on one self-contained HTML page
// (inline CSS and SVG, no script, a CSP that forbids any fetch) so it opens from an artifact or a file:// path.
// Everything that came from a report or the history is escaped text: workflow names and reasons are not trusted.
import type { HistoryRecord } from '../diff/history/types.ts';
import { cpuBudget } from './aggregate/budget.ts';
import { verifications } from './aggregate/double-write.ts';
import { blockedDestinations, egressPerRun } from './aggregate/egress.ts';
import { gateDecisions } from './aggregate/gates.ts';
import { pipelineStatus, type PipelineStatus } from './aggregate/pipelines.ts';
import { findingsBySeverity } from './aggregate/severity.ts';
import { CSS } from './css.ts';
import { escapeHtml } from './escape.ts';
import { indexRuns, type RunIndex } from './runs.ts';
import { budgetSection } from './sections/budget.ts';
import { diffTrendsSection } from './sections/diff-trends.ts';
import { doubleWriteSection } from './sections/double-write.ts';
import { egressSection } from './sections/egress.ts';
import { gatesSection } from './sections/gates.ts';
import { pipelinesSection } from './sections/pipelines.ts';
import { policySection } from './sections/policy.ts';
import { secretsSection } from './sections/secrets.ts';
import type { DashboardInput } from './types.ts';

export const DEFAULT_DASHBOARD_RUNS = 100;

export interface DashboardOptions {
  title?: string;
  /** Shown in the header; pass a fixed value for reproducible output. */
  generatedAt?: string;
  /** Runs shown per chart (newest). Default 100. */
  last?: number;
}

/** Section ids in page order; each is data-testid="section-<id>". */
export const DASHBOARD_SECTIONS = ['pipelines', 'secrets', 'egress', 'gates', 'double-write', 'policy', 'budget', 'diff'] as const;

/** Every pipeline's newest run, flagged ones first (what the red cards show). */
export function dashboardPipelines(input: DashboardInput): PipelineStatus[] {
  return pipelineStatus(input.reports, input.history, indexRuns(input.reports, input.history));
}

function banner(pipes: readonly PipelineStatus[]): string {
  const flagged = pipes.filter((p) => p.reasons.length);
  if (!pipes.length) return '<p class="ok" data-testid="no-history">No runs recorded yet.</p>';
  if (!flagged.length) return `<p class="ok" data-testid="no-leak">No leak in the newest run of any of ${pipes.length} pipeline(s).</p>`;
  return `<div class="flag" role="alert" data-testid="leak-flag">&#9873; Leak in the newest run of ${flagged.length} of ${pipes.length} pipeline(s): ${escapeHtml(flagged.map((p) => p.workflow).join(', '))}</div>`;
}

function newestPolicy(input: DashboardInput, idx: RunIndex) {
  const list = input.reports.filter((r) => r.kind === 'policy-audit').sort((a, b) => Date.parse(a.generatedAt) - Date.parse(b.generatedAt));
  const newest = list.at(-1);
  return { newest, label: newest ? idx.ofReport(newest).label : '' };
}

export function renderDashboard(input: DashboardInput, opts: DashboardOptions = {}): string {
  const title = opts.title ?? 'Bulkhead dashboard';
  const last = opts.last ?? DEFAULT_DASHBOARD_RUNS;
  const { reports, notes } = input;
  const history: HistoryRecord[] = [...input.history].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  const idx = indexRuns(reports, history);
  const pipes = pipelineStatus(reports, history, idx);
  const policy = newestPolicy(input, idx);
  // The destinations table covers the same newest runs as the chart beside it (it had summed every report).
  const egressRuns = egressPerRun(reports, idx).slice(-last);
  const sections = [
    pipelinesSection(pipes),
    secretsSection(findingsBySeverity(reports, idx, 'secret-scan').slice(-last)),
    egressSection(blockedDestinations(reports, idx, new Set(egressRuns.map((e) => e.run))), egressRuns),
    gatesSection(gateDecisions(reports, idx).slice(-last)),
    doubleWriteSection(verifications(reports, idx).slice(-last)),
    policySection(findingsBySeverity(reports, idx, 'policy-audit').slice(-last), policy.newest, policy.label),
    budgetSection(cpuBudget(reports, history, idx).slice(-last)),
    diffTrendsSection(history.slice(-last), history, idx),
  ];
  const skipped = notes.length
    ? `<section data-testid="section-notes"><h2>Skipped inputs</h2><ul class="notes">${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul></section>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="sub">${reports.length} report(s) and ${history.length} history record(s) from ${idx.runs.length} run(s)${opts.generatedAt ? `; generated ${escapeHtml(opts.generatedAt)}` : ''}. Charts show the newest ${last} runs.</p>
${banner(pipes)}
${sections.join('\n')}
${skipped}
<footer>Generated by Bulkhead. Metric definitions: actions/diff-telemetry/METRICS.md. Secret values never appear here: reports carry redacted forms only, and this page shows counts.</footer>
</body></html>
`;
}
