// Credentials that a file format wraps in base64: Kubernetes Secret `data:` values, Docker
// `config.json` `auths.*.auth`, `Authorization: Basic` headers, npm `_auth` / `_password`. The rule
// reports the encoded value where it stands; the decoded value decides (a known token, or a real
// password that is not a placeholder, a `${VAR}` reference, empty, or a user name alone).
import type { SecretRule } from '../types.ts';
import { decodeBase64Text, splitUserPassword } from '../decode/base64.ts';
import { isCredentialText, isRealPassword, holdsKnownToken } from '../decode/judge.ts';
import { rule, revoke } from './define.ts';
import { headerSchemeFollows, npmAuthAssigned } from './near.ts';

const family = 'encoded';
const B64 = String.raw`(?<secret>[A-Za-z0-9+/]{8,4000}={0,2})(?![A-Za-z0-9+/=])`;
/** Names of Secret keys whose values are credentials as a whole (a password), not config or names. */
const SECRET_KEY = /pass|pwd|secret|token|key|credential|auth|dsn|connection|url|uri|private|cert/i;

/** `user:password` whose password is real (Basic auth, Docker `auth`, npm `_auth`). */
function userPasswordCredential(encoded: string): boolean {
  const text = decodeBase64Text(encoded);
  const up = text === undefined ? undefined : splitUserPassword(text);
  return up !== undefined && (isRealPassword(up.password) || holdsKnownToken(up.password));
}

/** The decoded forms to mask: the whole text and, for `user:password`, the password. */
function decodedForms(encoded: string): string[] {
  const text = decodeBase64Text(encoded);
  if (text === undefined) return [];
  const up = splitUserPassword(text);
  return up && up.password ? [text, up.password] : [text];
}

/** The Secret key on the value's line (`password` in `  password: cGFzcw==`). */
function dataKey(secret: string, line: string): string {
  const at = line.indexOf(secret);
  return /["']?([\w.-]+)["']?\s*:\s*["']?$/.exec(line.slice(0, Math.max(0, at)))?.[1] ?? '';
}

/** A Secret value decodes to a credential: any known token; a real password only under a secret-named key. */
function secretDataCredential(encoded: string, line: string): boolean {
  const text = decodeBase64Text(encoded);
  if (text === undefined) return false;
  if (holdsKnownToken(text)) return true;
  return SECRET_KEY.test(dataKey(encoded, line)) && !/^(?:user(?:name)?|login|email)$/i.test(dataKey(encoded, line)) && isCredentialText(text);
}

const advice = (what: string) =>
  revoke(what, 'the service it authenticates to', 'Base64 is an encoding, not encryption: anyone who reads the file has the credential. Keep it in a secret manager or an untracked file.');

export const ENCODED_RULES: readonly SecretRule[] = [
  rule({
    id: 'kubernetes-secret-data',
    severity: 'high',
    family,
    description: 'Kubernetes Secret manifest whose base64 `data:` value decodes to a credential.',
    remediation: advice('credential in the Secret') + ' Commit a SealedSecret / ExternalSecret instead of the Secret.',
    // kubectl's JSON prints `data` before `kind` (keys in order): there the `"apiVersion": "v1"` line opens the object.
    keywords: ['kind: secret', '"kind": "secret"', '"kind":"secret"', '"apiversion": "v1"', '"apiversion":"v1"'],
    // From the `kind: Secret` (or JSON `apiVersion`) line on, each `key: base64` line (YAML) or `"key": "base64"` pair (JSON).
    pattern: new RegExp(String.raw`(?:^[ \t]{1,12}["']?[\w.-]{1,100}["']?[ \t]{0,3}:[ \t]{1,4}["']?|"[\w.-]{1,100}"[ \t]{0,3}:[ \t]{0,3}")${B64}`, 'm'),
    multiline: true,
    window: 8192,
    reject: (s, line) => !secretDataCredential(s, line),
    decoded: decodedForms,
    tags: ['kubernetes', 'base64'],
  }),
  rule({
    id: 'docker-config-auth',
    severity: 'high',
    family,
    description: 'Docker config.json registry credential (`auths.<registry>.auth`, base64 of user:password).',
    remediation: advice('registry password or token') + ' Use a credential helper (`credsStore`) instead of `auth`.',
    keywords: ['"auth"'],
    pattern: new RegExp(String.raw`"auth"[ \t]{0,5}:[ \t]{0,5}"${B64}"`),
    reject: (s) => !userPasswordCredential(s),
    decoded: decodedForms,
    tags: ['docker', 'base64'],
  }),
  rule({
    id: 'basic-auth-header',
    severity: 'high',
    family,
    description: 'HTTP `Authorization: Basic` header with a literal base64 user:password (also nginx `proxy_set_header` / Apache `RequestHeader set`).',
    remediation: advice('password or token in the header'),
    keywords: ['authorization'],
    near: headerSchemeFollows('basic'),
    // `Authorization: Basic …`, `"Authorization": "Basic …"`, or the header name and value as two words (nginx, Apache).
    pattern: new RegExp(String.raw`authorization["']?(?:[ \t]{0,3}[:=,]|[ \t])[ \t]{0,3}["']?[ \t]{0,2}basic[ \t]{1,4}${B64}`, 'i'),
    reject: (s) => !userPasswordCredential(s),
    decoded: decodedForms,
    tags: ['http', 'base64'],
  }),
  rule({
    id: 'npm-auth',
    severity: 'high',
    family,
    description: 'npm `.npmrc` `_auth` (base64 of user:password) or `_password` (base64 of the password).',
    remediation: advice('registry password') + ' Use `_authToken` from an environment variable (`${NPM_TOKEN}`).',
    keywords: ['_auth', '_password'],
    near: npmAuthAssigned,
    pattern: new RegExp(String.raw`(?:^|[\s:])_(?:auth|password)[ \t]{0,3}=[ \t]{0,3}["']?${B64}`, 'm'),
    reject: (s, line) => {
      if (/_auth[ \t]*=/.test(line)) return !userPasswordCredential(s);
      const text = decodeBase64Text(s);
      return text === undefined || !isRealPassword(text);
    },
    decoded: decodedForms,
    tags: ['npm', 'base64'],
  }),
];
