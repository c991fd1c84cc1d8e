export const id = 250;
export const ids = [250];
export const modules = {

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ ResourceError),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   ue: () => (/* binding */ GateError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   xR: () => (/* binding */ BulkheadError)
/* harmony export */ });
/* unused harmony export isUserError */
// Typed errors. Anything that is the user's to fix is a BulkheadError subclass;
// `userMessage` (report/messages.ts) turns it into the one line shown by setFailed / stderr.
// Anything else is a bug and may print a stack.
class BulkheadError extends Error {
    input;
    problem;
    fix;
    constructor(detail) {
        super(detail.input ? `${detail.input}: ${detail.problem}` : detail.problem);
        this.name = new.target.name;
        this.input = detail.input;
        this.problem = detail.problem;
        this.fix = detail.fix;
    }
}
/** A bad action input or CLI flag. */
class InputError extends BulkheadError {
}
/** A bad `.bulkhead.yml` (or other config / baseline file). */
class ConfigError extends BulkheadError {
}
/** A gate could not decide, or decided "closed". Gates fail closed on any error. */
class GateError extends BulkheadError {
}
/** The repository cannot answer the question (missing commits in a shallow clone, bad ref...). */
class GitError extends BulkheadError {
}
/** A file, archive or server the user pointed at could not be used. */
class ResourceError extends BulkheadError {
}
/** Wrong CLI usage (unknown command / flag). */
class UsageError extends BulkheadError {
}
function isUserError(e) {
    return e instanceof BulkheadError;
}


/***/ }),

/***/ 8472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ compilePathGlobs)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// One meaning for path globs in every action (exclude, allow-list paths, leak patterns, file classes):
// .gitignore's. A pattern without a slash (a trailing one aside) matches a name at any depth; one with a
// slash is anchored at the root; a trailing slash matches directories only; a match on a directory covers
// everything below it; `!` re-includes, the last matching pattern decides, and nothing below an excluded
// directory can be re-included. picomatch does the matching, so braces (`{a,b}`) work as well.

function compileOne(pattern) {
    const negated = pattern.startsWith('!');
    let body = (negated ? pattern.slice(1) : pattern).replace(/^(?:\.\/)+/, '');
    const dirOnly = body.endsWith('/');
    body = body.replace(/\/+$/, '');
    // `**/name` means what `name` means (any depth), and a name is cheaper to test than a whole path.
    if (/^\*\*\/[^/]+$/.test(body))
        body = body.slice(3);
    const anchored = body.includes('/');
    body = body
        .replace(/^\/+/, '')
        // git: `dir/**` is what is inside dir, not dir itself (picomatch would match `dir` too).
        .replace(/\/\*\*$/, '/**/*')
        // fnmatch's negated class `[!a]` is picomatch's `[^a]`.
        .replace(/(^|[^\\])\[!/g, '$1[^');
    // (Not for suffixes of dots only: picomatch never matches the names `.` and `..`.)
    // (Not for suffixes of dots only: picomatch never matches the names `.` and `..`.)
    const suffix = SUFFIX_GLOB.test(body) && !/^\.+$/.test(body.slice(1)) ? body.slice(1) : undefined;
    return {
        pattern,
        negated,
        dirOnly,
        anchored,
        body,
        suffix,
        re: picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(body, { dot: true }),
        test: suffix !== undefined ? (s) => s.endsWith(suffix) : picomatch__WEBPACK_IMPORTED_MODULE_0___default()(body, { dot: true }),
    };
}
/**
 * `*.ext`-style names (`*` and then only plain characters): with dot matching on, picomatch's meaning of
 * them is exactly "the name ends with .ext" (the default leak pattern `*.leak` is one). Tested with
 * endsWith instead of a regular expression: it is asked for every file of a walk.
 */
const SUFFIX_GLOB = /^\*[^*?[\]{}()!+@\\/]+$/;
/**
 * Whether any of the patterns can match: one regular expression for the union of the anchored ones
 * (tried on the path) and one for the rest (tried on the name), plus picomatch's exact-text shortcut.
 * Most paths match no pattern, so this one look replaces a test per pattern (a 20,000-file diff
 * spent most of its classification time in those).
 */
function anyCanMatch(list) {
    const union = (cs) => (cs.length ? new RegExp(cs.map((c) => `(?:${c.re.source})`).join('|'), cs[0].re.flags) : null);
    const onPath = union(list.filter((c) => c.anchored));
    const onName = union(list.filter((c) => !c.anchored && c.suffix === undefined));
    const suffixes = list.filter((c) => !c.anchored && c.suffix !== undefined).map((c) => c.suffix);
    // A body without a slash can only equal the name, one with a slash only the path: two sets, each
    // skipped when empty (hashing every path of a walk showed in profiles).
    const exactPath = new Set(list.filter((c) => c.anchored).map((c) => c.body));
    const exactName = new Set(list.filter((c) => !c.anchored).map((c) => c.body));
    const byPath = exactPath.size > 0;
    const bySuffix = (name) => {
        for (const x of suffixes)
            if (name.endsWith(x))
                return true;
        return false;
    };
    return (path, name) => (byPath && exactPath.has(path)) || exactName.has(name) || bySuffix(name) || (onPath?.test(path) ?? false) || (onName?.test(name) ?? false);
}
const NONE = { matches: () => false, matchedBy: () => undefined };
function compilePathGlobs(patterns) {
    const list = patterns.map((p) => p.trim()).filter((p) => p !== '' && p !== '!').map(compileOne);
    if (list.length === 0)
        return NONE;
    const suffixes = suffixGlobs(list);
    if (suffixes)
        return suffixes;
    const forFiles = anyCanMatch(list.filter((c) => !c.dirOnly));
    const forDirs = anyCanMatch(list);
    /** The last pattern matching this one path (no look at its parents), negated or not. */
    const decide = (path, isDir) => {
        const name = path.slice(path.lastIndexOf('/') + 1);
        if (!(isDir ? forDirs : forFiles)(path, name))
            return undefined;
        for (let i = list.length - 1; i >= 0; i--) {
            const c = list[i];
            if (c.dirOnly && !isDir)
                continue;
            if (c.test(c.anchored ? path : name))
                return c.negated ? undefined : c.pattern;
        }
        return undefined;
    };
    // Directories repeat for every file below them: each is decided once, with its parents first
    // (an excluded directory decides for everything below it).
    const dirs = new Map();
    const underDir = (dir) => {
        const known = dirs.get(dir);
        if (known !== undefined || dirs.has(dir))
            return known;
        const slash = dir.lastIndexOf('/');
        const r = (slash < 0 ? undefined : underDir(dir.slice(0, slash))) ?? decide(dir, true);
        dirs.set(dir, r);
        return r;
    };
    // The last directory asked about: a walk asks for every file of a directory in a row, and comparing
    // the prefix costs less than cutting and hashing the same directory string again for each file.
    let lastDir = '';
    let lastDirResult;
    const matchedBy = (raw, isDir = false) => {
        const path = normalized(raw);
        const slash = path.lastIndexOf('/');
        if (slash < 0)
            return decide(path, isDir);
        if (slash !== lastDir.length || !path.startsWith(lastDir)) {
            lastDir = path.slice(0, slash);
            lastDirResult = underDir(lastDir);
        }
        return lastDirResult ?? decide(path, isDir);
    };
    return { matchedBy, matches: (path, isDir) => matchedBy(path, isDir) !== undefined };
}
/**
 * Only `*.ext`-style names, none negated, anchored or for directories only (the default leak pattern `*.leak` is
 * one such list): a path matches when a directory's name or its own ends with a suffix. The outermost matching
 * directory decides, with the last pattern that matches it, else the last pattern matching the name, as in the
 * general matcher. A few native searches per path instead of cutting and hashing names and directories: this
 * is asked for every file of a walk (on 83k paths ~1 µs each had become ~4% of a tree scan's first thread).
 */
function suffixGlobs(list) {
    if (!list.every((c) => c.suffix !== undefined && !c.negated && !c.anchored && !c.dirOnly))
        return undefined;
    const suffixes = list.map((c) => c.suffix);
    const dirSuffixes = suffixes.map((s) => s + '/');
    const matchedBy = (raw) => {
        const path = normalized(raw);
        let dirEnd = -1;
        let hit = -1;
        for (let i = 0; i < dirSuffixes.length; i++) {
            const at = path.indexOf(dirSuffixes[i]);
            if (at === -1)
                continue;
            // The first directory (from the root) ending in this suffix ends at this '/'. The outermost such directory
            // decides; of patterns matching the same one, the later.
            const end = at + suffixes[i].length;
            if (dirEnd === -1 || end <= dirEnd) {
                dirEnd = end;
                hit = i;
            }
        }
        if (hit !== -1)
            return list[hit].pattern;
        for (let i = suffixes.length - 1; i >= 0; i--)
            if (path.endsWith(suffixes[i]))
                return list[i].pattern;
        return undefined;
    };
    return { matchedBy, matches: (path) => matchedBy(path) !== undefined };
}
/** `./x`, `/x` and backslashes made a plain relative `/`-separated path (a walk's own paths have none of them). */
function normalized(p) {
    const c0 = p.charCodeAt(0);
    const needs = c0 === 47 || (c0 === 46 && p.charCodeAt(1) === 47) || p.includes('\\');
    return needs ? p.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+/, '') : p;
}


/***/ }),

/***/ 3773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
// The common shape of what every engine reports. Reporters (summary, annotations, SARIF, JSON)
// take these and build text; they never do I/O.
const SEVERITIES = ['low', 'medium', 'high', 'critical'];


/***/ }),

/***/ 5574:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KeywordMatcher: () => (/* reexport safe */ _keywords_js__WEBPACK_IMPORTED_MODULE_0__.m),
/* harmony export */   commitShardOf: () => (/* reexport safe */ _shard_js__WEBPACK_IMPORTED_MODULE_5__.pO),
/* harmony export */   compileRules: () => (/* reexport safe */ _compile_js__WEBPACK_IMPORTED_MODULE_1__.nb),
/* harmony export */   defaultWorkerUrl: () => (/* reexport safe */ _worker_entry_js__WEBPACK_IMPORTED_MODULE_11__.rt),
/* harmony export */   inShard: () => (/* reexport safe */ _shard_js__WEBPACK_IMPORTED_MODULE_5__.Iw),
/* harmony export */   isBinary: () => (/* reexport safe */ _buffer_js__WEBPACK_IMPORTED_MODULE_3__.Go),
/* harmony export */   isSecretScanWorker: () => (/* reexport safe */ _worker_entry_js__WEBPACK_IMPORTED_MODULE_11__.AY),
/* harmony export */   loadRuleSet: () => (/* reexport safe */ _ruleset_js__WEBPACK_IMPORTED_MODULE_8__.Z),
/* harmony export */   prestartScanWorkers: () => (/* reexport safe */ _spare_workers_js__WEBPACK_IMPORTED_MODULE_12__.QO),
/* harmony export */   revisionArgs: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_9__.vp),
/* harmony export */   runSecretScanWorker: () => (/* reexport safe */ _worker_js__WEBPACK_IMPORTED_MODULE_7__.NG),
/* harmony export */   scanBuffer: () => (/* reexport safe */ _buffer_js__WEBPACK_IMPORTED_MODULE_3__.q5),
/* harmony export */   scanFile: () => (/* reexport safe */ _buffer_js__WEBPACK_IMPORTED_MODULE_3__.WN),
/* harmony export */   scanFiles: () => (/* reexport safe */ _workers_js__WEBPACK_IMPORTED_MODULE_6__.T),
/* harmony export */   scanHistory: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_9__.sL),
/* harmony export */   scanStaged: () => (/* reexport safe */ _staged_js__WEBPACK_IMPORTED_MODULE_10__.a),
/* harmony export */   scanText: () => (/* reexport safe */ _match_js__WEBPACK_IMPORTED_MODULE_2__.Ff),
/* harmony export */   setWorkerEntry: () => (/* reexport safe */ _worker_entry_js__WEBPACK_IMPORTED_MODULE_11__.HU),
/* harmony export */   shardOf: () => (/* reexport safe */ _shard_js__WEBPACK_IMPORTED_MODULE_5__.IS),
/* harmony export */   walkTree: () => (/* reexport safe */ _tree_js__WEBPACK_IMPORTED_MODULE_4__.I),
/* harmony export */   workerEntry: () => (/* reexport safe */ _worker_entry_js__WEBPACK_IMPORTED_MODULE_11__.xA)
/* harmony export */ });
/* harmony import */ var _keywords_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7297);
/* harmony import */ var _compile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9971);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9903);
/* harmony import */ var _buffer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4454);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(296);
/* harmony import */ var _shard_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6534);
/* harmony import */ var _workers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(465);
/* harmony import */ var _worker_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2650);
/* harmony import */ var _ruleset_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7701);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(66);
/* harmony import */ var _staged_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6182);
/* harmony import */ var _worker_entry_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4683);
/* harmony import */ var _spare_workers_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(335);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_workers_js__WEBPACK_IMPORTED_MODULE_6__, _worker_js__WEBPACK_IMPORTED_MODULE_7__]);
([_workers_js__WEBPACK_IMPORTED_MODULE_6__, _worker_js__WEBPACK_IMPORTED_MODULE_7__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
// Public surface of the secret-scan engine core.














__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
