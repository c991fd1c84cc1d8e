// Credential files with a fixed layout: `.netrc` / `_netrc` (machine … login … password …), Maven
// `settings.xml` `<password>`, NuGet `nuget.config` `ClearTextPassword`. The layout, not a key's
// shape, says where the password is; placeholders and `${…}` / `%VAR%` references stay silent.
import type { SecretRule } from '../types.ts';
import { isPlaceholderPassword } from './urls.ts';
import { rule, revoke } from './define.ts';
import { netrcEntryFollows } from './near.ts';

const family = 'generic';
/** `${env.X}`, `$(X)`, `%X%`, `{encrypted}` (Maven's master-password encryption) are not literal passwords. */
const notLiteral = (s: string) => isPlaceholderPassword(s) || /^(?:\$[({]?|%[A-Za-z_]+%$|\{.*\}$)/.test(s);

export const FILE_RULES: readonly SecretRule[] = [
  rule({
    id: 'netrc-password',
    severity: 'high',
    family,
    description: '.netrc / _netrc entry with a literal password (machine … login … password …, or the `default login … password …` entry).',
    remediation: revoke('password', 'the host the entry is for', 'Keep .netrc in the home directory, never in the repository.'),
    // `default` alone is everywhere in code: only `default login`, or `default` ending its line (the entry
    // written as a block, one token per line), opens a .netrc entry.
    keywords: ['machine', 'default login', 'default\n', 'default\r\n'],
    near: netrcEntryFollows,
    pattern: /(?:^|\s)(?:machine[ \t]+[^\s]{1,253}\s+|default(?:[ \t]+|[ \t]*\r?\n\s*)(?=login[ \t]))(?:login[ \t]+[^\s]{1,100}\s+)?(?:account[ \t]+[^\s]{1,100}\s+)?password[ \t]+(?<secret>[^\s]{4,200})/,
    minEntropy: 2.5,
    // An e-mail address as the password is the anonymous-FTP convention (`login anonymous password me@host`).
    reject: (s) => notLiteral(s) || /^[^@\s]+@[\w-]+(?:\.[\w-]+)+$/.test(s),
    confidence: 0.7,
    tags: ['netrc'],
  }),
  rule({
    id: 'maven-settings-password',
    severity: 'high',
    family,
    description: 'Maven settings.xml server `<password>` (or `<passphrase>`) with a literal value.',
    remediation: revoke('repository password or token', 'the repository manager (Nexus, Artifactory, GitHub Packages)', 'Use `${env.MAVEN_PASSWORD}` or Maven password encryption.'),
    keywords: ['<password>', '<passphrase>'],
    pattern: /<(password|passphrase)>[ \t]*(?<secret>[^<\s]{4,200})[ \t]*<\/\1>/,
    minEntropy: 2.5,
    reject: notLiteral,
    confidence: 0.7,
    tags: ['maven'],
  }),
  rule({
    id: 'nuget-cleartext-password',
    severity: 'high',
    family,
    description: 'NuGet nuget.config `packageSourceCredentials` ClearTextPassword with a literal value.',
    remediation: revoke('feed password or token', 'the package feed (Azure Artifacts, GitHub Packages, ProGet)', 'Use `%ENV_VAR%` in nuget.config or `dotnet nuget update source --store-password-in-clear-text` only on CI runners.'),
    keywords: ['cleartextpassword'],
    pattern: /key\s*=\s*["']ClearTextPassword["']\s+value\s*=\s*["'](?<secret>[^"'\s]{4,400})["']/i,
    minEntropy: 2.5,
    reject: notLiteral,
    confidence: 0.8,
    tags: ['nuget'],
  }),
];
