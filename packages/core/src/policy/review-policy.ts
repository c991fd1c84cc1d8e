// ai-provenance's reviewer-team policy, read through the API: a pull request with AI-marked commits must have
// a review requested from the team (`org/team-slug`) or an approval by one of its members (GitHub drops the
// team's request once a member reviews). A token that cannot read that is a finding of its own.
import { InputError, ResourceError } from '../errors.ts';
import type { EventContext } from '../git/types.ts';
import type { Finding, Location } from '../report/types.ts';
import { policyFinding } from './finding.ts';
import { GitHubApiError, type GitHubApi } from './github.ts';

export interface ReviewPolicyInput {
  api: GitHubApi | undefined;
  event: EventContext;
  /** `org/team-slug`. */
  team: string;
  aiCommits: number;
  at: Location;
}

export async function checkReviewerTeam(input: ReviewPolicyInput): Promise<Finding[]> {
  const [org, slug] = input.team.split('/');
  if (!org || !slug) throw new InputError({ input: 'ai-reviewer-team', problem: `'${input.team}' is not org/team-slug`, fix: 'name the team as ORG/TEAM-SLUG, e.g. acme/security-review' });
  if (!input.api) throw new InputError({ input: 'token', problem: 'ai-reviewer-team reads the pull request\'s reviewers from the GitHub API and needs a token', fix: 'pass token: ${{ github.token }} (pull-requests: read; members: read for the team)' });
  const pull = Number(/^#(\d+)$/.exec(input.event.ref ?? '')?.[1]);
  const [owner, repo] = (input.event.repository ?? '').split('/');
  if (!pull || !owner || !repo) return [];
  const key = `${input.event.repository}#${pull}\0${input.team}`;
  try {
    const { requestedTeams, approvedBy } = await input.api.pullReviewers(owner, repo, pull);
    if (requestedTeams.some((t) => t.toLowerCase() === slug.toLowerCase())) return [];
    if (approvedBy.length > 0) {
      const members = new Set((await input.api.teamMembers(org, slug)).map((m) => m.toLowerCase()));
      if (approvedBy.some((l) => members.has(l.toLowerCase()))) return [];
    }
  } catch (e) {
    if (!(e instanceof GitHubApiError)) throw e;
    if (e.status === 401 || e.status === 403 || e.status === 404) {
      return [policyFinding('ai-provenance/reviewers-unreadable', key, `the token cannot read ${e.endpoint.replace(/^GET /, '')} (HTTP ${e.status}), so the reviewer team ${input.team} was not checked`, input.at, { team: input.team, status: e.status })];
    }
    throw new ResourceError({ input: 'token', problem: `the GitHub API failed: ${e.message}`, fix: 'check GITHUB_API_URL and the runner network; retry the job' });
  }
  return [
    policyFinding('ai-provenance/missing-reviewer-team', key, `${input.aiCommits} AI-marked commit${input.aiCommits === 1 ? '' : 's'} in #${pull}, which has no review requested from ${input.team} and no approval by its members`, input.at, { team: input.team }),
  ];
}
