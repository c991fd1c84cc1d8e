// barrel for diff
export * from './measure-types.ts';
export * from './decl.ts';
export { measureDiff, emptyTotals, DEFAULT_EXCLUDED_CLASSES, type MeasureOptions } from './measure.ts';
export { findAlerts, decide, type Thresholds, type VerdictOptions } from './thresholds.ts';
export { runDiffTelemetry, parseExcludeClasses, type DiffRunInput, type DiffTelemetryOptions } from './run.ts';
export { buildDiffReport, renderDiffSummary, renderDiffText, diffAnnotations, headline, DIFF_REPORT_KIND, DIFF_REPORT_VERSION, type DiffReportData } from './report.ts';
export { makeClassifier, GENERATED_GLOBS, VENDORED_GLOBS } from './classify.ts';
export { LOCKFILE_NAMES } from '../files/lockfiles.ts';
export * from './metrics/index.ts';
export * from './history/index.ts';
export { finishDiffRun, parseHistorySetting, parseRawVelocity, shipsChange, renderMetrics, type FinishInput, type FinishedRun, type HistorySetting } from './finish.ts';
