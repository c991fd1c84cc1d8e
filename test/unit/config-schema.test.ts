// The JSON schema for `.bulkhead.yml`: generated from declarations, committed, and agreeing with the loader.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { buildConfigSchema, parseConfigText } from '../../packages/core/src/config/index.ts';
import { generateSchemaText, SCHEMA_PATH } from '../../scripts/gen-schema.ts';
import { demoSections } from './config-fixture.ts';

function validator(schema: object) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  return ajv.compile(schema);
}

describe('config schema', () => {
  it('the committed schema is the generated one', () => {
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    expect(committed, 'schema/bulkhead.schema.json is stale: run `node scripts/gen-schema.ts` (via npx/npm so Node 24 runs it) and commit it').toBe(generateSchemaText());
  });
  it('the committed schema compiles under draft 2020-12 (strict)', () => {
    expect(() => validator(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')))).not.toThrow();
  });

  const schema = buildConfigSchema(demoSections);
  const validate = validator(schema);
  const accepts = (text: string) => {
    const ok = validate(parse(text) ?? null);
    let loaderOk = true;
    try {
      parseConfigText(text, '.bulkhead.yml', demoSections);
    } catch {
      loaderOk = false;
    }
    return { schema: ok, loader: loaderOk };
  };

  it('describes options with types, enums, defaults and no extra keys', () => {
    const section = (schema.properties as Record<string, Record<string, unknown>>)['secret-scan'];
    expect(section.additionalProperties).toBe(false);
    const props = section.properties as Record<string, Record<string, unknown>>;
    expect(props['fail-on']).toEqual({ type: 'string', enum: ['low', 'medium', 'high', 'critical', 'none'], default: 'low', description: 'Fail threshold.' });
    expect(props.history).toEqual({ type: 'boolean', default: false, description: 'Scan history.' });
    expect(props.jobs).toMatchObject({ type: 'integer', minimum: 1, maximum: 64 });
    expect(props['max-artifact-size'].default).toBe('100MB');
    expect((props.allow as { additionalProperties: boolean }).additionalProperties).toBe(false);
  });
  it.each([
    ['secret-scan:\n  fail-on: high\n  max-artifact-size: 5MiB\n  history: true\n  exclude: [dist/**]\n  timeout: 1h30m\n  jobs: 4\n  rules:\n    - {id: a, regex: b, keywords: [c], severity: low}\n  allow: {paths: [x], fingerprints: [abc]}\ndiff-telemetry:\n  max-files: 10\n', true],
    ['secret-scan:\n  max-artifact-size: 1024\n  timeout: 90\n  exclude: "a/**, b/**"\n', true],
    ['', true],
    ['secret-scan:\n', true],
    ['secret-scan:\n  fial-on: high\n', false],
    ['secret-scn: {}\n', false],
    ['secret-scan:\n  fail-on: hgih\n', false],
    ['secret-scan:\n  jobs: 0\n', false],
    ['secret-scan:\n  max-artifact-size: 5XB\n', false],
    ['secret-scan:\n  timeout: soon\n', false],
    ['secret-scan:\n  rules:\n    - {id: a, regex: b}\n', false],
    ['secret-scan:\n  allow: {path: [x]}\n', false],
  ])('schema and loader agree on %j (valid: %s)', (text, valid) => {
    expect(accepts(text)).toEqual({ schema: valid, loader: valid });
  });
});
