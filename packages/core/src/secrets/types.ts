// Contract between the secret rules (secrets/rules/) and the scanner (secrets/scanner/).
import type { Severity, RuleInfo } from '../report/types.ts';

export interface SecretRule extends RuleInfo {
  /** Lower-case literals; the rule's regex runs only in the window around a keyword hit. */
  keywords: readonly string[];
  /**
   * The regex that finds a candidate. Must have the `g` flag off (scanner sets lastIndex / uses sticky copies),
   * must be linear-time in practice (no nested quantifiers over overlapping classes).
   * If it has a named group `secret`, that group is the secret; otherwise the whole match is.
   */
  pattern: RegExp;
  /** Minimum Shannon entropy (bits/char) of the secret, for generic rules. */
  minEntropy?: number;
  /** Provider checksum: true = valid (confidence 1), false = drop the candidate. */
  validate?: (secret: string) => boolean;
  /** Extra veto on the whole match / line context (placeholders, examples...). Return true to drop. */
  reject?: (secret: string, line: string) => boolean;
  /** Confidence when there is no checksum validator (default 0.8; generic rules lower). */
  confidence?: number;
  /** How many characters around a keyword hit the regex needs to see (default 256 each side). */
  window?: number;
  /**
   * Cheap byte-level necessary condition at a keyword hit (`end` = first byte after the keyword). False means
   * the regex cannot match at this hit, or (the generic assignment rules) every match it could make there has a
   * value the generic filters always drop (code-values.ts), so the scanner may skip decoding around it. Must
   * accept every match that can become a finding.
   */
  near?: (bytes: Uint8Array, end: number) => boolean;
  /** Multi-line secret (PEM blocks): the scanner gives the regex the text from the keyword line on. */
  multiline?: boolean;
  /**
   * Other forms of the same secret (the decoded password behind a base64 value), masked in logs like the
   * reported form and never printed.
   */
  decoded?: (secret: string) => string[];
  /** Rule family for the accuracy report: cloud, vcs, registry, chat, saas, ai, key, jwt, url, generic, ... */
  family: string;
}

export interface CustomRuleConfig {
  id: string;
  description?: string;
  regex: string;
  keywords: string[];
  severity?: Severity;
  entropy?: number;
}

export type { Severity };
