// What a secret scan returns. Everything here is safe to print except `secretValues`,
// which exists only so the runner can mask each value before anything is written.
import type { Finding, RuleInfo } from '../report/types.ts';
import type { ScanTarget } from '../git/types.ts';

// fail-on's meaning is shared with the other finding-reporting actions (report/severity.ts).
export { compareFindings, countBySeverity, failingFindings, severityAtLeast, type FailOn } from '../report/severity.ts';

export interface SuppressedCounts {
  /** Matched a `bulkhead:allow`-style marker on the line. */
  inline: number;
  /** Fingerprint in `.bulkheadignore` / `.gitleaksignore`. */
  ignored: number;
  /** Fingerprint in the baseline file. */
  baselined: number;
  /** Path, rule or fingerprint allow-listed in `.bulkhead.yml`. */
  allowed: number;
}

export interface ScanStats {
  files: number;
  bytes: number;
  commits: number;
  archives: number;
  durationMs: number;
}

export interface SecretScanResult {
  target: ScanTarget;
  /** Findings that count (not suppressed), sorted by severity, path, line. */
  findings: Finding[];
  suppressed: SuppressedCounts;
  /** Rules that may appear in findings (built-in + custom + artifact rules). */
  rules: RuleInfo[];
  stats: ScanStats;
  /** Files skipped with the reason (FIFOs, symlinks out of the root, unreadable...). */
  skipped: { path: string; reason: string }[];
  /** Lines for the log (deepened clone, shard, ...). */
  notes: string[];
  /** Raw secret values of all findings (incl. suppressed) — for masking only, never serialized. */
  secretValues: string[];
  /** Baselined findings, for --write-baseline. */
  baselined: Finding[];
}
