// The common shape of what every engine reports. Reporters (summary, annotations, SARIF, JSON)
// take these and build text; they never do I/O.

export type Severity = 'low' | 'medium' | 'high' | 'critical';
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

export interface Location {
  /** Path relative to the scanned root, `/`-separated. For archive entries: `app.zip!/dir/file`. */
  path: string;
  /** 1-based. */
  line?: number;
  /** 1-based, inclusive start / exclusive end columns on `line`. */
  column?: number;
  endColumn?: number;
  /** History findings: the commit that added it. */
  commit?: string;
  /** ISO 8601 author date of `commit`. */
  commitDate?: string;
  author?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Human message; must never contain a secret value (use `redacted`). */
  message: string;
  location: Location;
  /** SHA-256 hex of ruleId + NUL + secret (see redact/fingerprint.ts). Never the secret. */
  fingerprint: string;
  /** Redacted form of the matched value: `ghp_…(40)`. */
  redacted?: string;
  /** 0..1. Checksum-valid tokens are 1. */
  confidence?: number;
  /** Free-form extra properties copied into SARIF `properties` and JSON. No secrets. */
  properties?: Record<string, string | number | boolean>;
}

export interface RuleInfo {
  id: string;
  /** Short name (PascalCase for SARIF `name`). */
  name: string;
  severity: Severity;
  description: string;
  /** Remediation text (markdown allowed), used as SARIF help. */
  remediation: string;
  helpUri?: string;
  tags?: string[];
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  /** One line, no secrets. */
  message: string;
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}
