// A rule set described by data, so it can cross into worker threads (RegExp and functions cannot):
// each thread rebuilds the same SecretRule[] from the same description.
import type { CustomRuleConfig, SecretRule } from '../types.ts';
import type { FalsePositiveFilter } from './types.ts';
import { compileCustomRules } from '../suppress/custom-rules.ts';
import { BUILTIN_RULES } from '../rules/index.ts';
import { isFalsePositive as builtinIsFalsePositive, isRuleOffForPath as builtinIsRuleOffForPath } from '../filters.ts';
import { highEntropyRule } from '../entropy.ts';

export interface RuleSetSpec {
  /** Include the built-in rules (secrets/rules). Default true. */
  builtin?: boolean;
  /**
   * A module URL (file://...) whose export `exportName` (default `rules`) is a SecretRule[].
   * Works from TypeScript sources (tests, benches); a bundle can only use `builtin` and `custom`.
   */
  module?: string;
  exportName?: string;
  /** User rules from `.bulkhead.yml`. */
  custom?: readonly CustomRuleConfig[];
  /** Apply the built-in false-positive filters (secrets/rules/filters). Default true. */
  filters?: boolean;
  /** Add the opt-in high-entropy rule (`entropy: true` in .bulkhead.yml) with this threshold (bits/char). */
  entropy?: { threshold?: number };
}

export interface LoadedRuleSet {
  rules: SecretRule[];
  isFalsePositive?: FalsePositiveFilter;
  isRuleOffForPath?: (rule: SecretRule, path: string) => boolean;
}

export async function loadRuleSet(spec: RuleSetSpec): Promise<LoadedRuleSet> {
  const rules: SecretRule[] = [];
  if (spec.builtin !== false) rules.push(...BUILTIN_RULES);
  if (spec.module) {
    const mod = (await import(spec.module)) as Record<string, unknown>;
    const list = mod[spec.exportName ?? 'rules'];
    if (!Array.isArray(list)) throw new Error(`rule module ${spec.module} has no array export ${spec.exportName ?? 'rules'}`);
    rules.push(...(list as SecretRule[]));
  }
  // Validated and compiled by the same code that reports config errors (secret-scan.rules[i].x).
  rules.push(...compileCustomRules(spec.custom, { reservedIds: rules.map((r) => r.id) }));
  if (spec.entropy) rules.push(highEntropyRule(spec.entropy.threshold));
  if (spec.filters === false) return { rules };
  return { rules, isFalsePositive: builtinIsFalsePositive, isRuleOffForPath: builtinIsRuleOffForPath };
}
