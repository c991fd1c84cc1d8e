// Exact decimal × integer-multiplier arithmetic for byte sizes and durations, so `1.1GB` is
// exactly 1,100,000,000 and not whatever binary floating point makes of 1.1 * 1e9.

/**
 * `digits` is a non-negative decimal literal (`12`, `1.5`, `.25`). Returns the exact product with
 * `multiplier`, `'fraction'` when the product is not a whole number, or `'overflow'` beyond
 * Number.MAX_SAFE_INTEGER.
 */
export function scaleDecimal(digits: string, multiplier: number): number | 'fraction' | 'overflow' {
  const [whole = '', frac = ''] = digits.split('.');
  const scale = 10n ** BigInt(frac.length);
  const numerator = BigInt((whole || '0') + frac) * BigInt(multiplier);
  if (numerator % scale !== 0n) return 'fraction';
  const value = numerator / scale;
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return 'overflow';
  return Number(value);
}
