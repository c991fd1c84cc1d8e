// `bulkhead dashboard`: the diff-telemetry history and every action's JSON reports -> one self-contained HTML page.
export { renderDashboard, dashboardPipelines, DASHBOARD_SECTIONS, DEFAULT_DASHBOARD_RUNS, type DashboardOptions } from './page.ts';
export { DIFF_CHARTS } from './sections/diff-trends.ts';
export { loadReports, type LoadedReports } from './input/load.ts';
export { parseKitReport, type ParsedEnvelope } from './input/envelope.ts';
export { indexRuns, shortTime, type RunIndex } from './runs.ts';
export { findingsBySeverity, findingKey, type SeverityRun, type SeverityCounts } from './aggregate/severity.ts';
export { blockedDestinations, egressPerRun, type DestinationRow, type EgressRun } from './aggregate/egress.ts';
export { gateDecisions, type GateDecision } from './aggregate/gates.ts';
export { verifications, type Verification } from './aggregate/double-write.ts';
export { cpuBudget, type BudgetPoint } from './aggregate/budget.ts';
export { pipelineStatus, type PipelineStatus } from './aggregate/pipelines.ts';
export { renderLineChart, type ChartSpec, type Series } from './svg-chart.ts';
export { renderBarChart, type BarSpec } from './svg-bars.ts';
export { renderColumnChart, type ColumnSpec } from './svg-columns.ts';
export { KIT_KINDS, type KitKind, type KitReport, type DashboardInput, type RunRef } from './types.ts';
export { DASHBOARD_DECL, type DashboardDecl } from './decl.ts';
