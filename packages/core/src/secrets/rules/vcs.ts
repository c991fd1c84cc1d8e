// Code hosts: GitHub, GitLab, Bitbucket, Atlassian.
import type { SecretRule } from '../types.ts';
import { validGitHubToken } from '../checksum.ts';
import { rule, rx, revoke, B, E, ED, BD } from './define.ts';

const family = 'vcs';

const GITHUB_KINDS = [
  ['p', 'github-pat-classic', 'personal access token (classic)', 'Settings > Developer settings > Personal access tokens > Delete'],
  ['o', 'github-oauth-token', 'OAuth access token', 'Settings > Applications > Authorized OAuth Apps > Revoke (app owners: DELETE /applications/{client_id}/token)'],
  ['u', 'github-app-user-token', 'GitHub App user-to-server token', 'Settings > Applications > Authorized GitHub Apps > Revoke'],
  ['s', 'github-app-installation-token', 'GitHub App installation (server-to-server) token', 'DELETE /installation/token, and rotate the app private key if it leaked too'],
  ['r', 'github-refresh-token', 'GitHub App refresh token', 'Settings > Applications > Authorized GitHub Apps > Revoke'],
] as const;

const GITLAB_KINDS = [
  ['glpat-', 'gitlab-pat', 'personal/project/group access token', '[A-Za-z0-9_.-]{20,100}', 'User settings > Access tokens > Revoke (or the project/group Access tokens page)'],
  ['gldt-', 'gitlab-deploy-token', 'deploy token', '[A-Za-z0-9_-]{20,60}', 'Project > Settings > Repository > Deploy tokens > Revoke'],
  ['glrt-', 'gitlab-runner-auth-token', 'runner authentication token', '[A-Za-z0-9_.-]{20,100}', 'CI/CD > Runners > the runner > Reset token, or delete the runner'],
  ['GR1348941', 'gitlab-runner-registration-token', 'runner registration token', '[A-Za-z0-9_-]{20}', 'CI/CD > Runners > Reset registration token (and migrate to runner authentication tokens)'],
  ['glptt-', 'gitlab-pipeline-trigger-token', 'pipeline trigger token', '[a-f0-9]{40}', 'Project > Settings > CI/CD > Pipeline trigger tokens > Revoke'],
  ['gloas-', 'gitlab-oauth-app-secret', 'OAuth application secret', '[a-f0-9]{64}', 'the OAuth application > Renew secret'],
  ['glft-', 'gitlab-feed-token', 'feed token', '[A-Za-z0-9_-]{20}', 'User settings > Access tokens > Reset feed token'],
] as const;

export const VCS_RULES: readonly SecretRule[] = [
  ...GITHUB_KINDS.map(([k, id, kind, where]) =>
    rule({
      id,
      severity: k === 'r' ? 'high' : 'critical',
      family,
      description: `GitHub ${kind} (gh${k}_ + 30 random + 6-character CRC32 checksum).`,
      remediation: revoke(kind, `github.com ${where}`, 'GitHub also revokes tokens it finds pushed to public repositories.'),
      keywords: [`gh${k}_`],
      pattern: new RegExp(`${B}gh${k}_[A-Za-z0-9]{36}${E}`),
      validate: validGitHubToken,
      confidence: 0.9,
      tags: ['github', 'checksum'],
    }),
  ),
  rule({
    id: 'github-pat-fine-grained',
    severity: 'critical',
    family,
    description: 'GitHub fine-grained personal access token (github_pat_ + 22 + _ + 59).',
    remediation: revoke('fine-grained token', 'github.com Settings > Developer settings > Fine-grained tokens > Delete'),
    keywords: ['github_pat_'],
    pattern: rx()`${B}github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}${E}`,
    confidence: 0.95,
    tags: ['github'],
  }),
  ...GITLAB_KINDS.map(([prefix, id, kind, body, where]) =>
    rule({
      id,
      severity: prefix === 'glft-' ? 'medium' : 'high',
      family,
      description: `GitLab ${kind} (${prefix} prefix).`,
      remediation: revoke(kind, `GitLab ${where}`),
      keywords: [prefix.toLowerCase()],
      pattern: new RegExp(`${BD}${prefix}${body}(?![A-Za-z0-9_.-])`),
      tags: ['gitlab'],
    }),
  ),
  rule({
    id: 'bitbucket-app-password',
    severity: 'high',
    family,
    description: 'Bitbucket app password / API token (ATBB prefix).',
    remediation: revoke('app password', 'Bitbucket > Personal settings > App passwords > Revoke'),
    keywords: ['atbb'],
    pattern: rx()`${B}ATBB[A-Za-z0-9_=.-]{32}${ED}`,
    tags: ['bitbucket'],
  }),
  rule({
    id: 'atlassian-api-token',
    severity: 'high',
    family,
    description: 'Atlassian (Jira/Confluence) API token (ATATT prefix).',
    remediation: revoke('API token', 'id.atlassian.com > Security > API tokens > Revoke'),
    keywords: ['atatt'],
    pattern: rx()`${B}ATATT[A-Za-z0-9_=.-]{150,250}${ED}`,
    tags: ['atlassian'],
  }),
];

