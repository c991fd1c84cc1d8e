// Leak risk coefficient r = 1 − exp(−Σ wᵢ·eᵢ) (METRICS.md §4). Bounded in [0, 1), monotone in
// every count: one more event never lowers r, and no number of events reaches 1.
import { InputError } from '../../errors.ts';
import type { EventCounts, LeakEventKind, RiskWeights } from './types.ts';
import { LEAK_EVENT_KINDS } from './types.ts';

/** Defaults: one leaked secret alone gives r ≈ 0.26, one leak-pattern file ≈ 0.10. */
export const DEFAULT_RISK_WEIGHTS: Readonly<RiskWeights> = Object.freeze({
  secret: 0.3,
  'leaked-file': 0.1,
  'egress-blocked': 0.05,
  'gate-failure': 0.15,
});

/** Largest reported r: rounding to 3 decimals must not reach 1. */
export const R_MAX = 0.999;

export function zeroCounts(): EventCounts {
  return { secret: 0, 'leaked-file': 0, 'egress-blocked': 0, 'gate-failure': 0 };
}

export function addCounts(a: EventCounts, b: Partial<EventCounts>): EventCounts {
  const out = { ...a };
  for (const k of LEAK_EVENT_KINDS) out[k] += b[k] ?? 0;
  return out;
}

/** r for the given counts, rounded to 3 decimals and clamped to [0, R_MAX]. */
export function leakRisk(counts: Partial<EventCounts>, weights: RiskWeights = DEFAULT_RISK_WEIGHTS): number {
  let exposure = 0;
  for (const k of LEAK_EVENT_KINDS) {
    const n = counts[k] ?? 0;
    if (n > 0 && weights[k] > 0) exposure += weights[k] * n;
  }
  const r = 1 - Math.exp(-exposure);
  if (!(r > 0)) return 0; // also maps NaN to 0
  return Math.min(R_MAX, Math.round(r * 1000) / 1000);
}

/**
 * Parses `secret=0.3, leaked-file=0.1` (comma or newline separated, or the `list` option's items); unnamed kinds keep
 * their default. Throws InputError naming `inputName` for an unknown kind or a bad weight.
 */
export function parseRiskWeights(raw: string | readonly string[] | undefined, inputName = 'risk-weights'): RiskWeights {
  const weights: RiskWeights = { ...DEFAULT_RISK_WEIGHTS };
  const parts = (typeof raw === 'string' ? [raw] : (raw ?? [])).flatMap((s) => s.split(/[,\n]/));
  for (const part of parts.map((s) => s.trim()).filter(Boolean)) {
    const m = /^([a-z-]+)\s*[=:]\s*(\S+)$/.exec(part);
    if (!m) {
      throw new InputError({ input: inputName, problem: `"${part}" is not kind=weight`, fix: `write e.g. "secret=0.3, leaked-file=0.1"` });
    }
    const kind = m[1] as LeakEventKind;
    if (!LEAK_EVENT_KINDS.includes(kind)) {
      throw new InputError({ input: inputName, problem: `unknown event kind "${m[1]}"`, fix: `use one of ${LEAK_EVENT_KINDS.join(', ')}` });
    }
    const w = Number(m[2]);
    if (!Number.isFinite(w) || w < 0) {
      throw new InputError({ input: inputName, problem: `weight of ${kind} must be a number ≥ 0, got "${m[2]}"`, fix: `set e.g. ${kind}=${DEFAULT_RISK_WEIGHTS[kind]}` });
    }
    weights[kind] = w;
  }
  return weights;
}
