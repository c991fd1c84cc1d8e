// Property tests: every parser either returns a value or throws InputError, never anything else.
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  BYTE_UNITS,
  DURATION_UNITS,
  formatDuration,
  parseBoolean,
  parseBytes,
  parseDuration,
  parseEnum,
  parseGlobs,
  parseInteger,
  parseList,
  parseValue,
  type OptionDecl,
  type OptionType,
} from '../../packages/core/src/options/index.ts';
import { InputError } from '../../packages/core/src/errors.ts';
import { userMessage } from '../../packages/core/src/report/messages.ts';

const TYPES: OptionType[] = ['string', 'boolean', 'integer', 'enum', 'list', 'bytes', 'duration', 'globs'];
// Strings biased towards the characters the parsers care about.
const rawish = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...'0123456789.,-+ \n\tkKmMgGiIbBsShHdDwW{}[]!/*\\'.split('')) }),
  fc.string({ unit: 'grapheme' }),
);

function onlyInputError(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const msg = userMessage(e);
    expect(msg).not.toMatch(/[\r\n]/);
    expect(msg).toContain('Fix: ');
  }
}

describe('parsers on random strings', () => {
  test.prop([fc.constantFrom(...TYPES), rawish])('throw nothing but InputError', (type, raw) => {
    const decl: OptionDecl = { name: 'opt', type, description: 'd', values: ['alpha', 'beta'], min: 0, max: 1e12 };
    onlyInputError(() => parseValue(decl, raw));
  });
  test.prop([rawish])('each parser directly', (raw) => {
    onlyInputError(() => parseBoolean('b', raw));
    onlyInputError(() => parseInteger('i', raw));
    onlyInputError(() => parseEnum('e', raw, ['x', 'y']));
    onlyInputError(() => parseBytes('y', raw));
    onlyInputError(() => parseDuration('d', raw));
    onlyInputError(() => parseGlobs('g', raw));
  });
  test.prop([rawish])('secret values never appear in the error', (raw) => {
    fc.pre(raw.trim().length >= 6);
    for (const type of TYPES) {
      try {
        parseValue({ name: 'tok', type, description: 'd', values: ['alpha'], secret: true }, raw);
      } catch (e) {
        expect(userMessage(e)).not.toContain(raw.trim());
      }
    }
  });
});

describe('round trips', () => {
  const byteUnit = fc.constantFrom(...Object.keys(BYTE_UNITS));
  test.prop([fc.integer({ min: 0, max: 8_000_000 }), byteUnit, fc.constantFrom('', ' ')])('bytes: n<unit> = n × unit', (n, unit, gap) => {
    const expected = n * BYTE_UNITS[unit];
    fc.pre(Number.isSafeInteger(expected));
    expect(parseBytes('x', `${n}${gap}${unit.toUpperCase()}`)).toBe(expected);
    expect(parseBytes('x', `${n}${unit}`)).toBe(expected);
  });
  test.prop([fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })])('bytes: a bare number is itself', (n) => {
    expect(parseBytes('x', String(n))).toBe(n);
  });
  test.prop([fc.bigInt({ min: BigInt(Number.MAX_SAFE_INTEGER) + 1n, max: 10n ** 30n })])('bytes: beyond safe integers is an error', (n) => {
    expect(() => parseBytes('x', String(n))).toThrow(InputError);
  });
  test.prop([fc.integer({ min: 0, max: 2 ** 45 })])('duration: formatDuration reads back', (ms) => {
    expect(parseDuration('x', formatDuration(ms))).toBe(ms);
  });
  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(...Object.keys(DURATION_UNITS))), { minLength: 1, maxLength: 5 })])(
    'duration: a compound is the sum of its parts',
    (parts) => {
      const text = parts.map(([n, u]) => `${n}${u}`).join('');
      expect(parseDuration('x', text)).toBe(parts.reduce((s, [n, u]) => s + n * DURATION_UNITS[u], 0));
    },
  );
  test.prop([fc.integer({ min: 0, max: 1e9 })])('duration: a bare number is seconds', (s) => {
    expect(parseDuration('x', String(s))).toBe(s * 1000);
  });
});

describe('list invariants', () => {
  const item = fc.string({ minLength: 1 }).map((s) => s.replace(/[,\n\r]/g, '').trim()).filter((s) => s.length > 0);
  test.prop([fc.array(item), fc.constantFrom(',', '\n', ', ', ' ,\n', '\r\n')])('join then parse gives the items back', (items, sep) => {
    expect(parseList('x', items.join(sep))).toEqual(items);
  });
  test.prop([rawish])('items are trimmed, non-empty and contain no separators', (raw) => {
    for (const it of parseList('x', raw)) {
      expect(it).toBe(it.trim());
      expect(it.length).toBeGreaterThan(0);
      expect(it).not.toMatch(/[,\n\r]/);
    }
  });
});
