// What a secret scan returns. Everything here is safe to print except `secretValues`,
// which exists only so the runner can mask each value before anything is written.
import type { Finding, RuleInfo, Severity } from '../report/types.ts';
import { SEVERITIES } from '../report/types.ts';
import type { ScanTarget } from '../git/types.ts';

export type FailOn = Severity | 'none';

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

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

export function severityAtLeast(s: Severity, threshold: Severity): boolean {
  return RANK[s] >= RANK[threshold];
}

/** Findings at or above `fail-on`. */
export function failingFindings(findings: readonly Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'none') return [];
  return findings.filter((f) => severityAtLeast(f.severity, failOn));
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[b.severity] - RANK[a.severity] ||
    a.location.path.localeCompare(b.location.path) ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    (a.location.column ?? 0) - (b.location.column ?? 0) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) out[f.severity]++;
  return out;
}
