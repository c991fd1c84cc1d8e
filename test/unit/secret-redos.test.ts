// Catastrophic-backtracking guard: every rule's pattern must run in (near) linear time on inputs
// built to hurt it: long runs of its own character classes, its keyword/prefix repeated, and a
// 1 MB single line of mixed token characters. Each pattern is run as a scanner would, with a
// global copy over the whole input, collecting every match.
import { describe, expect, test } from 'vitest';
import { BUILTIN_RULES } from '@bulkhead/core';
import type { SecretRule } from '@bulkhead/core';
import { makeRng, chars } from '../support/secret-gen.ts';

const PER_INPUT_MS = 200;
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '\n';

/** The characters named by the rule's bracket classes (ranges expanded; negated classes complemented). */
export function classAlphabet(source: string): string {
  const out = new Set<string>();
  for (const m of source.matchAll(/\[(\^?)((?:\\.|[^\]\\])+)\]/g)) {
    const set = new Set<string>();
    const body = m[2];
    for (let i = 0; i < body.length; i++) {
      let c = body[i];
      if (c === '\\') {
        const e = body[++i];
        if (e === 's') { set.add(' ').add('\n').add('\t'); continue; }
        if (e === 'd') { for (const d of '0123456789') set.add(d); continue; }
        if (e === 'w') { for (const d of 'abcXYZ019_') set.add(d); continue; }
        if (e === 'x') { c = String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16)); i += 2; }
        else if (e === 'r') c = '\r';
        else if (e === 'n') c = '\n';
        else c = e;
      }
      if (body[i + 1] === '-' && i + 2 < body.length) {
        const hi = body[i + 2] === '\\' ? body[i + 3] : body[i + 2];
        for (let k = c.charCodeAt(0); k <= hi.charCodeAt(0); k++) set.add(String.fromCharCode(k));
        i += body[i + 2] === '\\' ? 3 : 2;
        continue;
      }
      set.add(c);
    }
    if (m[1] === '^') for (const p of PRINTABLE) { if (!set.has(p)) out.add(p); }
    else for (const c of set) out.add(c);
  }
  return [...out].join('') || 'abc';
}

function timeOnce(rule: SecretRule, input: string): number {
  const re = new RegExp(rule.pattern.source, rule.pattern.flags + 'g');
  const t0 = performance.now();
  let n = 0;
  for (const _m of input.matchAll(re)) n++;
  return performance.now() - t0 + n * 0; // n keeps the loop from being optimized away
}

/** Best of two runs: the machine is shared, and a GC pause or a busy core must not fail a linear pattern. */
function timeRule(rule: SecretRule, input: string): number {
  const first = timeOnce(rule, input);
  return first < PER_INPUT_MS / 2 ? first : Math.min(first, timeOnce(rule, input));
}

function repeatTo(unit: string, len: number): string {
  return unit.repeat(Math.ceil(len / unit.length)).slice(0, len);
}

/** A keyword written the way the pattern expects it (most prefixes are case-sensitive upper/mixed). */
function prefixVariants(rule: SecretRule): string[] {
  const lit = /^(?:\(\?<!\[[^\]]*\]\))?([A-Za-z0-9_.$:\\-]{2,})/.exec(rule.pattern.source)?.[1]?.replace(/\\(.)/g, '$1');
  const out = new Set<string>(rule.keywords);
  if (lit) out.add(lit);
  for (const k of rule.keywords) out.add(k.toUpperCase());
  return [...out];
}

const rng = makeRng(1337);
const MIXED_1MB = chars(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-./+=:@%$~', 1 << 20);
const totals: number[] = [];

describe('patterns run in linear time on adversarial input', () => {
  test.each(BUILTIN_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const alphabet = classAlphabet(rule.pattern.source);
    const inputs: [string, string][] = [
      ['class run 100KB', chars(rng, alphabet, 100_000)],
      ['class run no separators 100KB', chars(rng, alphabet.replace(/[\s.:=\-_/]/g, '') || alphabet, 100_000)],
    ];
    for (const p of prefixVariants(rule)) {
      inputs.push([`prefix ${p} repeated`, repeatTo(p, 100_000)]);
      inputs.push([`prefix ${p} + class chars repeated`, repeatTo(p + chars(rng, alphabet, 40), 100_000)]);
      inputs.push([`prefix ${p} + long class run`, p + chars(rng, alphabet, 100_000)]);
    }
    inputs.push(['mixed 1MB line', MIXED_1MB]);
    let ruleTotal = 0;
    for (const [label, input] of inputs) {
      const ms = timeRule(rule, input);
      ruleTotal += ms;
      expect(ms, `${rule.id} on ${label}: ${ms.toFixed(1)} ms`).toBeLessThan(PER_INPUT_MS);
    }
    totals.push(ruleTotal);
  });

  test('total time over all rules and inputs stays bounded', () => {
    const sum = totals.reduce((a, b) => a + b, 0);
    console.log(`redos: ${totals.length} rules, total ${sum.toFixed(0)} ms, slowest rule ${Math.max(...totals).toFixed(1)} ms`);
    expect(totals.length).toBe(BUILTIN_RULES.length);
    expect(sum).toBeLessThan(20_000);
  });

  test('the harness itself catches a backtracking pattern', () => {
    const bad: SecretRule = { ...BUILTIN_RULES[0], pattern: /(?:[a-z]+)+!/ };
    expect(timeRule(bad, 'a'.repeat(26))).toBeGreaterThan(PER_INPUT_MS);
  });
});
