// diff-telemetry run history: record shape, stores, compaction, Mermaid trend.
export * from './types.ts';
export { compactHistory, aggregateWeek, isoWeek, DEFAULT_KEEP_RUNS, DEFAULT_KEEP_WEEKS, type CompactOptions } from './compact.ts';
export { parseHistory, serializeHistory, recordProblem } from './parse.ts';
export { FileHistoryStore, type FileHistoryStoreOptions } from './file-store.ts';
export { renderTrendChart, DEFAULT_TREND_RUNS } from './trend.ts';
export { recordRun, type RecordedRun } from './run.ts';
