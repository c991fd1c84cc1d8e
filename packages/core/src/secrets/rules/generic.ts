// Generic assignments (password = ..., api_key: ..., FOO_SECRET=...) and bearer headers.
// These have no provider format, so they are gated by length and entropy here and by the
// context filters in ../filters.ts (placeholders, references, digests, lockfiles, minified code).
import type { SecretRule } from '../types.ts';
import { assignedValueFollows, bearerTokenFollows, envAssignmentFollows, keyAssignedValueFollows } from './near.ts';
import { rule, ASSIGN } from './define.ts';

const family = 'generic';
/**
 * A value ends at whitespace, quotes, separators and brackets, so code around it is not captured. Between
 * quotes `min` characters suffice; an unquoted value needs `bare` (a bare word is more often a name).
 */
const VALUE = (min: number, bare = min) =>
  String.raw`(?<secret>(?<=['"\x60])[^\s'"\x60;,()\[\]{}<>]{${min},200}(?=['"\x60])|[^\s'"\x60;,()\[\]{}<>]{${bare},200})`;
/**
 * A value on a `NAME=value` line runs to the end of the line or to its closing quote: passwords carry
 * `, ; ! % ^ ~ * =` and the line has no code around the value to cut off.
 */
const LINE_VALUE = (min: number, cls = String.raw`^\s'"\x60`) => String.raw`(?<secret>[${cls}]{${min},200})(?=['"\x60]?[ \t]*(?:#.*)?(?:\r?\n|$))`;
/**
 * A `NAME=value` environment line (shell `export`, Dockerfile `ENV`/`ARG`, a compose `environment:` list item
 * `- NAME=value`); the dotenv rule owns those so two generic rules never double-report.
 */
export const ENV_LINE = /^\s*(?:-[ \t]+)?(?:(?:export|ENV|ARG)\s+)?[A-Z][A-Z0-9_]*=|^\s*ENV\s+[A-Z][A-Z0-9_]*[ \t]+[^\s=]/;
/** A `.properties` / INI line (`db.password=…`, `spring.datasource.password = …`) with an unquoted value: the properties rule owns it. */
const PROPERTIES_LINE = /^\s*[A-Za-z][\w.-]*\s*[=:]\s*(?<value>[^\s'"\x60()]+)\s*$/;
/** Characters that end a value in code (VALUE) but belong to it on a properties line (`pa;ss,word`). */
const CODE_STOPS = /[;,\[\]{}<>]/;
/** A properties line whose value the code-shaped rules would cut short at `, ;` or brackets. */
export function punctuatedPropertiesLine(line: string): boolean {
  const v = PROPERTIES_LINE.exec(line)?.groups?.value;
  return v !== undefined && CODE_STOPS.test(v);
}
/**
 * A properties line whose unquoted value is 12-15 characters: long enough for a quoted value of the code-shaped
 * rules, too short for their unquoted minimum (16, since a bare word in code is more often a name). In a
 * config file a bare value is a literal (`token = Dy2JoBsVuwoo!0A`), so the properties rule takes it; it is
 * off in source files (filters.ts isRuleOffForPath).
 */
export function shortPropertiesValue(line: string): boolean {
  const n = PROPERTIES_LINE.exec(line)?.groups?.value.length ?? 0;
  return n >= 12 && n < 16;
}
const ownedByLineRule = (_s: string, line: string) => ENV_LINE.test(line) || punctuatedPropertiesLine(line);
/** Secret-named words as they appear in key names. */
const SECRET_WORD = String.raw`(?:password|passwd|passphrase|pwd|secret|token|api[_.-]?key|apikey|credentials?|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key)`;

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
    near: assignedValueFollows(8),
    minEntropy: 3.0,
    reject: ownedByLineRule,
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
    pattern: new RegExp(String.raw`secret${ASSIGN}${VALUE(12, 16)}`, 'i'),
    near: assignedValueFollows(12, 16),
    minEntropy: 3.3,
    reject: ownedByLineRule,
    confidence: 0.5,
    tags: ['generic'],
  }),
  rule({
    id: 'generic-api-key',
    severity: 'medium',
    family,
    description: 'API key (api_key, apiKey, x-api-key...) assigned a high-entropy literal.',
    remediation: advice,
    keywords: ['api_key', 'apikey', 'api-key', 'api.key'],
    pattern: new RegExp(String.raw`api[_.-]?key${ASSIGN}${VALUE(12, 16)}`, 'i'),
    near: assignedValueFollows(12, 16),
    minEntropy: 3.3,
    reject: ownedByLineRule,
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
    pattern: new RegExp(String.raw`token${ASSIGN}${VALUE(12, 16)}`, 'i'),
    near: assignedValueFollows(12, 16),
    minEntropy: 3.3,
    reject: ownedByLineRule,
    confidence: 0.5,
    tags: ['generic'],
  }),
  rule({
    id: 'generic-dotenv-secret',
    severity: 'medium',
    family,
    description: 'Environment-file line (FOO_SECRET=..., API_KEY=..., DB_PASSWORD=...) with a literal secret value.',
    remediation: advice + ' Keep .env files out of git (.gitignore) and commit a .env.example with placeholders.',
    keywords: ['secret', 'token', '_key', 'key_', 'apikey', 'password', 'passwd', 'pwd', 'credential', '_pass'],
    // `NAME=value`, `export NAME="value"`, Dockerfile `ENV NAME=value` / `ENV NAME value` / `ARG NAME=value`, compose `- NAME=value`.
    pattern: new RegExp(
      String.raw`(?:^|(?<=\n))[ \t]{0,8}(?:-[ \t]{1,4})?(?:export[ \t]{1,4}|(?:ENV|ARG)[ \t]{1,4})?[A-Z][A-Z0-9_]{0,60}?(?:SECRET|TOKEN|_KEY|KEY_|APIKEY|PASSWORD|PASSWD|PWD|_PASS(?![A-Z])|CREDENTIALS?)[A-Z0-9_]{0,40}(?:=|(?<=^[ \t]{0,8}ENV[ \t]{1,4}[A-Z0-9_]{1,100})[ \t]{1,4}(?!=))['"]?${LINE_VALUE(10)}`,
      'm',
    ),
    near: envAssignmentFollows,
    minEntropy: 3.2,
    confidence: 0.5,
    tags: ['generic', 'dotenv'],
  }),
  rule({
    id: 'generic-properties-secret',
    severity: 'medium',
    family,
    description: 'Properties / INI / YAML line with a secret-named key (db.password=..., spring.datasource.password = ..., api-key: ...) and a literal value.',
    remediation: advice,
    // `token` alone would share the generic-token rule's keyword and void its byte precheck: the forms with `=` / `:` instead.
    keywords: ['password', 'passwd', 'pwd', 'passphrase', 'secret', 'token=', 'token:', 'token =', 'token :', 'api.key', 'api-key', 'api_key', 'apikey', 'credential', 'private.key', 'private_key', 'private-key', 'signing', 'encryption', 'master.key', 'master_key', 'master-key'],
    pattern: new RegExp(String.raw`^[ \t]{0,8}(?=[a-z])[\w.-]{0,80}?${SECRET_WORD}[\w.-]{0,40}[ \t]{0,3}[=:][ \t]{0,3}${LINE_VALUE(8, String.raw`^\s'"\x60()`)}`, 'im'),
    minEntropy: 3.0,
    // Only where the other generic rules would cut the value short or find it too short; SCREAMING_CASE names are the dotenv rule's.
    // A statement (`x.y = name;`, `field: string[];`) is code, not a properties line.
    reject: (s, line) => !(punctuatedPropertiesLine(line) || shortPropertiesValue(line)) || ENV_LINE.test(line) || /^[A-Za-z_$][\w$.]*(?:\[\])?[;,]$/.test(s),
    confidence: 0.5,
    tags: ['generic', 'properties'],
  }),
  rule({
    id: 'generic-key',
    severity: 'medium',
    family,
    description: 'Signing, encryption, HMAC, master or session key assigned a literal value.',
    remediation: advice,
    keywords: ['signing', 'encryption', 'encrypt_key', 'master_key', 'masterkey', 'master-key', 'hmac', 'private_key', 'privatekey', 'private-key', 'session_key', 'sessionkey', 'cipher_key', 'cipherkey', 'crypto_key', 'app_key', 'appkey', 'auth_key', 'authkey'],
    pattern: new RegExp(String.raw`(?:signing|encryption|encrypt|master|hmac|private|session|cipher|crypto|app|auth)[_.-]?(?:secret[_.-]?)?key${ASSIGN}${VALUE(12, 16)}`, 'i'),
    near: keyAssignedValueFollows(12, 16),
    minEntropy: 3.3,
    reject: ownedByLineRule,
    confidence: 0.5,
    tags: ['generic'],
  }),
  rule({
    id: 'generic-bearer-token',
    severity: 'medium',
    family,
    description: 'Literal bearer token in an Authorization header.',
    remediation: advice,
    keywords: ['bearer'],
    near: bearerTokenFollows,
    pattern: /bearer[ \t]{1,5}(?<secret>[A-Za-z0-9._~+/-]{20,1000}=*)(?![A-Za-z0-9._~+/=-])/i,
    minEntropy: 3.5,
    // JWTs are reported by the jwt rule.
    reject: (s) => s.startsWith('eyJ'),
    confidence: 0.6,
    // `header`: the value is a literal, so letter-only tokens are judged as tokens (filters.ts, randomInHeader).
    tags: ['generic', 'header'],
  }),
];
