export const id = 567;
export const ids = [567];
export const modules = {

/***/ 2567:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bulkhead_core_fs__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4444);
/* harmony import */ var _bulkhead_core_report__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(389);
/* harmony import */ var _bulkhead_core_report__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3092);
/* harmony import */ var _bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6694);
/* harmony import */ var _bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5930);
/* harmony import */ var _bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2308);
/* harmony import */ var _bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6341);
/* harmony import */ var _bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4993);
/* harmony import */ var _bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4340);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_3__]);
_bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_3__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// `bulkhead secret-scan [PATH] ...`: the same engine and options as the action, printed for a terminal.





const command = {
    name: 'secret-scan',
    summary: _bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_1__/* .SECRET_SCAN_DECL */ .c.description,
    decl: _bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_1__/* .SECRET_SCAN_DECL */ .c,
    async run(args, io) {
        const o = args.options;
        const failOn = o['fail-on'];
        const opts = (0,_bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_2__/* .engineOptions */ .ll)({ options: o, target: (0,_bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_2__/* .cliTarget */ .qo)(o), base: io.cwd, extra: args.config.extra, fetch: false });
        // --write-baseline records everything found now, so the old baseline must not hide anything.
        if (o['write-baseline'])
            opts.suppression = { ...opts.suppression, baseline: undefined };
        const result = await (0,_bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_3__/* .secretScan */ .C)(opts);
        if (o['write-baseline']) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, o['write-baseline']);
            await (0,_bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_4__/* .writeBaseline */ .B9)(file, result.findings);
            io.stderr(`bulkhead: wrote ${result.findings.length} findings to the baseline ${o['write-baseline']}\n`);
            return 0;
        }
        const text = o.format === 'sarif'
            ? (0,_bulkhead_core_report__WEBPACK_IMPORTED_MODULE_5__/* .serializeSarif */ .YO)((0,_bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_6__/* .secretScanSarif */ .rT)(result))
            : o.format === 'json'
                ? (0,_bulkhead_core_report__WEBPACK_IMPORTED_MODULE_7__/* .serializeJson */ .L)((0,_bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_6__/* .secretScanJson */ .aV)(result, failOn, new Date().toISOString()))
                : (0,_bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_6__/* .secretScanText */ .Fl)(result, failOn);
        if (o.output)
            await (0,_bulkhead_core_fs__WEBPACK_IMPORTED_MODULE_8__/* .writeOutputFile */ .B)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, o.output), text, 'output', o.output);
        else
            io.stdout(text);
        for (const note of result.notes)
            io.stderr(`bulkhead: ${note}\n`);
        return (0,_bulkhead_core_secrets__WEBPACK_IMPORTED_MODULE_9__/* .failingFindings */ .v9)(result.findings, failOn).length > 0 ? 1 : 0;
    },
};

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

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

/***/ 1761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ describeTarget)
/* harmony export */ });
function describeTarget(t) {
    switch (t.kind) {
        case 'tree':
            return 'working tree';
        case 'history':
            return `history of ${t.head ?? 'HEAD'}`;
        case 'range':
            return `commits ${t.base.slice(0, 12)}..${t.head.slice(0, 12)}`;
        case 'new-branch':
            return t.exclude.length ? `commits of ${t.head.slice(0, 12)} not on ${t.exclude.join(', ')}` : `all commits of ${t.head.slice(0, 12)}`;
        case 'staged':
            return 'staged changes';
        case 'none':
            return `nothing (${t.reason})`;
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

/***/ 389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ SARIF_SCHEMA),
/* harmony export */   Ep: () => (/* binding */ buildSarif),
/* harmony export */   F1: () => (/* binding */ SARIF_LEVEL),
/* harmony export */   It: () => (/* binding */ mergeSarif),
/* harmony export */   TA: () => (/* binding */ pathToUri),
/* harmony export */   XG: () => (/* binding */ FINGERPRINT_KEY),
/* harmony export */   YO: () => (/* binding */ serializeSarif),
/* harmony export */   lL: () => (/* binding */ SECURITY_SEVERITY),
/* harmony export */   y9: () => (/* binding */ precisionFor)
/* harmony export */ });
/* unused harmony export artifactLocationFor */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _stable_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9620);
// SARIF 2.1.0 for GitHub code scanning: one run, rules with help, stable partialFingerprints.
// Only rules that some finding references are written (a 200-rule catalogue in every upload is
// noise); mergeSarif unions them across shards.




const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'bulkhead/v1';
/** GitHub reads `security-severity` as a CVSS-like score: >9 critical, 7–8.9 high, 4–6.9 medium, else low. */
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const SARIF_LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
function sentence(text) {
    const t = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    return /[.!?]$/.test(t) ? t : `${t}.`;
}
function firstSentence(text) {
    const t = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    const m = /^(.+?[.!?])(\s|$)/.exec(t);
    return sentence(m ? m[1] : t);
}
/** SARIF rule names are PascalCase identifiers. */
function pascal(name) {
    const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
    const p = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
    return /^[A-Za-z]/.test(p) ? p : `Rule${p}`;
}
/** Confidence 0..1 → SARIF precision. */
function precisionFor(confidence) {
    if (confidence === undefined)
        return 'high';
    if (confidence >= 0.95)
        return 'very-high';
    if (confidence >= 0.8)
        return 'high';
    if (confidence >= 0.5)
        return 'medium';
    return 'low';
}
/**
 * A relative, `/`-separated, percent-encoded URI for a scan path. Archive entries (`a.zip!/x`) keep
 * the `!` (legal in a URI path); anything that could read as a scheme, query or fragment is encoded.
 */
function pathToUri(path) {
    const segments = path
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .split('/')
        .filter((s, i, all) => s !== '' || i === all.length - 1);
    const uri = segments.map((s) => encodeURIComponent(s)).join('/');
    return uri === '' ? '.' : uri;
}
/**
 * Where a finding is: relative to SRCROOT under the scanned root; an absolute `file://` URI outside it
 * (artifacts the build put elsewhere), which the validator and code scanning both accept.
 */
function artifactLocationFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? { uri: (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(path).href } : { uri: pathToUri(path), uriBaseId: 'SRCROOT' };
}
function ruleFor(info, findings) {
    const maxConfidence = findings.reduce((m, f) => (f.confidence === undefined ? m : Math.max(m ?? 0, f.confidence)), undefined);
    const tags = [...new Set(['security', ...(info.tags ?? [])])];
    const name = pascal(info.name || info.id);
    const rule = {
        id: info.id,
        ...(name.toLowerCase() === info.id.toLowerCase() ? {} : { name }),
        shortDescription: { text: firstSentence(info.description || info.id) },
        fullDescription: { text: sentence(info.description || info.id) },
        help: { text: sentence(info.remediation || info.description || info.id), markdown: info.remediation || info.description || info.id },
        defaultConfiguration: { level: SARIF_LEVEL[info.severity] },
        properties: { tags, 'security-severity': SECURITY_SEVERITY[info.severity], precision: precisionFor(maxConfidence) },
    };
    if (info.helpUri)
        rule.helpUri = info.helpUri;
    return rule;
}
function regionFor(f) {
    const region = { startLine: Math.max(1, Math.floor(f.location.line ?? 1)) };
    const col = f.location.column;
    if (col !== undefined && col >= 1) {
        region.startColumn = Math.floor(col);
        const end = f.location.endColumn;
        if (end !== undefined && end > region.startColumn)
            region.endColumn = Math.floor(end);
    }
    return region;
}
function resultFor(f, ruleIndex) {
    const partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
    if (f.location.commit)
        partialFingerprints.commitSha = f.location.commit;
    const properties = { ...(f.properties ?? {}) };
    if (f.location.commit)
        properties.commit = f.location.commit;
    if (f.location.commitDate)
        properties.commitDate = f.location.commitDate;
    if (f.confidence !== undefined)
        properties.confidence = f.confidence;
    if (f.redacted !== undefined)
        properties.redacted = f.redacted;
    const result = {
        ruleId: f.ruleId,
        ruleIndex,
        level: SARIF_LEVEL[f.severity],
        message: { text: sentence(f.message) },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: artifactLocationFor(f.location.path),
                    region: regionFor(f),
                },
            },
        ],
        partialFingerprints,
    };
    if (Object.keys(properties).length > 0)
        result.properties = properties;
    return result;
}
function buildSarif(input) {
    const known = new Map(input.rules.map((r) => [r.id, r]));
    const order = [];
    const byRule = new Map();
    for (const f of input.findings) {
        let list = byRule.get(f.ruleId);
        if (!list) {
            list = [];
            byRule.set(f.ruleId, list);
            order.push(f.ruleId);
        }
        list.push(f);
    }
    // Rules in the order given, then any rule a finding names that was not given (described minimally).
    const ids = [...input.rules.map((r) => r.id).filter((id) => byRule.has(id)), ...order.filter((id) => !known.has(id))];
    const rules = ids.map((id) => {
        const fs = byRule.get(id) ?? [];
        const info = known.get(id) ?? {
            id,
            name: id,
            severity: fs[0].severity,
            description: `Findings of rule ${id}.`,
            remediation: 'Review the finding.',
        };
        return ruleFor(info, fs);
    });
    const index = new Map(ids.map((id, i) => [id, i]));
    const root = input.srcRootUri
        ? { uri: input.srcRootUri.endsWith('/') ? input.srcRootUri : `${input.srcRootUri}/`, description: { text: 'The scanned root.' } }
        : { description: { text: 'The scanned root; result URIs are relative to it.' } };
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: input.toolName ?? 'bulkhead',
                        semanticVersion: input.toolVersion,
                        ...(input.informationUri ? { informationUri: input.informationUri } : {}),
                        rules,
                    },
                },
                originalUriBaseIds: { SRCROOT: root },
                columnKind: 'utf16CodeUnits',
                results: input.findings.map((f) => resultFor(f, index.get(f.ruleId) ?? 0)),
            },
        ],
    };
}
function resultKey(r) {
    const fp = Object.entries(r.partialFingerprints).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const loc = r.locations.map((l) => {
        const { artifactLocation: a, region: g } = l.physicalLocation;
        return [a.uriBaseId, a.uri, g.startLine, g.startColumn ?? 0, g.endColumn ?? 0];
    });
    return JSON.stringify([r.ruleId, fp, loc]);
}
/**
 * Merges shard logs of the same tool into one run: rules unioned by id (first description wins,
 * ruleIndex renumbered), results concatenated in order, duplicates (same fingerprints and location) dropped.
 */
function mergeSarif(logs) {
    const runs = logs.flatMap((l) => l.runs);
    if (runs.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ResourceError */ .BS({ input: 'sarif', problem: 'there are no SARIF runs to merge', fix: 'pass at least one SARIF file written by bulkhead' });
    }
    const first = runs[0];
    const names = new Set(runs.map((r) => r.tool.driver.name));
    if (names.size > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ResourceError */ .BS({
            input: 'sarif',
            problem: `the logs come from different tools (${[...names].join(', ')})`,
            fix: 'merge only logs written by the same tool; upload the others separately',
        });
    }
    const rules = [];
    const ruleIndex = new Map();
    const results = [];
    const seen = new Set();
    for (const run of runs) {
        for (const rule of run.tool.driver.rules) {
            if (!ruleIndex.has(rule.id)) {
                ruleIndex.set(rule.id, rules.length);
                rules.push(rule);
            }
        }
        for (const r of run.results) {
            const key = resultKey(r);
            if (seen.has(key))
                continue;
            seen.add(key);
            results.push({ ...r, ruleIndex: ruleIndex.get(r.ruleId) ?? 0 });
        }
    }
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { ...first.tool.driver, rules } },
                originalUriBaseIds: first.originalUriBaseIds,
                columnKind: first.columnKind,
                results,
            },
        ],
    };
}
/** Stable JSON (sorted keys, newline at end). */
function serializeSarif(log) {
    return (0,_stable_json_js__WEBPACK_IMPORTED_MODULE_3__/* .stableStringify */ .J)(log);
}


/***/ }),

/***/ 4993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   _2: () => (/* binding */ severityAtLeast),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   v9: () => (/* binding */ failingFindings)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3773);

const RANK = { low: 0, medium: 1, high: 2, critical: 3 };
function severityRank(s) {
    return RANK[s];
}
function severityAtLeast(s, threshold) {
    return RANK[s] >= RANK[threshold];
}
/** Findings at or above `fail-on`. */
function failingFindings(findings, failOn) {
    if (failOn === 'none')
        return [];
    return findings.filter((f) => severityAtLeast(f.severity, failOn));
}
function countBySeverity(findings) {
    const out = Object.fromEntries(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .o.map((s) => [s, 0]));
    for (const f of findings)
        out[f.severity]++;
    return out;
}
/** Severity (highest first), then path, line, column, rule. */
function compareFindings(a, b) {
    return (RANK[b.severity] - RANK[a.severity] ||
        a.location.path.localeCompare(b.location.path) ||
        (a.location.line ?? 0) - (b.location.line ?? 0) ||
        (a.location.column ?? 0) - (b.location.column ?? 0) ||
        a.ruleId.localeCompare(b.ruleId));
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

/***/ 8061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bf: () => (/* binding */ leakPatternChecker),
/* harmony export */   No: () => (/* binding */ oversizeFiles),
/* harmony export */   O7: () => (/* binding */ leakPatternFindings),
/* harmony export */   Vt: () => (/* binding */ artifactProblemFinding)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _redact_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8082);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7880);
/* harmony import */ var _files_leak_patterns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9396);
// Findings for artifacts that are a problem in themselves: leak-pattern names, oversize files,
// archives that could not be fully read. Their fingerprint stands on the path (there is no secret).




/**
 * Files (or archive entries, `a.zip!/dir/x.leak`) that match a leak pattern (files/leak-patterns.ts:
 * gitignore-style, archive entries also by their path inside the archive). Absolute paths are made relative to `root`.
 */
function leakPatternFindings(root, paths, patterns = _files_leak_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LEAK_PATTERNS */ .Iy) {
    const check = leakPatternChecker(root, patterns);
    const out = [];
    for (const raw of paths) {
        const f = check(raw);
        if (f)
            out.push(f);
    }
    return out;
}
/** The leak-pattern finding of one path, if any: for callers that check paths as a walk finds them. */
function leakPatternChecker(root, patterns = _files_leak_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LEAK_PATTERNS */ .Iy) {
    const leakPattern = (0,_files_leak_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .compileLeakPatterns */ .Kd)(patterns);
    return (raw) => {
        // A tree walk's paths are relative and `/`-separated already: no path arithmetic for those.
        const path = isPlainRelative(raw) ? raw : toRelative(root, raw);
        const hit = leakPattern(path);
        if (hit === undefined)
            return undefined;
        return {
            ruleId: _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .LEAK_PATTERN_RULE */ .Y2.id,
            severity: _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .LEAK_PATTERN_RULE */ .Y2.severity,
            message: `File matches leak pattern ${JSON.stringify(hit)} and must not be shipped.`,
            location: { path },
            fingerprint: (0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprint */ .Rj)(_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .LEAK_PATTERN_RULE */ .Y2.id, path),
            confidence: 1,
            properties: { pattern: hit },
        };
    };
}
/** Artifacts over `maxBytes` (the `max-artifact-size` input). */
function oversizeFiles(files, maxBytes) {
    return files
        .filter((f) => f.size > maxBytes)
        .map((f) => ({
        ruleId: _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .OVERSIZE_ARTIFACT_RULE */ .O4.id,
        severity: _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .OVERSIZE_ARTIFACT_RULE */ .O4.severity,
        message: `Artifact is ${f.size} bytes, over max-artifact-size (${maxBytes} bytes).`,
        location: { path: f.path },
        fingerprint: (0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprint */ .Rj)(_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .OVERSIZE_ARTIFACT_RULE */ .O4.id, f.path),
        confidence: 1,
        properties: { size: f.size, maxBytes },
    }));
}
/** The finding for a problem entry from readArtifact: `archive-bomb` for bombs, `archive-limit` otherwise. */
function artifactProblemFinding(entry) {
    const rule = entry.problem === 'bomb' ? _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .ARCHIVE_BOMB_RULE */ .VQ : _rules_js__WEBPACK_IMPORTED_MODULE_2__/* .ARCHIVE_LIMIT_RULE */ .W;
    return {
        ruleId: rule.id,
        severity: rule.severity,
        message: `Archive not fully scanned (${entry.problem}): ${entry.detail}.`,
        location: { path: entry.path },
        fingerprint: (0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprint */ .Rj)(rule.id, `${entry.problem}\0${entry.path}`),
        confidence: 1,
        properties: { problem: entry.problem },
    };
}
/** What toRelative returns unchanged: no leading `/`, `./` or `../`, no drive letter, no backslash. */
function isPlainRelative(p) {
    const c0 = p.charCodeAt(0);
    if (c0 === 47 || p.charCodeAt(1) === 58 || p.includes('\\'))
        return false;
    return c0 !== 46 || !(p.startsWith('./') || p.startsWith('../') || p === '..' || p === '.');
}
/** Relative to `root` when inside it; a path outside it (an artifact elsewhere) stays absolute. */
function toRelative(root, p) {
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, p) : p;
    const rel = inside === '..' || inside.startsWith('../') || inside.startsWith('..\\') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(inside) ? p : inside;
    return rel.replace(/\\/g, '/').replace(/^\.\//, '');
}


/***/ }),

/***/ 3070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ readArtifact)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/secrets/artifacts/types.ts
var types = __webpack_require__(2222);
;// CONCATENATED MODULE: ./packages/core/src/secrets/artifacts/limits.ts
/**
 * A limit tripped. `owner` is the display path of the archive that must stop;
 * `global` trips (entry count, total bytes) stop every enclosing archive too.
 */
class LimitTrip extends Error {
    problem;
    owner;
    global;
    constructor(problem, owner, detail, global) {
        super(detail);
        this.problem = problem;
        this.owner = owner;
        this.global = global;
    }
}
/** Counters shared by every archive level of one artifact. */
class Budget {
    limits;
    entries = 0;
    inflated = 0;
    /** Set once a global limit tripped: every level stops without further output. */
    exhausted = false;
    constructor(limits) {
        this.limits = limits;
    }
    countEntry(owner) {
        this.entries += 1;
        if (this.entries > this.limits.maxEntries) {
            throw new LimitTrip('too-many-entries', owner, `more than ${this.limits.maxEntries} entries`, true);
        }
    }
    countInflated(owner, bytes) {
        this.inflated += bytes;
        if (this.inflated > this.limits.maxTotalBytes) {
            throw new LimitTrip('too-large', owner, `inflates to more than ${mib(this.limits.maxTotalBytes)}`, true);
        }
    }
    /** A compressed stream that produced `out` bytes from `inp` bytes. */
    checkRatio(owner, out, inp) {
        const { ratioFloorBytes, maxRatio } = this.limits;
        if (out > ratioFloorBytes && out > maxRatio * Math.max(inp, 1)) {
            throw new LimitTrip('bomb', owner, `compression ratio over ${maxRatio}:1 (${out} bytes from ${inp})`, false);
        }
    }
}
function mib(n) {
    return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}
// Which archive an error belongs to. Stream errors travel downstream to every reader below the
// one that failed; the first reader to see an error claims it, the others pass it up.
const owners = new WeakMap();
function claim(err, owner) {
    if (err instanceof LimitTrip)
        return err;
    if (typeof err === 'object' && err !== null && !owners.has(err))
        owners.set(err, owner);
    return err;
}
function ownerOf(err) {
    if (err instanceof LimitTrip)
        return err.owner;
    return typeof err === 'object' && err !== null ? owners.get(err) : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/artifacts/chunks.ts
// Small helpers over async byte-chunk iterators, so every reader streams and never buffers more
// than one entry.
/** Reads until at least `n` bytes (or the end) are in hand. The iterator is left positioned after them. */
async function peek(it, n) {
    const head = [];
    let have = 0;
    while (have < n) {
        const r = await it.next();
        if (r.done)
            break;
        head.push(r.value);
        have += r.value.length;
    }
    return head;
}
/** The peeked chunks followed by the rest of the iterator. */
async function* replay(head, it) {
    yield* head;
    for (;;) {
        const r = await it.next();
        if (r.done)
            return;
        yield r.value;
    }
}
/**
 * An iterable over `it` that a `for await` loop cannot close: breaking out of the loop leaves the
 * iterator open, so the owner can drain it (tar needs the whole entry consumed) or close it itself.
 */
function borrowed(it) {
    return { [Symbol.asyncIterator]: () => ({ next: () => it.next() }) };
}
/** Concatenates `chunks` unless they exceed `max` bytes; stops reading as soon as they do. */
async function collect(chunks, max, head = []) {
    const parts = [...head];
    let size = parts.reduce((s, b) => s + b.length, 0);
    if (size > max)
        return { overflow: true };
    for await (const c of chunks) {
        size += c.length;
        if (size > max)
            return { overflow: true };
        parts.push(c);
    }
    return { data: parts.length === 1 ? parts[0] : Buffer.concat(parts, size) };
}
/** Reads and discards the rest of `it`. */
async function drain(it) {
    for (;;) {
        const r = await it.next();
        if (r.done)
            return;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/artifacts/context.ts

/** Control characters in entry names would let an archive forge log lines / workflow commands. */
function displayName(name) {
    return name.replace(/[\u0000-\u001f\u007f]/g, '?');
}
function entryPath(archive, name) {
    return `${archive}!/${displayName(name)}`;
}
function tooLarge(path, max) {
    return { path, problem: 'too-large', detail: `entry larger than ${max} bytes was not scanned` };
}
/**
 * Runs one archive's reader and turns a failure that belongs to it into a problem entry:
 * the archive stops, its parent goes on (unless a global limit tripped, which stops everyone).
 */
async function* guarded(path, budget, body) {
    try {
        yield* body;
    }
    catch (err) {
        if (budget.exhausted)
            return; // already reported where it tripped
        const owner = ownerOf(err) ?? path;
        if (owner !== path)
            throw err;
        if (err instanceof LimitTrip) {
            if (err.global)
                budget.exhausted = true;
            yield { path, problem: err.problem, detail: err.message };
            return;
        }
        yield { path, problem: 'corrupt', detail: describe(err) };
    }
}
function describe(err) {
    const msg = err instanceof Error ? err.message : String(err);
    // Library messages may quote entry names: keep it one short line.
    return `cannot be read: ${displayName(msg).slice(0, 200)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/artifacts/sniff.ts
// Archive detection: magic bytes decide, the file extension is only a hint for formats without magic.
/** Bytes needed to see every magic number we know (`ustar` sits at offset 257). */
const SNIFF_BYTES = 512;
const ZIP_EXT = /\.(zip|jar|war|ear|aar|apk|whl|nupkg|vsix|xpi|ipa)$/i;
function sniffKind(head, name) {
    // PK\3\4 = local file header, PK\5\6 = empty archive (end of central directory only).
    if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6))) {
        return 'zip';
    }
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar')
        return 'tar';
    const base = lastSegment(name);
    // Pre-POSIX (v7) tars carry no magic; self-extracting zips start with a stub.
    if (/\.tar$/i.test(base) && head.length >= 512)
        return 'tar';
    if (ZIP_EXT.test(base) && head.length > 0)
        return 'zip';
    return 'plain';
}
/** `a.zip!/dir/b.txt` → `b.txt`. */
function lastSegment(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? path : path.slice(i + 1);
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./packages/core/src/secrets/artifacts/zip.ts
// zip / jar / war / apk through yauzl: random access via the central directory, one entry streamed at a time.




// decodeStrings off: yauzl would reject the whole archive on a `../` name; we only ever use names
// for display, so we decode them ourselves and keep reading.
const OPTIONS = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true, strictFileNames: false };
// Zips read from a file descriptor; a buffer-backed zip has nothing to close.
const onDisk = new WeakSet();
async function openZipFile(absPath) {
    const zip = await yauzl.openPromise(absPath, OPTIONS);
    onDisk.add(zip);
    return zip;
}
function openZipBuffer(buf) {
    return yauzl.fromBufferPromise(buf, OPTIONS);
}
async function* readZip(open, path, depth, ctx) {
    const { budget } = ctx;
    const { limits } = budget;
    let zip;
    try {
        zip = await open();
        zip.on('error', () => { }); // errors reach us through eachEntry(); never let one crash the process
        if (zip.entryCount > limits.maxEntries - budget.entries) {
            throw new LimitTrip('too-many-entries', path, `declares ${zip.entryCount} entries (limit ${limits.maxEntries})`, true);
        }
        for await (const entry of zip.eachEntry()) {
            budget.countEntry(path);
            const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
            if (name.endsWith('/'))
                continue; // directory
            const ep = entryPath(path, name);
            if (entry.isEncrypted()) {
                yield { path: ep, problem: 'encrypted', detail: 'encrypted entry was not scanned' };
                continue;
            }
            if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
                yield { path: ep, problem: 'corrupt', detail: `unsupported compression method ${entry.compressionMethod} was not scanned` };
                continue;
            }
            // Declared sizes first (cheap); yauzl then checks the real output against them.
            budget.checkRatio(path, entry.uncompressedSize, entry.compressedSize);
            if (budget.inflated + entry.uncompressedSize > limits.maxTotalBytes) {
                throw new LimitTrip('too-large', path, `declares more than ${limits.maxTotalBytes} bytes in total`, true);
            }
            if (entry.uncompressedSize > limits.maxEntryBytes) {
                yield tooLarge(ep, limits.maxEntryBytes);
                continue;
            }
            const it = counted(await zip.openReadStreamPromise(entry), entry, path, ctx);
            try {
                yield* ctx.child(ep, borrowed(it), depth);
            }
            finally {
                await it.return(undefined);
            }
            if (budget.exhausted)
                return;
        }
    }
    catch (err) {
        throw claim(err, path);
    }
    finally {
        if (zip)
            await closeZip(zip);
    }
}
/** Closes the zip and waits (briefly) until yauzl has really closed its file descriptor. */
async function closeZip(zip) {
    if (!onDisk.has(zip)) {
        zip.close();
        return;
    }
    let timer;
    const closed = new Promise((done) => {
        zip.once('close', done);
        timer = setTimeout(done, 1000); // a stream still holding a reference closes it later by itself
    });
    zip.close();
    await closed;
    clearTimeout(timer);
}
/** An entry's inflated bytes, counted against the budget as they stream out of zlib. */
async function* counted(stream, entry, owner, ctx) {
    let out = 0;
    try {
        for await (const c of stream) {
            out += c.length;
            ctx.budget.countInflated(owner, c.length);
            ctx.budget.checkRatio(owner, out, entry.compressedSize);
            yield c;
        }
    }
    catch (err) {
        // yauzl stops an entry that inflates past its declared size: a header that lies is a bomb's trick.
        if (err instanceof Error && /too many bytes/.test(err.message)) {
            throw new LimitTrip('bomb', owner, `an entry inflates past its declared size (${entry.uncompressedSize} bytes)`, false);
        }
        throw claim(err, owner);
    }
    finally {
        stream.destroy();
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./packages/core/src/secrets/artifacts/tar.ts
// tar through tar-stream: strictly sequential, so every entry is consumed (scanned or drained)
// before the next header is read.





const REGULAR = new Set(['file', 'contiguous-file', null, undefined]);
async function* readTar(path, chunks, depth, ctx) {
    const { budget } = ctx;
    const source = external_node_stream_.Readable.from(chunks, { objectMode: false });
    const extract = tar_stream.extract();
    source.on('error', (err) => extract.destroy(err));
    source.pipe(extract);
    try {
        for await (const entry of extract) {
            budget.countEntry(path);
            const it = entry[Symbol.asyncIterator]();
            const { name, type, size = 0 } = entry.header;
            if (REGULAR.has(type)) {
                // Links, devices and directories carry no data of their own; nothing is ever written to disk.
                if (size > budget.limits.maxEntryBytes)
                    yield tooLarge(entryPath(path, name), budget.limits.maxEntryBytes);
                else
                    yield* ctx.child(entryPath(path, name), borrowed(it), depth);
            }
            if (budget.exhausted)
                return;
            await drain(it);
        }
    }
    catch (err) {
        throw claim(err, path);
    }
    finally {
        source.unpipe(extract);
        source.destroy();
        extract.destroy();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/artifacts/gzip.ts
// .gz and .tar.gz / .tgz: zlib streams, with the real output counted (a gzip trailer's size
// field is only the size mod 2^32 and is trivially forged, so it is never trusted).






async function* readGzip(path, chunks, depth, ctx) {
    const it = gunzip(chunks, path, ctx)[Symbol.asyncIterator]();
    try {
        const head = await peek(it, SNIFF_BYTES);
        const first = Buffer.concat(head);
        if (first.length >= 262 && first.toString('latin1', 257, 262) === 'ustar') {
            // A compressed tar is one archive level: `x.tar.gz!/file`, not `x.tar.gz!/x.tar!/file`.
            yield* readTar(path, replay(head, it), depth, ctx);
        }
        else {
            yield* ctx.child(`${path}!/${innerName(path)}`, borrowed(replay(head, it)), depth);
        }
    }
    finally {
        await it.return(undefined);
    }
}
/** `logs/app.log.gz` → `app.log`; `x.tgz` → `x.tar`. */
function innerName(path) {
    const base = lastSegment(path);
    if (/\.tgz$/i.test(base))
        return base.slice(0, -4) + '.tar';
    if (/\.gz$/i.test(base) && base.length > 3)
        return base.slice(0, -3);
    return base;
}
async function* gunzip(chunks, owner, ctx) {
    const source = external_node_stream_.Readable.from(chunks, { objectMode: false });
    const z = (0,external_node_zlib_.createGunzip)();
    source.on('error', (err) => z.destroy(err));
    source.pipe(z);
    let out = 0;
    try {
        for await (const c of z) {
            out += c.length;
            ctx.budget.countInflated(owner, c.length);
            // bytesWritten = compressed bytes zlib has actually taken in, not what is buffered ahead.
            ctx.budget.checkRatio(owner, out, z.bytesWritten);
            yield c;
        }
    }
    catch (err) {
        throw claim(err, owner);
    }
    finally {
        source.unpipe(z);
        source.destroy();
        z.destroy();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/artifacts/read.ts
// readArtifact: one file on disk → its readable contents, recursing into archives within limits.










/**
 * Yields the readable contents of the file at `absPath`: the file itself, or every regular entry of
 * an archive (zip/jar/war/apk, tar, tar.gz/tgz, gz; nested up to `maxDepth`), plus a problem entry
 * wherever a limit tripped or something could not be read. Never throws for a bad file, writes
 * nothing to disk and closes everything it opened, also when the caller stops iterating early.
 */
async function* readArtifact(absPath, displayPath, limits = {}) {
    const budget = new Budget({ ...types/* DEFAULT_ARTIFACT_LIMITS */.SN, ...limits });
    const ctx = { budget, child: (p, c, d) => child(p, c, d, ctx) };
    let head;
    let size;
    try {
        const st = await (0,promises_.lstat)(absPath);
        if (!st.isFile()) {
            yield { path: displayPath, problem: 'corrupt', detail: 'not a regular file; skipped' };
            return;
        }
        size = st.size;
        head = await readHead(absPath);
    }
    catch (err) {
        yield { path: displayPath, problem: 'corrupt', detail: describe(err) };
        return;
    }
    try {
        const kind = sniffKind(head, displayPath);
        if (kind === 'plain') {
            if (size > budget.limits.maxEntryBytes)
                yield tooLarge(displayPath, budget.limits.maxEntryBytes);
            else
                yield { path: displayPath, data: await (0,promises_.readFile)(absPath) };
        }
        else if (kind === 'zip') {
            // On disk a zip is read by random access: its own size is not limited, only what it inflates to.
            yield* guarded(displayPath, budget, readZip(() => openZipFile(absPath), displayPath, 1, ctx));
        }
        else {
            const chunks = fileChunks(absPath, displayPath);
            try {
                yield* child(displayPath, chunks, 0, ctx);
            }
            finally {
                await chunks.return(undefined); // closes the file
            }
        }
    }
    catch (err) {
        // A failure no reader claimed (should not happen): still a problem entry, never a crash.
        if (!budget.exhausted)
            yield { path: ownerOf(err) ?? displayPath, problem: 'corrupt', detail: describe(err) };
    }
}
async function readHead(absPath) {
    const fh = await (0,promises_.open)(absPath, 'r');
    try {
        const buf = Buffer.alloc(SNIFF_BYTES);
        const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
        return buf.subarray(0, bytesRead);
    }
    finally {
        await fh.close();
    }
}
async function* fileChunks(absPath, owner) {
    const stream = (0,external_node_fs_.createReadStream)(absPath);
    try {
        for await (const c of stream)
            yield c;
    }
    catch (err) {
        throw claim(err, owner);
    }
    finally {
        stream.destroy();
    }
}
/** One entry (or a top-level compressed file): sniff it, then scan it or open it as an archive. */
async function* child(path, chunks, depth, ctx) {
    const { budget } = ctx;
    const { maxEntryBytes, maxDepth } = budget.limits;
    const it = chunks[Symbol.asyncIterator]();
    const head = await peek(it, SNIFF_BYTES);
    const kind = sniffKind(Buffer.concat(head), path);
    if (kind === 'plain') {
        const got = await collect(borrowed(it), maxEntryBytes, head);
        yield 'data' in got ? { path, data: got.data } : tooLarge(path, maxEntryBytes);
        return;
    }
    if (depth >= maxDepth) {
        yield { path, problem: 'depth', detail: `archive nested deeper than ${maxDepth} levels was not opened` };
        return;
    }
    if (kind === 'zip') {
        // yauzl needs random access: a nested zip is held in memory, which maxEntryBytes bounds.
        const got = await collect(borrowed(it), maxEntryBytes, head);
        if (!('data' in got))
            yield tooLarge(path, maxEntryBytes);
        else
            yield* guarded(path, budget, readZip(() => openZipBuffer(got.data), path, depth + 1, ctx));
    }
    else if (kind === 'gzip') {
        yield* guarded(path, budget, readGzip(path, replay(head, it), depth + 1, ctx));
    }
    else {
        yield* guarded(path, budget, readTar(path, replay(head, it), depth + 1, ctx));
    }
}


/***/ }),

/***/ 7880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O4: () => (/* binding */ OVERSIZE_ARTIFACT_RULE),
/* harmony export */   VQ: () => (/* binding */ ARCHIVE_BOMB_RULE),
/* harmony export */   W: () => (/* binding */ ARCHIVE_LIMIT_RULE),
/* harmony export */   Y2: () => (/* binding */ LEAK_PATTERN_RULE),
/* harmony export */   by: () => (/* binding */ ARTIFACT_RULES)
/* harmony export */ });
const LEAK_PATTERN_RULE = {
    id: 'leak-pattern-file',
    name: 'LeakPatternFile',
    severity: 'high',
    description: 'A file whose name matches a leak pattern (for example `*.leak`, `.env`, `id_rsa`) is part of the scanned tree or a build artifact.',
    remediation: 'Remove the file from the artifact or repository and keep it out of the build (add it to `.gitignore` / the packaging excludes). If it held credentials, rotate them: shipping the file exposed them even if no known token format was recognised.',
    tags: ['security', 'artifact'],
};
const OVERSIZE_ARTIFACT_RULE = {
    id: 'oversize-artifact',
    name: 'OversizeArtifact',
    severity: 'medium',
    description: 'An artifact is larger than `max-artifact-size`; unexpected size often means something was bundled by accident (a data dump, a cache, a whole `node_modules`).',
    remediation: 'Check what the artifact contains and exclude what should not ship. If the size is expected, raise `max-artifact-size` for this workflow.',
    tags: ['artifact'],
};
const ARCHIVE_BOMB_RULE = {
    id: 'archive-bomb',
    name: 'ArchiveBomb',
    severity: 'high',
    description: 'An archive decompresses at an implausible ratio (a decompression bomb); reading stopped at the limit, so the rest of it was not scanned.',
    remediation: 'Find out how the archive was produced: a legitimate build almost never compresses above 100:1. Remove it from the artifact, or if it is genuine (e.g. a sparse image), raise the ratio limit for this scan.',
    tags: ['security', 'artifact'],
};
const ARCHIVE_LIMIT_RULE = {
    id: 'archive-limit',
    name: 'ArchiveLimit',
    severity: 'low',
    description: 'Part of an archive could not be scanned: too many entries, too large, nested too deep, encrypted, or corrupt. Secrets in that part would go unnoticed.',
    remediation: 'Make sure the unscanned part is meant to be there. Split very large archives, avoid archives nested more than three levels deep, and do not ship encrypted archives whose contents CI cannot check.',
    tags: ['artifact'],
};
const ARTIFACT_RULES = [LEAK_PATTERN_RULE, OVERSIZE_ARTIFACT_RULE, ARCHIVE_BOMB_RULE, ARCHIVE_LIMIT_RULE];


/***/ }),

/***/ 2222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ isProblem),
/* harmony export */   SN: () => (/* binding */ DEFAULT_ARTIFACT_LIMITS)
/* harmony export */ });
/* unused harmony export isArtifactProblem */
// What the artifact readers yield, and the limits that keep a hostile archive from exhausting the runner.
function isArtifactProblem(e) {
    return 'problem' in e;
}
const DEFAULT_ARTIFACT_LIMITS = Object.freeze({
    maxEntries: 10_000,
    maxTotalBytes: 512 * 1024 * 1024,
    maxRatio: 100,
    ratioFloorBytes: 1024 * 1024,
    maxEntryBytes: 64 * 1024 * 1024,
    maxDepth: 3,
});
/** Short alias used inside secrets/ (the barrel exports the unambiguous name). */
const isProblem = isArtifactProblem;


/***/ }),

/***/ 6694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qo: () => (/* binding */ cliTarget),
  ll: () => (/* binding */ engineOptions)
});

// UNUSED EXPORTS: parseShard

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/options/glob-match.ts
var glob_match = __webpack_require__(8472);
;// CONCATENATED MODULE: ./packages/core/src/secrets/suppress/allow.ts


const KEYS = ['paths', 'rules', 'fingerprints'];
/** Validates the `allow` section (`undefined` = allow nothing). `key` names it in errors. */
function compileAllowList(config, key = 'secret-scan.allow') {
    const c = config ?? {};
    if (typeof c !== 'object' || Array.isArray(c)) {
        throw new errors/* ConfigError */.xL({ input: key, problem: 'must be a mapping with paths, rules and/or fingerprints', fix: `write e.g. \`allow: { paths: ["test/fixtures/**"] }\`` });
    }
    const rec = c;
    for (const k of Object.keys(rec)) {
        if (!KEYS.includes(k)) {
            throw new errors/* ConfigError */.xL({ input: `${key}.${k}`, problem: 'is not a known key', fix: `use one of ${KEYS.join(', ')}` });
        }
    }
    const paths = strings(rec.paths, `${key}.paths`);
    const rules = new Set(strings(rec.rules, `${key}.rules`));
    const fingerprints = strings(rec.fingerprints, `${key}.fingerprints`).map((fp, i) => {
        if (!/^[0-9a-f]{64}$/i.test(fp)) {
            throw new errors/* ConfigError */.xL({ input: `${key}.fingerprints[${i}]`, problem: 'is not a 64-character hex fingerprint', fix: 'copy the fingerprint from the report (JSON `fingerprint` or the `fingerprints` output)' });
        }
        return fp.toLowerCase();
    });
    const fpSet = new Set(fingerprints);
    const pathGlobs = (0,glob_match/* compilePathGlobs */.Q)(paths);
    const allowsPath = (path) => pathGlobs.matches(path);
    return {
        allowsPath,
        allowsRule: (id) => rules.has(id),
        allowsFingerprint: (fp) => fpSet.has(fp.toLowerCase()),
        allows: (f) => fpSet.has(f.fingerprint) || rules.has(f.ruleId) || allowsPath(f.location.path),
    };
}
function strings(v, key) {
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v))
        throw new errors/* ConfigError */.xL({ input: key, problem: 'must be a list', fix: 'write it as a YAML list (`- item`)' });
    return v.map((s, i) => {
        if (typeof s !== 'string' || s.trim() === '') {
            throw new errors/* ConfigError */.xL({ input: `${key}[${i}]`, problem: 'must be a non-empty string', fix: 'quote the value or remove the empty item' });
        }
        return s.trim();
    });
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/options.ts
// From parsed options (action inputs or CLI flags) + the config section to the engine's SecretScanOptions.
// Shared by the action and the CLI so both validate and behave the same.



/** `i/n` with 1 ≤ i ≤ n. */
function parseShard(raw) {
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || index < 1 || index > count || count > 1024) {
        throw new errors/* InputError */.dz({
            input: 'shard',
            problem: `"${raw.slice(0, 40)}" is not a shard of the form i/n with 1 ≤ i ≤ n ≤ 1024`,
            fix: 'use e.g. 2/4 for the second of four matrix jobs (${{ matrix.shard }}/4)',
        });
    }
    return { index, count };
}
/** CLI-only flags: --staged, --range, --history (in that order of precedence). */
function cliTarget(o) {
    if (o.staged)
        return { kind: 'staged' };
    if (o.range) {
        const m = /^([^.\s]+)\.\.(\.)?([^.\s]*)$/.exec(o.range.trim());
        if (!m || m[2]) {
            throw new errors/* InputError */.dz({ input: 'range', problem: `"${o.range}" is not a BASE..HEAD range`, fix: 'write two refs separated by two dots, e.g. --range origin/main..HEAD' });
        }
        const base = m[1];
        const head = m[3] || 'HEAD';
        return base === head ? { kind: 'none', reason: `base and head are both ${base}` } : { kind: 'range', base, head };
    }
    if (o.history)
        return { kind: 'history' };
    return { kind: 'tree' };
}
function engineOptions(i) {
    const o = i.options;
    const root = (0,external_node_path_.resolve)(i.base, o.path);
    const abs = (p) => (p ? ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(i.base, p)) : undefined);
    return {
        root,
        target: i.target,
        fetch: i.fetch,
        commitCount: i.commitCount,
        artifacts: o.artifacts,
        leakPatterns: o['leak-patterns'],
        maxArtifactSize: o['max-artifact-size'],
        exclude: o.exclude,
        gitignore: o.gitignore,
        shard: parseShard(o.shard),
        customRules: i.extra.rules ?? [],
        entropy: i.extra.entropy === true || i.extra.entropy === 'true' ? { threshold: i.extra['entropy-threshold'] } : undefined,
        suppression: { allow: compileAllowList(i.extra.allow), baseline: abs(o.baseline) },
        log: i.log,
    };
}


/***/ }),

/***/ 6341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ secretScanText),
/* harmony export */   aV: () => (/* binding */ secretScanJson),
/* harmony export */   rT: () => (/* binding */ secretScanSarif)
/* harmony export */ });
/* unused harmony exports SECRET_REPORT_KIND, SECRET_REPORT_VERSION, secretScanSummary, secretScanAnnotations */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_sarif_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(389);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3092);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8109);
/* harmony import */ var _git_describe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1761);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4993);
// secret-scan's result rendered for each audience: job summary, annotations, SARIF, JSON, terminal text.
// All of these are built from Finding, which carries only the redacted value.








// Shared with policy-audit; re-exported where secret-scan's callers found it.


const SECRET_REPORT_KIND = 'bulkhead.secret-scan';
const SECRET_REPORT_VERSION = '1.0';
function where(f) {
    const l = f.location;
    return `${l.path}${l.line ? `:${l.line}` : ''}${l.column ? `:${l.column}` : ''}`;
}
function headline(result, failOn) {
    const n = result.findings.length;
    const failing = (0,_result_js__WEBPACK_IMPORTED_MODULE_1__/* .failingFindings */ .v9)(result.findings, failOn).length;
    const sup = result.suppressed;
    const suppressed = sup.inline + sup.ignored + sup.baselined + sup.allowed;
    const what = `Scanned ${(0,_git_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTarget */ .f)(result.target)}: ${result.stats.files} files, ${result.stats.commits} commits, ${result.stats.archives} archives`;
    const found = n === 0 ? 'no findings' : `${n} finding${n === 1 ? '' : 's'} (${failing} at or above fail-on '${failOn}')`;
    return `${what}; ${found}${suppressed ? `; ${suppressed} suppressed (${sup.baselined} baseline, ${sup.ignored} ignore file, ${sup.allowed} allow-list, ${sup.inline} inline)` : ''}.`;
}
function secretScanSummary(result, failOn, maxRows = 200) {
    const s = new SummaryBuilder();
    const failing = failingFindings(result.findings, failOn).length;
    s.heading(`${failing ? '🔴' : '🟢'} Bulkhead secret-scan`, 2);
    s.paragraph(headline(result, failOn));
    if (result.findings.length) {
        const by = countBySeverity(result.findings);
        s.paragraph(SEVERITIES.slice().reverse().map((sev) => `**${sev}**: ${by[sev]}`).join(' · '));
        s.table(['Severity', 'Rule', 'Location', 'Commit', 'Value', 'Confidence'], result.findings.map((f) => [
            f.severity,
            f.ruleId,
            where(f),
            f.location.commit ? f.location.commit.slice(0, 12) : '',
            f.redacted ?? '',
            f.confidence === undefined ? '' : f.confidence.toFixed(2),
        ]), { maxRows });
        s.paragraph('Rotate every exposed credential first: removing it from the code does not remove it from history. Accepted findings go in a baseline (`bulkhead secret-scan --write-baseline`).');
    }
    if (result.skipped.length)
        s.details(`${result.skipped.length} files skipped`, result.skipped.slice(0, 50).map((k) => `- \`${k.path.replace(/`/g, "'")}\`: ${k.reason}`).join('\n'));
    return s.toString();
}
function secretScanAnnotations(result, failOn) {
    const failing = new Set(failingFindings(result.findings, failOn));
    const list = result.findings
        // Archive entries and artifacts outside the checkout have no line in the repository to annotate.
        .filter((f) => !f.location.path.includes('!/') && !isAbsolute(f.location.path))
        .map((f) => ({
        level: failing.has(f) ? 'error' : 'warning',
        title: `Secret: ${f.ruleId}`,
        message: `${f.message}${f.location.commit ? ` (commit ${f.location.commit.slice(0, 12)})` : ''}`,
        file: f.location.path,
        startLine: f.location.line,
        endLine: f.location.line,
        startColumn: f.location.column,
        endColumn: f.location.endColumn,
    }));
    const orphans = result.findings.length - list.length;
    if (orphans > 0)
        list.push({ level: 'warning', message: `${orphans} findings inside build artifacts or outside the checkout: see the job summary or report file.` });
    return capAnnotations(list);
}
function secretScanSarif(result) {
    return (0,_report_sarif_js__WEBPACK_IMPORTED_MODULE_3__/* .buildSarif */ .Ep)({ toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .BULKHEAD_VERSION */ .d, informationUri: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .BULKHEAD_URI */ .w, rules: result.rules, findings: result.findings });
}
function secretScanJson(result, failOn, generatedAt) {
    return (0,_report_json_js__WEBPACK_IMPORTED_MODULE_5__/* .buildJsonReport */ .X)({
        kind: SECRET_REPORT_KIND,
        schemaVersion: SECRET_REPORT_VERSION,
        tool: { name: 'bulkhead', version: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .BULKHEAD_VERSION */ .d },
        generatedAt,
        data: {
            target: (0,_git_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTarget */ .f)(result.target),
            findings: result.findings,
            suppressed: result.suppressed,
            stats: result.stats,
            skipped: result.skipped,
            failOn,
            failing: (0,_result_js__WEBPACK_IMPORTED_MODULE_1__/* .failingFindings */ .v9)(result.findings, failOn).length,
        },
    });
}
function secretScanText(result, failOn) {
    const lines = result.findings.map((f) => `${f.severity.toUpperCase().padEnd(8)} ${f.ruleId}  ${where(f)}${f.location.commit ? `  @${f.location.commit.slice(0, 12)}` : ''}  ${f.redacted ?? ''}`);
    return [...lines, headline(result, failOn)].join('\n') + '\n';
}


/***/ }),

/***/ 8310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ oneFindingPerSpot)
/* harmony export */ });
const VAGUE = new Set(['generic', 'entropy']);
function oneFindingPerSpot(matches, rules) {
    const order = new Map([...rules.keys()].map((id, i) => [id, i]));
    // Matches that start at one place: the same secret, or one a prefix of the other (a rule whose value stops
    // at `,` beside one that reads a command-line value to its end), are one secret.
    const spots = new Map();
    for (const m of matches) {
        const key = [m.path, m.commit ?? '', m.line, m.column].join('\0');
        const kept = spots.get(key);
        if (!kept) {
            spots.set(key, [m]);
            continue;
        }
        const i = kept.findIndex((k) => k.secret.startsWith(m.secret) || m.secret.startsWith(k.secret));
        if (i === -1)
            kept.push(m);
        else if (wins(m, kept[i], rules, order))
            kept[i] = m;
    }
    // Keep the input's order (only the dropped twins go).
    const keep = new Set([...spots.values()].flat());
    return matches.filter((m) => keep.has(m));
}
/** Between two matches of one secret at one place: for the same value, `better`; for a value and a longer one, the provider rule's, then the longer. */
function wins(a, b, rules, order) {
    if (a.secret === b.secret)
        return better(a, b, rules, order);
    const vagueA = isVague(a, rules);
    if (vagueA !== isVague(b, rules))
        return !vagueA;
    return a.secret.length > b.secret.length;
}
function better(a, b, rules, order) {
    if (a.confidence !== b.confidence)
        return a.confidence > b.confidence;
    const vagueA = isVague(a, rules);
    if (vagueA !== isVague(b, rules))
        return !vagueA;
    return (order.get(a.ruleId) ?? Infinity) < (order.get(b.ruleId) ?? Infinity);
}
/** A generic or entropy rule's match (any provider rule says more). */
function isVague(m, rules) {
    return VAGUE.has(rules.get(m.ruleId)?.family ?? '');
}


/***/ }),

/***/ 5930:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ secretScan)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _redact_redact_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(8082);
/* harmony import */ var _git_availability_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5223);
/* harmony import */ var _scanner_ruleset_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7701);
/* harmony import */ var _scanner_compile_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9971);
/* harmony import */ var _scanner_tree_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(296);
/* harmony import */ var _scanner_workers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(465);
/* harmony import */ var _scanner_spare_workers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(335);
/* harmony import */ var _scanner_history_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(66);
/* harmony import */ var _scanner_staged_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6182);
/* harmony import */ var _scanner_buffer_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4454);
/* harmony import */ var _files_expand_globs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7519);
/* harmony import */ var _artifacts_read_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3070);
/* harmony import */ var _artifacts_types_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2222);
/* harmony import */ var _artifacts_findings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8061);
/* harmony import */ var _artifacts_rules_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(7880);
/* harmony import */ var _same_spot_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(8310);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(4993);
/* harmony import */ var _suppression_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(2619);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_scanner_workers_js__WEBPACK_IMPORTED_MODULE_6__]);
_scanner_workers_js__WEBPACK_IMPORTED_MODULE_6__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// secret-scan's orchestrator: target -> matches (tree / history / staged / artifacts) -> findings
// -> suppression -> sorted result. Pure engine: everything it needs arrives in SecretScanOptions.




















async function secretScan(opts) {
    const started = Date.now();
    // A tree scan's threads boot while the rules load and the walk starts (spare-workers.ts).
    if (opts.target.kind === 'tree' && opts.threads !== 0)
        (0,_scanner_spare_workers_js__WEBPACK_IMPORTED_MODULE_2__/* .prestartScanWorkers */ .QO)({ threads: opts.threads });
    const notes = [];
    const log = (m) => {
        notes.push(m);
        opts.log?.(m);
    };
    const spec = { ...(opts.ruleSet ?? {}), custom: [...(opts.ruleSet?.custom ?? []), ...(opts.customRules ?? [])] };
    if (opts.entropy)
        spec.entropy = opts.entropy;
    const { rules, isFalsePositive, isRuleOffForPath } = await (0,_scanner_ruleset_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRuleSet */ .Z)(spec);
    const byId = new Map(rules.map((r) => [r.id, r]));
    const target = await (0,_git_availability_js__WEBPACK_IMPORTED_MODULE_4__/* .ensureCommits */ .nm)(opts.root, opts.target, { fetch: opts.fetch, commitCount: opts.commitCount, log });
    if (target.kind !== opts.target.kind)
        log(`The old head is gone (force-push): scanning the commits not on the default branch instead.`);
    if (opts.shard && opts.shard.count > 1)
        log(`Shard ${opts.shard.index}/${opts.shard.count}.`);
    const matches = [];
    const extra = [];
    const skipped = [];
    const stats = { files: 0, bytes: 0, commits: 0, archives: 0, durationMs: 0 };
    switch (target.kind) {
        case 'tree': {
            const walk = (0,_scanner_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .walkTree */ .I)(opts.root, { honourGitignore: opts.gitignore, exclude: opts.exclude, shard: opts.shard });
            // Streamed into the pool as the walk finds them, so walking and scanning overlap; leak patterns are
            // checked on the way, while workers scan, not after.
            const r = await (0,_scanner_workers_js__WEBPACK_IMPORTED_MODULE_6__/* .scanFiles */ .T)(checkLeaks(await walk.files(), (0,_artifacts_findings_js__WEBPACK_IMPORTED_MODULE_7__/* .leakPatternChecker */ .Bf)(opts.root, opts.leakPatterns), extra), { rules: spec, threads: opts.threads });
            skipped.push(...walk.skipped);
            for (const f of r.files)
                for (const m of f.matches)
                    matches.push({ ...m, path: f.path });
            skipped.push(...r.skipped);
            stats.files = r.filesScanned;
            stats.bytes = r.bytesScanned;
            break;
        }
        case 'history':
        case 'range':
        case 'new-branch': {
            const r = await (0,_scanner_history_js__WEBPACK_IMPORTED_MODULE_8__/* .scanHistory */ .sL)(opts.root, target, rules, { isFalsePositive, isRuleOffForPath, shard: opts.shard });
            matches.push(...r.matches);
            stats.commits = r.commitsScanned;
            break;
        }
        case 'staged': {
            matches.push(...(await (0,_scanner_staged_js__WEBPACK_IMPORTED_MODULE_9__/* .scanStaged */ .a)(opts.root, rules, { isFalsePositive, isRuleOffForPath })));
            break;
        }
        case 'none':
            log(target.reason);
            break;
    }
    if (opts.artifacts?.length) {
        const cr = (0,_scanner_compile_js__WEBPACK_IMPORTED_MODULE_10__/* .compileRules */ .nb)(rules);
        const paths = await (0,_files_expand_globs_js__WEBPACK_IMPORTED_MODULE_11__/* .expandArtifactGlobs */ .O)(opts.root, opts.artifacts);
        if (paths.length === 0)
            log(`No artifact matched ${opts.artifacts.join(', ')}.`);
        const sized = [];
        const entryNames = [];
        for (const path of paths) {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opts.root, path); // artifacts outside the root keep their absolute path
            sized.push({ path, size: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(abs)).size });
            stats.archives++;
            for await (const entry of (0,_artifacts_read_js__WEBPACK_IMPORTED_MODULE_12__/* .readArtifact */ .R)(abs, path, opts.artifactLimits)) {
                if ((0,_artifacts_types_js__WEBPACK_IMPORTED_MODULE_13__/* .isProblem */ .AN)(entry)) {
                    extra.push((0,_artifacts_findings_js__WEBPACK_IMPORTED_MODULE_7__/* .artifactProblemFinding */ .Vt)(entry));
                    continue;
                }
                entryNames.push(entry.path);
                stats.files++;
                stats.bytes += entry.data.length;
                for (const m of (0,_scanner_buffer_js__WEBPACK_IMPORTED_MODULE_14__/* .scanBuffer */ .q5)(entry.data, entry.path, cr, { isFalsePositive, isRuleOffForPath }))
                    matches.push({ ...m, path: entry.path });
            }
        }
        if (opts.maxArtifactSize !== undefined)
            extra.push(...(0,_artifacts_findings_js__WEBPACK_IMPORTED_MODULE_7__/* .oversizeFiles */ .No)(sized, opts.maxArtifactSize));
        extra.push(...(0,_artifacts_findings_js__WEBPACK_IMPORTED_MODULE_7__/* .leakPatternFindings */ .O7)(opts.root, entryNames, opts.leakPatterns));
    }
    const secretValues = new Set();
    const found = [];
    for (const m of (0,_same_spot_js__WEBPACK_IMPORTED_MODULE_15__/* .oneFindingPerSpot */ .X)(matches, byId)) {
        const rule = byId.get(m.ruleId);
        if (!rule)
            continue;
        secretValues.add(m.secret);
        // A base64-wrapped credential is masked in its decoded form too.
        for (const d of rule.decoded?.(m.secret) ?? [])
            secretValues.add(d);
        found.push({ finding: toFinding(rule, m), lineText: m.lineText });
    }
    for (const f of dedupe(extra))
        found.push({ finding: f, lineText: '' });
    const { kept, baselined, suppressed } = await (0,_suppression_js__WEBPACK_IMPORTED_MODULE_16__/* .applySuppression */ .y)(opts.root, found, opts.suppression ?? {});
    kept.sort(_result_js__WEBPACK_IMPORTED_MODULE_17__/* .compareFindings */ .Eg);
    stats.durationMs = Date.now() - started;
    const ruleInfos = [...rules.map(ruleInfo), ..._artifacts_rules_js__WEBPACK_IMPORTED_MODULE_18__/* .ARTIFACT_RULES */ .by];
    return { target, findings: kept, suppressed, rules: ruleInfos, stats, skipped, notes, secretValues: [...secretValues], baselined };
}
function* checkLeaks(files, check, into) {
    for (const f of files) {
        const leak = check(f.path);
        if (leak)
            into.push(leak);
        yield f;
    }
}
function ruleInfo(r) {
    return { id: r.id, name: r.name, severity: r.severity, description: r.description, remediation: r.remediation, helpUri: r.helpUri, tags: r.tags };
}
function toFinding(rule, m) {
    const properties = {};
    if (m.commits && m.commits > 1)
        properties.commits = m.commits;
    return {
        ruleId: rule.id,
        severity: rule.severity,
        message: `${rule.name}: ${(0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_19__/* .redact */ .E$)(m.secret)}`,
        location: {
            path: m.path,
            line: m.line,
            column: m.column,
            endColumn: m.endLine === m.line ? m.endColumn : undefined,
            commit: m.commit,
            commitDate: m.commitDate,
            author: m.author,
        },
        fingerprint: (0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_19__/* .fingerprint */ .Rj)(rule.id, m.secret),
        redacted: (0,_redact_redact_js__WEBPACK_IMPORTED_MODULE_19__/* .redact */ .E$)(m.secret),
        confidence: m.confidence,
        properties,
    };
}
/** Same rule + fingerprint + place once; the same secret in two places stays two findings. */
function dedupe(list) {
    const seen = new Set();
    return list.filter((f) => {
        const k = `${f.ruleId}\0${f.fingerprint}\0${f.location.path}\0${f.location.line ?? ''}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 2308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ writeBaseline),
/* harmony export */   Qp: () => (/* binding */ applyBaseline),
/* harmony export */   mF: () => (/* binding */ readBaseline)
/* harmony export */ });
/* unused harmony exports baselineFromFindings, formatBaseline */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fs_atomic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4444);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
// Baseline files: findings accepted at some point, so only new ones fail the build.
//
// Entries are keyed by fingerprint = SHA-256(rule id NUL secret) — no line number and no path —
// so editing lines above a secret never churns the file, and a secret that moves to another file
// stays baselined (the `path` stored is where it was first seen, for humans).



const FIX_CREATE = 'create one with `bulkhead secret-scan --write-baseline FILE`';
const FIX_REWRITE = 'regenerate it with `bulkhead secret-scan --write-baseline FILE`';
const FP = /^[0-9a-f]{64}$/;
/** Reads and validates a baseline; a missing or malformed file is a ConfigError naming the `baseline` input. */
async function readBaseline(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL({
            input: 'baseline',
            problem: code === 'ENOENT' ? `baseline file ${file} does not exist` : `baseline file ${file} cannot be read (${code})`,
            fix: FIX_CREATE,
        });
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL({ input: 'baseline', problem: `${file} is not valid JSON (${err.message})`, fix: FIX_REWRITE });
    }
    return validate(data, file);
}
function validate(data, file) {
    const bad = (problem) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL({ input: 'baseline', problem: `${file}: ${problem}`, fix: FIX_REWRITE });
    if (!isObject(data))
        throw bad('is not a JSON object');
    if (data.version !== 1)
        throw bad(`has version ${JSON.stringify(data.version)}, this Bulkhead reads version 1`);
    if (data.tool !== 'bulkhead')
        throw bad(`was written by ${JSON.stringify(data.tool)}, not bulkhead`);
    if (!Array.isArray(data.findings))
        throw bad('has no "findings" array');
    const findings = data.findings.map((e, i) => {
        if (!isObject(e))
            throw bad(`findings[${i}] is not an object`);
        if (typeof e.fingerprint !== 'string' || !FP.test(e.fingerprint))
            throw bad(`findings[${i}].fingerprint is not a 64-character lower-case hex SHA-256`);
        if (typeof e.ruleId !== 'string' || e.ruleId === '')
            throw bad(`findings[${i}].ruleId is missing`);
        if (typeof e.path !== 'string')
            throw bad(`findings[${i}].path is missing`);
        if (e.redacted !== undefined && typeof e.redacted !== 'string')
            throw bad(`findings[${i}].redacted is not a string`);
        return entry(e.fingerprint, e.ruleId, e.path, e.redacted);
    });
    return { version: 1, tool: 'bulkhead', findings };
}
/** The baseline for `findings`: one entry per fingerprint and path, sorted by path, rule id, fingerprint. */
function baselineFromFindings(findings) {
    const seen = new Map();
    for (const f of findings) {
        const key = `${f.fingerprint}\0${f.location.path}`;
        if (!seen.has(key))
            seen.set(key, entry(f.fingerprint, f.ruleId, f.location.path, f.redacted));
    }
    const list = [...seen.values()].sort((a, b) => cmp(a.path, b.path) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint));
    return { version: 1, tool: 'bulkhead', findings: list };
}
/** Canonical text: two-space JSON with a trailing newline, so reruns are byte-identical. */
function formatBaseline(baseline) {
    return `${JSON.stringify(baseline, null, 2)}\n`;
}
/**
 * Writes the baseline for `findings` atomically: a temp file in the same directory is written,
 * fsynced and renamed over `file`, so a crash leaves either the old or the new baseline, never half.
 */
async function writeBaseline(file, findings) {
    const baseline = baselineFromFindings(findings);
    await (0,_fs_atomic_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOutputFile */ .B)(file, formatBaseline(baseline), 'write-baseline');
    return baseline;
}
/** Splits findings into new ones and those whose fingerprint is in the baseline. */
function applyBaseline(findings, baseline) {
    const known = new Set(baseline.findings.map((e) => e.fingerprint));
    const out = { new: [], baselined: [] };
    for (const f of findings)
        (known.has(f.fingerprint) ? out.baselined : out.new).push(f);
    return out;
}
function entry(fingerprint, ruleId, path, redacted) {
    // Fixed key order keeps the file stable whatever order the caller built its objects in.
    return redacted === undefined ? { fingerprint, ruleId, path } : { fingerprint, ruleId, path, redacted };
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 2619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ applySuppression)
});

;// CONCATENATED MODULE: ./packages/core/src/secrets/suppress/inline.ts
// Inline allow markers. Besides our own we honour the markers of the scanners people migrate from,
// so an existing codebase keeps its reviewed exceptions.
// Same line: `bulkhead:allow`, gitleaks `gitleaks:allow`, detect-secrets `pragma: allowlist secret`,
// trufflehog `trufflehog:ignore`.
const SAME_LINE = /\b(?:bulkhead|gitleaks):allow\b|\bpragma:\s*allowlist[ -]secret\b|\btrufflehog:ignore\b/i;
// Previous line: detect-secrets `pragma: allowlist nextline secret`.
const NEXT_LINE = /\bpragma:\s*allowlist[ -]nextline[ -]secret\b/i;
/** True when the finding's line (or, for detect-secrets' nextline pragma, the line before it) carries an allow marker. */
function isInlineAllowed(lineText, previousLine) {
    return SAME_LINE.test(lineText) || (previousLine !== undefined && NEXT_LINE.test(previousLine));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/secrets/suppress/ignore-file.ts
// `.bulkheadignore` (and an existing `.gitleaksignore`): reviewed findings to leave out of reports.
//
// Accepted lines (blank lines and `#` comments are skipped):
//   <fingerprint>                         64 hex: the finding's fingerprint (path-independent)
//   <fingerprint>:<anything>              same; the rest is a note for humans and is ignored
//   <commit>:<path>:<rule>:<line>         gitleaks history entry → that rule in that file, in that commit
//   <path>:<rule>:<line>                  gitleaks tree entry   → that rule in that file
//   <path>:<rule>                         same, without a line
// What cannot be mapped: gitleaks entries are keyed by line number, which churns on every edit
// above the secret, so the line is dropped and the entry covers the rule anywhere in that file;
// and a gitleaks rule id only matches when Bulkhead has a rule of the same id. Lines we cannot
// read at all are returned as warnings rather than failing the scan.


const IGNORE_FILES = ['.bulkheadignore', '.gitleaksignore'];
const FP = /^[0-9a-f]{64}$/i;
const COMMIT = /^[0-9a-f]{40}$/i;
/** Reads `.bulkheadignore` and `.gitleaksignore` from `root`; missing files are simply empty. */
async function loadIgnoreFile(root) {
    const texts = [];
    for (const name of IGNORE_FILES) {
        try {
            texts.push({ name, text: await (0,promises_.readFile)((0,external_node_path_.join)(root, name), 'utf8') });
        }
        catch (err) {
            if (err.code !== 'ENOENT')
                throw err;
        }
    }
    return parseIgnoreFiles(texts);
}
function parseIgnoreFiles(files) {
    const fingerprints = new Set();
    // `path NUL rule` → commits it is limited to ('*' = any commit, or a tree finding).
    const pairs = new Map();
    const warnings = [];
    for (const { name, text } of files) {
        text.split(/\r?\n/).forEach((raw, i) => {
            const line = raw.replace(/\s+#.*$/, '').trim();
            if (line === '' || line.startsWith('#'))
                return;
            const parts = line.split(':');
            if (FP.test(parts[0])) {
                fingerprints.add(parts[0].toLowerCase());
                return;
            }
            const pair = gitleaksPair(parts);
            if (!pair) {
                warnings.push(`${name}:${i + 1}: not a fingerprint or a path:rule:line entry; ignored`);
                return;
            }
            const key = `${normalizePath(pair.path)}\0${pair.rule}`;
            const commits = pairs.get(key) ?? new Set();
            commits.add(pair.commit ?? '*');
            pairs.set(key, commits);
        });
    }
    return {
        fingerprints,
        pathRules: pairs.size,
        warnings,
        matches(f) {
            if (fingerprints.has(f.fingerprint))
                return true;
            const commits = pairs.get(`${normalizePath(f.location.path)}\0${f.ruleId}`);
            if (!commits)
                return false;
            if (commits.has('*'))
                return true;
            const c = f.location.commit?.toLowerCase();
            return c !== undefined && commits.has(c);
        },
    };
}
function gitleaksPair(parts) {
    let p = parts;
    if (p.length >= 2 && /^\d+$/.test(p[p.length - 1]))
        p = p.slice(0, -1); // drop the line number
    let commit;
    if (p.length >= 3 && COMMIT.test(p[0])) {
        commit = p[0].toLowerCase();
        p = p.slice(1);
    }
    if (p.length < 2)
        return undefined;
    const rule = p[p.length - 1];
    const path = p.slice(0, -1).join(':'); // a path may itself contain ':'
    if (rule === '' || path === '')
        return undefined;
    return { commit, path, rule };
}
function normalizePath(p) {
    return p.replace(/\\/g, '/').replace(/^\.\//, '');
}

// EXTERNAL MODULE: ./packages/core/src/secrets/suppress/baseline.ts
var baseline = __webpack_require__(2308);
;// CONCATENATED MODULE: ./packages/core/src/secrets/suppression.ts



async function applySuppression(root, found, input) {
    const suppressed = { inline: 0, ignored: 0, baselined: 0, allowed: 0 };
    const ignore = input.ignoreFiles === false ? undefined : await loadIgnoreFile(root);
    let kept = [];
    for (const { finding, lineText } of found) {
        if (lineText && isInlineAllowed(lineText))
            suppressed.inline++;
        else if (ignore?.matches(finding))
            suppressed.ignored++;
        else if (input.allow?.allows(finding))
            suppressed.allowed++;
        else
            kept.push(finding);
    }
    let baselined = [];
    if (input.baseline) {
        const r = (0,baseline/* applyBaseline */.Qp)(kept, await (0,baseline/* readBaseline */.mF)(input.baseline));
        kept = r.new;
        baselined = r.baselined;
        suppressed.baselined = baselined.length;
    }
    return { kept, baselined, suppressed };
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
