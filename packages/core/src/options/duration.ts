// Durations → milliseconds: `250ms`, `90s`, `5m`, `2h`, `7d`, `1w`, compounds like `1h30m` or `1h 30m`.
// A bare number means seconds (the unit most timeouts are thought of in).
import { InputError } from '../errors.ts';
import { scaleDecimal } from './decimal.ts';
import { checkBounds, type IntegerBounds, type ParseSettings } from './parse.ts';
import { showValue } from './show.ts';

/** Unit (lower-cased) → milliseconds. */
export const DURATION_UNITS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const PART = /(\d+(?:\.\d+)?|\.\d+)\s*(ms|s|m|h|d|w)\s*/iy;
const FIX = 'use a number with a unit such as 250ms, 90s, 5m, 2h, 7d, 1w or 1h30m (a bare number is seconds)';

export function parseDuration(name: string, raw: string, bounds: IntegerBounds = {}, settings?: ParseSettings): number {
  const shown = settings?.secret ? 'the value' : showValue(raw);
  const v = raw.trim();
  const fail = (problem: string, fix = FIX): never => {
    throw new InputError({ input: name, problem, fix });
  };
  if (v.startsWith('-')) fail(`${shown} is negative`, 'use 0 or a positive duration such as 90s');
  let total = 0;
  if (/^(\d+(?:\.\d+)?|\.\d+)$/.test(v)) {
    const ms = scaleDecimal(v, 1000);
    if (ms === 'fraction') fail(`${shown} is finer than a millisecond`, 'use at most three decimals of seconds, or ms');
    if (ms === 'overflow') fail(`${shown} is too long`, 'use a shorter duration');
    total = ms as number;
  } else {
    PART.lastIndex = 0;
    let pos = 0;
    while (pos < v.length) {
      PART.lastIndex = pos;
      const m = PART.exec(v);
      if (!m) return fail(`${shown} is not a duration`);
      const ms = scaleDecimal(m[1], DURATION_UNITS[m[2].toLowerCase()]);
      if (ms === 'fraction') fail(`${shown} is finer than a millisecond`, 'use a smaller unit, e.g. 1500ms');
      if (ms === 'overflow') fail(`${shown} is too long`, 'use a shorter duration');
      total += ms as number;
      pos = PART.lastIndex;
    }
    if (pos === 0) fail(`${shown} is not a duration`);
    if (!Number.isSafeInteger(total)) fail(`${shown} is too long`, 'use a shorter duration');
  }
  return checkBounds(name, raw, total, bounds, { ...settings, format: formatDuration });
}

/** Compact exact form (`1h30m`, `250ms`, `0s`) that parseDuration reads back to the same value. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  let rest = ms;
  let out = '';
  for (const [unit, size] of Object.entries(DURATION_UNITS).reverse()) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return out;
}
