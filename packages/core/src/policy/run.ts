// One policy audit, shared by the action and the CLI: options + event -> each selected check -> one result.
// Reporting (outputs, summary, files) is the caller's.
import { resolve } from 'node:path';
import type { EventContext } from '../git/types.ts';
import type { ParsedOptions } from '../options/types.ts';
import { compareFindings } from '../report/severity.ts';
import { checkAiProvenance } from './ai-provenance.ts';
import { checkBinaryDrift } from './binary-drift.ts';
import { resolveChange } from './change.ts';
import { parseChecks } from './checks.ts';
import type { PolicyAuditDecl } from './decl.ts';
import type { Fetcher } from './reference.ts';
import { POLICY_RULES } from './rules.ts';
import { checkSubmodules } from './submodules.ts';
import type { PolicyAuditResult } from './types.ts';
import { checkCiBudget } from './ci-budget.ts';
import type { GitHubApi } from './github.ts';
import { parseRunnerCores } from './runner-cores.ts';

export type PolicyAuditOptions = ParsedOptions<PolicyAuditDecl>;

export interface PolicyRunInput {
  options: PolicyAuditOptions;
  event: EventContext;
  /** The workspace (action) or current directory (CLI); `path` is relative to it. */
  baseDir: string;
  /** Fetch missing commits from origin in shallow clones (the action: yes; the CLI: no). */
  fetch: boolean;
  log?: (m: string) => void;
  /** For the reference download (tests pass their own). */
  fetcher?: Fetcher;
  /** The GitHub API, when a token was given. */
  api?: GitHubApi;
  /** GitHub host of submodules whose writers the API can tell (default github.com). */
  githubHost?: string;
  /** The end of ci-budget's period (default: now). */
  now?: Date;
}

export async function runPolicyAudit(input: PolicyRunInput): Promise<PolicyAuditResult> {
  const o = input.options;
  const checks = parseChecks(o.checks);
  const root = resolve(input.baseDir, o.path);
  const result: PolicyAuditResult = { checks, findings: [], rules: [...POLICY_RULES], notes: [] };
  for (const check of checks) {
    if (check === 'binary-drift') {
      const r = await checkBinaryDrift({ root, binaries: o.binaries ?? [], reference: o.reference ?? '', referenceMaxBytes: o['reference-max-bytes'], versionCommand: o['version-command'] || undefined, fetcher: input.fetcher });
      result.findings.push(...r.findings);
      result.notes.push(...r.notes);
      result.drift = r.summary;
    } else if (check === 'submodules') {
      const access = input.api ? { api: input.api, writers: o['submodule-writers'] ?? [] } : undefined;
      const r = await checkSubmodules({ cwd: root, hosts: o['submodule-hosts'] ?? [], access, githubHost: input.githubHost });
      result.findings.push(...r.findings);
      result.notes.push(...r.notes);
      result.submodules = r.summary;
    } else if (check === 'ci-budget') {
      const r = await checkCiBudget({
        api: input.api,
        repository: o.repository || input.event.repository,
        budget: o['cpu-hour-budget'],
        periodMs: o['budget-period'],
        failOnBudget: o['fail-on-budget'],
        coreRules: parseRunnerCores(o['runner-cores'] ?? []),
        now: input.now ?? new Date(),
      });
      result.findings.push(...r.findings);
      result.notes.push(...r.notes);
      result.budget = r.summary;
    } else {
      const target = await resolveChange({ cwd: root, event: input.event, base: o.base, head: o.head, fetch: input.fetch, log: input.log });
      const r = await checkAiProvenance({ cwd: root, target, event: input.event, markers: o['ai-markers'], fileMarkers: o['ai-file-markers'], label: o['ai-label'] || undefined, reviewerTeam: o['ai-reviewer-team'] || undefined, api: input.api });
      result.findings.push(...r.findings);
      result.notes.push(...r.notes);
      result.ai = r.summary;
    }
  }
  result.findings.sort(compareFindings);
  return result;
}
