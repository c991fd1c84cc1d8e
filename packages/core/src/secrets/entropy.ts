// Shannon entropy in bits per character; used to gate generic rules so that words and
// repetitive strings are not reported as secrets. Also the opt-in high-entropy rule.
import type { SecretRule } from './types.ts';

// Counts of ASCII characters, reused across calls (every candidate secret is measured: a hot path).
const asciiCounts = new Int32Array(128);
const asciiOrder = new Int32Array(128);

export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  // ASCII (nearly always): counted in an array, summed in order of first occurrence like the Map below,
  // so the result is the same to the last bit.
  let distinct = 0;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      break;
    }
    if (asciiCounts[c]++ === 0) asciiOrder[distinct++] = c;
  }
  if (ascii) {
    let bits = 0;
    for (let j = 0; j < distinct; j++) {
      const c = asciiOrder[j];
      const p = asciiCounts[c] / s.length;
      bits -= p * Math.log2(p);
      asciiCounts[c] = 0;
    }
    return bits;
  }
  for (let j = 0; j < 128; j++) asciiCounts[j] = 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  const n = [...s].length;
  for (const c of counts.values()) {
    const p = c / n;
    bits -= p * Math.log2(p);
  }
  return bits;
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
