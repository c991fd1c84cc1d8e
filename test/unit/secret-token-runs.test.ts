// Token-run ends with the memo (compile.ts) against a plain walk written here: the memo must never change
// an answer, whatever order positions are asked in, over texts with long runs, short runs and non-ASCII.
import { describe, expect, it } from 'vitest';
import { MAX_TOKEN_RUN, newTokenRunMemo, tokenRunEndBytes, tokenRunEndText } from '../../packages/core/src/secrets/scanner/compile.ts';
import { makeRng, type Rng } from '../support/secret-gen.ts';

// The token alphabet as the rule comment states it: base64, base64url and dotted-token characters.
const TOKEN = new Set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.+/=~');

function naiveEnd(s: string, p: number): number {
  const stop = Math.min(s.length, p + MAX_TOKEN_RUN);
  while (p < stop && TOKEN.has(s[p])) p++;
  return p;
}

function randomText(rng: Rng): string {
  const parts: string[] = [];
  const tokenChars = [...TOKEN].join('');
  while (parts.join('').length < 60_000) {
    const kind = rng();
    const n = kind < 0.05 ? Math.floor(rng() * 2 * MAX_TOKEN_RUN) : Math.floor(rng() * 40);
    if (kind < 0.6) parts.push(Array.from({ length: n }, () => tokenChars[Math.floor(rng() * tokenChars.length)]).join(''));
    else parts.push(Array.from({ length: 1 + (n % 4) }, () => ' \n"\'(é,:'[Math.floor(rng() * 9)]).join(''));
  }
  return parts.join('');
}

describe('token-run ends with a memo', () => {
  for (const seed of [1, 2, 3]) {
    it(`agree with a plain walk, text and bytes, mostly increasing and random positions (seed ${seed})`, () => {
      const rng = makeRng(seed);
      const text = randomText(rng);
      const ascii = text.replace(/é/g, 'e');
      const bytes = Buffer.from(ascii, 'latin1');
      const memoT = newTokenRunMemo();
      const memoB = newTokenRunMemo();
      let p = 0;
      let checked = 0;
      while (p < ascii.length) {
        // Hits come in order with per-rule windows added, so positions mostly rise and sometimes step back.
        const back = rng() < 0.2;
        const q = back ? Math.floor(rng() * ascii.length) : Math.min(ascii.length, p + Math.floor(rng() * 300));
        expect(tokenRunEndText(text, q, memoT)).toBe(naiveEnd(text, q));
        expect(tokenRunEndBytes(bytes, q, memoB)).toBe(naiveEnd(ascii, q));
        if (!back) p = q + 1;
        checked++;
      }
      expect(checked).toBeGreaterThan(200);
    });
  }

  it('stops at MAX_TOKEN_RUN past the asked position, also when the memo knows a longer run', () => {
    const run = 'A'.repeat(3 * MAX_TOKEN_RUN);
    const memo = newTokenRunMemo();
    expect(tokenRunEndText(run, 0, memo)).toBe(MAX_TOKEN_RUN);
    expect(tokenRunEndText(run, 10, memo)).toBe(10 + MAX_TOKEN_RUN);
    expect(tokenRunEndText(run, 2 * MAX_TOKEN_RUN + 5, memo)).toBe(run.length);
    expect(tokenRunEndText(run, 5, memo)).toBe(5 + MAX_TOKEN_RUN);
  });
});
