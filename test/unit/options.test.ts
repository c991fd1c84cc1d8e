import { describe, expect, it } from 'vitest';
import {
  closest,
  editDistance,
  parseBoolean,
  parseBytes,
  parseDuration,
  parseEnum,
  parseGlobs,
  parseInteger,
  parseList,
  parseOptions,
  parseValue,
  formatDuration,
  type ActionDecl,
  type OptionDecl,
} from '../../packages/core/src/options/index.ts';
import { InputError } from '../../packages/core/src/errors.ts';
import { userMessage } from '../../packages/core/src/report/messages.ts';

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parseBoolean', () => {
  it('accepts exactly the YAML 1.2 core forms', () => {
    for (const t of ['true', 'True', 'TRUE', ' true ']) expect(parseBoolean('x', t)).toBe(true);
    for (const f of ['false', 'False', 'FALSE']) expect(parseBoolean('x', f)).toBe(false);
  });
  it('rejects yes/on and says they are YAML 1.1', () => {
    for (const v of ['yes', 'on', 'Off', 'no']) {
      const e = errorOf(() => parseBoolean('summary', v));
      expect(e.input).toBe('summary');
      expect(e.problem).toContain('YAML 1.1');
      expect(e.fix).toBe('use true or false');
    }
    expect(errorOf(() => parseBoolean('summary', 'tRUE')).problem).toBe('"tRUE" is not a boolean');
    expect(errorOf(() => parseBoolean('summary', '1')).problem).toBe('"1" is not a boolean');
  });
});

describe('parseInteger', () => {
  it('parses whole numbers within bounds', () => {
    expect(parseInteger('n', ' 42 ')).toBe(42);
    expect(parseInteger('n', '-7', { min: -10 })).toBe(-7);
    expect(parseInteger('n', '+3')).toBe(3);
    expect(Object.is(parseInteger('n', '-0'), 0)).toBe(true);
  });
  it('names bounds and rejects junk', () => {
    expect(errorOf(() => parseInteger('max-files', '1.5')).problem).toBe('"1.5" is not a whole number');
    expect(errorOf(() => parseInteger('max-files', '')).problem).toBe('"" is not a whole number');
    const low = errorOf(() => parseInteger('max-files', '0', { min: 1, max: 10 }));
    expect(low.problem).toBe('"0" is too small');
    expect(low.fix).toBe('use a value between 1 and 10');
    expect(errorOf(() => parseInteger('n', '11', { max: 10 })).fix).toBe('use a value 10 or less');
    expect(errorOf(() => parseInteger('n', '99999999999999999999')).problem).toContain('too large');
  });
});

describe('parseEnum', () => {
  const values = ['low', 'medium', 'high', 'critical', 'none'] as const;
  it('matches exactly, then case-insensitively to the canonical spelling', () => {
    expect(parseEnum('fail-on', 'high', values)).toBe('high');
    expect(parseEnum('fail-on', 'HIGH', values)).toBe('high');
  });
  it('suggests the closest value', () => {
    const e = errorOf(() => parseEnum('fail-on', 'hgih', values));
    expect(e.problem).toBe('"hgih" is not one of low, medium, high, critical, none');
    expect(e.fix).toBe("did you mean 'high'? Use one of low, medium, high, critical, none");
    expect(errorOf(() => parseEnum('fail-on', 'zzzzzzzz', values)).fix).toBe('use one of low, medium, high, critical, none');
  });
  it('does not quote a secret value', () => {
    const e = errorOf(() => parseEnum('token', 'hunter2hunter2', ['a', 'b'], { secret: true }));
    expect(e.problem).not.toContain('hunter2');
  });
});

describe('parseList', () => {
  it('splits on newlines and commas, trims and drops empties', () => {
    expect(parseList('x', 'a, b\n c ,,\n\n d\r\ne')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(parseList('x', '')).toEqual([]);
    expect(parseList('x', ' , \n ')).toEqual([]);
  });
});

describe('parseBytes', () => {
  it.each([
    ['5MB', 5_000_000],
    ['5MiB', 5 * 1024 ** 2],
    ['512KiB', 512 * 1024],
    ['1.5GB', 1_500_000_000],
    ['1.1GB', 1_100_000_000],
    ['1024', 1024],
    ['0', 0],
    ['7 b', 7],
    ['2tib', 2 * 1024 ** 4],
    ['3kb', 3000],
    ['.5KiB', 512],
  ])('%s = %d', (raw, n) => {
    expect(parseBytes('max-diff-bytes', raw)).toBe(n);
  });
  it('rejects bad units, negatives, fractions of a byte and overflow', () => {
    const e = errorOf(() => parseBytes('max-diff-bytes', '5XB'));
    expect(e.problem).toBe('"5XB" is not a byte size');
    expect(userMessage(e)).toBe(
      'Input \'max-diff-bytes\': "5XB" is not a byte size. Fix: use a number with a unit such as 5MB or 512KiB (B, KB, MB, GB, TB, KiB, MiB, GiB, TiB; a bare number is bytes).',
    );
    expect(errorOf(() => parseBytes('m', '-5MB')).problem).toBe('"-5MB" is negative');
    expect(errorOf(() => parseBytes('m', '1.5B')).problem).toContain('not a whole number of bytes');
    expect(errorOf(() => parseBytes('m', '9999999TiB')).problem).toContain('too large');
    expect(errorOf(() => parseBytes('m', 'NaN')).problem).toContain('not a byte size');
    expect(errorOf(() => parseBytes('m', '5k')).problem).toContain('not a byte size');
    expect(errorOf(() => parseBytes('m', '2MB', { max: 1_000_000 })).fix).toBe('use a value 1 MB or less');
  });
});

describe('parseDuration', () => {
  it.each([
    ['250ms', 250],
    ['90s', 90_000],
    ['5m', 300_000],
    ['2h', 7_200_000],
    ['7d', 604_800_000],
    ['1w', 604_800_000],
    ['1h30m', 5_400_000],
    ['1h 30m 5s', 5_405_000],
    ['90', 90_000],
    ['1.5', 1500],
    ['1.5h', 5_400_000],
    ['0', 0],
    ['2M', 120_000],
  ])('%s = %d ms', (raw, n) => {
    expect(parseDuration('timeout', raw)).toBe(n);
  });
  it('rejects junk with the unit list in the fix', () => {
    for (const bad of ['', 'soon', '1h30', '5 minutes', '1y', '-5s', 'h', '0.0001s']) {
      const e = errorOf(() => parseDuration('timeout', bad));
      expect(e.input).toBe('timeout');
    }
    expect(errorOf(() => parseDuration('timeout', 'soon')).fix).toContain('a bare number is seconds');
    expect(errorOf(() => parseDuration('t', '2h', { max: 3_600_000 })).fix).toBe('use a value 1h or less');
  });
  it('formatDuration reads back', () => {
    expect(formatDuration(5_405_250)).toBe('1h30m5s250ms');
    expect(parseDuration('t', formatDuration(5_405_250))).toBe(5_405_250);
  });
});

describe('parseGlobs', () => {
  it('keeps braces whole and validates patterns', () => {
    expect(parseGlobs('exclude', 'src/{a,b}/**, dist/**\n!keep.txt')).toEqual(['src/{a,b}/**', 'dist/**', '!keep.txt']);
  });
  it.each([
    ['/etc/**', 'absolute'],
    ['C:\\x\\*', 'absolute'],
    ['../**', "'..'"],
    ['a/../../b', "'..'"],
    ['src/[ab', 'not a valid glob'],
    ['src/{a,b', 'not a valid glob'],
    ['!', 'empty'],
    ['foo\\', 'backslash'],
  ])('rejects %s', (raw, why) => {
    const e = errorOf(() => parseGlobs('exclude', raw));
    expect(e.problem).toContain(why);
    expect(e.input).toBe('exclude');
  });
});

describe('parseValue / parseOptions', () => {
  const decl = {
    name: 'demo',
    title: 'Demo',
    description: 'demo',
    outputs: [],
    options: [
      { name: 'fail-on', type: 'enum', values: ['low', 'high'], default: 'low', description: 'd' },
      { name: 'max', type: 'bytes', default: '5MB', min: 1, description: 'd' },
      { name: 'token', type: 'string', required: true, secret: true, description: 'd' },
      { name: 'paths', type: 'list', default: '', description: 'd' },
      { name: 'limit', type: 'integer', description: 'd', min: 0, max: 9 },
      { name: 'wait', type: 'duration', default: '', description: 'd' },
      { name: 'on', type: 'boolean', default: 'false', description: 'd' },
    ],
  } as const satisfies ActionDecl;

  it('takes the first non-empty source, then the default, and records explicit names', () => {
    const { options, explicit } = parseOptions(decl, [
      { 'fail-on': '', token: 'abc', paths: 'a,b', unknown: 'ignored' },
      { 'fail-on': 'high', max: '1KiB', token: 'zzz' },
    ]);
    expect(options).toEqual({ 'fail-on': 'high', max: 1024, token: 'abc', paths: ['a', 'b'], limit: undefined, wait: undefined, on: false });
    expect([...explicit].sort()).toEqual(['fail-on', 'max', 'paths', 'token']);
    const on: boolean = options.on;
    expect(on).toBe(false);
  });
  it('fails for a missing required option, naming it', () => {
    const e = errorOf(() => parseOptions(decl, [{ token: '  ' }]));
    expect(e.input).toBe('token');
    expect(e.problem).toBe('is required but was not given');
  });
  it('honours min/max/values from the declaration', () => {
    const limit = decl.options[4] as OptionDecl;
    expect(parseValue(limit, '9')).toBe(9);
    expect(errorOf(() => parseValue(limit, '10')).fix).toBe('use a value between 0 and 9');
    expect(errorOf(() => parseValue(decl.options[1], '0')).problem).toBe('"0" is too small');
  });
});

describe('suggestions', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('fial-on', 'fail-on')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closest('fial-on', ['fail-on', 'format', 'history'])).toBe('fail-on');
    expect(closest('qqqqqqqq', ['fail-on'])).toBeUndefined();
  });
});
