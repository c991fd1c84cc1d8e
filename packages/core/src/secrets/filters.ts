// False-positive filters applied after a rule matched. Provider-format rules only get the
// filters that are safe for random tokens (documented examples, obvious placeholders, repeated
// or sequential strings, data URIs, integrity hashes); generic rules get the context filters
// too (digests, UUIDs, lockfiles, minified code, code references, whole-word dummies).
import { createHash } from 'node:crypto';
import type { SecretRule } from './types.ts';
import { BUILTIN_RULES } from './rules/index.ts';
import { decodeBase64Text } from './decode/base64.ts';
import { isCredentialText } from './decode/judge.ts';
import { isLockfile } from '../files/lockfiles.ts';
import { isDigitlessPropertyPath, opensCallOrMember } from './code-values.ts';

/** AWS documents AKIAIOSFODNN7EXAMPLE and a secret key ending in EXAMPLEKEY; other vendors copy the habit. */
export function isDocumentedExample(secret: string): boolean {
  return /EXAMPLE/.test(secret);
}

/**
 * SHA-256 of credentials that vendors publish for local development and that SDKs ship as
 * constants, so every vendored SDK would otherwise be reported. Only the hashes live here:
 * the repository must not contain credential-shaped strings.
 */
const PUBLISHED_DEV_CREDENTIALS = new Set([
  // Azure Storage Emulator / Azurite account key for `devstoreaccount1` (documented by Microsoft).
  '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059',
  // Azure Cosmos DB emulator account key (documented by Microsoft, the same on every install).
  'aa6547439583c3a275d4542a0df6c1ad6a863971be9f2a2220f027cc02aef615',
  // jwt.io's default HS256 example token, copied into countless SDK readmes and tests.
  '7f75367e7881255134e1375e723d1dea8ad5f6a4fdb79d938df1f1754a830606',
  // Google reCAPTCHA v2 test secret key, documented for automated tests (every check passes).
  'f5e95c9954635b65acab57e6d5ea663eb900f06dc8794a90358f5abb1c77d4e0',
  // Example values in GitHub's REST API description (@octokit/openapi): client_secret, webhook_secret,
  // access_token, token, temp_clone_token, oidc_token and temp_download_token examples.
  '0bc74d568394fb8fb11adf356e5b3d24856314b8f072a89252c8deeb70b159e1',
  '0ac25cd47fc2fbbd353d0a94b4b8d6c02d63e69555528440b9a99a9fe0e4a731',
  '2ca2724ce3ce1564986b513b1cac04cdd9fc4b0bd09237fe37e66f8b1cec98a6',
  '86007eb367696d3202a93e1ef98e8e9e04d0cda1229fa053f126b08dcfcfc200',
  '58ab891f5503eae682fead7e32aa4db5e0cb54faa17feab88f44f5913aac7a70',
  '64c705a5cf4254bc6bdde74b5203fcd49b73542aae68ec4a2b4540c53fa6839a',
  '708142cdecacc33a54a1d479bf071fb459a2d903912fb62c45b5cbffbeb69353',
  'd9386e316305a82d35470d1f589eda596216887d0a1082b17b0cf7d9b390f67d',
  'c4596dcd6408f81b1d9466f403b5b646ef950ce4a3da16483caeb27069524c2f',
  // ... and its long example JWTs (oidc_token, temp_download_token).
  'a09fee15ced56fd50b3ac2c8a2e24152d3c70d25b84b3d438d2a91db98153c27',
  'dbd1cba4d1025b3cb2f5798ccfcf87c588daf8741501917262ffbf0b805e1c0f',
  '8edb53fe4ba411da4ebaae3f51e3026cf9e7298a1d1d5fe186a9c83e428b55e1',
]);

/** A publicly documented development credential (Azurite's account key...): it unlocks nothing. */
export function isPublishedDevCredential(secret: string): boolean {
  if (secret.length < 16) return false;
  return PUBLISHED_DEV_CREDENTIALS.has(createHash('sha256').update(secret).digest('hex'));
}

const PLACEHOLDER_RE = new RegExp(
  [
    String.raw`x{6,}`, String.raw`\*{3,}`, String.raw`\.\.\.`, '…', String.raw`<[^>]{0,60}>`,
    String.raw`\$\{\{`, String.raw`\$\{[A-Za-z_]`, String.raw`^\$[A-Za-z_]`, String.raw`\{\{`, String.raw`%\([A-Za-z_]+\)s`,
    'your[_-]?(?:api[_-]?)?(?:key|token|secret|password|pass)', '_here(?![a-z])', 'changeme', 'change[_-]me',
    'replace[_-]?me', 'redacted', 'placeholder', 'process\\.env', 'os\\.environ', 'getenv', 'import\\.meta\\.env',
  ].join('|'),
  'i',
);

/** `changeme`, `<YOUR_TOKEN>`, `your_api_key_here`, `xxxxxx`, `****`, `${{ secrets.X }}`, `${VAR}`, `$VAR`, `{{ .Values.x }}`, `%(x)s`... */
export function isPlaceholder(secret: string): boolean {
  return PLACEHOLDER_RE.test(secret);
}

/**
 * A label rather than a value: letters of a natural-language script beyond ASCII (translated UI strings),
 * or a letters-only camelCase name that reads as words (`acquireToken`, `refreshToken`).
 */
export function isLabel(secret: string): boolean {
  if (/[^\x00-\x7f]/.test(secret) && /\p{L}/u.test(secret.replace(/[\x00-\x7f]/g, ''))) return true;
  return /^[a-z]+(?:[A-Z][a-z]+)+$/.test(secret) && readsAsWords(secret);
}

/** Whole-word dummies (`dummy`, `example`, `sample`, `test`, `fake`): only meaningful for generic rules. */
export function hasDummyWord(secret: string): boolean {
  return /(?:^|[^a-z])(?:dummy|example|sample|test|fake|mock|foobar)(?:[^a-z]|$)/i.test(secret);
}

/**
 * The name inside punctuation that code and markup put around names: `?Name` (parser states),
 * `#id` / `.class` (CSS selectors), `@decorator`, `key:` (labels). Secrets are compared bare too.
 */
function bareName(secret: string): string {
  return secret.replace(/^[?#@!:.]{1,2}(?=[A-Za-z_$])/, '').replace(/(?<=[A-Za-z0-9])[:;,.]$/, '');
}

/** A dictionary-looking word (`Password`, `hunter`): labels and names rather than secrets. */
export function isPlainWord(secret: string): boolean {
  secret = bareName(secret);
  return /^[A-Z]?[a-z]+$/.test(secret) || /^[A-Z]+$/.test(secret);
}

/** Few distinct characters, or mostly runs of repeated / consecutive characters (`aaaa`, `abcdefgh`, `12345678`). */
export function isRepetitiveOrSequential(secret: string): boolean {
  // Every candidate of every rule is asked (a million per pass on the config-dense tree): one loop, no regex,
  // no Set; surrogate pairs, where the two ways of counting characters differ, take the plain way.
  const from = typePrefixEnd(secret);
  const n = secret.length - from;
  if (n < 8) return false;
  let steady = 0;
  let d0 = -1;
  let d1 = -1;
  let d2 = -1;
  let distinct = 0;
  let prev = -1;
  for (let i = from; i < secret.length; i++) {
    const c = secret.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return new Set(secret.slice(from)).size <= 3 || isSteady(secret, from);
    if (distinct <= 3 && c !== d0 && c !== d1 && c !== d2) {
      if (distinct === 0) d0 = c;
      else if (distinct === 1) d1 = c;
      else if (distinct === 2) d2 = c;
      distinct++;
    }
    if (prev !== -1) {
      const d = c - prev;
      if (d === 0 || d === 1 || d === -1) steady++;
    }
    prev = c;
  }
  return distinct <= 3 || steady / (n - 1) >= 0.6;
}

/** Where the body starts after a type prefix of 2-8 letters and `_` or `-` (`sk_`, `ghp_`), else 0. */
function typePrefixEnd(s: string): number {
  for (let i = 0; i < s.length && i <= 8; i++) {
    const c = s.charCodeAt(i);
    if ((c === 95 || c === 45) && i >= 2) return i + 1;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return 0;
  }
  return 0;
}

function isSteady(s: string, from: number): boolean {
  let steady = 0;
  for (let i = from + 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    if (d === 0 || d === 1 || d === -1) steady++;
  }
  return steady / (s.length - from - 1) >= 0.6;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(secret: string): boolean {
  return UUID_RE.test(secret);
}

/**
 * The name a value is assigned to on its line (`client_secret` in `client_secret: "…"`, `apiKey` in
 * `const apiKey: string = "…"`, `ENCRYPTION_KEY` in `ENV ENCRYPTION_KEY …`), or '' when there is none.
 */
export function keyNameBefore(secret: string, line: string): string {
  const at = line.indexOf(secret);
  if (at <= 0) return '';
  const m = /([A-Za-z_][\w.-]*)['"\]]?(?:\s{0,3}:\s{0,3}[A-Za-z_][\w.<>\[\]?| ]{0,40}?)?\s{0,5}(?::=|=>|=|:|[ \t])\s{0,5}['"\x60]?$/.exec(line.slice(Math.max(0, at - 120), at));
  return m?.[1] ?? '';
}

/** Names of digests and identifiers (`sha256`, `integrity`, `etag`, `commit`, `token_hash`, `key_id`): their values are not secrets. */
const DIGEST_NAME = /sha(?:1|2|256|384|512)?(?![a-z])|hash|digest|md5|checksum|integrity|etag|commit|fingerprint|revision|(?:^|[_.-])rev$|crc|(?:^|[_.-])ids?$|[a-z]Ids?$|ID$/i;
/** Names that make a value a secret whatever its shape (`client_secret`, `ENCRYPTION_KEY`, `AUTH_TOKEN`). */
const SECRET_NAME = /secret|token|passw|pwd|(?:^|[_.-])pass$|key|credential|auth|private|signing/i;

/** A digest-shaped value that is a digest here: its key is digest-named, or it has no secret-named key at all. */
export function isDigestInContext(secret: string, line: string): boolean {
  if (!isDigest(secret)) return false;
  const name = keyNameBefore(secret, line);
  return !SECRET_NAME.test(name) || DIGEST_NAME.test(name);
}

/** Hex of a common digest length (md5 32, sha1 40, sha256 64, sha512 128), base64 of md5/sha1/256/512, or an SRI `sha512-...`. */
export function isDigest(secret: string): boolean {
  if (/^[0-9a-f]+$/i.test(secret) && [32, 40, 64, 96, 128].includes(secret.length)) return true;
  if (/^sha(?:1|256|384|512)[-:]/i.test(secret)) return true;
  return /^[A-Za-z0-9+/]+={0,2}$/.test(secret) && /=$/.test(secret) && [24, 28, 44, 64, 88].includes(secret.length);
}

export { isLockfile };

/** `"integrity": "sha512-..."`, `resolved ...#hash`, `checksum: sha256:...` lines. */
export function isIntegrityLine(line: string): boolean {
  return /["']?(?:integrity|resolved|checksum|shasum|hash)["']?\s*[:=]?\s*["']?(?:sha(?:1|256|384|512)[-:]|https?:\/\/)/i.test(line);
}

/** Public keys and certificates are not secret. */
export function isPublicKeyMaterial(line: string): boolean {
  return /-----BEGIN (?:[A-Z0-9 ]*PUBLIC KEY|CERTIFICATE|X509 CRL|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST)-----|(?:^|\s|["'])(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA/.test(line);
}

/** The secret sits inside a `data:...;base64,` payload (images and fonts embedded in CSS/HTML). */
export function isInDataUri(secret: string, line: string): boolean {
  const at = line.indexOf(secret);
  if (at < 0) return false;
  const before = line.slice(Math.max(0, at - 200_000), at);
  const m = before.lastIndexOf(';base64,');
  if (m >= 0) return !/["'\s)]/.test(before.slice(m + 8));
  // Scanners hand over a slice of a long line, so the `;base64,` may lie before the slice: a
  // secret preceded by a long unbroken base64 run reaching the slice start sits inside a blob.
  return before.length >= BLOB_RUN && /^[A-Za-z0-9+/=]+$/.test(before);
}

/** Base64 characters in a row before a match that make it part of an embedded blob. */
const BLOB_RUN = 200;

const MINIFIED_PATH = /\.min\.(?:js|mjs|cjs|css)$|[.-]bundle\.js$|(?:^|\/)(?:dist|build)\/.*\.js$/;
/**
 * Lines over this many characters in minified bundles are identifier soup, not config. Kept
 * under 1 KiB because scanners may hand over only a 1 KiB slice of a very long line.
 */
export const MINIFIED_LINE_LIMIT = 1000;
export function isMinifiedContext(line: string, path: string): boolean {
  return MINIFIED_PATH.test(path) && line.length > MINIFIED_LINE_LIMIT;
}

/** camelCase / PascalCase identifiers glued together (getElementByIdForUser): names, not secrets. */
export function isIdentifierSoup(secret: string): boolean {
  // Sigils in front of a name (`?NonNullableType`, `#privateField`, `@decoratorName`) keep it a
  // name, and so does a short version / ordinal suffix (`identifierName2`).
  secret = bareName(secret).replace(/(?<=[A-Za-z])\d{1,2}$/, '');
  if (!/^[A-Za-z_$][A-Za-z_$]*$/.test(secret)) return false;
  const humps = secret.match(/[a-z][A-Z]/g)?.length ?? 0;
  return humps >= 2 || /^[a-z]+(?:_[a-z]+)+$/.test(secret) || /^[A-Z]+(?:_[A-Z]+)+$/.test(secret);
}

/**
 * Where a value is a literal, never a variable, a camelCase run of letters is a name only when it reads as words
 * (`yourAccessToken`); `NUXzyHhXBAIPFzcDIGNB_NNtH_HK1` is a token. Literal places: after `Bearer ` or an `X-…:`
 * header name, the value of a `NAME=value` environment line (`export`, `ENV`, `.env`), and a sentence's value
 * ("the password is …"). Elsewhere names with abbreviations (`popTokenGenerateCnf`, `passwordTooShortMsg`) keep
 * the identifier filter: as values in code and in config files (message ids, handler names) they outnumber random
 * letters; see isRandomLetters.
 */
function randomInLiteral(rule: SecretRule, secret: string, line: string): boolean {
  if (readsAsWords(secret)) return false;
  return rule.tags?.some((t) => LITERAL_TAGS.has(t)) === true || HEADER_NAME.test(keyNameBefore(secret, line));
}

const LITERAL_TAGS = new Set(['header', 'dotenv', 'prose']);

/**
 * A sentence's value ("the password is FaPUQhbqHm…", in a code comment too): letters that don't read as words are
 * the value the sentence gives, not a variable's name.
 */
function proseValue(rule: SecretRule, secret: string): boolean {
  return rule.tags?.includes('prose') === true && /^[A-Za-z_]+$/.test(secret) && !readsAsWords(secret);
}

/** An HTTP header's name (`X-Access-Token`, `x-api-key`): what follows its colon is a literal value too. */
const HEADER_NAME = /^X-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/i;

/** Words joined by separators (`bulkhead.secret-scan`, `read:packages`): names and scopes, not secrets. */
export function isWordChain(secret: string): boolean {
  const bare = bareName(secret);
  // Letter parts: a chain unless a part is a long mixed-case run that doesn't read as words (`CDxNLkcxpE-OltHQGIqu`).
  if (/^[A-Za-z]{2,}(?:[._/:-][A-Za-z]{2,})+$/.test(bare)) return !bare.split(/[._/:-]/).some(isRandomPart);
  // Words with a short number (`x-webhook-secret-signature256`, `api.v2`): header names, selectors,
  // scopes. Each part must read as a word (lower / Capitalised / UPPER), which random tokens don't.
  const word = String.raw`(?:[A-Za-z]?[a-z]+|[A-Z]+)\d{0,3}`;
  if (new RegExp(String.raw`^(?:[A-Za-z]|${word})(?:[._/:-]${word})+$`).test(bare)) return true;
  // Names with a digit inside a part (`X-Amz-S3session-Token`): every part still reads as words.
  return /^[A-Za-z]\w*(?:[._/:-][A-Za-z]\w*)+$/.test(bare) && readsAsWords(bare);
}

/** 8+ letters of both cases that don't read as words. */
const isRandomPart = (p: string) => p.length >= 8 && /[a-z]/.test(p) && /[A-Z]/.test(p) && !readsAsWords(p);

/** File paths and URLs (`./src/x.ts`, `/etc/ssl/private/server.key`, `https://...`). */
export function isPathLike(secret: string): boolean {
  return /^(?:\.{1,2}\/|\/|~\/|[a-z][a-z0-9+.-]*:\/\/)/i.test(secret) || /\.(?:[cm]?[jt]sx?|json|ya?ml|toml|py|go|rb|sh|md|txt|pem|crt|cer|key|p12|pfx|jks|env)$/.test(secret);
}

const TYPE_WORDS = /^(?:string|str|String|number|int|integer|bool|boolean|any|unknown|object|bytes|char|Optional|SecretStr|SecretString|None|null|nil|undefined|true|false|required|optional)$/;
const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|go|java|kt|kts|scala|rb|php|cs|swift|rs|c|h|cc|cpp|hpp|m|dart|lua|pl|ex|exs|groovy)$/;

/**
 * Letters that read as words: every letter run (split at digits, separators and camel humps) of a
 * name has a vowel and no run of five consonants, or is a single letter or an acronym, and the runs
 * average 3.2+ letters (`X25519.secret_length`,
 * `keyVault.Password2`, `publishableToken`). Random tokens split into short, vowel-less runs.
 */
export function readsAsWords(name: string): boolean {
  const parts = letterRuns(name);
  if (parts.length === 0) return false;
  let wordy = 0;
  let letters = 0;
  for (const p of parts) {
    letters += p.length;
    const acronym = /^(?:[A-Z]{1,5}|[a-z])$/.test(p);
    if (acronym || (p.length >= 2 && /[aeiouy]/i.test(p) && !/[b-df-hj-np-tv-xz]{5}/i.test(p))) wordy += p.length;
  }
  // Words are a few letters long on average; random tokens split into many one- and two-letter runs.
  return wordy === letters && parts.some((p) => p.length >= 4) && letters / parts.length >= 3.2;
}

/** A name's letter runs: split at digits, separators and camel humps (`getHTTPResponse` -> get, HTTP, Response). */
function letterRuns(name: string): string[] {
  return name.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/).filter(Boolean);
}

/**
 * Mixed-case letters only, 16 or more, in runs under 3 letters long on average, not reading as words: a
 * random token that happens to hold no digit (one in eighty 25-character alphanumeric tokens has none;
 * about 80% of them split this short). camelCase names split into words: on the 300 MB source tree the
 * shortest average of a camelCase name that is not words (`popTokenGenerateCnf`, 4.75) was 3.17. With `_`
 * allowed everywhere, locale tables (`Su_Mo_Tu_We_Th_Fr_Sa`) split as short: a `_` or `-` is taken only when one
 * part alone is such a token (`KeKiDZkwcNIdMeGbWYk_vtqDeiBG`; base64url tokens hold both).
 */
export function isRandomLetters(secret: string): boolean {
  if (/^[A-Za-z]+(?:[_-][A-Za-z]+)+$/.test(secret)) return secret.split(/[_-]/).some(isRandomLetters);
  if (secret.length < 16 || !/^[A-Za-z]+$/.test(secret) || !/[a-z]/.test(secret) || !/[A-Z]/.test(secret)) return false;
  const runs = letterRuns(secret);
  return secret.length / runs.length < 3 && !readsAsWords(secret);
}

/** `X25519.secret_length`, `keyVault.Password2`, `oauth2Config.clientSecret2`: a property path of real names, digits or not. */
function isNamePath(secret: string): boolean {
  return /^[A-Za-z_$][\w$]*(?:[?!]?\.[A-Za-z_$][\w$]*)+$/.test(secret) && readsAsWords(secret);
}

/** The value is code, not data: a call, a property path, a variable reference, a type name. */
export function isCodeReference(secret: string, line: string, path: string): boolean {
  if (TYPE_WORDS.test(secret)) return true;
  const at = line.indexOf(secret);
  const before = at > 0 ? line[at - 1] : '';
  const after = at >= 0 ? line[at + secret.length] ?? '' : '';
  if (opensCallOrMember(after)) return true;
  if (isNamePath(secret)) return true;
  // Expressions: `o.someName||""`, `a&&b`, `x?.y`; a Rust borrow / C address of a name (`&settings.client_secret`).
  if (/\|\||&&/.test(secret) || /^&[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(secret)) return true;
  if (isDigitlessPropertyPath(secret)) return true;
  if (/^(?:this|self|cls|ctx|config|settings|env|params|props|options|opts|args|req|request)\.[A-Za-z_$]/.test(secret)) return true;
  if (/^[A-Za-z_$][\w$]*(?:[?!]?\.[A-Za-z_$][\w$]*)+[?!]?$/.test(secret) && !/\d/.test(secret)) return true;
  // Optional chaining (`options2?.onresumptiontoken`) only exists in code, digits or not.
  if (/^[A-Za-z_$][\w$]*(?:\?\.[A-Za-z_$][\w$]*)+$/.test(secret)) return true;
  const quoted = before === '"' || before === "'" || before === '`';
  // Unquoted names in source files are variables, unless they read as random (digits among non-words: hex keys, tokens).
  if (!quoted && CODE_FILE.test(path) && /^[A-Za-z_$][\w$.?]*$/.test(secret) && (readsAsWords(secret) || !/\d/.test(secret))) return true;
  // An unquoted camelCase / snake_case name of words (`publishableToken`, `keyVault`) is a variable.
  if (!quoted && /^[A-Za-z_$][\w$]*$/.test(secret) && /[a-z][A-Z]|[a-z]_[a-z]/.test(secret) && readsAsWords(secret)) return true;
  return false;
}

/**
 * Base64 whose text is no credential (`PGNoYW5nZW1lPg==` is `<changeme>`): a Kubernetes Secret or config
 * value that only encodes a placeholder, a user name or settings. Random passwords never decode to clean text.
 */
export function decodesToNonCredential(secret: string): boolean {
  if (secret.length < 8 || secret.length % 4 !== 0) return false;
  const text = decodeBase64Text(secret);
  return text !== undefined && text.length >= 3 && !isCredentialText(text);
}

/**
 * A provider rule already covers this value on this line, so the generic rule should not double-report.
 * With `generic`, the generic rules count too (for the opt-in entropy rule, which comes last).
 */
export function isCoveredBySpecificRule(secret: string, line: string, generic = false): boolean {
  const lower = line.toLowerCase();
  for (const r of BUILTIN_RULES) {
    if ((r.family === 'generic' && !generic) || r.multiline) continue;
    if (!r.keywords.some((k) => lower.includes(k))) continue;
    const g = new RegExp(r.pattern.source, r.pattern.flags + 'g');
    for (const m of line.matchAll(g)) {
      const s = m.groups?.secret ?? m[0];
      if (s.includes(secret) || secret.includes(s)) return true;
    }
  }
  return false;
}

/**
 * A rule that cannot report anything in this file, whatever the match: properties-shaped lines in source
 * files are statements and object literals. The scanner asks before running the rule's regex there (on the
 * source tree that rule had the most keyword hits of all), and isFalsePositive says the same.
 */
export function isRuleOffForPath(rule: SecretRule, path: string): boolean {
  return (rule.family === 'generic' || rule.family === 'entropy') && rule.tags?.includes('properties') === true && CODE_FILE.test(path);
}

/**
 * The scanner's last veto. `line` is the line the match starts on (for multiline rules, the
 * keyword line); `path` is relative to the scan root with `/` separators.
 */
export function isFalsePositive(rule: SecretRule, secret: string, line: string, path: string): boolean {
  if (isRuleOffForPath(rule, path)) return true;
  if (isDocumentedExample(secret) || isPlaceholder(secret)) return true;
  if (rule.family !== 'key' && isRepetitiveOrSequential(secret)) return true;
  if (isInDataUri(secret, line)) return true;
  if (rule.family !== 'key' && isPublicKeyMaterial(line)) return true;
  // The filters are independent yes/no questions, so their order only decides the cost: a SHA-256 per
  // candidate (isPublishedDevCredential) comes after the cheap ones, and for generic rules after all of
  // theirs, which drop most candidates (on the config-dense tree the hashing had been ~7% of a scan).
  if (rule.family !== 'generic' && rule.family !== 'entropy') return isPublishedDevCredential(secret);
  return (
    isLockfile(path) ||
    isIntegrityLine(line) ||
    isMinifiedContext(line, path) ||
    isUuid(secret) ||
    isDigestInContext(secret, line) ||
    decodesToNonCredential(secret) ||
    hasDummyWord(secret) ||
    isLabel(secret) ||
    isPlainWord(secret) ||
    (isIdentifierSoup(secret) && !randomInLiteral(rule, secret, line) && !isRandomLetters(secret)) ||
    isWordChain(secret) ||
    isPathLike(secret) ||
    (isCodeReference(secret, line, path) && !proseValue(rule, secret)) ||
    isCoveredBySpecificRule(secret, line, rule.family === 'entropy') ||
    isPublishedDevCredential(secret)
  );
}
