export const id = 665;
export const ids = [665];
export const modules = {

/***/ 9063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isLockfile)
/* harmony export */ });
/* unused harmony export LOCKFILE_NAMES */
// Lockfiles of package managers, by file name: one list for secret-scan (no generic-rule findings in them)
// and diff-telemetry (the `lockfile` class), so the two can never disagree on a name.
/** Exact file names written by package managers to pin resolved dependencies. */
const LOCKFILE_NAMES = new Set([
    // JavaScript
    'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb', 'deno.lock',
    // Python
    'poetry.lock', 'Pipfile.lock', 'uv.lock', 'pdm.lock', 'pixi.lock', 'conda-lock.yml', 'pylock.toml',
    // Ruby, PHP, Go, Rust
    'Gemfile.lock', 'gems.locked', 'composer.lock', 'go.sum', 'go.work.sum', 'Gopkg.lock', 'Cargo.lock',
    // Apple, Dart, Elixir/Erlang, Nix, .NET, JVM, C/C++
    'Podfile.lock', 'Package.resolved', 'Cartfile.resolved', 'pubspec.lock', 'mix.lock', 'rebar.lock', 'flake.lock',
    'packages.lock.json', 'paket.lock', 'gradle.lockfile', 'buildscript-gradle.lockfile', 'conan.lock',
    // Julia, Crystal, Haskell, R, Helm, Terraform, Bazel
    'Manifest.toml', 'shard.lock', 'cabal.project.freeze', 'stack.yaml.lock', 'renv.lock', 'Chart.lock',
    '.terraform.lock.hcl', 'MODULE.bazel.lock',
]);
/** Lockfile names with a variable part: PEP 751 `pylock.<name>.toml`, opam `<pkg>.opam.locked`. */
const LOCKFILE_NAME_PATTERNS = [/^pylock\.[^.]+\.toml$/, /^.+\.opam\.locked$/];
/** The file name (last `/`-separated segment) of a path. */
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** True when the path's file name is a lockfile's, at any depth (`a/b/yarn.lock`). Paths use `/`. */
function isLockfile(path) {
    const name = baseName(path);
    return LOCKFILE_NAMES.has(name) || LOCKFILE_NAME_PATTERNS.some((re) => re.test(name));
}


/***/ }),

/***/ 5223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fy: () => (/* binding */ revListArgs),
/* harmony export */   nm: () => (/* binding */ ensureCommits)
/* harmony export */ });
/* unused harmony exports isShallow, hasCommit, listCommits */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7589);
// Make sure the commits a target needs are in the clone: fetch / deepen shallow clones when a remote
// can provide them, otherwise fail with the fetch-depth to set. Never let a short clone pass silently.


async function isShallow(cwd) {
    return (await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}
async function hasCommit(cwd, rev) {
    return (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitSucceeds */ .GN)(cwd, ['cat-file', '-e', `${rev}^{commit}`]);
}
async function hasRemote(cwd, remote) {
    return (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitSucceeds */ .GN)(cwd, ['remote', 'get-url', remote]);
}
async function tryFetch(cwd, args, log) {
    log?.(`git fetch ${args.join(' ')}`);
    const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(cwd, ['fetch', '--no-tags', '--quiet', ...args], { allowFailure: true });
    return r.code === 0;
}
function depthError(what, fix) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitError */ .XS({ problem: `${what} are not in this clone (it is shallow or missing refs)`, fix });
}
/**
 * Returns the target to use: unchanged, or — for a force-push whose old head is gone — the equivalent
 * new-branch target. Throws GitError naming the fetch-depth to set when the commits cannot be had.
 */
async function ensureCommits(cwd, target, opts = {}) {
    const remote = opts.remote ?? 'origin';
    const canFetch = (opts.fetch ?? true) && (await hasRemote(cwd, remote));
    const fetchSha = async (sha) => (await hasCommit(cwd, sha)) || (canFetch && (await tryFetch(cwd, [remote, sha], opts.log)) && (await hasCommit(cwd, sha)));
    switch (target.kind) {
        case 'tree':
        case 'none':
        case 'staged':
            return target;
        case 'history': {
            if (await isShallow(cwd)) {
                if (!(canFetch && (await tryFetch(cwd, ['--unshallow', remote], opts.log)))) {
                    throw depthError('the full history', "set 'fetch-depth: 0' on actions/checkout to scan history");
                }
            }
            if (target.head && !(await fetchSha(target.head)))
                throw depthError(`commit ${target.head}`, "set 'fetch-depth: 0' on actions/checkout");
            return target;
        }
        case 'range': {
            if (!(await fetchSha(target.head))) {
                throw depthError(`head commit ${target.head.slice(0, 12)}`, "check out the event's commit (actions/checkout does by default) or set the 'head' input");
            }
            if (!(await fetchSha(target.base))) {
                if (!canFetch && (await isShallow(cwd))) {
                    throw depthError(`base commit ${target.base.slice(0, 12)}`, commitCountFix(opts.commitCount));
                }
                // A force-push drops the old head from the server: fall back to "commits not on the default branch".
                return { kind: 'new-branch', head: target.head, exclude: await defaultExcludes(cwd, remote) };
            }
            await deepenUntil(cwd, () => (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitSucceeds */ .GN)(cwd, ['merge-base', target.base, target.head]), canFetch, remote, opts, `the history between ${target.base.slice(0, 12)} and ${target.head.slice(0, 12)}`);
            return target;
        }
        case 'new-branch': {
            if (!(await fetchSha(target.head)))
                throw depthError(`head commit ${target.head.slice(0, 12)}`, "set 'fetch-depth: 0' on actions/checkout");
            const exclude = [];
            for (const ref of target.exclude) {
                if (await hasCommit(cwd, ref))
                    exclude.push(ref);
                else {
                    const branch = ref.replace(/^refs\/remotes\/[^/]+\//, '');
                    if (canFetch && (await tryFetch(cwd, [remote, `+refs/heads/${branch}:${ref}`], opts.log)) && (await hasCommit(cwd, ref)))
                        exclude.push(ref);
                }
            }
            if (exclude.length === 0) {
                // Without a default branch to compare to, every commit reachable from head is "new": say so by scanning them all.
                if (await isShallow(cwd)) {
                    if (!(canFetch && (await tryFetch(cwd, ['--unshallow', remote], opts.log)))) {
                        throw depthError('the commits of this new branch', "set 'fetch-depth: 0' on actions/checkout");
                    }
                }
                return { kind: 'new-branch', head: target.head, exclude: [] };
            }
            const excl = exclude;
            await deepenUntil(cwd, () => (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitSucceeds */ .GN)(cwd, ['merge-base', target.head, ...excl.slice(0, 1)]), canFetch, remote, opts, 'the history of this branch back to the default branch');
            return { kind: 'new-branch', head: target.head, exclude };
        }
    }
}
async function defaultExcludes(cwd, remote) {
    const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(cwd, ['symbolic-ref', '-q', `refs/remotes/${remote}/HEAD`], { allowFailure: true });
    if (r.code === 0 && r.stdout.trim())
        return [r.stdout.trim()];
    for (const name of ['main', 'master']) {
        if (await hasCommit(cwd, `refs/remotes/${remote}/${name}`))
            return [`refs/remotes/${remote}/${name}`];
    }
    return [];
}
/** Deepen a shallow clone step by step until `ok()` holds; error with the fetch-depth otherwise. */
async function deepenUntil(cwd, ok, canFetch, remote, opts, what) {
    if (await ok())
        return;
    if (!(await isShallow(cwd))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitError */ .XS({ problem: `${what} has no common ancestor in this repository`, fix: 'check that base and head belong to the same repository' });
    }
    let depth = Math.max(50, (opts.commitCount ?? 0) + 10);
    for (let i = 0; canFetch && i < 4; i++, depth *= 4) {
        if (!(await tryFetch(cwd, [`--deepen=${depth}`, remote], opts.log)))
            break;
        if (await ok())
            return;
        if (!(await isShallow(cwd)))
            break;
    }
    if (canFetch && (await isShallow(cwd)) && (await tryFetch(cwd, ['--unshallow', remote], opts.log)) && (await ok()))
        return;
    throw depthError(what, commitCountFix(opts.commitCount));
}
function commitCountFix(commitCount) {
    return commitCount
        ? `set 'fetch-depth: ${commitCount + 1}' or more (0 fetches all history) on actions/checkout`
        : "set 'fetch-depth: 0' on actions/checkout";
}
/** Commit SHAs a target covers, oldest first. */
async function listCommits(cwd, target) {
    const args = revListArgs(target);
    if (!args)
        return [];
    const out = await git(cwd, ['rev-list', '--reverse', ...args]);
    return out.split('\n').filter(Boolean);
}
/** rev-list arguments selecting a target's commits, or null for tree/none/staged. */
function revListArgs(target) {
    switch (target.kind) {
        case 'history':
            return [target.head ?? 'HEAD'];
        case 'range':
            return [`${target.base}..${target.head}`];
        case 'new-branch':
            return target.exclude.length ? [target.head, '--not', ...target.exclude] : [target.head];
        default:
            return null;
    }
}


/***/ }),

/***/ 7589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   GN: () => (/* binding */ gitSucceeds),
/* harmony export */   QT: () => (/* binding */ gitCommand),
/* harmony export */   gy: () => (/* binding */ ZERO_SHA),
/* harmony export */   s5: () => (/* binding */ gitSpawnError),
/* harmony export */   th: () => (/* binding */ gitReason)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
// Thin wrappers over the git CLI. Engines use local git (never the GitHub API: it refuses large diffs).


/** Run git and collect its output. Throws GitError (a user error) when git is missing or fails. */
function runGit(cwd, args, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, {
            cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => reject(gitSpawnError(e)));
        child.on('close', (code) => {
            const result = { code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
            if (result.code !== 0 && !opts.allowFailure) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitError */ .XS({
                    problem: `${gitCommand(args)} failed in ${cwd}: ${gitReason(result.stderr, result.code)}`,
                    fix: 'check that the path is a git repository checked out with actions/checkout and that the refs exist',
                }));
                return;
            }
            resolve(result);
        });
        child.stdin.on('error', () => { }); // git may exit before reading stdin
        child.stdin.end(opts.input ?? '');
    });
}
/** The error for a git that could not be started at all. */
function gitSpawnError(e) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitError */ .XS({
        problem: e.code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git: ${e.message}`,
        fix: 'install git on the runner (it is preinstalled on GitHub-hosted runners)',
    });
}
/** git, stdout only. */
async function git(cwd, args, opts = {}) {
    return (await runGit(cwd, args, opts)).stdout;
}
/** True when git exits 0. */
async function gitSucceeds(cwd, args) {
    return (await runGit(cwd, args, { allowFailure: true })).code === 0;
}
/** `git ls-files`, not `git -c`: the subcommand after any `-c key=value` pairs. */
function gitCommand(args) {
    let i = 0;
    while (args[i] === '-c' || args[i] === '-C')
        i += 2;
    return `git ${args[i] ?? ''}`.trimEnd();
}
/** Why git failed, from its stderr: the `fatal:` line (git's conclusion) before an earlier `error:` line. */
function gitReason(stderr, code) {
    const lines = stderr.trim().split('\n');
    const line = lines.find((l) => l.startsWith('fatal:')) ?? lines.find((l) => l.startsWith('error:')) ?? lines[0] ?? '';
    return line.replace(/^(fatal|error):\s*/, '').trim() || `exit ${code ?? 'by signal'}`;
}
const ZERO_SHA = /^0+$/;


/***/ }),

/***/ 1300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t1: () => (/* binding */ streamGit),
/* harmony export */   vv: () => (/* binding */ gitBuffer)
/* harmony export */ });
/* unused harmony export DIFF_CONFIG */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7589);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
// Streaming git: large diffs are read chunk by chunk and never held whole in memory.



/** Pinned so our byte counts match across user configs (colour, prefixes, quoting, external tools). */
const DIFF_CONFIG = ['-c', 'core.quotePath=true', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false', '-c', 'color.ui=false', '-c', 'diff.context=3', '-c', 'diff.interHunkContext=0'];
/** Run git, handing each stdout chunk to `onData`. Rejects with a GitError naming the command on failure. */
function streamGit(cwd, args, onData, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...DIFF_CONFIG, ...args], {
            cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0', ...opts.env },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stderr = '';
        let failed;
        child.stdout.on('data', (b) => {
            if (failed)
                return;
            try {
                onData(b);
            }
            catch (e) {
                failed = e;
                child.kill();
            }
        });
        child.stderr.on('data', (b) => {
            if (stderr.length < 4000)
                stderr += b.toString('utf8');
        });
        child.on('error', (e) => reject((0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .gitSpawnError */ .s5)(e)));
        child.on('close', (code) => {
            if (failed)
                return reject(failed);
            if (code !== 0) {
                return reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS({
                    problem: `${(0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .gitCommand */ .QT)(args)} failed: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .gitReason */ .th)(stderr, code)}`,
                    fix: 'check that the path is a git repository with both commits of the range (fetch-depth: 0 on actions/checkout)',
                }));
            }
            resolve();
        });
        child.stdin.on('error', () => { }); // git may exit before reading all of stdin
        const input = opts.input;
        if (input === undefined)
            child.stdin.end();
        else if (typeof input === 'string')
            child.stdin.end(input);
        else
            void writeAll(child.stdin, input);
    });
}
async function writeAll(stream, chunks) {
    let buf = '';
    for (const c of chunks) {
        buf += c;
        if (buf.length >= 65536) {
            const ok = stream.write(buf);
            buf = '';
            if (!ok)
                await new Promise((r) => stream.once('drain', () => r()));
        }
    }
    stream.end(buf);
}
/** Run git and collect stdout as a Buffer (for small, bounded outputs). */
async function gitBuffer(cwd, args, opts = {}) {
    const parts = [];
    await streamGit(cwd, args, (b) => parts.push(b), opts);
    return Buffer.concat(parts);
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

/***/ 6278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a2: () => (/* binding */ highEntropyRule),
/* harmony export */   ly: () => (/* binding */ shannonEntropy),
/* harmony export */   qM: () => (/* binding */ meetsEntropy)
/* harmony export */ });
/* unused harmony exports HEX_ENTROPY_FLOOR, SHORT_VALUE_MARGIN, DEFAULT_ENTROPY_THRESHOLD */
// Counts of ASCII characters, reused across calls (every candidate secret is measured: a hot path, ~1.9
// million candidates per pass over the 300 MB config-dense tree).
const asciiCounts = new Int32Array(128);
const asciiSeen = new Int32Array(128);
/** c * log2(c) for small counts: H = log2(n) - sum(c * log2 c) / n needs no logarithm per character then. */
const CLOG = Float64Array.from({ length: 1025 }, (_, c) => (c === 0 ? 0 : c * Math.log2(c)));
const clog = (c) => (c < CLOG.length ? CLOG[c] : c * Math.log2(c));
function shannonEntropy(s) {
    if (s.length === 0)
        return 0;
    let distinct = 0;
    let ascii = true;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 128) {
            ascii = false;
            break;
        }
        if (asciiCounts[c]++ === 0)
            asciiSeen[distinct++] = c;
    }
    let sum = 0;
    for (let j = 0; j < distinct; j++) {
        const c = asciiSeen[j];
        sum += clog(asciiCounts[c]);
        asciiCounts[c] = 0;
    }
    if (ascii)
        return entropyOf(sum, s.length);
    // Not ASCII (rare): characters are code points.
    const counts = new Map();
    for (const ch of s)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    sum = 0;
    let n = 0;
    for (const c of counts.values()) {
        sum += clog(c);
        n += c;
    }
    return entropyOf(sum, n);
}
// Rounded to 1e-12 bits: the two logarithms can leave an error in the last bit (log2(24) - log2(3) is not
// exactly 3), and a uniform string's entropy must meet a threshold equal to it, as sum(-p log2 p) did.
const entropyOf = (sumClog, n) => Math.max(0, Math.round((Math.log2(n) - sumClog / n) * 1e12) / 1e12);
/**
 * Hex draws from 16 symbols, so a random hex value measures fewer bits per character than other tokens of its
 * length: of 100,000 random 32-character hex values (mean 3.61 bits), 1.7% fell under the keyed rules' 3.3 and
 * 0.009% under 3.0. Runs of 32+ hex characters are gated at this floor when a rule asks for more.
 */
const HEX_ENTROPY_FLOOR = 3.0;
/**
 * A short value cannot measure many bits per character: n characters hold at most log2(n) bits, and random ones
 * fewer (repeats). Of 50,000 random alphanumeric values, the 3.3 gate dropped 27% at 12 characters, 3% at 14
 * and 0.5% at 16; about one in a thousand measured under log2(n) - 0.85 at each length from 8 to 20. Values
 * under 24 characters with three kinds of character (upper case, lower case, digits, punctuation) are gated there.
 */
const SHORT_VALUE_MARGIN = 0.85;
const SHORT_VALUE_MAX = 24;
/**
 * `secret` has at least `min` bits per character; or, when `floors` holds, it is a 32+ character hex run at or
 * above HEX_ENTROPY_FLOOR, or a short mixed value at or above log2(length) - SHORT_VALUE_MARGIN. `floors`
 * false takes `min` as set (the opt-in high-entropy rule's threshold selects strings above what these reach).
 */
function meetsEntropy(secret, min, floors = true) {
    const h = shannonEntropy(secret);
    if (h >= min)
        return true;
    if (!floors)
        return false;
    const n = secret.length;
    if (n >= 32)
        return h >= HEX_ENTROPY_FLOOR && /^[0-9a-f]+$/i.test(secret);
    return n < SHORT_VALUE_MAX && h >= Math.log2(n) - SHORT_VALUE_MARGIN && characterKinds(secret) >= 3;
}
/** How many of upper case, lower case, digits and other characters `s` holds. */
function characterKinds(s) {
    return (/[A-Z]/.test(s) ? 1 : 0) + (/[a-z]/.test(s) ? 1 : 0) + (/\d/.test(s) ? 1 : 0) + (/[^A-Za-z\d]/.test(s) ? 1 : 0);
}
/** Default minimum Shannon entropy (bits/char) of the opt-in high-entropy rule. */
const DEFAULT_ENTROPY_THRESHOLD = 4.5;
/**
 * The opt-in rule for "any high-entropy string" (`entropy: true` in .bulkhead.yml): an assigned
 * run of base64 / hex / token characters, 20-200 long, with letters and digits, at or above `threshold`
 * bits per character. It runs over every line (no keyword), so it is off by default; the generic
 * false-positive filters (digests under digest names, placeholders, code references, data URIs, lockfiles,
 * minified bundles, values another rule already reports) apply to it.
 */
function highEntropyRule(threshold = DEFAULT_ENTROPY_THRESHOLD) {
    return {
        id: 'high-entropy-string',
        name: 'HighEntropyString',
        severity: 'low',
        family: 'entropy',
        description: `Assigned string with Shannon entropy of at least ${threshold} bits per character (opt-in).`,
        remediation: 'If this is a credential, rotate it and load it from the environment or a secret manager. If it is not (an id, a hash, ' +
            'test data), add its fingerprint to the baseline or raise `entropy-threshold`.',
        keywords: [],
        // Assigned to a name (`k = "…"`, `k: …`, `"k": "…"`): quoted runs without a name are mostly chunks of embedded blobs.
        pattern: /[\w$\]-]['"]?[ \t]{0,3}(?::=|=>|=(?!=)|:)[ \t]{0,5}['"\x60]?(?<secret>[A-Za-z0-9+/_~-]{20,200}={0,2})(?=['"\x60]|[ \t]*(?:[,;)\]}]|\r?\n|$))/,
        minEntropy: threshold,
        reject: (s) => !(/[A-Za-z]/.test(s) && /\d/.test(s)),
        confidence: 0.3,
        tags: ['entropy'],
    };
}


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Go: () => (/* binding */ isBinary),
/* harmony export */   WN: () => (/* binding */ scanFile),
/* harmony export */   q5: () => (/* binding */ scanBuffer)
/* harmony export */ });
/* unused harmony exports SNIFF_BYTES, DEFAULT_CHUNK_BYTES, scanChunks */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _compile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9971);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9903);
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
    const cr = 'matcher' in rules ? rules : (0,_compile_js__WEBPACK_IMPORTED_MODULE_3__/* .compileRules */ .nb)(rules);
    if (!opts.binary && looksBinary(cr, buf))
        return [];
    return scanSniffed(buf, path, cr, opts);
}
/** isBinary, in SIMD where WebAssembly is available (the JavaScript loop over 1 KB per file cost ~2% of a tree scan). */
function looksBinary(cr, buf) {
    return cr.matcher.looksBinary(buf) ?? isBinary(buf);
}
/** scanBuffer once the binary sniff is done. */
function scanSniffed(buf, path, cr, opts) {
    const chunk = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
    if (buf.length <= chunk)
        return scanWhole(buf instanceof Buffer ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.length), path, cr, opts);
    return scanChunks((target, pos) => {
        const n = Math.max(0, Math.min(target.length, buf.length - pos));
        target.set(buf.subarray(pos, pos + n));
        return n;
    }, path, cr, opts, chunk);
}
/** Decode the whole text once hit regions cover more than this share of it. */
const WHOLE_SHARE = 0.5;
/**
 * One automaton pass over the bytes. No hit: no decode at all. Each hit is kept for the rules whose byte
 * precheck passes there. Otherwise only the regions around kept hits (each rule's reach, widened to whole
 * lines) are decoded and scanned; lines and columns are counted only for regions that yield a match.
 */
function scanWhole(b, path, cr, opts) {
    if (cr.everywhere.length > 0 || cr.matcher.hasNonAscii)
        return scanDecoded(b, path, cr, opts);
    const regions = [];
    const hits = []; // triples: rule index, start, end of keyword (see ruleHitsOfText)
    const { rules, keywordRules, keywordLength } = cr;
    const offHere = opts.isRuleOffForPath;
    let off; // per rule: 0 not asked yet, 1 runs in this file, 2 off here
    const runs = (0,_compile_js__WEBPACK_IMPORTED_MODULE_3__/* .newTokenRunMemo */ .fj)();
    cr.matcher.scanBytes(b, (k, start) => {
        const end = start + keywordLength[k];
        let reach = -1;
        for (const ri of keywordRules[k]) {
            const c = rules[ri];
            if (offHere) {
                off ??= new Uint8Array(rules.length);
                if (off[ri] === 0)
                    off[ri] = offHere(c.rule, path) ? 2 : 1;
                if (off[ri] === 2)
                    continue;
            }
            if (c.near !== undefined && !c.near(b, end))
                continue; // this rule cannot match here
            hits.push(ri, start, end);
            if (c.window > reach)
                reach = c.window;
        }
        if (reach < 0)
            return;
        const from = Math.max(0, start - reach);
        const to = (0,_compile_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenRunEndBytes */ .vs)(b, Math.min(b.length, end + reach), runs);
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
        return scanDecoded(b, path, cr, opts, hits);
    return scanRegions(b, path, cr, opts, regions, hits);
}
// scanWhole, scanRegions and Placer are three functions on purpose: V8 recompiles a hot function each time
// a path it has not seen run runs (a file's first finding, a non-ASCII region), and those paths are rare
// and come one by one through a scan; kept apart, each such first time recompiles a small function, not
// the byte pass's caller (it had been compiled 7 times per 300 MB).
/** Decode and scan the regions around kept hits, widened to whole lines. */
function scanRegions(b, path, cr, opts, regions, hits) {
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
    let placer;
    let h = 0;
    for (let i = 0; i < wide.length; i += 2) {
        const a = wide[i];
        const z = wide[i + 1];
        // Hits are in byte order; those of this region are reused when its bytes are ASCII (offsets agree).
        const ascii = (0,node_buffer__WEBPACK_IMPORTED_MODULE_2__.isAscii)(b.subarray(a, z));
        let regionHits;
        if (ascii) {
            regionHits = [];
            while (h < hits.length && hits[h + 1] < a)
                h += 3;
            for (; h < hits.length && hits[h + 1] < z; h += 3)
                regionHits.push(hits[h], hits[h + 1] - a, hits[h + 2] - a);
        }
        const text = b.toString(ascii ? 'latin1' : 'utf8', a, z);
        const part = { ownFrom: 0, ownTo: text.length, line0: 1, col0: 1, openEnd: z < b.length };
        const found = (0,_match_js__WEBPACK_IMPORTED_MODULE_4__/* .scanTextPart */ .Of)(text, path, cr, opts, part, regionHits);
        if (part.truncated)
            return scanDecoded(b, path, cr, opts); // a token longer than the region: decode it all
        if (found.length > 0)
            (placer ??= new Placer(b, bom)).place(found, a, out);
    }
    return out;
}
/**
 * A plain loop: one native indexOf call per line cost more. On its own because V8 compiles a long loop
 * while it runs (OSR) and code after it that had not run yet then deoptimized: 45 times per scan when
 * this loop sat in Placer.place.
 */
function countNewlines(b, from, to) {
    let n = 0;
    for (let p = from; p < to; p++)
        if (b[p] === 10)
            n++;
    return n;
}
/** Moves a region's matches from region lines and columns to file ones, regions in file order. */
class Placer {
    b;
    bom;
    line = 1; // line number at byte `linePos`
    linePos = 0;
    colLs = -1; // line start, byte offset and column of the last region located (long lines: no re-decode)
    colAt = 0;
    colVal = 1;
    constructor(b, bom) {
        this.b = b;
        this.bom = bom;
    }
    place(found, a, out) {
        const b = this.b;
        // Locate the region in the file: its first line, and the column of its first byte.
        const line = (this.line += countNewlines(b, this.linePos, a));
        this.linePos = a;
        const ls = Math.max(this.bom, a > 0 ? b.lastIndexOf(10, a - 1) + 1 : 0);
        let col0 = 1;
        if (ls !== a)
            col0 = ls === this.colLs ? this.colVal + b.toString('utf8', this.colAt, a).length : b.toString('utf8', ls, a).length + 1;
        this.colLs = ls;
        this.colAt = a;
        this.colVal = col0;
        for (const m of found) {
            if (m.line === 1)
                m.column += col0 - 1;
            if (m.endLine === 1)
                m.endColumn += col0 - 1;
            m.line += line - 1;
            m.endLine += line - 1;
            out.push(m);
        }
    }
}
/** Decode it all. `hits` (rule hits over the bytes) are reused when the bytes are ASCII, so offsets agree. */
function scanDecoded(b, path, cr, opts, hits) {
    if (hits && (0,node_buffer__WEBPACK_IMPORTED_MODULE_2__.isAscii)(b)) {
        const text = b.toString('latin1');
        return (0,_match_js__WEBPACK_IMPORTED_MODULE_4__/* .scanTextPart */ .Of)(text, path, cr, opts, { ownFrom: 0, ownTo: text.length, line0: 1, col0: 1 }, hits);
    }
    let text = b.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    return (0,_match_js__WEBPACK_IMPORTED_MODULE_4__/* .scanTextPart */ .Of)(text, path, cr, opts, { ownFrom: 0, ownTo: text.length, line0: 1, col0: 1 });
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
        for (const m of (0,_match_js__WEBPACK_IMPORTED_MODULE_4__/* .scanTextPart */ .Of)(pending, path, cr, opts, { ownFrom: ctx, ownTo, line0, col0 }))
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
// One read buffer per thread, grown on demand: small files do not each allocate (less GC). Growing keeps
// the bytes read so far.
let scratchBuf = Buffer.allocUnsafe(0);
function scratch(size) {
    if (scratchBuf.length < size) {
        const grown = Buffer.allocUnsafe(Math.max(size, 1 << 20));
        scratchBuf.copy(grown, 0, 0, Math.min(scratchBuf.length, FIRST_READ));
        scratchBuf = grown;
    }
    return scratchBuf.subarray(0, size);
}
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
/**
 * O_NOATIME (Linux) where the process may use it (it owns the files, or is root): reading a freshly checked
 * out file otherwise writes its access time (relatime updates it once after a change), which cost ~0.8 µs
 * of kernel time per file on the first scan of a checkout, and a scan should not touch the files it reads.
 * Anywhere else EPERM (or no such flag): plain reads from then on.
 */
let noAtime = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOATIME ?? 0;
function openFile(path) {
    if (noAtime !== 0) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, OPEN_FLAGS | noAtime);
        }
        catch (e) {
            if (e.code !== 'EPERM')
                throw e;
            noAtime = 0;
        }
    }
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, OPEN_FLAGS);
}
/** Files are first read into this much; a file that fits is never fstat-ed (see scanFile). */
const FIRST_READ = 1 << 20;
/**
 * Read and scan one file. Opened with O_NOFOLLOW|O_NONBLOCK, so a file swapped for a symlink or FIFO after
 * the walk is neither followed nor blocks the scan. One read first: a read that does not fill the buffer
 * has reached the end of a regular file (Linux returns short reads of regular files only at the end), so
 * most files cost open, read and close, not a fourth fstat call (83k files: 0.15 s of CPU). Only a file
 * that fills it is fstat-ed: its size for the rest, and a device (an endless stream) is skipped.
 */
function scanFile(absPath, path, rules, opts = {}) {
    const cr = 'matcher' in rules ? rules : (0,_compile_js__WEBPACK_IMPORTED_MODULE_3__/* .compileRules */ .nb)(rules);
    let fd;
    try {
        fd = openFile(absPath);
    }
    catch (e) {
        return { matches: [], skipped: `cannot open: ${e.code ?? 'error'}`, bytes: 0 };
    }
    try {
        // Read straight into the keyword automaton's WebAssembly memory where there is one: the byte pass and
        // the binary sniff then run where the bytes lie, without copying each file once more.
        const first = cr.matcher.inputView(FIRST_READ) ?? scratch(FIRST_READ);
        const n0 = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, first, 0, FIRST_READ, 0);
        if (n0 < FIRST_READ) {
            const data = first.subarray(0, n0);
            if (!opts.binary && looksBinary(cr, data))
                return { matches: [], skipped: 'binary', bytes: n0 };
            return { matches: scanSniffed(data, path, cr, opts), bytes: n0 };
        }
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile())
            return { matches: [], skipped: 'not a regular file', bytes: 0 };
        const chunk = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
        if (st.size <= chunk) {
            const buf = scratch(st.size); // keeps the bytes already read: the scratch buffer only grows, by copy
            if (first.buffer !== buf.buffer)
                buf.set(first.subarray(0, Math.min(n0, st.size))); // read elsewhere (inputView)
            let got = Math.min(n0, st.size);
            while (got < st.size) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, got, st.size - got, got);
                if (n === 0)
                    break;
                got += n;
            }
            const data = buf.subarray(0, got);
            if (!opts.binary && looksBinary(cr, data))
                return { matches: [], skipped: 'binary', bytes: got };
            return { matches: scanSniffed(data, path, cr, opts), bytes: got };
        }
        if (!opts.binary && looksBinary(cr, first.subarray(0, SNIFF_BYTES)))
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

/***/ 9971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ LINE_SLACK),
/* harmony export */   Zl: () => (/* binding */ tokenRunEndText),
/* harmony export */   fj: () => (/* binding */ newTokenRunMemo),
/* harmony export */   nb: () => (/* binding */ compileRules),
/* harmony export */   vs: () => (/* binding */ tokenRunEndBytes)
/* harmony export */ });
/* unused harmony exports DEFAULT_WINDOW, DEFAULT_MULTILINE_WINDOW, shapeRule, secretGroupIndex, secretGroupInMatch, MAX_TOKEN_RUN */
/* harmony import */ var _keywords_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7297);

const DEFAULT_WINDOW = 256;
/** Forward bound for multi-line rules (a PEM RSA-4096 private key is ~3.3 KB). */
const DEFAULT_MULTILINE_WINDOW = 16_384;
const cache = new WeakMap();
function compileRules(rules) {
    const hit = cache.get(rules);
    if (hit)
        return hit;
    const compiled = rules.map((given) => {
        const rule = shapeRule(given);
        const flags = rule.pattern.flags.replace(/[gyd]/g, '');
        const multiline = rule.multiline === true;
        return {
            rule,
            re: new RegExp(rule.pattern.source, flags + 'g'),
            locate: /\(\?<secret>/.test(rule.pattern.source) ? new RegExp(rule.pattern.source, flags + 'yd') : undefined,
            secretInMatch: secretGroupInMatch(rule.pattern.source),
            window: rule.window ?? (multiline ? DEFAULT_MULTILINE_WINDOW : DEFAULT_WINDOW),
            multiline,
            near: rule.near,
            secretGroup: secretGroupIndex(rule.pattern.source),
            id: rule.id,
            minEntropy: rule.minEntropy,
            validate: rule.validate,
            reject: rule.reject,
            confidence: rule.confidence ?? 0.8,
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
    const maxReach = Math.max(DEFAULT_WINDOW, ...compiled.map((c) => c.window)) + maxKw + LINE_SLACK + MAX_TOKEN_RUN;
    const result = {
        rules: compiled,
        matcher: new _keywords_js__WEBPACK_IMPORTED_MODULE_0__/* .KeywordMatcher */ .m([...kwIndex.keys()]),
        keywordRules,
        keywordLength: [...kwIndex.keys()].map((k) => k.length),
        everywhere,
        maxReach,
    };
    cache.set(rules, result);
    return result;
}
/**
 * The same rule as an object of one fixed shape (every field present, in one order), for the filters that
 * read rule fields on every candidate: objects built from different key sets have different hidden classes.
 */
function shapeRule(r) {
    return {
        id: r.id,
        name: r.name,
        severity: r.severity,
        description: r.description,
        remediation: r.remediation,
        helpUri: r.helpUri,
        tags: r.tags,
        keywords: r.keywords,
        pattern: r.pattern,
        minEntropy: r.minEntropy,
        validate: r.validate,
        reject: r.reject,
        confidence: r.confidence,
        window: r.window,
        near: r.near,
        multiline: r.multiline,
        decoded: r.decoded,
        family: r.family,
    };
}
/**
 * Calls `visit` at each `(` and `)` of a pattern that opens or closes a group (escaped characters and
 * character classes skipped); stops when it returns true.
 */
function eachParen(source, visit) {
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\')
            i++;
        else if (c === '[') {
            for (i++; i < source.length && source[i] !== ']'; i++)
                if (source[i] === '\\')
                    i++;
        }
        else if ((c === '(' || c === ')') && visit(i, c === '('))
            return;
    }
}
/** 1-based index of the `secret` group among a pattern's capturing groups, -1 if it has none. */
function secretGroupIndex(source) {
    let n = 0;
    let found = -1;
    eachParen(source, (i, open) => {
        if (!open)
            return false;
        const named = source[i + 1] === '?' && source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!';
        if (source[i + 1] !== '?' || named)
            n++; // plain or named capturing group
        if (named && source.startsWith('(?<secret>', i))
            found = n;
        return found !== -1;
    });
    return found;
}
/** True when the `secret` group of a pattern is not inside a lookaround (escapes and classes respected). */
function secretGroupInMatch(source) {
    const open = []; // per open group: is it a lookaround?
    let inMatch = false;
    eachParen(source, (i, opening) => {
        if (!opening) {
            open.pop();
            return false;
        }
        if (source.startsWith('(?<secret>', i)) {
            inMatch = !open.includes(true);
            return true;
        }
        open.push(/^\(\?(?:=|!|<=|<!)/.test(source.slice(i, i + 4)));
        return false;
    });
    return inMatch;
}
/**
 * Decoded regions are widened to whole lines by at most this many bytes each way. Regex windows widen by
 * at most LINE_SLACK / 4 characters (and lineText takes that much context), so a region always holds them
 * even when every character takes 4 bytes: the region path then sees exactly what a full decode sees.
 */
const LINE_SLACK = 1024;
/**
 * A window or region that ends inside a run of token characters is carried on to the run's end (at most
 * MAX_TOKEN_RUN further). A structured token longer than the window (a JWT with a 2 KB payload: a
 * Kubernetes service-account or OIDC ID token) is then seen whole, so a rule that needs its later parts
 * (the second dot) can match at all. The set is the base64 / base64url / dotted-token alphabet: runs of it
 * are short in ordinary code, so the extra text is paid for only where a long token really is.
 */
const MAX_TOKEN_RUN = 32_768;
const TOKEN_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.+/=~')
    TOKEN_CHAR[c.charCodeAt(0)] = 1;
const newTokenRunMemo = () => ({ from: -1, end: -1 });
/** End of the token run at byte `p` of `b` (p itself when b[p] is no token character). */
function tokenRunEndBytes(b, p, memo) {
    const stop = Math.min(b.length, p + MAX_TOKEN_RUN);
    let q = p;
    if (memo && p >= memo.from && p < memo.end)
        q = memo.end;
    else if (memo)
        memo.from = p;
    if (q >= stop)
        return stop;
    while (q < stop && b[q] < 128 && TOKEN_CHAR[b[q]] === 1)
        q++;
    if (memo)
        memo.end = q;
    return q;
}
/** The same over a string (token characters are ASCII, so both agree on ASCII text). */
function tokenRunEndText(s, p, memo) {
    const stop = Math.min(s.length, p + MAX_TOKEN_RUN);
    let q = p;
    if (memo && p >= memo.from && p < memo.end)
        q = memo.end;
    else if (memo)
        memo.from = p;
    if (q >= stop)
        return stop;
    while (q < stop) {
        const c = s.charCodeAt(q);
        if (c >= 128 || TOKEN_CHAR[c] !== 1)
            break;
        q++;
    }
    if (memo)
        memo.end = q;
    return q;
}


/***/ }),

/***/ 2224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _n: () => (/* binding */ COMMIT_FORMAT),
/* harmony export */   hp: () => (/* binding */ AddedLinesParser)
/* harmony export */ });
/* unused harmony export COMMIT_MARK */
// Streaming parser for `git log -p -U0` / `git diff -U0` output: collects the ADDED lines of each
// (commit, file) with their line numbers in the new file. Never holds more than one file's added lines.
/** Starts each commit header line in our --format; a control byte cannot begin a diff line. */
const COMMIT_MARK = '\x01BHC\x01';
const COMMIT_FORMAT = `--format=${COMMIT_MARK}%H%x00%aI%x00%an`;
class AddedLinesParser {
    rest = '';
    commit;
    path;
    binary = false;
    inHunk = false;
    next = 0;
    lines = [];
    nums = [];
    onFile;
    /** Commits seen, and files skipped as binary. */
    commits = 0;
    binaryFiles = 0;
    constructor(onFile) {
        this.onFile = onFile;
    }
    write(chunk) {
        const data = this.rest ? this.rest + chunk : chunk;
        let start = 0;
        for (let nl = data.indexOf('\n'); nl !== -1; nl = data.indexOf('\n', start)) {
            this.line(data, start, nl);
            start = nl + 1;
        }
        this.rest = data.slice(start);
    }
    end() {
        if (this.rest)
            this.line(this.rest, 0, this.rest.length);
        this.rest = '';
        this.flush();
    }
    /** One line, data[start, end): only added lines and headers are sliced out (most lines are skipped by their first char). */
    line(data, start, end) {
        const c = data.charCodeAt(start);
        if (this.inHunk) {
            if (c === 43 /* + */) {
                this.lines.push(data.slice(start + 1, end));
                this.nums.push(this.next++);
                return;
            }
            if (c === 45 /* - */ || c === 92 /* \ */ || c === 32 /* space */)
                return;
            if (c === 64 /* @ */)
                return this.hunk(data.slice(start, end));
            // anything else ends the file's hunks
        }
        if (c === 1 && data.startsWith(COMMIT_MARK, start)) {
            this.flush();
            const [sha, date, author] = data.slice(start + COMMIT_MARK.length, end).split('\0');
            this.commit = { sha, date, author: author ?? '' };
            this.commits++;
        }
        else if (c === 100 /* d */ && (data.startsWith('diff --git ', start) || data.startsWith('diff --cc ', start) || data.startsWith('diff --combined ', start))) {
            this.flush();
            this.path = undefined;
            this.binary = false;
        }
        else if (c === 43 && data.startsWith('+++ ', start)) {
            const p = data.slice(start + 4, end);
            this.path = p === '/dev/null' ? undefined : unquote(p).replace(/^b\//, '');
        }
        else if ((c === 66 && data.startsWith('Binary files ', start)) || (c === 71 && data.startsWith('GIT binary patch', start))) {
            this.binary = true;
            this.binaryFiles++;
        }
        else if (c === 64 && data.startsWith('@@', start)) {
            this.hunk(data.slice(start, end));
        }
    }
    hunk(l) {
        const m = /^@@+ (?:-\d+(?:,\d+)? )+\+(\d+)/.exec(l);
        this.next = m ? Number(m[1]) : 1;
        this.inHunk = true;
    }
    flush() {
        if (this.path !== undefined && !this.binary && this.lines.length > 0) {
            this.onFile({ commit: this.commit, path: this.path, lines: this.lines, lineNumbers: this.nums });
        }
        this.lines = [];
        this.nums = [];
        this.inHunk = false;
    }
}
/** git's C-style quoting of unusual paths (`"a\tb"`, octal escapes for bytes). */
function unquote(p) {
    if (!p.startsWith('"') || !p.endsWith('"'))
        return p;
    const bytes = [];
    const body = p.slice(1, -1);
    const simple = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch !== '\\') {
            for (const b of Buffer.from(ch))
                bytes.push(b);
            continue;
        }
        const n = body[++i];
        if (n >= '0' && n <= '7') {
            bytes.push(parseInt(body.slice(i, i + 3), 8));
            i += 2;
        }
        else
            bytes.push(simple[n] ?? n.charCodeAt(0));
    }
    return Buffer.from(bytes).toString('utf8');
}


/***/ }),

/***/ 66:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yc: () => (/* binding */ scanAdded),
/* harmony export */   dP: () => (/* binding */ gitStream),
/* harmony export */   sL: () => (/* binding */ scanHistory),
/* harmony export */   vp: () => (/* binding */ revisionArgs)
/* harmony export */ });
/* unused harmony export LOG_ARGS */
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_stream_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1300);
/* harmony import */ var _git_availability_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5223);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _redact_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8082);
/* harmony import */ var _compile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9971);
/* harmony import */ var _diffparse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2224);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9903);
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6534);
// Secrets in git history: stream `git log -p -U0` for the target's commits, scan the ADDED lines of each
// (commit, file) as one text with a line map, report each secret once, at the oldest commit that added it.










/** The `git log` arguments of every history stream (the bench runs git with exactly these). */
const LOG_ARGS = ['-c', 'core.quotePath=false', 'log', '-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=AM', '--no-renames', _diffparse_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMIT_FORMAT */ ._n];
/** Revision arguments for a history target (`git log` syntax); undefined when there is nothing to scan. */
function revisionArgs(target) {
    if (target.kind === 'tree' || target.kind === 'staged')
        throw new Error(`scanHistory: target kind ${target.kind} is not a commit range`);
    return (0,_git_availability_js__WEBPACK_IMPORTED_MODULE_3__/* .revListArgs */ .fy)(target) ?? undefined;
}
async function scanHistory(repoDir, target, rules, opts = {}) {
    const revs = revisionArgs(target);
    if (!revs)
        return { matches: [], commitsScanned: 0, binaryFilesSkipped: 0 };
    const cr = 'matcher' in rules ? rules : (0,_compile_js__WEBPACK_IMPORTED_MODULE_4__/* .compileRules */ .nb)(rules);
    const streams = Math.max(1, opts.streams ?? Math.min(2, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)()));
    // The diffs are git's work and git is single-threaded: with a second core, two `git log` processes
    // over contiguous halves of the commit list (same order) finish sooner than one.
    let parts = [undefined]; // undefined = let git walk `revs` itself
    if ((opts.shard && opts.shard.count > 1) || streams > 1) {
        const shard = opts.shard;
        let shas = (await gitCollect(repoDir, ['rev-list', ...revs, '--'])).split('\n').filter((x) => x.length > 0);
        if (shard && shard.count > 1)
            shas = shas.filter((x) => (0,_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .commitShardOf */ .pO)(x, shard.count) === shard.index);
        if (shas.length === 0)
            return { matches: [], commitsScanned: 0, binaryFilesSkipped: 0 };
        const n = shas.length >= streams * (opts.minCommitsPerStream ?? MIN_COMMITS_PER_STREAM) ? streams : 1;
        const size = Math.ceil(shas.length / n);
        parts = Array.from({ length: n }, (_, i) => shas.slice(i * size, (i + 1) * size));
    }
    const runs = await Promise.all(parts.map((shas) => logPart(repoDir, revs, shas, cr, opts)));
    // Replay the sightings in git's order (newest first): a later sighting is an older commit and becomes
    // the reported one; the same secret again in the same commit keeps its first place.
    const found = new Map();
    const lastCommit = new Map();
    for (const run of runs) {
        for (const { m, path, commit } of run.sightings) {
            const fp = (0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .fingerprint */ .Rj)(m.ruleId, m.secret);
            const prev = found.get(fp);
            const seenHere = lastCommit.get(fp) === commit.sha;
            lastCommit.set(fp, commit.sha);
            if (prev && seenHere)
                continue;
            found.set(fp, { ...m, path, commit: commit.sha, commitDate: commit.date, author: commit.author, fingerprint: fp, commits: (prev?.commits ?? 0) + 1 });
        }
    }
    // Oldest first by instant (author dates carry their own time-zone offsets), then path and line.
    const matches = [...found.values()].sort((a, b) => Date.parse(a.commitDate) - Date.parse(b.commitDate) || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
    return {
        matches,
        commitsScanned: runs.reduce((n, r) => n + r.commits, 0),
        binaryFilesSkipped: runs.reduce((n, r) => n + r.binaryFiles, 0),
    };
}
const MIN_COMMITS_PER_STREAM = 200;
/** One `git log -p` stream: over `revs`, or over exactly `shas` (in that order) when given. */
async function logPart(repoDir, revs, shas, cr, opts) {
    const sightings = [];
    const parser = new _diffparse_js__WEBPACK_IMPORTED_MODULE_2__/* .AddedLinesParser */ .hp((f) => {
        for (const m of scanAdded(f, cr, opts))
            sightings.push({ m, path: f.path, commit: f.commit });
    });
    const args = shas ? [...LOG_ARGS, '--no-walk=unsorted', '--stdin', '--'] : [...LOG_ARGS, ...revs, '--'];
    await gitStream(repoDir, args, shas ? shas.join('\n') + '\n' : undefined, (s) => parser.write(s));
    parser.end();
    return { sightings, commits: parser.commits, binaryFiles: parser.binaryFiles };
}
/** Scan one file's added lines as a single text; map text lines back to new-file line numbers. */
function scanAdded(f, cr, opts) {
    const text = f.lines.join('\n');
    const out = (0,_match_js__WEBPACK_IMPORTED_MODULE_7__/* .scanText */ .Ff)(text, f.path, cr, opts);
    for (const m of out) {
        m.line = f.lineNumbers[m.line - 1];
        m.endLine = f.lineNumbers[m.endLine - 1];
    }
    return out;
}
/** Run git, hand stdout to `onText` as it arrives (never the whole output in memory). */
async function gitStream(cwd, args, stdin, onText) {
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    await (0,_git_stream_js__WEBPACK_IMPORTED_MODULE_8__/* .streamGit */ .t1)(cwd, args, (b) => onText(decoder.write(b)), { input: stdin });
    const rest = decoder.end();
    if (rest)
        onText(rest);
}
async function gitCollect(cwd, args) {
    let out = '';
    await gitStream(cwd, args, undefined, (s) => (out += s));
    return out;
}


/***/ }),

/***/ 7297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ KeywordMatcher)
});

;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/dfa-wasm.ts
// The keyword automaton's byte loop as a tiny WebAssembly function, assembled here from its opcodes (no
// toolchain, no binary file in the repository). The JavaScript loop's tables (keywords.ts: a byte's class,
// state values premultiplied by the row width with the accept flag in the sign bit), copied in as byte
// offsets (see CLASS_BASE). It writes (state, offset) pairs of accepting steps, states in the JavaScript
// tables' units, to an output area and stops when that is full, so the caller resumes with the returned
// state; the caller expands each pair to its keywords.
/** Unsigned LEB128. */
function uleb(n) {
    const out = [];
    do {
        let b = n & 0x7f;
        n >>>= 7;
        if (n !== 0)
            b |= 0x80;
        out.push(b);
    } while (n !== 0);
    return out;
}
/** Signed LEB128 (i32). */
function sleb(n) {
    const out = [];
    for (;;) {
        const b = n & 0x7f;
        n >>= 7;
        if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
            out.push(b);
            return out;
        }
        out.push(b | 0x80);
    }
}
const section = (id, body) => [id, ...uleb(body.length), ...body];
const vec = (items) => [...uleb(items.length), ...items.flat()];
const dfa_wasm_name = (s) => [...uleb(s.length), ...Buffer.from(s, 'latin1')];
// Opcodes used below.
const I32 = 0x7f;
const [BLOCK, LOOP, IF, END, BR, BR_IF, RETURN] = [0x02, 0x03, 0x04, 0x0b, 0x0c, 0x0d, 0x0f];
const [GET, SET, TEE] = [0x20, 0x21, 0x22];
const [LOAD, LOAD8U, LOAD16U, STORE] = [0x28, 0x2d, 0x2f, 0x36];
const [LT_S, GE_S, GE_U, ADD, AND, SHL, SHR_U] = [0x48, 0x4e, 0x4f, 0x6a, 0x71, 0x74, 0x76];
const VOID = 0x40;
const k = (n) => [0x41, ...sleb(n)];
/**
 * The byte -> class table sits at the start of memory (a load's constant offset); then where scan() stops
 * (state, position: read from memory, as reading exported globals is a call into the runtime each), and the
 * automaton after them. Here the tables hold byte offsets: a class is its column times 4 (16 bits: 128
 * columns times 4 do not fit a byte), a next state its row offset times 4 with the accept flag kept in the
 * sign bit, so a step is one add and one load with no shift on the state's path (the JavaScript loop's
 * tables count elements). Accepting states are written out in the JavaScript tables' units (shifted back).
 */
const CLASS_BASE = 0;
const RESUME = 512;
const TABLE_BASE = 520;
// scan(s, p, end, out, outEnd) -> out'   (params 0-4, local 5 = c; stores state and position at RESUME)
const [S, P, ENDP, OUT, OUTEND, C] = [0, 1, 2, 3, 4, 5];
const scanBody = [
    BLOCK, VOID,
    LOOP, VOID,
    GET, P, GET, ENDP, GE_U, BR_IF, 1,
    GET, P, LOAD8U, 0, 0, ...k(1), SHL, LOAD16U, 1, ...uleb(CLASS_BASE), SET, C,
    GET, S, GET, C, ADD, LOAD, 2, ...uleb(TABLE_BASE), TEE, S,
    ...k(0), LT_S,
    IF, VOID,
    GET, S, ...k(0x7fffffff), AND, SET, S,
    GET, OUT, GET, S, ...k(2), SHR_U, STORE, 2, 0,
    GET, OUT, GET, P, STORE, 2, 4,
    GET, OUT, ...k(8), ADD, TEE, OUT, GET, OUTEND, GE_U,
    IF, VOID,
    ...k(0), GET, S, STORE, 2, ...uleb(RESUME), ...k(0), GET, P, ...k(1), ADD, STORE, 2, ...uleb(RESUME + 4), GET, OUT, RETURN,
    END,
    END,
    GET, P, ...k(1), ADD, SET, P,
    BR, 0,
    END,
    END,
    ...k(0), GET, S, STORE, 2, ...uleb(RESUME), ...k(0), GET, P, STORE, 2, ...uleb(RESUME + 4), GET, OUT,
    END,
];
// scanMulti(ctl, n): STREAMS streams in lockstep for n bytes each. Each step of the automaton waits for the
// previous one's table load; independent streams let the CPU overlap those waits. The streams' state,
// input pointer and output pointer live in a control block at `ctl` (12 bytes per stream), read into
// locals first and written back at the end. Output areas hold 8 bytes per step, so they cannot fill.
// Three streams: on the 300 MB source tree's files (in memory, alternating runs, same hits) the byte pass
// took 12-17% less time than with two; four took more than two (too many live locals for the registers).
const STREAMS = 3;
const local = { s: (i) => 2 + i, p: (i) => 2 + STREAMS + i, o: (i) => 2 + 2 * STREAMS + i };
const [CTL, NSTEPS] = [0, 1];
const CM = 2 + 3 * STREAMS; // scratch local for a byte's class
const STOPM = CM + 1;
/** One step of a stream at byte p + at (at: a load's constant offset; p moves once per UNROLL steps). */
const step = (s, p, o, c, at) => [
    GET, p, LOAD8U, 0, ...uleb(at), ...k(1), SHL, LOAD16U, 1, ...uleb(CLASS_BASE), SET, c,
    GET, s, GET, c, ADD, LOAD, 2, ...uleb(TABLE_BASE), TEE, s,
    ...k(0), LT_S,
    IF, VOID,
    GET, s, ...k(0x7fffffff), AND, SET, s,
    GET, o, GET, s, ...k(2), SHR_U, STORE, 2, 0,
    GET, o, GET, p, ...(at > 0 ? [...k(at), ADD] : []), STORE, 2, 4,
    GET, o, ...k(8), ADD, SET, o,
    END,
];
/**
 * Steps per stream in one turn of the lockstep loop: the pointers move and the loop tests once per turn.
 * With two (and the shift-free tables) the byte pass took 0.91x the time of the earlier loop (one step per turn,
 * shifted tables), with four 1.02x, with eight 1.01x (the 300 MB source tree in memory, same hits, medians of 12
 * alternating rounds). The caller's step counts are multiples of it.
 */
const UNROLL = 2;
const streams = Array.from({ length: STREAMS }, (_, i) => i);
const scanMultiBody = [
    ...streams.flatMap((i) => [
        GET, CTL, LOAD, 2, ...uleb(12 * i), SET, local.s(i),
        GET, CTL, LOAD, 2, ...uleb(12 * i + 4), SET, local.p(i),
        GET, CTL, LOAD, 2, ...uleb(12 * i + 8), SET, local.o(i),
    ]),
    GET, local.p(0), GET, NSTEPS, ADD, SET, STOPM,
    BLOCK, VOID,
    LOOP, VOID,
    GET, local.p(0), GET, STOPM, GE_U, BR_IF, 1,
    ...Array.from({ length: UNROLL }, (_, at) => streams.flatMap((i) => step(local.s(i), local.p(i), local.o(i), CM, at))).flat(),
    ...streams.flatMap((i) => [GET, local.p(i), ...k(UNROLL), ADD, SET, local.p(i)]),
    BR, 0,
    END,
    END,
    ...streams.flatMap((i) => [
        GET, CTL, GET, local.s(i), STORE, 2, ...uleb(12 * i),
        GET, CTL, GET, local.p(i), STORE, 2, ...uleb(12 * i + 4),
        GET, CTL, GET, local.o(i), STORE, 2, ...uleb(12 * i + 8),
    ]),
    END,
];
// sniff(p, n) -> 1 when the n bytes at p look binary (buffer.ts's isBinary, same rule): a NUL in the first
// 8 KB, or more than 10% control bytes (other than tab, LF, FF, CR, ESC) in the first 1 KB. 16 bytes at a
// time with SIMD compares; the tails one byte at a time.
const V128 = 0x7b;
const simd = (op) => [0xfd, ...uleb(op)];
const [V_LOAD, I8_SPLAT, I8_EQ, I8_LT_U, V_OR, V_ANDNOT, V_ANY, I8_BITMASK] = [0x00, 0x0f, 0x23, 0x26, 0x50, 0x4f, 0x53, 0x64];
const [POPCNT, GT_S, MUL, LT_U, I32_EQZ] = [0x69, 0x4a, 0x6c, 0x49, 0x45];
const SELECT = 0x1b;
// Control bytes below 32 that do not count: tab (9), LF (10), FF (12), CR (13), ESC (27).
const CONTROL_MASK = ~((1 << 9) | (1 << 10) | (1 << 12) | (1 << 13) | (1 << 27)) | 0;
const [SP, SN, SI, SLIM, SCOUNT, SBYTE, SV] = [0, 1, 2, 3, 4, 5, 6]; // params p, n; i32 locals; v128 local
const splat = (b) => [...k(b), ...simd(I8_SPLAT)];
const sniffBody = [
    // NUL in the first min(n, 8192) bytes.
    GET, SN, ...k(8192), GET, SN, ...k(8192), LT_U, SELECT, SET, SLIM,
    BLOCK, VOID, LOOP, VOID,
    GET, SI, ...k(16), ADD, GET, SLIM, GT_S, BR_IF, 1,
    GET, SP, GET, SI, ADD, ...simd(V_LOAD), 0, 0, ...splat(0), ...simd(I8_EQ), ...simd(V_ANY),
    IF, VOID, ...k(1), RETURN, END,
    GET, SI, ...k(16), ADD, SET, SI,
    BR, 0, END, END,
    BLOCK, VOID, LOOP, VOID,
    GET, SI, GET, SLIM, GE_S, BR_IF, 1,
    GET, SP, GET, SI, ADD, LOAD8U, 0, 0, I32_EQZ,
    IF, VOID, ...k(1), RETURN, END,
    GET, SI, ...k(1), ADD, SET, SI,
    BR, 0, END, END,
    // Control bytes in the first min(n, 1024).
    GET, SN, ...k(1024), GET, SN, ...k(1024), LT_U, SELECT, SET, SLIM,
    ...k(0), SET, SI,
    BLOCK, VOID, LOOP, VOID,
    GET, SI, ...k(16), ADD, GET, SLIM, GT_S, BR_IF, 1,
    GET, SP, GET, SI, ADD, ...simd(V_LOAD), 0, 0, SET, SV,
    GET, SV, ...splat(32), ...simd(I8_LT_U),
    GET, SV, ...splat(9), ...simd(I8_EQ),
    GET, SV, ...splat(10), ...simd(I8_EQ), ...simd(V_OR),
    GET, SV, ...splat(12), ...simd(I8_EQ), ...simd(V_OR),
    GET, SV, ...splat(13), ...simd(I8_EQ), ...simd(V_OR),
    GET, SV, ...splat(27), ...simd(I8_EQ), ...simd(V_OR),
    ...simd(V_ANDNOT), ...simd(I8_BITMASK), POPCNT, GET, SCOUNT, ADD, SET, SCOUNT,
    GET, SI, ...k(16), ADD, SET, SI,
    BR, 0, END, END,
    BLOCK, VOID, LOOP, VOID,
    GET, SI, GET, SLIM, GE_S, BR_IF, 1,
    GET, SP, GET, SI, ADD, LOAD8U, 0, 0, SET, SBYTE,
    GET, SBYTE, ...k(32), LT_U,
    IF, VOID,
    GET, SCOUNT, ...k(CONTROL_MASK), GET, SBYTE, SHR_U, ...k(1), AND, ADD, SET, SCOUNT,
    END,
    GET, SI, ...k(1), ADD, SET, SI,
    BR, 0, END, END,
    // count * 10 > limit (and limit > 0, which count > 0 implies)
    GET, SCOUNT, ...k(10), MUL, GET, SLIM, GT_S,
    END,
];
function moduleBytes(pages) {
    const code = (locals, body) => {
        const f = [...vec(locals), ...body];
        return [...uleb(f.length), ...f];
    };
    const type = (n, results) => [0x60, ...vec(Array.from({ length: n }, () => [I32])), ...vec(Array.from({ length: results }, () => [I32]))];
    return Uint8Array.from([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        ...section(1, vec([type(5, 1), type(2, 0), type(2, 1)])),
        ...section(3, vec([[0], [1], [2]])),
        ...section(5, vec([[0x00, ...uleb(pages)]])),
        ...section(7, vec([
            [...dfa_wasm_name('scan'), 0x00, 0],
            [...dfa_wasm_name('scanMulti'), 0x00, 1],
            [...dfa_wasm_name('sniff'), 0x00, 2],
            [...dfa_wasm_name('memory'), 0x02, 0],
        ])),
        ...section(10, vec([code([[1, I32]], scanBody), code([[3 * STREAMS + 2, I32]], scanMultiBody), code([[4, I32], [1, V128]], sniffBody)])),
    ]);
}
/** WebAssembly of this runtime; undefined under `node --jitless`. */
const wasmApi = () => globalThis.WebAssembly;
const PAGE = 65_536;
const OUT_BYTES = 64 * 1024;
/** Input area: files up to this size are read straight into it (inputView) and scanned where they lie. */
const INPUT_BYTES = 1 << 20;
/** Streams run in lockstep in steps of this many bytes (their output areas hold 8 bytes per step). */
const MULTI_STEP = 64 * 1024;
/** Below this many bytes one stream is cheaper: each extra stream first re-reads up to the longest keyword. */
const MULTI_MIN = 1024;
const CTL_BYTES = 64;
/**
 * The automaton's byte pass in WebAssembly, with the table copied in once. Input is scanned where it lies
 * when it was read into the input area (inputView), else copied in (up to 1 MiB at a time). Inputs of
 * MULTI_MIN bytes or more run as STREAMS streams over equal parts; each stream after the first starts
 * `warmUp` bytes (the longest keyword) early from the root, so by the start of its part its state is
 * exactly the one a single pass would have (an automaton state stands for at most that many last bytes),
 * and it reports only the hits that end inside its own part.
 */
class WasmDfa {
    ex;
    /**
     * The memory's buffer, read once: the memory never grows (its size is fixed here), so it stays the same
     * object, and the `memory.buffer` getter is a call into the runtime (two per file: ~1% of a tree scan).
     */
    memBuffer;
    mem;
    words;
    ctl;
    outBase;
    inBase;
    outMulti;
    warmUp;
    input;
    /** Per stream: where it starts, and (after the first) the hits it reports after the first's. Reused. */
    start = new Int32Array(STREAMS);
    later = Array.from({ length: STREAMS - 1 }, () => []);
    constructor(wasm, delta, classOf, longestKeyword) {
        const tableBytes = delta.length * 4;
        this.ctl = TABLE_BASE + tableBytes;
        this.outBase = this.ctl + CTL_BYTES;
        this.inBase = this.outBase + OUT_BYTES;
        this.outMulti = this.inBase + INPUT_BYTES + 16; // (16: SIMD loads may read past the input's last byte)
        this.warmUp = longestKeyword;
        const pages = Math.ceil((this.outMulti + STREAMS * MULTI_STEP * 8) / PAGE);
        this.ex = new wasm.Instance(new wasm.Module(moduleBytes(pages))).exports;
        this.memBuffer = this.ex.memory.buffer;
        this.mem = new Uint8Array(this.memBuffer);
        this.words = new Int32Array(this.memBuffer);
        const classes = new Uint16Array(this.memBuffer, CLASS_BASE, 256);
        for (let b = 0; b < 256; b++)
            classes[b] = classOf[b] * 4;
        const table = this.words.subarray(TABLE_BASE >> 2, (TABLE_BASE >> 2) + delta.length);
        for (let i = 0; i < delta.length; i++)
            table[i] = ((delta[i] & 0x7fffffff) << 2) | (delta[i] & (0x80000000 | 0));
    }
    /**
     * The first `n` bytes of the input area (n <= INPUT_BYTES), for a caller to read a file into: run() and
     * sniff() then work on it in place, without a copy. Valid until the next call to inputView.
     */
    inputView(n) {
        this.input ??= Buffer.from(this.memBuffer, this.inBase, INPUT_BYTES);
        return n === INPUT_BYTES ? this.input : this.input.subarray(0, n); // (scanFile asks for all of it: no new view per file)
    }
    /** True when `buf` lies in this instance's memory (from inputView). */
    pointerOf(buf) {
        return buf.buffer === this.memBuffer ? buf.byteOffset : -1;
    }
    /** isBinary's rule (buffer.ts) over `buf`, in SIMD. */
    sniff(buf) {
        let p = this.pointerOf(buf);
        const n = Math.min(buf.length, 8192);
        if (p < 0) {
            this.mem.set(buf.subarray(0, n), this.inBase);
            p = this.inBase;
        }
        return this.ex.sniff(p, n) === 1;
    }
    /** Calls onAccept(premultipliedState, offset) for every accepting step over `buf`, in order. */
    run(buf, onAccept) {
        const p = this.pointerOf(buf);
        if (p >= 0) {
            this.runAt(p, buf.length, 0, 0, onAccept);
            return;
        }
        let s = 0;
        for (let at = 0; at < buf.length; at += INPUT_BYTES) {
            const n = Math.min(INPUT_BYTES, buf.length - at);
            this.mem.set(buf.subarray(at, at + n), this.inBase);
            s = this.runAt(this.inBase, n, s, at, onAccept);
        }
    }
    /** The automaton over n bytes at `ptr` from state `s0`; offsets reported plus `base`. Returns the end state. */
    runAt(ptr, n, s0, base, onAccept) {
        if (n < MULTI_MIN)
            return this.single(ptr, ptr + n, s0, ptr - base, onAccept);
        const { ex, words, outMulti, start, later } = this;
        const c = this.ctl >> 2;
        const part = Math.floor(n / STREAMS / UNROLL) * UNROLL; // (MULTI_STEP is a multiple of UNROLL too)
        // Stream i covers [i * part, (i + 1) * part) (the last one up to n), starting warmUp bytes early; all run
        // `part` steps together.
        for (let i = 0; i < STREAMS; i++) {
            start[i] = i === 0 ? 0 : Math.max(0, i * part - this.warmUp);
            words[c + 3 * i] = i === 0 ? s0 : 0;
            words[c + 3 * i + 1] = ptr + start[i];
        }
        for (const keep of later)
            keep.length = 0;
        for (let done = 0; done < part;) {
            const steps = Math.min(MULTI_STEP, part - done);
            for (let i = 0; i < STREAMS; i++)
                words[c + 3 * i + 2] = outMulti + i * MULTI_STEP * 8;
            ex.scanMulti(this.ctl, steps);
            for (let i = 0; i < STREAMS; i++) {
                const from = (outMulti + i * MULTI_STEP * 8) >> 2;
                const to = words[c + 3 * i + 2] >> 2;
                if (i === 0)
                    for (let w = from; w < to; w += 2)
                        onAccept(words[w], base + words[w + 1] - ptr);
                else {
                    const keep = later[i - 1];
                    const own = ptr + i * part; // hits before this are the previous stream's
                    for (let w = from; w < to; w += 2)
                        if (words[w + 1] >= own)
                            keep.push(words[w], base + words[w + 1] - ptr);
                }
            }
            done += steps;
        }
        // Streams after the first finish their longer parts alone, from where the lockstep left them.
        let end = 0;
        for (let i = 1; i < STREAMS; i++) {
            end = this.singleInto(ptr + start[i] + part, i === STREAMS - 1 ? ptr + n : ptr + (i + 1) * part, words[c + 3 * i], ptr - base, later[i - 1], ptr + i * part);
        }
        for (const keep of later)
            for (let j = 0; j < keep.length; j += 2)
                onAccept(keep[j], keep[j + 1]);
        return end;
    }
    /** single(), collecting into `keep` the hits at or after pointer `own`. */
    singleInto(p, end, s, shift, keep, own) {
        const { words, ex, outBase } = this;
        while (p < end) {
            const out = ex.scan(s, p, end, outBase, outBase + OUT_BYTES);
            s = words[RESUME >> 2];
            p = words[(RESUME >> 2) + 1];
            for (let w = outBase >> 2, stop = out >> 2; w < stop; w += 2)
                if (words[w + 1] >= own)
                    keep.push(words[w], words[w + 1] - shift);
        }
        return s;
    }
    /** One stream over memory [p, end) from state `s`; reported offsets are pointer minus `shift`. Returns the end state. */
    single(p, end, s, shift, onAccept) {
        const { words, ex, outBase } = this;
        while (p < end) {
            const out = ex.scan(s, p, end, outBase, outBase + OUT_BYTES);
            s = words[RESUME >> 2];
            p = words[(RESUME >> 2) + 1];
            for (let w = outBase >> 2, stop = out >> 2; w < stop; w += 2)
                onAccept(words[w], words[w + 1] - shift);
        }
        return s;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/keywords.ts
// Multi-keyword matcher: an Aho-Corasick automaton compiled to a dense DFA over ASCII, case-folded.
// Measured on 42 MB of node_modules source (Node 24, one core, busy machine): with ~90 keywords this DFA
// ran 300-440 MB/s, one combined /kw1|kw2|.../gi RegExp 120-145 MB/s, a 2-byte-prefix filter no faster once
// its candidates were verified. With the 185 built-in keywords (1,109 states) the table layout matters:
// next-state values premultiplied by 128 with the accept flag in the sign bit ran 480 MB/s vs 340 MB/s for
// a plain table plus a separate output check. So: that DFA. It runs over raw bytes, so files without a
// hit are never decoded, and only the regions around hits are (see buffer.ts).
// Over bytes the same table runs in a small WebAssembly loop (dfa-wasm.ts), several streams at a time for
// inputs of 1 KB or more. On 60 MB of node_modules source (CPU time, loaded 2-core machine, same hits):
// JavaScript loop 230-275 MB/s, WebAssembly one stream 315-365, two streams 380-465; three streams took
// 12-17% less time than two on the 300 MB source tree. Files are read straight into its memory (no copy).
// The JavaScript loop stays for strings and for runtimes without WebAssembly (node --jitless).

const ALPHA = 128;
/**
 * Rows of the table are indexed by byte class, not byte: one class per character that occurs in a keyword
 * (upper- and lower-case letters alike) and class 0 for every other byte, non-ASCII included, which always
 * leads back to the root. With the built-in keywords (48 characters) rows are 64 wide instead of 128: half
 * the table (1,559 states: 780 KB to 390 KB), no ASCII branch in the byte loop, and the byte pass ran
 * ~20% faster (CPU time, 20 MB trees, same hits). Custom keywords with more characters get 128.
 */
const SIGN = 0x80000000 | 0;
const MASK = 0x7fffffff;
class KeywordMatcher {
    keywords;
    /** delta[(state << shift) + class] = next state << shift, with the sign bit set when that state has outputs. */
    delta;
    /** Byte (or UTF-16 unit below 128) -> class; 0 for bytes in no keyword. */
    classOf;
    /** log2 of the row width. */
    shift;
    /** outputs of state s: outList[outStart[s] .. outStart[s+1]) (keyword indices, longest first). */
    outStart;
    outList;
    /** Keywords with non-ASCII characters cannot be in the DFA; matched by a slow lower-case indexOf fallback. */
    extra;
    /** Built on the first byte scan; null when WebAssembly is not available. */
    wasm;
    constructor(keywords) {
        this.keywords = keywords.map((k) => k.toLowerCase());
        const gotoMaps = [new Map()];
        /** Per state, its trie children as pairs: character, state. */
        const kids = [[]];
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
                    kids.push([]);
                    outs.push([]);
                    gotoMaps[s].set(c, n);
                    kids[s].push(c, n);
                }
                s = n;
            }
            outs[s].push(idx);
        });
        this.extra = extra;
        const classOf = new Uint8Array(256);
        let classes = 1;
        for (const k of this.keywords) {
            for (let i = 0; i < k.length; i++) {
                const c = k.charCodeAt(i);
                if (c < ALPHA && classOf[c] === 0)
                    classOf[c] = classes++;
            }
        }
        const shift = classes <= 64 ? 6 : 7;
        const columns = 1 << shift;
        this.shift = shift;
        // Case folding: an upper-case ASCII letter is in its lower-case letter's class.
        for (let c = 65; c <= 90; c++)
            classOf[c] = classOf[c + 32];
        this.classOf = classOf;
        const n = gotoMaps.length;
        const fail = new Int32Array(n);
        // Built in class space: row s holds the next state for each byte class. A state's row starts as a copy of
        // its fail state's row (one native copy), then its own trie edges override it. (Filling 128 columns per
        // state with a Map lookup each had cost every thread ~20 ms of start-up, mostly in the interpreter.)
        const next = new Int32Array(n * columns);
        // BFS: states in order of depth, so fail links and rows of shallower states are final when used.
        const order = [0];
        for (let qi = 0; qi < order.length; qi++) {
            const s = order[qi];
            const row = s << shift;
            const failRow = fail[s] << shift;
            if (s !== 0)
                next.copyWithin(row, failRow, failRow + columns); // the root's row: all to the root (zeros)
            const edges = kids[s];
            for (let j = 0; j < edges.length; j += 2) {
                const cls = classOf[edges[j]];
                const t = edges[j + 1];
                fail[t] = s === 0 ? 0 : next[failRow + cls];
                next[row + cls] = t;
                order.push(t);
            }
            if (s !== 0)
                for (const o of outs[fail[s]])
                    if (!outs[s].includes(o))
                        outs[s].push(o);
        }
        // outStart/outList are indexed by the premultiplied state (state << shift) >> shift = state.
        this.outStart = new Int32Array(n + 1);
        const flat = [];
        for (let s = 0; s < n; s++) {
            this.outStart[s] = flat.length;
            for (const o of outs[s])
                flat.push(o);
        }
        this.outStart[n] = flat.length;
        this.outList = Int32Array.from(flat);
        // Class 0 (and unused columns) stay 0: a byte in no keyword leads every state back to the root.
        const code = new Int32Array(n);
        for (let t = 0; t < n; t++)
            code[t] = (t << shift) | (outs[t].length > 0 ? SIGN : 0);
        const delta = next;
        for (let i = 0; i < delta.length; i++)
            delta[i] = code[delta[i]];
        this.delta = delta;
    }
    /** Every occurrence (overlapping ones too): onHit(keywordIndex, startOffset) in order of end offset. */
    scanString(text, onHit) {
        // Everything the code after the loop reads is read before it: a long text gets this loop compiled on
        // the stack (OSR) before that code ever ran, and reaching it then threw the compiled code away (32
        // times in one 300 MB scan, each followed by a recompile).
        const { delta, classOf, extra } = this;
        const hasExtra = extra.length > 0;
        let s = 0;
        for (let i = 0, len = text.length; i < len; i++) {
            const c = text.charCodeAt(i);
            s = delta[s + (c < ALPHA ? classOf[c] : 0)];
            if (s < 0) {
                s &= MASK;
                this.emit(s, i, onHit);
            }
        }
        if (hasExtra) {
            const lower = text.toLowerCase(); // non-ASCII keywords only; lengths can shift for exotic scripts, accepted
            for (const k of extra) {
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
        const { delta, classOf } = this;
        let s = 0;
        for (let i = 0, len = buf.length; i < len; i++) {
            s = delta[s + classOf[buf[i]]];
            if (s < 0)
                return true;
        }
        return false;
    }
    /** The WebAssembly byte pass, built on first use; null where WebAssembly is missing (node --jitless). */
    dfa() {
        if (this.wasm === undefined) {
            try {
                const api = wasmApi();
                this.wasm = api ? new WasmDfa(api, this.delta, this.classOf, Math.max(1, ...this.keywords.map((k) => k.length))) : null;
            }
            catch {
                this.wasm = null;
            }
        }
        return this.wasm;
    }
    /**
     * A buffer of n bytes to read a file into, which scanBytes and looksBinary then scan where it lies (no
     * copy into WebAssembly memory). Valid until the next call. Undefined when n is too large or there is no
     * WebAssembly: the caller uses a buffer of its own.
     */
    inputView(n) {
        return n <= INPUT_BYTES ? this.dfa()?.inputView(n) : undefined;
    }
    /** buffer.ts's isBinary rule in SIMD, or undefined without WebAssembly. */
    looksBinary(buf) {
        return this.dfa()?.sniff(buf);
    }
    /** Every occurrence in bytes: onHit(keywordIndex, startByteOffset). */
    scanBytes(buf, onHit) {
        const wasm = this.dfa();
        if (wasm) {
            wasm.run(buf, (state, end) => this.emit(state, end, onHit));
            return;
        }
        const { delta, classOf } = this;
        let s = 0;
        for (let i = 0, len = buf.length; i < len; i++) {
            s = delta[s + classOf[buf[i]]];
            if (s < 0) {
                s &= MASK;
                this.emit(s, i, onHit);
            }
        }
    }
    emit(premulState, end, onHit) {
        const st = premulState >> this.shift;
        for (let j = this.outStart[st], b = this.outStart[st + 1]; j < b; j++) {
            const k = this.outList[j];
            onHit(k, end + 1 - this.keywords[k].length);
        }
    }
}


/***/ }),

/***/ 9903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ff: () => (/* binding */ scanText),
  Of: () => (/* binding */ scanTextPart)
});

// UNUSED EXPORTS: ruleHitsOfText

// EXTERNAL MODULE: ./packages/core/src/secrets/entropy.ts
var entropy = __webpack_require__(6278);
// EXTERNAL MODULE: ./packages/core/src/secrets/scanner/compile.ts
var compile = __webpack_require__(9971);
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
/** Keyword hits of every rule, as triples: rule index, hit start, end of the keyword. */
function ruleHitsOfText(text, cr) {
    const out = [];
    const kwLens = cr.keywordLength;
    cr.matcher.scanString(text, (k, start) => {
        for (const ri of cr.keywordRules[k])
            out.push(ri, start, start + kwLens[k]);
    });
    return out;
}
/**
 * `hits` (triples, see ruleHitsOfText) may be given when the caller already ran the keyword automaton over
 * bytes whose offsets equal the text's (pure ASCII) and applied each rule's byte precheck, so the text is
 * not scanned twice and a rule's regex runs only around the hits its precheck kept.
 */
function scanTextPart(text, path, cr, opts, part, hits) {
    // Most texts (history: most added-line blocks) have no hit at all: find out before allocating anything.
    hits ??= ruleHitsOfText(text, cr);
    if (hits.length === 0 && cr.everywhere.length === 0)
        return [];
    const windows = new Array(cr.rules.length);
    // The rules with windows, so the loop below visits those only (a region has hits of a few rules of ~170).
    const touched = [];
    const runs = (0,compile/* newTokenRunMemo */.fj)();
    for (let i = 0; i < hits.length; i += 3) {
        const ri = hits[i];
        const start = hits[i + 1];
        const c = cr.rules[ri];
        const end = (0,compile/* tokenRunEndText */.Zl)(text, Math.min(text.length, hits[i + 2] + c.window), runs);
        // Multi-line rules see the text from the keyword's line on; others a window each side.
        const from = c.multiline ? Math.max(lineStartBounded(text, start), start - c.window) : start - c.window;
        let w = windows[ri];
        if (w === undefined) {
            w = windows[ri] = [];
            touched.push(ri);
        }
        w.push(Math.max(0, from), end);
    }
    for (const ri of cr.everywhere) {
        if (windows[ri] === undefined)
            touched.push(ri);
        windows[ri] = [0, text.length];
    }
    if (touched.length > 1)
        touched.sort((x, y) => x - y); // rule order, as before
    const st = new PartScan(text, path, opts, part);
    for (const ri of touched) {
        const c = cr.rules[ri];
        if (opts.isRuleOffForPath?.(c.rule, path))
            continue;
        runRule(st, c, ri, mergeWindows(text, windows[ri]));
    }
    const out = st.out;
    if (out.length === 0)
        return [];
    out.sort((x, y) => x.offset - y.offset || (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0));
    // Spelled out, not `({ offset, ...m }) => m`: objects made by a rest pattern did not share one shape,
    // and the code moving matches to file positions (buffer.ts) deoptimized on them 50 times per scan.
    return out.map((f) => ({
        ruleId: f.ruleId,
        secret: f.secret,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        lineText: f.lineText,
        confidence: f.confidence,
    }));
}
// The scan of one text part is split in three functions on purpose. V8 compiles a hot function from the
// paths it has seen run, and compiles it again whenever a path it had not seen runs (a rule's first
// match, a secret placed by `locate`, a widened window, a filter's first veto): those paths are rare,
// so they came one by one all through a scan, and each recompiled the whole of scanTextPart (~50 ms of
// compiler time, 9-10 times per 300 MB). Now the rare paths live in onMatch, called only per match.
/** What the functions below share while scanning one text part. */
class PartScan {
    out = [];
    seen = new Set();
    lines = undefined;
    text;
    path;
    opts;
    part;
    constructor(text, path, opts, part) {
        this.text = text;
        this.path = path;
        this.opts = opts;
        this.part = part;
    }
}
/** One rule's regex over its merged windows. */
function runRule(st, c, ri, merged) {
    const text = st.text;
    for (let wi = 0; wi < merged.length; wi += 2) {
        const a = merged[wi];
        let b = merged[wi + 1];
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
                if (b === text.length && st.part.openEnd)
                    st.part.truncated = true;
            }
            onMatch(st, c, ri, m, a, sub);
        }
    }
}
/** A regex match: locate the secret, drop repeats, judge it. */
function onMatch(st, c, ri, m, a, sub) {
    let secret = m[0];
    let offset = a + m.index;
    if (c.locate) {
        const value = c.secretGroup > 0 ? m[c.secretGroup] : undefined;
        if (value === undefined)
            return; // the secret group did not take part
        const at = c.secretInMatch ? m[0].indexOf(value) : -1;
        if (at !== -1 && m[0].indexOf(value, at + 1) === -1)
            offset += at; // it occurs once: that is where
        else {
            // The same match again, sticky and with indices: only ambiguous candidates pay for the `d` flag.
            c.locate.lastIndex = m.index;
            const g = c.locate.exec(sub)?.indices?.groups?.secret;
            if (!g)
                return;
            offset = a + g[0];
        }
        secret = value;
    }
    const part = st.part;
    if (secret.length === 0 || offset < part.ownFrom || offset >= part.ownTo)
        return;
    const key = ri * 0x1_0000_0000 + offset; // (rule, offset) as one number: offsets stay below 2^32
    if (st.seen.has(key))
        return;
    st.seen.add(key);
    st.lines ??= new LineIndex(st.text);
    const found = judge(c, secret, offset, st.text, st.lines, part, st.path, st.opts);
    if (found)
        st.out.push(found);
}
/** Apply the rule's filters and locate the secret; undefined when a filter drops it. */
function judge(c, secret, offset, text, lines, part, path, opts) {
    // The floors (hex, short values) are for built-in keyed rules: a custom rule's threshold and the opt-in entropy rule's are taken as set.
    if (c.minEntropy !== undefined && !(0,entropy/* meetsEntropy */.qM)(secret, c.minEntropy, c.rule.family !== 'entropy' && c.rule.family !== 'custom'))
        return undefined;
    let confidence = c.confidence;
    if (c.validate) {
        if (!c.validate(secret))
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
    if (c.reject?.(secret, lineText))
        return undefined;
    if (opts.isFalsePositive?.(c.rule, secret, lineText, path))
        return undefined;
    const endLi = lines.lineOf(endOffset - 1);
    const col = (l, o) => (l === 0 ? part.col0 + o : o - lines.lineStart(l) + 1);
    return {
        ruleId: c.id,
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
/**
 * `w` holds [from, to] pairs. Merge overlapping ones, widen each to whole lines (bounded), merge again:
 * the same union as widening every window first (widening is monotone), with far fewer line searches.
 * Returns flat [from, to] pairs in order.
 */
function mergeWindows(text, w) {
    let pairs = w;
    for (let i = 2; i < w.length; i += 2) {
        if (w[i] < w[i - 2]) {
            const idx = Array.from({ length: w.length / 2 }, (_, j) => j).sort((x, y) => w[2 * x] - w[2 * y]);
            pairs = idx.flatMap((j) => [w[2 * j], w[2 * j + 1]]);
            break;
        }
    }
    const out = [];
    const push = (a, b) => {
        const wa = lineStartBounded(text, a);
        const wb = lineEndBounded(text, b);
        const n = out.length;
        if (n > 0 && wa <= out[n - 1])
            out[n - 1] = Math.max(out[n - 1], wb);
        else
            out.push(wa, wb);
    };
    let a = pairs[0];
    let b = pairs[1];
    for (let i = 2; i < pairs.length; i += 2) {
        if (pairs[i] <= b)
            b = Math.max(b, pairs[i + 1]);
        else {
            push(a, b);
            a = pairs[i];
            b = pairs[i + 1];
        }
    }
    push(a, b);
    return out;
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

/***/ 7701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadRuleSet)
});

// EXTERNAL MODULE: ./packages/core/src/report/types.ts
var types = __webpack_require__(3773);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
var external_node_vm_default = /*#__PURE__*/__webpack_require__.n(external_node_vm_);
;// CONCATENATED MODULE: ./packages/core/src/secrets/suppress/redos.ts
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
        external_node_vm_default().runInNewContext(`const re = new RegExp(src, flags.replace(/[gy]/g, '') + 'y');
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

;// CONCATENATED MODULE: ./packages/core/src/secrets/suppress/custom-rules.ts



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
        throw new errors/* ConfigError */.xL({ input: key, problem: 'must be a list of rules', fix: 'write each rule as a list item (`- id: ...`)' });
    const reserved = new Set(opts.reservedIds ?? []);
    const seen = new Set();
    return configs.map((raw, i) => {
        const at = `${key}[${i}]`;
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
            throw new errors/* ConfigError */.xL({ input: at, problem: 'must be a mapping', fix: 'give the rule id, regex and keywords' });
        }
        const c = raw;
        for (const k of Object.keys(c)) {
            if (!FIELDS.includes(k))
                throw new errors/* ConfigError */.xL({ input: `${at}.${k}`, problem: 'is not a rule field', fix: `use ${FIELDS.join(', ')}` });
        }
        const id = c.id;
        if (typeof id !== 'string' || !ID.test(id)) {
            throw new errors/* ConfigError */.xL({ input: `${at}.id`, problem: 'must be a lower-case id of letters, digits, ".", "_" or "-" (at most 64)', fix: 'e.g. `id: acme-api-key`' });
        }
        if (reserved.has(id) || seen.has(id)) {
            throw new errors/* ConfigError */.xL({ input: `${at}.id`, problem: `"${id}" is already ${reserved.has(id) ? 'a built-in rule' : 'used by another custom rule'}`, fix: 'choose a different id' });
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
        throw new errors/* ConfigError */.xL({ input: key, problem: 'is required', fix: 'give a JavaScript regular expression as a string' });
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
        throw new errors/* ConfigError */.xL({ input: key, problem: `is not a valid JavaScript regular expression: ${err.message}`, fix: 'fix the syntax (JavaScript flavour; `(?i)` is only allowed at the start)' });
    }
    if (re.test(''))
        throw new errors/* ConfigError */.xL({ input: key, problem: 'matches the empty string', fix: 'require at least one character (use `+` or `{n,}` instead of `*`)' });
    if (!probeBacktracking(source, flags, keywords, timeoutMs).ok) {
        throw new errors/* ConfigError */.xL({
            input: key,
            problem: 'backtracks catastrophically (a 20 KB probe string did not finish in time)',
            fix: 'avoid nested or overlapping quantifiers such as `(a+)+` or `(\\w|\\d)*`; bound repeats with `{n,m}`',
        });
    }
    return re;
}
function parseKeywords(v, key) {
    if (!Array.isArray(v) || v.length === 0) {
        throw new errors/* ConfigError */.xL({ input: key, problem: 'is required: at least one literal the secret (or its context) always contains', fix: 'e.g. `keywords: [acme_]`; the regex only runs near a keyword' });
    }
    return [
        ...new Set(v.map((k, i) => {
            if (typeof k !== 'string' || k.trim() === '')
                throw new errors/* ConfigError */.xL({ input: `${key}[${i}]`, problem: 'must be a non-empty string', fix: 'remove the empty keyword' });
            return k.trim().toLowerCase();
        })),
    ];
}
function parseSeverity(v, key) {
    if (v === undefined)
        return 'high';
    if (typeof v === 'string' && types/* SEVERITIES */.o.includes(v))
        return v;
    throw new errors/* ConfigError */.xL({ input: key, problem: `must be one of ${types/* SEVERITIES */.o.join(', ')}`, fix: 'e.g. `severity: high`' });
}
function parseEntropy(v, key) {
    if (v === undefined)
        return undefined;
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 8)
        return v;
    throw new errors/* ConfigError */.xL({ input: key, problem: 'must be a number of bits per character between 0 and 8', fix: 'e.g. `entropy: 3.5` (random base64 is about 6)' });
}
function optionalString(v, key) {
    if (v === undefined)
        return undefined;
    if (typeof v === 'string')
        return v;
    throw new errors/* ConfigError */.xL({ input: key, problem: 'must be a string', fix: 'quote the value' });
}
function pascal(id) {
    return id
        .split(/[-._]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}

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
/** One type name: `string`, `Optional[str]`, or a Rust reference (`&str`, `&'static str`). */
const TYPE_NAME = String.raw `(?:&(?:'[a-z_]{1,10}\s{1,2})?)?[A-Za-z_][\w.<>\[\]?]{0,30}`;
/**
 * A type annotation between a name and its `=` (`: string`, `: String`, `: string | undefined`, `: Optional[str]`,
 * `: &'static str`), so typed declarations (TypeScript, Kotlin, Python, Swift, Rust) assign the value rather than the type name.
 */
const TYPE_ANNOTATION = String.raw `(?:\s{0,3}:\s{0,3}${TYPE_NAME}(?:\s{0,2}\|\s{0,2}${TYPE_NAME}){0,3}\s{0,3}(?==))?`;
/** PHP `define('NAME', 'value')`: the comma assigns, only inside a define call. */
const DEFINE_COMMA = String.raw `(?<=define\(\s{0,3}['"][\w.-]{1,80}['"]\s{0,5}),`;
/** Rust `String::from("…")` around a literal. */
const STRING_FROM = String.raw `(?:String::from\()?`;
/**
 * `name ... = "value"` glue between a keyword and a value: up to 20 name chars, quotes, an optional type,
 * := / : / = / => (or a PHP define's comma).
 */
const ASSIGN = String.raw `[A-Za-z0-9_.-]{0,20}['"]?\]?${TYPE_ANNOTATION}\s{0,5}(?::=|=>|=(?!=)|:(?!:)|${DEFINE_COMMA})\s{0,5}${STRING_FROM}['"\x60]?`;
/** Revocation advice in one consistent shape. */
function revoke(what, where, extra = '') {
    return (`Revoke the ${what} now (${where}) and create a replacement. ` +
        `Store the new value in a secret manager or CI secret and read it from the environment at run time. ` +
        `Deleting the line is not enough: it stays in git history and forks, so treat it as compromised` +
        (extra ? `. ${extra}` : '.'));
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/code-values.ts
// Value shapes that are code wherever they stand, whatever the line or file: the generic rules' filters
// drop them (filters.ts isCodeReference), and the generic rules' byte prechecks (rules/near.ts) drop their
// keyword hits before any text is decoded. One definition for both, so the precheck never drops a value
// the filters would keep.
/** A property path with no digit (`response.accessToken`, `init?.webIdentityTokenFile`, `a.b!`): code. */
function isDigitlessPropertyPath(value) {
    return /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+/.test(value) && !/\d/.test(value);
}
/** The character right after a value that makes it a call, an index or a member access (`getToken(`, `keys[`). */
function opensCallOrMember(next) {
    return next === '(' || next === '[' || next === '.';
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/near.ts
// Byte-level necessary conditions checked right after a keyword hit, before any text is decoded.
// Keywords such as `https://` and `token` occur everywhere in code; these checks let the scanner drop
// hits where the rule's regex cannot match at all, or (the generic assignment rules) where every match
// would hold a value the generic filters always drop (code-values.ts). Each must accept every match that
// can become a finding (when unsure — e.g. a non-ASCII byte that could be Unicode whitespace — it says yes).

const isSpace = (c) => c === 32 || (c >= 9 && c <= 13);
const isWord = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const DEFINE = [100, 101, 102, 105, 110, 101, 40]; // `define(`, lower case
/** `define(` (any case) within 100 bytes before `at` on the same line. */
function defineBefore(b, at) {
    for (let s = at - 1, n = 0; n < 100 && s >= 6 && b[s] !== 10; n++, s--) {
        if (b[s] !== 40)
            continue;
        let k = 0;
        while (k < 7 && (b[s - 6 + k] | 0x20) === DEFINE[k])
            k++; // `(` | 0x20 is `(`
        if (k === 7)
            return true;
    }
    return false;
}
/**
 * `[A-Za-z0-9_]{0,41}=`: the keyword is part of an environment variable name being assigned; or, on a
 * Dockerfile `ENV NAME value` line, the name is followed by a blank.
 */
function envAssignmentFollows(b, end) {
    let i = end;
    for (let n = 0; n < 41 && i < b.length && isWord(b[i]); n++)
        i++;
    if (i < b.length && b[i] === 61)
        return true;
    return i < b.length && (b[i] === 32 || b[i] === 9) && dockerEnvLine(b, end);
}
/** The line holding offset `at` starts with `ENV ` (after up to 8 blanks). */
function dockerEnvLine(b, at) {
    let s = at;
    for (let n = 0; n < 160 && s > 0 && b[s - 1] !== 10; n++)
        s--;
    while (s < at && (b[s] === 32 || b[s] === 9))
        s++;
    return b[s] === 69 && b[s + 1] === 78 && b[s + 2] === 86 && (b[s + 3] === 32 || b[s + 3] === 9);
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
const lower = (c) => (c >= 65 && c <= 90 ? c + 32 : c);
/** The bytes before `end` spell `word` (lower-case ASCII), in any case. */
function endsWith(b, end, word) {
    return end >= word.length && startsWithAt(b, end - word.length, word);
}
/** The bytes from `at` spell `word` (lower-case ASCII), in any case. */
function startsWithAt(b, at, word) {
    if (at + word.length > b.length)
        return false;
    for (let k = 0; k < word.length; k++)
        if (lower(b[at + k]) !== word.charCodeAt(k))
            return false;
    return true;
}
/** `['"]?user:password` at `i`: the user `[^\s:'"$]{1,64}`, then a password that is not a blank or quote. */
function userPasswordAt(b, i) {
    if (i < b.length && (b[i] === 34 || b[i] === 39))
        i++;
    let n = 0;
    for (; n < 64 && i < b.length; n++, i++) {
        const c = b[i];
        if (c >= 0x80)
            return true; // maybe Unicode whitespace: cannot tell here
        if (isSpace(c) || c === 58 || c === 34 || c === 39 || c === 36)
            break;
    }
    if (n === 0 || i + 1 >= b.length || b[i] !== 58)
        return false;
    const c = b[i + 1];
    return c >= 0x80 || !(isSpace(c) || c === 34 || c === 39 || c === 96);
}
/**
 * The command-line rule's keywords that are common in code: after `mysql`, a glued `-p…` or `--password=…` on the same line; after ` -a ` / ` --auth`, a `user:password` argument. Other keywords (curl, wget, …): yes.
 */
function cliCredentialFollows(b, end) {
    if (endsWith(b, end, ' -a '))
        return userPasswordAt(b, end);
    if (endsWith(b, end, ' --auth'))
        return end < b.length && (b[end] === 32 || b[end] === 61) && userPasswordAt(b, end + 1);
    if (!endsWith(b, end, 'mysql'))
        return true;
    for (let i = end, n = 0; n < 300 && i + 2 < b.length && b[i] !== 10; n++, i++) {
        if (b[i] !== 45 || !isSpace(b[i - 1]))
            continue;
        if (b[i + 1] === 112 && !isSpace(b[i + 2]))
            return true; // -p<password>
        if (b[i + 1] === 45 && startsWithAt(b, i + 2, 'password=') && i + 11 < b.length && !isSpace(b[i + 11]))
            return true; // --password=<password>
    }
    return false;
}
/** A `/` within `max` bytes after `end`, on the same line (UTF-8 never hides a `/` inside a multi-byte character). */
function slashFollows(b, end, max) {
    for (let i = end, n = 0; n < max && i < b.length && b[i] !== 10; n++, i++)
        if (b[i] === 47)
            return true;
    return false;
}
const isQuote = (c) => c === 34 || c === 39 || c === 96;
const isNameChar = (c) => isWord(c) || c === 46 || c === 45; // [A-Za-z0-9_.-]
/** The characters that end a generic value (define.ts VALUE: `[^\s'"\x60;,()\[\]{}<>]`). */
const stopsValue = (c) => isSpace(c) || isQuote(c) || c === 59 || c === 44 || c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || c === 60 || c === 62;
/** VALUE's longest run. */
const VALUE_MAX = 200;
/**
 * VALUE(min, bare) from `i`, after its optional opening quote: `min` characters up to a quote, or `bare` unquoted;
 * and not a value the generic filters always drop (valueIsCode).
 */
function valueRunAt(b, i, min, bare) {
    const quoted = i < b.length && isQuote(b[i]);
    if (quoted)
        i++;
    let n = 0;
    for (; n <= VALUE_MAX && i + n < b.length; n++) {
        const c = b[i + n];
        if (c >= 0x80)
            return true; // a non-ASCII character may belong to the value: cannot tell here
        if (stopsValue(c))
            break;
    }
    // Between quotes or bare, VALUE takes the whole run (it ends at a stop character): that run is the secret.
    const long = n >= bare || (quoted && n >= min && i + n < b.length && isQuote(b[i + n]));
    return long && !valueIsCode(b, i, n);
}
/**
 * The `n`-byte ASCII value at `i` is code wherever it stands (code-values.ts): a property path with no digit,
 * or a name followed by `(` / `[` that does not also occur earlier on its line (the filter looks at the first
 * occurrence of the value in the line). Runs longer than VALUE's 200 characters are cut by the regex: kept.
 */
function valueIsCode(b, i, n) {
    if (n > VALUE_MAX)
        return false;
    const next = i + n < b.length ? String.fromCharCode(b[i + n]) : '';
    const path = isPathStart(b[i]) && hasDot(b, i, n);
    if (path && isDigitlessPropertyPath(latin1(b, i, n)))
        return true;
    return opensCallOrMember(next) && !occursEarlierOnLine(b, i, n);
}
const isPathStart = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
function hasDot(b, i, n) {
    for (let k = 1; k < n; k++)
        if (b[i + k] === 46)
            return true;
    return false;
}
function latin1(b, i, n) {
    let s = '';
    for (let k = 0; k < n; k++)
        s += String.fromCharCode(b[i + k]);
    return s;
}
/** How far back a line's start is looked for; past that the value is taken to occur earlier (kept). */
const LINE_BACK = 2048;
/** The n bytes at `i` also start somewhere between their line's start and `i`. */
function occursEarlierOnLine(b, i, n) {
    let s = i;
    for (let k = 0; s > 0 && b[s - 1] !== 10; k++, s--)
        if (k === LINE_BACK)
            return true;
    for (; s < i; s++) {
        let k = 0;
        while (k < n && b[s + k] === b[i + k])
            k++;
        if (k === n)
            return true;
    }
    return false;
}
/** What follows an assignment sign: `\s{0,5}(?:String::from\()?['"\x60]?` and a value. */
function valueAfterSign(b, i, min, bare) {
    for (let n = 0; n < 5 && i < b.length && isSpace(b[i]); n++)
        i++;
    if (i < b.length && b[i] >= 0x80)
        return true;
    return valueRunAt(b, i, min, bare) || (startsWithAt(b, i, 'string::from(') && valueRunAt(b, i + 13, min, bare));
}
/** The characters of a type annotation between a name and its `=` (define.ts TYPE_ANNOTATION), blanks included. */
const inTypeAnnotation = (c) => isWord(c) || isSpace(c) || c === 46 || c === 60 || c === 62 || c === 91 || c === 93 || c === 63 || c === 38 || c === 39 || c === 124;
/** After `:` at `i - 1`: a type annotation up to `=` (`: string = "…"`, `: Option<&'static str> = …`) and a value after it. */
function typedValueFollows(b, i, min, bare) {
    for (let n = 0; n < 200 && i < b.length; n++, i++) {
        const c = b[i];
        if (c >= 0x80)
            return true;
        if (c === 61)
            return b[i + 1] !== 61 && valueAfterSign(b, b[i + 1] === 62 ? i + 2 : i + 1, min, bare);
        if (!inTypeAnnotation(c))
            return false;
    }
    return false;
}
/**
 * define.ts ASSIGN followed by VALUE(min, bare), from the end of the keyword: a name of at most 20 characters,
 * an optional quote and `]`, an optional type annotation, `:=` / `=>` / `=` / `:` (or a PHP define's comma),
 * then a value of `min` characters between quotes or `bare` unquoted. In code most `token`, `password` and
 * `secret` hits are names followed by `;`, `)`, a type or a short expression: no value can start there.
 */
function assignedValueFollows(min, bare = min) {
    return (b, end) => {
        let i = end;
        for (let n = 0; n < 20 && i < b.length && isNameChar(b[i]); n++)
            i++;
        const quoted = i < b.length && (b[i] === 34 || b[i] === 39);
        if (quoted)
            i++;
        if (i < b.length && b[i] === 93)
            i++;
        const afterName = i;
        for (let n = 0; n < 5 && i < b.length && (isSpace(b[i]) || b[i] >= 0x80); n++) {
            if (b[i] >= 0x80)
                return true;
            i++;
        }
        if (i >= b.length)
            return false;
        const c = b[i];
        const next = b[i + 1];
        if (c === 61)
            return next !== 61 && valueAfterSign(b, next === 62 ? i + 2 : i + 1, min, bare);
        if (c === 44)
            return quoted && defineBefore(b, end) && valueAfterSign(b, i + 1, min, bare);
        if (c !== 58 || next === 58)
            return false; // `::` is a path, not an assignment (and no type starts with `:`)
        // `:=`, or `:` and a value (a value may start with `=`).
        if (valueAfterSign(b, i + 1, min, bare) || (next === 61 && valueAfterSign(b, i + 2, min, bare)))
            return true;
        // A typed declaration: the annotation's `:` is at most 3 blanks after the name.
        let j = afterName;
        for (let n = 0; n < 3 && j < b.length && isSpace(b[j]); n++)
            j++;
        return b[j] === 58 && typedValueFollows(b, j + 1, min, bare);
    };
}
/**
 * generic-key: after a keyword that does not end in `key` (`signing`, `encryption`, `hmac`), the name goes on
 * with `[_.-]?(?:secret[_.-]?)?key` before the assignment.
 */
function keyAssignedValueFollows(min, bare = min) {
    const assigned = assignedValueFollows(min, bare);
    const isSep = (c) => c === 95 || c === 46 || c === 45;
    return (b, end) => {
        if (endsWith(b, end, 'key'))
            return assigned(b, end);
        for (const p0 of isSep(b[end]) ? [end, end + 1] : [end]) {
            for (const p1 of startsWithAt(b, p0, 'secret') ? (isSep(b[p0 + 6]) ? [p0, p0 + 6, p0 + 7] : [p0, p0 + 6]) : [p0]) {
                if (startsWithAt(b, p1, 'key') && assigned(b, p1 + 3))
                    return true;
            }
        }
        return false;
    };
}
/** `word` starts within `max` name characters (`[A-Za-z0-9_.-]`) after `end`, in any case (`aws…secret`, `ibm…api`). */
function nameGoesOnTo(word, max) {
    return (b, end) => {
        for (let k = 0; k <= max; k++) {
            if (startsWithAt(b, end + k, word))
                return true;
            const c = b[end + k];
            if (c === undefined || !isNameChar(c))
                return false;
        }
        return false;
    };
}
/** The bytes before `end` spell `word` exactly (case-sensitive rules). */
function endsWithExact(b, end, word) {
    return end >= word.length && startsWithExact(b, end - word.length, word);
}
/** The bytes from `at` spell `word` exactly. */
function startsWithExact(b, at, word) {
    if (at + word.length > b.length)
        return false;
    for (let k = 0; k < word.length; k++)
        if (b[at + k] !== word.charCodeAt(k))
            return false;
    return true;
}
const isHexLower = (c) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
/** Mailchimp: `-us` after 32 lower-case hex characters (not glued to a word), then a digit. */
function mailchimpKeyAround(b, end) {
    const s = end - 3;
    if (s < 32 || !endsWithExact(b, end, '-us') || !(b[end] >= 48 && b[end] <= 57))
        return false;
    for (let k = s - 32; k < s; k++)
        if (!isHexLower(b[k]))
            return false;
    return s === 32 || !isWord(b[s - 33]);
}
/** A JWT: `eyJ` not glued to a token character, 8 to 4000 base64url characters, `.eyJ`. */
function jwtFollows(b, end) {
    const s = end - 3;
    if (!endsWithExact(b, end, 'eyJ') || (s > 0 && (isWord(b[s - 1]) || b[s - 1] === 45)))
        return false;
    let i = end;
    while (i < b.length && i - end <= 4000 && (isWord(b[i]) || b[i] === 45))
        i++;
    return i - end >= 8 && i - end <= 4000 && startsWithExact(b, i, '.eyJ');
}
/** `bearer` then 1-5 blanks and at least 20 token characters (`[A-Za-z0-9._~+/-]`). */
function bearerTokenFollows(b, end) {
    let i = end;
    while (i < b.length && i - end < 5 && (b[i] === 32 || b[i] === 9))
        i++;
    if (i === end)
        return false;
    for (let n = 0; n < 20; n++, i++) {
        const c = b[i];
        if (c === undefined || !(isWord(c) || c === 46 || c === 126 || c === 43 || c === 47 || c === 45))
            return false;
    }
    return true;
}
/**
 * After `authorization`: one of `schemes` within the header's separators (quotes, blanks, `:`, `=`, `,`; 12 bytes
 * at most, more than the rules allow), in any case.
 */
function headerSchemeFollows(...schemes) {
    const isGlue = (c) => c === 34 || c === 39 || c === 32 || c === 9 || c === 58 || c === 61 || c === 44;
    return (b, end) => {
        for (let i = end; i <= end + 12 && i < b.length; i++) {
            for (const s of schemes)
                if (startsWithAt(b, i, s))
                    return true;
            if (!isGlue(b[i]))
                return false;
        }
        return false;
    };
}
/** Before `at`: the start of the text or whitespace (the `(?:^|\s)` the rule starts with), or also `extra`. */
const openedAt = (b, at, extra = -1) => at === 0 || isSpace(b[at - 1]) || b[at - 1] === extra || b[at - 1] >= 0x80;
/**
 * A .netrc entry (case-sensitive, as the rule): `machine` + blank + host + whitespace, then `login`, `account`
 * or `password`; or `default` + whitespace + `login` + blank.
 */
function netrcEntryFollows(b, end) {
    if (endsWithExact(b, end, 'machine')) {
        if (!openedAt(b, end - 7) || !(b[end] === 32 || b[end] === 9))
            return false;
        let i = end;
        while (i < b.length && (b[i] === 32 || b[i] === 9))
            i++;
        let n = 0;
        for (; n < 253 && i < b.length && !isSpace(b[i]); n++, i++)
            if (b[i] >= 0x80)
                return true;
        if (n === 0 || i >= b.length || !isSpace(b[i]))
            return false;
        while (i < b.length && isSpace(b[i]))
            i++;
        if (b[i] >= 0x80)
            return true; // maybe Unicode whitespace
        return startsWithExact(b, i, 'login') || startsWithExact(b, i, 'account') || startsWithExact(b, i, 'password');
    }
    for (const kw of ['default login', 'default\n', 'default\r\n']) {
        if (!endsWithExact(b, end, kw))
            continue;
        if (!openedAt(b, end - kw.length))
            return false;
        if (kw === 'default login')
            return b[end] === 32 || b[end] === 9;
        let i = end;
        while (i < b.length && isSpace(b[i]))
            i++;
        if (b[i] >= 0x80)
            return true;
        return startsWithExact(b, i, 'login') && (b[i + 5] === 32 || b[i + 5] === 9);
    }
    // The automaton's hits ignore case, the rule does not: `Machine`, `DEFAULT` cannot start an entry.
    return false;
}
/** npm `_auth` / `_password` (case-sensitive): after whitespace, `:` or the start, then `[ \t]{0,3}=`. */
function npmAuthAssigned(b, end) {
    const kw = endsWithExact(b, end, '_auth') ? 5 : endsWithExact(b, end, '_password') ? 9 : 0;
    if (kw === 0 || !openedAt(b, end - kw, 58))
        return false;
    let i = end;
    for (let n = 0; n < 3 && (b[i] === 32 || b[i] === 9); n++)
        i++;
    return b[i] === 61;
}
/** At least `min` characters of `inClass` right after the keyword: a provider token's body after its prefix. */
function runFollows(min, inClass) {
    return (b, end) => {
        if (end + min > b.length)
            return false;
        for (let i = end; i < end + min; i++)
            if (!inClass(b[i]))
                return false;
        return true;
    };
}
const isAlnum = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `[A-Za-z0-9_-]`: base64url. */
const isBase64Url = (c) => isAlnum(c) || c === 95 || c === 45;
/** AWS key ids (case-sensitive): an upper-case type prefix not glued to a letter or digit, then 16 base32 characters. */
function awsKeyIdFollows(b, end) {
    const s = end - 4;
    if (s < 0 || (s > 0 && isAlnum(b[s - 1])))
        return false;
    for (let i = s; i < end; i++)
        if (b[i] < 65 || b[i] > 90)
            return false;
    return runFollows(16, (c) => (c >= 65 && c <= 90) || (c >= 50 && c <= 55))(b, end);
}
/**
 * A connection URL (`postgres`, `redis`, …): the rest of the scheme (`ql`, `s`, `+srv`, `+driver`; at most 25
 * characters of `[A-Za-z0-9+]`), `://`, then `user:password@`.
 */
function schemeUserinfoFollows(b, end) {
    let i = end;
    for (let n = 0; n < 25 && i < b.length && (isAlnum(b[i]) || b[i] === 43); n++)
        i++;
    return startsWithExact(b, i, '://') && userinfoFollows(b, i + 3);
}
/** prose.ts VALUE's characters: `[^\s'"\x60<>()\[\]{}\\]`. */
const inProseValue = (c) => !(isSpace(c) || isQuote(c) || c === 60 || c === 62 || c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || c === 92);
/**
 * prose-secret, after `… is` / `… was` / `… are` / `api key:`-style keywords: `\s*:?\s*`, up to two quotes, backticks
 * or `*`, then 8 value characters. After `set \``: a name up to a closing quote, blanks and `to`. Other keywords: yes.
 */
function proseValueFollows(b, end) {
    if (endsWith(b, end, 'set `')) {
        let i = end;
        for (let n = 0; n < 70 && i < b.length && (isWord(b[i]) || b[i] === 32 || b[i] === 46 || b[i] === 45); n++)
            i++;
        if (i >= b.length || b[i] >= 0x80)
            return i < b.length;
        if (!isQuote(b[i]) || !isSpace(b[i + 1]))
            return false;
        i++;
        while (i < b.length && isSpace(b[i]))
            i++;
        return startsWithAt(b, i, 'to');
    }
    if (!(endsWith(b, end, ' is') || endsWith(b, end, ' was') || endsWith(b, end, ' are') || endsWith(b, end, 'key:') || endsWith(b, end, 'token:')))
        return true;
    let i = end;
    while (i < b.length && isSpace(b[i]))
        i++;
    if (proseOpenedValueAt(b, i))
        return true;
    // `:` is a value character too: the value may start with it, or after it and blanks.
    if (b[i] !== 58)
        return false;
    i++;
    while (i < b.length && isSpace(b[i]))
        i++;
    return proseOpenedValueAt(b, i);
}
/** Up to two opening marks (quotes, backticks, `*`), then 8 value characters (`*` is one too). */
function proseOpenedValueAt(b, i) {
    for (let k = 0; k <= 2; k++) {
        if (k > 0 && !(isQuote(b[i + k - 1]) || b[i + k - 1] === 42))
            return false;
        if (proseValueAt(b, i + k))
            return true;
    }
    return false;
}
function proseValueAt(b, i) {
    for (let n = 0; n < 8; n++, i++) {
        if (i >= b.length)
            return false;
        if (b[i] >= 0x80)
            return true; // Unicode whitespace or a value character: cannot tell here
        if (!inProseValue(b[i]))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/cloud.ts


const awsNameGoesOnToSecret = nameGoesOnTo('secret', 25);
const family = 'cloud';
const CLOUD_RULES = [
    rule({
        id: 'aws-access-key-id',
        severity: 'high',
        family,
        description: 'AWS access key id (long-term AKIA, temporary ASIA, and related base32 key ids).',
        remediation: revoke('access key', 'IAM console > Users > Security credentials > Deactivate, then Delete', 'Check CloudTrail for use of the key.'),
        keywords: ['akia', 'asia', 'abia', 'acca'],
        near: awsKeyIdFollows,
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
        // Any spelling of the name (`AWS_SECRET_ACCESS_KEY`, `secretAccessKey`, `aws.secret.access.key`, `SecretAccessKey`), typed or not.
        keywords: ['aws', 'secretaccesskey', 'secret_access_key', 'secret-access-key', 'secret.access.key'],
        // `aws` is everywhere in SDK code: only an `aws…secret` name can start a match there.
        near: (b, end) => !endsWith(b, end, 'aws') || awsNameGoesOnToSecret(b, end),
        pattern: rx('i') `(?:aws[A-Za-z0-9_.-]{0,25}?secret|secret[_.-]?access[_.-]?key)[A-Za-z0-9_.-]{0,20}?['"]?${TYPE_ANNOTATION}\s{0,5}(?::=|=>|=(?!=)|:(?!:))\s{0,5}['"]?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
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
        near: nameGoesOnTo('api', 20),
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
        // A bare `cloudflare: <token>` key counts too (Terraform variables, CI secrets files).
        pattern: rx('i') `(?:(?:cloudflare|cf)[A-Za-z0-9_.-]{0,20}?(?:api[_-]?)?token|cloudflare)${ASSIGN}(?<secret>[A-Za-z0-9_-]{40})${ED}`,
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
        pattern: rx('i') `(?:(?:cloudflare|cf)[A-Za-z0-9_.-]{0,20}?(?:api|auth)[_-]?key|cloudflare)${ASSIGN}(?<secret>[a-f0-9]{37})${E}`,
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
    rule({
        id: 'aws-bedrock-api-key',
        severity: 'high',
        family,
        description: 'Amazon Bedrock API key: long-term (ABSK + base64 of BedrockAPIKey-…) or short-term (bedrock-api-key- + base64 of a presigned URL).',
        remediation: revoke('Bedrock API key', 'IAM console > Users > the user > Security credentials > API keys for Amazon Bedrock > Delete (short-term keys: revoke the session of the principal that made them)'),
        keywords: ['absk', 'bedrock-api-key-'],
        pattern: rx() `(?<![A-Za-z0-9+/_-])(?:ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{60,400}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{60,4000})={0,2}(?![A-Za-z0-9+/=])`,
        tags: ['aws', 'bedrock'],
    }),
];

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/core/src/secrets/checksum.ts
// Provider checksums that let a scanner tell a real token from a random look-alike offline.
// GitHub (2021 token format) and npm (2021 format) tokens are `<prefix>_` + 30 random base62
// characters + 6 characters: the CRC32 of the 30 random characters, base62-encoded with
// leading zeros (alphabet 0-9A-Za-z).

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** CRC32 (IEEE, as zlib) of the UTF-8 bytes of `str`, as an unsigned 32-bit integer. */
function crc32(str) {
    return (0,external_node_zlib_.crc32)(str) >>> 0;
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
        validate: validGitHubToken,
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
        near: runFollows(36, isAlnum),
        pattern: rx() `${B}npm_[A-Za-z0-9]{36}${E}`,
        validate: validNpmToken,
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
        near: runFollows(43, (c) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122)),
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


const alnum43 = runFollows(43, isAlnum);
const alnum46 = runFollows(46, isAlnum);
const base64Url22 = runFollows(22, isBase64Url);
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
        near: runFollows(130, (c) => isBase64Url(c) || c === 46),
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
        near: (b, end) => (endsWith(b, end, 'secret_') ? alnum43 : alnum46)(b, end),
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
        near: (b, end) => base64Url22(b, end) && b[end + 22] === 46,
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
        near: mailchimpKeyAround,
        pattern: rx() `${B}[a-f0-9]{32}-us[0-9]{1,2}${E}`,
        tags: ['mailchimp'],
    }),
    rule({
        id: 'facebook-access-token',
        severity: 'high',
        family: saas_family,
        description: 'Facebook / Meta Graph API access token (EAA prefix, user, page or app token).',
        remediation: revoke('access token', 'Meta for Developers > the app > Settings > Advanced > Security, or log the session out / reset the app secret'),
        keywords: ['eaa'],
        near: runFollows(100, isAlnum),
        pattern: rx() `${B}EAA[A-Za-z0-9]{100,400}${E}`,
        minEntropy: 4.0,
        tags: ['facebook'],
    }),
    rule({
        id: 'facebook-app-secret',
        severity: 'high',
        family: saas_family,
        description: 'Facebook / Meta app secret (32 hex) assigned next to a Facebook name.',
        remediation: revoke('app secret', 'Meta for Developers > the app > Settings > Basic > App secret > Reset'),
        keywords: ['facebook', 'fb_app', 'fb-app', 'fbapp', 'fb_client', 'fb_secret'],
        pattern: rx('i') `(?:facebook|fb)[A-Za-z0-9_.-]{0,20}?(?:app|client)?[_.-]?secret${ASSIGN}(?<secret>[a-f0-9]{32})${E}`,
        tags: ['facebook', 'context'],
    }),
    rule({
        id: 'sourcegraph-access-token',
        severity: 'high',
        family: saas_family,
        description: 'Sourcegraph access token (sgp_ + optional instance id + 40 hex).',
        remediation: revoke('access token', 'Sourcegraph > Settings > Access tokens > Delete'),
        keywords: ['sgp_'],
        pattern: rx() `${B}sgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}${E}`,
        tags: ['sourcegraph'],
    }),
    rule({
        id: 'sonarqube-token',
        severity: 'high',
        family: saas_family,
        description: 'SonarQube user, project analysis or global analysis token (squ_ / sqp_ / sqa_ + 40 hex).',
        remediation: revoke('token', 'SonarQube > My Account > Security > Revoke (or Administration > Security for global tokens)'),
        keywords: ['squ_', 'sqp_', 'sqa_'],
        pattern: rx() `${B}sq[upa]_[a-f0-9]{40}${E}`,
        tags: ['sonarqube'],
    }),
    rule({
        id: 'snyk-api-token',
        severity: 'high',
        family: saas_family,
        description: 'Snyk API token (UUID) assigned next to a Snyk name (SNYK_TOKEN).',
        remediation: revoke('API token', 'Snyk > Account settings > General > Auth Token > Revoke & Regenerate (service accounts: Settings > Service accounts)'),
        keywords: ['snyk'],
        pattern: rx('i') `snyk[A-Za-z0-9_.-]{0,20}?(?:token|api[_-]?key|key)${ASSIGN}(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])`,
        tags: ['snyk', 'context'],
    }),
    rule({
        id: 'sidekiq-enterprise-credentials',
        severity: 'high',
        family: saas_family,
        description: 'Sidekiq Pro / Enterprise gem server credentials (8 hex : 8 hex) for contribsys.com.',
        remediation: revoke('license credentials', 'email support@contribsys.com to rotate them', 'Set BUNDLE_ENTERPRISE__CONTRIBSYS__COM from a CI secret instead.'),
        keywords: ['contribsys'],
        pattern: rx('i') `(?:contribsys__com['"]?[ 	]{0,3}[:=][ 	]{0,3}['"]?|//)(?<secret>[a-f0-9]{8}:[a-f0-9]{8})(?=@(?:gems|enterprise)\.contribsys\.com|['"]?[ 	]*(?:
?
|$))`,
        tags: ['sidekiq'],
    }),
    rule({
        id: 'sumologic-access-id',
        severity: 'medium',
        family: saas_family,
        description: 'Sumo Logic access ID (su + 12) assigned next to a Sumo name.',
        remediation: revoke('access key pair', 'Sumo Logic > Administration > Security > Access Keys > Delete'),
        keywords: ['sumo'],
        pattern: rx('i') `sumo[A-Za-z0-9_.-]{0,20}?(?:access[_-]?)?id${ASSIGN}(?<secret>su[A-Za-z0-9]{12})${E}`,
        tags: ['sumologic', 'context'],
    }),
    rule({
        id: 'sumologic-access-key',
        severity: 'high',
        family: saas_family,
        description: 'Sumo Logic access key (64 characters) assigned next to a Sumo name.',
        remediation: revoke('access key', 'Sumo Logic > Administration > Security > Access Keys > Delete'),
        keywords: ['sumo'],
        pattern: rx('i') `sumo[A-Za-z0-9_.-]{0,20}?(?:access[_-]?)?key${ASSIGN}(?<secret>[A-Za-z0-9]{64})${E}`,
        minEntropy: 4.0,
        tags: ['sumologic', 'context'],
    }),
    rule({
        id: 'onepassword-secret-key',
        severity: 'critical',
        family: saas_family,
        description: '1Password account Secret Key (A3- + account id + random groups), half of what unlocks the account.',
        remediation: revoke('Secret Key', '1Password > Profile > Regenerate Secret Key', 'Change the account password as well if it may have leaked with it.'),
        keywords: ['a3-'],
        pattern: rx() `${BD}A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}${ED}`,
        tags: ['1password'],
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
        pattern: rx() `hooks\.slack\.com/(?:services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{23,25}|(?:workflows|triggers)/T[A-Z0-9]{8,12}/A[A-Z0-9]{8,12}/[0-9]{15,20}/(?:[a-f0-9]{32}|[A-Za-z0-9]{20,40}))${E}`,
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
    rule({
        id: 'huggingface-org-token',
        severity: 'high',
        family: ai_family,
        description: 'Hugging Face organization API token (api_org_ + 34 letters).',
        remediation: revoke('organization token', 'huggingface.co > the organization > Settings > API tokens > Delete'),
        keywords: ['api_org_'],
        pattern: rx() `${B}api_org_[A-Za-z]{34}${E}`,
        tags: ['huggingface'],
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
        near: jwtFollows,
        pattern: rx() `${BD}eyJ[A-Za-z0-9_-]{8,4000}\.eyJ[A-Za-z0-9_-]{4,16000}\.[A-Za-z0-9_-]{16,1400}(?![A-Za-z0-9_.-])`,
        reject: (secret) => !signedJwtHeader(secret),
        confidence: 0.7,
        tags: ['jwt'],
    }),
];

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
/** A password that documentation uses (`password`, `changeme`, `hunter2`...), whatever its format. */
function isPlaceholderPassword(password) {
    return password.length < 3 || PLACEHOLDER_PASSWORDS.has(password.toLowerCase());
}
function placeholderUrlPassword(password, line) {
    const p = password.toLowerCase();
    if (isPlaceholderPassword(p))
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
        near: schemeUserinfoFollows,
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
        // Sidekiq's gem server credentials are reported whole by sidekiq-enterprise-credentials.
        reject: (s, line) => placeholderUrlPassword(s, line) || /@(?:gems|enterprise)\.contribsys\.com/i.test(line),
        confidence: 0.7,
        tags: ['connection-string'],
    }),
];

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/generic.ts


const generic_family = 'generic';
/**
 * A value ends at whitespace, quotes, separators and brackets, so code around it is not captured. Between
 * quotes `min` characters suffice; an unquoted value needs `bare` (a bare word is more often a name).
 */
const VALUE = (min, bare = min) => String.raw `(?<secret>(?<=['"\x60])[^\s'"\x60;,()\[\]{}<>]{${min},200}(?=['"\x60])|[^\s'"\x60;,()\[\]{}<>]{${bare},200})`;
/**
 * A value on a `NAME=value` line runs to the end of the line or to its closing quote: passwords carry
 * `, ; ! % ^ ~ * =` and the line has no code around the value to cut off.
 */
const LINE_VALUE = (min, cls = String.raw `^\s'"\x60`) => String.raw `(?<secret>[${cls}]{${min},200})(?=['"\x60]?[ \t]*(?:#.*)?(?:\r?\n|$))`;
/**
 * A `NAME=value` environment line (shell `export`, Dockerfile `ENV`/`ARG`, a compose `environment:` list item
 * `- NAME=value`); the dotenv rule owns those so two generic rules never double-report.
 */
const ENV_LINE = /^\s*(?:-[ \t]+)?(?:(?:export|ENV|ARG)\s+)?[A-Z][A-Z0-9_]*=|^\s*ENV\s+[A-Z][A-Z0-9_]*[ \t]+[^\s=]/;
/** A `.properties` / INI line (`db.password=…`, `spring.datasource.password = …`) with an unquoted value: the properties rule owns it. */
const PROPERTIES_LINE = /^\s*[A-Za-z][\w.-]*\s*[=:]\s*(?<value>[^\s'"\x60()]+)\s*$/;
/** Characters that end a value in code (VALUE) but belong to it on a properties line (`pa;ss,word`). */
const CODE_STOPS = /[;,\[\]{}<>]/;
/** A properties line whose value the code-shaped rules would cut short at `, ;` or brackets. */
function punctuatedPropertiesLine(line) {
    const v = PROPERTIES_LINE.exec(line)?.groups?.value;
    return v !== undefined && CODE_STOPS.test(v);
}
/**
 * A properties line whose unquoted value is 12-15 characters: long enough for a quoted value of the code-shaped
 * rules, too short for their unquoted minimum (16, since a bare word in code is more often a name). In a
 * config file a bare value is a literal (`token = Dy2JoBsVuwoo!0A`), so the properties rule takes it; it is
 * off in source files (filters.ts isRuleOffForPath).
 */
function shortPropertiesValue(line) {
    const n = PROPERTIES_LINE.exec(line)?.groups?.value.length ?? 0;
    return n >= 12 && n < 16;
}
const ownedByLineRule = (_s, line) => ENV_LINE.test(line) || punctuatedPropertiesLine(line);
/** Secret-named words as they appear in key names. */
const SECRET_WORD = String.raw `(?:password|passwd|passphrase|pwd|secret|token|api[_.-]?key|apikey|credentials?|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key)`;
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
        near: assignedValueFollows(8),
        minEntropy: 3.0,
        reject: ownedByLineRule,
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
        pattern: new RegExp(String.raw `secret${ASSIGN}${VALUE(12, 16)}`, 'i'),
        near: assignedValueFollows(12, 16),
        minEntropy: 3.3,
        reject: ownedByLineRule,
        confidence: 0.5,
        tags: ['generic'],
    }),
    rule({
        id: 'generic-api-key',
        severity: 'medium',
        family: generic_family,
        description: 'API key (api_key, apiKey, x-api-key...) assigned a high-entropy literal.',
        remediation: advice,
        keywords: ['api_key', 'apikey', 'api-key', 'api.key'],
        pattern: new RegExp(String.raw `api[_.-]?key${ASSIGN}${VALUE(12, 16)}`, 'i'),
        near: assignedValueFollows(12, 16),
        minEntropy: 3.3,
        reject: ownedByLineRule,
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
        pattern: new RegExp(String.raw `token${ASSIGN}${VALUE(12, 16)}`, 'i'),
        near: assignedValueFollows(12, 16),
        minEntropy: 3.3,
        reject: ownedByLineRule,
        confidence: 0.5,
        tags: ['generic'],
    }),
    rule({
        id: 'generic-dotenv-secret',
        severity: 'medium',
        family: generic_family,
        description: 'Environment-file line (FOO_SECRET=..., API_KEY=..., DB_PASSWORD=...) with a literal secret value.',
        remediation: advice + ' Keep .env files out of git (.gitignore) and commit a .env.example with placeholders.',
        keywords: ['secret', 'token', '_key', 'key_', 'apikey', 'password', 'passwd', 'pwd', 'credential', '_pass'],
        // `NAME=value`, `export NAME="value"`, Dockerfile `ENV NAME=value` / `ENV NAME value` / `ARG NAME=value`, compose `- NAME=value`.
        pattern: new RegExp(String.raw `(?:^|(?<=\n))[ \t]{0,8}(?:-[ \t]{1,4})?(?:export[ \t]{1,4}|(?:ENV|ARG)[ \t]{1,4})?[A-Z][A-Z0-9_]{0,60}?(?:SECRET|TOKEN|_KEY|KEY_|APIKEY|PASSWORD|PASSWD|PWD|_PASS(?![A-Z])|CREDENTIALS?)[A-Z0-9_]{0,40}(?:=|(?<=^[ \t]{0,8}ENV[ \t]{1,4}[A-Z0-9_]{1,100})[ \t]{1,4}(?!=))['"]?${LINE_VALUE(10)}`, 'm'),
        near: envAssignmentFollows,
        minEntropy: 3.2,
        confidence: 0.5,
        tags: ['generic', 'dotenv'],
    }),
    rule({
        id: 'generic-properties-secret',
        severity: 'medium',
        family: generic_family,
        description: 'Properties / INI / YAML line with a secret-named key (db.password=..., spring.datasource.password = ..., api-key: ...) and a literal value.',
        remediation: advice,
        // `token` alone would share the generic-token rule's keyword and void its byte precheck: the forms with `=` / `:` instead.
        keywords: ['password', 'passwd', 'pwd', 'passphrase', 'secret', 'token=', 'token:', 'token =', 'token :', 'api.key', 'api-key', 'api_key', 'apikey', 'credential', 'private.key', 'private_key', 'private-key', 'signing', 'encryption', 'master.key', 'master_key', 'master-key'],
        pattern: new RegExp(String.raw `^[ \t]{0,8}(?=[a-z])[\w.-]{0,80}?${SECRET_WORD}[\w.-]{0,40}[ \t]{0,3}[=:][ \t]{0,3}${LINE_VALUE(8, String.raw `^\s'"\x60()`)}`, 'im'),
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
        family: generic_family,
        description: 'Signing, encryption, HMAC, master or session key assigned a literal value.',
        remediation: advice,
        keywords: ['signing', 'encryption', 'encrypt_key', 'master_key', 'masterkey', 'master-key', 'hmac', 'private_key', 'privatekey', 'private-key', 'session_key', 'sessionkey', 'cipher_key', 'cipherkey', 'crypto_key', 'app_key', 'appkey', 'auth_key', 'authkey'],
        pattern: new RegExp(String.raw `(?:signing|encryption|encrypt|master|hmac|private|session|cipher|crypto|app|auth)[_.-]?(?:secret[_.-]?)?key${ASSIGN}${VALUE(12, 16)}`, 'i'),
        near: keyAssignedValueFollows(12, 16),
        minEntropy: 3.3,
        reject: ownedByLineRule,
        confidence: 0.5,
        tags: ['generic'],
    }),
    rule({
        id: 'generic-bearer-token',
        severity: 'medium',
        family: generic_family,
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

;// CONCATENATED MODULE: ./packages/core/src/secrets/decode/base64.ts
// Strict base64 decoding for credentials that a file format wraps in base64 (Kubernetes Secret `data:`,
// Docker `auths.*.auth`, `Authorization: Basic`, npm `_auth`). Only text that round-trips and is
// printable counts, so random base64-looking words and binary blobs decode to nothing.
/** UTF-8 text of standard or URL-safe base64 (padding optional), or undefined when it is not clean text. */
function decodeBase64Text(encoded) {
    if (encoded.length < 4 || encoded.length > 8192 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded))
        return undefined;
    const std = encoded.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
    if (std.length % 4 === 1)
        return undefined;
    const bytes = Buffer.from(std, 'base64');
    // Non-canonical trailing bits mean the text was not produced by a base64 encoder.
    if (bytes.toString('base64').replace(/=+$/, '') !== std)
        return undefined;
    const text = bytes.toString('utf8');
    if (/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/.test(text))
        return undefined;
    return text;
}
/** `user:password` (the form of Basic auth, Docker `auth` and npm `_auth`), split at the first colon. */
function splitUserPassword(text) {
    const at = text.indexOf(':');
    if (at < 0)
        return undefined;
    return { user: text.slice(0, at), password: text.slice(at + 1) };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/src/files/lockfiles.ts
var lockfiles = __webpack_require__(9063);
;// CONCATENATED MODULE: ./packages/core/src/secrets/filters.ts
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
function isPublishedDevCredential(secret) {
    if (secret.length < 16)
        return false;
    return PUBLISHED_DEV_CREDENTIALS.has((0,external_node_crypto_.createHash)('sha256').update(secret).digest('hex'));
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
/**
 * A label rather than a value: letters of a natural-language script beyond ASCII (translated UI strings),
 * or a letters-only camelCase name that reads as words (`acquireToken`, `refreshToken`).
 */
function isLabel(secret) {
    if (/[^\x00-\x7f]/.test(secret) && /\p{L}/u.test(secret.replace(/[\x00-\x7f]/g, '')))
        return true;
    return /^[a-z]+(?:[A-Z][a-z]+)+$/.test(secret) && readsAsWords(secret);
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
    // Every candidate of every rule is asked (a million per pass on the config-dense tree): one loop, no regex,
    // no Set; surrogate pairs, where the two ways of counting characters differ, take the plain way.
    const from = typePrefixEnd(secret);
    const n = secret.length - from;
    if (n < 8)
        return false;
    let steady = 0;
    let d0 = -1;
    let d1 = -1;
    let d2 = -1;
    let distinct = 0;
    let prev = -1;
    for (let i = from; i < secret.length; i++) {
        const c = secret.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdfff)
            return new Set(secret.slice(from)).size <= 3 || isSteady(secret, from);
        if (distinct <= 3 && c !== d0 && c !== d1 && c !== d2) {
            if (distinct === 0)
                d0 = c;
            else if (distinct === 1)
                d1 = c;
            else if (distinct === 2)
                d2 = c;
            distinct++;
        }
        if (prev !== -1) {
            const d = c - prev;
            if (d === 0 || d === 1 || d === -1)
                steady++;
        }
        prev = c;
    }
    return distinct <= 3 || steady / (n - 1) >= 0.6;
}
/** Where the body starts after a type prefix of 2-8 letters and `_` or `-` (`sk_`, `ghp_`), else 0. */
function typePrefixEnd(s) {
    for (let i = 0; i < s.length && i <= 8; i++) {
        const c = s.charCodeAt(i);
        if ((c === 95 || c === 45) && i >= 2)
            return i + 1;
        if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122)))
            return 0;
    }
    return 0;
}
function isSteady(s, from) {
    let steady = 0;
    for (let i = from + 1; i < s.length; i++) {
        const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
        if (d === 0 || d === 1 || d === -1)
            steady++;
    }
    return steady / (s.length - from - 1) >= 0.6;
}
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isUuid(secret) {
    return UUID_RE.test(secret);
}
/**
 * The name a value is assigned to on its line (`client_secret` in `client_secret: "…"`, `apiKey` in
 * `const apiKey: string = "…"`, `ENCRYPTION_KEY` in `ENV ENCRYPTION_KEY …`), or '' when there is none.
 */
function keyNameBefore(secret, line) {
    const at = line.indexOf(secret);
    if (at <= 0)
        return '';
    const m = /([A-Za-z_][\w.-]*)['"\]]?(?:\s{0,3}:\s{0,3}[A-Za-z_][\w.<>\[\]?| ]{0,40}?)?\s{0,5}(?::=|=>|=|:|[ \t])\s{0,5}['"\x60]?$/.exec(line.slice(Math.max(0, at - 120), at));
    return m?.[1] ?? '';
}
/** Names of digests and identifiers (`sha256`, `integrity`, `etag`, `commit`, `token_hash`, `key_id`): their values are not secrets. */
const DIGEST_NAME = /sha(?:1|2|256|384|512)?(?![a-z])|hash|digest|md5|checksum|integrity|etag|commit|fingerprint|revision|(?:^|[_.-])rev$|crc|(?:^|[_.-])ids?$|[a-z]Ids?$|ID$/i;
/** Names that make a value a secret whatever its shape (`client_secret`, `ENCRYPTION_KEY`, `AUTH_TOKEN`). */
const SECRET_NAME = /secret|token|passw|pwd|(?:^|[_.-])pass$|key|credential|auth|private|signing/i;
/** A digest-shaped value that is a digest here: its key is digest-named, or it has no secret-named key at all. */
function isDigestInContext(secret, line) {
    if (!isDigest(secret))
        return false;
    const name = keyNameBefore(secret, line);
    return !SECRET_NAME.test(name) || DIGEST_NAME.test(name);
}
/** Hex of a common digest length (md5 32, sha1 40, sha256 64, sha512 128), base64 of md5/sha1/256/512, or an SRI `sha512-...`. */
function isDigest(secret) {
    if (/^[0-9a-f]+$/i.test(secret) && [32, 40, 64, 96, 128].includes(secret.length))
        return true;
    if (/^sha(?:1|256|384|512)[-:]/i.test(secret))
        return true;
    return /^[A-Za-z0-9+/]+={0,2}$/.test(secret) && /=$/.test(secret) && [24, 28, 44, 64, 88].includes(secret.length);
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
/**
 * Where a value is a literal, never a variable, a camelCase run of letters is a name only when it reads as words
 * (`yourAccessToken`); `NUXzyHhXBAIPFzcDIGNB_NNtH_HK1` is a token. Literal places: after `Bearer ` or an `X-…:`
 * header name, the value of a `NAME=value` environment line (`export`, `ENV`, `.env`), and a sentence's value
 * ("the password is …"). Elsewhere names with abbreviations (`popTokenGenerateCnf`, `passwordTooShortMsg`) keep
 * the identifier filter: as values in code and in config files (message ids, handler names) they outnumber random
 * letters; see isRandomLetters.
 */
function randomInLiteral(rule, secret, line) {
    if (readsAsWords(secret))
        return false;
    return rule.tags?.some((t) => LITERAL_TAGS.has(t)) === true || HEADER_NAME.test(keyNameBefore(secret, line));
}
const LITERAL_TAGS = new Set(['header', 'dotenv', 'prose']);
/**
 * A sentence's value ("the password is FaPUQhbqHm…", in a code comment too): letters that don't read as words are
 * the value the sentence gives, not a variable's name.
 */
function proseValue(rule, secret) {
    return rule.tags?.includes('prose') === true && /^[A-Za-z_]+$/.test(secret) && !readsAsWords(secret);
}
/** An HTTP header's name (`X-Access-Token`, `x-api-key`): what follows its colon is a literal value too. */
const HEADER_NAME = /^X-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/i;
/** Words joined by separators (`bulkhead.secret-scan`, `read:packages`): names and scopes, not secrets. */
function isWordChain(secret) {
    const bare = bareName(secret);
    // Letter parts: a chain unless a part is a long mixed-case run that doesn't read as words (`CDxNLkcxpE-OltHQGIqu`).
    if (/^[A-Za-z]{2,}(?:[._/:-][A-Za-z]{2,})+$/.test(bare))
        return !bare.split(/[._/:-]/).some(isRandomPart);
    // Words with a short number (`x-webhook-secret-signature256`, `api.v2`): header names, selectors,
    // scopes. Each part must read as a word (lower / Capitalised / UPPER), which random tokens don't.
    const word = String.raw `(?:[A-Za-z]?[a-z]+|[A-Z]+)\d{0,3}`;
    if (new RegExp(String.raw `^(?:[A-Za-z]|${word})(?:[._/:-]${word})+$`).test(bare))
        return true;
    // Names with a digit inside a part (`X-Amz-S3session-Token`): every part still reads as words.
    return /^[A-Za-z]\w*(?:[._/:-][A-Za-z]\w*)+$/.test(bare) && readsAsWords(bare);
}
/** 8+ letters of both cases that don't read as words. */
const isRandomPart = (p) => p.length >= 8 && /[a-z]/.test(p) && /[A-Z]/.test(p) && !readsAsWords(p);
/** File paths and URLs (`./src/x.ts`, `/etc/ssl/private/server.key`, `https://...`). */
function isPathLike(secret) {
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
function readsAsWords(name) {
    const parts = letterRuns(name);
    if (parts.length === 0)
        return false;
    let wordy = 0;
    let letters = 0;
    for (const p of parts) {
        letters += p.length;
        const acronym = /^(?:[A-Z]{1,5}|[a-z])$/.test(p);
        if (acronym || (p.length >= 2 && /[aeiouy]/i.test(p) && !/[b-df-hj-np-tv-xz]{5}/i.test(p)))
            wordy += p.length;
    }
    // Words are a few letters long on average; random tokens split into many one- and two-letter runs.
    return wordy === letters && parts.some((p) => p.length >= 4) && letters / parts.length >= 3.2;
}
/** A name's letter runs: split at digits, separators and camel humps (`getHTTPResponse` -> get, HTTP, Response). */
function letterRuns(name) {
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
function isRandomLetters(secret) {
    if (/^[A-Za-z]+(?:[_-][A-Za-z]+)+$/.test(secret))
        return secret.split(/[_-]/).some(isRandomLetters);
    if (secret.length < 16 || !/^[A-Za-z]+$/.test(secret) || !/[a-z]/.test(secret) || !/[A-Z]/.test(secret))
        return false;
    const runs = letterRuns(secret);
    return secret.length / runs.length < 3 && !readsAsWords(secret);
}
/** `X25519.secret_length`, `keyVault.Password2`, `oauth2Config.clientSecret2`: a property path of real names, digits or not. */
function isNamePath(secret) {
    return /^[A-Za-z_$][\w$]*(?:[?!]?\.[A-Za-z_$][\w$]*)+$/.test(secret) && readsAsWords(secret);
}
/** The value is code, not data: a call, a property path, a variable reference, a type name. */
function isCodeReference(secret, line, path) {
    if (TYPE_WORDS.test(secret))
        return true;
    const at = line.indexOf(secret);
    const before = at > 0 ? line[at - 1] : '';
    const after = at >= 0 ? line[at + secret.length] ?? '' : '';
    if (opensCallOrMember(after))
        return true;
    if (isNamePath(secret))
        return true;
    // Expressions: `o.someName||""`, `a&&b`, `x?.y`; a Rust borrow / C address of a name (`&settings.client_secret`).
    if (/\|\||&&/.test(secret) || /^&[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(secret))
        return true;
    if (isDigitlessPropertyPath(secret))
        return true;
    if (/^(?:this|self|cls|ctx|config|settings|env|params|props|options|opts|args|req|request)\.[A-Za-z_$]/.test(secret))
        return true;
    if (/^[A-Za-z_$][\w$]*(?:[?!]?\.[A-Za-z_$][\w$]*)+[?!]?$/.test(secret) && !/\d/.test(secret))
        return true;
    // Optional chaining (`options2?.onresumptiontoken`) only exists in code, digits or not.
    if (/^[A-Za-z_$][\w$]*(?:\?\.[A-Za-z_$][\w$]*)+$/.test(secret))
        return true;
    const quoted = before === '"' || before === "'" || before === '`';
    // Unquoted names in source files are variables, unless they read as random (digits among non-words: hex keys, tokens).
    if (!quoted && CODE_FILE.test(path) && /^[A-Za-z_$][\w$.?]*$/.test(secret) && (readsAsWords(secret) || !/\d/.test(secret)))
        return true;
    // An unquoted camelCase / snake_case name of words (`publishableToken`, `keyVault`) is a variable.
    if (!quoted && /^[A-Za-z_$][\w$]*$/.test(secret) && /[a-z][A-Z]|[a-z]_[a-z]/.test(secret) && readsAsWords(secret))
        return true;
    return false;
}
/**
 * Base64 whose text is no credential (`PGNoYW5nZW1lPg==` is `<changeme>`): a Kubernetes Secret or config
 * value that only encodes a placeholder, a user name or settings. Random passwords never decode to clean text.
 */
function decodesToNonCredential(secret) {
    if (secret.length < 8 || secret.length % 4 !== 0)
        return false;
    const text = decodeBase64Text(secret);
    return text !== undefined && text.length >= 3 && !isCredentialText(text);
}
/**
 * A provider rule already covers this value on this line, so the generic rule should not double-report.
 * With `generic`, the generic rules count too (for the opt-in entropy rule, which comes last).
 */
function isCoveredBySpecificRule(secret, line, generic = false) {
    const lower = line.toLowerCase();
    for (const r of BUILTIN_RULES) {
        if ((r.family === 'generic' && !generic) || r.multiline)
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
 * A rule that cannot report anything in this file, whatever the match: properties-shaped lines in source
 * files are statements and object literals. The scanner asks before running the rule's regex there (on the
 * source tree that rule had the most keyword hits of all), and isFalsePositive says the same.
 */
function isRuleOffForPath(rule, path) {
    return (rule.family === 'generic' || rule.family === 'entropy') && rule.tags?.includes('properties') === true && CODE_FILE.test(path);
}
/**
 * The scanner's last veto. `line` is the line the match starts on (for multiline rules, the
 * keyword line); `path` is relative to the scan root with `/` separators.
 */
function isFalsePositive(rule, secret, line, path) {
    if (isRuleOffForPath(rule, path))
        return true;
    if (isDocumentedExample(secret) || isPlaceholder(secret))
        return true;
    if (rule.family !== 'key' && isRepetitiveOrSequential(secret))
        return true;
    if (isInDataUri(secret, line))
        return true;
    if (rule.family !== 'key' && isPublicKeyMaterial(line))
        return true;
    // The filters are independent yes/no questions, so their order only decides the cost: a SHA-256 per
    // candidate (isPublishedDevCredential) comes after the cheap ones, and for generic rules after all of
    // theirs, which drop most candidates (on the config-dense tree the hashing had been ~7% of a scan).
    if (rule.family !== 'generic' && rule.family !== 'entropy')
        return isPublishedDevCredential(secret);
    return ((0,lockfiles/* isLockfile */.e)(path) ||
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
        isPublishedDevCredential(secret));
}

// EXTERNAL MODULE: ./packages/core/src/secrets/entropy.ts
var entropy = __webpack_require__(6278);
;// CONCATENATED MODULE: ./packages/core/src/secrets/decode/judge.ts
// Is a decoded value a credential? A token of a known provider format, a URL with a password, or a
// password that is not a placeholder, a reference, a plain word or empty.




/** A provider-format rule (not a generic one) finds a token in the decoded text. */
function holdsKnownToken(text) {
    const lower = text.toLowerCase();
    for (const r of BUILTIN_RULES) {
        if (r.family === 'generic' || r.family === 'encoded' || r.multiline)
            continue;
        if (!r.keywords.some((k) => lower.includes(k)))
            continue;
        const m = r.pattern.exec(text);
        if (!m)
            continue;
        const secret = m.groups?.secret ?? m[0];
        if (r.validate && !r.validate(secret))
            continue;
        if (r.reject?.(secret, text))
            continue;
        return true;
    }
    return false;
}
/** A password worth reporting: not empty, not a placeholder or `${VAR}` reference, not a dictionary word. */
function isRealPassword(password) {
    const p = password.trim();
    if (p.length < 6 || /\s/.test(p))
        return false;
    if (isPlaceholderPassword(p) || isPlaceholder(p) || isPlainWord(p) || isRepetitiveOrSequential(p))
        return false;
    return (0,entropy/* shannonEntropy */.ly)(p) >= 2.5;
}
/** A decoded value is a credential: a known token anywhere in it, or a real password as a whole. */
function isCredentialText(text) {
    return holdsKnownToken(text) || isRealPassword(text);
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/encoded.ts




const encoded_family = 'encoded';
const B64 = String.raw `(?<secret>[A-Za-z0-9+/]{8,4000}={0,2})(?![A-Za-z0-9+/=])`;
/** Names of Secret keys whose values are credentials as a whole (a password), not config or names. */
const SECRET_KEY = /pass|pwd|secret|token|key|credential|auth|dsn|connection|url|uri|private|cert/i;
/** `user:password` whose password is real (Basic auth, Docker `auth`, npm `_auth`). */
function userPasswordCredential(encoded) {
    const text = decodeBase64Text(encoded);
    const up = text === undefined ? undefined : splitUserPassword(text);
    return up !== undefined && (isRealPassword(up.password) || holdsKnownToken(up.password));
}
/** The decoded forms to mask: the whole text and, for `user:password`, the password. */
function decodedForms(encoded) {
    const text = decodeBase64Text(encoded);
    if (text === undefined)
        return [];
    const up = splitUserPassword(text);
    return up && up.password ? [text, up.password] : [text];
}
/** The Secret key on the value's line (`password` in `  password: cGFzcw==`). */
function dataKey(secret, line) {
    const at = line.indexOf(secret);
    return /["']?([\w.-]+)["']?\s*:\s*["']?$/.exec(line.slice(0, Math.max(0, at)))?.[1] ?? '';
}
/** A Secret value decodes to a credential: any known token; a real password only under a secret-named key. */
function secretDataCredential(encoded, line) {
    const text = decodeBase64Text(encoded);
    if (text === undefined)
        return false;
    if (holdsKnownToken(text))
        return true;
    return SECRET_KEY.test(dataKey(encoded, line)) && !/^(?:user(?:name)?|login|email)$/i.test(dataKey(encoded, line)) && isCredentialText(text);
}
const encoded_advice = (what) => revoke(what, 'the service it authenticates to', 'Base64 is an encoding, not encryption: anyone who reads the file has the credential. Keep it in a secret manager or an untracked file.');
const ENCODED_RULES = [
    rule({
        id: 'kubernetes-secret-data',
        severity: 'high',
        family: encoded_family,
        description: 'Kubernetes Secret manifest whose base64 `data:` value decodes to a credential.',
        remediation: encoded_advice('credential in the Secret') + ' Commit a SealedSecret / ExternalSecret instead of the Secret.',
        // kubectl's JSON prints `data` before `kind` (keys in order): there the `"apiVersion": "v1"` line opens the object.
        keywords: ['kind: secret', '"kind": "secret"', '"kind":"secret"', '"apiversion": "v1"', '"apiversion":"v1"'],
        // From the `kind: Secret` (or JSON `apiVersion`) line on, each `key: base64` line (YAML) or `"key": "base64"` pair (JSON).
        pattern: new RegExp(String.raw `(?:^[ \t]{1,12}["']?[\w.-]{1,100}["']?[ \t]{0,3}:[ \t]{1,4}["']?|"[\w.-]{1,100}"[ \t]{0,3}:[ \t]{0,3}")${B64}`, 'm'),
        multiline: true,
        window: 8192,
        reject: (s, line) => !secretDataCredential(s, line),
        decoded: decodedForms,
        tags: ['kubernetes', 'base64'],
    }),
    rule({
        id: 'docker-config-auth',
        severity: 'high',
        family: encoded_family,
        description: 'Docker config.json registry credential (`auths.<registry>.auth`, base64 of user:password).',
        remediation: encoded_advice('registry password or token') + ' Use a credential helper (`credsStore`) instead of `auth`.',
        keywords: ['"auth"'],
        pattern: new RegExp(String.raw `"auth"[ \t]{0,5}:[ \t]{0,5}"${B64}"`),
        reject: (s) => !userPasswordCredential(s),
        decoded: decodedForms,
        tags: ['docker', 'base64'],
    }),
    rule({
        id: 'basic-auth-header',
        severity: 'high',
        family: encoded_family,
        description: 'HTTP `Authorization: Basic` header with a literal base64 user:password (also nginx `proxy_set_header` / Apache `RequestHeader set`).',
        remediation: encoded_advice('password or token in the header'),
        keywords: ['authorization'],
        near: headerSchemeFollows('basic'),
        // `Authorization: Basic …`, `"Authorization": "Basic …"`, or the header name and value as two words (nginx, Apache).
        pattern: new RegExp(String.raw `authorization["']?(?:[ \t]{0,3}[:=,]|[ \t])[ \t]{0,3}["']?[ \t]{0,2}basic[ \t]{1,4}${B64}`, 'i'),
        reject: (s) => !userPasswordCredential(s),
        decoded: decodedForms,
        tags: ['http', 'base64'],
    }),
    rule({
        id: 'npm-auth',
        severity: 'high',
        family: encoded_family,
        description: 'npm `.npmrc` `_auth` (base64 of user:password) or `_password` (base64 of the password).',
        remediation: encoded_advice('registry password') + ' Use `_authToken` from an environment variable (`${NPM_TOKEN}`).',
        keywords: ['_auth', '_password'],
        near: npmAuthAssigned,
        pattern: new RegExp(String.raw `(?:^|[\s:])_(?:auth|password)[ \t]{0,3}=[ \t]{0,3}["']?${B64}`, 'm'),
        reject: (s, line) => {
            if (/_auth[ \t]*=/.test(line))
                return !userPasswordCredential(s);
            const text = decodeBase64Text(s);
            return text === undefined || !isRealPassword(text);
        },
        decoded: decodedForms,
        tags: ['npm', 'base64'],
    }),
];

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/files.ts



const files_family = 'generic';
/** `${env.X}`, `$(X)`, `%X%`, `{encrypted}` (Maven's master-password encryption) are not literal passwords. */
const notLiteral = (s) => isPlaceholderPassword(s) || /^(?:\$[({]?|%[A-Za-z_]+%$|\{.*\}$)/.test(s);
const FILE_RULES = [
    rule({
        id: 'netrc-password',
        severity: 'high',
        family: files_family,
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
        family: files_family,
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
        family: files_family,
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

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/cli.ts



const cli_family = 'generic';
const cli_advice = 'Rotate the credential at the service it belongs to. On command lines and in CI, pass it through an environment variable ' +
    'or a secret (`curl -u "$USER:$TOKEN"`, `--password-stdin`) so it is neither committed nor shown in process lists.';
/** A token / password value on a command line: ends at whitespace or quotes. */
const ARG = (min) => String.raw `(?<secret>[^\s'"\x60]{${min},300})`;
const CLI_RULES = [
    rule({
        id: 'cli-user-password',
        severity: 'high',
        family: cli_family,
        description: 'Password on a command line: `curl -u user:password`, `http -a user:password`, `wget --password=…`, `docker login -p …`, `mysql -p…` / `--password=…`.',
        remediation: cli_advice,
        // `mysql` and ` -a ` are common in code: the byte precheck keeps only hits followed by `-p…` / `--password=…` / user:password.
        keywords: ['curl', 'wget', 'docker login', 'podman login', 'helm registry login', 'mysql', ' -a ', ' --auth'],
        near: cliCredentialFollows,
        pattern: new RegExp(
        // httpie's command is `http` / `https` followed by a blank (a URL's `https:` is not a command).
        // mysql takes the password glued to `-p` or after `--password=` (`-p secret` and `--password secret` are a
        // prompt and a database name). Here, not in generic-password, because a command-line value runs to the next
        // blank or quote: `--password=Xk9,mQ2;vL7` is all one password, where an assignment's value stops at `,`.
        String.raw `(?:(?:curl[^\n]{0,200}?[ \t](?:-u|--user)[ \t=]{1,3}|(?<![\w./-])https?(?=[ \t])[^\n]{0,200}? (?:-a |--auth[ =]))['"]?(?<user>[^\s:'"$]{1,64}):|(?<![\w.-])mysql(?:dump|admin|import|check|slap|show)?[ \t][^\n;&|]{0,200}?[ \t](?:-p|--password=)(?=[^\s'"\x60]|['"][^\s$'"])['"]?|wget[^\n]{0,200}?--(?:http-|ftp-)?password[ \t=]{1,3}['"]?|(?:docker|podman|helm registry) login[^\n]{0,200}?[ \t](?:-p|--password)[ \t=]{1,3}['"]?)${ARG(6)}`),
        minEntropy: 2.8,
        reject: (s, line) => isPlaceholderPassword(s) || new RegExp(String.raw `[\s'"]([^\s:'"]+):${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(line)?.[1] === s,
        confidence: 0.7,
        tags: ['cli'],
    }),
    rule({
        id: 'authorization-token-header',
        severity: 'medium',
        family: cli_family,
        description: 'Literal token in an `Authorization: Token …` (or `token`, `Key`, `Api-Key`, `sso-key`) header.',
        remediation: cli_advice,
        keywords: ['authorization'],
        near: headerSchemeFollows('token', 'key', 'api', 'sso-key', 'pat'),
        pattern: new RegExp(String.raw `authorization['"]?[ \t]{0,3}[:=,][ \t]{0,3}['"]?[ \t]{0,2}(?:token|key|api-?key|sso-key|pat)[ \t]{1,4}${ARG(16)}`, 'i'),
        minEntropy: 3.3,
        confidence: 0.6,
        tags: ['http'],
    }),
];

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/prose.ts


const prose_family = 'generic';
const NAME = String.raw `(?:password|passphrase|passwd|token|api[ _-]?key|secret(?:[ _-]?key)?|credentials?|access[ _-]?key)`;
/** Quotes, backticks (Markdown, rst ``…``) and bold markers around the value. */
const OPEN = String.raw `[\x60*'"]{0,2}`;
/** The value: up to its closing mark, or up to sentence punctuation before a blank, an escaped `\n` or the line end. */
const prose_VALUE = String.raw `(?<secret>[^\s'"\x60<>()\[\]{}\\]{8,200}?)(?=\*\*|[\x60'"\\]|[.,;:!?)]{0,2}(?:[\s\\]|$))`;
/** A Markdown field in bold: `**API key**:`, `**Password:**`, then blanks or a table's `|`. */
const FIELD = String.raw `\*\*(?:${NAME}|(?:api|access|auth)\s(?:key|token))(?::\*\*|\*\*:)[ \t|]{0,4}`;
/** "Login with admin / …", "Default credentials: root / …": a user name, a slash, the password. */
const USER_SLASH = String.raw `(?:(?:log|sign)[ \t]?in[ \t]+(?:with|as|using)|credentials[\x60*]{0,2}[ \t]{0,2}:)[ \t]{1,4}[\x60*'"]{0,2}[\w.@+-]{1,64}[\x60*'"]{0,2}[ \t]{1,2}\/`;
/** Keywords of the `user / password` form (common in prose that hands over nothing): the precheck wants a `/` after them. */
const USER_SLASH_KEYWORDS = ['login with', 'log in with', 'login as', 'log in as', 'sign in with', 'signin with', 'sign in as', 'login using', 'log in using', 'credentials:'];
const PROSE_RULES = [
    rule({
        id: 'prose-secret',
        severity: 'medium',
        family: prose_family,
        description: 'Credential handed over in a sentence ("the password is …", "Set `token` to …", "API key: `…`") in docs or comments.',
        remediation: 'Rotate the credential, then point readers to where it lives (a vault path, a CI secret name) instead of writing its value. ' +
            'If it is an example, use an obvious placeholder such as `<YOUR_TOKEN>`.',
        // The regex asks for each keyword exactly as written (`auth token:`, one space, no blank before the colon):
        // a match the keywords do not hold is never looked for.
        keywords: [
            'password is', 'password was', 'password for', 'passphrase is', 'token is', 'token for', 'token was', 'key is', 'key for',
            'secret is', 'secret for', 'credentials are', 'set `', 'api key:', 'access key:', 'auth key:', 'secret key:', 'api token:',
            'access token:', 'auth token:', 'token **', 'password **', 'key **', 'secret **',
            // Every name FIELD allows, in both bold forms (a match must hold a keyword).
            ...['key', 'token', 'password', 'passphrase', 'passwd', 'secret', 'credential', 'credentials'].flatMap((n) => [`${n}**:`, `${n}:**`]),
            ...USER_SLASH_KEYWORDS,
        ],
        near: (b, end) => (USER_SLASH_KEYWORDS.some((k) => endsWith(b, end, k)) ? slashFollows(b, end, 80) : proseValueFollows(b, end)),
        pattern: new RegExp(String.raw `(?:${FIELD}|${USER_SLASH}|${NAME}[\x60*'"]{0,2}(?:\s+(?:for|of|on|in)\s+(?:the\s+)?[\w.-]{1,30}){0,2}\s+(?:is|was|are)\s*:?|set\s+[\x60'"][\w .-]{0,30}?(?:pass|pwd|token|key|secret|credential)[\w .-]{0,20}[\x60'"]\s+to|(?:api|access|auth|secret) (?:key|token):|(?:password|token|key|secret) (?=\*\*))\s*${OPEN}${prose_VALUE}`, 'i'),
        minEntropy: 3.0,
        confidence: 0.5,
        tags: ['generic', 'prose'],
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
    ...ENCODED_RULES,
    ...FILE_RULES,
    ...CLI_RULES,
    ...PROSE_RULES,
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



;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/ruleset.ts
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
        rules.push(...BUILTIN_RULES);
    if (spec.module) {
        const mod = (await __webpack_require__(6004)(__rewriteRelativeImportExtension(spec.module)));
        const list = mod[spec.exportName ?? 'rules'];
        if (!Array.isArray(list))
            throw new Error(`rule module ${spec.module} has no array export ${spec.exportName ?? 'rules'}`);
        rules.push(...list);
    }
    // Validated and compiled by the same code that reports config errors (secret-scan.rules[i].x).
    rules.push(...compileCustomRules(spec.custom, { reservedIds: rules.map((r) => r.id) }));
    if (spec.entropy)
        rules.push((0,entropy/* highEntropyRule */.a2)(spec.entropy.threshold));
    if (spec.filters === false)
        return { rules };
    return { rules, isFalsePositive: isFalsePositive, isRuleOffForPath: isRuleOffForPath };
}


/***/ }),

/***/ 6534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ shardOf),
/* harmony export */   Iw: () => (/* binding */ inShard),
/* harmony export */   pO: () => (/* binding */ commitShardOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Deterministic sharding: a key belongs to shard i of n (1-based) when uint32(first 4 bytes of sha1(key)) mod n == i-1.

function shardOf(key, count) {
    return ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(key).digest().readUInt32BE(0) % count) + 1;
}
/** Commits shard on their SHA's own first 4 bytes (already uniformly distributed). */
function commitShardOf(sha, count) {
    return (parseInt(sha.slice(0, 8), 16) % count) + 1;
}
function inShard(key, shard) {
    return !shard || shard.count <= 1 || shardOf(key, shard.count) === shard.index;
}


/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ scanStaged)
/* harmony export */ });
/* harmony import */ var _compile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9971);
/* harmony import */ var _diffparse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2224);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66);



async function scanStaged(repoDir, rules, opts = {}) {
    const cr = 'matcher' in rules ? rules : (0,_compile_js__WEBPACK_IMPORTED_MODULE_0__/* .compileRules */ .nb)(rules);
    const out = [];
    const parser = new _diffparse_js__WEBPACK_IMPORTED_MODULE_1__/* .AddedLinesParser */ .hp((f) => {
        for (const m of (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .scanAdded */ .Yc)(f, cr, opts))
            out.push({ ...m, path: f.path });
    });
    const args = ['-c', 'core.quotePath=false', 'diff', '--cached', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=AM', '--no-renames', '--'];
    await (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .gitStream */ .dP)(repoDir, args, undefined, (s) => parser.write(s));
    parser.end();
    return out;
}


/***/ }),

/***/ 296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ walkTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7638);
/* harmony import */ var _git_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7589);
/* harmony import */ var _options_glob_match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8472);
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6534);
// Files under a root: regular files only (FIFOs, sockets and devices are never opened), `.git/` left out,
// symlinks followed only while their real path stays inside the root, with loop detection on the chain
// of real directories. Problems become notes in `skipped`, never errors.






function walkTree(root, opts = {}) {
    const skipped = [];
    const notes = [];
    const excluded = (0,_options_glob_match_js__WEBPACK_IMPORTED_MODULE_2__/* .compilePathGlobs */ .Q)(opts.exclude ?? []).matches;
    const files = async () => {
        const rootReal = resolveRoot(root);
        const ctx = { rootReal, skipped, excluded, shard: opts.shard, openPath: openPathFor(rootReal) };
        if (opts.honourGitignore) {
            if (await isWorkTreeRoot(rootReal)) {
                const list = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .git */ .$Y)(rootReal, ['-c', 'core.quotePath=false', 'ls-files', '-co', '--exclude-standard', '-z']);
                return listedFiles(ctx, list);
            }
            notes.push('not a git work tree: .gitignore is not applied, every file is scanned');
        }
        return walkDir(ctx, '', rootReal, [rootReal]);
    };
    return {
        skipped,
        notes,
        files,
        async *[Symbol.asyncIterator]() {
            yield* await files();
        },
    };
}
/** The root must be an existing directory: a typed user error otherwise. */
function resolveRoot(root) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ResourceError */ .BS({ input: 'path', problem: `${root} does not exist or cannot be read (${e.code ?? 'error'})`, fix: 'pass an existing directory to scan' });
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real).isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ResourceError */ .BS({ input: 'path', problem: `${root} is not a directory`, fix: 'pass the directory that contains the files to scan' });
    }
    return real;
}
/**
 * Files are opened relative to the working directory when the root is inside it (the usual case: the
 * workspace is the working directory), else by absolute real path: the kernel then looks up only the
 * components below the working directory. On the 300 MB tree (files ~10 components deep) path lookup
 * had been ~3% of a scan's CPU. Nothing changes the working directory during a walk and its scan.
 */
function openPathFor(rootReal) {
    let cwd;
    try {
        cwd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(process.cwd());
    }
    catch {
        return (p) => p; // no working directory any more: absolute paths
    }
    const prefix = cwd.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? cwd : cwd + node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
    if (!(rootReal + node_path__WEBPACK_IMPORTED_MODULE_1__.sep).startsWith(prefix))
        return (p) => p;
    const cut = prefix.length;
    return (p) => (p.length > cut && p.startsWith(prefix) ? p.slice(cut) : p);
}
function inside(rootReal, p) {
    return p === rootReal || p.startsWith(rootReal.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? rootReal : rootReal + node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
}
const childPath = (dir, name) => (dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? dir + name : dir + node_path__WEBPACK_IMPORTED_MODULE_1__.sep + name);
function* walkDir(ctx, rel, real, chain) {
    const stack = [];
    const open = (dirRel, dirReal, dirChain) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(ctx.openPath(dirReal), { withFileTypes: true });
        }
        catch (e) {
            ctx.skipped.push({ path: dirRel || '.', reason: `directory not readable (${e.code ?? 'error'})` });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        stack.push({ entries, next: 0, rel: dirRel, real: dirReal, chain: dirChain });
    };
    open(rel, real, chain);
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.next >= top.entries.length) {
            stack.pop();
            continue;
        }
        const d = top.entries[top.next++];
        const name = d.name;
        if (name === '.git')
            continue;
        const childRel = top.rel ? `${top.rel}/${name}` : name;
        const isDir = d.isDirectory();
        if (ctx.excluded(childRel, isDir))
            continue;
        const childAbs = childPath(top.real, name);
        if (isDir) {
            open(childRel, childAbs, [...top.chain, childAbs]);
        }
        else if (d.isFile()) {
            // No lstat: readdir already says it is a regular file, and scanFile opens it with O_NOFOLLOW and
            // fstat-checks it again, so a file swapped for a FIFO or symlink since is still never read.
            // (That lstat was a third of the walk's time.)
            if ((0,_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .inShard */ .Iw)(childRel, ctx.shard))
                yield { path: childRel, absPath: ctx.openPath(childAbs) };
        }
        else if (d.isSymbolicLink()) {
            const to = followLink(ctx, childRel, childAbs, top.chain);
            if (to?.dir !== undefined)
                open(childRel, to.dir, [...top.chain, to.dir]);
            else if (to?.file)
                yield to.file;
        }
        else {
            ctx.skipped.push({ path: childRel, reason: 'not a regular file (FIFO, socket or device): not opened' });
        }
    }
}
/** Where a symlink inside the root leads: a directory to walk, a file to scan, or nothing (noted in `skipped`). */
function followLink(ctx, rel, abs, chain) {
    let target;
    try {
        target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
    }
    catch (e) {
        const code = e.code;
        ctx.skipped.push({ path: rel, reason: code === 'ELOOP' ? 'symlink loop' : `dangling symlink (${code ?? 'error'})` });
        return undefined;
    }
    if (!inside(ctx.rootReal, target)) {
        ctx.skipped.push({ path: rel, reason: 'symlink points outside the scanned root: not followed' });
        return undefined;
    }
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target);
    }
    catch (e) {
        ctx.skipped.push({ path: rel, reason: `not readable (${e.code ?? 'error'})` });
        return undefined;
    }
    if (st.isDirectory()) {
        if (chain.includes(target)) {
            ctx.skipped.push({ path: rel, reason: 'symlink loop: points to a directory that contains it' });
            return undefined;
        }
        if (target.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).includes('.git'))
            return undefined;
        return { dir: target };
    }
    if (st.isFile())
        return (0,_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .inShard */ .Iw)(rel, ctx.shard) ? { file: { path: rel, absPath: ctx.openPath(target), size: st.size } } : undefined;
    ctx.skipped.push({ path: rel, reason: 'symlink to something that is not a regular file: not opened' });
    return undefined;
}
async function isWorkTreeRoot(dir) {
    // Not a repository, or no git at all: the caller walks the directory and says gitignore was not applied.
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(dir, ['rev-parse', '--is-inside-work-tree'], { allowFailure: true }).catch(() => undefined);
    return r?.code === 0 && r.stdout.trim() === 'true';
}
/** The files of `git ls-files -z` output (`list`), checked on disk as the walk checks its own. */
function* listedFiles(ctx, list) {
    const seen = new Set();
    for (const rel of list.split('\0')) {
        if (!rel || seen.has(rel))
            continue;
        seen.add(rel);
        if (ctx.excluded(rel) || rel.split('/').includes('.git'))
            continue;
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.rootReal, rel);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs);
        }
        catch {
            continue; // tracked but deleted on disk: nothing to scan
        }
        if (st.isSymbolicLink()) {
            const to = followLink(ctx, rel, abs, [ctx.rootReal]);
            if (to?.dir !== undefined)
                yield* walkDir(ctx, rel, to.dir, [ctx.rootReal, to.dir]);
            else if (to?.file)
                yield to.file;
        }
        else if (st.isFile()) {
            if ((0,_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .inShard */ .Iw)(rel, ctx.shard))
                yield { path: rel, absPath: ctx.openPath(abs), size: st.size };
        }
        else if (!st.isDirectory())
            ctx.skipped.push({ path: rel, reason: 'not a regular file (FIFO, socket or device): not opened' });
        // a directory here is a submodule (gitlink): its own repository, not scanned from the parent
    }
}


/***/ }),

/***/ 2650:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NG: () => (/* binding */ runSecretScanWorker),
/* harmony export */   Xi: () => (/* binding */ scanJob)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _compile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9971);
/* harmony import */ var _buffer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4454);
/* harmony import */ var _ruleset_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7701);
/* harmony import */ var _worker_entry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4683);
// The worker-thread side of the file-scan pool. How a thread gets here:
// - from TypeScript sources (tests, benches, `node file.ts`): the pool starts `worker-main.ts`;
// - from an ncc bundle (the action and CLI ship as one ESM file): the pool starts the bundle file itself.
//   This module is in that bundle, and in such a thread its top-level code (at the end of this file)
//   starts the job loop and then never finishes evaluating, so the modules that import it, up to the
//   bundle's entry and its run(), are never evaluated in the worker. An entry may also dispatch
//   explicitly (`if (isSecretScanWorker()) runSecretScanWorker(); else await run();`); it is harmless.






/** Serve scan jobs until the pool terminates the thread: first a WorkerInit, then WorkerJobs. */
let started = false;
function runSecretScanWorker() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (!port)
        throw new Error('runSecretScanWorker must run in a worker thread');
    if (started)
        return;
    started = true;
    let ready;
    port.on('message', (msg) => {
        if ('spec' in msg) {
            ready = (0,_ruleset_js__WEBPACK_IMPORTED_MODULE_1__/* .loadRuleSet */ .Z)(msg.spec).then(({ rules, isFalsePositive, isRuleOffForPath }) => ({
                cr: (0,_compile_js__WEBPACK_IMPORTED_MODULE_2__/* .compileRules */ .nb)(rules),
                opts: { isFalsePositive, isRuleOffForPath, binary: msg.binary, chunkBytes: msg.chunkBytes },
            }));
            return;
        }
        if (!ready)
            throw new Error('secret-scan worker: a job came before its rules'); // the pool always sends WorkerInit first
        ready.then(({ cr, opts }) => port.postMessage(scanJob(msg, cr, opts)), (e) => {
            throw e; // surfaces as the Worker's 'error' event in the pool
        });
    });
}
/** Scan a job's files: here in a worker, or on the pool's own thread when it helps (workers.ts). */
function scanJob(job, cr, opts) {
    // Only files with matches or skipped travel back: cloning 64 mostly empty results per job cost
    // as much as a tenth of a thread's time.
    const results = [];
    let scanned = 0;
    let bytes = 0;
    const parts = job.files.split('\0');
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const path = parts[i];
        const r = (0,_buffer_js__WEBPACK_IMPORTED_MODULE_3__/* .scanFile */ .WN)(parts[i + 1], path, cr, opts);
        bytes += r.bytes;
        if (!r.skipped)
            scanned++;
        if (r.skipped || r.matches.length > 0)
            results.push({ path, ...r });
    }
    return { id: job.id, scanned, bytes, results };
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

/***/ 465:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ scanFiles)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _worker_entry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4683);
/* harmony import */ var _spare_workers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(335);
/* harmony import */ var _compile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9971);
/* harmony import */ var _buffer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4454);
/* harmony import */ var _ruleset_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7701);
/* harmony import */ var _worker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2650);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_worker_js__WEBPACK_IMPORTED_MODULE_1__]);
_worker_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Scan many files on a pool of threads (one per core, this one included), or inline for small jobs.
// Files are read where they are scanned; only paths go to workers and RawMatch[] come back.
// This thread walks the tree and scans the jobs that no worker has taken yet: on a 2-core runner one
// worker plus this thread beat two workers beside a mostly idle walker (a worker's start-up and warm-up
// cost a third of a second of CPU, and three busy threads on two cores preempted each other).







const BATCH_BYTES = 256 * 1024;
const BATCH_FILES = 128;
// Jobs a worker holds. It gets more only when this thread's event loop turns, which waits while this thread
// scans a job of its own (a 3 MB bundle takes ~20 ms): with 4 the worker sat idle 100-180 ms of a 300 MB
// scan, with 8 it idled 3-5 ms and this thread's wait at the end grew by ~15 ms (CPU profiles, 2 cores).
const IN_FLIGHT = 8;
async function scanFiles(input, opts) {
    const threads = Math.max(0, opts.threads ?? (0,_spare_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultThreads */ .Z9)());
    const inlineBelow = opts.inlineBelowBytes ?? 1024 * 1024;
    const result = { files: [], skipped: [], filesScanned: 0, bytesScanned: 0, threads: 0 };
    const record = (path, r) => {
        if (r.skipped)
            result.skipped.push({ path, reason: r.skipped });
        if (r.matches.length > 0)
            result.files.push({ path, matches: r.matches });
    };
    const collect = (path, r) => {
        record(path, r);
        if (!r.skipped)
            result.filesScanned++;
        result.bytesScanned += r.bytes;
    };
    const collectReply = (reply) => {
        for (const r of reply.results)
            record(r.path, r);
        result.filesScanned += reply.scanned;
        result.bytesScanned += reply.bytes;
    };
    // The first files are scanned right here, as the walk finds them, until they add up to `inlineBelow`
    // bytes (the walk does not stat files: sizes are known once read); past that a pool starts and takes
    // batches while the walk goes on, so walking and scanning overlap.
    // Load the rules here first even when workers will scan: a bad custom rule fails now, as its typed
    // ConfigError, instead of as a worker crash.
    const { rules, isFalsePositive, isRuleOffForPath } = await (0,_ruleset_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRuleSet */ .Z)(opts.rules);
    const cr = (0,_compile_js__WEBPACK_IMPORTED_MODULE_4__/* .compileRules */ .nb)(rules);
    const scanOpts = { isFalsePositive, isRuleOffForPath, binary: opts.binary, chunkBytes: opts.chunkBytes };
    let inlineBytes = 0;
    let pool;
    // A job's files travel as one NUL-separated string (path, absPath, path, absPath, ...): cloning one
    // string costs a copy, cloning 64 small objects cost the walking thread a tenth of its time.
    let batch = '';
    let batchFiles = 0;
    let batchBytes = 0;
    let nextId = 0;
    /** Scan one queued job here; false when the workers hold every job. */
    const helpOnce = (p) => {
        const job = p.takeQueued();
        if (!job)
            return false;
        p.doneHere((0,_worker_js__WEBPACK_IMPORTED_MODULE_1__/* .scanJob */ .Xi)(job, cr, scanOpts));
        return true;
    };
    /** One file from the walk: scanned here, or added to a batch. True when a batch went out (then let the event loop turn). */
    const take = (f) => {
        if (!pool && (threads === 0 || inlineBytes < inlineBelow)) {
            const r = (0,_buffer_js__WEBPACK_IMPORTED_MODULE_5__/* .scanFile */ .WN)(f.absPath, f.path, cr, scanOpts);
            collect(f.path, r);
            inlineBytes += r.bytes;
            return false;
        }
        pool ??= new Pool((0,_spare_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .poolWorkers */ .Qy)(threads), opts, collectReply);
        batch += batchFiles === 0 ? `${f.path}\0${f.absPath}` : `\0${f.path}\0${f.absPath}`;
        batchFiles++;
        batchBytes += f.size ?? 0;
        if (batchBytes < BATCH_BYTES && batchFiles < BATCH_FILES)
            return false;
        pool.submit({ id: nextId++, files: batch });
        batch = '';
        batchFiles = 0;
        batchBytes = 0;
        if (threads >= 2)
            helpOnce(pool);
        return true;
    };
    // A synchronous walk never lets the event loop turn by itself: without a turn after each batch, workers'
    // replies (and so their next jobs) waited for the whole walk, and each worker idled after its first two jobs.
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    try {
        // A synchronous source is read synchronously: `for await` costs promises and microtask hops per file
        // (two async layers between the walk and here had cost ~0.15 s of this thread per 83k files).
        if (Symbol.iterator in input) {
            for (const f of input)
                if (take(f))
                    await turn();
        }
        else {
            for await (const f of input)
                if (take(f))
                    await turn();
        }
        if (pool) {
            if (batchFiles > 0)
                pool.submit({ id: nextId++, files: batch });
            // The walk is done: scan what the workers have not taken, letting their replies in between jobs.
            while (threads >= 2 && helpOnce(pool))
                await new Promise((resolve) => setImmediate(resolve));
            await pool.drain();
            result.threads = threads;
        }
    }
    finally {
        await pool?.close();
    }
    result.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    result.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return result;
}
/**
 * Worker threads fed from a queue; each keeps IN_FLIGHT jobs so it never idles between messages, also
 * while this thread is busy scanning a job of its own (with two, a worker sat idle for a sixth of the scan).
 */
class Pool {
    workers = [];
    inFlight = new Map();
    queue = [];
    pending = 0;
    error;
    waiter;
    onReply;
    constructor(threads, opts, onReply) {
        this.onReply = onReply;
        const init = { spec: opts.rules, binary: opts.binary, chunkBytes: opts.chunkBytes };
        const url = opts.workerUrl ?? (0,_worker_entry_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultWorkerUrl */ .rt)();
        const started = (0,_spare_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .takeSpareWorkers */ .Wo)(threads, url);
        for (let i = 0; i < threads; i++) {
            const w = started[i] ?? new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(url, { workerData: { [_worker_entry_js__WEBPACK_IMPORTED_MODULE_6__/* .WORKER_MARK */ .xE]: true } });
            w.postMessage(init); // before any job: a port delivers in order
            this.workers.push(w);
            this.inFlight.set(w, 0);
            w.on('message', (reply) => {
                this.onReply(reply);
                this.pending--;
                this.inFlight.set(w, this.inFlight.get(w) - 1);
                this.pump();
                if (this.pending === 0 && this.queue.length === 0)
                    this.waiter?.resolve();
            });
            w.on('error', (e) => this.fail(e));
            w.on('exit', (code) => {
                if (this.pending > 0 || this.queue.length > 0)
                    this.fail(new Error(`secret-scan worker exited early (code ${code})`));
            });
        }
    }
    submit(job) {
        this.queue.push(job);
        this.pending++;
        this.pump();
    }
    /** A job no worker has been sent yet, for the pool's own thread to scan (then `doneHere`). */
    takeQueued() {
        return this.queue.shift();
    }
    doneHere(reply) {
        this.onReply(reply);
        this.pending--;
        if (this.pending === 0 && this.queue.length === 0)
            this.waiter?.resolve();
    }
    pump() {
        for (const w of this.workers) {
            while (this.queue.length > 0 && this.inFlight.get(w) < IN_FLIGHT) {
                w.postMessage(this.queue.shift());
                this.inFlight.set(w, this.inFlight.get(w) + 1);
            }
        }
    }
    fail(e) {
        this.error ??= e instanceof Error ? e : new Error(String(e));
        this.waiter?.reject(this.error);
    }
    drain() {
        if (this.error)
            return Promise.reject(this.error);
        if (this.pending === 0)
            return Promise.resolve();
        return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
    }
    async close() {
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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
