// The GitHub API for `bulkhead policy-audit` in a terminal: Octokit with pagination, retries and rate-limit
// handling, at GITHUB_API_URL (GitHub Enterprise Server) or api.github.com, with GITHUB_TOKEN or GH_TOKEN.
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { octokitApi, rateLimitHandlers, type GitHubApi, type OctokitLike } from '@bulkhead/core/policy';

export function cliGitHubApi(env: Readonly<Record<string, string | undefined>>, log: (m: string) => void): GitHubApi | undefined {
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) return undefined;
  const Client = Octokit.plugin(paginateRest, retry, throttling);
  const client = new Client({ auth: token, baseUrl: env.GITHUB_API_URL || 'https://api.github.com', throttle: rateLimitHandlers(log), retry: { retries: 3 } });
  return octokitApi(client as unknown as OctokitLike);
}
