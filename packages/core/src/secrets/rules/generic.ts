// Generic assignments (password = ..., api_key: ..., FOO_SECRET=...) and bearer headers.
// These have no provider format, so they are gated by length and entropy here and by the
// context filters in ../filters.ts (placeholders, references, digests, lockfiles, minified code).
import type { SecretRule } from '../types.ts';
import { assignmentFollows, envAssignmentFollows } from './near.ts';
import { rule, ASSIGN } from './define.ts';

const family = 'generic';
/** A value ends at whitespace, quotes, separators and brackets, so code around it is not captured. */
const VALUE = (min: number) => String.raw`(?<secret>[^\s'"\x60;,()\[\]{}<>]{${min},200})`;
/** A `NAME=value` environment line; the dotenv rule owns those so two generic rules never double-report. */
export const ENV_LINE = /^\s*(?:export\s+)?[A-Z][A-Z0-9_]*=/;
const notEnvLine = (_s: string, line: string) => ENV_LINE.test(line);

const advice =
  'Rotate the credential at the service it belongs to, then load it from the environment or a secret manager instead of the source. ' +
  'If it is not a real secret (a fixture or a placeholder), use an obvious placeholder such as `<YOUR_TOKEN>` or add it to the baseline.';

export const GENERIC_RULES: readonly SecretRule[] = [
  rule({
    id: 'generic-password',
    severity: 'medium',
    family,
    description: 'Password or passphrase assigned a literal value.',
    remediation: advice,
    keywords: ['password', 'passwd', 'passphrase', 'pwd'],
    pattern: new RegExp(String.raw`(?:password|passwd|passphrase|pwd)${ASSIGN}${VALUE(8)}`, 'i'),
    minEntropy: 3.0,
    reject: notEnvLine,
    confidence: 0.5,
    tags: ['generic'],
  }),
  rule({
    id: 'generic-secret',
    severity: 'medium',
    family,
    description: 'Secret (secret, client_secret, secret_key...) assigned a high-entropy literal.',
    remediation: advice,
    keywords: ['secret'],
    pattern: new RegExp(String.raw`secret${ASSIGN}${VALUE(16)}`, 'i'),
    minEntropy: 3.5,
    reject: notEnvLine,
    confidence: 0.5,
    tags: ['generic'],
  }),
  rule({
    id: 'generic-api-key',
    severity: 'medium',
    family,
    description: 'API key (api_key, apiKey, x-api-key...) assigned a high-entropy literal.',
    remediation: advice,
    keywords: ['api_key', 'apikey', 'api-key'],
    pattern: new RegExp(String.raw`api[_-]?key${ASSIGN}${VALUE(16)}`, 'i'),
    minEntropy: 3.5,
    reject: notEnvLine,
    confidence: 0.5,
    tags: ['generic'],
  }),
  rule({
    id: 'generic-token',
    severity: 'medium',
    family,
    description: 'Token (access_token, auth_token, token...) assigned a high-entropy literal.',
    remediation: advice,
    keywords: ['token'],
    pattern: new RegExp(String.raw`token${ASSIGN}${VALUE(16)}`, 'i'),
    near: assignmentFollows,
    minEntropy: 3.5,
    reject: notEnvLine,
    confidence: 0.5,
    tags: ['generic'],
  }),
  rule({
    id: 'generic-dotenv-secret',
    severity: 'medium',
    family,
    description: 'Environment-file line (FOO_SECRET=..., API_KEY=..., DB_PASSWORD=...) with a literal secret value.',
    remediation: advice + ' Keep .env files out of git (.gitignore) and commit a .env.example with placeholders.',
    keywords: ['secret', 'token', '_key', 'key_', 'apikey', 'password', 'passwd', 'pwd', 'credential'],
    pattern: new RegExp(
      String.raw`(?:^|(?<=\n))[ \t]{0,8}(?:export[ \t]{1,4})?[A-Z][A-Z0-9_]{0,60}?(?:SECRET|TOKEN|_KEY|KEY_|APIKEY|PASSWORD|PASSWD|PWD|CREDENTIALS?)[A-Z0-9_]{0,40}=['"]?${VALUE(10)}`,
    ),
    near: envAssignmentFollows,
    minEntropy: 3.2,
    confidence: 0.5,
    tags: ['generic', 'dotenv'],
  }),
  rule({
    id: 'generic-bearer-token',
    severity: 'medium',
    family,
    description: 'Literal bearer token in an Authorization header.',
    remediation: advice,
    keywords: ['bearer'],
    pattern: /bearer[ \t]{1,5}(?<secret>[A-Za-z0-9._~+/-]{20,1000}=*)(?![A-Za-z0-9._~+/=-])/i,
    minEntropy: 3.5,
    // JWTs are reported by the jwt rule.
    reject: (s) => s.startsWith('eyJ'),
    confidence: 0.6,
    tags: ['generic'],
  }),
];
