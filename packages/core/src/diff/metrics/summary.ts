// Rows for the job summary's metrics table: `summary.table(['Metric', 'Value'], metricsTableRows(m))`.
import type { DiffMetrics } from './types.ts';
import { LEAK_EVENT_KINDS } from './types.ts';

const h = (v: number | null) => (v === null ? '–' : `${v} h`);

export function metricsTableRows(m: DiffMetrics): [string, string][] {
  const ev = LEAK_EVENT_KINDS.filter((k) => m.risk.events[k] > 0).map((k) => `${m.risk.events[k]} ${k}`).join(', ') || 'none';
  const pipeline = m.leakedFiles.perPipeline.find((p) => p.workflow === m.workflow);
  return [
    ['Lead time', h(m.leadTime.hours)],
    ['Detection latency', m.detectionLatency.hours === null ? '–' : `${m.detectionLatency.hours} h (${m.detectionLatency.leaks} leak${m.detectionLatency.leaks === 1 ? '' : 's'})`],
    ['Adjusted lead time', h(m.adjustedLeadTime.hours)],
    ['Leak risk r', `${m.risk.r} (${ev} in ${m.risk.window.days} d)`],
    ['Velocity', `${m.velocity.raw} raw (${m.velocity.rawSource === 'input' ? 'given' : 'merged changes / week'}) → ${m.velocity.adjusted} adjusted`],
    ['Leaked files', `${m.leakedFiles.thisRun} this run${pipeline ? `; ${pipeline.leakedFiles} in ${pipeline.runs} runs of this workflow` : ''}`],
  ];
}
