// Which workflow run wrote a report (`ci #41`), so the dashboard can label runs by what people see in the
// Actions tab instead of internal ids. Core never reads process.env: the runner and the CLI, which own the
// environment, set it once per process and every envelope built afterwards carries it.

export interface ReportRun {
  /** GITHUB_WORKFLOW: the workflow's name (or its file path when it has no name). */
  workflow: string;
  /** GITHUB_RUN_NUMBER: the number shown as `#41` in the Actions tab. */
  number: number;
  /** GITHUB_RUN_ATTEMPT, when above 1. */
  attempt?: number;
  /** GITHUB_RUN_ID: joins a report to the diff-telemetry history record of the same run. */
  id?: string;
  repository?: string;
}

let current: ReportRun | undefined;

/** The run from the runner's variables; undefined outside a workflow run (no workflow name or run number). */
export function reportRunFromEnv(env: Readonly<Record<string, string | undefined>>): ReportRun | undefined {
  const workflow = env.GITHUB_WORKFLOW?.trim();
  const number = Number(env.GITHUB_RUN_NUMBER);
  if (!workflow || !Number.isSafeInteger(number) || number < 1) return undefined;
  const run: ReportRun = { workflow, number };
  const attempt = Number(env.GITHUB_RUN_ATTEMPT);
  if (Number.isSafeInteger(attempt) && attempt > 1) run.attempt = attempt;
  if (env.GITHUB_RUN_ID) run.id = env.GITHUB_RUN_ID;
  if (env.GITHUB_REPOSITORY) run.repository = env.GITHUB_REPOSITORY;
  return run;
}

/** Set by the runner / CLI before an action runs; undefined clears it. */
export function setReportRun(run: ReportRun | undefined): void {
  current = run ? { ...run } : undefined;
}

export function currentReportRun(): ReportRun | undefined {
  return current;
}
