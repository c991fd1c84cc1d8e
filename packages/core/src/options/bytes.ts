// Byte sizes: `5MB` (decimal, 5,000,000), `5MiB` (binary, 5 × 1024²), `1.5GB`, `1024`, `0`.
import { InputError } from '../errors.ts';
import { scaleDecimal } from './decimal.ts';
import { checkBounds, type IntegerBounds, type ParseSettings } from './parse.ts';
import { showValue } from './show.ts';

/** Unit (lower-cased) → bytes. */
export const BYTE_UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4,
};

const FIX = 'use a number with a unit such as 5MB or 512KiB (B, KB, MB, GB, TB, KiB, MiB, GiB, TiB; a bare number is bytes)';

/** Bytes as a safe integer. Units are case-insensitive; fractions are allowed when the result is whole. */
export function parseBytes(name: string, raw: string, bounds: IntegerBounds = {}, settings?: ParseSettings): number {
  const shown = settings?.secret ? 'the value' : showValue(raw);
  const m = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)$/i.exec(raw.trim());
  const unit = m ? BYTE_UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined) {
    const negative = /^\s*-/.test(raw);
    throw new InputError({
      input: name,
      problem: negative ? `${shown} is negative` : `${shown} is not a byte size`,
      fix: negative ? 'use 0 or a positive size such as 5MB' : FIX,
    });
  }
  const value = scaleDecimal(m[1], unit);
  if (value === 'fraction') {
    throw new InputError({ input: name, problem: `${shown} is not a whole number of bytes`, fix: 'use a smaller unit, e.g. 1536KiB instead of 1.5MiB' });
  }
  if (value === 'overflow') {
    throw new InputError({ input: name, problem: `${shown} is too large`, fix: 'use a size below 8 PiB' });
  }
  return checkBounds(name, raw, value, bounds, { ...settings, format: formatBytes });
}

/** Human-readable size for messages and summaries (`1.5 MB`, `512 B`); decimal units. Not exact. */
export function formatBytes(n: number): string {
  const abs = Math.abs(n);
  const units: [string, number][] = [
    ['TB', 1e12],
    ['GB', 1e9],
    ['MB', 1e6],
    ['kB', 1e3],
  ];
  for (const [u, size] of units) {
    if (abs >= size) {
      const v = n / size;
      return `${Number.isInteger(v) ? v : v.toFixed(v < 10 ? 2 : 1)} ${u}`;
    }
  }
  return `${n} B`;
}
