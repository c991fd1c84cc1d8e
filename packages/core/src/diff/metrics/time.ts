// ISO time helpers shared by the metric functions (hours are the reported unit).

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Milliseconds since the epoch, or NaN for a missing / unparsable date. */
export function toMs(t: string | Date | undefined | null): number {
  if (t === undefined || t === null) return NaN;
  return t instanceof Date ? t.getTime() : Date.parse(t);
}

export function toIso(t: string | Date): string {
  return new Date(toMs(t)).toISOString();
}

/** Hours between two instants, 2 decimals, never negative (clock skew between runner and committer). */
export function hoursBetween(from: number, to: number): number {
  return Math.round((Math.max(0, to - from) / HOUR_MS) * 100) / 100;
}
