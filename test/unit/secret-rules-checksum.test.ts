// Offline checksums: GitHub (ghp_/gho_/ghu_/ghs_/ghr_) and npm tokens carry a base62 CRC32 of
// their 30 random characters in the last 6 characters.
import { describe, expect, test } from 'vitest';
import { crc32, base62, validGitHubToken, validNpmToken, withBase62Checksum, shannonEntropy } from '@bulkhead/core';
import { makeRng, alnum } from '../support/secret-gen.ts';

describe('crc32 / base62', () => {
  test('crc32 matches the IEEE check value and empty input', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });
  test('base62 pads, uses 0-9A-Za-z, and round-trips numerically', () => {
    expect(base62(0, 6)).toBe('000000');
    expect(base62(61, 2)).toBe('0z');
    expect(base62(62, 1)).toBe('10');
    expect(base62(0xffffffff, 6)).toHaveLength(6);
    const rng = makeRng(3);
    for (let i = 0; i < 200; i++) {
      const n = Math.floor(rng() * 0xffffffff);
      const s = base62(n, 6);
      let back = 0;
      for (const c of s) back = back * 62 + '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'.indexOf(c);
      expect(back).toBe(n);
    }
    expect(() => base62(-1, 6)).toThrow(RangeError);
  });
});

describe('token validators', () => {
  const rng = makeRng(2024);
  const prefixes = ['p', 'o', 'u', 's', 'r'].map((k) => 'gh' + k + '_');
  test('valid checksums pass, every single-character corruption of the checksum fails', () => {
    for (let i = 0; i < 100; i++) {
      const body = withBase62Checksum(alnum(rng, 30));
      for (const p of prefixes) expect(validGitHubToken(p + body)).toBe(true);
      expect(validNpmToken('np' + 'm_' + body)).toBe(true);
      const pos = 30 + (i % 6);
      const wrongChar = body[pos] === 'a' ? 'b' : 'a';
      const bad = body.slice(0, pos) + wrongChar + body.slice(pos + 1);
      expect(validGitHubToken(prefixes[i % 5] + bad)).toBe(false);
      expect(validNpmToken('np' + 'm_' + bad)).toBe(false);
    }
  });
  test('changing the random part invalidates it; random 36-char bodies almost never validate', () => {
    let accepted = 0;
    for (let i = 0; i < 2000; i++) if (validGitHubToken('gh' + 'p_' + alnum(rng, 36))) accepted++;
    expect(accepted).toBeLessThanOrEqual(1);
    const body = withBase62Checksum(alnum(rng, 30));
    const flipped = (body[0] === 'Q' ? 'R' : 'Q') + body.slice(1);
    expect(validGitHubToken('gh' + 'p_' + flipped)).toBe(false);
  });
  test('wrong prefix, length or charset is rejected', () => {
    const body = withBase62Checksum(alnum(rng, 30));
    expect(validGitHubToken('ghx_' + body)).toBe(false);
    expect(validGitHubToken('gh' + 'p_' + body + 'a')).toBe(false);
    expect(validGitHubToken('gh' + 'p_' + body.slice(1))).toBe(false);
    expect(validNpmToken('gh' + 'p_' + body)).toBe(false);
    expect(validNpmToken('np' + 'm_' + body.slice(0, 35) + '-')).toBe(false);
  });
});

describe('shannonEntropy', () => {
  test('known values', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abab')).toBeCloseTo(1);
    expect(shannonEntropy('abcdefgh')).toBeCloseTo(3);
    expect(shannonEntropy(alnum(makeRng(1), 4000))).toBeGreaterThan(5.8);
  });
});
