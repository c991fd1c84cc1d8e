// What policy-audit needs from the GitHub REST API, as a small interface: core never imports @actions/* or
// Octokit. `octokitApi` adapts any Octokit-shaped client (the runner's getOctokit, the CLI's @octokit/core)
// with pagination on every list; `rateLimitHandlers` is the throttling plugin's policy, shared by both.

export type WritePermission = 'admin' | 'maintain' | 'push';

export interface RepoWriter {
  kind: 'user' | 'team';
  /** User login, or `org/team-slug`. */
  name: string;
  permission: WritePermission;
}

export interface WorkflowRunInfo {
  id: number;
  name: string;
  createdAt: string;
}

export interface JobTiming {
  id: number;
  name: string;
  labels: string[];
  startedAt: string | null;
  completedAt: string | null;
}

export interface GitHubApi {
  /** `public`, `private` or `internal`. */
  visibility(owner: string, repo: string): Promise<string>;
  /** Collaborators and teams with push, maintain or admin rights. */
  writers(owner: string, repo: string): Promise<RepoWriter[]>;
  /** Runs created at or after `since` (ISO 8601). */
  workflowRuns(owner: string, repo: string, since: string): Promise<WorkflowRunInfo[]>;
  runJobs(owner: string, repo: string, runId: number): Promise<JobTiming[]>;
  /** A pull request's requested team slugs and the logins whose latest review approved it. */
  pullReviewers(owner: string, repo: string, pull: number): Promise<{ requestedTeams: string[]; approvedBy: string[] }>;
  teamMembers(org: string, slug: string): Promise<string[]>;
}

/** An HTTP failure of the API, with the status the checks decide on (403, 404). */
export class GitHubApiError extends Error {
  readonly status: number;
  readonly endpoint: string;
  constructor(status: number, endpoint: string, message: string) {
    super(`${endpoint}: HTTP ${status}${message ? ` (${message})` : ''}`);
    this.name = 'GitHubApiError';
    this.status = status;
    this.endpoint = endpoint;
  }
}

/** The part of an Octokit instance the adapter uses. */
export interface OctokitLike {
  request(route: string, params?: Record<string, unknown>): Promise<{ data: unknown }>;
  paginate(route: string, params?: Record<string, unknown>): Promise<unknown[]>;
}

type Json = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

async function call<T>(endpoint: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const status = (e as { status?: unknown }).status;
    if (typeof status === 'number') throw new GitHubApiError(status, endpoint, str((e as { response?: { data?: Json } }).response?.data?.message) || (e as Error).message);
    throw e;
  }
}

const WRITE_ORDER: readonly WritePermission[] = ['admin', 'maintain', 'push'];

function userPermission(p: Json | undefined): WritePermission | undefined {
  return WRITE_ORDER.find((k) => p?.[k] === true);
}

export function octokitApi(client: OctokitLike): GitHubApi {
  return {
    async visibility(owner, repo) {
      const { data } = await call(`GET /repos/${owner}/${repo}`, () => client.request('GET /repos/{owner}/{repo}', { owner, repo }));
      const d = data as Json;
      return str(d.visibility) || (d.private === true ? 'private' : 'public');
    },
    async writers(owner, repo) {
      const users = (await call(`GET /repos/${owner}/${repo}/collaborators`, () =>
        client.paginate('GET /repos/{owner}/{repo}/collaborators', { owner, repo, affiliation: 'all', per_page: 100 }),
      )) as Json[];
      const teams = (await call(`GET /repos/${owner}/${repo}/teams`, () => client.paginate('GET /repos/{owner}/{repo}/teams', { owner, repo, per_page: 100 }))) as Json[];
      const out: RepoWriter[] = [];
      for (const u of users) {
        const permission = userPermission(u.permissions as Json | undefined);
        if (permission) out.push({ kind: 'user', name: str(u.login), permission });
      }
      for (const t of teams) {
        const p = str(t.permission) as WritePermission;
        if (WRITE_ORDER.includes(p)) out.push({ kind: 'team', name: `${owner}/${str(t.slug)}`, permission: p });
      }
      return out;
    },
    async workflowRuns(owner, repo, since) {
      const runs = (await call(`GET /repos/${owner}/${repo}/actions/runs`, () =>
        client.paginate('GET /repos/{owner}/{repo}/actions/runs', { owner, repo, created: `>=${since}`, per_page: 100 }),
      )) as Json[];
      return runs.map((r) => ({ id: Number(r.id), name: str(r.name), createdAt: str(r.created_at) }));
    },
    async runJobs(owner, repo, runId) {
      const jobs = (await call(`GET /repos/${owner}/${repo}/actions/runs/${runId}/jobs`, () =>
        client.paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', { owner, repo, run_id: runId, filter: 'all', per_page: 100 }),
      )) as Json[];
      return jobs.map((j) => ({
        id: Number(j.id),
        name: str(j.name),
        labels: Array.isArray(j.labels) ? j.labels.map(str) : [],
        startedAt: str(j.started_at) || null,
        completedAt: str(j.completed_at) || null,
      }));
    },
    async pullReviewers(owner, repo, pull) {
      const endpoint = `GET /repos/${owner}/${repo}/pulls/${pull}`;
      const { data } = await call(`${endpoint}/requested_reviewers`, () => client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', { owner, repo, pull_number: pull }));
      const teams = ((data as Json).teams as Json[] | undefined) ?? [];
      const reviews = (await call(`${endpoint}/reviews`, () => client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { owner, repo, pull_number: pull, per_page: 100 }))) as Json[];
      // Reviews come oldest first: a reviewer's last word counts (an approval later dismissed or changed does not).
      const last = new Map<string, string>();
      for (const r of reviews) last.set(str((r.user as Json | null)?.login), str(r.state));
      return { requestedTeams: teams.map((t) => str(t.slug)), approvedBy: [...last].filter(([, st]) => st === 'APPROVED').map(([l]) => l) };
    },
    async teamMembers(org, slug) {
      const members = (await call(`GET /orgs/${org}/teams/${slug}/members`, () => client.paginate('GET /orgs/{org}/teams/{team_slug}/members', { org, team_slug: slug, per_page: 100 }))) as Json[];
      return members.map((m) => str(m.login));
    },
  };
}

/** Waits longer than this are not worth a CI step's time: fail with the rate-limit error instead. */
const MAX_WAIT_S = 120;

/**
 * The throttling plugin's options: retry a primary or secondary rate limit twice when the wait is short,
 * saying so in the log. (Other 429s and 5xx are the retry plugin's.)
 */
export function rateLimitHandlers(log: (m: string) => void): {
  onRateLimit: (retryAfter: number, options: { method?: string; url?: string }, octokit: unknown, retryCount: number) => boolean;
  onSecondaryRateLimit: (retryAfter: number, options: { method?: string; url?: string }, octokit: unknown, retryCount: number) => boolean;
} {
  const decide = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
    const retry = retryCount < 2 && retryAfter <= MAX_WAIT_S;
    log(`GitHub API ${kind} rate limit on ${options.method ?? 'GET'} ${options.url ?? ''}: ${retry ? `retrying in ${retryAfter} s` : 'giving up'}`);
    return retry;
  };
  return { onRateLimit: decide('primary'), onSecondaryRateLimit: decide('secondary') };
}
