import type { SecretRule } from '../types.ts';

/** One candidate secret found in a text, after rule filters. Carries the secret: never print it. */
export interface RawMatch {
  ruleId: string;
  secret: string;
  /** 1-based line of the secret's first character. */
  line: number;
  /** 1-based column (UTF-16 code units, SARIF's default column kind) of the first character. */
  column: number;
  /** Exclusive end column on `endLine`. */
  endColumn: number;
  /** Differs from `line` only for multi-line secrets (PEM blocks). */
  endLine: number;
  /** The line holding the match, trimmed to at most ~1 KB around it. For filters / inline-allow only, never printed. */
  lineText: string;
  /** 1 for checksum-valid tokens, else the rule's confidence (default 0.8). */
  confidence: number;
}

/** Final veto with file context (the rules' false-positive filters); injected so the engine does not pick a policy. */
export type FalsePositiveFilter = (rule: SecretRule, secret: string, line: string, path: string) => boolean;

export interface ScanTextOptions {
  isFalsePositive?: FalsePositiveFilter;
  /** A rule that would be vetoed for every match in this file: not run there at all (saves its regex). */
  isRuleOffForPath?: (rule: SecretRule, path: string) => boolean;
}

export interface ScanBufferOptions extends ScanTextOptions {
  /** Scan files that look binary (NUL / control bytes in the first 8 KB). Default false. */
  binary?: boolean;
  /** Texts larger than this many bytes are scanned in overlapping chunks. Default 8 MiB. */
  chunkBytes?: number;
}

/** Why a file was not scanned (or not fully). Paths are relative to the scan root. */
export interface SkippedFile {
  path: string;
  reason: string;
}
