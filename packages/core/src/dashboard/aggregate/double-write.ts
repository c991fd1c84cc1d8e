// double-write verifications (DoubleWriteReportData: mode, files, bytes, digest, stores[{role, status}], events, failed).
import type { RunIndex } from '../runs.ts';
import { isObj, type KitReport, type RunRef } from '../types.ts';

/** Store statuses that mean "its copy was read back and matched" (storage/outcome.ts StoreStatus). */
const VERIFIED = new Set(['committed', 'verified', 'served']);

export interface Verification {
  run: RunRef;
  time: string;
  mode: string;
  files: number;
  bytes: number;
  digest: string;
  /** Stores whose copy was read back and matched. */
  verified: number;
  /** Stores that failed (`unused` stores in a restore are neither). */
  failedStores: number;
  stores: { role: string; status: string }[];
  problems: number;
  failed: boolean;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

export function verifications(reports: readonly KitReport[], idx: RunIndex): Verification[] {
  return reports
    .filter((r) => r.kind === 'double-write')
    .map((r) => {
      const stores = (r.data.stores as unknown[]).filter(isObj).map((s) => ({ role: String(s.role ?? ''), status: String(s.status ?? '') }));
      return {
        run: idx.ofReport(r),
        time: r.generatedAt,
        mode: typeof r.data.mode === 'string' ? r.data.mode : '',
        files: num(r.data.files),
        bytes: num(r.data.bytes),
        digest: typeof r.data.digest === 'string' ? r.data.digest : '',
        verified: stores.filter((s) => VERIFIED.has(s.status)).length,
        failedStores: stores.filter((s) => s.status === 'failed').length,
        stores,
        problems: Array.isArray(r.data.events) ? r.data.events.length : 0,
        failed: r.data.failed === true,
      };
    })
    .sort((x, y) => Date.parse(x.time) - Date.parse(y.time));
}
