import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createHash } from 'node:crypto';
import { fingerprint, redact, scrub } from '../../packages/core/src/redact/index.ts';

// Synthetic token built at run time from a seeded generator: the source never holds a full token.
function syntheticToken(seed: number, length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let x = seed >>> 0 || 1;
  let out = 'gh' + 'p_';
  while (out.length < length) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += alphabet[(x >>> 0) % alphabet.length];
  }
  return out;
}

describe('redact', () => {
  it('keeps at most 4 characters and a quarter of the length', () => {
    const token = syntheticToken(7, 40);
    expect(redact(token)).toBe(`${token.slice(0, 4)}…(40)`);
    expect(redact('abcdefgh')).toBe('ab…(8)');
    expect(redact('abcdefghijkl')).toBe('abc…(12)');
    expect(redact('abcdefg')).toBe('…(7)');
    expect(redact('')).toBe('…(0)');
  });
  it('counts code points and never splits a surrogate pair', () => {
    expect(redact('😀😀😀😀😀😀😀😀')).toBe('😀😀…(8)');
  });
  test.prop([fc.string({ minLength: 8, maxLength: 200, unit: 'grapheme' })])('never contains a secret of 8+ characters', (s) => {
    const r = redact(s);
    expect(r.includes(s)).toBe(false);
    const n = Array.from(s).length;
    expect(r.endsWith(`…(${n})`)).toBe(true);
    const prefix = Array.from(r.slice(0, r.lastIndexOf('…')));
    expect(prefix.length).toBeLessThanOrEqual(Math.min(4, Math.floor(n / 4)));
  });
  test.prop([fc.string({ maxLength: 7 })])('short secrets show only their length', (s) => {
    expect(redact(s)).toBe(`…(${Array.from(s).length})`);
  });
});

describe('fingerprint', () => {
  it('is sha256 of rule id NUL secret', () => {
    const token = syntheticToken(11, 40);
    const expected = createHash('sha256').update(Buffer.concat([Buffer.from('github-pat'), Buffer.from([0]), Buffer.from(token)])).digest('hex');
    expect(fingerprint('github-pat', token)).toBe(expected);
    expect(fingerprint('github-pat', token)).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint('other', token)).not.toBe(expected);
    // The separator keeps (ab, c) and (a, bc) apart.
    expect(fingerprint('ab', 'c')).not.toBe(fingerprint('a', 'bc'));
  });
});

describe('scrub', () => {
  it('replaces every occurrence, longest first', () => {
    const long = syntheticToken(3, 40);
    const short = long.slice(0, 12);
    const text = `a=${long} b=${short} c=${long}`;
    const out = scrub(text, [short, long]);
    expect(out).toBe(`a=${redact(long)} b=${redact(short)} c=${redact(long)}`);
    expect(out).not.toContain(short);
  });
  it('treats secrets literally and ignores empty ones', () => {
    expect(scrub('x a.b*c+d? y', ['a.b*c+d?', ''])).toBe('x a.…(8) y');
    expect(scrub('unchanged', [])).toBe('unchanged');
  });
  const alnum = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split('')), minLength: 8, maxLength: 40 });
  test.prop([fc.array(alnum, { minLength: 1, maxLength: 5 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 6 })])(
    'leaves no secret behind',
    (secrets, filler) => {
      const text = filler.map((f, i) => f + secrets[i % secrets.length]).join(' ') + secrets.join('\n');
      const out = scrub(text, secrets);
      for (const s of secrets) expect(out).not.toContain(s);
    },
  );
});
