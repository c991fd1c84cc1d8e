// compileRules' copies of rule data for the hot path: the `secret` group found by index must be the group V8
// names `secret`, on every built-in rule's generated match and on hand-made patterns with escapes, classes,
// lookarounds and other named groups; shapeRule keeps every field.
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../packages/core/src/secrets/index.ts';
import { compileRules, secretGroupInMatch, secretGroupIndex, shapeRule } from '../../packages/core/src/secrets/scanner/compile.ts';
import { ALL_RULE_IDS_WITH_GENERATORS, generateSecret, makeRng } from '../support/secret-gen.ts';

describe('secret group by index', () => {
  it('is the named group V8 reports, for every built-in rule with one (generated matches)', () => {
    const rng = makeRng(77);
    let checked = 0;
    for (const r of BUILTIN_RULES) {
      const idx = secretGroupIndex(r.pattern.source);
      if (!/\(\?<secret>/.test(r.pattern.source)) {
        expect(idx, r.id).toBe(-1);
        continue;
      }
      expect(ALL_RULE_IDS_WITH_GENERATORS, r.id).toContain(r.id);
      const m = new RegExp(r.pattern.source, r.pattern.flags).exec(generateSecret(r.id, rng).text);
      expect(m, r.id).not.toBeNull();
      expect(m![idx], r.id).toBe(m!.groups!.secret);
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('counts plain and named groups, not lookarounds, non-capturing groups, escaped or class parentheses', () => {
    const cases: [string, string][] = [
      [String.raw`(a)(?:b)(?<=b)(?<!x)(?=\()(?!y)\((?<x>g)[(](?<secret>h)`, 'ab(g(h'],
      [String.raw`[\]()](?<secret>x)(y)`, ')xy'],
      [String.raw`(?<secret>x)`, 'x'],
      [String.raw`\\((?<secret>x))`, '\\x'],
    ];
    for (const [src, text] of cases) {
      const m = new RegExp(src).exec(text);
      expect(m, src).not.toBeNull();
      expect(m![secretGroupIndex(src)], src).toBe(m!.groups!.secret);
      expect(m!.groups!.secret).toBe(src.includes('<secret>h') ? 'h' : 'x');
    }
  });
});

describe('secret group inside the match', () => {
  it('is false only inside a lookaround, whatever parentheses sit in classes or escapes', () => {
    expect(secretGroupInMatch(String.raw`(?<secret>x)`)).toBe(true);
    expect(secretGroupInMatch(String.raw`(?:a(?<secret>x))`)).toBe(true);
    expect(secretGroupInMatch(String.raw`(?<=(?<secret>x))`)).toBe(false);
    expect(secretGroupInMatch(String.raw`(?=[)](?<secret>x))`)).toBe(false);
    expect(secretGroupInMatch(String.raw`(?=a)\((?<secret>x)`)).toBe(true);
    expect(secretGroupInMatch('abc')).toBe(false);
  });

  it('agrees with V8 on every built-in rule: a secret said to be in the match is a part of the match text', () => {
    const rng = makeRng(78);
    for (const c of compileRules(BUILTIN_RULES).rules) {
      if (!c.secretInMatch) continue;
      const m = new RegExp(c.rule.pattern.source, c.rule.pattern.flags).exec(generateSecret(c.id, rng).text)!;
      expect(m[0].includes(m.groups!.secret), c.id).toBe(true);
    }
  });
});

describe('shapeRule', () => {
  it('keeps every field of every built-in rule, and gives them all one key order', () => {
    const shaped = BUILTIN_RULES.map(shapeRule);
    const keys = JSON.stringify(Object.keys(shaped[0]));
    BUILTIN_RULES.forEach((r, i) => {
      expect(Object.keys(shaped[i]).join(), r.id).toBe(JSON.parse(keys).join());
      for (const [k, v] of Object.entries(r)) expect((shaped[i] as unknown as Record<string, unknown>)[k], `${r.id}.${k}`).toBe(v);
    });
    // compileRules reads the rule's values through one shape.
    const cr = compileRules(BUILTIN_RULES);
    cr.rules.forEach((c, i) => {
      expect([c.id, c.minEntropy, c.validate, c.reject, c.confidence]).toEqual([BUILTIN_RULES[i].id, BUILTIN_RULES[i].minEntropy, BUILTIN_RULES[i].validate, BUILTIN_RULES[i].reject, BUILTIN_RULES[i].confidence ?? 0.8]);
    });
  });
});
