// oauth-signature-gate decisions (GateReportData: passed, reason, digest, approval, polls), one per report.
import type { RunIndex } from '../runs.ts';
import { isObj, type KitReport, type RunRef } from '../types.ts';

export interface GateDecision {
  run: RunRef;
  time: string;
  passed: boolean;
  reason: string;
  digest: string;
  /** The approving client's `sub` or client_id, when approved. */
  approvedBy: string;
  polls: number;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function gateDecisions(reports: readonly KitReport[], idx: RunIndex): GateDecision[] {
  return reports
    .filter((r) => r.kind === 'oauth-signature-gate')
    .map((r) => {
      const a = isObj(r.data.approval) ? r.data.approval : {};
      return {
        run: idx.ofReport(r),
        time: r.generatedAt,
        passed: r.data.passed === true,
        reason: str(r.data.reason),
        digest: str(r.data.digest),
        approvedBy: r.data.passed === true ? str(a.sub) || str(a.clientId) : '',
        polls: Array.isArray(r.data.polls) ? r.data.polls.length : 0,
      };
    })
    .sort((x, y) => Date.parse(x.time) - Date.parse(y.time));
}
