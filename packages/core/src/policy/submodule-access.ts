// submodules with a token: for each GitHub-hosted submodule, the repository's visibility and everyone who
// can push to it, compared with submodule-writers. A token that cannot read the writers is a finding of its
// own; a repository that is gone is a high one (its name can be registered by anyone).
import { ResourceError } from '../errors.ts';
import type { Finding, Location } from '../report/types.ts';
import { policyFinding } from './finding.ts';
import { GitHubApiError, type GitHubApi } from './github.ts';
import type { SubmoduleSummary } from './types.ts';

export interface AccessInput {
  api: GitHubApi;
  /** Allowed writers: logins and `org/team-slug`s (case-insensitive). Empty: writers are not compared. */
  writers: readonly string[];
}

function apiFailure(e: GitHubApiError): ResourceError {
  return new ResourceError({ input: 'token', problem: `the GitHub API failed: ${e.message}`, fix: 'check GITHUB_API_URL and the runner network; retry the job' });
}

/** Findings for one GitHub-hosted submodule (`owner/repo`); fills `summary.visibility` / `summary.writers`. */
export async function checkAccess(input: AccessInput, ownerRepo: string, summary: SubmoduleSummary, at: Location): Promise<Finding[]> {
  const [owner, repo] = ownerRepo.split('/');
  const where = `submodule ${summary.path || summary.name} (${ownerRepo})`;
  try {
    summary.visibility = await input.api.visibility(owner, repo);
  } catch (e) {
    if (!(e instanceof GitHubApiError)) throw e;
    if (e.status === 404) return [policyFinding('submodules/repo-not-found', ownerRepo, `${where}: the repository does not exist or the token cannot see it`, at, { repository: ownerRepo })];
    if (e.status === 401 || e.status === 403) return [policyFinding('submodules/writers-unreadable', `${ownerRepo}\0repo`, `${where}: the token cannot read the repository (HTTP ${e.status})`, at, { repository: ownerRepo })];
    throw apiFailure(e);
  }
  if (input.writers.length === 0) return [];
  let writers;
  try {
    writers = await input.api.writers(owner, repo);
  } catch (e) {
    if (!(e instanceof GitHubApiError)) throw e;
    if (e.status === 401 || e.status === 403 || e.status === 404) {
      return [policyFinding('submodules/writers-unreadable', `${ownerRepo}\0writers`, `${where}: the token cannot list who can push to it (HTTP ${e.status} on ${e.endpoint.replace(/^GET /, '')})`, at, { repository: ownerRepo, status: e.status })];
    }
    throw apiFailure(e);
  }
  summary.writers = writers.map((w) => `${w.kind}:${w.name}`);
  const allowed = new Set(input.writers.map((w) => w.trim().toLowerCase()));
  return writers
    .filter((w) => !allowed.has(w.name.toLowerCase()))
    .map((w) =>
      policyFinding('submodules/unexpected-writer', `${ownerRepo}\0${w.kind}\0${w.name}`, `${where}: ${w.kind} ${w.name} has ${w.permission} rights and is not in submodule-writers`, at, { repository: ownerRepo, writer: w.name, kind: w.kind, permission: w.permission }),
    );
}
