export const id = 122;
export const ids = [122];
export const modules = {

/***/ 122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FINGERPRINT_KEY: () => (/* reexport */ sarif/* FINGERPRINT_KEY */.XG),
  SARIF_LEVEL: () => (/* reexport */ sarif/* SARIF_LEVEL */.F1),
  SARIF_SCHEMA: () => (/* reexport */ sarif/* SARIF_SCHEMA */.A5),
  SECURITY_SEVERITY: () => (/* reexport */ sarif/* SECURITY_SEVERITY */.lL),
  SEVERITIES: () => (/* reexport */ types/* SEVERITIES */.o),
  SummaryBuilder: () => (/* reexport */ summary/* SummaryBuilder */.CF),
  buildJsonReport: () => (/* reexport */ json/* buildJsonReport */.X),
  buildSarif: () => (/* reexport */ sarif/* buildSarif */.Ep),
  capAnnotations: () => (/* reexport */ capAnnotations),
  compareFindings: () => (/* reexport */ severity/* compareFindings */.Eg),
  countBySeverity: () => (/* reexport */ severity/* countBySeverity */.Ot),
  currentReportRun: () => (/* reexport */ run/* currentReportRun */.RE),
  escapeCell: () => (/* reexport */ summary/* escapeCell */.kq),
  escapeHtml: () => (/* reexport */ summary/* escapeHtml */.ZD),
  exitCodeFor: () => (/* reexport */ exitCodeFor),
  failingFindings: () => (/* reexport */ severity/* failingFindings */.v9),
  mergeSarif: () => (/* reexport */ sarif/* mergeSarif */.It),
  pathToUri: () => (/* reexport */ sarif/* pathToUri */.TA),
  precisionFor: () => (/* reexport */ sarif/* precisionFor */.y9),
  reportRunFromEnv: () => (/* reexport */ run/* reportRunFromEnv */.xJ),
  serializeJson: () => (/* reexport */ json/* serializeJson */.L),
  serializeSarif: () => (/* reexport */ sarif/* serializeSarif */.YO),
  setReportRun: () => (/* reexport */ run/* setReportRun */.m$),
  severityAtLeast: () => (/* reexport */ severity/* severityAtLeast */._2),
  severityRank: () => (/* reexport */ severity/* severityRank */.qs),
  stableStringify: () => (/* reexport */ stable_json/* stableStringify */.J),
  userMessage: () => (/* reexport */ userMessage)
});

// EXTERNAL MODULE: ./packages/core/src/report/types.ts
var types = __webpack_require__(3773);
// EXTERNAL MODULE: ./packages/core/src/report/severity.ts
var severity = __webpack_require__(4993);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/report/messages.ts
// The ONE mapping from an error to the line a user sees (core.setFailed, CLI stderr).

function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
/** Ends a clause with a period unless it already ends with sentence punctuation. */
function sentence(text) {
    const t = oneLine(text);
    return t === '' || /[.!?]$/.test(t) ? t : `${t}.`;
}
function subject(e, surface) {
    const input = e.input;
    if (input === undefined || input === '')
        return undefined;
    if (e instanceof errors/* ConfigError */.xL) {
        // Config errors carry `<file>: <section.key>`, or just `<file>` for file-level problems.
        const m = /^(.*?): (.+)$/.exec(input);
        return m ? `${m[1]} key '${m[2]}'` : input;
    }
    if (e instanceof errors/* InputError */.dz)
        return surface === 'cli' ? `Option '--${input}'` : `Input '${input}'`;
    return input;
}
/**
 * `Input 'max-diff-bytes': "5XB" is not a byte size. Fix: use a number with a unit such as 5MB or 512KiB.`
 * Always a single line. Anything that is not a BulkheadError is a bug: `Unexpected error: <message>`.
 */
function userMessage(e, options = {}) {
    if (e instanceof errors/* BulkheadError */.xR) {
        const who = subject(e, options.surface ?? 'action');
        const problem = sentence(e.problem);
        const fix = sentence(e.fix);
        return oneLine(`${who ? `${who}: ` : ''}${problem}${fix ? ` Fix: ${fix}` : ''}`);
    }
    const message = e instanceof Error ? e.message : typeof e === 'string' ? e : safeString(e);
    return oneLine(`Unexpected error: ${message || (e instanceof Error ? e.name : 'unknown')}`);
}
function safeString(v) {
    try {
        return typeof v === 'object' && v !== null ? JSON.stringify(v) ?? String(v) : String(v);
    }
    catch {
        return Object.prototype.toString.call(v);
    }
}
/**
 * Process exit code for a thrown error: 2 for every error (usage, input, config, runtime or bug),
 * since 1 is reserved for "findings / gate closed" decided by an engine's result, not by a throw.
 */
function exitCodeFor(e) {
    void e;
    return 2;
}

// EXTERNAL MODULE: ./packages/core/src/report/summary.ts
var summary = __webpack_require__(8960);
;// CONCATENATED MODULE: ./packages/core/src/report/annotations.ts
const LEVELS = ['error', 'warning', 'notice'];
function annotations_oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
/**
 * Orders by level (errors, then warnings, then notices; input order within a level), strips newlines,
 * and over the cap keeps the first `perLevel - 1` of a level plus one annotation saying how many more exist.
 */
function capAnnotations(list, options = {}) {
    const cap = Math.max(1, Math.floor(options.perLevel ?? 10));
    const out = [];
    for (const level of LEVELS) {
        const items = list.filter((a) => a.level === level);
        const keep = items.length > cap ? cap - 1 : items.length;
        for (const a of items.slice(0, keep)) {
            const clean = { ...a, message: annotations_oneLine(a.message) };
            if (a.title !== undefined)
                clean.title = annotations_oneLine(a.title);
            out.push(clean);
        }
        if (items.length > cap) {
            const hidden = items.length - keep;
            out.push({
                level,
                title: 'More annotations',
                message: `${hidden} more ${level}s not shown; see the job summary / report file`,
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/report/sarif.ts
var sarif = __webpack_require__(389);
// EXTERNAL MODULE: ./packages/core/src/report/json.ts
var json = __webpack_require__(3092);
// EXTERNAL MODULE: ./packages/core/src/report/run.ts
var run = __webpack_require__(7929);
// EXTERNAL MODULE: ./packages/core/src/report/stable-json.ts
var stable_json = __webpack_require__(9620);
;// CONCATENATED MODULE: ./packages/core/src/report/index.ts












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

/***/ 8960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ SummaryBuilder),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
// Markdown for the job summary, built as text under a byte budget: GitHub rejects a step summary
// over 1 MiB, so whatever is added, toString() never exceeds maxBytes (UTF-8).
const encoder = new TextEncoder();
function bytes(s) {
    return encoder.encode(s).length;
}
/** Cuts `s` to at most `max` UTF-8 bytes without splitting a character. */
function cutToBytes(s, max) {
    if (bytes(s) <= max)
        return s;
    let out = '';
    let used = 0;
    for (const ch of s) {
        const b = bytes(ch);
        if (used + b > max)
            break;
        out += ch;
        used += b;
    }
    return out;
}
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text safe inside HTML (used for `<summary>`). */
function escapeHtml(text) {
    return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]);
}
/**
 * Text safe inside a GFM table cell: HTML is inert, `|` cannot split the cell, backticks cannot open
 * code spans, emphasis/link characters are literal, and newlines become `<br>`.
 */
function escapeCell(text) {
    return escapeHtml(text)
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(/([\\*_[\]~])/g, '\\$1')
        .replace(/\r\n|\r|\n/g, '<br>');
}
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
const DEFAULT_MORE = (n) => `…and ${n} more not shown (see the report file).`;
const TRUNCATED = '\n…summary truncated (see the report file).\n';
class SummaryBuilder {
    maxBytes;
    parts = [];
    used = 0;
    dropped = false;
    constructor(options = {}) {
        this.maxBytes = Math.max(0, Math.floor(options.maxBytes ?? 1024 * 1024 - 16 * 1024));
    }
    /** Bytes available to blocks, keeping room for the final truncation notice. */
    get budget() {
        return this.maxBytes - bytes(TRUNCATED) - this.used;
    }
    /** Appends a block if it fits whole; otherwise records that something was left out. */
    push(block) {
        const b = bytes(block);
        if (b > this.budget) {
            this.dropped = true;
            return false;
        }
        this.parts.push(block);
        this.used += b;
        return true;
    }
    /** Whether anything was left out so far. */
    get truncated() {
        return this.dropped;
    }
    heading(text, level = 2) {
        const l = Math.min(6, Math.max(1, Math.floor(level)));
        this.push(`${'#'.repeat(l)} ${oneLine(text)}\n\n`);
        return this;
    }
    /** A markdown paragraph; blank lines inside are collapsed so it stays one paragraph. */
    paragraph(text) {
        this.push(`${text.replace(/\n\s*\n/g, '\n').trim()}\n\n`);
        return this;
    }
    /** Markdown written as given (the caller vouches for it). Left out whole if it does not fit. */
    raw(markdown) {
        this.push(markdown.endsWith('\n') ? markdown : `${markdown}\n`);
        return this;
    }
    /** A collapsed `<details>` block; the body is markdown. */
    details(summary, body) {
        this.push(`<details><summary>${escapeHtml(oneLine(summary))}</summary>\n\n${body.trim()}\n\n</details>\n\n`);
        return this;
    }
    /**
     * A GFM table. Rows stop when `maxRows` or the byte budget runs out; then one line says how many
     * rows were left out. Cells are escaped; short rows are padded and long rows cut to the header width.
     */
    table(headers, rows, options = {}) {
        if (headers.length === 0)
            return this;
        const more = options.moreLabel ?? DEFAULT_MORE;
        const width = headers.length;
        const line = (cells) => `| ${Array.from({ length: width }, (_, i) => escapeCell(cells[i] ?? '')).join(' | ')} |\n`;
        const head = line(headers) + `|${' --- |'.repeat(width)}\n`;
        const limit = Math.max(0, Math.min(rows.length, options.maxRows ?? rows.length));
        // Room for the "more" line whatever the count turns out to be (the total count bounds its digits).
        const moreReserve = rows.length > 0 ? bytes(`\n${more(rows.length)}\n\n`) : 0;
        let body = '';
        let bodyBytes = 0;
        let shown = 0;
        const room = this.budget - bytes(head) - moreReserve - 1;
        for (; shown < limit; shown++) {
            const l = line(rows[shown]);
            const b = bytes(l);
            if (bodyBytes + b > room)
                break;
            body += l;
            bodyBytes += b;
        }
        const hidden = rows.length - shown;
        if (shown > 0 || rows.length === 0) {
            this.push(`${head}${body}\n`);
        }
        if (hidden > 0) {
            const note = `${oneLine(more(hidden))}\n\n`;
            this.push(note);
        }
        return this;
    }
    toString() {
        const text = this.parts.join('');
        if (!this.dropped)
            return text;
        const notice = cutToBytes(TRUNCATED, this.maxBytes - this.used);
        return text + notice;
    }
}


/***/ })

};
