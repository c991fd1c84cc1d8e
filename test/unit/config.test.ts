// The `.bulkhead.yml` loader against real files in temp dirs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, parseConfigText } from '../../packages/core/src/config/index.ts';
import { demoDecl, demoSections } from './config-fixture.ts';
import { ConfigError } from '../../packages/core/src/errors.ts';
import { parseOptions } from '../../packages/core/src/options/index.ts';
import { userMessage } from '../../packages/core/src/report/messages.ts';

let root = '';
let n = 0;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'bulkhead-config-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function repoWith(files: Record<string, string>): string {
  const dir = join(root, `r${n++}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function configError(p: Promise<unknown>): Promise<ConfigError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

const SAMPLE = `# sample
secret-scan:
  fail-on: high
  max-artifact-size: 5MiB
  history: true
  exclude:
    - dist/**
    - "src/{a,b}/*.snap"
  timeout: 90
  jobs: 4
  rules:
    - id: acme-key
      regex: "acme_[a-z0-9]{32}"
      keywords: [acme_]
      severity: high
  allow:
    paths: [test/fixtures/**]
diff-telemetry:
`;

describe('loadConfig', () => {
  it('reads .bulkhead.yml from cwd and gives raw strings that parse like inputs', async () => {
    const cwd = repoWith({ '.bulkhead.yml': SAMPLE });
    const cfg = await loadConfig({ cwd, sections: demoSections });
    expect(cfg.path).toBe(join(cwd, '.bulkhead.yml'));
    const s = cfg.section('secret-scan');
    expect(s.raw).toEqual({ 'fail-on': 'high', 'max-artifact-size': '5MiB', history: 'true', exclude: 'dist/**\nsrc/{a,b}/*.snap', timeout: '90', jobs: '4' });
    expect(s.extra).toEqual({
      rules: [{ id: 'acme-key', regex: 'acme_[a-z0-9]{32}', keywords: ['acme_'], severity: 'high' }],
      allow: { paths: ['test/fixtures/**'] },
    });
    // Inputs first, config second: an input wins, config fills the rest.
    const { options, explicit } = parseOptions(demoDecl, [{ 'fail-on': 'critical', history: '' }, s.raw]);
    expect(options).toEqual({ 'fail-on': 'critical', 'max-artifact-size': 5 * 1024 * 1024, history: true, exclude: ['dist/**', 'src/{a,b}/*.snap'], timeout: 90_000, jobs: 4 });
    expect(explicit.has('history')).toBe(true);
    expect(cfg.section('diff-telemetry')).toEqual({ raw: {}, extra: {} });
    expect(cfg.section('not-declared')).toEqual({ raw: {}, extra: {} });
  });
  it('falls back to .bulkhead.yaml, then to an empty config', async () => {
    const yaml = repoWith({ '.bulkhead.yaml': 'secret-scan:\n  fail-on: none\n' });
    expect((await loadConfig({ cwd: yaml, sections: demoSections })).section('secret-scan').raw).toEqual({ 'fail-on': 'none' });
    const none = await loadConfig({ cwd: repoWith({}), sections: demoSections });
    expect(none.path).toBeUndefined();
    expect(none.section('secret-scan')).toEqual({ raw: {}, extra: {} });
    const empty = await loadConfig({ cwd: repoWith({ '.bulkhead.yml': '# nothing yet\n' }), sections: demoSections });
    expect(empty.section('secret-scan').raw).toEqual({});
  });
  it('an explicit file that is missing is an error naming it', async () => {
    const e = await configError(loadConfig({ cwd: repoWith({}), file: 'ci/bulkhead.yml', sections: demoSections }));
    expect(e.input).toBe('ci/bulkhead.yml');
    expect(userMessage(e)).toMatch(/^ci\/bulkhead\.yml: does not exist or is not a file\. Fix: /);
  });
  it('reads an explicit file relative to cwd', async () => {
    const cwd = repoWith({ 'other.yml': 'secret-scan:\n  jobs: 2\n' });
    const cfg = await loadConfig({ cwd, file: 'other.yml', sections: demoSections });
    expect(cfg.section('secret-scan').raw).toEqual({ jobs: '2' });
  });
  it('reports YAML syntax errors with the line', async () => {
    const e = await configError(loadConfig({ cwd: repoWith({ '.bulkhead.yml': 'secret-scan:\n  fail-on: high\n   bad: [\n' }), sections: demoSections }));
    expect(e.input).toMatch(/^\.bulkhead\.yml line \d+$/);
    expect(e.problem).toMatch(/^is not valid YAML/);
    const dup = await configError(loadConfig({ cwd: repoWith({ '.bulkhead.yml': 'secret-scan:\n  jobs: 1\n  jobs: 2\n' }), sections: demoSections }));
    expect(dup.input).toBe('.bulkhead.yml line 3');
    expect(dup.fix).toBe('keep only one of the repeated keys');
  });
  it.each([
    ['secret-scan:\n  fial-on: high\n', '.bulkhead.yml: secret-scan.fial-on', "did you mean 'fail-on'?"],
    ['secret-scn:\n  fail-on: high\n', '.bulkhead.yml: secret-scn', "did you mean 'secret-scan'?"],
    ['secret-scan:\n  alow:\n    paths: []\n', '.bulkhead.yml: secret-scan.alow', "did you mean 'allow'?"],
    ['secret-scan:\n  allow:\n    path: [x]\n', '.bulkhead.yml: secret-scan.allow.path', "did you mean 'paths'?"],
    ['secret-scan:\n  rules:\n    - id: x\n      regex: y\n', '.bulkhead.yml: secret-scan.rules[0].keywords', undefined],
    ['secret-scan:\n  rules:\n    - id: x\n      regex: y\n      keywords: [a]\n      severity: hihg\n', '.bulkhead.yml: secret-scan.rules[0].severity', "did you mean 'high'?"],
    ['secret-scan:\n  max-artifact-size: 5XB\n', '.bulkhead.yml: secret-scan.max-artifact-size', undefined],
    ['secret-scan:\n  history: yes\n', '.bulkhead.yml: secret-scan.history', 'use true or false'],
    ['secret-scan:\n  jobs: 100\n', '.bulkhead.yml: secret-scan.jobs', 'use a value between 1 and 64'],
    ['secret-scan:\n  fail-on: [high]\n', '.bulkhead.yml: secret-scan.fail-on', 'write one value'],
    ['secret-scan:\n  fail-on:\n', '.bulkhead.yml: secret-scan.fail-on', 'give it a value or remove the key'],
    ['secret-scan:\n  exclude: ../outside/**\n', '.bulkhead.yml: secret-scan.exclude', undefined],
    ['secret-scan: [1, 2]\n', '.bulkhead.yml: secret-scan', undefined],
    ['- just\n- a list\n', '.bulkhead.yml', undefined],
  ])('rejects %j naming %s', async (text, input, fix) => {
    const e = await configError(loadConfig({ cwd: repoWith({ '.bulkhead.yml': text }), sections: demoSections }));
    expect(e.input).toBe(input);
    if (fix !== undefined) expect(e.fix).toBe(fix);
    expect(userMessage(e)).not.toMatch(/\n/);
  });
  it('says it the way the user reads it', async () => {
    const e = await configError(loadConfig({ cwd: repoWith({ '.bulkhead.yml': 'secret-scan:\n  max-artifact-size: 5XB\n' }), sections: demoSections }));
    expect(userMessage(e)).toBe(
      ".bulkhead.yml key 'secret-scan.max-artifact-size': \"5XB\" is not a byte size. Fix: use a number with a unit such as 5MB or 512KiB (B, KB, MB, GB, TB, KiB, MiB, GiB, TiB; a bare number is bytes).",
    );
  });

  const keys = ['fail-on', 'max-artifact-size', 'history', 'exclude', 'timeout', 'jobs', 'rules', 'allow'];
  const typo = fc
    .tuple(fc.constantFrom(...keys), fc.nat(), fc.constantFrom('swap', 'drop', 'double'))
    .map(([key, at, how]) => {
      const i = at % (key.length - 1);
      if (how === 'swap') return key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
      if (how === 'drop') return key.slice(0, i) + key.slice(i + 1);
      return key.slice(0, i) + key[i] + key.slice(i);
    });
  test.prop([typo])('a one-edit typo of a key is rejected and the suggestion is one edit away', (bad) => {
    fc.pre(!keys.includes(bad));
    let err: unknown;
    try {
      parseConfigText(`secret-scan:\n  ${JSON.stringify(bad)}: x\n`, '.bulkhead.yml', demoSections);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const fix = (err as ConfigError).fix;
    const m = /did you mean '([^']+)'/.exec(fix);
    expect(m, fix).not.toBeNull();
    expect(keys).toContain(m![1]);
  });
});
