// oauth-signature-gate: hold a deployment until an authorization server vouches for the artifact's digest.
export { OAUTH_SIGNATURE_GATE_DECL, type OauthSignatureGateDecl } from './decl.ts';
export { runGate, type GateDeps, type GateResult, type PollRecord, type Approval } from './run.ts';
export { digestArtifact, type ArtifactDigest } from './artifact.ts';
export { gateJson, gateOutputs, gateSummary, gateText, gateHeadline, GATE_REPORT_VERSION, type GateReportData } from './report.ts';
export type { GateOptions } from './settings.ts';
export type { Check } from './claims.ts';
