// The JSON schema for `.bulkhead.yml`: generated from the real action declarations, committed, and
// agreeing with the config loader on those same declarations, option by option: for every declared
// option of every action, values of its type are accepted by both and values of another type, or
// misspelt keys, are refused by both.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse, stringify } from 'yaml';
import { ACTION_DECLS } from '../../packages/core/src/decls.ts';
import { buildConfigSchema, parseConfigText, sectionsFromDecls } from '../../packages/core/src/config/index.ts';
import type { OptionDecl } from '../../packages/core/src/options/types.ts';
import { generateSchemaText, SCHEMA_PATH } from '../../scripts/gen-schema.ts';

type Schema = { properties: Record<string, { properties: Record<string, Record<string, unknown>>; additionalProperties: boolean }> };
const sections = sectionsFromDecls(ACTION_DECLS);
// The schema the declarations generate (the first test holds the committed file to it).
const schema = buildConfigSchema(sections) as unknown as Schema;
const ajv = () => new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv().compile(schema);

/** What the committed schema and the real loader say about one config text. */
function verdicts(text: string): { schema: boolean; loader: boolean } {
  const schema = validate(parse(text) ?? null);
  let loader = true;
  try {
    parseConfigText(text, '.bulkhead.yml', sections);
  } catch {
    loader = false;
  }
  return { schema, loader };
}
const configOf = (action: string, key: string, value: unknown) => stringify({ [action]: { [key]: value } });

/** Values of the option's declared type that both must accept, and values that both must refuse. */
function samples(o: OptionDecl): { good: unknown[]; bad: unknown[] } {
  switch (o.type) {
    case 'boolean':
      return { good: [true, false], bad: ['maybe', 3, ['x']] };
    case 'enum':
      return { good: [...(o as { values: readonly string[] }).values], bad: [`${(o as { values: readonly string[] }).values[0]}x`, 'NOPE', 3] };
    case 'integer': {
      // Inside the declared bounds both accept; just outside them both refuse.
      const lo = o.min ?? 0;
      const hi = o.max ?? lo + 250;
      const outside = [...(o.min !== undefined ? [o.min - 1] : []), ...(o.max !== undefined ? [o.max + 1] : [])];
      return { good: [lo, hi, Math.floor((lo + hi) / 2)], bad: ['many', 1.5, [1], ...outside] };
    }
    case 'bytes':
      return { good: [1024, '5MiB', '1.5 GB', '100MB'].filter((v) => o.min === undefined || typeof v !== 'number' || v >= o.min), bad: ['5XB', 'lots', -1, [1]] };
    case 'duration': {
      // Seconds at or above the declared minimum (bounds are in ms). (A string below the minimum, such
      // as '1s', only the loader can refuse: a pattern cannot compare durations.)
      const secs = Math.ceil((o.min ?? 0) / 1000) + 90;
      const good = o.max !== undefined && secs * 1000 > o.max ? [] : [secs, `${secs}s`, `${secs * 1000}ms`, `${Math.floor(secs / 60)}m${secs % 60}s`];
      return { good, bad: ['soon', '5 fortnights', [1]] };
    }
    case 'globs':
    case 'list':
      // (A bare number is not refused by both: the loader reads `exclude: 3` as the string "3".)
      return { good: [['a/**', '*.leak'], 'a/**, b/**', []], bad: [{ a: 1 }, [{ a: 1 }], [['a']]] };
    case 'string':
      return { good: ['x', 'some/path.json'], bad: [['x'], { a: 1 }] };
    default:
      throw new Error(`config-schema test: no samples for option type ${o.type} (${o.name}): add them`);
  }
}

describe('config schema', () => {
  it('the committed schema is the generated one, and compiles under draft 2020-12 (strict)', () => {
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    expect(committed, 'schema/bulkhead.schema.json is stale: run `npm run gen-schema` and commit it').toBe(generateSchemaText());
    expect(() => ajv().compile(JSON.parse(committed))).not.toThrow();
  });

  it('has a section per declared action and a property per declared option, and nothing undeclared', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(ACTION_DECLS.map((d) => d.name).sort());
    for (const s of sections) {
      const props = schema.properties[s.action]!;
      expect(props.additionalProperties, s.action).toBe(false);
      const declared = [...s.options.map((o) => o.name), ...Object.keys(s.extra ?? {})].sort();
      expect(Object.keys(props.properties).sort(), s.action).toEqual(declared);
      for (const o of s.options) {
        const p = props.properties[o.name]!;
        expect(p.description, `${s.action}.${o.name}`).toBe(o.description);
        if (o.type === 'enum') expect(p.enum, `${s.action}.${o.name}`).toEqual([...(o as { values: readonly string[] }).values]);
      }
    }
  });

  const perOption = sections.flatMap((s) => s.options.map((o) => [`${s.action}.${o.name} (${o.type})`, s.action, o] as const));
  it.each(perOption)('schema and loader agree on %s', (_label, action, o) => {
    const { good, bad } = samples(o);
    for (const v of good) expect(verdicts(configOf(action, o.name, v)), `${JSON.stringify(v)} should be accepted`).toEqual({ schema: true, loader: true });
    for (const v of bad) expect(verdicts(configOf(action, o.name, v)), `${JSON.stringify(v)} should be refused`).toEqual({ schema: false, loader: false });
    // The schema's own default is a value both accept.
    const dflt = schema.properties[action]!.properties[o.name]!.default;
    if (dflt !== undefined) expect(verdicts(configOf(action, o.name, dflt)), `default ${JSON.stringify(dflt)}`).toEqual({ schema: true, loader: true });
    // A misspelt key is refused by both.
    expect(good.length, 'no in-bounds sample').toBeGreaterThan(0);
    expect(verdicts(configOf(action, `${o.name}x`, good[0]))).toEqual({ schema: false, loader: false });
  });

  it.each([
    ['', true],
    ['secret-scan:\n', true],
    ['secret-scn: {}\n', false],
    ['secret-scan:\n  rules:\n    - {id: a, regex: b, keywords: [c], severity: low}\n  allow: {paths: [x], fingerprints: [abc]}\n', true],
    ['secret-scan:\n  rules:\n    - {id: a, regex: b}\n', false],
    ['secret-scan:\n  allow: {path: [x]}\n', false],
  ])('schema and loader agree on the non-option keys: %j (valid: %s)', (text, valid) => {
    expect(verdicts(text)).toEqual({ schema: valid, loader: valid });
  });
});
