// Every built-in rule finds generated, format-valid samples of its credential (run the way the
// scanner runs rules), and no rule fires on the hard negatives.
import { describe, expect, test } from 'vitest';
import { BUILTIN_RULES, ruleById, rulesPerFamily } from '@bulkhead/core';
import { makeRng, generateSecret, generateNegative, ALL_RULE_IDS_WITH_GENERATORS, NEGATIVE_KINDS } from '../support/secret-gen.ts';
import { probeRule, probeAll } from '../support/rule-probe.ts';

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

describe('each rule detects its generated samples', () => {
  test.each(BUILTIN_RULES.map((r) => [r.id]))('%s', (id) => {
    const rule = ruleById(id)!;
    const rng = makeRng(0xb01d ^ id.length * 7919 ^ id.charCodeAt(0));
    for (let i = 0; i < SAMPLES; i++) {
      const g = generateSecret(id, rng);
      const hits = probeRule(rule, g.text, i % 2 ? '.env' : 'config/settings.yml');
      expect(hits.map((h) => h.secret), `${id} sample ${i}`).toContain(g.secret);
      // A keyword of the rule occurs in the text (the scanner would never run the rule otherwise).
      expect(rule.keywords.some((k) => g.text.toLowerCase().includes(k))).toBe(true);
    }
  });
});

describe('checksummed rules drop a corrupted token', () => {
  test.each(BUILTIN_RULES.filter((r) => r.validate).map((r) => [r.id]))('%s', (id) => {
    const rule = ruleById(id)!;
    const rng = makeRng(77);
    for (let i = 0; i < SAMPLES; i++) {
      const g = generateSecret(id, rng);
      const last = g.secret.at(-1)!;
      const bad = g.secret.slice(0, -1) + (last === 'Z' ? 'Y' : 'Z');
      expect(probeRule(rule, g.text.replace(g.secret, bad))).toEqual([]);
    }
  });
});

describe('hard negatives produce no finding from any rule', () => {
  test.each(NEGATIVE_KINDS.map((k) => [k]))('%s', (kind) => {
    const rng = makeRng(4242 + kind.length);
    for (let i = 0; i < 12; i++) {
      const n = generateNegative(kind, rng);
      const hits = probeAll(n.text, n.path ?? 'config/app.yml');
      expect(hits.map((h) => `${h.ruleId}@${h.line}`), `${kind}: ${n.text.slice(0, 120)}`).toEqual([]);
    }
  });

  test('generic rules stay quiet in lockfiles and minified bundles but provider rules do not', () => {
    const rng = makeRng(9);
    const gen = generateSecret('generic-api-key', rng);
    const gh = generateSecret('github-pat-classic', rng);
    expect(probeAll(gen.text, 'package-lock.json')).toEqual([]);
    expect(probeAll(gen.text, 'config/app.yml').map((h) => h.ruleId)).toContain('generic-api-key');
    expect(probeAll(gh.text, 'yarn.lock').map((h) => h.ruleId)).toContain('github-pat-classic');
  });
});

describe('the rule and generator sources are clean', () => {
  test('no rule fires on the files that define rules, filters, generators and these tests', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '..', '..');
    const files = [
      ...readdirSync(join(root, 'packages/core/src/secrets/rules')).map((f) => `packages/core/src/secrets/rules/${f}`),
      'packages/core/src/secrets/filters.ts', 'packages/core/src/secrets/checksum.ts',
      'test/support/secret-gen.ts', 'test/support/corpus.ts', 'test/support/rule-probe.ts',
      ...readdirSync(join(root, 'test/unit')).filter((f) => f.startsWith('secret-rules') || f === 'secret-filters.test.ts' || f === 'secret-redos.test.ts').map((f) => `test/unit/${f}`),
    ];
    for (const f of files) {
      const hits = probeAll(readFileSync(join(root, f), 'utf8'), f);
      expect(hits.map((h) => `${f}:${h.line} ${h.ruleId}`)).toEqual([]);
    }
  });
});
