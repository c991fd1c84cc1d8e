// Package registries and artifact stores: npm, PyPI, Docker Hub, RubyGems, NuGet, Artifactory.
import type { SecretRule } from '../types.ts';
import { validNpmToken } from '../checksum.ts';
import { rule, rx, revoke, B, E, ED, BD } from './define.ts';
import { isAlnum, runFollows } from './near.ts';

const family = 'registry';

export const REGISTRY_RULES: readonly SecretRule[] = [
  rule({
    id: 'npm-access-token',
    severity: 'critical',
    family,
    description: 'npm access token (npm_ + 30 random + 6-character CRC32 checksum).',
    remediation: revoke('token', 'npmjs.com > Access Tokens > Delete, or `npm token revoke <id>`', 'Check recent publishes of your packages.'),
    keywords: ['npm_'],
    near: runFollows(36, isAlnum),
    pattern: rx()`${B}npm_[A-Za-z0-9]{36}${E}`,
    validate: validNpmToken,
    confidence: 0.9,
    tags: ['npm', 'checksum'],
  }),
  rule({
    id: 'pypi-upload-token',
    severity: 'critical',
    family,
    description: 'PyPI / TestPyPI API token (pypi- + macaroon for pypi.org or test.pypi.org).',
    remediation: revoke('API token', 'pypi.org > Account settings > API tokens > Remove', 'Prefer trusted publishing (OIDC) from CI.'),
    keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
    pattern: rx()`${BD}pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}${ED}`,
    tags: ['pypi'],
  }),
  rule({
    id: 'dockerhub-access-token',
    severity: 'high',
    family,
    description: 'Docker Hub personal or organization access token (dckr_pat_ / dckr_oat_).',
    remediation: revoke('access token', 'Docker Hub > Account settings > Personal access tokens > Delete'),
    keywords: ['dckr_pat_', 'dckr_oat_'],
    pattern: rx()`${B}dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32}${ED}`,
    tags: ['docker'],
  }),
  rule({
    id: 'rubygems-api-key',
    severity: 'high',
    family,
    description: 'RubyGems.org API key (rubygems_ + 48 hex).',
    remediation: revoke('API key', 'rubygems.org > Settings > API keys > Delete'),
    keywords: ['rubygems_'],
    pattern: rx()`${B}rubygems_[a-f0-9]{48}${E}`,
    tags: ['rubygems'],
  }),
  rule({
    id: 'nuget-api-key',
    severity: 'high',
    family,
    description: 'NuGet.org API key (oy2 + 43 lower-case alphanumerics).',
    remediation: revoke('API key', 'nuget.org > API Keys > Delete (or Regenerate)'),
    keywords: ['oy2'],
    near: runFollows(43, (c) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122)),
    pattern: rx()`${B}oy2[a-z0-9]{43}${E}`,
    tags: ['nuget'],
  }),
  rule({
    id: 'artifactory-api-key',
    severity: 'high',
    family,
    description: 'JFrog Artifactory API key (AKCp prefix).',
    remediation: revoke('API key', 'JFrog Platform > Edit Profile > API Key > Revoke', 'API keys are deprecated; move to access tokens.'),
    keywords: ['akcp'],
    pattern: rx()`${B}AKCp[A-Za-z0-9]{69}${E}`,
    tags: ['jfrog'],
  }),
  rule({
    id: 'artifactory-reference-token',
    severity: 'high',
    family,
    description: 'JFrog reference (identity) token (base64 of "reftkn", 64 characters).',
    remediation: revoke('identity token', 'JFrog Platform > Edit Profile > Identity tokens > Revoke'),
    keywords: ['cmvmdgtu'],
    pattern: rx()`${B}cmVmdGtu[A-Za-z0-9]{56}${E}`,
    tags: ['jfrog'],
  }),
];
