// diff-telemetry metrics: lead time, detection latency, leak risk r, risk-adjusted velocity,
// leaked files per pipeline. Definitions: actions/diff-telemetry/METRICS.md.
export * from './types.ts';
export { leadTime, detectionLatency, adjustedLeadTime } from './lead-time.ts';
export { DEFAULT_RISK_WEIGHTS, R_MAX, leakRisk, parseRiskWeights, zeroCounts, addCounts } from './risk.ts';
export { riskAdjustedVelocity, velocityMetric } from './velocity.ts';
export { leakedFilesPerPipeline, mergedChangesPerWeek } from './pipeline.ts';
export { parseLeakReport, readLeakReports, type LeakReport } from './reports.ts';
export { computeDiffMetrics, toHistoryRecord, runLeakEvents, DEFAULT_RISK_WINDOW_MS, type MetricsInput } from './compute.ts';
export { metricsTableRows } from './summary.ts';
