// ci-budget: CPU-hours of this repository's workflow runs over the budget period, from the Actions API: each
// job's time (started_at..completed_at, cut to the period, so runs spanning its start count only their part
// inside it) times its runner's cores. 80 % of cpu-hour-budget is a low finding (a warning), past 100 % a
// medium one, and the step fails when fail-on-budget is set.
import { InputError } from '../errors.ts';
import type { Finding } from '../report/types.ts';
import { policyFinding } from './finding.ts';
import type { GitHubApi } from './github.ts';
import { coresFor, type CoreRule } from './runner-cores.ts';
import type { CheckOutcome, CiBudgetSummary } from './types.ts';

export interface CiBudgetInput {
  api: GitHubApi | undefined;
  /** `owner/repo`. */
  repository: string | undefined;
  budget: number | undefined;
  periodMs: number;
  failOnBudget: boolean;
  coreRules: readonly CoreRule[];
  now: Date;
}

const HOUR = 3_600_000;
/** Runs created this long before the period may still have jobs inside it (hosted jobs stop at 6 h; queues). */
const LOOKBACK_MS = 24 * HOUR;
const round2 = (n: number) => Math.round(n * 100) / 100;

export async function checkCiBudget(input: CiBudgetInput): Promise<CheckOutcome & { summary: CiBudgetSummary }> {
  if (input.budget === undefined) throw new InputError({ input: 'cpu-hour-budget', problem: 'ci-budget needs a budget', fix: 'set cpu-hour-budget to the CPU-hours allowed per budget-period (e.g. 500)' });
  if (!input.api) throw new InputError({ input: 'token', problem: 'ci-budget reads workflow runs from the GitHub API and needs a token', fix: 'pass token: ${{ github.token }} (with actions: read)' });
  const repo = input.repository?.split('/');
  if (!repo || repo.length !== 2) throw new InputError({ input: 'repository', problem: 'the repository (owner/name) is unknown', fix: 'run inside GitHub Actions (GITHUB_REPOSITORY), or pass --repository OWNER/NAME' });
  const [owner, name] = repo;
  const end = input.now.getTime();
  const start = end - input.periodMs;
  const visibility = await input.api.visibility(owner, name);
  const runs = await input.api.workflowRuns(owner, name, new Date(start - LOOKBACK_MS).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  let cpuMs = 0;
  let jobs = 0;
  const byRunner: Record<string, number> = {};
  for (const run of runs) {
    for (const job of await input.api.runJobs(owner, name, run.id)) {
      if (!job.startedAt || !job.completedAt) continue;
      const s = Math.max(Date.parse(job.startedAt), start);
      const e = Math.min(Date.parse(job.completedAt), end);
      if (!(e > s)) continue;
      const { cores, by } = coresFor(job.labels, visibility, input.coreRules);
      cpuMs += (e - s) * cores;
      byRunner[by] = (byRunner[by] ?? 0) + ((e - s) * cores) / HOUR;
      jobs++;
    }
  }
  const cpuHours = round2(cpuMs / HOUR);
  const ratio = input.budget > 0 ? cpuHours / input.budget : cpuHours > 0 ? Infinity : 0;
  for (const k of Object.keys(byRunner)) byRunner[k] = round2(byRunner[k]);
  const summary: CiBudgetSummary = {
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    cpuHours,
    budget: input.budget,
    ratio: round2(ratio),
    runs: runs.length,
    jobs,
    byRunner,
    failed: input.failOnBudget && cpuHours > input.budget,
  };
  const findings: Finding[] = [];
  const pct = Number.isFinite(ratio) ? `${Math.round(ratio * 100)} %` : 'over';
  const days = Math.round(input.periodMs / (24 * HOUR));
  const at = { path: '.github/workflows', line: 1 };
  const rule = cpuHours > input.budget ? 'ci-budget/over-budget' : ratio >= 0.8 ? 'ci-budget/near-budget' : undefined;
  if (rule) {
    findings.push(policyFinding(rule, `${input.repository}\0${summary.start.slice(0, 10)}`, `workflow runs used ${cpuHours} CPU-hours in ${days} days, ${pct} of the budget of ${input.budget}`, at, { cpuHours, budget: input.budget }));
  }
  const notes = [`ci-budget: ${cpuHours} CPU-hours in ${runs.length} runs (${jobs} jobs) from ${summary.start} to ${summary.end}; budget ${input.budget}`];
  return { findings, notes, summary };
}
