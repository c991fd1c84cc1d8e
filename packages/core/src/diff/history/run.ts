// One call for the action: load history, compute this run's metrics, append its record, save.
import type { DiffMetrics } from '../metrics/types.ts';
import { computeDiffMetrics, toHistoryRecord, type MetricsInput } from '../metrics/compute.ts';
import type { HistoryRecord, HistoryStore } from './types.ts';
import { compactHistory, type CompactOptions } from './compact.ts';

export interface RecordedRun {
  metrics: DiffMetrics;
  record: HistoryRecord;
  /** History after this run (compacted), oldest first: what the trend chart shows. */
  history: HistoryRecord[];
}

/** `input.history` is ignored: the store's records are used. */
export async function recordRun(store: HistoryStore, input: Omit<MetricsInput, 'history'>, opts: CompactOptions = {}): Promise<RecordedRun> {
  const before = await store.load();
  const full: MetricsInput = { ...input, history: before };
  const metrics = computeDiffMetrics(full);
  const record = toHistoryRecord(full, metrics);
  // A re-run of the same run replaces its record rather than counting twice.
  const history = compactHistory([...before.filter((r) => r.runId !== record.runId), record], opts);
  await store.save(history);
  return { metrics, record, history };
}
