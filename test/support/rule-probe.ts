// Test-only, rule-level check that runs a rule the way the scanner is specified to: keyword
// prefilter (lower-cased text), the pattern near a keyword hit, entropy gate, validate, reject,
// then the global false-positive filter. It is NOT the product scanner.
import { isFalsePositive, shannonEntropy, BUILTIN_RULES } from '@bulkhead/core';
import type { SecretRule } from '@bulkhead/core';

export interface ProbeHit {
  ruleId: string;
  secret: string;
  /** 1-based line where the secret starts. */
  line: number;
  index: number;
}

function keywordHits(rule: SecretRule, lower: string): number[] {
  const hits: number[] = [];
  for (const k of rule.keywords) {
    for (let i = lower.indexOf(k); i >= 0; i = lower.indexOf(k, i + 1)) hits.push(i);
  }
  return hits.sort((a, b) => a - b);
}

function lineAt(text: string, index: number): { no: number; line: string } {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const endNl = text.indexOf('\n', index);
  let no = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) no++;
  return { no, line: text.slice(start, endNl < 0 ? text.length : endNl) };
}

export function probeRule(rule: SecretRule, text: string, path = 'snippet.txt'): ProbeHit[] {
  const lower = text.toLowerCase();
  const hits = keywordHits(rule, lower);
  if (hits.length === 0) return [];
  const window = rule.window ?? 256;
  const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'g');
  const out: ProbeHit[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    // The scanner only looks near a keyword hit (multiline rules: from the keyword line on).
    const near = rule.multiline
      ? hits.some((h) => h >= start - window && h <= start + window)
      : hits.some((h) => h >= start - window && h <= end + window);
    if (!near) continue;
    const secret = m.groups?.secret ?? m[0];
    const index = start + (m.groups?.secret !== undefined ? m[0].indexOf(secret) : 0);
    if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) continue;
    if (rule.validate && !rule.validate(secret)) continue;
    const { no, line } = lineAt(text, index);
    if (rule.reject?.(secret, line)) continue;
    if (isFalsePositive(rule, secret, line, path)) continue;
    out.push({ ruleId: rule.id, secret, line: no, index });
  }
  return out;
}

export function probeAll(text: string, path = 'snippet.txt', rules: readonly SecretRule[] = BUILTIN_RULES): ProbeHit[] {
  return rules.flatMap((r) => probeRule(r, text, path));
}
