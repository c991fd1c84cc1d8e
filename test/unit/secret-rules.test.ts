// Every built-in rule finds generated, format-valid samples of its credential through the real engine
// (worker threads, all rules and filters together), and no rule fires on the hard negatives.
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_RULES, ruleById, rulesPerFamily } from '@bulkhead/core';
import { makeRng, generateSecret, generateNegative, ALL_RULE_IDS_WITH_GENERATORS, NEGATIVE_KINDS } from '../support/secret-gen.ts';
import { probeTexts, type ProbeHit } from '../support/rule-probe.ts';

const SAMPLES = 8;

describe('rule set metadata', () => {
  test('at least 70 rules, unique kebab-case ids, ruleById finds each', () => {
    expect(BUILTIN_RULES.length).toBeGreaterThanOrEqual(70);
    const ids = BUILTIN_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of BUILTIN_RULES) {
      expect(r.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(ruleById(r.id)).toBe(r);
    }
    expect(ruleById('no-such-rule')).toBeUndefined();
  });

  test('every rule has keywords (lower-case), description, remediation, family, severity, non-global pattern', () => {
    for (const r of BUILTIN_RULES) {
      expect(r.keywords.length, r.id).toBeGreaterThan(0);
      for (const k of r.keywords) expect(k, r.id).toBe(k.toLowerCase());
      expect(r.description.length, r.id).toBeGreaterThan(10);
      expect(r.remediation.length, r.id).toBeGreaterThan(30);
      expect(r.family, r.id).toMatch(/^[a-z]+$/);
      expect(['low', 'medium', 'high', 'critical']).toContain(r.severity);
      expect(r.pattern.global || r.pattern.sticky, r.id).toBe(false);
      expect(r.name, r.id).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    }
  });

  test('every rule has a generator', () => {
    expect([...ALL_RULE_IDS_WITH_GENERATORS].sort()).toEqual(BUILTIN_RULES.map((r) => r.id).sort());
  });

  test('per-family rule counts', () => {
    const counts = rulesPerFamily();
    console.log('rules per family:', JSON.stringify(counts), 'total', BUILTIN_RULES.length);
    for (const f of ['cloud', 'vcs', 'registry', 'saas', 'chat', 'payment', 'ai', 'key', 'jwt', 'url', 'generic']) {
      expect(counts[f], f).toBeGreaterThan(0);
    }
  });
});

// Every sample below goes through the real engine (scanFiles on worker threads, all built-in rules and
// filters) in one batch; each test reads its own inputs' results.
interface Case { path: string; text: string }
const cases: Case[] = [];
const add = (path: string, text: string): number => cases.push({ path, text }) - 1;
let results: ProbeHit[][] = [];

// (A rule without a generator fails 'every rule has a generator' above; it cannot be sampled here.)
const sampled = BUILTIN_RULES.filter((r) => ALL_RULE_IDS_WITH_GENERATORS.includes(r.id));
const detect = sampled.map((rule) => {
  const rng = makeRng(0xb01d ^ rule.id.length * 7919 ^ rule.id.charCodeAt(0));
  return {
    id: rule.id,
    samples: Array.from({ length: SAMPLES }, (_, i) => {
      const g = generateSecret(rule.id, rng);
      return { g, at: add(i % 2 ? `s${i}/.env` : `config/settings-${i}.yml`, g.text) };
    }),
  };
});

const corrupted = sampled.filter((r) => r.validate).map((rule) => {
  const rng = makeRng(77);
  return {
    id: rule.id,
    samples: Array.from({ length: SAMPLES }, () => {
      const g = generateSecret(rule.id, rng);
      const last = g.secret.at(-1)!;
      const bad = g.secret.slice(0, -1) + (last === 'Z' ? 'Y' : 'Z');
      return { bad, at: add('snippet.txt', g.text.replace(g.secret, bad)) };
    }),
  };
});

const negatives = NEGATIVE_KINDS.map((kind) => {
  const rng = makeRng(4242 + kind.length);
  return { kind, samples: Array.from({ length: 12 }, () => {
    const n = generateNegative(kind, rng);
    return { text: n.text, at: add(n.path ?? 'config/app.yml', n.text) };
  }) };
});

const rngPlaces = makeRng(9);
const generic = generateSecret('generic-api-key', rngPlaces);
const gh = generateSecret('github-pat-classic', rngPlaces);
const places = {
  genericInLockfile: add('package-lock.json', generic.text),
  genericInConfig: add('config/app.yml', generic.text),
  githubInLockfile: add('yarn.lock', gh.text),
};

const SOURCE_ROOT = join(import.meta.dirname, '..', '..');
const sources = [
  ...readdirSync(join(SOURCE_ROOT, 'packages/core/src/secrets/rules')).map((f) => `packages/core/src/secrets/rules/${f}`),
  'packages/core/src/secrets/filters.ts', 'packages/core/src/secrets/checksum.ts',
  'test/support/secret-gen.ts', 'test/support/corpus.ts', 'test/support/rule-probe.ts',
  ...readdirSync(join(SOURCE_ROOT, 'test/unit')).filter((f) => f.startsWith('secret-rules') || f === 'secret-filters.test.ts' || f === 'secret-redos.test.ts').map((f) => `test/unit/${f}`),
].map((f) => ({ f, at: add(f, readFileSync(join(SOURCE_ROOT, f), 'utf8')) }));

beforeAll(async () => {
  results = await probeTexts(cases);
}, 120_000);

const ruleIds = (at: number) => results[at]!.map((h) => h.ruleId);

describe('each rule detects its generated samples (real engine, worker threads)', () => {
  test.each(detect.map((d) => [d.id, d]))('%s', (id, d) => {
    const rule = ruleById(id)!;
    for (const [i, { g, at }] of d.samples.entries()) {
      const hits = results[at]!.filter((h) => h.ruleId === id);
      expect(hits.map((h) => h.secret), `${id} sample ${i}`).toContain(g.secret);
      // A keyword of the rule occurs in the text (the scanner would never run the rule otherwise).
      expect(rule.keywords.some((k) => g.text.toLowerCase().includes(k))).toBe(true);
    }
  });
});

describe('checksummed rules drop a corrupted token', () => {
  test.each(corrupted.map((c) => [c.id, c]))('%s', (id, c) => {
    for (const { bad, at } of c.samples) {
      expect(results[at]!.filter((h) => h.ruleId === id || h.secret === bad).map((h) => h.ruleId)).toEqual([]);
    }
  });
});

describe('hard negatives produce no finding from any rule', () => {
  test.each(negatives.map((n) => [n.kind, n]))('%s', (kind, n) => {
    for (const { text, at } of n.samples) {
      expect(results[at]!.map((h) => `${h.ruleId}@${h.line}`), `${kind}: ${text.slice(0, 120)}`).toEqual([]);
    }
  });

  test('generic rules stay quiet in lockfiles and minified bundles but provider rules do not', () => {
    expect(results[places.genericInLockfile]).toEqual([]);
    expect(ruleIds(places.genericInConfig)).toContain('generic-api-key');
    expect(ruleIds(places.githubInLockfile)).toContain('github-pat-classic');
  });
});

describe('the rule and generator sources are clean', () => {
  test('no rule fires on the files that define rules, filters, generators and these tests', () => {
    expect(sources.length).toBeGreaterThan(15);
    for (const { f, at } of sources) expect(results[at]!.map((h) => `${f}:${h.line} ${h.ruleId}`)).toEqual([]);
  });
});
