export * from './types.ts';
export { compareFindings, countBySeverity, failingFindings, severityAtLeast, severityRank, type FailOn } from './severity.ts';
export { userMessage, exitCodeFor, type MessageOptions } from './messages.ts';
export { SummaryBuilder, escapeCell, escapeHtml, type SummaryOptions, type TableOptions } from './summary.ts';
export { capAnnotations, type CapOptions } from './annotations.ts';
export * from './sarif-types.ts';
export {
  buildSarif,
  mergeSarif,
  serializeSarif,
  pathToUri,
  precisionFor,
  SARIF_SCHEMA,
  SARIF_LEVEL,
  SECURITY_SEVERITY,
  FINGERPRINT_KEY,
  type BuildSarifInput,
} from './sarif.ts';
export { buildJsonReport, serializeJson, type JsonReport } from './json.ts';
export { reportRunFromEnv, setReportRun, currentReportRun, type ReportRun } from './run.ts';
export { stableStringify } from './stable-json.ts';
