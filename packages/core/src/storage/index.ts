// double-write: independent verified copies in two or more stores, and verified restore.
export { DOUBLE_WRITE_DECL, type DoubleWriteDecl } from './decl.ts';
export { runDoubleWrite, storeSettings, credentialValues, type DoubleWriteDeps, type DoubleWriteOptions, type DoubleWriteResult } from './run.ts';
export { buildDoubleWriteReport, doubleWriteSummary, failureMessage, headline, renderDoubleWriteText, DOUBLE_WRITE_REPORT_KIND, type DoubleWriteReportData } from './report.ts';
export { FileStore } from './file-store.ts';
export { DEFAULT_RETRY, describeCause, isTransient, withRetry, type RetryPolicy } from './retry.ts';
export { MANIFEST_KEY, META_DIR, stagingPrefix, quarantinePrefix, type ObjectStore, type StoreFactories, type StoreFactory, type StoreSettings } from './store.ts';
export type { StoreOutcome, StoreProblem } from './outcome.ts';
