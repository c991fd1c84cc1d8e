// Shannon entropy in bits per character; used to gate generic rules so that words and
// repetitive strings are not reported as secrets. Also the opt-in high-entropy rule.
import type { SecretRule } from './types.ts';

// Counts of ASCII characters, reused across calls (every candidate secret is measured: a hot path, ~1.9
// million candidates per pass over the 300 MB config-dense tree).
const asciiCounts = new Int32Array(128);
const asciiSeen = new Int32Array(128);

/** c * log2(c) for small counts: H = log2(n) - sum(c * log2 c) / n needs no logarithm per character then. */
const CLOG = Float64Array.from({ length: 1025 }, (_, c) => (c === 0 ? 0 : c * Math.log2(c)));
const clog = (c: number) => (c < CLOG.length ? CLOG[c] : c * Math.log2(c));

export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  let distinct = 0;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      break;
    }
    if (asciiCounts[c]++ === 0) asciiSeen[distinct++] = c;
  }
  let sum = 0;
  for (let j = 0; j < distinct; j++) {
    const c = asciiSeen[j];
    sum += clog(asciiCounts[c]);
    asciiCounts[c] = 0;
  }
  if (ascii) return entropyOf(sum, s.length);
  // Not ASCII (rare): characters are code points.
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  sum = 0;
  let n = 0;
  for (const c of counts.values()) {
    sum += clog(c);
    n += c;
  }
  return entropyOf(sum, n);
}

// Rounded to 1e-12 bits: the two logarithms can leave an error in the last bit (log2(24) - log2(3) is not
// exactly 3), and a uniform string's entropy must meet a threshold equal to it, as sum(-p log2 p) did.
const entropyOf = (sumClog: number, n: number) => Math.max(0, Math.round((Math.log2(n) - sumClog / n) * 1e12) / 1e12);

/**
 * Hex draws from 16 symbols, so a random hex value measures fewer bits per character than other tokens of its
 * length: of 100,000 random 32-character hex values (mean 3.61 bits), 1.7% fell under the keyed rules' 3.3 and
 * 0.009% under 3.0. Runs of 32+ hex characters are gated at this floor when a rule asks for more.
 */
export const HEX_ENTROPY_FLOOR = 3.0;

/**
 * A short value cannot measure many bits per character: n characters hold at most log2(n) bits, and random ones
 * fewer (repeats). Of 50,000 random alphanumeric values, the 3.3 gate dropped 27% at 12 characters, 3% at 14
 * and 0.5% at 16; about one in a thousand measured under log2(n) - 0.85 at each length from 8 to 20. Values
 * under 24 characters with three kinds of character (upper case, lower case, digits, punctuation) are gated there.
 */
export const SHORT_VALUE_MARGIN = 0.85;
const SHORT_VALUE_MAX = 24;

/**
 * `secret` has at least `min` bits per character; or, when `floors` holds, it is a 32+ character hex run at or
 * above HEX_ENTROPY_FLOOR, or a short mixed value at or above log2(length) - SHORT_VALUE_MARGIN. `floors`
 * false takes `min` as set (the opt-in high-entropy rule's threshold selects strings above what these reach).
 */
export function meetsEntropy(secret: string, min: number, floors = true): boolean {
  const h = shannonEntropy(secret);
  if (h >= min) return true;
  if (!floors) return false;
  const n = secret.length;
  if (n >= 32) return h >= HEX_ENTROPY_FLOOR && /^[0-9a-f]+$/i.test(secret);
  return n < SHORT_VALUE_MAX && h >= Math.log2(n) - SHORT_VALUE_MARGIN && characterKinds(secret) >= 3;
}

/** How many of upper case, lower case, digits and other characters `s` holds. */
function characterKinds(s: string): number {
  return (/[A-Z]/.test(s) ? 1 : 0) + (/[a-z]/.test(s) ? 1 : 0) + (/\d/.test(s) ? 1 : 0) + (/[^A-Za-z\d]/.test(s) ? 1 : 0);
}

/** Default minimum Shannon entropy (bits/char) of the opt-in high-entropy rule. */
export const DEFAULT_ENTROPY_THRESHOLD = 4.5;

/**
 * The opt-in rule for "any high-entropy string" (`entropy: true` in .bulkhead.yml): an assigned
 * run of base64 / hex / token characters, 20-200 long, with letters and digits, at or above `threshold`
 * bits per character. It runs over every line (no keyword), so it is off by default; the generic
 * false-positive filters (digests under digest names, placeholders, code references, data URIs, lockfiles,
 * minified bundles, values another rule already reports) apply to it.
 */
export function highEntropyRule(threshold = DEFAULT_ENTROPY_THRESHOLD): SecretRule {
  return {
    id: 'high-entropy-string',
    name: 'HighEntropyString',
    severity: 'low',
    family: 'entropy',
    description: `Assigned string with Shannon entropy of at least ${threshold} bits per character (opt-in).`,
    remediation:
      'If this is a credential, rotate it and load it from the environment or a secret manager. If it is not (an id, a hash, ' +
      'test data), add its fingerprint to the baseline or raise `entropy-threshold`.',
    keywords: [],
    // Assigned to a name (`k = "…"`, `k: …`, `"k": "…"`): quoted runs without a name are mostly chunks of embedded blobs.
    pattern: /[\w$\]-]['"]?[ \t]{0,3}(?::=|=>|=(?!=)|:)[ \t]{0,5}['"\x60]?(?<secret>[A-Za-z0-9+/_~-]{20,200}={0,2})(?=['"\x60]|[ \t]*(?:[,;)\]}]|\r?\n|$))/,
    minEntropy: threshold,
    reject: (s) => !(/[A-Za-z]/.test(s) && /\d/.test(s)),
    confidence: 0.3,
    tags: ['entropy'],
  };
}
