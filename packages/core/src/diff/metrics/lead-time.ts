// Lead time, detection latency and their sum (METRICS.md §1–3).
import type { AdjustedLeadTimeMetric, DetectionLatencyMetric, LeadTimeMetric, LeakEvent } from './types.ts';
import { hoursBetween, toIso, toMs } from './time.ts';

/** First commit of the change (author date) -> the run that ships it. */
export function leadTime(firstCommitAt: string | undefined | null, shippedAt: string | Date): LeadTimeMetric {
  const from = toMs(firstCommitAt);
  const to = toMs(shippedAt);
  return {
    hours: Number.isNaN(from) ? null : hoursBetween(from, to),
    firstCommitAt: Number.isNaN(from) ? null : toIso(firstCommitAt as string),
    shippedAt: toIso(shippedAt),
  };
}

/**
 * For each leak (deduped by key, keeping the first detection), introduced -> first flagged;
 * the run reports the worst one, since the change waited for its last leak to be found.
 */
export function detectionLatency(events: readonly LeakEvent[]): DetectionLatencyMetric {
  const first = new Map<string, { intro: number; det: number }>();
  events.forEach((e, i) => {
    const intro = toMs(e.introducedAt);
    const det = toMs(e.detectedAt);
    if (Number.isNaN(intro) || Number.isNaN(det)) return;
    const key = e.key ? `${e.kind}:${e.key}` : `#${i}`;
    const seen = first.get(key);
    if (!seen) first.set(key, { intro, det });
    else first.set(key, { intro: Math.min(seen.intro, intro), det: Math.min(seen.det, det) });
  });
  let worst: { intro: number; det: number } | undefined;
  for (const v of first.values()) if (!worst || v.det - v.intro > worst.det - worst.intro) worst = v;
  if (!worst) return { hours: null, leaks: 0, introducedAt: null, detectedAt: null };
  return {
    hours: hoursBetween(worst.intro, worst.det),
    leaks: first.size,
    introducedAt: new Date(worst.intro).toISOString(),
    detectedAt: new Date(worst.det).toISOString(),
  };
}

/** Adjusted lead time = lead time + detection latency, with both buckets kept. */
export function adjustedLeadTime(lead: number | null, latency: number | null): AdjustedLeadTimeMetric {
  return {
    hours: lead === null ? null : Math.round((lead + (latency ?? 0)) * 100) / 100,
    buckets: { leadTimeHours: lead, detectionLatencyHours: latency },
  };
}
