// What a policy audit returns: findings in the shared Finding shape (so SARIF, JSON, summary and annotations
// are the kit's), plus each check's own figures for outputs and the JSON report.
import type { Finding, RuleInfo } from '../report/types.ts';

export const CHECK_NAMES = ['binary-drift', 'submodules', 'ai-provenance', 'ci-budget'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export interface BinaryDriftSummary {
  /** The reference as given (path or URL); empty when none. */
  reference: string;
  /** Binaries hashed. */
  files: number;
  bytes: number;
  drifted: string[];
  missing: string[];
  unexpected: string[];
}

export interface AiCommit {
  sha: string;
  marker: string;
}

export interface AiProvenanceSummary {
  /** What was looked at, e.g. `commits 1a2b..3c4d`. */
  range: string;
  commits: number;
  aiCommits: AiCommit[];
  /** Paths (relative to the root) touched by AI-marked commits or carrying an in-file marker, sorted. */
  files: string[];
}

export interface SubmoduleSummary {
  name: string;
  path: string;
  url: string;
  /** Pinned commit (gitlink in HEAD), when there is one. */
  commit?: string;
  /** GitHub-hosted, with a token: the repository's visibility. */
  visibility?: string;
  /** GitHub-hosted, with a token and submodule-writers: who can push (`user:login`, `team:org/slug`). */
  writers?: string[];
}

export interface CiBudgetSummary {
  /** Window looked at: [start, end). */
  start: string;
  end: string;
  cpuHours: number;
  /** cpu-hour-budget. */
  budget: number;
  /** cpuHours / budget. */
  ratio: number;
  runs: number;
  jobs: number;
  /** CPU-hours by the label that set the job's core count. */
  byRunner: Record<string, number>;
  /** fail-on-budget was set and the budget is exceeded. */
  failed: boolean;
}

export interface PolicyAuditResult {
  checks: CheckName[];
  /** Sorted by severity, path, line. */
  findings: Finding[];
  rules: RuleInfo[];
  /** Lines for the log. */
  notes: string[];
  drift?: BinaryDriftSummary;
  ai?: AiProvenanceSummary;
  submodules?: SubmoduleSummary[];
  budget?: CiBudgetSummary;
}

/** One check's share of the result. */
export interface CheckOutcome {
  findings: Finding[];
  notes: string[];
}
