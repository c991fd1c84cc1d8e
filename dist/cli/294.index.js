export const id = 294;
export const ids = [294];
export const modules = {

/***/ 8294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/fs/atomic.ts
var atomic = __webpack_require__(4444);
// EXTERNAL MODULE: ./packages/core/src/report/json.ts
var json = __webpack_require__(3092);
// EXTERNAL MODULE: ./packages/core/src/storage/decl.ts
var decl = __webpack_require__(6411);
// EXTERNAL MODULE: ./packages/core/src/digest/sha256.ts
var sha256 = __webpack_require__(1427);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/options/duration.ts
var duration = __webpack_require__(2510);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./packages/core/src/storage/crypto.ts
// Encryption at rest: AES-256-GCM per file with a random 96-bit nonce. A stored object is
//   "BHE1" | nonce (12) | ciphertext | tag (16)
// with the file's relative path as additional data, so objects cannot be swapped between paths unnoticed.
// Keys are 32 bytes (base64 or hex). Separate subkeys (HMAC-SHA256 of the key with a label) encrypt files,
// authenticate the manifest and name the key (key id: 16 hex, safe to print and to store).



const MAGIC = Buffer.from('BHE1');
const NONCE = 12;
const TAG = 16;
const SEAL_OVERHEAD = MAGIC.length + NONCE + TAG;
const label = (key, what) => (0,external_node_crypto_.createHmac)('sha256', key).update(`bulkhead double-write ${what}`).digest();
/** A 32-byte key from its base64 or hex form; the error never shows the value. */
function parseKey(raw, input) {
    const t = raw.trim();
    const bytes = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : /^[A-Za-z0-9+/_-]{43}=?$/.test(t) ? Buffer.from(t, 'base64') : undefined;
    if (!bytes || bytes.length !== 32) {
        throw new errors/* InputError */.dz({ input, problem: `is not a 32-byte key (${t.length} characters given)`, fix: 'use 32 random bytes as base64 (44 characters, e.g. `openssl rand -base64 32`) or hex (64 characters)' });
    }
    return { id: label(bytes, 'key id').subarray(0, 8).toString('hex'), fileKey: label(bytes, 'files'), macKey: label(bytes, 'manifest') };
}
/** The stored bytes of one file, produced chunk by chunk: header, then update() per chunk, then final(). */
class Sealer {
    #cipher;
    header;
    constructor(key, path, nonce = (0,external_node_crypto_.randomBytes)(NONCE)) {
        this.#cipher = (0,external_node_crypto_.createCipheriv)('aes-256-gcm', key.fileKey, nonce);
        this.#cipher.setAAD(Buffer.from(path, 'utf8'));
        this.header = Buffer.concat([MAGIC, nonce]);
    }
    get nonce() {
        return this.header.subarray(MAGIC.length);
    }
    update(chunk) {
        return this.#cipher.update(chunk);
    }
    /** The last ciphertext bytes and the tag. */
    final() {
        return Buffer.concat([this.#cipher.final(), this.#cipher.getAuthTag()]);
    }
}
/** Stored bytes in, plaintext out; fails at the end (before the last bytes are released) when the tag does not verify. */
class Opener extends external_node_stream_.Transform {
    #head = Buffer.alloc(0);
    #decipher;
    #tail = Buffer.alloc(0);
    #key;
    #path;
    constructor(key, path) {
        super();
        this.#key = key;
        this.#path = path;
    }
    _transform(chunk, _enc, done) {
        try {
            if (!this.#decipher) {
                this.#head = Buffer.concat([this.#head, chunk]);
                if (this.#head.length < MAGIC.length + NONCE)
                    return done();
                if (!this.#head.subarray(0, MAGIC.length).equals(MAGIC))
                    throw this.#bad('is not an encrypted Bulkhead object');
                this.#decipher = (0,external_node_crypto_.createDecipheriv)('aes-256-gcm', this.#key.fileKey, this.#head.subarray(MAGIC.length, MAGIC.length + NONCE));
                this.#decipher.setAAD(Buffer.from(this.#path, 'utf8'));
                chunk = this.#head.subarray(MAGIC.length + NONCE);
            }
            // Keep the last TAG bytes back: they are the tag once the stream ends.
            const all = this.#tail.length ? Buffer.concat([this.#tail, chunk]) : chunk;
            const cut = Math.max(0, all.length - TAG);
            this.#tail = Buffer.from(all.subarray(cut));
            done(null, cut > 0 ? this.#decipher.update(all.subarray(0, cut)) : undefined);
        }
        catch (e) {
            done(e);
        }
    }
    _flush(done) {
        try {
            if (!this.#decipher || this.#tail.length < TAG)
                throw this.#bad('is truncated');
            this.#decipher.setAuthTag(this.#tail);
            done(null, this.#decipher.final());
        }
        catch (e) {
            done(e instanceof errors/* ResourceError */.BS ? e : this.#bad('does not decrypt: it was altered, or encrypted with another key under the same key id'));
        }
    }
    #bad(problem) {
        return new errors/* ResourceError */.BS({ problem: `${this.#path} ${problem}`, fix: 'restore from another copy' });
    }
}
/** HMAC-SHA256 (hex) of a manifest's canonical JSON. */
function manifestMac(key, text) {
    return (0,external_node_crypto_.createHmac)('sha256', key.macKey).update(text, 'utf8').digest('hex');
}

;// CONCATENATED MODULE: ./packages/core/src/storage/keys.ts
// The keyring of a run: the active encryption key, earlier keys for restoring after a rotation, and the age check.



const DAY = 86_400_000;
const maxAge = (ms) => (ms % DAY === 0 ? `${ms / DAY} days` : (0,duration/* formatDuration */.a3)(ms));
function keyring(o, now) {
    const active = o['encryption-key'] ? parseKey(o['encryption-key'], 'encryption-key') : undefined;
    const previous = (o['previous-keys'] ?? []).map((k) => parseKey(k, 'previous-keys'));
    const warnings = [];
    if (o['key-created']) {
        const created = Date.parse(o['key-created']);
        if (Number.isNaN(created))
            throw new errors/* InputError */.dz({ input: 'key-created', problem: `${o['key-created']} is not a date`, fix: 'write the date the key was made as YYYY-MM-DD or ISO 8601' });
        const age = now.getTime() - created;
        if (active && age > o['key-max-age']) {
            warnings.push(`encryption-key (id ${active.id}) is ${Math.floor(age / DAY)} days old, past key-max-age (${maxAge(o['key-max-age'])}): make a new key, move this one to previous-keys, and update key-created`);
        }
    }
    return { active, all: active ? [active, ...previous] : previous, warnings };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./packages/core/src/storage/file-store.ts
// file:///path: objects are files under the directory, keeping their relative paths. A put is fsynced before it
// returns, and promote is a rename in the same filesystem, so a committed file is whole and durable.





class FileStore {
    url;
    root;
    constructor(root) {
        this.root = root;
        this.url = `file://${root}`;
    }
    #path(key) {
        return (0,external_node_path_.join)(this.root, ...key.split('/'));
    }
    async put(key, body, _bytes) {
        const file = this.#path(key);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
        const fh = await (0,promises_.open)(file, 'w', 0o644);
        try {
            // flush: the stream fsyncs before it closes the file, so a put that returned is on disk.
            await (0,external_node_stream_promises_.pipeline)(body, fh.createWriteStream({ highWaterMark: 1 << 20, flush: true }));
        }
        catch (e) {
            await fh.close().catch(() => { });
            await (0,promises_.unlink)(file).catch(() => { });
            throw e;
        }
    }
    async writer(key, _bytes) {
        const file = this.#path(key);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
        const fh = await (0,promises_.open)(file, 'w', 0o644);
        const drop = async () => {
            await fh.close().catch(() => { });
            await (0,promises_.unlink)(file).catch(() => { });
        };
        return {
            write: async (chunk) => {
                for (let off = 0; off < chunk.length;)
                    off += (await fh.write(chunk, off, chunk.length - off)).bytesWritten;
            },
            end: async () => {
                try {
                    await fh.sync();
                    await fh.close();
                }
                catch (e) {
                    await drop();
                    throw e;
                }
            },
            abort: drop,
        };
    }
    async hash(key) {
        const file = this.#path(key);
        try {
            await (0,promises_.access)(file);
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return undefined;
            throw e;
        }
        return (0,sha256/* sha256File */.Q3)(file);
    }
    async get(key) {
        let fh;
        try {
            fh = await (0,promises_.open)(this.#path(key), 'r');
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return undefined;
            throw e;
        }
        return (0,external_node_fs_.createReadStream)('', { fd: fh, highWaterMark: 1 << 20 });
    }
    async promote(from, to) {
        const target = this.#path(to);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,promises_.rename)(this.#path(from), target);
        // The rename is durable once the directory is synced.
        const dir = await (0,promises_.open)((0,external_node_path_.dirname)(target), 'r').catch(() => undefined);
        if (dir)
            await dir.sync().catch(() => { }).finally(() => dir.close());
    }
    async delete(key) {
        await (0,promises_.unlink)(this.#path(key)).catch((e) => {
            if (e.code !== 'ENOENT')
                throw e;
        });
    }
    async deletePrefix(prefix) {
        await (0,promises_.rm)(this.#path(prefix), { recursive: true, force: true });
    }
    async list(prefix) {
        const dir = this.#path(prefix);
        let names;
        try {
            names = (await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => (0,external_node_path_.join)(d.parentPath, d.name));
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw e;
        }
        return names.map((abs) => (0,external_node_path_.relative)(this.root, abs).split(external_node_path_.sep).join('/')).sort();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/storage/open-store.ts
// Store URLs to stores. file:// is built in; s3:// and azblob:// load their SDKs only when used (so the CLI
// and other actions do not carry them at start-up); artifact:// and cache:// come from the runner.




const BUILT_IN = {
    'file:': async (url) => new FileStore((0,external_node_path_.resolve)((0,external_node_url_.fileURLToPath)(url))),
    's3:': async (url, settings) => (await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(793)]).then(__webpack_require__.bind(__webpack_require__, 8793))).openS3Store(url, settings),
    'azblob:': async (url, settings) => (await Promise.all(/* import() */[__webpack_require__.e(130), __webpack_require__.e(51)]).then(__webpack_require__.bind(__webpack_require__, 2051))).openAzblobStore(url, settings),
};
const SCHEMES = 'file:///path, s3://bucket/prefix, azblob://account/container/prefix, artifact://name or cache://key';
/** Parses a store URL given in `input`; the message never echoes a query string (it might hold a token). */
function parseStoreUrl(raw, input) {
    const shown = raw.split('?')[0];
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        throw new errors/* InputError */.dz({ input, problem: `${shown} is not a URL`, fix: `write a store URL: ${SCHEMES}` });
    }
    if (url.username || url.password)
        throw new errors/* InputError */.dz({ input, problem: 'has credentials in the URL', fix: 'remove them from the URL and pass them as inputs (they are masked there)' });
    if (url.search)
        throw new errors/* InputError */.dz({ input, problem: 'has a query string', fix: 'remove it; endpoints and credentials are separate inputs' });
    if (url.protocol === 'file:' && (url.host !== '' || url.pathname === '/' || url.pathname === '')) {
        throw new errors/* InputError */.dz({ input, problem: `${shown} is not a file:///absolute/path URL`, fix: 'write file:// followed by an absolute directory path, e.g. file:///mnt/backup/build' });
    }
    if (url.protocol !== 'file:' && url.hostname === '')
        throw new errors/* InputError */.dz({ input, problem: `${shown} names no ${url.protocol === 's3:' ? 'bucket' : url.protocol === 'azblob:' ? 'account' : 'name'}`, fix: `write a store URL: ${SCHEMES}` });
    return url;
}
/** The same store, whatever the spelling (a trailing slash, `..` in a path). */
function storeIdentity(url) {
    if (url.protocol === 'file:')
        return `file://${(0,external_node_path_.resolve)((0,external_node_url_.fileURLToPath)(url))}`;
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}
async function openStore(url, input, settings, extra = {}) {
    const factory = extra[url.protocol] ?? BUILT_IN[url.protocol];
    if (!factory) {
        const known = [...new Set([...Object.keys(BUILT_IN), ...Object.keys(extra)])].join(', ');
        const onRunner = url.protocol === 'artifact:' || url.protocol === 'cache:';
        throw new errors/* InputError */.dz({
            input,
            problem: `${url.protocol}// stores are not available here${onRunner ? ' (they need the GitHub Actions runner)' : ''}; available: ${known}`,
            fix: onRunner ? 'use the double-write action in a workflow, or a file://, s3:// or azblob:// store' : `write a store URL: ${SCHEMES}`,
        });
    }
    return factory(url, settings);
}

// EXTERNAL MODULE: ./packages/core/src/digest/manifest.ts
var digest_manifest = __webpack_require__(869);
// EXTERNAL MODULE: ./packages/core/src/report/stable-json.ts
var stable_json = __webpack_require__(9620);
;// CONCATENATED MODULE: ./packages/core/src/storage/store.ts
/** The reserved prefix under a store's root: the manifest, staging and quarantine live here. */
const META_DIR = '.bulkhead';
const MANIFEST_KEY = `${META_DIR}/manifest.json`;
const stagingPrefix = (tx) => `${META_DIR}/staging/${tx}/`;
const quarantinePrefix = (tx) => `${META_DIR}/quarantine/${tx}/`;

;// CONCATENATED MODULE: ./packages/core/src/storage/manifest-object.ts
// The manifest object each store holds at .bulkhead/manifest.json, written last: it is what makes a copy
// complete. Its file list and digest are the canonical manifest (core/digest); it adds the stored form of each
// file when encrypted, the key id, and an HMAC over the whole object so it cannot be edited unnoticed.






const MANIFEST_FORMAT = 'bulkhead.double-write/1';
function manifestObject(manifest, stored, key) {
    const files = manifest.files.map((f) => {
        const s = stored?.get(f.path);
        return s ? { path: f.path, sha256: f.sha256, bytes: f.bytes, stored: s } : { path: f.path, sha256: f.sha256, bytes: f.bytes };
    });
    const obj = { format: MANIFEST_FORMAT, digest: manifest.sha256, bytes: manifest.bytes, files };
    if (key) {
        obj.encryption = { algorithm: 'AES-256-GCM', keyId: key.id };
        obj.mac = manifestMac(key, (0,stable_json/* stableStringify */.J)(obj));
    }
    return obj;
}
function serializeManifestObject(obj) {
    return (0,stable_json/* stableStringify */.J)(obj);
}
/** A path a restore may write: relative, no `..`, no empty parts, not in the reserved directory. */
function safeRelativePath(path) {
    if (path === '' || path.startsWith('/') || path.includes('\0') || path.includes('\\'))
        return false;
    const parts = path.split('/');
    return parts[0] !== META_DIR && parts.every((p) => p !== '' && p !== '.' && p !== '..');
}
const isHex64 = (v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
const isSize = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/**
 * Parses and checks a stored manifest: shape, safe paths, the digest recomputed from the file list, the key id
 * among `keys` and the HMAC. Throws ResourceError naming `where` and the problem.
 */
function verifyManifestObject(text, where, keys) {
    const bad = (problem, fix = 'restore from another copy, or write it again') => new errors/* ResourceError */.BS({ problem: `${where}: manifest ${problem}`, fix });
    let o;
    try {
        o = JSON.parse(text);
    }
    catch {
        throw bad('is not valid JSON');
    }
    if (o === null || typeof o !== 'object' || o.format !== MANIFEST_FORMAT || !Array.isArray(o.files) || !isHex64(o.digest))
        throw bad(`is not a ${MANIFEST_FORMAT} manifest`);
    for (const f of o.files) {
        if (!f || typeof f.path !== 'string' || !safeRelativePath(f.path))
            throw bad(`names an unsafe path ${JSON.stringify(String(f?.path)).slice(0, 200)}`);
        if (!isHex64(f.sha256) || !isSize(f.bytes))
            throw bad(`has a bad entry for ${f.path}`);
        if (f.stored && (!isHex64(f.stored.sha256) || !isSize(f.stored.bytes)))
            throw bad(`has a bad stored entry for ${f.path}`);
    }
    let manifest;
    try {
        manifest = (0,digest_manifest/* buildManifest */.u1)(o.files.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes })));
    }
    catch {
        throw bad('lists a path twice');
    }
    if (manifest.sha256 !== o.digest)
        throw bad(`digest ${o.digest} does not match its file list (${manifest.sha256}): it was altered`);
    if (!o.encryption) {
        if (o.files.some((f) => f.stored))
            throw bad('has stored entries but no encryption');
        return { object: o, manifest };
    }
    const key = keys.find((k) => k.id === o.encryption?.keyId);
    if (!key) {
        throw new errors/* ResourceError */.BS({
            input: 'encryption-key',
            problem: `${where} was encrypted with key id ${String(o.encryption.keyId).slice(0, 32)}, and ${keys.length === 0 ? 'no key was given' : `the keys given have ids ${keys.map((k) => k.id).join(', ')}`}`,
            fix: 'set encryption-key to the key that wrote it, or add that key to previous-keys',
        });
    }
    const { mac, ...rest } = o;
    const want = manifestMac(key, (0,stable_json/* stableStringify */.J)(rest));
    if (typeof mac !== 'string' || mac.length !== want.length || !(0,external_node_crypto_.timingSafeEqual)(Buffer.from(mac), Buffer.from(want))) {
        throw bad('fails authentication with its key: it was altered after writing');
    }
    if (o.files.some((f) => !f.stored))
        throw bad('lacks stored entries for encrypted files');
    return { object: o, manifest, key };
}

;// CONCATENATED MODULE: ./packages/core/src/storage/outcome.ts
/** Keeps at most this many problems per store (the count of the rest is still known). */
const MAX_PROBLEMS = 100;
class StoreState {
    outcome;
    live = true;
    mismatch = false;
    dropped = 0;
    target;
    constructor(target) {
        this.target = target;
        this.outcome = { role: target.role, url: target.store.url, status: 'failed', problems: [] };
    }
    get store() {
        return this.target.store;
    }
    fail(problem) {
        this.live = false;
        if (this.outcome.problems.length < MAX_PROBLEMS)
            this.outcome.problems.push(problem);
        else
            this.dropped++;
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./packages/core/src/redact/redact.ts
var redact = __webpack_require__(8082);
;// CONCATENATED MODULE: ./packages/core/src/storage/retry.ts
// Retries with backoff for transient store errors (connection refused/reset, timeouts, 5xx, 429), and the one
// wording of a store failure: which store, what it was doing, why — with credentials and URL queries removed.


const DEFAULT_RETRY = { attempts: 4, baseMs: 250 };
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);
function statusOf(e) {
    const o = e;
    return o?.$metadata?.httpStatusCode ?? o?.statusCode ?? o?.status;
}
/** Network trouble or a server saying "later": worth another try. */
function isTransient(e) {
    const code = e?.code ?? e?.cause?.code;
    if (code && TRANSIENT_CODES.has(code))
        return true;
    const s = statusOf(e);
    return s !== undefined && (s >= 500 || s === 429 || s === 408);
}
async function withRetry(op, policy = DEFAULT_RETRY) {
    for (let attempt = 1;; attempt++) {
        try {
            return await op();
        }
        catch (e) {
            if (attempt >= policy.attempts || !isTransient(e))
                throw e;
            const wait = policy.baseMs * 2 ** (attempt - 1);
            await (0,external_node_timers_promises_.setTimeout)(wait / 2 + Math.random() * wait);
        }
    }
}
/** A short, safe reason for an error: its code or status and first line, URL queries (SAS tokens) and secrets removed. */
function describeCause(e, secrets = []) {
    const o = e;
    const status = statusOf(e);
    const first = String(o?.message ?? e).split('\n')[0].slice(0, 300);
    const noQuery = first.replace(/(https?:\/\/[^\s?#'"]+)\?[^\s'"]*/g, '$1?…');
    const parts = [o?.code, status !== undefined ? `HTTP ${status}` : undefined, noQuery].filter((p) => !!p && p !== 'undefined');
    return (0,redact/* scrub */._I)([...new Set(parts)].join(': '), secrets);
}

;// CONCATENATED MODULE: ./packages/core/src/storage/readback.ts
// Reading a stored object back and hashing it, with retries for transient errors.


async function hashStream(stream) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of stream) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { sha256: hash.digest('hex'), bytes };
}
/** Digest of the object at `key` as the store serves it now, or undefined when it has none. */
function hashObject(store, key, retry) {
    return withRetry(async () => {
        if (store.hash)
            return store.hash(key);
        const s = await store.get(key);
        return s ? hashStream(s) : undefined;
    }, retry);
}
async function readText(store, key, retry, limit = 256 << 20) {
    return withRetry(async () => {
        const s = await store.get(key);
        if (!s)
            return undefined;
        const parts = [];
        let n = 0;
        for await (const chunk of s) {
            n += chunk.length;
            if (n > limit) {
                s.destroy();
                throw new Error(`${key} is larger than ${limit} bytes`);
            }
            parts.push(chunk);
        }
        return Buffer.concat(parts).toString('utf8');
    }, retry);
}
/** Runs `fn` over items with at most `n` in flight, in order of start. */
async function mapPool(items, n, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/storage/restore.ts
// Restore: take the primary's copy if its manifest verifies (digest recomputed, key id and HMAC when encrypted,
// the expected digest when given) and every file hashes to its manifest entry; otherwise the secondary's, then
// the replicas'. Files land in a staging directory first and move into place only when the whole copy verified,
// so a bad copy never leaves files in the destination.













async function restoreCopy(input) {
    const states = input.targets.map((t) => new StoreState(t));
    const why = (e) => describeCause(e, input.secrets);
    let keyError;
    for (const s of states) {
        let text;
        try {
            text = await readText(s.store, MANIFEST_KEY, input.retry);
        }
        catch (e) {
            s.fail({ file: MANIFEST_KEY, message: `cannot read the manifest: ${why(e)}` });
            continue;
        }
        if (text === undefined) {
            s.fail({ file: MANIFEST_KEY, message: 'holds no complete copy (no manifest)' });
            continue;
        }
        let verified;
        try {
            verified = verifyManifestObject(text, s.store.url, input.keys);
        }
        catch (e) {
            if (!(e instanceof errors/* BulkheadError */.xR))
                throw e;
            if (e.input === 'encryption-key')
                keyError ??= e;
            s.fail({ file: MANIFEST_KEY, message: e.problem });
            continue;
        }
        if (input.digest && verified.manifest.sha256 !== input.digest) {
            s.fail({ file: MANIFEST_KEY, expected: input.digest, actual: verified.manifest.sha256, message: `manifest digest is ${verified.manifest.sha256}, not the expected ${input.digest}` });
            continue;
        }
        if (await fetchAll(s, verified.object.files, verified.key, input, why)) {
            s.outcome.status = 'served';
            for (const later of states.slice(states.indexOf(s) + 1))
                later.outcome.status = 'unused';
            return { servedFrom: s.target.role, manifest: verified.manifest, object: verified.object, stores: states.map((x) => x.outcome) };
        }
    }
    // Nothing served: a key that opens no copy is the user's to fix, so it is the error shown.
    if (keyError)
        throw keyError;
    return { stores: states.map((x) => x.outcome) };
}
async function fetchAll(s, files, key, input, why) {
    const staging = (0,external_node_path_.join)(input.dest, `.bulkhead-restore-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    try {
        await mapPool(files, input.concurrency ?? 4, async (f) => {
            if (!s.live)
                return;
            const tmp = (0,external_node_path_.join)(staging, ...f.path.split('/'));
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(tmp), { recursive: true });
            try {
                await withRetry(async () => {
                    const body = await s.store.get(f.path);
                    if (!body)
                        throw Object.assign(new Error('missing'), { missing: true });
                    const storedTap = new sha256/* HashTap */.y7();
                    const plainTap = new sha256/* HashTap */.y7();
                    await (0,external_node_stream_promises_.pipeline)(key ? [body, storedTap, new Opener(key, f.path), plainTap, (0,external_node_fs_.createWriteStream)(tmp)] : [body, plainTap, (0,external_node_fs_.createWriteStream)(tmp)]);
                    const got = plainTap.digest();
                    const gotStored = key ? storedTap.digest() : undefined;
                    if (f.stored && gotStored && (gotStored.sha256 !== f.stored.sha256 || gotStored.bytes !== f.stored.bytes)) {
                        s.mismatch = true;
                        s.fail({ file: f.path, expected: f.stored.sha256, actual: gotStored.sha256, message: `${f.path}: stored bytes hash to ${gotStored.sha256}, the manifest says ${f.stored.sha256}` });
                    }
                    else if (got.sha256 !== f.sha256 || got.bytes !== f.bytes) {
                        s.mismatch = true;
                        s.fail({ file: f.path, expected: f.sha256, actual: got.sha256, message: `${f.path}: restored ${got.bytes} bytes with SHA-256 ${got.sha256}, the manifest says ${f.bytes} bytes with ${f.sha256}` });
                    }
                }, input.retry);
            }
            catch (e) {
                if (e.missing)
                    s.fail({ file: f.path, message: `${f.path} is missing` });
                else if (e instanceof errors/* ResourceError */.BS)
                    s.fail({ file: f.path, message: e.problem });
                else
                    s.fail({ file: f.path, message: `${f.path} could not be fetched: ${why(e)}` });
            }
        });
        if (!s.live)
            return false;
        for (const f of files) {
            const target = (0,external_node_path_.join)(input.dest, ...f.path.split('/'));
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            await (0,promises_.rename)((0,external_node_path_.join)(staging, ...f.path.split('/')), target);
        }
        return true;
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/core/src/files/expand-globs.ts
var expand_globs = __webpack_require__(7519);
;// CONCATENATED MODULE: ./packages/core/src/storage/source.ts
// The files a write stores: each `source` entry is a file, a directory (everything below it) or a glob.
// Manifest paths are relative to the common directory of the entries (a directory entry's own directory, a
// glob's fixed leading directories, a file's parent), as upload-artifact does with its least common ancestor.






function commonDir(dirs) {
    let parts = dirs[0].split(external_node_path_.sep);
    for (const d of dirs.slice(1)) {
        const p = d.split(external_node_path_.sep);
        let i = 0;
        while (i < parts.length && i < p.length && parts[i] === p[i])
            i++;
        parts = parts.slice(0, i);
    }
    return parts.join(external_node_path_.sep) || external_node_path_.sep;
}
async function resolveSource(entries, cwd) {
    const bases = [];
    const patterns = [];
    const direct = [];
    for (const entry of entries) {
        const abs = (0,external_node_path_.resolve)(cwd, entry);
        const scan = picomatch_default().scan(abs.split(external_node_path_.sep).join('/'));
        if (scan.isGlob) {
            bases.push((0,external_node_path_.resolve)(scan.base || '/'));
            patterns.push(abs);
            continue;
        }
        const st = await (0,promises_.stat)(abs).catch(() => undefined);
        if (!st)
            throw new errors/* InputError */.dz({ input: 'source', problem: `${entry} does not exist`, fix: 'build the files first, or fix the path (relative to the workspace)' });
        if (st.isDirectory()) {
            // A directory means all of it, hidden files included (a glob decides for itself).
            bases.push(abs);
            for (const d of await (0,promises_.readdir)(abs, { recursive: true, withFileTypes: true }))
                if (d.isFile())
                    direct.push((0,external_node_path_.join)(d.parentPath, d.name));
        }
        else {
            bases.push((0,external_node_path_.dirname)(abs));
            patterns.push(abs);
        }
    }
    const root = commonDir(bases);
    const found = patterns.length > 0 ? (await (0,expand_globs/* expandArtifactGlobs */.O)(root, patterns)).map((f) => ((0,external_node_path_.isAbsolute)(f) ? f : (0,external_node_path_.resolve)(root, f))) : [];
    const files = [];
    for (const absPath of [...new Set([...direct, ...found])]) {
        const path = (0,external_node_path_.relative)(root, absPath).split(external_node_path_.sep).join('/');
        if (path.split('/')[0] === META_DIR) {
            throw new errors/* InputError */.dz({ input: 'source', problem: `${path} is inside ${META_DIR}/, which the stores reserve for manifests`, fix: `rename the directory or leave it out of source` });
        }
        files.push({ path, absPath, bytes: (await (0,promises_.stat)(absPath)).size });
    }
    if (files.length === 0)
        throw new errors/* InputError */.dz({ input: 'source', problem: `matches no files (${entries.join(', ')})`, fix: 'build the files first, or fix the paths or globs' });
    return { root, files };
}

;// CONCATENATED MODULE: ./packages/core/src/storage/fanout.ts
// One read of a source file feeds every store: each chunk is hashed once (and sealed once when encrypting),
// then handed to each store. The read buffer is reused, so a large file makes no garbage per chunk: stores with
// a direct writer (file://) finish with the chunk before the next read; stream-based stores get a copy. A store
// whose upload fails is dropped from the feed without stopping the others; it may be retried alone later
// (same nonce, so the same bytes).




const CHUNK = 1 << 20;
function writerSink(store, key, bytes) {
    const sink = { write: () => undefined, end: async () => { }, abort: async () => { } };
    return store.writer(key, bytes).then((w) => {
        const fail = async (e) => {
            sink.error ??= e;
            await w.abort();
        };
        sink.write = (chunk) => (sink.error === undefined ? w.write(chunk).catch(fail) : undefined);
        sink.end = async () => {
            if (sink.error === undefined)
                await w.end().catch((e) => (sink.error ??= e));
        };
        sink.abort = () => w.abort();
        return sink;
    }, (e) => {
        sink.error = e;
        return sink;
    });
}
function streamSink(store, key, bytes) {
    const stream = new external_node_stream_.PassThrough({ highWaterMark: CHUNK });
    const sink = {
        write: (chunk) => {
            if (sink.error !== undefined || stream.destroyed)
                return undefined;
            // A copy: the caller reuses its buffer while this one may still sit in the stream.
            if (stream.write(Buffer.from(chunk)))
                return undefined;
            return new Promise((resolve) => {
                const go = () => {
                    stream.off('drain', go);
                    stream.off('close', go);
                    resolve();
                };
                stream.on('drain', go);
                stream.on('close', go);
            });
        },
        end: async () => {
            stream.end();
            await done;
        },
        abort: async () => {
            // A source that fails mid-file must not end an upload normally: the store would keep a short object.
            stream.destroy(new Error('source read failed'));
            await done;
        },
    };
    const done = store.put(key, stream, bytes).catch((e) => {
        sink.error = e;
        stream.destroy();
    });
    return sink;
}
function openSink(store, key, bytes) {
    return store.writer ? writerSink(store, key, bytes) : Promise.resolve(streamSink(store, key, bytes));
}
function storedSize(bytes, key) {
    return key ? bytes + SEAL_OVERHEAD : bytes;
}
/** Streams the file once to every sink; completes them; errors of a store stay on its sink. */
async function sendFile(absPath, path, sinks, key, nonce) {
    const plainHash = (0,external_node_crypto_.createHash)('sha256');
    const storedHash = key ? (0,external_node_crypto_.createHash)('sha256') : undefined;
    let plainBytes = 0;
    let storedBytes = 0;
    const sealer = key ? new Sealer(key, path, nonce) : undefined;
    const emit = async (buf) => {
        if (buf.length === 0)
            return;
        storedHash?.update(buf);
        storedBytes += buf.length;
        const waits = sinks.map((s) => s.write(buf)).filter((w) => w !== undefined);
        if (waits.length > 0)
            await Promise.all(waits);
    };
    let ok = false;
    let fh;
    try {
        fh = await (0,promises_.open)(absPath, 'r');
        const buf = Buffer.allocUnsafe(CHUNK);
        if (sealer)
            await emit(sealer.header);
        for (;;) {
            const { bytesRead } = await fh.read(buf, 0, CHUNK, null);
            if (bytesRead === 0)
                break;
            const chunk = buf.subarray(0, bytesRead);
            plainHash.update(chunk);
            plainBytes += bytesRead;
            await emit(sealer ? sealer.update(chunk) : chunk);
        }
        if (sealer)
            await emit(sealer.final());
        ok = true;
    }
    finally {
        await fh?.close();
        await Promise.all(sinks.map((s) => (ok ? s.end() : s.abort())));
    }
    const plain = { sha256: plainHash.digest('hex'), bytes: plainBytes };
    return { plain, stored: storedHash ? { sha256: storedHash.digest('hex'), bytes: storedBytes } : plain };
}

;// CONCATENATED MODULE: ./packages/core/src/storage/write.ts
// The write protocol, per store: upload every file under a staging prefix, read each staged object back and
// hash it, compare with the source manifest, and only then commit: remove the old manifest, move each file to
// its final key, move the manifest in last (a copy without the manifest is not complete). A store that fails
// anywhere gets no manifest; its staged objects are deleted, or quarantined when they came back altered.
// Stores are independent: one failing does not stop the others from committing, but fails the step.












const STAGED_MANIFEST = 'manifest.json';
function sourceChanged(f) {
    return new errors/* ResourceError */.BS({ input: 'source', problem: `${f.path} changed while it was being stored`, fix: 'run double-write after the step that writes the files has finished' });
}
async function writeCopies(input) {
    const { files, key, retry } = input;
    const conc = input.concurrency ?? 4;
    const tx = `${Date.now().toString(36)}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    const staging = stagingPrefix(tx);
    const states = input.targets.map((t) => new StoreState(t));
    const why = (e) => describeCause(e, input.secrets);
    const entries = [];
    const stored = new Map();
    try {
        // 1. Stage: one read of each file feeds every store still healthy.
        await mapPool(files, conc, async (f) => {
            const live = states.filter((s) => s.live);
            const nonce = key ? (0,external_node_crypto_.randomBytes)(12) : undefined;
            const size = storedSize(f.bytes, key);
            const sinks = await Promise.all(live.map((s) => openSink(s.store, staging + f.path, size)));
            let sent;
            try {
                sent = await sendFile(f.absPath, f.path, sinks, key, nonce);
            }
            catch (e) {
                throw new errors/* ResourceError */.BS({ input: 'source', problem: `${f.path} could not be read (${why(e)})`, fix: 'check that the build wrote the file and it is readable' });
            }
            if (sent.plain.bytes !== f.bytes)
                throw sourceChanged(f);
            await Promise.all(live.map(async (s, i) => {
                const err = sinks[i].error;
                if (err === undefined)
                    return;
                try {
                    if (!isTransient(err) || retry.attempts < 2)
                        throw err;
                    await (0,external_node_timers_promises_.setTimeout)(retry.baseMs);
                    await withRetry(async () => {
                        const one = await openSink(s.store, staging + f.path, size);
                        const again = await sendFile(f.absPath, f.path, [one], key, nonce);
                        if (one.error !== undefined)
                            throw one.error;
                        if (again.plain.sha256 !== sent.plain.sha256)
                            throw sourceChanged(f);
                    }, { ...retry, attempts: retry.attempts - 1 });
                }
                catch (e) {
                    if (e instanceof errors/* ResourceError */.BS)
                        throw e;
                    s.fail({ file: f.path, message: `upload of ${f.path} failed: ${why(e)}` });
                }
            }));
            entries.push({ path: f.path, sha256: sent.plain.sha256, bytes: sent.plain.bytes });
            stored.set(f.path, sent.stored);
        });
    }
    catch (e) {
        await Promise.all(states.map((s) => s.store.deletePrefix(staging).catch(() => { })));
        throw e;
    }
    const manifest = (0,digest_manifest/* buildManifest */.u1)(entries);
    const object = manifestObject(manifest, key ? stored : undefined, key);
    const text = serializeManifestObject(object);
    // Stores that upload whole directories send the staged files now.
    await Promise.all(states.filter((s) => s.live && s.store.flush).map((s) => withRetry(() => s.store.flush(), retry).catch((e) => s.fail({ message: `upload failed: ${why(e)}` }))));
    // 2. Read back each staged copy independently and compare with what was sent.
    await Promise.all(states.filter((s) => s.live).map((s) => mapPool(files, conc, async (f) => {
        const want = stored.get(f.path);
        let got;
        try {
            got = await hashObject(s.store, staging + f.path, retry);
        }
        catch (e) {
            s.fail({ file: f.path, message: `read-back of ${f.path} failed: ${why(e)}` });
            return;
        }
        if (!got)
            s.fail({ file: f.path, message: `${f.path} is missing on read-back` });
        else if (got.sha256 !== want.sha256 || got.bytes !== want.bytes) {
            s.mismatch = true;
            s.fail({
                file: f.path,
                expected: want.sha256,
                actual: got.sha256,
                message: `${f.path} read back as ${got.bytes} bytes with SHA-256 ${got.sha256}; the source gave ${want.bytes} bytes with SHA-256 ${want.sha256}`,
            });
        }
    })));
    // 3. Commit verified copies; clean up the others.
    await Promise.all(states.map((s) => (s.live ? commit(s, files, stored, text, tx, retry, why, conc) : discard(s, tx, retry))));
    for (const s of states) {
        if (s.live)
            s.outcome.status = 'committed';
        if (s.dropped > 0)
            s.outcome.problems.push({ message: `…and ${s.dropped} more problems` });
    }
    return { manifest, object, stores: states.map((s) => s.outcome) };
}
async function commit(s, files, stored, text, tx, retry, why, conc) {
    const store = s.store;
    const staging = stagingPrefix(tx);
    const body = Buffer.from(text, 'utf8');
    try {
        await withRetry(() => store.put(staging + STAGED_MANIFEST, external_node_stream_.Readable.from([body]), body.length), retry);
        const got = await hashObject(store, staging + STAGED_MANIFEST, retry);
        const want = (0,sha256/* sha256Bytes */.LP)(body);
        if (!got || got.sha256 !== want) {
            s.mismatch = true;
            s.fail({ file: MANIFEST_KEY, expected: want, actual: got?.sha256 ?? 'missing', message: `the manifest read back as ${got ? `SHA-256 ${got.sha256}` : 'missing'}; expected ${want}` });
            return discard(s, tx, retry);
        }
        const old = await readText(store, MANIFEST_KEY, retry).catch(() => undefined);
        // From here until the new manifest lands, the store holds no manifest: no reader takes it for complete.
        await withRetry(() => store.delete(MANIFEST_KEY), retry);
        await mapPool(files, conc, (f) => withRetry(() => store.promote(staging + f.path, f.path, stored.get(f.path)?.sha256), retry));
        await withRetry(() => store.promote(staging + STAGED_MANIFEST, MANIFEST_KEY), retry);
        await removeStale(s, old, files, retry);
        await store.deletePrefix(staging).catch(() => { });
    }
    catch (e) {
        s.fail({ message: `commit failed: ${why(e)}` });
        await store.delete(MANIFEST_KEY).catch(() => { });
        await store.deletePrefix(staging).catch(() => { });
    }
}
/** Files of the previous copy that this one no longer has: left behind they would look like part of it. */
async function removeStale(s, oldText, files, retry) {
    if (!oldText)
        return;
    let old;
    try {
        old = JSON.parse(oldText);
    }
    catch {
        return;
    }
    const now = new Set(files.map((f) => f.path));
    for (const f of old.files ?? []) {
        if (typeof f?.path === 'string' && safeRelativePath(f.path) && !now.has(f.path))
            await withRetry(() => s.store.delete(f.path), retry).catch(() => { });
    }
}
async function discard(s, tx, retry) {
    const staging = stagingPrefix(tx);
    try {
        if (s.mismatch) {
            // Altered bytes are evidence: keep them under a name no reader mistakes for a copy.
            const keys = await withRetry(() => s.store.list(staging), retry);
            const q = quarantinePrefix(tx);
            try {
                for (const k of keys)
                    await withRetry(() => s.store.promote(k, q + k.slice(staging.length)), retry);
                s.outcome.quarantine = q;
            }
            catch {
                // A store without a quarantine (whole-directory stores): the altered copy is deleted instead.
            }
        }
        await s.store.deletePrefix(staging);
    }
    catch {
        // A store that is down cannot be cleaned; its staging prefix is never read as a copy.
    }
}

;// CONCATENATED MODULE: ./packages/core/src/storage/run.ts
// double-write's engine entry: options -> stores -> write (or restore) -> a result the runner and the CLI report.









function storeSettings(o, env, tempDir) {
    return {
        s3Endpoint: o['s3-endpoint'] || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL,
        s3Region: o['s3-region'] || env.AWS_REGION,
        awsAccessKeyId: o['aws-access-key-id'] || env.AWS_ACCESS_KEY_ID,
        awsSecretAccessKey: o['aws-secret-access-key'] || env.AWS_SECRET_ACCESS_KEY,
        awsSessionToken: o['aws-session-token'] || env.AWS_SESSION_TOKEN,
        azureConnectionString: o['azure-connection-string'] || env.AZURE_STORAGE_CONNECTION_STRING,
        azureSasToken: o['azure-sas-token'] || env.AZURE_STORAGE_SAS_TOKEN,
        azureEndpoint: o['azure-endpoint'],
        retentionDays: o['retention-days'],
        tempDir,
    };
}
/** Every credential value a run may use (inputs and environment), so callers can mask them and messages scrub them. */
function credentialValues(o, env) {
    const s = storeSettings(o, env, '');
    const values = [s.awsAccessKeyId, s.awsSecretAccessKey, s.awsSessionToken, s.azureConnectionString, s.azureSasToken, o['encryption-key'], ...(o['previous-keys'] ?? [])];
    // The parts of a connection string that are secrets, in case a message quotes one part.
    for (const part of (s.azureConnectionString ?? '').split(';')) {
        const m = /^(AccountKey|SharedAccessSignature)=(.+)$/.exec(part);
        if (m)
            values.push(m[2]);
    }
    return values.filter((v) => typeof v === 'string' && v.length > 0);
}
function targetsOf(o) {
    const raw = [
        { role: 'primary', input: 'primary', value: o.primary },
        { role: 'secondary', input: 'secondary', value: o.secondary },
        ...(o.replicas ?? []).map((value, i) => ({ role: `replica-${i + 1}`, input: 'replicas', value })),
    ];
    const seen = new Map();
    return raw.map((r) => {
        const url = parseStoreUrl(r.value, r.input);
        const id = storeIdentity(url);
        const twin = seen.get(id);
        if (twin)
            throw new errors/* InputError */.dz({ input: r.input, problem: `is the same store as ${twin} (${id})`, fix: 'give each copy its own store: another directory, bucket, prefix or account' });
        seen.set(id, r.role);
        return { role: r.role, input: r.input, url };
    });
}
async function runDoubleWrite(o, deps) {
    const keys = keyring(o, deps.now);
    const secrets = credentialValues(o, deps.env);
    const settings = storeSettings(o, deps.env, deps.tempDir);
    const retry = deps.retry ?? DEFAULT_RETRY;
    const specs = targetsOf(o);
    let expected;
    if (o.digest) {
        expected = (0,sha256/* parseDigestTag */.eG)(o.digest);
        if (!expected)
            throw new errors/* InputError */.dz({ input: 'digest', problem: `${o.digest.slice(0, 80)} is not a SHA-256 digest`, fix: 'pass the digest output of the write step (sha256:<64 hex>)' });
    }
    const targets = [];
    try {
        for (const s of specs)
            targets.push({ role: s.role, store: await openStore(s.url, s.input, settings, deps.factories) });
        if (o.mode === 'restore') {
            if (o.source.length !== 1)
                throw new errors/* InputError */.dz({ input: 'source', problem: `names ${o.source.length} paths in restore mode`, fix: 'give the one directory to restore into' });
            const dest = (0,external_node_path_.resolve)(deps.cwd, o.source[0]);
            const r = await restoreCopy({ dest, targets, keys: keys.all, digest: expected, retry, secrets, concurrency: deps.concurrency });
            return {
                mode: 'restore',
                digest: r.manifest?.sha256,
                manifestText: r.manifest?.text,
                bytes: r.manifest?.bytes ?? 0,
                files: r.manifest?.files.length ?? 0,
                root: dest,
                stores: r.stores,
                servedFrom: r.servedFrom,
                keyId: r.object?.encryption?.keyId,
                warnings: keys.warnings,
                failed: r.servedFrom === undefined,
            };
        }
        if (expected)
            throw new errors/* InputError */.dz({ input: 'digest', problem: 'is for restore mode', fix: 'remove it, or set mode: restore' });
        const { root, files } = await resolveSource(o.source, deps.cwd);
        const w = await writeCopies({ files, targets, key: keys.active, retry, secrets, concurrency: deps.concurrency });
        return {
            mode: 'write',
            digest: w.manifest.sha256,
            manifestText: w.manifest.text,
            bytes: w.manifest.bytes,
            files: w.manifest.files.length,
            root,
            stores: w.stores,
            keyId: keys.active?.id,
            warnings: keys.warnings,
            failed: w.stores.some((s) => s.status !== 'committed'),
        };
    }
    finally {
        await Promise.all(targets.map((t) => t.store.close?.().catch(() => { })));
    }
}

;// CONCATENATED MODULE: ./packages/core/src/storage/report.ts
// double-write's result for people and machines: the JSON report (with the fields diff-telemetry's risk
// coefficient counts: data.events, data.failed), the job summary, the CLI text and the failure line.



const DOUBLE_WRITE_REPORT_KIND = 'bulkhead.double-write';
const DOUBLE_WRITE_REPORT_VERSION = '1.0.0';
function doubleWriteEvents(r) {
    // In restore mode a store that failed but was covered by a later one is still worth knowing, and counted.
    return r.stores.flatMap((s) => s.problems.map((p) => {
        const ev = { store: s.role, url: s.url, message: p.message };
        if (p.file !== undefined)
            ev.path = p.file;
        if (p.expected !== undefined)
            ev.expected = p.expected;
        if (p.actual !== undefined)
            ev.actual = p.actual;
        return ev;
    }));
}
function buildDoubleWriteReport(r, opts) {
    return (0,json/* buildJsonReport */.X)({
        kind: DOUBLE_WRITE_REPORT_KIND,
        schemaVersion: DOUBLE_WRITE_REPORT_VERSION,
        tool: { name: 'bulkhead', version: opts.version },
        generatedAt: opts.generatedAt,
        data: {
            mode: r.mode,
            digest: r.digest ? (0,sha256/* digestTag */.t9)(r.digest) : null,
            bytes: r.bytes,
            files: r.files,
            keyId: r.keyId ?? null,
            servedFrom: r.servedFrom ?? null,
            stores: r.stores,
            warnings: r.warnings,
            events: doubleWriteEvents(r),
            failed: r.failed,
            passed: !r.failed,
        },
    });
}
/** The one line that fails the step: the first store that failed, its first problem, and how to go on. */
function failureMessage(r) {
    if (!r.failed)
        return undefined;
    const bad = r.stores.filter((s) => s.status === 'failed');
    const first = bad[0];
    const p = first?.problems[0];
    const more = bad.reduce((n, s) => n + s.problems.length, 0) - 1;
    const what = r.mode === 'write' ? 'double-write failed' : 'restore failed: no copy verified';
    const detail = first && p ? `${first.role} ${first.url}: ${p.message}` : 'no store could be used';
    const fix = r.mode === 'write'
        ? 'check the store named (space, permissions, reachability, a proxy altering data); nothing there is marked complete, and a re-run writes it again'
        : 'check the stores named; write the files again if every copy is lost or altered';
    return `${what}. ${detail}${more > 0 ? ` (+${more} more problems, see the report)` : ''}. Fix: ${fix}.`;
}
function headline(r) {
    const d = r.digest ? (0,sha256/* digestTag */.t9)(r.digest) : 'no digest';
    if (r.mode === 'restore')
        return r.servedFrom ? `restored ${r.files} files (${r.bytes} bytes, ${d}) from the ${r.servedFrom}` : 'restore: no copy verified';
    const ok = r.stores.filter((s) => s.status === 'committed').length;
    return `wrote ${r.files} files (${r.bytes} bytes, ${d}) to ${ok} of ${r.stores.length} stores, each read back and verified`;
}
function doubleWriteSummary(r) {
    const b = new SummaryBuilder();
    b.heading(`Bulkhead double-write (${r.mode})`);
    b.paragraph(headline(r));
    b.table(['Store', 'URL', 'Status', 'Problem'], r.stores.map((s) => [s.role, escapeCell(s.url), s.status, escapeCell(s.problems[0]?.message ?? (s.quarantine ? `altered copy kept under ${s.quarantine}` : ''))]));
    for (const w of r.warnings)
        b.paragraph(`⚠️ ${escapeCell(w)}`);
    const problems = doubleWriteEvents(r);
    if (problems.length > 0) {
        b.table(['Store', 'File', 'Problem'], problems.map((e) => [e.store, escapeCell(e.path ?? ''), escapeCell(e.message)]), { maxRows: 20 });
    }
    return b.toString();
}
function renderDoubleWriteText(r) {
    const lines = [headline(r)];
    for (const s of r.stores) {
        lines.push(`  ${s.role.padEnd(10)} ${s.status.padEnd(9)} ${s.url}`);
        for (const p of s.problems.slice(0, 5))
            lines.push(`      ${p.message}`);
        if (s.problems.length > 5)
            lines.push(`      …and ${s.problems.length - 5} more`);
        if (s.quarantine)
            lines.push(`      altered copy kept under ${s.quarantine}`);
    }
    for (const w of r.warnings)
        lines.push(`warning: ${w}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./packages/core/src/version.ts
var version = __webpack_require__(8109);
;// CONCATENATED MODULE: ./packages/cli/src/commands/double-write.ts
// `bulkhead double-write SOURCE --primary URL --secondary URL [flags]`: the action's engine from a terminal
// (file://, s3:// and azblob:// stores; artifact:// and cache:// need the runner).





const command = {
    name: 'double-write',
    summary: decl/* DOUBLE_WRITE_DECL */.r.summary,
    decl: decl/* DOUBLE_WRITE_DECL */.r,
    async run(args, io) {
        const o = args.options;
        const now = new Date();
        const result = await runDoubleWrite(o, { cwd: io.cwd, tempDir: io.env.TMPDIR || '/tmp', env: io.env, now });
        const report = buildDoubleWriteReport(result, { version: version/* BULKHEAD_VERSION */.d, generatedAt: now.toISOString() });
        if (o['report-file'])
            await (0,atomic/* writeOutputFile */.B)((0,external_node_path_.resolve)(io.cwd, o['report-file']), (0,json/* serializeJson */.L)(report), 'report-file', o['report-file']);
        io.stdout(o.format === 'json' ? (0,json/* serializeJson */.L)(report) : renderDoubleWriteText(result));
        const failure = failureMessage(result);
        if (failure)
            io.stderr(`bulkhead: ${failure}\n`);
        return result.failed ? 1 : 0;
    },
};


/***/ }),

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ manifestOf),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony exports compareUtf8, checksumLine */
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1427);
// The canonical manifest of a set of files, and its digest. Format (each action README that states a digest links here):
// one line per file, `<sha256 hex>  <path>\n` — exactly what GNU `sha256sum` writes, so `sha256sum -c` can
// check a manifest — with paths relative and `/`-separated, sorted by their UTF-8 bytes (no locale), no
// duplicates. A path holding `\`, a newline or a carriage return is escaped as GNU does (the line starts with
// `\`, and `\\`, `\n`, `\r` stand for them). The set's digest is the SHA-256 of that text.

function compareUtf8(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
function needsEscape(path) {
    return /[\\\n\r]/.test(path);
}
function escapeName(path) {
    return path.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
/** One `sha256sum` text-mode line for a file. */
function checksumLine(sha256, path) {
    return needsEscape(path) ? `\\${sha256}  ${escapeName(path)}\n` : `${sha256}  ${path}\n`;
}
/** The canonical manifest of these entries (any order in; duplicates by path are an error of the caller). */
function buildManifest(entries) {
    const files = [...entries].sort((a, b) => compareUtf8(a.path, b.path));
    for (let i = 1; i < files.length; i++) {
        if (files[i].path === files[i - 1].path)
            throw new Error(`manifest: duplicate path ${files[i].path}`);
    }
    const text = files.map((f) => checksumLine(f.sha256, f.path)).join('');
    return { files, sha256: (0,_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Bytes */ .LP)(text), bytes: files.reduce((n, f) => n + f.bytes, 0), text };
}
/** Hashes each file (streamed, one at a time) and returns their canonical manifest. */
async function manifestOf(files) {
    const entries = [];
    for (const f of files) {
        const d = await (0,_sha256_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256File */ .Q3)(f.absPath);
        entries.push({ path: f.path, sha256: d.sha256, bytes: d.bytes });
    }
    return buildManifest(entries);
}


/***/ }),

/***/ 1427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LP: () => (/* binding */ sha256Bytes),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   eG: () => (/* binding */ parseDigestTag),
/* harmony export */   t9: () => (/* binding */ digestTag),
/* harmony export */   y7: () => (/* binding */ HashTap)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
// Streaming SHA-256 of files and streams: one implementation for every action that states a digest
// (oauth-signature-gate, double-write, policy-audit's binary drift). No file is held in memory.




/** `sha256:<hex>`: the form of upload-artifact's `artifact-digest` and of attestation subjects. */
function digestTag(hex) {
    return `sha256:${hex}`;
}
const HEX64 = /^[0-9a-f]{64}$/;
/** The hex of a `sha256:<hex>` (or bare hex) digest, lower-cased; undefined when it is not one. */
function parseDigestTag(text) {
    const t = text.trim().toLowerCase();
    const hex = t.startsWith('sha256:') ? t.slice(7) : t;
    return HEX64.test(hex) ? hex : undefined;
}
// 1 MiB reads: large enough that the per-call cost vanishes against hashing, small enough to stay in cache.
const CHUNK = 1 << 20;
/** SHA-256 of a file's bytes, read once in 1 MiB chunks into one reused buffer. */
async function sha256File(path) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ResourceError */ .BS({ problem: `cannot read ${path} (${e.code ?? 'error'})`, fix: 'check that the file exists and is readable' });
    }
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const buf = Buffer.allocUnsafe(CHUNK);
        let bytes = 0;
        for (;;) {
            const { bytesRead } = await fh.read(buf, 0, CHUNK, null);
            if (bytesRead === 0)
                break;
            hash.update(buf.subarray(0, bytesRead));
            bytes += bytesRead;
        }
        return { sha256: hash.digest('hex'), bytes };
    }
    finally {
        await fh.close();
    }
}
/** SHA-256 of bytes in memory (small texts: manifests, responses). */
function sha256Bytes(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/**
 * A pass-through stream that hashes what flows through it, so a copy can be written and digested in one read
 * (`source.pipe(tap).pipe(sink)`); `digest()` is valid once the stream has ended.
 */
class HashTap extends node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform {
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    count = 0;
    result;
    _transform(chunk, _enc, done) {
        this.hash.update(chunk);
        this.count += chunk.length;
        done(null, chunk);
    }
    _flush(done) {
        this.result = { sha256: this.hash.digest('hex'), bytes: this.count };
        done();
    }
    digest() {
        if (!this.result)
            throw new Error('HashTap.digest() before the stream ended');
        return this.result;
    }
}


/***/ }),

/***/ 7519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ expandArtifactGlobs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
// Resolve file globs (secret-scan `artifacts`, the gate's `artifact`, double-write's `source`) to files: relative globs under the
// climb out with `..`) wherever the build put its outputs (`${{ runner.temp }}/dist`, `/tmp/build`).



/**
 * Regular files matched by any of `globs`, sorted and deduplicated, `/`-separated: relative to `root` when
 * they lie inside it, absolute otherwise. A symlink counts only when it resolves to a regular file inside
 * the directory its glob starts from (`root` for relative globs, the fixed leading directories of an
 * absolute one), so a link can't pull a host's files into a report; FIFOs, sockets and devices never count.
 */
async function expandArtifactGlobs(root, globs) {
    const absRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absRoot);
    const found = new Set();
    for (const g of globs) {
        const pattern = g.trim().replace(/\\/g, '/');
        if (pattern === '')
            continue;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) || /^[a-zA-Z]:/.test(pattern) || pattern.split('/').includes('..')) {
            for (const f of await expandOutside(absRoot, realRoot, pattern))
                found.add(f);
            continue;
        }
        for await (const rel of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(pattern, { cwd: absRoot })) {
            const posix = toPosix(rel);
            if (posix.split('/').includes('.git') || found.has(posix))
                continue;
            if (await isRegularInside((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(absRoot, rel), realRoot))
                found.add(posix);
        }
    }
    return [...found].sort();
}
/** Files of a glob that starts outside the root (it may still lead back in: those are reported relative). */
async function expandOutside(absRoot, realRoot, pattern) {
    const absPattern = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(absRoot, pattern));
    const scan = picomatch__WEBPACK_IMPORTED_MODULE_2___default().scan(absPattern);
    // The glob's fixed leading directories: links may not lead out of them (a plain path: its directory).
    const base = scan.isGlob ? scan.base || '/' : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absPattern);
    let realBase;
    try {
        realBase = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(base);
    }
    catch {
        return []; // the directory does not exist (yet): nothing matches
    }
    const out = [];
    for await (const abs of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(absPattern)) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(absRoot, abs);
        const insideRoot = rel !== '' && rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel);
        if (insideRoot) {
            const posix = toPosix(rel);
            if (!posix.split('/').includes('.git') && (await isRegularInside(abs, realRoot)))
                out.push(posix);
        }
        else if (await isRegularInside(abs, realBase)) {
            out.push(toPosix(abs));
        }
    }
    return out;
}
function toPosix(p) {
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
async function isRegularInside(abs, realDir) {
    try {
        const l = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs);
        if (l.isFile())
            return true;
        if (!l.isSymbolicLink())
            return false;
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs);
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(realDir, target);
        if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
            return false;
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).isFile();
    }
    catch {
        return false; // dangling link, loop, or vanished file: nothing to scan
    }
}


/***/ }),

/***/ 4444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ writeOutputFile),
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
// Atomic file writes: temp file in the same directory, fsync, rename, fsync the directory.
// A crash leaves the old file or the new one, never half of either.




async function writeFileAtomic(file, data) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}.tmp`);
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(tmp, 'wx', 0o644);
    try {
        try {
            await fh.writeFile(data);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, file);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(tmp).catch(() => { });
        throw err;
    }
    await syncDir(dir);
}
async function syncDir(dir) {
    // Directory fsync makes the rename durable; some filesystems refuse it, which is harmless.
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(dir, 'r').catch(() => undefined);
    if (!fh)
        return;
    await fh.sync().catch(() => { });
    await fh.close();
}
/**
 * A file the user asked for (a report, `--output`): written atomically, so a full disk or a killed
 * process never leaves half a report, and a failure is the user's to fix, naming the input.
 */
async function writeOutputFile(file, data, input, shown = file) {
    try {
        await writeFileAtomic(file, data);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ResourceError */ .BS({
            input,
            problem: `${shown} cannot be written (${e.code ?? 'error'})`,
            fix: 'choose a path in a writable directory with free space',
        });
    }
}


/***/ }),

/***/ 147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ scaleDecimal)
/* harmony export */ });
// Exact decimal × integer-multiplier arithmetic for byte sizes and durations, so `1.1GB` is
// exactly 1,100,000,000 and not whatever binary floating point makes of 1.1 * 1e9.
/**
 * `digits` is a non-negative decimal literal (`12`, `1.5`, `.25`). Returns the exact product with
 * `multiplier`, `'fraction'` when the product is not a whole number, or `'overflow'` beyond
 * Number.MAX_SAFE_INTEGER.
 */
function scaleDecimal(digits, multiplier) {
    const [whole = '', frac = ''] = digits.split('.');
    const scale = 10n ** BigInt(frac.length);
    const numerator = BigInt((whole || '0') + frac) * BigInt(multiplier);
    if (numerator % scale !== 0n)
        return 'fraction';
    const value = numerator / scale;
    if (value > BigInt(Number.MAX_SAFE_INTEGER))
        return 'overflow';
    return Number(value);
}


/***/ }),

/***/ 2510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony export DURATION_UNITS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _decimal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(147);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9791);
/* harmony import */ var _show_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1487);
// Durations → milliseconds: `250ms`, `90s`, `5m`, `2h`, `7d`, `1w`, compounds like `1h30m` or `1h 30m`.
// A bare number means seconds (the unit most timeouts are thought of in).




/** Unit (lower-cased) → milliseconds. */
const DURATION_UNITS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
};
const PART = /(\d+(?:\.\d+)?|\.\d+)\s*(ms|s|m|h|d|w)\s*/iy;
const FIX = 'use a number with a unit such as 250ms, 90s, 5m, 2h, 7d, 1w or 1h30m (a bare number is seconds)';
function parseDuration(name, raw, bounds = {}, settings) {
    const shown = settings?.secret ? 'the value' : (0,_show_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .v)(raw);
    const v = raw.trim();
    const fail = (problem, fix = FIX) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: name, problem, fix });
    };
    if (v.startsWith('-'))
        fail(`${shown} is negative`, 'use 0 or a positive duration such as 90s');
    let total = 0;
    if (/^(\d+(?:\.\d+)?|\.\d+)$/.test(v)) {
        const ms = (0,_decimal_js__WEBPACK_IMPORTED_MODULE_2__/* .scaleDecimal */ .M)(v, 1000);
        if (ms === 'fraction')
            fail(`${shown} is finer than a millisecond`, 'use at most three decimals of seconds, or ms');
        if (ms === 'overflow')
            fail(`${shown} is too long`, 'use a shorter duration');
        total = ms;
    }
    else {
        PART.lastIndex = 0;
        let pos = 0;
        while (pos < v.length) {
            PART.lastIndex = pos;
            const m = PART.exec(v);
            if (!m)
                return fail(`${shown} is not a duration`);
            const ms = (0,_decimal_js__WEBPACK_IMPORTED_MODULE_2__/* .scaleDecimal */ .M)(m[1], DURATION_UNITS[m[2].toLowerCase()]);
            if (ms === 'fraction')
                fail(`${shown} is finer than a millisecond`, 'use a smaller unit, e.g. 1500ms');
            if (ms === 'overflow')
                fail(`${shown} is too long`, 'use a shorter duration');
            total += ms;
            pos = PART.lastIndex;
        }
        if (pos === 0)
            fail(`${shown} is not a duration`);
        if (!Number.isSafeInteger(total))
            fail(`${shown} is too long`, 'use a shorter duration');
    }
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .checkBounds */ .Mi)(name, raw, total, bounds, { ...settings, format: formatDuration });
}
/** Compact exact form (`1h30m`, `250ms`, `0s`) that parseDuration reads back to the same value. */
function formatDuration(ms) {
    if (ms === 0)
        return '0s';
    let rest = ms;
    let out = '';
    for (const [unit, size] of Object.entries(DURATION_UNITS).reverse()) {
        const n = Math.floor(rest / size);
        if (n > 0) {
            out += `${n}${unit}`;
            rest -= n * size;
        }
    }
    return out;
}


/***/ }),

/***/ 9791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   Mi: () => (/* binding */ checkBounds),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5046);
/* harmony import */ var _show_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1487);
// Typed parsers for raw option strings (action inputs, CLI flags, `.bulkhead.yml` values).
// Each throws InputError naming the option, what was wrong and how to fix it.



function quote(raw, settings) {
    return settings?.secret ? 'the value' : (0,_show_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .v)(raw);
}
const TRUE_FORMS = new Set(['true', 'True', 'TRUE']);
const FALSE_FORMS = new Set(['false', 'False', 'FALSE']);
// YAML 1.1 spellings that GitHub's own `getBooleanInput` also rejects; named so the error can explain.
const YAML11_FORMS = new Set(['yes', 'no', 'on', 'off', 'y', 'n']);
/** YAML 1.2 core schema booleans only, as GitHub's runner does: true|True|TRUE|false|False|FALSE. */
function parseBoolean(name, raw, settings) {
    const v = raw.trim();
    if (TRUE_FORMS.has(v))
        return true;
    if (FALSE_FORMS.has(v))
        return false;
    const yaml11 = YAML11_FORMS.has(v.toLowerCase());
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
        input: name,
        problem: yaml11
            ? `${quote(raw, settings)} is a YAML 1.1 boolean, which GitHub Actions does not accept`
            : `${quote(raw, settings)} is not a boolean`,
        fix: 'use true or false',
    });
}
function boundsText(b, fmt = String) {
    if (b.min !== undefined && b.max !== undefined)
        return `between ${fmt(b.min)} and ${fmt(b.max)}`;
    if (b.min !== undefined)
        return `${fmt(b.min)} or more`;
    if (b.max !== undefined)
        return `${fmt(b.max)} or less`;
    return 'in range';
}
/** Throws unless `value` lies within the inclusive bounds. Shared by integer, bytes and duration. */
function checkBounds(name, raw, value, bounds, settings) {
    const low = bounds.min !== undefined && value < bounds.min;
    const high = bounds.max !== undefined && value > bounds.max;
    if (low || high) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            input: name,
            problem: `${quote(raw, settings)} is ${low ? 'too small' : 'too large'}`,
            fix: `use a value ${boundsText(bounds, settings?.format)}`,
        });
    }
    return value;
}
/** A whole number written in decimal (optional sign), within the safe-integer range and `bounds`. */
function parseInteger(name, raw, bounds = {}, settings) {
    const v = raw.trim();
    if (!/^[+-]?\d+$/.test(v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            input: name,
            problem: `${quote(raw, settings)} is not a whole number`,
            fix: `use digits only, ${boundsText(bounds) === 'in range' ? 'such as 10' : boundsText(bounds)}`,
        });
    }
    const n = Number(v);
    if (!Number.isSafeInteger(n)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            input: name,
            problem: `${quote(raw, settings)} is too large to represent exactly`,
            fix: `use a value ${boundsText({ min: bounds.min ?? Number.MIN_SAFE_INTEGER, max: bounds.max ?? Number.MAX_SAFE_INTEGER })}`,
        });
    }
    return checkBounds(name, raw, n === 0 ? 0 : n, bounds, settings);
}
/**
 * One of `values`. An exact match wins; otherwise a case-insensitive match returns the canonical spelling.
 * The error suggests the closest value.
 */
function parseEnum(name, raw, values, settings) {
    const v = raw.trim();
    const exact = values.find((x) => x === v);
    if (exact !== undefined)
        return exact;
    const folded = values.filter((x) => x.toLowerCase() === v.toLowerCase());
    if (folded.length === 1)
        return folded[0];
    const guess = settings?.secret ? undefined : (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(v, values);
    const list = values.join(', ');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
        input: name,
        problem: `${quote(raw, settings)} is not one of ${list}`,
        fix: guess !== undefined ? `did you mean '${guess}'? Use one of ${list}` : `use one of ${list}`,
    });
}
/** Newline- or comma-separated items, each trimmed; empty items dropped. */
function parseList(name, raw) {
    void name; // every string is a valid list; the name keeps the parser signatures uniform
    return raw
        .split(/[\n\r,]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}


/***/ }),

/***/ 1487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ describeValue),
/* harmony export */   v: () => (/* binding */ showValue)
/* harmony export */ });
// How a rejected raw value is quoted inside an error message: one line, bounded, never a secret.
const MAX_SHOWN = 60;
/** JSON-quoted (so newlines and control characters are visible) and cut to a readable length. */
function showValue(raw) {
    const cut = raw.length > MAX_SHOWN ? raw.slice(0, MAX_SHOWN) + '…' : raw;
    return JSON.stringify(cut);
}
/** Errors about a secret option say "the value" instead of quoting it. */
function describeValue(raw, secret) {
    return secret ? 'the value' : showValue(raw);
}


/***/ }),

/***/ 8082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   _I: () => (/* binding */ scrub)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The only way a secret value may appear in output: a short prefix, an ellipsis and the length.

/**
 * `ghp_…(40)`. The prefix is at most 4 characters and at most a quarter of the length,
 * and empty below 8 characters, so a short secret gives nothing away but its length.
 * Counts code points, so a prefix never splits a surrogate pair.
 */
function redact(secret) {
    const chars = Array.from(secret);
    const n = chars.length;
    const keep = n < 8 ? 0 : Math.min(4, Math.floor(n / 4));
    // Leading whitespace / control characters (PEM bodies start with a newline) would break one-line output.
    const start = chars.findIndex((c) => !/[\s\p{Cc}]/u.test(c));
    const prefix = start < 0 ? '' : chars.slice(start, start + keep).filter((c) => !/[\s\p{Cc}]/u.test(c)).join('');
    return `${prefix}…(${n})`;
}
/** SHA-256 hex of `ruleId NUL secret`: stable across runs, safe to print and to store in baselines. */
function fingerprint(ruleId, secret) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${ruleId}\0${secret}`, 'utf8').digest('hex');
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Replaces every occurrence of any of `secrets` with its redacted form, in one left-to-right pass
 * (longest secret first at each position), so a replacement is never re-matched.
 */
function scrub(text, secrets) {
    const unique = [...new Set(secrets)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
    if (unique.length === 0)
        return text;
    const re = new RegExp(unique.map(escapeRegExp).join('|'), 'g');
    return text.replace(re, (m) => redact(m));
}


/***/ }),

/***/ 3092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ serializeJson),
/* harmony export */   X: () => (/* binding */ buildJsonReport)
/* harmony export */ });
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7929);
/* harmony import */ var _stable_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9620);
// The versioned envelope every JSON report file uses, so consumers can check kind and version first.


function buildJsonReport(input) {
    return {
        kind: input.kind,
        schemaVersion: input.schemaVersion,
        tool: { name: input.tool.name, version: input.tool.version },
        generatedAt: input.generatedAt,
        data: input.data,
        ...withRun(input.run ?? (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .currentReportRun */ .RE)()),
    };
}
function withRun(run) {
    return run ? { run: { ...run } } : {};
}
/** Stable key order, 2-space indent, newline at end. */
function serializeJson(value) {
    return (0,_stable_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stableStringify */ .J)(value);
}


/***/ }),

/***/ 7929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RE: () => (/* binding */ currentReportRun),
/* harmony export */   m$: () => (/* binding */ setReportRun),
/* harmony export */   xJ: () => (/* binding */ reportRunFromEnv)
/* harmony export */ });
// Which workflow run wrote a report (`ci #41`), so the dashboard can label runs by what people see in the
// Actions tab instead of internal ids. Core never reads process.env: the runner and the CLI, which own the
// environment, set it once per process and every envelope built afterwards carries it.
let current;
/** The run from the runner's variables; undefined outside a workflow run (no workflow name or run number). */
function reportRunFromEnv(env) {
    const workflow = env.GITHUB_WORKFLOW?.trim();
    const number = Number(env.GITHUB_RUN_NUMBER);
    if (!workflow || !Number.isSafeInteger(number) || number < 1)
        return undefined;
    const run = { workflow, number };
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    if (Number.isSafeInteger(attempt) && attempt > 1)
        run.attempt = attempt;
    if (env.GITHUB_RUN_ID)
        run.id = env.GITHUB_RUN_ID;
    if (env.GITHUB_REPOSITORY)
        run.repository = env.GITHUB_REPOSITORY;
    return run;
}
/** Set by the runner / CLI before an action runs; undefined clears it. */
function setReportRun(run) {
    current = run ? { ...run } : undefined;
}
function currentReportRun() {
    return current;
}


/***/ }),

/***/ 9620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ stableStringify)
/* harmony export */ });
// Deterministic JSON: object keys sorted recursively, 2-space indent, newline at end, so reports diff
// cleanly and byte-compare across runs. `undefined` members are dropped, as JSON.stringify does.
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map((v) => (v === undefined ? null : sortKeys(v)));
    if (value !== null && typeof value === 'object') {
        const src = value;
        const out = {};
        for (const k of Object.keys(src).sort()) {
            if (src[k] !== undefined)
                out[k] = sortKeys(src[k]);
        }
        return out;
    }
    return value;
}
function stableStringify(value) {
    return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}


/***/ }),

/***/ 8109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ BULKHEAD_VERSION),
/* harmony export */   w: () => (/* binding */ BULKHEAD_URI)
/* harmony export */ });
// One version for every action, the CLI and report envelopes (kept in step with package.json by a test).
const BULKHEAD_VERSION = '0.1.0';
const BULKHEAD_URI = 'https://github.com/bulkhead-dev/bulkhead';


/***/ })

};
