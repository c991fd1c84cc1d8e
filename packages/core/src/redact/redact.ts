// The only way a secret value may appear in output: a short prefix, an ellipsis and the length.
import { createHash } from 'node:crypto';

/**
 * `ghp_…(40)`. The prefix is at most 4 characters and at most a quarter of the length,
 * and empty below 8 characters, so a short secret gives nothing away but its length.
 * Counts code points, so a prefix never splits a surrogate pair.
 */
export function redact(secret: string): string {
  const chars = Array.from(secret);
  const n = chars.length;
  const keep = n < 8 ? 0 : Math.min(4, Math.floor(n / 4));
  // Leading whitespace / control characters (PEM bodies start with a newline) would break one-line output.
  const start = chars.findIndex((c) => !/[\s\p{Cc}]/u.test(c));
  const prefix = start < 0 ? '' : chars.slice(start, start + keep).filter((c) => !/[\s\p{Cc}]/u.test(c)).join('');
  return `${prefix}…(${n})`;
}

/** SHA-256 hex of `ruleId NUL secret`: stable across runs, safe to print and to store in baselines. */
export function fingerprint(ruleId: string, secret: string): string {
  return createHash('sha256').update(`${ruleId}\0${secret}`, 'utf8').digest('hex');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Replaces every occurrence of any of `secrets` with its redacted form, in one left-to-right pass
 * (longest secret first at each position), so a replacement is never re-matched.
 */
export function scrub(text: string, secrets: Iterable<string>): string {
  const unique = [...new Set(secrets)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  if (unique.length === 0) return text;
  const re = new RegExp(unique.map(escapeRegExp).join('|'), 'g');
  return text.replace(re, (m) => redact(m));
}
