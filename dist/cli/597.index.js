export const id = 597;
export const ids = [597];
export const modules = {

/***/ 597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bulkhead_core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _bulkhead_core_fs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4444);
/* harmony import */ var _bulkhead_core_report__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(389);
// `bulkhead sarif merge FILE... --output FILE`: one SARIF log from the shards of a matrix scan.





const command = {
    name: 'sarif merge',
    summary: 'Merge the SARIF logs of secret-scan shards into one (rules unioned, results de-duplicated).',
    usage: 'bulkhead sarif merge FILE... [--output FILE]',
    async run(args, io) {
        const files = args.positionals;
        if (files.length === 0)
            throw new _bulkhead_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ input: 'FILE', problem: 'no SARIF files given', fix: 'list the shard files, e.g. bulkhead sarif merge shard-*.sarif --output merged.sarif' });
        const logs = [];
        for (const f of files) {
            let text;
            try {
                text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, f), 'utf8');
            }
            catch (e) {
                throw new _bulkhead_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .ResourceError */ .BS({ input: 'FILE', problem: `${f} cannot be read (${e.code ?? 'error'})`, fix: 'check the path of each shard file' });
            }
            try {
                logs.push(JSON.parse(text));
            }
            catch {
                throw new _bulkhead_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .ResourceError */ .BS({ input: 'FILE', problem: `${f} is not JSON`, fix: 'pass the .sarif files written by secret-scan' });
            }
        }
        const out = (0,_bulkhead_core_report__WEBPACK_IMPORTED_MODULE_3__/* .serializeSarif */ .YO)((0,_bulkhead_core_report__WEBPACK_IMPORTED_MODULE_3__/* .mergeSarif */ .It)(logs));
        const output = args.raw.output;
        if (output)
            await (0,_bulkhead_core_fs__WEBPACK_IMPORTED_MODULE_4__/* .writeOutputFile */ .B)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output), out, 'output', output);
        else
            io.stdout(out);
        return 0;
    },
};


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


/***/ })

};
