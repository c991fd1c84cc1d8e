// policy-audit's GitHub API on the runner: @actions/github's Octokit (GITHUB_API_URL honoured, proxy support)
// with Octokit's retry and throttling plugins, adapted to core's small GitHubApi interface.
import { context, getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { octokitApi, rateLimitHandlers, type GitHubApi, type OctokitLike } from '@bulkhead/core/policy';

export function createGitHubApi(token: string, log: (m: string) => void): GitHubApi {
  const octokit = getOctokit(token, { throttle: rateLimitHandlers(log), retry: { retries: 3 } }, retry, throttling);
  return octokitApi(octokit as unknown as OctokitLike);
}

/** Host of this GitHub (GITHUB_SERVER_URL: github.com, or a GitHub Enterprise Server), whose repositories the API can describe. */
export function githubServerHost(): string {
  return new URL(context.serverUrl).host.toLowerCase();
}
