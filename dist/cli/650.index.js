export const id = 650;
export const ids = [650];
export const modules = {

/***/ 3408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XS: () => (/* binding */ validGitHubToken),
/* harmony export */   tf: () => (/* binding */ validNpmToken)
/* harmony export */ });
/* unused harmony exports crc32, base62, withBase62Checksum */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
// Provider checksums that let a scanner tell a real token from a random look-alike offline.
// GitHub (2021 token format) and npm (2021 format) tokens are `<prefix>_` + 30 random base62
// characters + 6 characters: the CRC32 of the 30 random characters, base62-encoded with
// leading zeros (alphabet 0-9A-Za-z).

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** CRC32 (IEEE, as zlib) of the UTF-8 bytes of `str`, as an unsigned 32-bit integer. */
function crc32(str) {
    return (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(str) >>> 0;
}
/** Base62 (0-9A-Za-z) of a non-negative integer, left-padded with '0' to `width`. */
function base62(n, width) {
    if (!Number.isSafeInteger(n) || n < 0)
        throw new RangeError('base62 expects a non-negative safe integer');
    let out = '';
    let v = n;
    do {
        out = BASE62[v % 62] + out;
        v = Math.floor(v / 62);
    } while (v > 0);
    return out.padStart(width, '0');
}
const RANDOM_LEN = 30;
const CHECK_LEN = 6;
/** True when `body` (random part + 6 checksum chars) carries a correct base62 CRC32. */
function validBase62Crc(body) {
    if (body.length !== RANDOM_LEN + CHECK_LEN || !/^[0-9A-Za-z]+$/.test(body))
        return false;
    const random = body.slice(0, RANDOM_LEN);
    return base62(crc32(random), CHECK_LEN) === body.slice(RANDOM_LEN);
}
/** ghp_/gho_/ghu_/ghs_/ghr_ tokens of 40 characters with a valid checksum. */
function validGitHubToken(token) {
    if (!/^gh[pousr]_/.test(token))
        return false;
    return validBase62Crc(token.slice(4));
}
/** npm_ tokens (40 characters) with a valid checksum. */
function validNpmToken(token) {
    if (!token.startsWith('npm_'))
        return false;
    return validBase62Crc(token.slice(4));
}
/** Appends the checksum to a 30-char random part; used by test generators and docs. */
function withBase62Checksum(random) {
    return random + base62(crc32(random), CHECK_LEN);
}


/***/ }),

/***/ 3680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NF: () => (/* binding */ isFalsePositive)
/* harmony export */ });
/* unused harmony exports isDocumentedExample, isPublishedDevCredential, isPlaceholder, hasDummyWord, isPlainWord, isRepetitiveOrSequential, isUuid, isDigest, isLockfile, isIntegrityLine, isPublicKeyMaterial, isInDataUri, MINIFIED_LINE_LIMIT, isMinifiedContext, isIdentifierSoup, isWordChain, isPathLike, isCodeReference, isCoveredBySpecificRule */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5822);
// False-positive filters applied after a rule matched. Provider-format rules only get the
// filters that are safe for random tokens (documented examples, obvious placeholders, repeated
// or sequential strings, data URIs, integrity hashes); generic rules get the context filters
// too (digests, UUIDs, lockfiles, minified code, code references, whole-word dummies).


/** AWS documents AKIAIOSFODNN7EXAMPLE and a secret key ending in EXAMPLEKEY; other vendors copy the habit. */
function isDocumentedExample(secret) {
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
]);
/** A publicly documented development credential (Azurite's account key...): it unlocks nothing. */
function isPublishedDevCredential(secret) {
    if (secret.length < 16)
        return false;
    return PUBLISHED_DEV_CREDENTIALS.has((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(secret).digest('hex'));
}
const PLACEHOLDER_RE = new RegExp([
    String.raw `x{6,}`, String.raw `\*{3,}`, String.raw `\.\.\.`, '…', String.raw `<[^>]{0,60}>`,
    String.raw `\$\{\{`, String.raw `\$\{[A-Za-z_]`, String.raw `^\$[A-Za-z_]`, String.raw `\{\{`, String.raw `%\([A-Za-z_]+\)s`,
    'your[_-]?(?:api[_-]?)?(?:key|token|secret|password|pass)', '_here(?![a-z])', 'changeme', 'change[_-]me',
    'replace[_-]?me', 'redacted', 'placeholder', 'process\\.env', 'os\\.environ', 'getenv', 'import\\.meta\\.env',
].join('|'), 'i');
/** `changeme`, `<YOUR_TOKEN>`, `your_api_key_here`, `xxxxxx`, `****`, `${{ secrets.X }}`, `${VAR}`, `$VAR`, `{{ .Values.x }}`, `%(x)s`... */
function isPlaceholder(secret) {
    return PLACEHOLDER_RE.test(secret);
}
/** Whole-word dummies (`dummy`, `example`, `sample`, `test`, `fake`): only meaningful for generic rules. */
function hasDummyWord(secret) {
    return /(?:^|[^a-z])(?:dummy|example|sample|test|fake|mock|foobar)(?:[^a-z]|$)/i.test(secret);
}
/**
 * The name inside punctuation that code and markup put around names: `?Name` (parser states),
 * `#id` / `.class` (CSS selectors), `@decorator`, `key:` (labels). Secrets are compared bare too.
 */
function bareName(secret) {
    return secret.replace(/^[?#@!:.]{1,2}(?=[A-Za-z_$])/, '').replace(/(?<=[A-Za-z0-9])[:;,.]$/, '');
}
/** A dictionary-looking word (`Password`, `hunter`): labels and names rather than secrets. */
function isPlainWord(secret) {
    secret = bareName(secret);
    return /^[A-Z]?[a-z]+$/.test(secret) || /^[A-Z]+$/.test(secret);
}
/** Few distinct characters, or mostly runs of repeated / consecutive characters (`aaaa`, `abcdefgh`, `12345678`). */
function isRepetitiveOrSequential(secret) {
    const body = secret.replace(/^[A-Za-z]{2,8}[_-]/, '');
    if (body.length < 8)
        return false;
    if (new Set(body).size <= 3)
        return true;
    let steady = 0;
    for (let i = 1; i < body.length; i++) {
        const d = body.charCodeAt(i) - body.charCodeAt(i - 1);
        if (d === 0 || d === 1 || d === -1)
            steady++;
    }
    return steady / (body.length - 1) >= 0.6;
}
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isUuid(secret) {
    return UUID_RE.test(secret);
}
/** Hex of a common digest length (md5 32, sha1 40, sha256 64, sha512 128), base64 of md5/sha1/256/512, or an SRI `sha512-...`. */
function isDigest(secret) {
    if (/^[0-9a-f]+$/i.test(secret) && [32, 40, 64, 96, 128].includes(secret.length))
        return true;
    if (/^sha(?:1|256|384|512)[-:]/i.test(secret))
        return true;
    return /^[A-Za-z0-9+/]+={0,2}$/.test(secret) && /=$/.test(secret) && [24, 28, 44, 64, 88].includes(secret.length);
}
const LOCKFILES = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|Cargo\.lock|go\.sum|poetry\.lock|Pipfile\.lock|uv\.lock|Gemfile\.lock|composer\.lock|packages\.lock\.json|mix\.lock|pubspec\.lock|flake\.lock)$/;
function isLockfile(path) {
    return LOCKFILES.test(path);
}
/** `"integrity": "sha512-..."`, `resolved ...#hash`, `checksum: sha256:...` lines. */
function isIntegrityLine(line) {
    return /["']?(?:integrity|resolved|checksum|shasum|hash)["']?\s*[:=]?\s*["']?(?:sha(?:1|256|384|512)[-:]|https?:\/\/)/i.test(line);
}
/** Public keys and certificates are not secret. */
function isPublicKeyMaterial(line) {
    return /-----BEGIN (?:[A-Z0-9 ]*PUBLIC KEY|CERTIFICATE|X509 CRL|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST)-----|(?:^|\s|["'])(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA/.test(line);
}
/** The secret sits inside a `data:...;base64,` payload (images and fonts embedded in CSS/HTML). */
function isInDataUri(secret, line) {
    const at = line.indexOf(secret);
    if (at < 0)
        return false;
    const before = line.slice(Math.max(0, at - 200_000), at);
    const m = before.lastIndexOf(';base64,');
    if (m >= 0)
        return !/["'\s)]/.test(before.slice(m + 8));
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
const MINIFIED_LINE_LIMIT = 1000;
function isMinifiedContext(line, path) {
    return MINIFIED_PATH.test(path) && line.length > MINIFIED_LINE_LIMIT;
}
/** camelCase / PascalCase identifiers glued together (getElementByIdForUser): names, not secrets. */
function isIdentifierSoup(secret) {
    // Sigils in front of a name (`?NonNullableType`, `#privateField`, `@decoratorName`) keep it a
    // name, and so does a short version / ordinal suffix (`identifierName2`).
    secret = bareName(secret).replace(/(?<=[A-Za-z])\d{1,2}$/, '');
    if (!/^[A-Za-z_$][A-Za-z_$]*$/.test(secret))
        return false;
    const humps = secret.match(/[a-z][A-Z]/g)?.length ?? 0;
    return humps >= 2 || /^[a-z]+(?:_[a-z]+)+$/.test(secret) || /^[A-Z]+(?:_[A-Z]+)+$/.test(secret);
}
/** Words joined by separators (`bulkhead.secret-scan`, `read:packages`): names and scopes, not secrets. */
function isWordChain(secret) {
    const bare = bareName(secret);
    if (/^[A-Za-z]{2,}(?:[._/:-][A-Za-z]{2,})+$/.test(bare))
        return true;
    // Words with a short number (`x-webhook-secret-signature256`, `api.v2`): header names, selectors,
    // scopes. Each part must read as a word (lower / Capitalised / UPPER), which random tokens don't.
    const word = String.raw `(?:[A-Za-z]?[a-z]+|[A-Z]+)\d{0,3}`;
    return new RegExp(String.raw `^(?:[A-Za-z]|${word})(?:[._/:-]${word})+$`).test(bare);
}
/** File paths and URLs (`./src/x.ts`, `/etc/ssl/private/server.key`, `https://...`). */
function isPathLike(secret) {
    return /^(?:\.{1,2}\/|\/|~\/|[a-z][a-z0-9+.-]*:\/\/)/i.test(secret) || /\.(?:[cm]?[jt]sx?|json|ya?ml|toml|py|go|rb|sh|md|txt|pem|crt|cer|key|p12|pfx|jks|env)$/.test(secret);
}
const TYPE_WORDS = /^(?:string|str|String|number|int|integer|bool|boolean|any|unknown|object|bytes|char|Optional|SecretStr|SecretString|None|null|nil|undefined|true|false|required|optional)$/;
const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|go|java|kt|kts|scala|rb|php|cs|swift|rs|c|h|cc|cpp|hpp|m|dart|lua|pl|ex|exs|groovy)$/;
/** The value is code, not data: a call, a property path, a variable reference, a type name. */
function isCodeReference(secret, line, path) {
    if (TYPE_WORDS.test(secret))
        return true;
    const at = line.indexOf(secret);
    const before = at > 0 ? line[at - 1] : '';
    const after = at >= 0 ? line[at + secret.length] ?? '' : '';
    if (after === '(' || after === '[' || after === '.')
        return true;
    // Expressions: `o.someName||""`, `a&&b`, `x?.y`.
    if (/\|\||&&/.test(secret))
        return true;
    if (/^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+/.test(secret) && !/\d/.test(secret))
        return true;
    if (/^(?:this|self|cls|ctx|config|settings|env|params|props|options|opts|args|req|request)\.[A-Za-z_$]/.test(secret))
        return true;
    if (/^[A-Za-z_$][\w$]*(?:[?!]?\.[A-Za-z_$][\w$]*)+[?!]?$/.test(secret) && !/\d/.test(secret))
        return true;
    // Optional chaining (`options2?.onresumptiontoken`) only exists in code, digits or not.
    if (/^[A-Za-z_$][\w$]*(?:\?\.[A-Za-z_$][\w$]*)+$/.test(secret))
        return true;
    const quoted = before === '"' || before === "'" || before === '`';
    if (!quoted && CODE_FILE.test(path) && /^[A-Za-z_$][\w$.?]*$/.test(secret))
        return true;
    return false;
}
/** A provider rule already covers this value on this line, so the generic rule should not double-report. */
function isCoveredBySpecificRule(secret, line) {
    const lower = line.toLowerCase();
    for (const r of _rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILTIN_RULES */ .Yb) {
        if (r.family === 'generic' || r.multiline)
            continue;
        if (!r.keywords.some((k) => lower.includes(k)))
            continue;
        const g = new RegExp(r.pattern.source, r.pattern.flags + 'g');
        for (const m of line.matchAll(g)) {
            const s = m.groups?.secret ?? m[0];
            if (s.includes(secret) || secret.includes(s))
                return true;
        }
    }
    return false;
}
/**
 * The scanner's last veto. `line` is the line the match starts on (for multiline rules, the
 * keyword line); `path` is relative to the scan root with `/` separators.
 */
function isFalsePositive(rule, secret, line, path) {
    if (isDocumentedExample(secret) || isPlaceholder(secret) || isPublishedDevCredential(secret))
        return true;
    if (rule.family !== 'key' && isRepetitiveOrSequential(secret))
        return true;
    if (isInDataUri(secret, line))
        return true;
    if (rule.family !== 'key' && isPublicKeyMaterial(line))
        return true;
    if (rule.family !== 'generic')
        return false;
    return (isLockfile(path) ||
        isIntegrityLine(line) ||
        isMinifiedContext(line, path) ||
        isUuid(secret) ||
        isDigest(secret) ||
        hasDummyWord(secret) ||
        isPlainWord(secret) ||
        isIdentifierSoup(secret) ||
        isWordChain(secret) ||
        isPathLike(secret) ||
        isCodeReference(secret, line, path) ||
        isCoveredBySpecificRule(secret, line));
}


/***/ }),

/***/ 5822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yb: () => (/* binding */ BUILTIN_RULES)
});

// UNUSED EXPORTS: isDocumentationHost, placeholderUrlPassword, ruleById, rulesPerFamily, signedJwtHeader

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/define.ts
/** PascalCase SARIF name from a kebab-case id. */
function nameFromId(id) {
    return id
        .split('-')
        .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
        .join('');
}
function rule(spec) {
    if (spec.pattern.global || spec.pattern.sticky)
        throw new Error(`rule ${spec.id}: pattern must not be global/sticky`);
    return { ...spec, name: spec.name ?? nameFromId(spec.id), confidence: spec.confidence ?? 0.8 };
}
/**
 * Builds a RegExp from raw source text so rules can share boundary fragments without
 * double-escaping. Usage: rx('i')`${B}ghp_[A-Za-z0-9]{36}${E}`.
 */
function rx(flags = '') {
    return (strings, ...parts) => new RegExp(String.raw({ raw: strings.raw }, ...parts), flags);
}
/** Token boundaries: not glued to other token characters. */
const B = '(?<![A-Za-z0-9_])';
const E = '(?![A-Za-z0-9_])';
/** Stricter end for tokens whose alphabet includes '-'. */
const ED = '(?![A-Za-z0-9_-])';
const BD = '(?<![A-Za-z0-9_-])';
/** `name ... = "value"` glue between a keyword and a value: up to 20 name chars, quotes, := / : / = / =>. */
const ASSIGN = String.raw `[A-Za-z0-9_.-]{0,20}['"]?\]?\s{0,5}(?::=|=>|=(?!=)|:(?!:))\s{0,5}['"\x60]?`;
/** Revocation advice in one consistent shape. */
function revoke(what, where, extra = '') {
    return (`Revoke the ${what} now (${where}) and create a replacement. ` +
        `Store the new value in a secret manager or CI secret and read it from the environment at run time. ` +
        `Deleting the line is not enough: it stays in git history and forks, so treat it as compromised` +
        (extra ? `. ${extra}` : '.'));
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/cloud.ts

const family = 'cloud';
const CLOUD_RULES = [
    rule({
        id: 'aws-access-key-id',
        severity: 'high',
        family,
        description: 'AWS access key id (long-term AKIA, temporary ASIA, and related base32 key ids).',
        remediation: revoke('access key', 'IAM console > Users > Security credentials > Deactivate, then Delete', 'Check CloudTrail for use of the key.'),
        keywords: ['akia', 'asia', 'abia', 'acca'],
        // Key ids are 4-letter type prefix + 16 base32 characters (A-Z, 2-7).
        pattern: rx() `(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])`,
        tags: ['aws'],
    }),
    rule({
        id: 'aws-secret-access-key',
        severity: 'critical',
        family,
        description: 'AWS secret access key (40 base64 characters) assigned next to an AWS secret key name.',
        remediation: revoke('access key pair', 'IAM console > Security credentials; rotate with `aws iam create-access-key` then `delete-access-key`', 'Review CloudTrail for activity by the key.'),
        keywords: ['aws'],
        pattern: rx('i') `aws[A-Za-z0-9_.-]{0,25}?secret[A-Za-z0-9_.-]{0,20}?['"]?\s{0,5}(?::=|=>|=(?!=)|:(?!:))\s{0,5}['"]?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
        minEntropy: 3.5,
        tags: ['aws', 'context'],
    }),
    rule({
        id: 'aws-session-token',
        severity: 'high',
        family,
        description: 'AWS STS session token assigned to aws_session_token.',
        remediation: revoke('temporary credentials', 'revoke active sessions of the role in IAM > Roles > Revoke sessions', 'They expire, but revoke them if the role is powerful.'),
        keywords: ['aws_session_token', 'aws-session-token', 'awssessiontoken'],
        pattern: rx('i') `aws[_-]?session[_-]?token${ASSIGN}(?<secret>(?:FwoGZXIvYXdz|IQoJb3JpZ2lu)[A-Za-z0-9/+=]{100,2000})`,
        tags: ['aws', 'context'],
    }),
    rule({
        id: 'gcp-service-account-key',
        severity: 'critical',
        family,
        description: 'Google Cloud service-account JSON key (private_key_id followed by the embedded private key).',
        remediation: revoke('service-account key', 'Cloud console > IAM & Admin > Service accounts > Keys > Delete, or `gcloud iam service-accounts keys delete`', 'Prefer workload identity federation over JSON keys.'),
        keywords: ['private_key_id'],
        pattern: rx() `"private_key_id"\s{0,5}:\s{0,5}"(?<secret>[a-f0-9]{40})"\s{0,5},\s{0,5}"private_key"\s{0,5}:\s{0,5}"-----BEGIN`,
        tags: ['gcp'],
    }),
    rule({
        id: 'google-api-key',
        severity: 'high',
        family,
        description: 'Google API key (AIza prefix, 39 characters).',
        remediation: revoke('API key', 'Cloud console > APIs & Services > Credentials > Delete or Regenerate key', 'Restrict the new key by API and referrer/IP.'),
        keywords: ['aiza'],
        pattern: rx() `${BD}AIza[0-9A-Za-z_-]{35}${ED}`,
        // A key sitting next to a Gemini name is reported by google-gemini-api-key instead.
        reject: (_s, line) => /gemini|generativelanguage/i.test(line),
        tags: ['gcp'],
    }),
    rule({
        id: 'gcp-oauth-client-secret',
        severity: 'high',
        family,
        description: 'Google OAuth 2.0 client secret (GOCSPX- prefix).',
        remediation: revoke('OAuth client secret', 'Cloud console > APIs & Services > Credentials > the OAuth client > Reset secret'),
        keywords: ['gocspx-'],
        pattern: rx() `${BD}GOCSPX-[A-Za-z0-9_-]{28}${ED}`,
        tags: ['gcp'],
    }),
    rule({
        id: 'google-oauth-access-token',
        severity: 'medium',
        family,
        description: 'Google OAuth access token (ya29. prefix).',
        remediation: revoke('access token', 'https://oauth2.googleapis.com/revoke?token=... or remove the app grant in the Google account', 'Access tokens expire within an hour; revoke the refresh token that minted it.'),
        keywords: ['ya29.'],
        pattern: rx() `${BD}ya29\.[0-9A-Za-z_-]{30,400}${ED}`,
        tags: ['gcp'],
    }),
    rule({
        id: 'azure-storage-account-key',
        severity: 'critical',
        family,
        description: 'Azure Storage account key in a connection string (AccountKey=, 88 base64 characters).',
        remediation: revoke('storage account key', 'Azure portal > Storage account > Access keys > Rotate key', 'Switch clients to Entra ID auth or short-lived SAS.'),
        keywords: ['accountkey='],
        pattern: rx('i') `AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)`,
        tags: ['azure'],
    }),
    rule({
        id: 'azure-sas-token',
        severity: 'high',
        family,
        description: 'Azure shared access signature (sig= HMAC-SHA256 in a SAS URL or query string).',
        remediation: revoke('SAS token', 'rotate the storage account key that signed it, or revoke the stored access policy it references', 'Use user-delegation SAS with short expiry.'),
        keywords: ['sig='],
        pattern: rx() `(?<![A-Za-z0-9])sig=(?<secret>(?:[A-Za-z0-9]|%2[BbFf]|[+/]){40,60}(?:%3[Dd]|=))`,
        // Only a SAS when the signed version / expiry / permissions fields are present too.
        reject: (_s, line) => !/[?&;](?:sv|se|sp|spr)=/.test(line),
        tags: ['azure'],
    }),
    rule({
        id: 'azure-ad-client-secret',
        severity: 'high',
        family,
        description: 'Microsoft Entra ID (Azure AD) application client secret (xxx9Q~ format).',
        remediation: revoke('client secret', 'Entra admin center > App registrations > the app > Certificates & secrets > Delete'),
        keywords: ['q~'],
        pattern: rx() `(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])`,
        tags: ['azure'],
    }),
    ...['p', 'o', 'r'].map((k) => rule({
        id: { p: 'digitalocean-pat', o: 'digitalocean-oauth-token', r: 'digitalocean-refresh-token' }[k],
        severity: 'high',
        family,
        description: `DigitalOcean ${{ p: 'personal access token', o: 'OAuth access token', r: 'OAuth refresh token' }[k]} (do${k}_v1_ + 64 hex).`,
        remediation: revoke('token', 'DigitalOcean control panel > API > Tokens > Delete (or revoke the OAuth app authorization)'),
        keywords: [`do${k}_v1_`],
        pattern: new RegExp(`${B}do${k}_v1_[a-f0-9]{64}${E}`),
        tags: ['digitalocean'],
    })),
    rule({
        id: 'alibaba-access-key-id',
        severity: 'high',
        family,
        description: 'Alibaba Cloud AccessKey ID (LTAI prefix).',
        remediation: revoke('AccessKey pair', 'RAM console > Users > AccessKey > Disable, then Delete'),
        keywords: ['ltai'],
        pattern: rx() `${B}LTAI[A-Za-z0-9]{12,20}${E}`,
        tags: ['alibaba'],
    }),
    rule({
        id: 'ibm-cloud-api-key',
        severity: 'high',
        family,
        description: 'IBM Cloud IAM API key (44 characters) assigned next to an IBM key name.',
        remediation: revoke('API key', 'IBM Cloud console > Manage > Access (IAM) > API keys > Delete'),
        keywords: ['ibm'],
        pattern: rx('i') `ibm[A-Za-z0-9_.-]{0,20}?(?:api[_-]?key|apikey)${ASSIGN}(?<secret>[A-Za-z0-9_-]{44})${ED}`,
        minEntropy: 3.5,
        tags: ['ibm', 'context'],
    }),
    rule({
        id: 'heroku-api-key',
        severity: 'high',
        family,
        description: 'Heroku API key (UUID format) assigned next to a Heroku name.',
        remediation: revoke('API key', 'Heroku Dashboard > Account settings > API Key > Regenerate, or `heroku authorizations:revoke`'),
        keywords: ['heroku'],
        pattern: rx('i') `heroku[A-Za-z0-9_.-]{0,20}?(?:api[_-]?key|token|key)${ASSIGN}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`,
        tags: ['heroku', 'context'],
    }),
    rule({
        id: 'heroku-api-key-v2',
        severity: 'high',
        family,
        description: 'Heroku API key / OAuth token in the prefixed format (HRKU-).',
        remediation: revoke('token', 'Heroku Dashboard > Account settings > Applications > Authorizations > Revoke, or `heroku authorizations:revoke`'),
        keywords: ['hrku-'],
        pattern: rx() `${BD}HRKU-[A-Za-z0-9_-]{58,64}${ED}`,
        tags: ['heroku'],
    }),
    rule({
        id: 'cloudflare-api-token',
        severity: 'high',
        family,
        description: 'Cloudflare API token (40 characters) assigned next to a Cloudflare name.',
        remediation: revoke('API token', 'Cloudflare dashboard > My Profile > API Tokens > Roll or Delete'),
        keywords: ['cloudflare', 'cf_api_token', 'cf-api-token'],
        pattern: rx('i') `(?:cloudflare|cf)[A-Za-z0-9_.-]{0,20}?(?:api[_-]?)?token${ASSIGN}(?<secret>[A-Za-z0-9_-]{40})${ED}`,
        minEntropy: 3.5,
        tags: ['cloudflare', 'context'],
    }),
    rule({
        id: 'cloudflare-global-api-key',
        severity: 'critical',
        family,
        description: 'Cloudflare Global API Key (37 hex) assigned next to a Cloudflare name.',
        remediation: revoke('Global API Key', 'Cloudflare dashboard > My Profile > API Tokens > Global API Key > Change', 'Prefer scoped API tokens.'),
        keywords: ['cloudflare', 'cf_api_key', 'cf-api-key', 'cf_auth_key'],
        pattern: rx('i') `(?:cloudflare|cf)[A-Za-z0-9_.-]{0,20}?(?:api|auth)[_-]?key${ASSIGN}(?<secret>[a-f0-9]{37})${E}`,
        tags: ['cloudflare', 'context'],
    }),
    rule({
        id: 'cloudflare-origin-ca-key',
        severity: 'high',
        family,
        description: 'Cloudflare Origin CA key (v1.0- prefix).',
        remediation: revoke('Origin CA key', 'Cloudflare dashboard > My Profile > API Tokens > Origin CA Key > Change'),
        keywords: ['v1.0-'],
        pattern: rx() `${BD}v1\.0-[a-f0-9]{24}-[a-f0-9]{146}${E}`,
        tags: ['cloudflare'],
    }),
    rule({
        id: 'linode-api-token',
        severity: 'high',
        family,
        description: 'Linode (Akamai Cloud) personal access token (64 hex) next to a Linode name.',
        remediation: revoke('personal access token', 'Cloud Manager > My Profile > API Tokens > Revoke'),
        keywords: ['linode'],
        pattern: rx('i') `linode[A-Za-z0-9_.-]{0,20}?(?:token|key|pat)${ASSIGN}(?<secret>[a-f0-9]{64})${E}`,
        tags: ['linode', 'context'],
    }),
    rule({
        id: 'flyio-access-token',
        severity: 'high',
        family,
        description: 'Fly.io access token (fo1_ personal token or FlyV1 macaroon).',
        remediation: revoke('token', '`fly tokens revoke` or the Fly.io dashboard > Tokens'),
        keywords: ['fo1_', 'flyv1 fm'],
        pattern: rx() `(?:${B}fo1_[A-Za-z0-9_-]{43}${ED}|FlyV1 fm[12][ar]?_[A-Za-z0-9+/=_,-]{60,4000})`,
        tags: ['flyio'],
    }),
    rule({
        id: 'vercel-token',
        severity: 'high',
        family,
        description: 'Vercel access token (24 characters) next to a Vercel name.',
        remediation: revoke('access token', 'Vercel dashboard > Account Settings > Tokens > Delete'),
        keywords: ['vercel'],
        pattern: rx('i') `vercel[A-Za-z0-9_.-]{0,20}?(?:token|key)${ASSIGN}(?<secret>[A-Za-z0-9]{24})${E}`,
        minEntropy: 3.5,
        tags: ['vercel', 'context'],
    }),
    rule({
        id: 'netlify-token',
        severity: 'high',
        family,
        description: 'Netlify personal access token (40-46 characters) next to a Netlify name.',
        remediation: revoke('personal access token', 'Netlify > User settings > Applications > Personal access tokens > Delete'),
        keywords: ['netlify'],
        pattern: rx('i') `netlify[A-Za-z0-9_.-]{0,20}?(?:token|key)${ASSIGN}(?<secret>[A-Za-z0-9_-]{40,46})${ED}`,
        minEntropy: 3.5,
        // Prefixed tokens are reported by netlify-pat.
        reject: (s) => s.startsWith('nfp_'),
        tags: ['netlify', 'context'],
    }),
    rule({
        id: 'netlify-pat',
        severity: 'high',
        family,
        description: 'Netlify personal access token in the prefixed format (nfp_).',
        remediation: revoke('personal access token', 'Netlify > User settings > Applications > Personal access tokens > Delete'),
        keywords: ['nfp_'],
        pattern: rx() `${B}nfp_[A-Za-z0-9]{36}${E}`,
        tags: ['netlify'],
    }),
    rule({
        id: 'supabase-access-token',
        severity: 'high',
        family,
        description: 'Supabase personal access token (sbp_ + 40 hex).',
        remediation: revoke('access token', 'Supabase dashboard > Account > Access Tokens > Revoke'),
        keywords: ['sbp_'],
        pattern: rx() `${B}sbp_[a-f0-9]{40}${E}`,
        tags: ['supabase'],
    }),
    rule({
        id: 'supabase-secret-key',
        severity: 'critical',
        family,
        description: 'Supabase project secret API key (sb_secret_ prefix), which bypasses row-level security.',
        remediation: revoke('secret key', 'Supabase dashboard > Project settings > API Keys > Secret keys > Delete'),
        keywords: ['sb_secret_'],
        pattern: rx() `${B}sb_secret_[A-Za-z0-9_-]{31,64}${ED}`,
        tags: ['supabase'],
    }),
    rule({
        id: 'terraform-cloud-token',
        severity: 'high',
        family,
        description: 'Terraform Cloud / HCP Terraform API token (xxxxxxxxxxxxxx.atlasv1.xxxx).',
        remediation: revoke('API token', 'HCP Terraform > User settings > Tokens (or Organization/Team API token) > Delete'),
        keywords: ['.atlasv1.'],
        pattern: rx() `${B}[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}${ED}`,
        tags: ['hashicorp'],
    }),
    ...[
        ['s', 'vault-service-token', 'service token', 24],
        ['b', 'vault-batch-token', 'batch token', 24],
        ['r', 'vault-recovery-token', 'recovery token', 24],
    ].map(([k, id, kind, min]) => rule({
        id,
        severity: 'critical',
        family,
        description: `HashiCorp Vault ${kind} (hv${k}. prefix).`,
        remediation: revoke(kind, '`vault token revoke <token>` or revoke its accessor with `vault token revoke -accessor`'),
        keywords: [`hv${k}.`],
        pattern: new RegExp(`${B}hv${k}\\.[A-Za-z0-9_-]{${min},400}${ED}`),
        tags: ['hashicorp'],
    })),
];

// EXTERNAL MODULE: ./packages/core/src/secrets/checksum.ts
var checksum = __webpack_require__(3408);
;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/vcs.ts


const vcs_family = 'vcs';
const GITHUB_KINDS = [
    ['p', 'github-pat-classic', 'personal access token (classic)', 'Settings > Developer settings > Personal access tokens > Delete'],
    ['o', 'github-oauth-token', 'OAuth access token', 'Settings > Applications > Authorized OAuth Apps > Revoke (app owners: DELETE /applications/{client_id}/token)'],
    ['u', 'github-app-user-token', 'GitHub App user-to-server token', 'Settings > Applications > Authorized GitHub Apps > Revoke'],
    ['s', 'github-app-installation-token', 'GitHub App installation (server-to-server) token', 'DELETE /installation/token, and rotate the app private key if it leaked too'],
    ['r', 'github-refresh-token', 'GitHub App refresh token', 'Settings > Applications > Authorized GitHub Apps > Revoke'],
];
const GITLAB_KINDS = [
    ['glpat-', 'gitlab-pat', 'personal/project/group access token', '[A-Za-z0-9_.-]{20,100}', 'User settings > Access tokens > Revoke (or the project/group Access tokens page)'],
    ['gldt-', 'gitlab-deploy-token', 'deploy token', '[A-Za-z0-9_-]{20,60}', 'Project > Settings > Repository > Deploy tokens > Revoke'],
    ['glrt-', 'gitlab-runner-auth-token', 'runner authentication token', '[A-Za-z0-9_.-]{20,100}', 'CI/CD > Runners > the runner > Reset token, or delete the runner'],
    ['GR1348941', 'gitlab-runner-registration-token', 'runner registration token', '[A-Za-z0-9_-]{20}', 'CI/CD > Runners > Reset registration token (and migrate to runner authentication tokens)'],
    ['glptt-', 'gitlab-pipeline-trigger-token', 'pipeline trigger token', '[a-f0-9]{40}', 'Project > Settings > CI/CD > Pipeline trigger tokens > Revoke'],
    ['gloas-', 'gitlab-oauth-app-secret', 'OAuth application secret', '[a-f0-9]{64}', 'the OAuth application > Renew secret'],
    ['glft-', 'gitlab-feed-token', 'feed token', '[A-Za-z0-9_-]{20}', 'User settings > Access tokens > Reset feed token'],
];
const VCS_RULES = [
    ...GITHUB_KINDS.map(([k, id, kind, where]) => rule({
        id,
        severity: k === 'r' ? 'high' : 'critical',
        family: vcs_family,
        description: `GitHub ${kind} (gh${k}_ + 30 random + 6-character CRC32 checksum).`,
        remediation: revoke(kind, `github.com ${where}`, 'GitHub also revokes tokens it finds pushed to public repositories.'),
        keywords: [`gh${k}_`],
        pattern: new RegExp(`${B}gh${k}_[A-Za-z0-9]{36}${E}`),
        validate: checksum/* validGitHubToken */.XS,
        confidence: 0.9,
        tags: ['github', 'checksum'],
    })),
    rule({
        id: 'github-pat-fine-grained',
        severity: 'critical',
        family: vcs_family,
        description: 'GitHub fine-grained personal access token (github_pat_ + 22 + _ + 59).',
        remediation: revoke('fine-grained token', 'github.com Settings > Developer settings > Fine-grained tokens > Delete'),
        keywords: ['github_pat_'],
        pattern: rx() `${B}github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}${E}`,
        confidence: 0.95,
        tags: ['github'],
    }),
    ...GITLAB_KINDS.map(([prefix, id, kind, body, where]) => rule({
        id,
        severity: prefix === 'glft-' ? 'medium' : 'high',
        family: vcs_family,
        description: `GitLab ${kind} (${prefix} prefix).`,
        remediation: revoke(kind, `GitLab ${where}`),
        keywords: [prefix.toLowerCase()],
        pattern: new RegExp(`${BD}${prefix}${body}(?![A-Za-z0-9_.-])`),
        tags: ['gitlab'],
    })),
    rule({
        id: 'bitbucket-app-password',
        severity: 'high',
        family: vcs_family,
        description: 'Bitbucket app password / API token (ATBB prefix).',
        remediation: revoke('app password', 'Bitbucket > Personal settings > App passwords > Revoke'),
        keywords: ['atbb'],
        pattern: rx() `${B}ATBB[A-Za-z0-9_=.-]{32}${ED}`,
        tags: ['bitbucket'],
    }),
    rule({
        id: 'atlassian-api-token',
        severity: 'high',
        family: vcs_family,
        description: 'Atlassian (Jira/Confluence) API token (ATATT prefix).',
        remediation: revoke('API token', 'id.atlassian.com > Security > API tokens > Revoke'),
        keywords: ['atatt'],
        pattern: rx() `${B}ATATT[A-Za-z0-9_=.-]{150,250}${ED}`,
        tags: ['atlassian'],
    }),
];

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/registry.ts


const registry_family = 'registry';
const REGISTRY_RULES = [
    rule({
        id: 'npm-access-token',
        severity: 'critical',
        family: registry_family,
        description: 'npm access token (npm_ + 30 random + 6-character CRC32 checksum).',
        remediation: revoke('token', 'npmjs.com > Access Tokens > Delete, or `npm token revoke <id>`', 'Check recent publishes of your packages.'),
        keywords: ['npm_'],
        pattern: rx() `${B}npm_[A-Za-z0-9]{36}${E}`,
        validate: checksum/* validNpmToken */.tf,
        confidence: 0.9,
        tags: ['npm', 'checksum'],
    }),
    rule({
        id: 'pypi-upload-token',
        severity: 'critical',
        family: registry_family,
        description: 'PyPI / TestPyPI API token (pypi- + macaroon for pypi.org or test.pypi.org).',
        remediation: revoke('API token', 'pypi.org > Account settings > API tokens > Remove', 'Prefer trusted publishing (OIDC) from CI.'),
        keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
        pattern: rx() `${BD}pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}${ED}`,
        tags: ['pypi'],
    }),
    rule({
        id: 'dockerhub-access-token',
        severity: 'high',
        family: registry_family,
        description: 'Docker Hub personal or organization access token (dckr_pat_ / dckr_oat_).',
        remediation: revoke('access token', 'Docker Hub > Account settings > Personal access tokens > Delete'),
        keywords: ['dckr_pat_', 'dckr_oat_'],
        pattern: rx() `${B}dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32}${ED}`,
        tags: ['docker'],
    }),
    rule({
        id: 'rubygems-api-key',
        severity: 'high',
        family: registry_family,
        description: 'RubyGems.org API key (rubygems_ + 48 hex).',
        remediation: revoke('API key', 'rubygems.org > Settings > API keys > Delete'),
        keywords: ['rubygems_'],
        pattern: rx() `${B}rubygems_[a-f0-9]{48}${E}`,
        tags: ['rubygems'],
    }),
    rule({
        id: 'nuget-api-key',
        severity: 'high',
        family: registry_family,
        description: 'NuGet.org API key (oy2 + 43 lower-case alphanumerics).',
        remediation: revoke('API key', 'nuget.org > API Keys > Delete (or Regenerate)'),
        keywords: ['oy2'],
        pattern: rx() `${B}oy2[a-z0-9]{43}${E}`,
        tags: ['nuget'],
    }),
    rule({
        id: 'artifactory-api-key',
        severity: 'high',
        family: registry_family,
        description: 'JFrog Artifactory API key (AKCp prefix).',
        remediation: revoke('API key', 'JFrog Platform > Edit Profile > API Key > Revoke', 'API keys are deprecated; move to access tokens.'),
        keywords: ['akcp'],
        pattern: rx() `${B}AKCp[A-Za-z0-9]{69}${E}`,
        tags: ['jfrog'],
    }),
    rule({
        id: 'artifactory-reference-token',
        severity: 'high',
        family: registry_family,
        description: 'JFrog reference (identity) token (base64 of "reftkn", 64 characters).',
        remediation: revoke('identity token', 'JFrog Platform > Edit Profile > Identity tokens > Revoke'),
        keywords: ['cmvmdgtu'],
        pattern: rx() `${B}cmVmdGtu[A-Za-z0-9]{56}${E}`,
        tags: ['jfrog'],
    }),
];

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/saas.ts

const saas_family = 'saas';
const SAAS_RULES = [
    rule({
        id: 'grafana-cloud-token',
        severity: 'high',
        family: saas_family,
        description: 'Grafana Cloud access policy / API token (glc_ + base64).',
        remediation: revoke('token', 'Grafana Cloud portal > Access policies > the token > Delete'),
        keywords: ['glc_'],
        pattern: rx() `${B}glc_[A-Za-z0-9+/]{32,400}={0,2}(?![A-Za-z0-9+/=])`,
        tags: ['grafana'],
    }),
    rule({
        id: 'grafana-service-account-token',
        severity: 'high',
        family: saas_family,
        description: 'Grafana service account token (glsa_ + 32 + _ + 8 hex checksum).',
        remediation: revoke('service account token', 'Grafana > Administration > Service accounts > the account > Tokens > Delete'),
        keywords: ['glsa_'],
        pattern: rx() `${B}glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}${E}`,
        tags: ['grafana'],
    }),
    rule({
        id: 'postman-api-key',
        severity: 'high',
        family: saas_family,
        description: 'Postman API key (PMAK- + 24 hex + - + 34 hex).',
        remediation: revoke('API key', 'Postman > Settings > API keys > Revoke'),
        keywords: ['pmak-'],
        pattern: rx() `${BD}PMAK-[a-f0-9]{24}-[a-f0-9]{34}${E}`,
        tags: ['postman'],
    }),
    rule({
        id: 'doppler-token',
        severity: 'high',
        family: saas_family,
        description: 'Doppler personal / service / service-account / CLI token (dp.pt., dp.st., dp.sa., dp.ct.).',
        remediation: revoke('token', 'Doppler dashboard > Access (or the config > Access) > Revoke, or `doppler configs tokens revoke`'),
        keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.'],
        pattern: rx() `${B}dp\.(?:pt|st|sa|ct)\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44}${E}`,
        tags: ['doppler'],
    }),
    rule({
        id: 'pulumi-access-token',
        severity: 'high',
        family: saas_family,
        description: 'Pulumi Cloud access token (pul- + 40 hex).',
        remediation: revoke('access token', 'Pulumi Cloud > Personal access tokens > Delete'),
        keywords: ['pul-'],
        pattern: rx() `${BD}pul-[a-f0-9]{40}${E}`,
        tags: ['pulumi'],
    }),
    rule({
        id: 'linear-api-key',
        severity: 'medium',
        family: saas_family,
        description: 'Linear personal API key (lin_api_ + 40).',
        remediation: revoke('API key', 'Linear > Settings > Security & access > Personal API keys > Revoke'),
        keywords: ['lin_api_'],
        pattern: rx() `${B}lin_api_[A-Za-z0-9]{40}${E}`,
        tags: ['linear'],
    }),
    rule({
        id: 'datadog-api-key',
        severity: 'high',
        family: saas_family,
        description: 'Datadog API key (32 hex) assigned to a Datadog / DD API key name.',
        remediation: revoke('API key', 'Datadog > Organization settings > API keys > Revoke'),
        keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi'],
        pattern: rx('i') `(?:datadog|dd)[_-]?[A-Za-z0-9_.-]{0,20}?api[_-]?key${ASSIGN}(?<secret>[a-f0-9]{32})${E}`,
        tags: ['datadog', 'context'],
    }),
    rule({
        id: 'datadog-app-key',
        severity: 'high',
        family: saas_family,
        description: 'Datadog application key (40 hex) assigned to a Datadog / DD app key name.',
        remediation: revoke('application key', 'Datadog > Organization settings > Application keys > Revoke'),
        keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp'],
        pattern: rx('i') `(?:datadog|dd)[_-]?[A-Za-z0-9_.-]{0,20}?app(?:lication)?[_-]?key${ASSIGN}(?<secret>[a-f0-9]{40})${E}`,
        tags: ['datadog', 'context'],
    }),
    rule({
        id: 'newrelic-user-api-key',
        severity: 'high',
        family: saas_family,
        description: 'New Relic user API key (NRAK- + 27).',
        remediation: revoke('user key', 'New Relic > API keys > the key > Delete'),
        keywords: ['nrak-'],
        pattern: rx() `${BD}NRAK-[A-Z0-9]{27}${E}`,
        tags: ['newrelic'],
    }),
    rule({
        id: 'newrelic-browser-key',
        severity: 'low',
        family: saas_family,
        description: 'New Relic browser API key (NRJS- + 19 hex); ships to browsers but allows data injection.',
        remediation: revoke('browser key', 'New Relic > API keys > Delete'),
        keywords: ['nrjs-'],
        pattern: rx() `${BD}NRJS-[a-f0-9]{19}${E}`,
        tags: ['newrelic'],
    }),
    rule({
        id: 'newrelic-insert-key',
        severity: 'medium',
        family: saas_family,
        description: 'New Relic Insights insert key (NRII- + 32).',
        remediation: revoke('insert key', 'New Relic > API keys > Insights insert keys > Delete'),
        keywords: ['nrii-'],
        pattern: rx() `${BD}NRII-[A-Za-z0-9_-]{32}${ED}`,
        tags: ['newrelic'],
    }),
    rule({
        id: 'sentry-org-token',
        severity: 'high',
        family: saas_family,
        description: 'Sentry organization auth token (sntrys_ prefix).',
        remediation: revoke('organization token', 'Sentry > Settings > Developer settings > Organization tokens > Revoke'),
        keywords: ['sntrys_'],
        pattern: rx() `${B}sntrys_[A-Za-z0-9+/=]{60,400}_[A-Za-z0-9+/]{43}(?![A-Za-z0-9+/])`,
        tags: ['sentry'],
    }),
    rule({
        id: 'sentry-user-token',
        severity: 'high',
        family: saas_family,
        description: 'Sentry user auth token (sntryu_ + 64 hex).',
        remediation: revoke('user auth token', 'Sentry > User settings > Personal tokens > Remove'),
        keywords: ['sntryu_'],
        pattern: rx() `${B}sntryu_[a-f0-9]{64}${E}`,
        tags: ['sentry'],
    }),
    rule({
        id: 'sentry-dsn',
        severity: 'low',
        family: saas_family,
        description: 'Sentry DSN with its public key; lets anyone send events to the project.',
        remediation: revoke('client key (DSN)', 'Sentry > Project settings > Client Keys (DSN) > Disable / Revoke', 'A DSN in a frontend bundle is expected; keep server DSNs private.'),
        keywords: ['sentry.io'],
        pattern: rx() `https://(?<secret>[a-f0-9]{32})@o[0-9]{1,12}\.ingest(?:\.[a-z]{2})?\.sentry\.io/[0-9]{1,12}`,
        confidence: 0.6,
        tags: ['sentry'],
    }),
    rule({
        id: 'algolia-admin-key',
        severity: 'high',
        family: saas_family,
        description: 'Algolia admin / write API key (32 hex) next to an Algolia name.',
        remediation: revoke('API key', 'Algolia dashboard > Settings > API Keys > Regenerate admin key / delete the key'),
        keywords: ['algolia'],
        pattern: rx('i') `algolia[A-Za-z0-9_.-]{0,20}?(?:admin|write|api)[_-]?key${ASSIGN}(?<secret>[a-f0-9]{32})${E}`,
        tags: ['algolia', 'context'],
    }),
    rule({
        id: 'asana-pat',
        severity: 'medium',
        family: saas_family,
        description: 'Asana personal access token (n/digits/digits:32 hex) next to an Asana name.',
        remediation: revoke('personal access token', 'Asana > My settings > Apps > Developer apps > Personal access tokens > Delete'),
        keywords: ['asana'],
        pattern: rx() `(?<![A-Za-z0-9/])[0-2]/[0-9]{10,20}/[0-9]{10,20}:[a-f0-9]{32}${E}`,
        tags: ['asana', 'context'],
    }),
    rule({
        id: 'dropbox-access-token',
        severity: 'high',
        family: saas_family,
        description: 'Dropbox short-lived access token (sl. / sl.u. prefix).',
        remediation: revoke('token', 'Dropbox App Console > the app > revoke, or POST /2/auth/token/revoke'),
        keywords: ['sl.'],
        pattern: rx() `(?<![A-Za-z0-9_.-])sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400}${ED}`,
        tags: ['dropbox'],
    }),
    rule({
        id: 'figma-pat',
        severity: 'medium',
        family: saas_family,
        description: 'Figma personal access token (figd_ prefix).',
        remediation: revoke('personal access token', 'Figma > Settings > Security > Personal access tokens > Revoke'),
        keywords: ['figd_'],
        pattern: rx() `${B}figd_[A-Za-z0-9_-]{40}${ED}`,
        tags: ['figma'],
    }),
    rule({
        id: 'notion-integration-token',
        severity: 'high',
        family: saas_family,
        description: 'Notion integration token (ntn_ or legacy secret_ + 43).',
        remediation: revoke('integration secret', 'notion.so/my-integrations > the integration > Secrets > Refresh'),
        keywords: ['ntn_', 'secret_'],
        pattern: rx() `${B}(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})${E}`,
        tags: ['notion'],
    }),
    rule({
        id: 'airtable-pat',
        severity: 'medium',
        family: saas_family,
        description: 'Airtable personal access token (pat + 14 + . + 64 hex) near an Airtable name.',
        remediation: revoke('personal access token', 'airtable.com/create/tokens > the token > Delete'),
        keywords: ['airtable'],
        pattern: rx() `${B}pat[A-Za-z0-9]{14}\.[a-f0-9]{64}${E}`,
        tags: ['airtable', 'context'],
    }),
    rule({
        id: 'okta-api-token',
        severity: 'high',
        family: saas_family,
        description: 'Okta API token (00 + 40) next to an Okta name.',
        remediation: revoke('API token', 'Okta Admin Console > Security > API > Tokens > Revoke'),
        keywords: ['okta'],
        pattern: rx('i') `okta[A-Za-z0-9_.-]{0,20}?(?:token|key)${ASSIGN}(?<secret>00[A-Za-z0-9_-]{40})${ED}`,
        tags: ['okta', 'context'],
    }),
    rule({
        id: 'pagerduty-api-key',
        severity: 'medium',
        family: saas_family,
        description: 'PagerDuty REST API key (20 characters) next to a PagerDuty name.',
        remediation: revoke('API key', 'PagerDuty > Integrations > API Access Keys (or My Profile > User Settings) > Remove'),
        keywords: ['pagerduty'],
        pattern: rx('i') `pagerduty[A-Za-z0-9_.-]{0,20}?(?:token|key)${ASSIGN}(?<secret>[A-Za-z0-9_+-]{20})(?![A-Za-z0-9_+-])`,
        minEntropy: 3.3,
        tags: ['pagerduty', 'context'],
    }),
    rule({
        id: 'zendesk-api-token',
        severity: 'medium',
        family: saas_family,
        description: 'Zendesk API token (40 characters) next to a Zendesk name.',
        remediation: revoke('API token', 'Zendesk Admin Center > Apps and integrations > Zendesk API > the token > Delete'),
        keywords: ['zendesk'],
        pattern: rx('i') `zendesk[A-Za-z0-9_.-]{0,20}?(?:token|key)${ASSIGN}(?<secret>[A-Za-z0-9]{40})${E}`,
        minEntropy: 3.5,
        tags: ['zendesk', 'context'],
    }),
    rule({
        id: 'hubspot-private-app-token',
        severity: 'high',
        family: saas_family,
        description: 'HubSpot private app access token (pat-na1- / pat-eu1- + UUID).',
        remediation: revoke('private app token', 'HubSpot > Settings > Integrations > Private apps > the app > Auth > Rotate'),
        keywords: ['pat-na1-', 'pat-eu1-', 'pat-na2-', 'pat-ap1-'],
        pattern: rx() `${BD}pat-(?:na|eu|ap)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}${E}`,
        tags: ['hubspot'],
    }),
    rule({
        id: 'mapbox-secret-token',
        severity: 'high',
        family: saas_family,
        description: 'Mapbox secret access token (sk.eyJ prefix).',
        remediation: revoke('secret token', 'Mapbox account > Tokens > Delete'),
        keywords: ['sk.eyj'],
        pattern: rx() `(?<![A-Za-z0-9_.-])sk\.eyJ[A-Za-z0-9_-]{20,400}\.[A-Za-z0-9_-]{20,100}${ED}`,
        tags: ['mapbox'],
    }),
    rule({
        id: 'onepassword-service-account-token',
        severity: 'critical',
        family: saas_family,
        description: '1Password service account token (ops_eyJ prefix).',
        remediation: revoke('service account token', '1Password.com > Developer > Service accounts > Revoke'),
        keywords: ['ops_eyj'],
        pattern: rx() `${B}ops_eyJ[A-Za-z0-9+/_-]{100,2000}={0,2}(?![A-Za-z0-9+/=_-])`,
        tags: ['1password'],
    }),
    rule({
        id: 'sendgrid-api-key',
        severity: 'high',
        family: saas_family,
        description: 'Twilio SendGrid API key (SG. + 22 + . + 43).',
        remediation: revoke('API key', 'SendGrid > Settings > API Keys > Delete'),
        keywords: ['sg.'],
        pattern: rx() `(?<![A-Za-z0-9_.-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}${ED}`,
        tags: ['sendgrid'],
    }),
    rule({
        id: 'mailgun-api-key',
        severity: 'high',
        family: saas_family,
        description: 'Mailgun API key (key- + 32 hex, or 32hex-8hex-8hex) near a Mailgun name.',
        remediation: revoke('API key', 'Mailgun > API Security > the key > Delete / Regenerate'),
        keywords: ['mailgun'],
        pattern: rx() `${BD}(?:key-[a-f0-9]{32}|[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})${ED}`,
        tags: ['mailgun', 'context'],
    }),
    rule({
        id: 'mailchimp-api-key',
        severity: 'high',
        family: saas_family,
        description: 'Mailchimp (Intuit) API key (32 hex + -usNN data-center suffix).',
        remediation: revoke('API key', 'Mailchimp > Profile > Extras > API keys > Disable, then Delete'),
        keywords: ['-us'],
        pattern: rx() `${B}[a-f0-9]{32}-us[0-9]{1,2}${E}`,
        tags: ['mailchimp'],
    }),
];

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/chat.ts

const chat_family = 'chat';
const slackWhere = 'api.slack.com/apps > the app > OAuth & Permissions > Revoke tokens (or call auth.revoke)';
const CHAT_RULES = [
    rule({
        id: 'slack-bot-token',
        severity: 'high',
        family: chat_family,
        description: 'Slack bot token (xoxb-).',
        remediation: revoke('bot token', slackWhere),
        keywords: ['xoxb-'],
        pattern: rx() `${BD}xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}${E}`,
        tags: ['slack'],
    }),
    rule({
        id: 'slack-user-token',
        severity: 'high',
        family: chat_family,
        description: 'Slack user token (xoxp-).',
        remediation: revoke('user token', slackWhere),
        keywords: ['xoxp-'],
        pattern: rx() `${BD}xoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32}${E}`,
        tags: ['slack'],
    }),
    rule({
        id: 'slack-workspace-token',
        severity: 'high',
        family: chat_family,
        description: 'Slack workspace app access token (xoxa-).',
        remediation: revoke('workspace token', slackWhere),
        keywords: ['xoxa-'],
        pattern: rx() `${BD}xoxa-[0-9]-[A-Za-z0-9-]{30,200}${ED}`,
        tags: ['slack'],
    }),
    rule({
        id: 'slack-refresh-token',
        severity: 'high',
        family: chat_family,
        description: 'Slack refresh token (xoxr- / xoxe-1-).',
        remediation: revoke('refresh token', slackWhere),
        keywords: ['xoxr-', 'xoxe-'],
        pattern: rx() `${BD}(?:xoxr-[A-Za-z0-9-]{30,200}|xoxe-1-[A-Za-z0-9-]{100,250})${ED}`,
        tags: ['slack'],
    }),
    rule({
        id: 'slack-config-token',
        severity: 'high',
        family: chat_family,
        description: 'Slack app configuration access token (xoxe.xoxp- / xoxe.xoxb-).',
        remediation: revoke('configuration token', 'api.slack.com/apps > Your App Configuration Tokens > Revoke'),
        keywords: ['xoxe.xox'],
        pattern: rx() `${BD}xoxe\.xox[bp]-1-[A-Za-z0-9-]{100,250}${ED}`,
        tags: ['slack'],
    }),
    rule({
        id: 'slack-app-token',
        severity: 'high',
        family: chat_family,
        description: 'Slack app-level token (xapp-).',
        remediation: revoke('app-level token', 'api.slack.com/apps > the app > Basic Information > App-Level Tokens > Revoke'),
        keywords: ['xapp-'],
        pattern: rx() `${BD}xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-f0-9]{64}${E}`,
        tags: ['slack'],
    }),
    rule({
        id: 'slack-webhook-url',
        severity: 'medium',
        family: chat_family,
        description: 'Slack incoming webhook / workflow trigger URL.',
        remediation: revoke('webhook', 'api.slack.com/apps > the app > Incoming Webhooks > Remove (or delete the workflow trigger)'),
        keywords: ['hooks.slack.com'],
        pattern: rx() `hooks\.slack\.com/(?:services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{23,25}|(?:workflows|triggers)/T[A-Z0-9]{8,12}/A[A-Z0-9]{8,12}/[0-9]{15,20}/[a-f0-9]{32})${E}`,
        tags: ['slack'],
    }),
    rule({
        id: 'discord-bot-token',
        severity: 'high',
        family: chat_family,
        description: 'Discord bot token (base64 user id . timestamp . HMAC) near a Discord name.',
        remediation: revoke('bot token', 'Discord Developer Portal > the application > Bot > Reset Token'),
        keywords: ['discord'],
        pattern: rx() `${BD}[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}${ED}`,
        tags: ['discord', 'context'],
    }),
    rule({
        id: 'discord-webhook-url',
        severity: 'medium',
        family: chat_family,
        description: 'Discord webhook URL (id + token).',
        remediation: revoke('webhook', 'Discord > Server settings > Integrations > Webhooks > Delete'),
        keywords: ['discord.com/api/webhooks', 'discordapp.com/api/webhooks'],
        pattern: rx() `discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/(?<secret>[A-Za-z0-9_-]{60,68})${ED}`,
        tags: ['discord'],
    }),
    rule({
        id: 'telegram-bot-token',
        severity: 'high',
        family: chat_family,
        description: 'Telegram Bot API token (bot id : AA + 33).',
        remediation: revoke('bot token', 'message @BotFather, /revoke, choose the bot'),
        keywords: [':aa'],
        pattern: rx() `(?<![A-Za-z0-9])[0-9]{8,10}:AA[A-Za-z0-9_-]{33}${ED}`,
        tags: ['telegram'],
    }),
    rule({
        id: 'twilio-api-key',
        severity: 'high',
        family: chat_family,
        description: 'Twilio API key SID (SK + 32 hex) near a Twilio name.',
        remediation: revoke('API key', 'Twilio Console > Account > API keys & tokens > Delete'),
        keywords: ['twilio'],
        pattern: rx() `${B}SK[a-f0-9]{32}${E}`,
        tags: ['twilio', 'context'],
    }),
    rule({
        id: 'twilio-auth-token',
        severity: 'critical',
        family: chat_family,
        description: 'Twilio account auth token (32 hex) assigned to a Twilio auth token name.',
        remediation: revoke('auth token', 'Twilio Console > Account > API keys & tokens > Auth tokens > Request a secondary token, promote it'),
        keywords: ['twilio'],
        pattern: rx('i') `twilio[A-Za-z0-9_.-]{0,20}?auth[_-]?token${ASSIGN}(?<secret>[a-f0-9]{32})${E}`,
        tags: ['twilio', 'context'],
    }),
];

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/payments.ts

const payments_family = 'payment';
const SHOPIFY = [
    ['shpat_', 'shopify-access-token', 'Admin API access token'],
    ['shpca_', 'shopify-custom-app-token', 'custom app access token'],
    ['shppa_', 'shopify-private-app-token', 'private app password'],
    ['shpss_', 'shopify-shared-secret', 'app shared secret'],
];
const PAYMENT_RULES = [
    rule({
        id: 'stripe-live-secret-key',
        severity: 'critical',
        family: payments_family,
        description: 'Stripe live-mode secret key (sk_live_).',
        remediation: revoke('secret key', 'Stripe Dashboard > Developers > API keys > Roll key'),
        keywords: ['sk_live_'],
        pattern: rx() `${B}sk_live_[A-Za-z0-9]{24,247}${E}`,
        tags: ['stripe'],
    }),
    rule({
        id: 'stripe-live-restricted-key',
        severity: 'high',
        family: payments_family,
        description: 'Stripe live-mode restricted key (rk_live_).',
        remediation: revoke('restricted key', 'Stripe Dashboard > Developers > API keys > Restricted keys > Roll / Delete'),
        keywords: ['rk_live_'],
        pattern: rx() `${B}rk_live_[A-Za-z0-9]{24,247}${E}`,
        tags: ['stripe'],
    }),
    rule({
        id: 'stripe-webhook-secret',
        severity: 'medium',
        family: payments_family,
        description: 'Stripe webhook signing secret (whsec_).',
        remediation: revoke('signing secret', 'Stripe Dashboard > Developers > Webhooks > the endpoint > Roll secret'),
        keywords: ['whsec_'],
        pattern: rx() `${B}whsec_[A-Za-z0-9+/]{32,64}={0,2}(?![A-Za-z0-9+/=])`,
        tags: ['stripe'],
    }),
    ...SHOPIFY.map(([prefix, id, kind]) => rule({
        id,
        severity: 'high',
        family: payments_family,
        description: `Shopify ${kind} (${prefix} + 32 hex).`,
        remediation: revoke(kind, 'Shopify admin > Settings > Apps and sales channels > Develop apps > the app > API credentials > Rotate / Uninstall'),
        keywords: [prefix],
        pattern: new RegExp(`${B}${prefix}[a-fA-F0-9]{32}${E}`),
        tags: ['shopify'],
    })),
    rule({
        id: 'square-access-token',
        severity: 'high',
        family: payments_family,
        description: 'Square access token (EAAA production token, or legacy sq0atp-).',
        remediation: revoke('access token', 'Square Developer Dashboard > the application > Credentials > Replace, or revoke the OAuth token'),
        keywords: ['eaaa', 'sq0atp-'],
        pattern: rx() `${BD}(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})${ED}`,
        tags: ['square'],
    }),
    rule({
        id: 'square-oauth-secret',
        severity: 'high',
        family: payments_family,
        description: 'Square OAuth application secret (sq0csp-).',
        remediation: revoke('application secret', 'Square Developer Dashboard > the application > OAuth > Replace secret'),
        keywords: ['sq0csp-'],
        pattern: rx() `${BD}sq0csp-[A-Za-z0-9_-]{43}${ED}`,
        tags: ['square'],
    }),
    rule({
        id: 'paypal-braintree-access-token',
        severity: 'critical',
        family: payments_family,
        description: 'PayPal / Braintree production access token (access_token$production$...).',
        remediation: revoke('access token', 'Braintree Control Panel > Settings > API > revoke the key, or PayPal developer dashboard'),
        keywords: ['access_token$production$'],
        pattern: rx() `access_token\$production\$[a-z0-9]{16}\$[a-f0-9]{32}${E}`,
        tags: ['paypal'],
    }),
];

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/ai.ts

const ai_family = 'ai';
const OPENAI = [
    ['sk-proj-', 'openai-project-key', 'project API key'],
    ['sk-svcacct-', 'openai-service-account-key', 'service account key'],
    ['sk-admin-', 'openai-admin-key', 'admin API key'],
];
const AI_RULES = [
    ...OPENAI.map(([prefix, id, kind]) => rule({
        id,
        severity: id === 'openai-admin-key' ? 'critical' : 'high',
        family: ai_family,
        description: `OpenAI ${kind} (${prefix} prefix).`,
        remediation: revoke(kind, 'platform.openai.com > Settings > API keys (or Admin keys) > Revoke', 'Check usage for unexpected spend.'),
        keywords: [prefix],
        pattern: new RegExp(`${BD}${prefix}[A-Za-z0-9_-]{40,250}${ED}`),
        tags: ['openai'],
    })),
    rule({
        id: 'openai-legacy-key',
        severity: 'high',
        family: ai_family,
        description: 'OpenAI user API key in the legacy format (sk- + 20 + T3BlbkFJ + 20).',
        remediation: revoke('API key', 'platform.openai.com > API keys > Revoke'),
        keywords: ['t3blbkfj'],
        pattern: rx() `${BD}sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}${E}`,
        tags: ['openai'],
    }),
    rule({
        id: 'anthropic-api-key',
        severity: 'high',
        family: ai_family,
        description: 'Anthropic API key (sk-ant-api03-).',
        remediation: revoke('API key', 'console.anthropic.com > Settings > API keys > Delete'),
        keywords: ['sk-ant-api03-'],
        pattern: rx() `${BD}sk-ant-api03-[A-Za-z0-9_-]{90,100}${ED}`,
        tags: ['anthropic'],
    }),
    rule({
        id: 'anthropic-admin-key',
        severity: 'critical',
        family: ai_family,
        description: 'Anthropic Admin API key (sk-ant-admin01-).',
        remediation: revoke('admin key', 'console.anthropic.com > Settings > Admin keys > Delete'),
        keywords: ['sk-ant-admin01-'],
        pattern: rx() `${BD}sk-ant-admin01-[A-Za-z0-9_-]{90,100}${ED}`,
        tags: ['anthropic'],
    }),
    rule({
        id: 'huggingface-token',
        severity: 'high',
        family: ai_family,
        description: 'Hugging Face user access token (hf_ + 34 letters).',
        remediation: revoke('access token', 'huggingface.co > Settings > Access Tokens > Invalidate and refresh / Delete'),
        keywords: ['hf_'],
        pattern: rx() `${B}hf_[A-Za-z]{34}${E}`,
        tags: ['huggingface'],
    }),
    rule({
        id: 'google-gemini-api-key',
        severity: 'high',
        family: ai_family,
        description: 'Google AI Studio / Gemini API key (AIza) next to a Gemini name or endpoint.',
        remediation: revoke('API key', 'aistudio.google.com > API keys > Delete (or Cloud console > Credentials)'),
        keywords: ['gemini', 'generativelanguage'],
        pattern: rx() `${BD}AIza[0-9A-Za-z_-]{35}${ED}`,
        tags: ['google', 'context'],
    }),
    rule({
        id: 'groq-api-key',
        severity: 'high',
        family: ai_family,
        description: 'Groq API key (gsk_ + 52).',
        remediation: revoke('API key', 'console.groq.com > API Keys > Delete'),
        keywords: ['gsk_'],
        pattern: rx() `${B}gsk_[A-Za-z0-9]{52}${E}`,
        tags: ['groq'],
    }),
    rule({
        id: 'replicate-api-token',
        severity: 'high',
        family: ai_family,
        description: 'Replicate API token (r8_ + 37).',
        remediation: revoke('API token', 'replicate.com > Account > API tokens > Delete'),
        keywords: ['r8_'],
        pattern: rx() `${B}r8_[A-Za-z0-9]{37}${E}`,
        tags: ['replicate'],
    }),
    rule({
        id: 'perplexity-api-key',
        severity: 'high',
        family: ai_family,
        description: 'Perplexity API key (pplx- + 48).',
        remediation: revoke('API key', 'perplexity.ai > Settings > API > Delete key'),
        keywords: ['pplx-'],
        pattern: rx() `${BD}pplx-[A-Za-z0-9]{48}${E}`,
        tags: ['perplexity'],
    }),
    rule({
        id: 'mistral-api-key',
        severity: 'high',
        family: ai_family,
        description: 'Mistral AI API key (32 characters) assigned to a Mistral name.',
        remediation: revoke('API key', 'console.mistral.ai > API Keys > Delete'),
        keywords: ['mistral'],
        pattern: rx('i') `mistral[A-Za-z0-9_.-]{0,20}?(?:api[_-]?)?key${ASSIGN}(?<secret>[A-Za-z0-9]{32})${E}`,
        minEntropy: 3.5,
        tags: ['mistral', 'context'],
    }),
    rule({
        id: 'cohere-api-key',
        severity: 'high',
        family: ai_family,
        description: 'Cohere API key (40 characters) assigned to a Cohere / CO_API_KEY name.',
        remediation: revoke('API key', 'dashboard.cohere.com > API keys > Delete'),
        keywords: ['cohere', 'co_api_key'],
        pattern: rx('i') `(?:cohere[A-Za-z0-9_.-]{0,20}?(?:api[_-]?)?(?:key|token)|co_api_key)${ASSIGN}(?<secret>[A-Za-z0-9]{40})${E}`,
        minEntropy: 3.5,
        tags: ['cohere', 'context'],
    }),
    rule({
        id: 'xai-api-key',
        severity: 'high',
        family: ai_family,
        description: 'xAI (Grok) API key (xai- + 80).',
        remediation: revoke('API key', 'console.x.ai > API Keys > Delete'),
        keywords: ['xai-'],
        pattern: rx() `${BD}xai-[A-Za-z0-9]{80}${E}`,
        tags: ['xai'],
    }),
    rule({
        id: 'deepseek-api-key',
        severity: 'high',
        family: ai_family,
        description: 'DeepSeek API key (sk- + 32 hex) near a DeepSeek name.',
        remediation: revoke('API key', 'platform.deepseek.com > API keys > Delete'),
        keywords: ['deepseek'],
        pattern: rx() `${BD}sk-[a-f0-9]{32}${E}`,
        tags: ['deepseek', 'context'],
    }),
    rule({
        id: 'langsmith-api-key',
        severity: 'medium',
        family: ai_family,
        description: 'LangSmith personal / service key (lsv2_pt_ / lsv2_sk_).',
        remediation: revoke('API key', 'smith.langchain.com > Settings > API Keys > Delete'),
        keywords: ['lsv2_'],
        pattern: rx() `${B}lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}${E}`,
        tags: ['langsmith'],
    }),
    rule({
        id: 'openrouter-api-key',
        severity: 'high',
        family: ai_family,
        description: 'OpenRouter API key (sk-or-v1- + 64 hex).',
        remediation: revoke('API key', 'openrouter.ai > Settings > Keys > Delete'),
        keywords: ['sk-or-v1-'],
        pattern: rx() `${BD}sk-or-v1-[a-f0-9]{64}${E}`,
        tags: ['openrouter'],
    }),
];

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/keys.ts

const keys_family = 'key';
const BODY = String.raw `(?<secret>[A-Za-z0-9+/=\s\\]{64,20000})`;
const SEP = String.raw `(?:\s|\\[rn]){0,6}`;
const NOT_ENCRYPTED = String.raw `(?!${SEP}Proc-Type: 4,ENCRYPTED)`;
function pem(label) {
    const begin = `-----BEGIN ${label} PRIVATE KEY-----`;
    return new RegExp(`${begin}${label === 'RSA' || label === 'EC' || label === 'DSA' ? NOT_ENCRYPTED : ''}${BODY}-----END ${label} PRIVATE KEY-----`);
}
const KEY_REMEDIATION = revoke('key pair', 'remove the public half wherever it is trusted: authorized_keys, deploy keys, TLS certificates (ask the CA to revoke), signing-key registries', 'Generate a new key and keep it in a secret store or HSM/KMS.');
const PLAIN = [
    ['RSA', 'private-key-rsa', 'RSA private key (PKCS#1 PEM)'],
    ['EC', 'private-key-ec', 'EC private key (SEC1 PEM)'],
    ['DSA', 'private-key-dsa', 'DSA private key (PEM)'],
    ['OPENSSH', 'private-key-openssh', 'OpenSSH private key'],
];
const KEY_RULES = [
    ...PLAIN.map(([label, id, what]) => rule({
        id,
        severity: 'critical',
        family: keys_family,
        description: `${what} with its body.`,
        remediation: KEY_REMEDIATION,
        keywords: [`-----begin ${label.toLowerCase()} private key-----`],
        pattern: pem(label),
        multiline: true,
        confidence: 0.95,
        tags: ['private-key'],
    })),
    rule({
        id: 'private-key-pkcs8',
        severity: 'critical',
        family: keys_family,
        description: 'Unencrypted PKCS#8 private key (BEGIN PRIVATE KEY) with its body.',
        remediation: KEY_REMEDIATION,
        keywords: ['-----begin private key-----'],
        pattern: new RegExp(`-----BEGIN PRIVATE KEY-----${BODY}-----END PRIVATE KEY-----`),
        multiline: true,
        confidence: 0.95,
        tags: ['private-key'],
    }),
    rule({
        id: 'private-key-encrypted',
        severity: 'medium',
        family: keys_family,
        description: 'Passphrase-encrypted private key (PKCS#8 ENCRYPTED, or PEM with Proc-Type: 4,ENCRYPTED). Lower severity: useless without the passphrase, but it can be brute-forced offline.',
        remediation: KEY_REMEDIATION + ' Check that the passphrase was not committed as well.',
        keywords: ['-----begin encrypted private key-----', '-----begin rsa private key-----', '-----begin ec private key-----', '-----begin dsa private key-----'],
        pattern: new RegExp(String.raw `-----BEGIN (?:ENCRYPTED PRIVATE KEY-----|(?:RSA|EC|DSA) PRIVATE KEY-----${SEP}Proc-Type: 4,ENCRYPTED${SEP}DEK-Info: [A-Z0-9-]{3,30},[A-Fa-f0-9]{16,32}${SEP})${BODY}-----END (?:ENCRYPTED|RSA|EC|DSA) PRIVATE KEY-----`),
        multiline: true,
        tags: ['private-key', 'encrypted'],
    }),
    rule({
        id: 'private-key-pgp',
        severity: 'critical',
        family: keys_family,
        description: 'OpenPGP secret key block (armored).',
        remediation: revoke('PGP key', 'publish a revocation certificate (`gpg --gen-revoke`) to the keyservers and to people who trust it'),
        keywords: ['-----begin pgp private key block-----'],
        pattern: new RegExp(String.raw `-----BEGIN PGP PRIVATE KEY BLOCK-----(?:${SEP}[A-Za-z][A-Za-z-]{0,30}: [^\r\n]{0,200}){0,10}${BODY}-----END PGP PRIVATE KEY BLOCK-----`),
        multiline: true,
        confidence: 0.95,
        tags: ['private-key', 'pgp'],
    }),
    rule({
        id: 'putty-private-key',
        severity: 'critical',
        family: keys_family,
        description: 'PuTTY private key file (.ppk v2/v3) with its private lines.',
        remediation: KEY_REMEDIATION,
        keywords: ['putty-user-key-file-'],
        pattern: new RegExp(String.raw `PuTTY-User-Key-File-[23]: [A-Za-z0-9@.-]{3,60}\r?\nEncryption: [A-Za-z0-9-]{3,30}\r?\n[\s\S]{0,6000}?Private-Lines: [0-9]{1,3}\r?\n(?<secret>(?:[A-Za-z0-9+/=]{1,64}\r?\n){1,100})`),
        multiline: true,
        confidence: 0.95,
        tags: ['private-key', 'putty'],
    }),
];

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/jwt.ts

/** Decodes the JOSE header and checks it names a real signing algorithm. */
function signedJwtHeader(token) {
    const [head, , sig] = token.split('.');
    if (!head || !sig)
        return false;
    try {
        const json = JSON.parse(Buffer.from(head, 'base64url').toString('utf8'));
        if (typeof json !== 'object' || json === null)
            return false;
        const alg = json.alg;
        return typeof alg === 'string' && alg.length > 0 && alg.toLowerCase() !== 'none';
    }
    catch {
        return false;
    }
}
const JWT_RULES = [
    rule({
        id: 'jwt',
        severity: 'medium',
        family: 'jwt',
        description: 'Signed JSON Web Token (header with alg, payload, non-empty signature). Often a bearer credential for an API or session.',
        remediation: 'Treat the token as leaked: revoke the session or refresh token that minted it, and rotate the signing key if the token grants long-lived access. ' +
            'Never commit real tokens in fixtures; build them at test time with a throwaway key.',
        keywords: ['eyj'],
        pattern: rx() `${BD}eyJ[A-Za-z0-9_-]{8,4000}\.eyJ[A-Za-z0-9_-]{4,16000}\.[A-Za-z0-9_-]{16,1400}(?![A-Za-z0-9_.-])`,
        reject: (secret) => !signedJwtHeader(secret),
        confidence: 0.7,
        tags: ['jwt'],
    }),
];

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/near.ts
// Byte-level necessary conditions checked right after a keyword hit, before any text is decoded.
// Keywords such as `https://` and `token` occur everywhere in code; these checks let the scanner drop
// hits where the rule's regex cannot match at all. Each must accept every real match (when unsure —
// e.g. a non-ASCII byte that could be Unicode whitespace — it says yes).
const isSpace = (c) => c === 32 || (c >= 9 && c <= 13);
const isWord = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** `[A-Za-z0-9_.-]{0,20}['"]?\]?\s{0,5}` then `:` or `=`: an assignment follows the keyword (generic rules). */
function assignmentFollows(b, end) {
    let i = end;
    for (let n = 0; n < 20 && i < b.length && (isWord(b[i]) || b[i] === 46 || b[i] === 45); n++)
        i++;
    if (i < b.length && (b[i] === 34 || b[i] === 39))
        i++;
    if (i < b.length && b[i] === 93)
        i++;
    for (let n = 0; n < 5 && i < b.length && (isSpace(b[i]) || b[i] >= 0x80); n++) {
        if (b[i] >= 0x80)
            return true;
        i++;
    }
    return i < b.length && (b[i] === 58 || b[i] === 61);
}
/** `[A-Za-z0-9_]{0,41}=`: the keyword is part of an environment variable name being assigned. */
function envAssignmentFollows(b, end) {
    let i = end;
    for (let n = 0; n < 41 && i < b.length && isWord(b[i]); n++)
        i++;
    return i < b.length && b[i] === 61;
}
// user: [^\s:@/'"`<>]{1,100}, then ':', password: [^\s@/'"`<>]{1,200}, then '@'.
const stopsUser = (c) => isSpace(c) || c === 58 || c === 64 || c === 47 || c === 39 || c === 34 || c === 96 || c === 60 || c === 62;
const stopsPassword = (c) => isSpace(c) || c === 64 || c === 47 || c === 39 || c === 34 || c === 96 || c === 60 || c === 62;
/** After `scheme://`: `user:password@` follows. */
function userinfoFollows(b, end) {
    let i = end;
    let n = 0;
    for (; n < 100 && i < b.length && !stopsUser(b[i]); n++, i++)
        if (b[i] >= 0x80)
            return true;
    if (n === 0 || i >= b.length || b[i] !== 58)
        return false;
    i++;
    n = 0;
    for (; n < 200 && i < b.length && !stopsPassword(b[i]); n++, i++)
        if (b[i] >= 0x80)
            return true;
    return n > 0 && i < b.length && b[i] === 64;
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/urls.ts


const urls_family = 'url';
/** Passwords that are documentation, not credentials. */
const PLACEHOLDER_PASSWORDS = new Set([
    'password', 'pass', 'passwd', 'pwd', 'secret', 'changeme', 'change_me', 'example', 'test', 'user', 'username',
    'root', 'admin', 'postgres', 'mysql', 'guest', 'xxx', 'xxxx', '***', '****', 'redacted', 'dbpass', 'yourpassword',
    'your_password', 'mypassword', 'my_password', 'pw', 'p', 'foo', 'bar', 'token',
    'xyz', 'abc', 'abc123', '123', '1234', '12345', '123456', 'pass123', 'password1', 'password123', 'passw0rd', 'p4ssw0rd',
    'secret123', 'hunter2', 'letmein', 'qwerty', 'baz', 'pa55word', 's3cret', 'pass1', 'pass2', 'pwd123',
]);
/** User names that only appear in documentation (`user:...@`, `username:...@`, `abc:...@`). */
const PLACEHOLDER_USERS = new Set(['user', 'username', 'usr', 'abc', 'foo', 'name', 'login', 'me', 'someone', 'john', 'jane', 'alice', 'bob', 'myuser', 'youruser', 'your_user', 'your_username']);
/**
 * Hosts reserved for documentation (RFC 2606 / RFC 6761): example.com/.net/.org and their
 * subdomains, and the `.example`, `.test`, `.invalid` TLDs. A password sent there reaches no one.
 */
function isDocumentationHost(host) {
    const h = host.toLowerCase().replace(/\.$/, '');
    return /(?:^|\.)example\.(?:com|net|org)$/.test(h) || /\.(?:example|test|invalid)$/.test(h) || /^(?:example|test|invalid)$/.test(h);
}
/** Loopback hosts: a credential there is a local development setting when the userinfo is a placeholder. */
function isLoopbackHost(host) {
    return /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|0\.0\.0\.0)$/i.test(host) || /\.localhost$/i.test(host);
}
/** user and host of the `//user:password@host` around this password on the line. */
function userinfoAround(password, line) {
    const at = line.indexOf(`:${password}@`);
    if (at < 0)
        return undefined;
    const user = /([^\s:@/'"\x60<>]{1,100})$/.exec(line.slice(Math.max(0, at - 100), at))?.[1] ?? '';
    const host = /^[A-Za-z0-9.\[\]:-]{1,253}/.exec(line.slice(at + password.length + 2))?.[0].replace(/:\d*$/, '') ?? '';
    return { user, host };
}
function placeholderUrlPassword(password, line) {
    const p = password.toLowerCase();
    if (p.length < 3 || PLACEHOLDER_PASSWORDS.has(p))
        return true;
    const around = userinfoAround(password, line);
    if (around && isDocumentationHost(around.host))
        return true;
    // `user:s3cr3t@localhost`: a placeholder user on a loopback host is a local default, not a leak.
    if (around && isLoopbackHost(around.host) && PLACEHOLDER_USERS.has(around.user.toLowerCase()))
        return true;
    // Template references: ${DB_PASS}, $DB_PASS, %(pw)s, {{ .pw }}, <password>, :pass@ style markers.
    if (/^(?:\$\{?[A-Za-z_]|%\(|\{\{|<|\[)/.test(password) || /[{}<>]/.test(password))
        return true;
    // Same word for user and password (`user:user@`) is a documentation pattern.
    const m = /\/\/([^:/@\s]+):/.exec(line);
    return m !== null && m[1].toLowerCase() === p;
}
/** scheme -> (id, display, keywords, revoke where) */
const DB_URLS = [
    ['postgres-url', 'PostgreSQL', 'postgres(?:ql)?', ['postgres'], '`ALTER ROLE name PASSWORD ...`'],
    ['mysql-url', 'MySQL / MariaDB', '(?:mysql|mariadb)', ['mysql', 'mariadb'], '`ALTER USER ... IDENTIFIED BY ...`'],
    ['mongodb-url', 'MongoDB', 'mongodb(?:\\+srv)?', ['mongodb'], 'Atlas > Database Access > Edit password, or `db.changeUserPassword()`'],
    ['redis-url', 'Redis', 'rediss?', ['redis'], '`ACL SETUSER` / `CONFIG SET requirepass`, or the provider console'],
    ['amqp-url', 'AMQP (RabbitMQ)', 'amqps?', ['amqp'], '`rabbitmqctl change_password`'],
    ['mssql-url', 'SQL Server', '(?:mssql|sqlserver)', ['mssql', 'sqlserver'], '`ALTER LOGIN ... WITH PASSWORD = ...`'],
    ['clickhouse-url', 'ClickHouse', 'clickhouse(?:s)?', ['clickhouse'], '`ALTER USER ... IDENTIFIED BY ...`'],
    ['cockroachdb-url', 'CockroachDB', 'cockroach(?:db)?', ['cockroach'], '`ALTER USER ... WITH PASSWORD ...`'],
];
// userinfo: user stops at ':' / '@'; password stops at '@' and whitespace/quotes/slash, so the
// regex is linear: each part is a single greedy class with a distinct terminator.
const USERINFO = String.raw `(?<user>[^\s:@/'"\x60<>]{1,100}):(?<secret>[^\s@/'"\x60<>]{1,200})@[A-Za-z0-9.\[\]-]{1,253}`;
const URL_RULES = [
    ...DB_URLS.map(([id, name, scheme, keywords, where]) => rule({
        id,
        severity: 'high',
        family: urls_family,
        description: `${name} connection URL with an embedded password.`,
        remediation: revoke('database password', `change it on the server (${where})`, 'Pass the URL through a secret or build it from separate user/password secrets.'),
        keywords,
        pattern: new RegExp(String.raw `(?<![A-Za-z0-9])${scheme}(?:\+[A-Za-z0-9]{1,20})?://${USERINFO}`, 'i'),
        reject: placeholderUrlPassword,
        tags: ['connection-string'],
    })),
    rule({
        id: 'basic-auth-url',
        severity: 'medium',
        family: urls_family,
        description: 'HTTP(S)/FTP URL with a username and password in it (https://user:pass@host).',
        remediation: revoke('password or token in the URL', 'the service it authenticates to', 'Use a credential helper or an Authorization header fed from a secret.'),
        keywords: ['http://', 'https://', 'ftp://', 'ftps://'],
        pattern: new RegExp(String.raw `(?<![A-Za-z0-9])(?:https?|ftps?)://${USERINFO}`, 'i'),
        near: userinfoFollows,
        reject: placeholderUrlPassword,
        confidence: 0.7,
        tags: ['connection-string'],
    }),
];

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/generic.ts


const generic_family = 'generic';
/** A value ends at whitespace, quotes, separators and brackets, so code around it is not captured. */
const VALUE = (min) => String.raw `(?<secret>[^\s'"\x60;,()\[\]{}<>]{${min},200})`;
/** A `NAME=value` environment line; the dotenv rule owns those so two generic rules never double-report. */
const ENV_LINE = /^\s*(?:export\s+)?[A-Z][A-Z0-9_]*=/;
const notEnvLine = (_s, line) => ENV_LINE.test(line);
const advice = 'Rotate the credential at the service it belongs to, then load it from the environment or a secret manager instead of the source. ' +
    'If it is not a real secret (a fixture or a placeholder), use an obvious placeholder such as `<YOUR_TOKEN>` or add it to the baseline.';
const GENERIC_RULES = [
    rule({
        id: 'generic-password',
        severity: 'medium',
        family: generic_family,
        description: 'Password or passphrase assigned a literal value.',
        remediation: advice,
        keywords: ['password', 'passwd', 'passphrase', 'pwd'],
        pattern: new RegExp(String.raw `(?:password|passwd|passphrase|pwd)${ASSIGN}${VALUE(8)}`, 'i'),
        minEntropy: 3.0,
        reject: notEnvLine,
        confidence: 0.5,
        tags: ['generic'],
    }),
    rule({
        id: 'generic-secret',
        severity: 'medium',
        family: generic_family,
        description: 'Secret (secret, client_secret, secret_key...) assigned a high-entropy literal.',
        remediation: advice,
        keywords: ['secret'],
        pattern: new RegExp(String.raw `secret${ASSIGN}${VALUE(16)}`, 'i'),
        minEntropy: 3.5,
        reject: notEnvLine,
        confidence: 0.5,
        tags: ['generic'],
    }),
    rule({
        id: 'generic-api-key',
        severity: 'medium',
        family: generic_family,
        description: 'API key (api_key, apiKey, x-api-key...) assigned a high-entropy literal.',
        remediation: advice,
        keywords: ['api_key', 'apikey', 'api-key'],
        pattern: new RegExp(String.raw `api[_-]?key${ASSIGN}${VALUE(16)}`, 'i'),
        minEntropy: 3.5,
        reject: notEnvLine,
        confidence: 0.5,
        tags: ['generic'],
    }),
    rule({
        id: 'generic-token',
        severity: 'medium',
        family: generic_family,
        description: 'Token (access_token, auth_token, token...) assigned a high-entropy literal.',
        remediation: advice,
        keywords: ['token'],
        pattern: new RegExp(String.raw `token${ASSIGN}${VALUE(16)}`, 'i'),
        near: assignmentFollows,
        minEntropy: 3.5,
        reject: notEnvLine,
        confidence: 0.5,
        tags: ['generic'],
    }),
    rule({
        id: 'generic-dotenv-secret',
        severity: 'medium',
        family: generic_family,
        description: 'Environment-file line (FOO_SECRET=..., API_KEY=..., DB_PASSWORD=...) with a literal secret value.',
        remediation: advice + ' Keep .env files out of git (.gitignore) and commit a .env.example with placeholders.',
        keywords: ['secret', 'token', '_key', 'key_', 'apikey', 'password', 'passwd', 'pwd', 'credential'],
        pattern: new RegExp(String.raw `(?:^|(?<=\n))[ \t]{0,8}(?:export[ \t]{1,4})?[A-Z][A-Z0-9_]{0,60}?(?:SECRET|TOKEN|_KEY|KEY_|APIKEY|PASSWORD|PASSWD|PWD|CREDENTIALS?)[A-Z0-9_]{0,40}=['"]?${VALUE(10)}`),
        near: envAssignmentFollows,
        minEntropy: 3.2,
        confidence: 0.5,
        tags: ['generic', 'dotenv'],
    }),
    rule({
        id: 'generic-bearer-token',
        severity: 'medium',
        family: generic_family,
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

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/index.ts











const BUILTIN_RULES = Object.freeze([
    ...CLOUD_RULES,
    ...VCS_RULES,
    ...REGISTRY_RULES,
    ...SAAS_RULES,
    ...CHAT_RULES,
    ...PAYMENT_RULES,
    ...AI_RULES,
    ...KEY_RULES,
    ...JWT_RULES,
    ...URL_RULES,
    ...GENERIC_RULES,
]);
const BY_ID = new Map(BUILTIN_RULES.map((r) => [r.id, r]));
function ruleById(id) {
    return BY_ID.get(id);
}
/** Rule count per family, for reports and docs. */
function rulesPerFamily(rules = BUILTIN_RULES) {
    const out = {};
    for (const r of rules)
        out[r.family] = (out[r.family] ?? 0) + 1;
    return out;
}




/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WN: () => (/* binding */ scanFile),
/* harmony export */   q5: () => (/* binding */ scanBuffer)
/* harmony export */ });
/* unused harmony exports SNIFF_BYTES, DEFAULT_CHUNK_BYTES, isBinary, scanChunks */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _compile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(294);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4105);
// Bytes -> RawMatch[]: binary sniff, a keyword prefilter on raw bytes (most files never get decoded),
// UTF-8 decode, and overlapping chunks for large inputs so memory stays bounded.





const SNIFF_BYTES = 8192;
const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;
/** NUL in the first 8 KB, or more than 10% control bytes (other than whitespace/ESC/FF) in the first 1 KB. */
function isBinary(buf) {
    const head = buf.subarray(0, SNIFF_BYTES);
    if (head.indexOf(0) !== -1)
        return true; // native search; the control-byte count looks at the first 1 KB only
    const n = Math.min(head.length, 1024);
    let control = 0;
    for (let i = 0; i < n; i++) {
        const c = head[i];
        if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27)
            control++;
    }
    return n > 0 && control * 10 > n;
}
function scanBuffer(buf, path, rules, opts = {}) {
    if (!opts.binary && isBinary(buf))
        return [];
    const cr = 'matcher' in rules ? rules : (0,_compile_js__WEBPACK_IMPORTED_MODULE_3__/* .compileRules */ .nb)(rules);
    const chunk = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
    if (buf.length <= chunk)
        return scanWhole(Buffer.from(buf.buffer, buf.byteOffset, buf.length), path, cr, opts);
    return scanChunks((target, pos) => {
        const n = Math.max(0, Math.min(target.length, buf.length - pos));
        target.set(buf.subarray(pos, pos + n));
        return n;
    }, path, cr, opts, chunk);
}
/** Decode the whole text once hit regions cover more than this share of it. */
const WHOLE_SHARE = 0.5;
/**
 * One automaton pass over the bytes. No hit: no decode at all. Otherwise only the regions around hits
 * (each rule's reach, widened to whole lines) are decoded and scanned, with their first line and column
 * carried in so positions are those of the file.
 */
function scanWhole(b, path, cr, opts) {
    if (cr.everywhere.length > 0 || cr.matcher.hasNonAscii)
        return scanDecoded(b, path, cr, opts);
    const regions = [];
    const hits = [];
    const reach = cr.keywordReach;
    const lens = cr.keywordLength;
    const near = cr.keywordNear;
    cr.matcher.scanBytes(b, (k, start) => {
        const checks = near[k];
        if (checks !== null && !checks.some((ok) => ok(b, start + lens[k])))
            return; // no rule can match here
        hits.push(k, start);
        const from = Math.max(0, start - reach[k]);
        const to = Math.min(b.length, start + lens[k] + reach[k]);
        const n = regions.length;
        if (n > 0 && from <= regions[n - 1])
            regions[n - 1] = Math.max(regions[n - 1], to);
        else
            regions.push(from, to);
    });
    if (regions.length === 0)
        return [];
    let covered = 0;
    for (let i = 0; i < regions.length; i += 2)
        covered += regions[i + 1] - regions[i];
    if (covered > b.length * WHOLE_SHARE)
        return scanDecoded(b, path, cr, opts);
    // Widen to whole lines (at most LINE_SLACK bytes each way, which also covers lineText's context),
    // merging regions that now touch.
    const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    const wide = [];
    for (let i = 0; i < regions.length; i += 2) {
        let a = regions[i];
        // (lastIndexOf with a negative offset counts from the end: guard a === 0)
        const back = a > 0 ? b.lastIndexOf(10, a - 1) : -1;
        a = back >= a - _compile_js__WEBPACK_IMPORTED_MODULE_3__/* .LINE_SLACK */ .G8 - 1 ? back + 1 : a - _compile_js__WEBPACK_IMPORTED_MODULE_3__/* .LINE_SLACK */ .G8;
        a = Math.max(a, bom);
        while (a < b.length && (b[a] & 0xc0) === 0x80)
            a++; // never start inside a UTF-8 sequence
        let z = regions[i + 1];
        const fwd = b.indexOf(10, z);
        z = fwd !== -1 && fwd <= z + _compile_js__WEBPACK_IMPORTED_MODULE_3__/* .LINE_SLACK */ .G8 ? fwd : Math.min(b.length, z + _compile_js__WEBPACK_IMPORTED_MODULE_3__/* .LINE_SLACK */ .G8);
        const n = wide.length;
        if (n > 0 && a <= wide[n - 1])
            wide[n - 1] = Math.max(wide[n - 1], z);
        else if (z > a)
            wide.push(a, z);
    }
    const out = [];
    let line = 1; // line number at byte `linePos`
    let linePos = 0;
    let colLs = -1; // line start, byte offset and column of the previous region start (long lines: no re-decode)
    let colAt = 0;
    let colVal = 1;
    let h = 0;
    for (let i = 0; i < wide.length; i += 2) {
        const a = wide[i];
        const z = wide[i + 1];
        for (let p = linePos; p < a; p++)
            if (b[p] === 10)
                line++; // a plain loop: one native indexOf call per line cost more
        linePos = a;
        const ls = Math.max(bom, a > 0 ? b.lastIndexOf(10, a - 1) + 1 : 0);
        let col0 = 1;
        if (ls !== a)
            col0 = ls === colLs ? colVal + b.toString('utf8', colAt, a).length : b.toString('utf8', ls, a).length + 1;
        colLs = ls;
        colAt = a;
        colVal = col0;
        // Hits are in byte order; those of this region are reused when its bytes are ASCII (offsets agree).
        const ascii = (0,node_buffer__WEBPACK_IMPORTED_MODULE_2__.isAscii)(b.subarray(a, z));
        let regionHits;
        if (ascii) {
            regionHits = [];
            while (h < hits.length && hits[h + 1] < a)
                h += 2;
            for (; h < hits.length && hits[h + 1] < z; h += 2)
                regionHits.push(hits[h], hits[h + 1] - a);
        }
        const text = b.toString(ascii ? 'latin1' : 'utf8', a, z);
        const part = { ownFrom: 0, ownTo: text.length, line0: line, col0, openEnd: z < b.length };
        for (const m of (0,_match_js__WEBPACK_IMPORTED_MODULE_4__/* .scanTextPart */ .O)(text, path, cr, opts, part, regionHits))
            out.push(m);
        if (part.truncated)
            return scanDecoded(b, path, cr, opts); // a token longer than the region: decode it all
    }
    return out;
}
function scanDecoded(b, path, cr, opts) {
    let text = b.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    return (0,_match_js__WEBPACK_IMPORTED_MODULE_4__/* .scanTextPart */ .O)(text, path, cr, opts, { ownFrom: 0, ownTo: text.length, line0: 1, col0: 1 });
}
/**
 * Scan a byte source in chunks of ~`chunkBytes`. Each text part carries `overlap` characters of context
 * on both sides; a match belongs to the part whose owned range holds the secret's first character,
 * so a secret across a chunk boundary is reported exactly once.
 */
function scanChunks(read, path, cr, opts, chunkBytes) {
    const overlap = cr.maxReach * 2;
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
    const block = Buffer.allocUnsafe(Math.max(chunkBytes, 4096));
    const out = [];
    let pending = '';
    let ctx = 0; // leading chars of `pending` owned by the previous part (context only)
    let line0 = 1;
    let col0 = 1;
    let pos = 0;
    let first = true;
    for (;;) {
        const n = read(block, pos);
        pos += n;
        const eof = n === 0;
        let s = eof ? decoder.end() : decoder.write(block.subarray(0, n));
        if (first && s.length > 0) {
            if (s.charCodeAt(0) === 0xfeff)
                s = s.slice(1);
            first = false;
        }
        pending += s;
        if (!eof && pending.length - ctx < overlap * 2)
            continue;
        const ownTo = eof ? pending.length : pending.length - overlap;
        for (const m of (0,_match_js__WEBPACK_IMPORTED_MODULE_4__/* .scanTextPart */ .O)(pending, path, cr, opts, { ownFrom: ctx, ownTo, line0, col0 }))
            out.push(m);
        if (eof)
            break;
        const keep = ownTo - overlap;
        // Move line0/col0 to the new start of `pending`.
        let nl = 0;
        let lastNl = -1;
        for (let p = pending.indexOf('\n'); p !== -1 && p < keep; p = pending.indexOf('\n', p + 1)) {
            nl++;
            lastNl = p;
        }
        if (nl === 0)
            col0 += keep;
        else
            col0 = keep - lastNl;
        line0 += nl;
        pending = pending.slice(keep);
        ctx = ownTo - keep;
    }
    return out;
}
// One read buffer per thread, grown on demand: small files do not each allocate (less GC).
let scratchBuf = Buffer.allocUnsafe(0);
function scratch(size) {
    if (scratchBuf.length < size)
        scratchBuf = Buffer.allocUnsafe(Math.max(size, 1 << 20));
    return scratchBuf.subarray(0, size);
}
/**
 * Read and scan one file. Opened with O_NOFOLLOW|O_NONBLOCK and re-checked with fstat, so a file swapped
 * for a symlink or FIFO after the walk is neither followed nor blocks the scan.
 */
function scanFile(absPath, path, rules, opts = {}) {
    const cr = 'matcher' in rules ? rules : (0,_compile_js__WEBPACK_IMPORTED_MODULE_3__/* .compileRules */ .nb)(rules);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absPath, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (e) {
        return { matches: [], skipped: `cannot open: ${e.code ?? 'error'}`, bytes: 0 };
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile())
            return { matches: [], skipped: 'not a regular file', bytes: 0 };
        const chunk = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
        if (st.size <= chunk) {
            const buf = scratch(st.size);
            let got = 0;
            while (got < st.size) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, got, st.size - got, got);
                if (n === 0)
                    break;
                got += n;
            }
            const data = buf.subarray(0, got);
            if (!opts.binary && isBinary(data))
                return { matches: [], skipped: 'binary', bytes: got };
            return { matches: scanBuffer(data, path, cr, opts), bytes: got };
        }
        const head = Buffer.allocUnsafe(SNIFF_BYTES);
        const hn = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, SNIFF_BYTES, 0);
        if (!opts.binary && isBinary(head.subarray(0, hn)))
            return { matches: [], skipped: 'binary', bytes: st.size };
        const matches = scanChunks((target, position) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, target, 0, target.length, position), path, cr, opts, chunk);
        return { matches, bytes: st.size };
    }
    catch (e) {
        return { matches: [], skipped: `cannot read: ${e.code ?? 'error'}`, bytes: 0 };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G8: () => (/* binding */ LINE_SLACK),
  nb: () => (/* binding */ compileRules)
});

// UNUSED EXPORTS: DEFAULT_MULTILINE_WINDOW, DEFAULT_WINDOW

;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/keywords.ts
// Multi-keyword matcher: an Aho-Corasick automaton compiled to a dense DFA over ASCII, case-folded.
// Measured on 42 MB of node_modules source (Node 24, one core, busy machine): with ~90 keywords this DFA
// ran 300-440 MB/s, one combined /kw1|kw2|.../gi RegExp 120-145 MB/s, a 2-byte-prefix filter no faster once
// its candidates were verified. With the 185 built-in keywords (1,109 states) the table layout matters:
// next-state values premultiplied by 128 with the accept flag in the sign bit ran 480 MB/s vs 340 MB/s for
// a plain table plus a separate output check. So: that DFA. It runs over raw bytes, so files without a
// hit are never decoded, and only the regions around hits are (see buffer.ts).
const ALPHA = 128;
const SIGN = 0x80000000 | 0;
const MASK = 0x7fffffff; // transitions for ASCII only; any non-ASCII unit resets to the root (keywords are ASCII)
class KeywordMatcher {
    keywords;
    /** delta[state * 128 + code] = next state * 128, with the sign bit set when that state has outputs. */
    delta;
    /** outputs of state s: outList[outStart[s] .. outStart[s+1]) (keyword indices, longest first). */
    outStart;
    outList;
    /** Keywords with non-ASCII characters cannot be in the DFA; matched by a slow lower-case indexOf fallback. */
    extra;
    constructor(keywords) {
        this.keywords = keywords.map((k) => k.toLowerCase());
        const gotoMaps = [new Map()];
        const outs = [[]];
        const extra = [];
        this.keywords.forEach((k, idx) => {
            if (k.length === 0)
                return;
            if (!/^[\x00-\x7f]*$/.test(k)) {
                extra.push(idx);
                return;
            }
            let s = 0;
            for (let i = 0; i < k.length; i++) {
                const c = k.charCodeAt(i);
                let n = gotoMaps[s].get(c);
                if (n === undefined) {
                    n = gotoMaps.length;
                    gotoMaps.push(new Map());
                    outs.push([]);
                    gotoMaps[s].set(c, n);
                }
                s = n;
            }
            outs[s].push(idx);
        });
        this.extra = extra;
        const n = gotoMaps.length;
        const fail = new Int32Array(n);
        const delta = new Int32Array(n * ALPHA);
        // BFS: states in order of depth, so fail links and rows of shallower states are final when used.
        const order = [0];
        for (let qi = 0; qi < order.length; qi++) {
            const s = order[qi];
            for (let c = 0; c < ALPHA; c++) {
                const t = gotoMaps[s].get(c);
                if (t !== undefined) {
                    fail[t] = s === 0 ? 0 : delta[fail[s] * ALPHA + c];
                    delta[s * ALPHA + c] = t;
                    order.push(t);
                }
                else {
                    delta[s * ALPHA + c] = s === 0 ? 0 : delta[fail[s] * ALPHA + c];
                }
            }
            if (s !== 0)
                for (const o of outs[fail[s]])
                    if (!outs[s].includes(o))
                        outs[s].push(o);
        }
        // Case folding: an upper-case ASCII letter moves like its lower-case form.
        for (let s = 0; s < n; s++)
            for (let c = 65; c <= 90; c++)
                delta[s * ALPHA + c] = delta[s * ALPHA + c + 32];
        // outStart/outList are indexed by the premultiplied state (state * 128) >> 7 = state.
        this.outStart = new Int32Array(n + 1);
        const flat = [];
        for (let s = 0; s < n; s++) {
            this.outStart[s] = flat.length;
            flat.push(...outs[s]);
        }
        this.outStart[n] = flat.length;
        this.outList = Int32Array.from(flat);
        for (let i = 0; i < delta.length; i++) {
            const t = delta[i];
            delta[i] = (t * ALPHA) | (outs[t].length > 0 ? SIGN : 0);
        }
        this.delta = delta;
    }
    /** Every occurrence (overlapping ones too): onHit(keywordIndex, startOffset) in order of end offset. */
    scanString(text, onHit) {
        const { delta } = this;
        let s = 0;
        for (let i = 0, len = text.length; i < len; i++) {
            const c = text.charCodeAt(i);
            if (c < ALPHA) {
                s = delta[s + c];
                if (s < 0) {
                    s &= MASK;
                    this.emit(s, i, onHit);
                }
            }
            else
                s = 0;
        }
        if (this.extra.length > 0) {
            const lower = text.toLowerCase(); // non-ASCII keywords only; lengths can shift for exotic scripts, accepted
            for (const k of this.extra) {
                const kw = this.keywords[k];
                for (let p = lower.indexOf(kw); p !== -1; p = lower.indexOf(kw, p + 1))
                    onHit(k, p);
            }
        }
    }
    /** True when the bytes may contain a keyword (exact for ASCII keywords). No decoding. */
    /** Some keyword is not ASCII: byte scans cannot see it (callers fall back to scanString). */
    get hasNonAscii() {
        return this.extra.length > 0;
    }
    anyInBytes(buf) {
        if (this.extra.length > 0)
            return true;
        const { delta } = this;
        let s = 0;
        for (let i = 0, len = buf.length; i < len; i++) {
            const c = buf[i];
            if (c < ALPHA) {
                s = delta[s + c];
                if (s < 0)
                    return true;
            }
            else
                s = 0;
        }
        return false;
    }
    /** Every occurrence in bytes: onHit(keywordIndex, startByteOffset). */
    scanBytes(buf, onHit) {
        const { delta } = this;
        let s = 0;
        for (let i = 0, len = buf.length; i < len; i++) {
            const c = buf[i];
            if (c < ALPHA) {
                s = delta[s + c];
                if (s < 0) {
                    s &= MASK;
                    this.emit(s, i, onHit);
                }
            }
            else
                s = 0;
        }
    }
    emit(premulState, end, onHit) {
        const st = premulState >> 7;
        for (let j = this.outStart[st], b = this.outStart[st + 1]; j < b; j++) {
            const k = this.outList[j];
            onHit(k, end + 1 - this.keywords[k].length);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/compile.ts

const DEFAULT_WINDOW = 256;
/** Forward bound for multi-line rules (a PEM RSA-4096 private key is ~3.3 KB). */
const DEFAULT_MULTILINE_WINDOW = 16_384;
const cache = new WeakMap();
function compileRules(rules) {
    const hit = cache.get(rules);
    if (hit)
        return hit;
    const compiled = rules.map((rule) => {
        const flags = rule.pattern.flags.replace(/[gyd]/g, '') + 'gd';
        const multiline = rule.multiline === true;
        return {
            rule,
            re: new RegExp(rule.pattern.source, flags),
            window: rule.window ?? (multiline ? DEFAULT_MULTILINE_WINDOW : DEFAULT_WINDOW),
            multiline,
        };
    });
    const kwIndex = new Map();
    const keywordRules = [];
    const everywhere = [];
    compiled.forEach((c, i) => {
        const kws = c.rule.keywords.filter((k) => k.length > 0);
        if (kws.length === 0)
            everywhere.push(i);
        for (const k of kws) {
            const key = k.toLowerCase();
            let idx = kwIndex.get(key);
            if (idx === undefined) {
                idx = kwIndex.size;
                kwIndex.set(key, idx);
                keywordRules.push([]);
            }
            if (!keywordRules[idx].includes(i))
                keywordRules[idx].push(i);
        }
    });
    const maxKw = Math.max(0, ...[...kwIndex.keys()].map((k) => k.length));
    const maxReach = Math.max(DEFAULT_WINDOW, ...compiled.map((c) => c.window)) + maxKw + LINE_SLACK;
    const result = {
        rules: compiled,
        matcher: new KeywordMatcher([...kwIndex.keys()]),
        keywordRules,
        keywordLength: [...kwIndex.keys()].map((k) => k.length),
        keywordReach: keywordRules.map((rs) => Math.max(...rs.map((ri) => compiled[ri].window))),
        keywordNear: keywordRules.map((rs) => (rs.every((ri) => compiled[ri].rule.near) ? rs.map((ri) => compiled[ri].rule.near) : null)),
        everywhere,
        maxReach,
    };
    cache.set(rules, result);
    return result;
}
/**
 * Decoded regions are widened to whole lines by at most this many bytes each way. Regex windows widen by
 * at most LINE_SLACK / 4 characters (and lineText takes that much context), so a region always holds them
 * even when every character takes 4 bytes: the region path then sees exactly what a full decode sees.
 */
const LINE_SLACK = 1024;


/***/ }),

/***/ 4105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ scanText),
  O: () => (/* binding */ scanTextPart)
});

;// CONCATENATED MODULE: ./packages/core/src/secrets/entropy.ts
// Shannon entropy in bits per character; used to gate generic rules so that words and
// repetitive strings are not reported as secrets.
function shannonEntropy(s) {
    if (s.length === 0)
        return 0;
    const counts = new Map();
    for (const ch of s)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    const n = [...s].length;
    for (const c of counts.values()) {
        const p = c / n;
        bits -= p * Math.log2(p);
    }
    return bits;
}

// EXTERNAL MODULE: ./packages/core/src/secrets/scanner/compile.ts + 1 modules
var compile = __webpack_require__(294);
;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/lines.ts
// Offset -> (line, column) through a newline index built once per text, on demand.
class LineIndex {
    starts;
    constructor(text) {
        const starts = [0];
        for (let p = text.indexOf('\n'); p !== -1; p = text.indexOf('\n', p + 1))
            starts.push(p + 1);
        this.starts = starts;
    }
    /** 0-based line number of `offset`. */
    lineOf(offset) {
        const s = this.starts;
        let lo = 0;
        let hi = s.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (s[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    lineStart(line) {
        return this.starts[line];
    }
    /** End of the line's content: before `\n`, and before a `\r` that precedes it. */
    lineEnd(text, line) {
        let end = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : text.length;
        if (end > this.starts[line] && text.charCodeAt(end - 1) === 13)
            end--;
        return end;
    }
    get count() {
        return this.starts.length;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/match.ts



const GROW_BY = 4096;
const MAX_GROW = 4;
const MAX_LINE_TEXT = 1024;
const LINE_CONTEXT = compile/* LINE_SLACK */.G8 / 4;
function scanText(text, path, rules, opts = {}) {
    const cr = 'matcher' in rules ? rules : (0,compile/* compileRules */.nb)(rules);
    let start = 0;
    if (text.charCodeAt(0) === 0xfeff)
        start = 1; // a BOM is not a column
    const body = start ? text.slice(1) : text;
    return scanTextPart(body, path, cr, opts, { ownFrom: 0, ownTo: body.length, line0: 1, col0: 1 });
}
/**
 * `hits` (pairs of keyword index, start offset) may be given when the caller already ran the keyword
 * automaton over bytes whose offsets equal the text's (pure ASCII), so the text is not scanned twice.
 */
function scanTextPart(text, path, cr, opts, part, hits) {
    if (!hits) {
        // Most texts (history: most added-line blocks) have no hit at all: find out before allocating anything.
        const found = [];
        cr.matcher.scanString(text, (k, start) => {
            found.push(k, start);
        });
        hits = found;
    }
    if (hits.length === 0 && cr.everywhere.length === 0)
        return [];
    const windows = new Array(cr.rules.length);
    const kwLens = cr.keywordLength;
    const onHit = (k, start) => {
        for (const ri of cr.keywordRules[k]) {
            const c = cr.rules[ri];
            const end = start + kwLens[k] + c.window;
            // Multi-line rules see the text from the keyword's line on; others a window each side.
            const from = c.multiline ? Math.max(lineStartBounded(text, start), start - c.window) : start - c.window;
            (windows[ri] ??= []).push(Math.max(0, from), Math.min(text.length, end));
        }
    };
    for (let i = 0; i < hits.length; i += 2)
        onHit(hits[i], hits[i + 1]);
    for (const ri of cr.everywhere)
        windows[ri] = [0, text.length];
    const out = [];
    const seen = new Set();
    let lines;
    for (let ri = 0; ri < cr.rules.length; ri++) {
        const w = windows[ri];
        if (!w)
            continue;
        for (const [a, end] of mergeWindows(text, w)) {
            const c = cr.rules[ri];
            let b = end;
            let sub = text.slice(a, b);
            let grown = 0;
            c.re.lastIndex = 0;
            for (let m = c.re.exec(sub); m !== null; m = c.re.exec(sub)) {
                if (m[0].length === 0) {
                    c.re.lastIndex++;
                    continue;
                }
                if (m.index + m[0].length === sub.length) {
                    // The match runs into the window's edge: it may be a cut-off longer token. Widen and match again.
                    if (b < text.length && grown < MAX_GROW) {
                        b = Math.min(text.length, b + GROW_BY);
                        sub = text.slice(a, b);
                        c.re.lastIndex = m.index;
                        grown++;
                        continue;
                    }
                    if (b === text.length && part.openEnd)
                        part.truncated = true;
                }
                let secret = m[0];
                let offset = a + m.index;
                if (m.groups && 'secret' in m.groups) {
                    const g = m.indices?.groups?.secret;
                    if (m.groups.secret === undefined || !g)
                        continue; // the secret group did not take part
                    secret = m.groups.secret;
                    offset = a + g[0];
                }
                if (secret.length === 0 || offset < part.ownFrom || offset >= part.ownTo)
                    continue;
                const key = `${ri}:${offset}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                lines ??= new LineIndex(text);
                const found = judge(c, secret, offset, text, lines, part, path, opts);
                if (found)
                    out.push(found);
            }
        }
    }
    out.sort((x, y) => x.offset - y.offset || (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0));
    return out.map(({ offset: _o, ...m }) => m);
}
/** Apply the rule's filters and locate the secret; undefined when a filter drops it. */
function judge(c, secret, offset, text, lines, part, path, opts) {
    const rule = c.rule;
    if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy)
        return undefined;
    let confidence = rule.confidence ?? 0.8;
    if (rule.validate) {
        if (!rule.validate(secret))
            return undefined;
        confidence = 1;
    }
    const li = lines.lineOf(offset);
    const ls = lines.lineStart(li);
    const le = lines.lineEnd(text, li);
    // The line, clipped to LINE_CONTEXT characters each side of the secret and to MAX_LINE_TEXT: the same
    // text whether the whole file or only a region around the hit was decoded.
    const endOffset = offset + secret.length;
    const from = Math.max(ls, offset - LINE_CONTEXT);
    const lineText = text.slice(from, Math.min(le, endOffset + LINE_CONTEXT, from + MAX_LINE_TEXT));
    if (rule.reject?.(secret, lineText))
        return undefined;
    if (opts.isFalsePositive?.(rule, secret, lineText, path))
        return undefined;
    const endLi = lines.lineOf(endOffset - 1);
    const col = (l, o) => (l === 0 ? part.col0 + o : o - lines.lineStart(l) + 1);
    return {
        ruleId: rule.id,
        secret,
        line: part.line0 + li,
        column: col(li, offset),
        endLine: part.line0 + endLi,
        endColumn: col(endLi, endOffset),
        lineText,
        confidence,
        offset,
    };
}
/** Widen each window to whole lines (bounded), then merge overlapping ones. `w` holds [from, to] pairs. */
function mergeWindows(text, w) {
    const pairs = [];
    for (let i = 0; i < w.length; i += 2)
        pairs.push([lineStartBounded(text, w[i]), lineEndBounded(text, w[i + 1])]);
    pairs.sort((x, y) => x[0] - y[0]);
    const merged = [];
    for (const p of pairs) {
        const last = merged[merged.length - 1];
        if (last && p[0] <= last[1])
            last[1] = Math.max(last[1], p[1]);
        else
            merged.push(p);
    }
    return merged;
}
const WIDEN = compile/* LINE_SLACK */.G8 / 4;
function lineStartBounded(text, p) {
    const stop = Math.max(0, p - WIDEN);
    for (let i = p; i > stop; i--)
        if (text.charCodeAt(i - 1) === 10)
            return i;
    return stop;
}
function lineEndBounded(text, p) {
    const stop = Math.min(text.length, p + WIDEN);
    for (let i = p; i < stop; i++)
        if (text.charCodeAt(i) === 10)
            return i;
    return stop;
}


/***/ }),

/***/ 9676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadRuleSet)
/* harmony export */ });
/* harmony import */ var _suppress_custom_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1354);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5822);
/* harmony import */ var _filters_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3680);
var __rewriteRelativeImportExtension = (undefined && undefined.__rewriteRelativeImportExtension) || function (path, preserveJsx) {
    if (typeof path === "string" && /^\.\.?\//.test(path)) {
        return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function (m, tsx, d, ext, cm) {
            return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : (d + ext + "." + cm.toLowerCase() + "js");
        });
    }
    return path;
};



async function loadRuleSet(spec) {
    const rules = [];
    if (spec.builtin !== false)
        rules.push(..._rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILTIN_RULES */ .Yb);
    if (spec.module) {
        const mod = (await __webpack_require__(6004)(__rewriteRelativeImportExtension(spec.module)));
        const list = mod[spec.exportName ?? 'rules'];
        if (!Array.isArray(list))
            throw new Error(`rule module ${spec.module} has no array export ${spec.exportName ?? 'rules'}`);
        rules.push(...list);
    }
    // Validated and compiled by the same code that reports config errors (secret-scan.rules[i].x).
    rules.push(...(0,_suppress_custom_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .compileCustomRules */ .s)(spec.custom, { reservedIds: rules.map((r) => r.id) }));
    const isFalsePositive = spec.filters === false ? undefined : _filters_js__WEBPACK_IMPORTED_MODULE_2__/* .isFalsePositive */ .NF;
    return { rules, isFalsePositive };
}


/***/ }),

/***/ 2650:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WORKER_MARK: () => (/* reexport safe */ _worker_entry_js__WEBPACK_IMPORTED_MODULE_4__.xE),
/* harmony export */   isSecretScanWorker: () => (/* reexport safe */ _worker_entry_js__WEBPACK_IMPORTED_MODULE_4__.AY),
/* harmony export */   runSecretScanWorker: () => (/* binding */ runSecretScanWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _compile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(294);
/* harmony import */ var _buffer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4454);
/* harmony import */ var _ruleset_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9676);
/* harmony import */ var _worker_entry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4683);
// The worker-thread side of the file-scan pool. How a thread gets here:
// - from TypeScript sources (tests, benches, `node file.ts`): the pool starts `worker-main.ts`;
// - from an ncc bundle (the action and CLI ship as one ESM file): the pool starts the bundle file itself.
//   This module is in that bundle, and in such a thread its top-level code (at the end of this file)
//   starts the job loop and then never finishes evaluating, so the modules that import it, up to the
//   bundle's entry and its run(), are never evaluated in the worker. An entry may also dispatch
//   explicitly (`if (isSecretScanWorker()) runSecretScanWorker(); else await run();`); it is harmless.






/** Serve scan jobs until the pool terminates the thread. */
let started = false;
function runSecretScanWorker() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (!port)
        throw new Error('runSecretScanWorker must run in a worker thread');
    if (started)
        return;
    started = true;
    const init = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    const ready = (0,_ruleset_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRuleSet */ .Z)(init.spec).then(({ rules, isFalsePositive }) => ({ cr: (0,_compile_js__WEBPACK_IMPORTED_MODULE_1__/* .compileRules */ .nb)(rules), isFalsePositive }));
    port.on('message', (job) => {
        ready.then(({ cr, isFalsePositive }) => {
            // Only files with matches or skipped travel back: cloning 64 mostly empty results per job cost
            // as much as a tenth of a thread's time.
            const results = [];
            let scanned = 0;
            let bytes = 0;
            for (const f of job.files) {
                const r = (0,_buffer_js__WEBPACK_IMPORTED_MODULE_2__/* .scanFile */ .WN)(f.absPath, f.path, cr, { isFalsePositive, binary: init.binary, chunkBytes: init.chunkBytes });
                bytes += r.bytes;
                if (!r.skipped)
                    scanned++;
                if (r.skipped || r.matches.length > 0)
                    results.push({ path: f.path, ...r });
            }
            port.postMessage({ id: job.id, scanned, bytes, results });
        }, (e) => {
            throw e; // surfaces as the Worker's 'error' event in the pool
        });
    });
}
if ((0,_worker_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .isSecretScanWorker */ .AY)()) {
    runSecretScanWorker();
    // Never settles: the rest of the module graph (a bundle's entry) must not run in this thread.
    // parentPort keeps the thread alive until the pool terminates it.
    await new Promise(() => { });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ compileCustomRules)
/* harmony export */ });
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3773);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _redos_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5698);



const ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const FIELDS = ['id', 'description', 'regex', 'keywords', 'severity', 'entropy'];
/**
 * Validates and compiles custom rules. Every problem is a ConfigError naming the exact key
 * (`secret-scan.rules[2].regex`). A regex may start with `(?i)` (as in gitleaks configs) for
 * case-insensitive matching; it must not match the empty string and must pass the backtracking probe.
 */
function compileCustomRules(configs, opts = {}) {
    const key = opts.key ?? 'secret-scan.rules';
    if (configs === undefined || configs === null)
        return [];
    if (!Array.isArray(configs))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL({ input: key, problem: 'must be a list of rules', fix: 'write each rule as a list item (`- id: ...`)' });
    const reserved = new Set(opts.reservedIds ?? []);
    const seen = new Set();
    return configs.map((raw, i) => {
        const at = `${key}[${i}]`;
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL({ input: at, problem: 'must be a mapping', fix: 'give the rule id, regex and keywords' });
        }
        const c = raw;
        for (const k of Object.keys(c)) {
            if (!FIELDS.includes(k))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL({ input: `${at}.${k}`, problem: 'is not a rule field', fix: `use ${FIELDS.join(', ')}` });
        }
        const id = c.id;
        if (typeof id !== 'string' || !ID.test(id)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL({ input: `${at}.id`, problem: 'must be a lower-case id of letters, digits, ".", "_" or "-" (at most 64)', fix: 'e.g. `id: acme-api-key`' });
        }
        if (reserved.has(id) || seen.has(id)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL({ input: `${at}.id`, problem: `"${id}" is already ${reserved.has(id) ? 'a built-in rule' : 'used by another custom rule'}`, fix: 'choose a different id' });
        }
        seen.add(id);
        const description = optionalString(c.description, `${at}.description`) ?? `Custom rule ${id}`;
        const severity = parseSeverity(c.severity, `${at}.severity`);
        const keywords = parseKeywords(c.keywords, `${at}.keywords`);
        const minEntropy = parseEntropy(c.entropy, `${at}.entropy`);
        const pattern = parseRegex(c.regex, `${at}.regex`, keywords, opts.probeTimeoutMs);
        const rule = {
            id,
            name: pascal(id),
            severity,
            description,
            remediation: `Remove the value matched by the custom rule \`${id}\` and rotate it if it is a real credential; load it from a secret store at run time instead.`,
            keywords,
            pattern,
            family: 'custom',
            confidence: 0.8,
            tags: ['security', 'secret', 'custom'],
        };
        if (minEntropy !== undefined)
            rule.minEntropy = minEntropy;
        return rule;
    });
}
function parseRegex(v, key, keywords, timeoutMs) {
    if (typeof v !== 'string' || v === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL({ input: key, problem: 'is required', fix: 'give a JavaScript regular expression as a string' });
    let source = v;
    let flags = '';
    if (source.startsWith('(?i)')) {
        source = source.slice(4);
        flags = 'i';
    }
    let re;
    try {
        re = new RegExp(source, flags);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL({ input: key, problem: `is not a valid JavaScript regular expression: ${err.message}`, fix: 'fix the syntax (JavaScript flavour; `(?i)` is only allowed at the start)' });
    }
    if (re.test(''))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL({ input: key, problem: 'matches the empty string', fix: 'require at least one character (use `+` or `{n,}` instead of `*`)' });
    if (!(0,_redos_js__WEBPACK_IMPORTED_MODULE_1__/* .probeBacktracking */ .F)(source, flags, keywords, timeoutMs).ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL({
            input: key,
            problem: 'backtracks catastrophically (a 20 KB probe string did not finish in time)',
            fix: 'avoid nested or overlapping quantifiers such as `(a+)+` or `(\\w|\\d)*`; bound repeats with `{n,m}`',
        });
    }
    return re;
}
function parseKeywords(v, key) {
    if (!Array.isArray(v) || v.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL({ input: key, problem: 'is required: at least one literal the secret (or its context) always contains', fix: 'e.g. `keywords: [acme_]`; the regex only runs near a keyword' });
    }
    return [
        ...new Set(v.map((k, i) => {
            if (typeof k !== 'string' || k.trim() === '')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL({ input: `${key}[${i}]`, problem: 'must be a non-empty string', fix: 'remove the empty keyword' });
            return k.trim().toLowerCase();
        })),
    ];
}
function parseSeverity(v, key) {
    if (v === undefined)
        return 'high';
    if (typeof v === 'string' && _report_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .o.includes(v))
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL({ input: key, problem: `must be one of ${_report_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .o.join(', ')}`, fix: 'e.g. `severity: high`' });
}
function parseEntropy(v, key) {
    if (v === undefined)
        return undefined;
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 8)
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL({ input: key, problem: 'must be a number of bits per character between 0 and 8', fix: 'e.g. `entropy: 3.5` (random base64 is about 6)' });
}
function optionalString(v, key) {
    if (v === undefined)
        return undefined;
    if (typeof v === 'string')
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL({ input: key, problem: 'must be a string', fix: 'quote the value' });
}
function pascal(id) {
    return id
        .split(/[-._]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}


/***/ }),

/***/ 5698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ probeBacktracking)
/* harmony export */ });
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_0__);
// A quick probe for catastrophic backtracking in user-supplied regexes: run the pattern, anchored
// at the start, against 20 KB adversarial strings inside a vm with a time limit (V8 interrupts a
// running regex on timeout). It catches exponential and high-polynomial patterns such as
// `(a+)+$` or `(\w|\d)*x`; it is a probe, not a proof, and a merely quadratic pattern (fine in
// the scanner's keyword windows) may pass.

const LENGTH = 20 * 1024;
const FILLERS = ['a', 'A', '0', '1', 'f', ' ', '\t', '-', '_', '.', '=', '/', '+', 'aA0', 'a ', 'a-', 'a_', '0.', 'a\n'];
const JOINERS = ['', '=', ': ', ' = "', '="', "='", '_', '-', ':'];
function probeBacktracking(source, flags, keywords, timeoutMs = 500) {
    const prefixes = ['', ...keywords.flatMap((k) => JOINERS.map((j) => k + j))];
    // The pattern's own literal characters are the likeliest to feed its quantifiers.
    const literals = [...new Set(source.replace(/\\./g, '').match(/[A-Za-z0-9]/g) ?? [])].slice(0, 24);
    const fillers = [...new Set([...FILLERS, ...literals])];
    const t = performance.now();
    try {
        node_vm__WEBPACK_IMPORTED_MODULE_0___default().runInNewContext(`const re = new RegExp(src, flags.replace(/[gy]/g, '') + 'y');
       for (const p of prefixes) for (const f of fillers) {
         const s = p + f.repeat(Math.ceil(len / f.length)) + '\\u0000!';
         re.lastIndex = 0; re.test(s);
       }`, { src: source, flags, prefixes, fillers, len: LENGTH }, { timeout: timeoutMs });
        return { ok: true, ms: performance.now() - t };
    }
    catch {
        return { ok: false, ms: performance.now() - t };
    }
}


/***/ }),

/***/ 6004:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 6004;
module.exports = webpackEmptyAsyncContext;

/***/ })

};
