// Findings per run by severity (secret-scan and policy-audit both report `data.findings` of the kit's Finding shape).
// A finding in two reports of one run (matrix shards, a re-uploaded artifact) counts once, by fingerprint.
import { SEVERITIES, type Severity } from '../../report/types.ts';
import type { RunIndex } from '../runs.ts';
import { isObj, type Json, type KitKind, type KitReport, type RunRef } from '../types.ts';

export type SeverityCounts = Record<Severity, number>;

export interface SeverityRun {
  run: RunRef;
  counts: SeverityCounts;
  total: number;
}

export const zeroSeverities = (): SeverityCounts => ({ low: 0, medium: 0, high: 0, critical: 0 });

/** Identity of a finding: its fingerprint (SHA-256, never the secret), else rule and place. */
export function findingKey(f: Json): string {
  if (typeof f.fingerprint === 'string' && f.fingerprint !== '') return f.fingerprint;
  const loc = isObj(f.location) ? f.location : {};
  return JSON.stringify([f.ruleId, loc.path, loc.line, loc.commit]);
}

export function findingsBySeverity(reports: readonly KitReport[], idx: RunIndex, kind: Extract<KitKind, 'secret-scan' | 'policy-audit'>): SeverityRun[] {
  const byRun = new Map<RunRef, Map<string, Severity>>();
  for (const r of reports) {
    if (r.kind !== kind) continue;
    const run = idx.ofReport(r);
    const seen = byRun.get(run) ?? new Map<string, Severity>();
    byRun.set(run, seen);
    for (const f of r.data.findings as unknown[]) {
      if (!isObj(f) || !SEVERITIES.includes(f.severity as Severity)) continue;
      seen.set(findingKey(f), f.severity as Severity);
    }
  }
  return idx.runs
    .filter((run) => byRun.has(run))
    .map((run) => {
      const counts = zeroSeverities();
      for (const sev of byRun.get(run)!.values()) counts[sev]++;
      return { run, counts, total: SEVERITIES.reduce((n, s) => n + counts[s], 0) };
    });
}
