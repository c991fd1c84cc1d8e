// Severity thresholds shared by every action that reports findings with a `fail-on` input
// (secret-scan, policy-audit): one ranking, one meaning of "at or above".
import type { Finding, Severity } from './types.ts';
import { SEVERITIES } from './types.ts';

export type FailOn = Severity | 'none';

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

export function severityRank(s: Severity): number {
  return RANK[s];
}

export function severityAtLeast(s: Severity, threshold: Severity): boolean {
  return RANK[s] >= RANK[threshold];
}

/** Findings at or above `fail-on`. */
export function failingFindings(findings: readonly Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'none') return [];
  return findings.filter((f) => severityAtLeast(f.severity, failOn));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) out[f.severity]++;
  return out;
}

/** Severity (highest first), then path, line, column, rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[b.severity] - RANK[a.severity] ||
    a.location.path.localeCompare(b.location.path) ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    (a.location.column ?? 0) - (b.location.column ?? 0) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
