export const id = 846;
export const ids = [846];
export const modules = {

/***/ 6846:
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
// EXTERNAL MODULE: ./packages/core/src/gate/decl.ts
var decl = __webpack_require__(3861);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/core/src/digest/sha256.ts
var sha256 = __webpack_require__(1427);
// EXTERNAL MODULE: ./packages/core/src/digest/manifest.ts
var manifest = __webpack_require__(869);
// EXTERNAL MODULE: ./packages/core/src/files/expand-globs.ts
var expand_globs = __webpack_require__(7519);
;// CONCATENATED MODULE: ./packages/core/src/gate/artifact.ts
// The digest the gate asks about: one file -> its SHA-256 (what `sha256sum FILE` prints); a directory or globs ->
// the SHA-256 of the canonical manifest of the files (digest/manifest.ts: sha256sum lines, paths relative and
// sorted by UTF-8 bytes), paths relative to the directory (every file below it), or to the workspace for globs.






async function digestArtifact(cwd, patterns) {
    if (patterns.length === 0)
        throw new errors/* InputError */.dz({ input: 'artifact', problem: 'is empty', fix: 'give the artifact file, its directory, or globs of its files' });
    if (patterns.length === 1 && !picomatch_default().scan(patterns[0]).isGlob) {
        const abs = (0,external_node_path_.resolve)(cwd, patterns[0]);
        const st = await (0,promises_.stat)(abs).catch(() => undefined);
        if (!st)
            throw new errors/* InputError */.dz({ input: 'artifact', problem: `${patterns[0]} does not exist`, fix: 'build the artifact before this step, or fix the path (relative to the workspace)' });
        if (st.isFile()) {
            const d = await (0,sha256/* sha256File */.Q3)(abs);
            return { digest: (0,sha256/* digestTag */.t9)(d.sha256), hex: d.sha256, kind: 'file', files: 1, bytes: d.bytes };
        }
        if (st.isDirectory())
            return ofManifest(await walk(abs, patterns[0]));
        throw new errors/* InputError */.dz({ input: 'artifact', problem: `${patterns[0]} is neither a file nor a directory`, fix: 'point artifact at a regular file or a directory' });
    }
    return ofManifest(await listed(cwd, patterns, patterns.join(', ')));
}
async function listed(root, globs, shown) {
    const paths = await (0,expand_globs/* expandArtifactGlobs */.O)(root, globs);
    if (paths.length === 0)
        throw new errors/* InputError */.dz({ input: 'artifact', problem: `${shown} matches no file`, fix: 'build the artifact before this step, or fix the globs (relative to the workspace)' });
    const outside = paths.find((p) => p.startsWith('/') || /^[A-Za-z]:/.test(p));
    if (outside) {
        throw new errors/* InputError */.dz({ input: 'artifact', problem: `globs match ${outside}, outside the workspace, where no relative manifest path exists`, fix: 'give the directory that holds the files as artifact (its files are listed relative to it)' });
    }
    return paths.map((p) => ({ path: p, absPath: (0,external_node_path_.resolve)(root, p) }));
}
/**
 * Every file below a directory, dotfiles included (what `find DIR -type f` lists), so nothing deployed from it
 * escapes the digest. A symlink, FIFO, socket or device anywhere below closes the gate: the manifest could not
 * say what it stands for.
 */
async function walk(dir, shown) {
    const out = [];
    for (const e of await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true })) {
        const abs = (0,external_node_path_.join)(e.parentPath, e.name);
        const rel = (0,external_node_path_.relative)(dir, abs).split(external_node_path_.sep).join('/');
        if (e.isDirectory())
            continue;
        if (!e.isFile()) {
            throw new errors/* InputError */.dz({ input: 'artifact', problem: `${shown} holds ${rel}, which is ${e.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; the manifest covers regular files only`, fix: 'dereference links when building the artifact (e.g. cp -L), or give globs of the files to cover' });
        }
        out.push({ path: rel, absPath: abs });
    }
    if (out.length === 0)
        throw new errors/* InputError */.dz({ input: 'artifact', problem: `${shown} is an empty directory`, fix: 'build the artifact before this step' });
    return out;
}
async function ofManifest(files) {
    const m = await (0,manifest/* manifestOf */.$V)(files);
    return { digest: (0,sha256/* digestTag */.t9)(m.sha256), hex: m.sha256, kind: 'manifest', files: m.files.length, bytes: m.bytes, manifest: m };
}

;// CONCATENATED MODULE: ./packages/core/src/gate/claims.ts
// What an introspection response must say for the gate to open. Every check is evaluated and reported, so
// the summary shows all reasons at once; any failing check keeps the gate closed.

const claims_short = (v) => {
    const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
    return s.length > 120 ? `${s.slice(0, 117)}...` : s;
};
const iso = (sec) => new Date(sec * 1000).toISOString();
function timeChecks(c, p) {
    const out = [];
    if (typeof c.exp !== 'number')
        out.push({ name: 'exp', ok: false, detail: 'the token has no exp: an approval must expire' });
    else
        out.push({ name: 'exp', ok: p.nowSec < c.exp + p.clockSkewSec, detail: p.nowSec < c.exp + p.clockSkewSec ? `expires ${iso(c.exp)}` : `expired at ${iso(c.exp)}` });
    if (c.nbf !== undefined) {
        const ok = typeof c.nbf === 'number' && p.nowSec >= c.nbf - p.clockSkewSec;
        out.push({ name: 'nbf', ok, detail: ok ? `valid since ${iso(c.nbf)}` : `not valid before ${typeof c.nbf === 'number' ? iso(c.nbf) : claims_short(c.nbf)}` });
    }
    if (c.iat !== undefined) {
        const ok = typeof c.iat === 'number' && c.iat <= p.nowSec + p.clockSkewSec;
        out.push({ name: 'iat', ok, detail: ok ? `issued ${iso(c.iat)}` : `issued in the future (${claims_short(c.iat)})` });
    }
    return out;
}
function listOf(v) {
    if (typeof v === 'string')
        return [v];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
        return v;
    return undefined;
}
/** Digests a claim value carries: `sha256:<hex>` strings, arrays of them, or an in-toto DigestSet `{sha256: hex}`. */
function digestsIn(v) {
    const list = listOf(v);
    if (list)
        return list.map((s) => (0,sha256/* parseDigestTag */.eG)(s)).filter((h) => h !== undefined);
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.sha256 === 'string') {
        const h = (0,sha256/* parseDigestTag */.eG)(v.sha256);
        return h ? [h] : [];
    }
    return [];
}
/** The approved digests: the digest claim, plus RFC 9396 authorization_details entries' `digest` or digest-claim fields. */
function approvedDigests(c, claim) {
    const out = digestsIn(c[claim]);
    if (Array.isArray(c.authorization_details)) {
        for (const d of c.authorization_details) {
            if (d && typeof d === 'object')
                for (const k of new Set([claim, 'digest', 'digests']))
                    out.push(...digestsIn(d[k]));
        }
    }
    return [...new Set(out)];
}
function checkClaims(c, p) {
    if (c.active !== true)
        return [{ name: 'active', ok: false, detail: 'the server reports the token as not active (expired, revoked or unknown)' }];
    const checks = [{ name: 'active', ok: true, detail: 'active' }, ...timeChecks(c, p)];
    if (p.issuer !== undefined) {
        const ok = c.iss === p.issuer;
        checks.push({ name: 'iss', ok, detail: ok ? `iss ${p.issuer}` : c.iss === undefined ? `no iss; expected ${p.issuer}` : `iss ${claims_short(c.iss)}; expected ${p.issuer}` });
    }
    if (p.audience !== undefined) {
        const aud = listOf(c.aud) ?? [];
        const ok = aud.includes(p.audience);
        checks.push({ name: 'aud', ok, detail: ok ? `aud contains ${p.audience}` : `aud ${c.aud === undefined ? 'missing' : claims_short(c.aud)}; expected ${p.audience}` });
    }
    if (p.requiredScopes.length > 0) {
        const have = typeof c.scope === 'string' ? c.scope.split(' ').filter(Boolean) : [];
        const missing = p.requiredScopes.filter((s) => !have.includes(s));
        checks.push({ name: 'scope', ok: missing.length === 0, detail: missing.length === 0 ? `scope has ${p.requiredScopes.join(' ')}` : `scope lacks ${missing.join(' ')} (has: ${have.join(' ') || 'none'})` });
    }
    if (p.allowedClientIds.length > 0) {
        const ok = typeof c.client_id === 'string' && p.allowedClientIds.includes(c.client_id);
        checks.push({ name: 'client_id', ok, detail: ok ? `client_id ${c.client_id} is allowed` : `client_id ${c.client_id === undefined ? 'missing' : claims_short(c.client_id)} is not in allowed-client-ids` });
    }
    if (p.allowedSubjects.length > 0) {
        const ok = typeof c.sub === 'string' && p.allowedSubjects.includes(c.sub);
        checks.push({ name: 'sub', ok, detail: ok ? `sub ${c.sub} is allowed` : `sub ${c.sub === undefined ? 'missing' : claims_short(c.sub)} is not in allowed-subjects` });
    }
    const approved = approvedDigests(c, p.digestClaim);
    const ok = approved.includes(p.digest);
    checks.push({
        name: 'digest',
        ok,
        detail: ok
            ? `${p.digestClaim} vouches for sha256:${p.digest}`
            : approved.length === 0
                ? `the token carries no ${p.digestClaim} claim (nor authorization_details digest)`
                : `the token vouches for ${approved.map((h) => `sha256:${h}`).join(', ')}, not for sha256:${p.digest}`,
    });
    return checks;
}

;// CONCATENATED MODULE: ./packages/core/src/gate/http.ts
// Every request the gate makes goes through here: HTTPS only (http:// only on loopback and only when allowed),
// a timeout on the whole exchange, a cap on the body read, and no redirect followed to another origin.

const LOOPBACK_NAMES = new Set(['localhost', '[::1]']);
function isLoopbackHost(hostname) {
    return LOOPBACK_NAMES.has(hostname.toLowerCase()) || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}
/** The URL of an endpoint input, checked: absolute, https (or loopback http when allowed), no credentials in it. */
function checkEndpoint(input, raw, allowInsecureHttp) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* InputError */.dz({ input, problem: 'is not an absolute URL', fix: 'give a full URL such as https://auth.example.com/oauth2/introspect' });
    }
    if (url.username || url.password) {
        throw new errors/* InputError */.dz({ input, problem: 'carries credentials in the URL', fix: 'pass credentials through client-id / client-secret, not in the URL' });
    }
    if (url.protocol === 'https:')
        return url;
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) {
        if (allowInsecureHttp)
            return url;
        throw new errors/* InputError */.dz({ input, problem: 'uses http:// (plain text)', fix: 'use https://, or set allow-insecure-http: true for a loopback test server' });
    }
    if (url.protocol === 'http:') {
        throw new errors/* InputError */.dz({ input, problem: `uses http:// on a non-loopback host (${url.hostname})`, fix: 'use https:// (allow-insecure-http only covers 127.0.0.1, ::1 and localhost)' });
    }
    throw new errors/* InputError */.dz({ input, problem: `has the unsupported scheme ${url.protocol}`, fix: 'use an https:// URL' });
}
const MAX_REDIRECTS = 3;
/**
 * One request. GET redirects are followed only within the same origin (at most 3); a POST is never redirected
 * (its body carries credentials). Any network failure, timeout or oversized body is a GateError naming `what`.
 */
async function request(what, url, init, s) {
    const signal = AbortSignal.timeout(s.timeoutMs);
    let current = url;
    for (let hop = 0;; hop++) {
        let res;
        try {
            res = await fetch(current, {
                method: init.method,
                headers: init.headers,
                body: init.body,
                redirect: 'manual',
                signal,
                ...(s.dispatcher ? { dispatcher: s.dispatcher } : {}),
            });
        }
        catch (e) {
            throw networkError(what, current, e, s.timeoutMs);
        }
        if (res.status >= 300 && res.status < 400 && res.headers.has('location')) {
            await res.body?.cancel().catch(() => undefined);
            const next = new URL(res.headers.get('location'), current);
            if (init.method !== 'GET' || next.origin !== current.origin || hop >= MAX_REDIRECTS) {
                throw new errors/* GateError */.ue({
                    input: what,
                    problem: `${current.origin}${current.pathname} redirected (HTTP ${res.status}) to ${next.origin}${next.pathname}, which is not followed`,
                    fix: 'configure the final endpoint URL directly',
                });
            }
            current = next;
            continue;
        }
        const body = await readCapped(what, current, res, s);
        return { status: res.status, contentType: res.headers.get('content-type') ?? '', body, url: current.href };
    }
}
async function readCapped(what, url, res, s) {
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > s.maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw tooLarge(what, url, s.maxBytes);
    }
    const chunks = [];
    let size = 0;
    try {
        if (res.body) {
            for await (const chunk of res.body) {
                size += chunk.byteLength;
                if (size > s.maxBytes) {
                    await res.body.cancel().catch(() => undefined);
                    throw tooLarge(what, url, s.maxBytes);
                }
                chunks.push(Buffer.from(chunk));
            }
        }
    }
    catch (e) {
        if (e instanceof errors/* GateError */.ue)
            throw e;
        throw networkError(what, url, e, s.timeoutMs);
    }
    return Buffer.concat(chunks, size);
}
function tooLarge(what, url, max) {
    return new errors/* GateError */.ue({ input: what, problem: `${url.origin}${url.pathname} sent a response larger than ${max} bytes`, fix: 'check the endpoint URL, or raise max-response-bytes if the server is right' });
}
function networkError(what, url, e, timeoutMs) {
    const err = e;
    const where = `${url.origin}${url.pathname}`;
    if (err.name === 'TimeoutError' || err.name === 'AbortError') {
        return new errors/* GateError */.ue({ input: what, problem: `${where} did not answer within ${timeoutMs} ms`, fix: 'check that the server is up and reachable, or raise timeout' });
    }
    const code = err.cause?.code ?? err.cause?.message ?? err.message ?? 'network error';
    return new errors/* GateError */.ue({ input: what, problem: `cannot reach ${where} (${code})`, fix: 'check the URL, the network and (for private PKI) ca-file' });
}
/** The body as a JSON object, or a GateError saying the server sent something else. */
function jsonObject(what, res) {
    let doc;
    try {
        doc = JSON.parse(res.body.toString('utf8'));
    }
    catch {
        throw new errors/* GateError */.ue({ input: what, problem: `${new URL(res.url).pathname} answered HTTP ${res.status} with a body that is not JSON (${describeBody(res)})`, fix: 'check that the URL is the right endpoint' });
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
        throw new errors/* GateError */.ue({ input: what, problem: `${new URL(res.url).pathname} answered HTTP ${res.status} with JSON that is not an object`, fix: 'check that the URL is the right endpoint' });
    }
    return doc;
}
/** Content type and size only: a body may echo credentials, so it is never quoted. */
function describeBody(res) {
    return `${res.contentType || 'no content type'}, ${res.body.length} bytes`;
}

;// CONCATENATED MODULE: ./packages/core/src/gate/discovery.ts
// Authorization server metadata (RFC 8414): `/.well-known/oauth-authorization-server` inserted before the
// issuer's path, then OpenID Connect discovery (`<issuer>/.well-known/openid-configuration`) for servers that
// only publish that. The document's `issuer` must equal the configured one (RFC 8414 §3.3).


function metadataUrls(issuer) {
    const path = issuer.pathname === '/' ? '' : issuer.pathname.replace(/\/$/, '');
    return [
        new URL(`${issuer.origin}/.well-known/oauth-authorization-server${path}`),
        new URL(`${issuer.origin}${path}/.well-known/openid-configuration`),
    ];
}
async function discover(issuer, issuerId, http) {
    const tried = [];
    for (const url of metadataUrls(issuer)) {
        const res = await request('issuer', url, { method: 'GET', headers: { accept: 'application/json' } }, http);
        if (res.status === 404) {
            tried.push(url.pathname);
            continue;
        }
        if (res.status !== 200) {
            throw new errors/* GateError */.ue({ input: 'issuer', problem: `metadata at ${url.origin}${url.pathname} answered HTTP ${res.status}`, fix: 'check the issuer URL and that the server is healthy' });
        }
        const doc = jsonObject('issuer', res);
        if (doc.issuer !== issuerId) {
            throw new errors/* GateError */.ue({ input: 'issuer', problem: `the metadata names a different issuer (${String(doc.issuer).slice(0, 200)})`, fix: 'set issuer to exactly the issuer the server publishes' });
        }
        const str = (k) => (typeof doc[k] === 'string' ? doc[k] : undefined);
        return { issuer: String(doc.issuer), token_endpoint: str('token_endpoint'), introspection_endpoint: str('introspection_endpoint'), jwks_uri: str('jwks_uri') };
    }
    throw new errors/* GateError */.ue({ input: 'issuer', problem: `publishes no authorization server metadata (404 at ${tried.join(' and ')})`, fix: 'set introspection-endpoint (and token-endpoint / jwks-uri) explicitly' });
}
/** An endpoint from the metadata, checked like an input. */
function metadataEndpoint(meta, key, input, allowInsecureHttp) {
    const v = meta[key];
    if (!v)
        throw new errors/* GateError */.ue({ input, problem: `is not given and the issuer metadata has no ${key}`, fix: `set ${input} explicitly` });
    return checkEndpoint(input, v, allowInsecureHttp);
}

// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js + 1 modules
var verify = __webpack_require__(5057);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwks/local.js
var local = __webpack_require__(6687);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/errors.js
var util_errors = __webpack_require__(5674);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/sign.js + 1 modules
var sign = __webpack_require__(2896);
;// CONCATENATED MODULE: ./packages/core/src/gate/client-auth.ts
// How the gate proves who it is at the token and introspection endpoints: client_secret_basic, client_secret_post
// (RFC 6749 §2.3.1), private_key_jwt (RFC 7523 §2.2, an assertion signed with the client's key) or github-oidc
// (the job's GitHub OIDC ID token sent as that assertion; the server must trust GitHub's issuer for the client).



const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** RFC 6749 §2.3.1: id and secret are form-urlencoded before the Basic encoding. */
function formEncode(s) {
    return encodeURIComponent(s).replace(/%20/g, '+');
}
async function clientAuthParts(auth, audience) {
    const need = (value, input, why) => {
        if (value)
            return value;
        throw new errors/* InputError */.dz({ input, problem: `is empty but ${auth.inputs.method} is ${auth.method}`, fix: why });
    };
    switch (auth.method) {
        case 'client_secret_basic': {
            const secret = need(auth.secret, auth.inputs.secret, `give the client secret (as a secret: \${{ secrets.NAME }})`);
            return { headers: { authorization: `Basic ${Buffer.from(`${formEncode(auth.clientId)}:${formEncode(secret)}`).toString('base64')}` }, params: {}, secrets: [] };
        }
        case 'client_secret_post': {
            const secret = need(auth.secret, auth.inputs.secret, `give the client secret (as a secret: \${{ secrets.NAME }})`);
            return { headers: {}, params: { client_id: auth.clientId, client_secret: secret }, secrets: [] };
        }
        case 'private_key_jwt': {
            const pem = need(auth.privateKey, auth.inputs.privateKey, 'give the client\'s private key (PKCS#8 PEM or JWK) as a secret');
            const assertion = await signAssertion(loadKey(pem, auth.inputs.privateKey), auth.clientId, audience);
            return { headers: {}, params: { client_id: auth.clientId, client_assertion_type: JWT_BEARER, client_assertion: assertion }, secrets: [assertion] };
        }
        case 'github-oidc': {
            if (!auth.idToken) {
                throw new errors/* InputError */.dz({ input: auth.inputs.method, problem: 'github-oidc needs the GitHub Actions OIDC ID token, which is only available inside a workflow job', fix: 'run it as the action with `permissions: id-token: write`, or use another method' });
            }
            const token = await auth.idToken();
            return { headers: {}, params: { client_id: auth.clientId, client_assertion_type: JWT_BEARER, client_assertion: token }, secrets: [token] };
        }
    }
}
function loadKey(text, input) {
    let key;
    try {
        const t = text.trim();
        key = t.startsWith('{') ? (0,external_node_crypto_.createPrivateKey)({ key: JSON.parse(t), format: 'jwk' }) : (0,external_node_crypto_.createPrivateKey)(t);
    }
    catch {
        throw new errors/* InputError */.dz({ input, problem: 'is not a private key in PKCS#8 PEM or JWK form', fix: 'export the key as PKCS#8 PEM (BEGIN PRIVATE KEY) or as a private JWK' });
    }
    const type = key.asymmetricKeyType;
    if (type === 'rsa')
        return { key, alg: 'RS256' };
    if (type === 'ed25519')
        return { key, alg: 'EdDSA' };
    if (type === 'ec') {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        if (curve === 'prime256v1')
            return { key, alg: 'ES256' };
        if (curve === 'secp384r1')
            return { key, alg: 'ES384' };
    }
    throw new errors/* InputError */.dz({ input, problem: `holds a ${type ?? 'unknown'} key, which private_key_jwt here does not sign with`, fix: 'use an RSA, P-256, P-384 or Ed25519 key' });
}
/** RFC 7523 §3: iss = sub = client_id, aud = the server, short-lived, unique jti. */
function signAssertion(k, clientId, audience) {
    return new sign/* SignJWT */.P({})
        .setProtectedHeader({ alg: k.alg, typ: 'JWT' })
        .setIssuer(clientId)
        .setSubject(clientId)
        .setAudience(audience)
        .setJti((0,external_node_crypto_.randomUUID)())
        .setIssuedAt()
        .setExpirationTime('60s')
        .sign(k.key);
}
/** The form body of a request: the request's own fields plus the client's credentials. */
function formBody(fields, auth) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...fields, ...auth.params }))
        if (v !== undefined && v !== '')
            p.set(k, v);
    return p.toString();
}

;// CONCATENATED MODULE: ./packages/core/src/gate/oauth-error.ts
function oauthErrorText(res) {
    try {
        const doc = JSON.parse(res.body.toString('utf8'));
        const code = typeof doc.error === 'string' ? doc.error.slice(0, 60) : undefined;
        const desc = typeof doc.error_description === 'string' ? doc.error_description.slice(0, 160) : undefined;
        if (code)
            return `HTTP ${res.status} ${code}${desc ? ` (${desc})` : ''}`;
    }
    catch {
        // not JSON: the status says enough
    }
    return `HTTP ${res.status}`;
}

;// CONCATENATED MODULE: ./packages/core/src/gate/introspect.ts
// Token introspection (RFC 7662), and its signed form (RFC 9701): with `signed`, the response must be an
// `application/token-introspection+jwt` whose signature verifies against the issuer's JWKS with an asymmetric
// algorithm (no `none`, no HMAC keyed with a public key), whose `typ`, `iss`, `aud` and `iat` are right; only
// then are the claims in `token_introspection` looked at.





const JWT_TYPE = 'application/token-introspection+jwt';
/** Asymmetric only: a JWKS holds public keys, so an HMAC algorithm here would be algorithm confusion. */
const SIGNED_ALGS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];
async function introspect(req, http, onSecret) {
    const auth = await clientAuthParts(req.auth, req.assertionAudience);
    auth.secrets.forEach(onSecret);
    const res = await request('introspection-endpoint', req.endpoint, {
        method: 'POST',
        headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: req.signed ? JWT_TYPE : 'application/json',
            ...auth.headers,
        },
        body: formBody({ token: req.token, token_type_hint: 'access_token' }, auth),
    }, http);
    if (res.status !== 200) {
        throw new errors/* GateError */.ue({ input: 'introspection-endpoint', problem: `introspection was refused: ${oauthErrorText(res)}`, fix: 'check the introspecting client (introspection-client-id, its secret or key, introspection-auth-method) and the endpoint URL' });
    }
    if (!req.signed)
        return jsonObject('introspection-endpoint', res);
    return verifySigned(res, req.signed, req.auth.clientId, http);
}
async function verifySigned(res, s, clientId, http) {
    const type = res.contentType.split(';')[0].trim().toLowerCase();
    if (type !== JWT_TYPE) {
        throw new errors/* GateError */.ue({ input: 'signed-response', problem: `the server answered ${describeBody(res)} instead of a signed ${JWT_TYPE}`, fix: 'enable signed introspection responses for the introspecting client (introspection_signed_response_alg), or turn signed-response off' });
    }
    const jwks = await fetchJwks(s.jwksUri, http);
    let payload;
    try {
        ({ payload } = await (0,verify/* jwtVerify */.V)(res.body.toString('utf8').trim(), (0,local/* createLocalJWKSet */.w)(jwks), {
            algorithms: SIGNED_ALGS,
            typ: 'token-introspection+jwt',
            issuer: s.issuer,
            audience: clientId,
            clockTolerance: s.clockSkewSec,
            requiredClaims: ['iat'],
        }));
    }
    catch (e) {
        throw new errors/* GateError */.ue({ input: 'signed-response', problem: `the signed introspection response was refused: ${joseReason(e)}`, fix: 'the response was not signed by the issuer for this client; check issuer, jwks-uri and introspection-client-id, and whether something between the gate and the server alters responses' });
    }
    const inner = payload.token_introspection;
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) {
        throw new errors/* GateError */.ue({ input: 'signed-response', problem: 'the signed response has no token_introspection object', fix: 'check that the server implements RFC 9701' });
    }
    return inner;
}
function joseReason(e) {
    if (e instanceof util_errors/* JOSEAlgNotAllowed */.Rb)
        return 'its algorithm is not an allowed asymmetric one (none and HMAC are refused)';
    if (e instanceof util_errors/* JWSSignatureVerificationFailed */.h2)
        return 'the signature does not verify';
    if (e instanceof util_errors/* JWKSNoMatchingKey */.BT)
        return 'no key of the issuer\'s JWKS matches it';
    if (e instanceof util_errors/* JWTClaimValidationFailed */.ie)
        return `claim ${e.claim} ${e.reason === 'missing' ? 'is missing' : 'is wrong'} (${e.message})`;
    if (e instanceof util_errors/* JWTExpired */.n)
        return 'it has expired';
    if (e instanceof util_errors/* JOSEError */.i4)
        return `${e.code}: ${e.message}`;
    return e instanceof Error ? e.message : 'not a JWT';
}
async function fetchJwks(url, http) {
    const res = await request('jwks-uri', url, { method: 'GET', headers: { accept: 'application/json, application/jwk-set+json' } }, http);
    if (res.status !== 200)
        throw new errors/* GateError */.ue({ input: 'jwks-uri', problem: `${url.origin}${url.pathname} answered HTTP ${res.status}`, fix: 'check jwks-uri (or the issuer metadata\'s jwks_uri)' });
    const doc = jsonObject('jwks-uri', res);
    if (!Array.isArray(doc.keys))
        throw new errors/* GateError */.ue({ input: 'jwks-uri', problem: 'the JWKS has no keys array', fix: 'check jwks-uri' });
    return doc;
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./packages/core/src/gate/ca.ts
// ca-file: extra CA certificates for private PKI. Node's global fetch takes no per-request CA and Node does not
// export its bundled undici Agent, so the certificates join Node's default CA list for this process
// (tls.setDefaultCACertificates, Node >= 22.19 / 24.5) — what NODE_EXTRA_CA_CERTS does at start-up.





const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
async function trustCaFile(cwd, file) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, file), 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz({ input: 'ca-file', problem: `cannot read ${file} (${e.code ?? 'error'})`, fix: 'give the path of a PEM file of CA certificates, relative to the workspace' });
    }
    const certs = text.match(PEM) ?? [];
    if (certs.length === 0)
        throw new errors/* InputError */.dz({ input: 'ca-file', problem: `${file} holds no PEM certificate`, fix: 'give a file with -----BEGIN CERTIFICATE----- blocks' });
    for (const c of certs) {
        try {
            new external_node_crypto_.X509Certificate(c);
        }
        catch {
            throw new errors/* InputError */.dz({ input: 'ca-file', problem: `${file} holds a certificate that does not parse`, fix: 'check the PEM file' });
        }
    }
    const setDefault = external_node_tls_.setDefaultCACertificates;
    if (!setDefault) {
        throw new errors/* InputError */.dz({ input: 'ca-file', problem: 'this Node.js cannot add CA certificates at run time', fix: 'set NODE_EXTRA_CA_CERTS to the file in the environment instead, or use Node 24' });
    }
    setDefault([...external_node_tls_.getCACertificates('default'), ...certs]);
    return certs.length;
}

;// CONCATENATED MODULE: ./packages/core/src/gate/settings.ts
// Options -> the gate's settings, checked before anything is hashed or sent: which endpoints (validated URLs,
// or discovered later from the issuer), which credentials, which claims are required.



const opt = (v) => (v === undefined || v.trim() === '' ? undefined : v.trim());
function gateSettings(o, idToken, oidcAudience) {
    const insecure = o['allow-insecure-http'];
    const url = (name) => {
        const v = opt(o[name]);
        return v === undefined ? undefined : checkEndpoint(name, v, insecure);
    };
    const issuer = url('issuer');
    const introspectionEndpoint = url('introspection-endpoint');
    const tokenEndpoint = url('token-endpoint');
    const jwksUri = url('jwks-uri');
    if (!issuer && !introspectionEndpoint) {
        throw new errors/* InputError */.dz({ input: 'issuer', problem: 'neither issuer nor introspection-endpoint is set', fix: 'set issuer (endpoints are discovered from its metadata) or introspection-endpoint' });
    }
    if (o['signed-response'] && !issuer) {
        throw new errors/* InputError */.dz({ input: 'issuer', problem: 'signed-response needs the issuer the signature must come from', fix: 'set issuer' });
    }
    const clientId = opt(o['client-id']);
    const method = o['client-auth-method'];
    const fetchIdToken = idToken ? () => idToken(opt(oidcAudience) ?? opt(o.issuer) ?? '') : undefined;
    const client = clientId
        ? { method, clientId, secret: opt(o['client-secret']), privateKey: opt(o['client-private-key']), idToken: fetchIdToken, inputs: { clientId: 'client-id', secret: 'client-secret', privateKey: 'client-private-key', method: 'client-auth-method' } }
        : undefined;
    const token = opt(o.token);
    if (!token && !client) {
        throw new errors/* InputError */.dz({ input: 'token', problem: 'no token and no client-id to obtain one', fix: 'give token, or client-id with client-secret (client-credentials grant)' });
    }
    if (!token && !tokenEndpoint && !issuer) {
        throw new errors/* InputError */.dz({ input: 'token-endpoint', problem: 'no token-endpoint and no issuer to discover it from', fix: 'set token-endpoint or issuer' });
    }
    const introspectionId = opt(o['introspection-client-id']) ?? clientId;
    if (!introspectionId) {
        throw new errors/* InputError */.dz({ input: 'introspection-client-id', problem: 'no client to introspect as', fix: 'set introspection-client-id (and its secret), or client-id' });
    }
    // The introspecting client's credentials default to the client's (as the inputs document).
    const introspectionClient = {
        method: (o['introspection-auth-method'] ?? method),
        clientId: introspectionId,
        secret: opt(o['introspection-client-secret']) ?? opt(o['client-secret']),
        privateKey: opt(o['introspection-private-key']) ?? opt(o['client-private-key']),
        idToken: fetchIdToken,
        inputs: { clientId: 'introspection-client-id', secret: 'introspection-client-secret', privateKey: 'introspection-private-key', method: 'introspection-auth-method' },
    };
    let expectedDigest;
    const expected = opt(o['expected-digest']);
    if (expected !== undefined) {
        expectedDigest = (0,sha256/* parseDigestTag */.eG)(expected);
        if (!expectedDigest)
            throw new errors/* InputError */.dz({ input: 'expected-digest', problem: 'is not a SHA-256 digest', fix: 'give sha256:<64 hex digits>, as upload-artifact\'s artifact-digest output' });
    }
    return {
        issuer,
        issuerId: opt(o.issuer),
        introspectionEndpoint,
        tokenEndpoint,
        jwksUri,
        token,
        client,
        introspectionClient,
        resource: opt(o.resource),
        scope: opt(o.scope),
        signed: o['signed-response'],
        http: { timeoutMs: o.timeout, maxBytes: o['max-response-bytes'], allowInsecureHttp: insecure },
        expectedDigest,
        audience: opt(o.audience) ?? opt(o.resource),
    };
}
function attestationUnsupported(path) {
    return new errors/* GateError */.ue({
        input: 'attestation-bundle',
        problem: `${path} was given, but this version does not verify Sigstore attestation bundles, so it cannot count as a second source`,
        fix: 'remove attestation-bundle and use expected-digest (or verify the bundle with `gh attestation verify` in an earlier step)',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/gate/token.ts
// The client-credentials grant (RFC 6749 §4.4) with an optional resource indicator (RFC 8707) and scope.




async function clientCredentials(req, http, onSecret) {
    const auth = await clientAuthParts(req.auth, req.assertionAudience);
    auth.secrets.forEach(onSecret);
    const body = formBody({ grant_type: 'client_credentials', scope: req.scope, resource: req.resource }, auth);
    const res = await request('token-endpoint', req.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...auth.headers },
        body,
    }, http);
    if (res.status !== 200) {
        throw new errors/* GateError */.ue({ input: 'token-endpoint', problem: `the client-credentials grant was refused: ${oauthErrorText(res)}`, fix: 'check client-id, the client secret or key, client-auth-method, scope and resource against the client registered at the server' });
    }
    const doc = jsonObject('token-endpoint', res);
    if (typeof doc.access_token !== 'string' || doc.access_token === '') {
        throw new errors/* GateError */.ue({ input: 'token-endpoint', problem: 'the token response has no access_token', fix: 'check that token-endpoint is the server\'s token endpoint' });
    }
    onSecret(doc.access_token);
    return { accessToken: doc.access_token, secrets: auth.secrets };
}

;// CONCATENATED MODULE: ./packages/core/src/gate/run.ts
// The gate: hash the artifact, then ask the authorization server (once, or polling with backoff and jitter
// until wait-timeout) whether an active token vouches for that digest. Opens only when every check passes;
// every error while deciding counts as "closed" (InputErrors are thrown: the configuration cannot work).








const realSleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function runGate(options, deps) {
    const now = deps.now ?? Date.now;
    const sleep = deps.sleep ?? realSleep;
    const random = deps.random ?? Math.random;
    const onSecret = deps.onSecret ?? (() => undefined);
    const started = now();
    const settings = gateSettings(options, deps.idToken, options['oidc-audience']);
    if (settings.token)
        onSecret(settings.token);
    const caFile = options['ca-file']?.trim();
    if (caFile)
        deps.log(`ca-file: trusting ${await trustCaFile(deps.cwd, caFile)} extra CA certificate(s) from ${caFile}`);
    const artifact = await digestArtifact(deps.cwd, options.artifact);
    deps.log(`artifact: ${artifact.digest} (${artifact.kind === 'file' ? 'one file' : `manifest of ${artifact.files} files`}, ${artifact.bytes} bytes)`);
    const sources = secondSources(options, settings, artifact);
    const result = (approved, reason, checks, polls, approval) => ({
        approved, artifact, reason, checks, sources, polls, approval, durationMs: now() - started,
    });
    const failedSource = sources.find((s) => !s.ok);
    if (failedSource)
        return result(false, `${failedSource.name}: ${failedSource.detail}`, [], []);
    const ask = asker(settings, options, onSecret, now);
    const polls = [];
    const deadline = started + options['wait-timeout'];
    let interval = options['poll-interval'];
    let lastChecks = [];
    let lastFix;
    for (let n = 1;; n++) {
        let outcome;
        try {
            outcome = await ask(artifact.hex);
        }
        catch (e) {
            if (e instanceof errors/* InputError */.dz || !(e instanceof errors/* BulkheadError */.xR))
                throw e;
            outcome = { approved: false, line: e.input ? `${e.input}: ${e.problem}` : e.problem, fix: e.fix };
        }
        lastFix = outcome.fix;
        if (outcome.checks)
            lastChecks = outcome.checks;
        polls.push({ at: new Date(now()).toISOString(), approved: outcome.approved, outcome: outcome.line });
        if (outcome.approved) {
            deps.log(`poll ${n}: approved (${outcome.line})`);
            const c = outcome.claims;
            const approval = {
                clientId: typeof c.client_id === 'string' ? c.client_id : undefined,
                sub: typeof c.sub === 'string' ? c.sub : undefined,
                iss: typeof c.iss === 'string' ? c.iss : undefined,
                expiresAt: typeof c.exp === 'number' ? new Date(c.exp * 1000).toISOString() : undefined,
            };
            return result(true, `approved by ${approval.sub ?? approval.clientId ?? 'the token'}${approval.expiresAt ? ` until ${approval.expiresAt}` : ''}`, lastChecks, polls, approval);
        }
        const remaining = deadline - now();
        if (remaining <= 0) {
            deps.log(`poll ${n}: closed (${outcome.line})`);
            const waited = options['wait-timeout'] > 0 ? ` after waiting ${Math.round((now() - started) / 1000)} s (${n} polls)` : '';
            return { ...result(false, `${outcome.line}${waited}`, lastChecks, polls), fix: lastFix };
        }
        // Jitter of +-20% spreads gates started together; the wait grows 1.5x per poll up to 4x the interval.
        const delay = Math.max(0, Math.min(interval * (0.8 + 0.4 * random()), remaining));
        deps.log(`poll ${n}: not approved (${outcome.line}); next poll in ${(delay / 1000).toFixed(1)} s`);
        await sleep(delay);
        interval = Math.min(interval * 1.5, options['poll-interval'] * 4);
    }
}
function secondSources(o, s, a) {
    const out = [];
    if (s.expectedDigest) {
        const ok = s.expectedDigest === a.hex;
        out.push({ name: 'expected-digest', ok, detail: ok ? `equals ${a.digest}` : `is sha256:${s.expectedDigest}, but the artifact is ${a.digest}` });
    }
    const bundle = o['attestation-bundle']?.trim();
    if (bundle)
        out.push({ name: 'attestation-bundle', ok: false, detail: attestationUnsupported(bundle).problem });
    return out;
}
/** One question to the server per call: (token), introspection, checks. Metadata is discovered once. */
function asker(s, o, onSecret, now) {
    let meta;
    const metadata = async () => (meta ??= await discover(s.issuer, s.issuerId, s.http));
    const endpoint = async (given, key, input) => given ?? metadataEndpoint(await metadata(), key, input, s.http.allowInsecureHttp);
    return async (digestHex) => {
        let token = s.token;
        if (!token) {
            const tokenEndpoint = await endpoint(s.tokenEndpoint, 'token_endpoint', 'token-endpoint');
            token = (await clientCredentials({ endpoint: tokenEndpoint, auth: s.client, assertionAudience: s.issuerId ?? tokenEndpoint.href, resource: s.resource, scope: s.scope }, s.http, onSecret)).accessToken;
        }
        const introspectionEndpoint = await endpoint(s.introspectionEndpoint, 'introspection_endpoint', 'introspection-endpoint');
        const claims = await introspect({
            endpoint: introspectionEndpoint,
            token,
            auth: s.introspectionClient,
            assertionAudience: s.issuerId ?? introspectionEndpoint.href,
            signed: s.signed ? { jwksUri: await endpoint(s.jwksUri, 'jwks_uri', 'jwks-uri'), issuer: s.issuerId, clockSkewSec: o['clock-skew'] / 1000 } : undefined,
        }, s.http, onSecret);
        const checks = checkClaims(claims, {
            digest: digestHex,
            digestClaim: o['digest-claim'],
            issuer: s.issuerId,
            audience: s.audience,
            requiredScopes: (o['required-scope'] ?? '').split(/\s+/).filter(Boolean),
            allowedClientIds: o['allowed-client-ids'] ?? [],
            allowedSubjects: o['allowed-subjects'] ?? [],
            clockSkewSec: o['clock-skew'] / 1000,
            nowSec: Math.floor(now() / 1000),
        });
        const failed = checks.filter((c) => !c.ok);
        const line = failed.length === 0 ? checks.find((c) => c.name === 'digest').detail : failed.map((c) => `${c.name}: ${c.detail}`).join('; ');
        const fix = failed.some((c) => c.name === 'digest' || c.name === 'active')
            ? `have the authorization server vouch for sha256:${digestHex} (an active token whose ${o['digest-claim']} claim carries it), or set wait-timeout to wait for the approval`
            : 'align issuer, audience, required-scope and the allow-lists with the tokens the server issues, or fix the client registration';
        return { approved: failed.length === 0, line, checks, claims, fix };
    };
}

// EXTERNAL MODULE: ./packages/core/src/report/json.ts
var json = __webpack_require__(3092);
// EXTERNAL MODULE: ./packages/core/src/version.ts
var version = __webpack_require__(8109);
;// CONCATENATED MODULE: ./packages/core/src/gate/report.ts
// The gate's result as a JSON report (envelope kind `bulkhead.oauth-signature-gate`; `data.events` and
// `data.passed` are what diff-telemetry's risk coefficient counts), a job summary and terminal text.


const GATE_REPORT_VERSION = '1';
function gateJson(r, generatedAt) {
    return (0,json/* buildJsonReport */.X)({
        kind: 'bulkhead.oauth-signature-gate',
        schemaVersion: GATE_REPORT_VERSION,
        tool: { name: 'bulkhead', version: version/* BULKHEAD_VERSION */.d },
        generatedAt,
        data: {
            passed: r.approved,
            events: r.approved ? 0 : 1,
            digest: r.artifact.digest,
            artifact: { kind: r.artifact.kind, files: r.artifact.files, bytes: r.artifact.bytes, manifest: r.artifact.manifest?.text },
            reason: r.reason,
            approval: r.approval ?? null,
            checks: r.checks,
            sources: r.sources,
            polls: r.polls,
            durationMs: r.durationMs,
        },
    });
}
/** The step's outputs. */
function gateOutputs(r) {
    return {
        digest: r.artifact.digest,
        approved: String(r.approved),
        subject: r.approved ? r.approval?.sub ?? r.approval?.clientId ?? '' : '',
        'expires-at': r.approved ? r.approval?.expiresAt ?? '' : '',
    };
}
function gateHeadline(r) {
    return r.approved ? `oauth-signature-gate: open — ${r.artifact.digest} ${r.reason}` : `oauth-signature-gate: closed — ${r.reason}`;
}
function gateSummary(r) {
    const s = new SummaryBuilder();
    s.heading(`oauth-signature-gate: ${r.approved ? 'open' : 'closed'}`);
    s.paragraph(r.approved ? `Approved: ${escapeCell(r.reason)}.` : `Closed: ${escapeCell(r.reason)}.${r.fix ? ` Fix: ${escapeCell(r.fix)}` : ''}`);
    const a = r.approval;
    const rows = [
        ['artifact digest', r.artifact.digest],
        ['computed from', r.artifact.kind === 'file' ? `one file, ${r.artifact.bytes} bytes` : `manifest of ${r.artifact.files} files, ${r.artifact.bytes} bytes`],
    ];
    if (a)
        rows.push(['approved by (client_id)', a.clientId ?? '—'], ['approved by (sub)', a.sub ?? '—'], ['issuer', a.iss ?? '—'], ['approval expires', a.expiresAt ?? '—']);
    rows.push(['polls', String(r.polls.length)]);
    s.table(['', 'value'], rows);
    if (r.checks.length > 0 || r.sources.length > 0) {
        s.table(['check', 'result', 'detail'], [...r.sources, ...r.checks].map((c) => [c.name, c.ok ? 'pass' : 'FAIL', c.detail]));
    }
    if (r.polls.length > 1)
        s.details(`${r.polls.length} polls`, r.polls.map((p) => `- ${p.at}: ${p.approved ? 'approved' : p.outcome}`).join('\n'));
    if (r.artifact.manifest)
        s.details(`manifest (${r.artifact.files} files, sha256sum format)`, `\`\`\`\n${r.artifact.manifest.text}\`\`\``);
    return s.toString();
}
function gateText(r) {
    const lines = [gateHeadline(r)];
    lines.push(`  digest: ${r.artifact.digest} (${r.artifact.kind === 'file' ? 'file' : `manifest of ${r.artifact.files} files`})`);
    for (const c of [...r.sources, ...r.checks])
        lines.push(`  ${c.ok ? 'pass' : 'FAIL'} ${c.name}: ${c.detail}`);
    if (!r.approved && r.fix)
        lines.push(`  fix: ${r.fix}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/oauth-signature-gate.ts
// `bulkhead oauth-signature-gate ARTIFACT --issuer URL ...`: the same gate from any CI. Exit 0 open, 1 closed,
// 2 usage or configuration error. Progress goes to stderr, the verdict (text or JSON) to stdout.




const command = {
    name: 'oauth-signature-gate',
    summary: decl/* OAUTH_SIGNATURE_GATE_DECL */.i.summary,
    decl: decl/* OAUTH_SIGNATURE_GATE_DECL */.i,
    async run(args, io) {
        const o = args.options;
        // Secrets on a command line are visible to every process on the machine: each secret option can come from
        // BULKHEAD_<NAME> in the environment instead (a flag or .bulkhead.yml still wins).
        for (const opt of decl/* OAUTH_SIGNATURE_GATE_DECL */.i.options) {
            const key = opt.name;
            const fromEnv = io.env[`BULKHEAD_${opt.name.toUpperCase().replace(/-/g, '_')}`];
            if ('secret' in opt && opt.secret && (o[key] === undefined || o[key] === '') && fromEnv)
                o[key] = fromEnv;
        }
        const result = await runGate(o, { cwd: io.cwd, log: (m) => io.stderr(`${m}\n`) });
        const report = gateJson(result, new Date().toISOString());
        if (o['report-file'])
            await (0,atomic/* writeOutputFile */.B)((0,external_node_path_.resolve)(io.cwd, o['report-file']), (0,json/* serializeJson */.L)(report), 'report-file', o['report-file']);
        io.stdout(o.format === 'json' ? (0,json/* serializeJson */.L)(report) : gateText(result));
        return result.approved ? 0 : 1;
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
