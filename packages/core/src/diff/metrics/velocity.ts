// Risk-adjusted velocity = raw velocity × (1 − r) (METRICS.md §5).
import { InputError } from '../../errors.ts';
import type { VelocityMetric } from './types.ts';

/** round(raw × (1 − r)); e.g. raw 45, r 0.156 -> 37.98 -> 38. */
export function riskAdjustedVelocity(raw: number, r: number): number {
  if (!Number.isFinite(raw) || raw < 0) {
    throw new InputError({ input: 'velocity', problem: `raw velocity must be a number ≥ 0, got ${raw}`, fix: 'give story points per week, or leave it empty to use merged changes per week' });
  }
  const clamped = Math.min(Math.max(r, 0), 1);
  // The epsilon keeps x.5 results that float math puts at x.4999… rounding up.
  return Math.round(raw * (1 - clamped) + 1e-9);
}

export function velocityMetric(raw: number, rawSource: VelocityMetric['rawSource'], r: number): VelocityMetric {
  return { raw, rawSource, r, adjusted: riskAdjustedVelocity(raw, r) };
}
