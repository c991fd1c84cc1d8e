// `bulkhead dashboard`: history -> one self-contained HTML page.
export { renderDashboard, DASHBOARD_CHARTS, OPTIONAL_DASHBOARD_CHARTS, DEFAULT_DASHBOARD_RUNS, type DashboardOptions } from './render.ts';
export { renderLineChart, type ChartSpec } from './svg-chart.ts';
export { DASHBOARD_DECL, type DashboardDecl } from './decl.ts';
