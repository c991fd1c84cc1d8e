export const id = 415;
export const ids = [415,110];
export const modules = {

/***/ 4415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yp$: () => (/* reexport */ FileHistoryStore),
  dzK: () => (/* reexport */ errors/* InputError */.dz),
  BSv: () => (/* reexport */ errors/* ResourceError */.BS),
  qo1: () => (/* reexport */ cliTarget),
  llX: () => (/* reexport */ engineOptions),
  v9h: () => (/* reexport */ result_failingFindings),
  CXq: () => (/* reexport */ finishDiffRun),
  Itd: () => (/* reexport */ mergeSarif),
  eM1: () => (/* reexport */ parseHistorySetting),
  pFo: () => (/* reexport */ renderDashboard),
  pQn: () => (/* reexport */ renderDiffText),
  Cex: () => (/* reexport */ runDiffTelemetry),
  C8N: () => (/* reexport */ secretScan),
  aVm: () => (/* reexport */ secretScanJson),
  rTY: () => (/* reexport */ secretScanSarif),
  FlX: () => (/* reexport */ secretScanText),
  LuD: () => (/* reexport */ serializeJson),
  YO2: () => (/* reexport */ serializeSarif),
  B9O: () => (/* reexport */ writeBaseline),
  Zf6: () => (/* reexport */ writeFileAtomic)
});

// UNUSED EXPORTS: ACTION_DECLS, ALLOW_CONFIG_SHAPE, ARCHIVE_BOMB_RULE, ARCHIVE_LIMIT_RULE, ARTIFACT_RULES, BUILTIN_RULES, BULKHEAD_URI, BULKHEAD_VERSION, BYTE_UNITS, BulkheadError, CUSTOM_RULES_CONFIG_SHAPE, ConfigError, DASHBOARD_CHARTS, DASHBOARD_DECL, DEFAULT_ARTIFACT_LIMITS, DEFAULT_CONFIG_FILES, DEFAULT_DASHBOARD_RUNS, DEFAULT_EVENT_NAME, DEFAULT_EXCLUDED_CLASSES, DEFAULT_KEEP_RUNS, DEFAULT_KEEP_WEEKS, DEFAULT_LEAK_PATTERNS, DEFAULT_RISK_WEIGHTS, DEFAULT_RISK_WINDOW_MS, DEFAULT_TREND_RUNS, DIFF_REPORT_KIND, DIFF_REPORT_VERSION, DIFF_TELEMETRY_DECL, DURATION_UNITS, FILE_CLASSES, FINGERPRINT_KEY, GENERATED_GLOBS, GateError, GitError, HISTORY_VERSION, IGNORE_FILES, KeywordMatcher, LEAK_EVENT_KINDS, LEAK_PATTERN_RULE, LOCKFILE_NAMES, MINIFIED_LINE_LIMIT, OVERSIZE_ARTIFACT_RULE, R_MAX, SARIF_LEVEL, SARIF_SCHEMA, SECRET_REPORT_KIND, SECRET_REPORT_VERSION, SECRET_SCAN_CONFIG_SHAPES, SECURITY_SEVERITY, SEVERITIES, SummaryBuilder, UsageError, VENDORED_GLOBS, ZERO_SHA, addCounts, adjustedLeadTime, aggregateWeek, applyBaseline, applySuppression, artifactProblemFinding, base62, baselineFromFindings, buildConfigSchema, buildDiffReport, buildJsonReport, buildSarif, capAnnotations, checkBounds, checkShape, closest, commitShardOf, compactHistory, compareFindings, compileAllowList, compileCustomRules, compileRules, computeDiffMetrics, countBySeverity, crc32, customRule, decide, defaultValue, defaultWorkerUrl, describeTarget, detectionLatency, diffAnnotations, editDistance, emptyTotals, ensureCommits, escapeCell, escapeHtml, eventFromPayload, exitCodeFor, expandArtifactGlobs, findAlerts, fingerprint, formatBaseline, formatBytes, formatDuration, git, gitSucceeds, globProblem, hasCommit, hasDummyWord, headline, inShard, isArtifactProblem, isBinary, isCodeReference, isCoveredBySpecificRule, isDigest, isDocumentationHost, isDocumentedExample, isFalsePositive, isIdentifierSoup, isInDataUri, isInlineAllowed, isIntegrityLine, isLockfile, isMinifiedContext, isPathLike, isPlaceholder, isPlainWord, isPublicKeyMaterial, isPublishedDevCredential, isRepetitiveOrSequential, isSecretScanWorker, isShallow, isUserError, isUuid, isWordChain, isWorkerThreadOfScan, isoWeek, leadTime, leakPatternFindings, leakRisk, leakedFilesPerPipeline, listCommits, loadConfig, loadIgnoreFile, loadRuleSet, makeClassifier, measureDiff, mergedChangesPerWeek, metricsTableRows, oversizeFiles, parseBoolean, parseBytes, parseConfigText, parseDuration, parseEnum, parseExcludeClasses, parseGlobs, parseHistory, parseIgnoreFiles, parseInteger, parseLeakReport, parseList, parseOptions, parseRawVelocity, parseRiskWeights, parseShard, parseValue, pathToUri, placeholderUrlPassword, precisionFor, probeBacktracking, readArtifact, readBaseline, readLeakReports, recordProblem, recordRun, redact, renderDiffSummary, renderLineChart, renderMetrics, renderTrendChart, resolveTarget, revListArgs, revisionArgs, riskAdjustedVelocity, ruleById, rulesPerFamily, runGit, runLeakEvents, runSecretScanWorker, scanBuffer, scanFile, scanFiles, scanHistory, scanStaged, scanText, scrub, secretScanAnnotations, secretScanDecl, secretScanSummary, sectionsFromDecls, serializeHistory, setWorkerEntry, severityAtLeast, shannonEntropy, shapeSchema, shardOf, shipsChange, showValue, signedJwtHeader, sniffKind, splitGlobList, stableStringify, toHistoryRecord, userMessage, validGitHubToken, validNpmToken, velocityMetric, walkTree, withBase62Checksum, workerEntry, zeroCounts

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/options/parse.ts
var parse = __webpack_require__(9791);
// EXTERNAL MODULE: ./packages/core/src/options/bytes.ts
var bytes = __webpack_require__(7119);
// EXTERNAL MODULE: ./packages/core/src/options/duration.ts
var duration = __webpack_require__(2510);
// EXTERNAL MODULE: ./packages/core/src/options/globs.ts
var globs = __webpack_require__(4467);
// EXTERNAL MODULE: ./packages/core/src/options/value.ts
var value = __webpack_require__(6641);
// EXTERNAL MODULE: ./packages/core/src/options/parse-options.ts
var parse_options = __webpack_require__(8576);
;// CONCATENATED MODULE: ./packages/core/src/options/index.ts










// EXTERNAL MODULE: ./packages/core/src/report/messages.ts
var messages = __webpack_require__(2110);
;// CONCATENATED MODULE: ./packages/core/src/report/summary.ts
// Markdown for the job summary, built as text under a byte budget: GitHub rejects a step summary
// over 1 MiB, so whatever is added, toString() never exceeds maxBytes (UTF-8).
const encoder = new TextEncoder();
function summary_bytes(s) {
    return encoder.encode(s).length;
}
/** Cuts `s` to at most `max` UTF-8 bytes without splitting a character. */
function cutToBytes(s, max) {
    if (summary_bytes(s) <= max)
        return s;
    let out = '';
    let used = 0;
    for (const ch of s) {
        const b = summary_bytes(ch);
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
class summary_SummaryBuilder {
    maxBytes;
    parts = [];
    used = 0;
    dropped = false;
    constructor(options = {}) {
        this.maxBytes = Math.max(0, Math.floor(options.maxBytes ?? 1024 * 1024 - 16 * 1024));
    }
    /** Bytes available to blocks, keeping room for the final truncation notice. */
    get budget() {
        return this.maxBytes - summary_bytes(TRUNCATED) - this.used;
    }
    /** Appends a block if it fits whole; otherwise records that something was left out. */
    push(block) {
        const b = summary_bytes(block);
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
        const moreReserve = rows.length > 0 ? summary_bytes(`\n${more(rows.length)}\n\n`) : 0;
        let body = '';
        let bodyBytes = 0;
        let shown = 0;
        const room = this.budget - summary_bytes(head) - moreReserve - 1;
        for (; shown < limit; shown++) {
            const l = line(rows[shown]);
            const b = summary_bytes(l);
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

;// CONCATENATED MODULE: ./packages/core/src/report/stable-json.ts
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

;// CONCATENATED MODULE: ./packages/core/src/report/sarif.ts
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
                    artifactLocation: { uri: pathToUri(f.location.path), uriBaseId: 'SRCROOT' },
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
        throw new errors/* ResourceError */.BS({ input: 'sarif', problem: 'there are no SARIF runs to merge', fix: 'pass at least one SARIF file written by bulkhead' });
    }
    const first = runs[0];
    const names = new Set(runs.map((r) => r.tool.driver.name));
    if (names.size > 1) {
        throw new errors/* ResourceError */.BS({
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
    return stableStringify(log);
}

;// CONCATENATED MODULE: ./packages/core/src/report/json.ts
// The versioned envelope every JSON report file uses, so consumers can check kind and version first.

function buildJsonReport(input) {
    return {
        kind: input.kind,
        schemaVersion: input.schemaVersion,
        tool: { name: input.tool.name, version: input.tool.version },
        generatedAt: input.generatedAt,
        data: input.data,
    };
}
/** Stable key order, 2-space indent, newline at end. */
function serializeJson(value) {
    return stableStringify(value);
}

;// CONCATENATED MODULE: ./packages/core/src/report/index.ts









// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/redact/redact.ts
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
    return (0,external_node_crypto_.createHash)('sha256').update(`${ruleId}\0${secret}`, 'utf8').digest('hex');
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

;// CONCATENATED MODULE: ./packages/core/src/redact/index.ts


// EXTERNAL MODULE: ./packages/core/src/config/load.ts + 1 modules
var load = __webpack_require__(1223);
;// CONCATENATED MODULE: ./packages/core/src/config/schema.ts

const BYTES_PATTERN = '^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*(([kKmMgGtT][iI]?)?[bB])?\\s*$';
const DURATION_PATTERN = '^\\s*((\\d+(\\.\\d+)?|\\.\\d+)\\s*|((\\d+(\\.\\d+)?|\\.\\d+)\\s*([mM][sS]|[sSmMhHdDwW])\\s*)+)$';
function optionSchema(o) {
    const s = { description: o.description };
    switch (o.type) {
        case 'string':
            s.type = 'string';
            break;
        case 'boolean':
            s.type = 'boolean';
            break;
        case 'integer':
            s.type = 'integer';
            if (o.min !== undefined)
                s.minimum = o.min;
            if (o.max !== undefined)
                s.maximum = o.max;
            break;
        case 'enum':
            s.type = 'string';
            s.enum = [...(o.values ?? [])];
            break;
        case 'list':
        case 'globs':
            s.anyOf = [{ type: 'array', items: { type: 'string' } }, { type: 'string' }];
            break;
        case 'bytes':
            s.anyOf = [{ type: 'integer', minimum: 0 }, { type: 'string', pattern: BYTES_PATTERN }];
            break;
        case 'duration':
            s.anyOf = [{ type: 'number', minimum: 0 }, { type: 'string', pattern: DURATION_PATTERN }];
            break;
    }
    const d = defaultValue(o);
    if (d !== undefined)
        s.default = Array.isArray(d) ? [...d] : o.type === 'bytes' || o.type === 'duration' ? (o.default ?? null) : d;
    return s;
}
function shapeSchema(shape) {
    const s = shape.description ? { description: shape.description } : {};
    switch (shape.type) {
        case 'string':
            s.type = 'string';
            if (shape.enum)
                s.enum = [...shape.enum];
            break;
        case 'number':
            s.type = shape.integer ? 'integer' : 'number';
            if (shape.minimum !== undefined)
                s.minimum = shape.minimum;
            if (shape.maximum !== undefined)
                s.maximum = shape.maximum;
            break;
        case 'boolean':
            s.type = 'boolean';
            break;
        case 'array':
            s.type = 'array';
            s.items = shapeSchema(shape.items);
            break;
        case 'object': {
            s.type = 'object';
            const props = {};
            for (const [k, v] of Object.entries(shape.properties))
                props[k] = shapeSchema(v);
            s.properties = props;
            if (shape.required?.length)
                s.required = [...shape.required];
            s.additionalProperties = false;
            break;
        }
    }
    return s;
}
function buildConfigSchema(sections) {
    const props = {};
    for (const section of sections) {
        const keys = {};
        for (const o of section.options)
            keys[o.name] = optionSchema(o);
        for (const [k, shape] of Object.entries(section.extra ?? {}))
            keys[k] = shapeSchema(shape);
        props[section.action] = {
            description: `Settings for the ${section.action} action and \`bulkhead ${section.action}\`.`,
            type: ['object', 'null'],
            properties: keys,
            additionalProperties: false,
        };
    }
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: '.bulkhead.yml',
        description: 'Bulkhead configuration: one optional section per action. Generated by scripts/gen-schema.ts; do not edit.',
        type: ['object', 'null'],
        properties: props,
        additionalProperties: false,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/config/index.ts





// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/core/src/git/exec.ts
// Thin wrappers over the git CLI. Engines use local git (never the GitHub API: it refuses large diffs).


/** Run git and collect its output. Throws GitError (a user error) when git is missing or fails. */
function runGit(cwd, args, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, {
            cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => reject(new errors/* GitError */.XS({
            problem: e.code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git: ${e.message}`,
            fix: 'install git on the runner (it is preinstalled on GitHub-hosted runners)',
        })));
        child.on('close', (code) => {
            const result = { code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
            if (result.code !== 0 && !opts.allowFailure) {
                reject(new errors/* GitError */.XS({
                    problem: `git ${args[0]} failed in ${cwd}: ${firstLine(result.stderr) || `exit ${result.code}`}`,
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
/** git, stdout only. */
async function exec_git(cwd, args, opts = {}) {
    return (await runGit(cwd, args, opts)).stdout;
}
/** True when git exits 0. */
async function gitSucceeds(cwd, args) {
    return (await runGit(cwd, args, { allowFailure: true })).code === 0;
}
function firstLine(s) {
    return s.trim().split('\n')[0]?.replace(/^fatal:\s*/, '') ?? '';
}
const ZERO_SHA = /^0+$/;

;// CONCATENATED MODULE: ./packages/core/src/git/target.ts
// Turn the event (or CLI flags) plus the user's mode into what to scan / measure.


/** Events whose payload names exactly the new commits (base..head). */
const CHANGE_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group', 'push']);
function resolveTarget(event, inputs) {
    const { mode } = inputs;
    if (mode === 'tree')
        return { kind: 'tree' };
    const head = inputs.head || event.head || event.sha || 'HEAD';
    if (mode === 'history')
        return { kind: 'history', head: inputs.head || undefined };
    if (inputs.base)
        return rangeOrNone(inputs.base, head);
    if (CHANGE_EVENTS.has(event.eventName)) {
        const base = event.base && !ZERO_SHA.test(event.base) ? event.base : undefined;
        if (base)
            return rangeOrNone(base, head);
        // A new branch (push with a zero `before`): the commits not on the default branch.
        const exclude = event.defaultBranch ? [`refs/remotes/origin/${event.defaultBranch}`] : [];
        return { kind: 'new-branch', head, exclude };
    }
    if (mode === 'changes') {
        throw new errors/* InputError */.dz({
            input: 'mode',
            problem: `'changes' needs a commit range, but the '${event.eventName}' event has none`,
            fix: "set the 'base' input (and optionally 'head'), or use mode 'tree' or 'history' for this event",
        });
    }
    return { kind: 'tree' };
}
function rangeOrNone(base, head) {
    if (base === head)
        return { kind: 'none', reason: `base and head are the same commit (${base.slice(0, 12)}): nothing new to check` };
    return { kind: 'range', base, head };
}

;// CONCATENATED MODULE: ./packages/core/src/git/availability.ts
// Make sure the commits a target needs are in the clone: fetch / deepen shallow clones when a remote
// can provide them, otherwise fail with the fetch-depth to set. Never let a short clone pass silently.


async function isShallow(cwd) {
    return (await exec_git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}
async function hasCommit(cwd, rev) {
    return gitSucceeds(cwd, ['cat-file', '-e', `${rev}^{commit}`]);
}
async function hasRemote(cwd, remote) {
    return gitSucceeds(cwd, ['remote', 'get-url', remote]);
}
async function tryFetch(cwd, args, log) {
    log?.(`git fetch ${args.join(' ')}`);
    const r = await runGit(cwd, ['fetch', '--no-tags', '--quiet', ...args], { allowFailure: true });
    return r.code === 0;
}
function depthError(what, fix) {
    return new errors/* GitError */.XS({ problem: `${what} are not in this clone (it is shallow or missing refs)`, fix });
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
            await deepenUntil(cwd, () => gitSucceeds(cwd, ['merge-base', target.base, target.head]), canFetch, remote, opts, `the history between ${target.base.slice(0, 12)} and ${target.head.slice(0, 12)}`);
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
            await deepenUntil(cwd, () => gitSucceeds(cwd, ['merge-base', target.head, ...excl.slice(0, 1)]), canFetch, remote, opts, 'the history of this branch back to the default branch');
            return { kind: 'new-branch', head: target.head, exclude };
        }
    }
}
async function defaultExcludes(cwd, remote) {
    const r = await runGit(cwd, ['symbolic-ref', '-q', `refs/remotes/${remote}/HEAD`], { allowFailure: true });
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
        throw new errors/* GitError */.XS({ problem: `${what} has no common ancestor in this repository`, fix: 'check that base and head belong to the same repository' });
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

;// CONCATENATED MODULE: ./packages/core/src/git/index.ts






// EXTERNAL MODULE: ./packages/core/src/secrets/decl.ts
var decl = __webpack_require__(5519);
// EXTERNAL MODULE: ./packages/core/src/secrets/rules/index.ts + 12 modules
var rules = __webpack_require__(6921);
// EXTERNAL MODULE: ./packages/core/src/secrets/checksum.ts
var checksum = __webpack_require__(3408);
// EXTERNAL MODULE: ./packages/core/src/secrets/filters.ts
var filters = __webpack_require__(3680);
// EXTERNAL MODULE: ./packages/core/src/secrets/scanner/compile.ts + 1 modules
var compile = __webpack_require__(294);
// EXTERNAL MODULE: ./packages/core/src/secrets/scanner/match.ts + 2 modules
var match = __webpack_require__(4105);
// EXTERNAL MODULE: ./packages/core/src/secrets/scanner/buffer.ts
var buffer = __webpack_require__(4454);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/shard.ts
// Deterministic sharding: a key belongs to shard i of n (1-based) when uint32(first 4 bytes of sha1(key)) mod n == i-1.

function shardOf(key, count) {
    return ((0,external_node_crypto_.createHash)('sha1').update(key).digest().readUInt32BE(0) % count) + 1;
}
/** Commits shard on their SHA's own first 4 bytes (already uniformly distributed). */
function commitShardOf(sha, count) {
    return (parseInt(sha.slice(0, 8), 16) % count) + 1;
}
function inShard(key, shard) {
    return !shard || shard.count <= 1 || shardOf(key, shard.count) === shard.index;
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/tree.ts
// Files under a root: regular files only (FIFOs, sockets and devices are never opened), `.git/` left out,
// symlinks followed only while their real path stays inside the root, with loop detection on the chain
// of real directories. Problems become notes in `skipped`, never errors.





function walkTree(root, opts = {}) {
    const skipped = [];
    const notes = [];
    const excluded = opts.exclude && opts.exclude.length > 0 ? picomatch_default()([...opts.exclude], { dot: true }) : () => false;
    return {
        skipped,
        notes,
        async *[Symbol.asyncIterator]() {
            const rootReal = (0,external_node_fs_.realpathSync)(root);
            const ctx = { rootReal, skipped, excluded, shard: opts.shard };
            if (opts.honourGitignore) {
                if (await isWorkTreeRoot(rootReal)) {
                    yield* listGitFiles(ctx);
                    return;
                }
                notes.push('not a git work tree: .gitignore is not applied, every file is scanned');
            }
            yield* walkDir(ctx, '', rootReal, [rootReal]);
        },
    };
}
function inside(rootReal, p) {
    return p === rootReal || p.startsWith(rootReal.endsWith(external_node_path_.sep) ? rootReal : rootReal + external_node_path_.sep);
}
// Sync fs calls on purpose: a walk is tens of thousands of tiny calls, and the promise API's thread-pool
// round trip made it ~10x slower than the scan itself (8.6 s vs 0.8 s for 29k files on a busy 2-core box).
// Each directory is read in one go; the generator yields between files so workers keep getting batches.
async function* walkDir(ctx, rel, real, chain) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(real, { withFileTypes: true });
    }
    catch (e) {
        ctx.skipped.push({ path: rel || '.', reason: `directory not readable (${e.code ?? 'error'})` });
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const d of entries) {
        const name = d.name;
        if (name === '.git')
            continue;
        const childRel = rel ? `${rel}/${name}` : name;
        if (ctx.excluded(childRel))
            continue;
        const childAbs = (0,external_node_path_.join)(real, name);
        if (d.isDirectory()) {
            yield* walkDir(ctx, childRel, childAbs, [...chain, childAbs]);
        }
        else if (d.isFile()) {
            const f = fileEntry(ctx, childRel, childAbs);
            if (f)
                yield f;
        }
        else if (d.isSymbolicLink()) {
            yield* followLink(ctx, childRel, childAbs, chain);
        }
        else {
            ctx.skipped.push({ path: childRel, reason: 'not a regular file (FIFO, socket or device): not opened' });
        }
    }
}
function fileEntry(ctx, rel, abs) {
    if (!inShard(rel, ctx.shard))
        return undefined;
    try {
        const st = (0,external_node_fs_.lstatSync)(abs);
        if (!st.isFile()) {
            ctx.skipped.push({ path: rel, reason: 'not a regular file (FIFO, socket or device): not opened' });
            return undefined;
        }
        return { path: rel, absPath: abs, size: st.size };
    }
    catch (e) {
        ctx.skipped.push({ path: rel, reason: `not readable (${e.code ?? 'error'})` });
        return undefined;
    }
}
async function* followLink(ctx, rel, abs, chain) {
    let target;
    try {
        target = (0,external_node_fs_.realpathSync)(abs);
    }
    catch (e) {
        const code = e.code;
        ctx.skipped.push({ path: rel, reason: code === 'ELOOP' ? 'symlink loop' : `dangling symlink (${code ?? 'error'})` });
        return;
    }
    if (!inside(ctx.rootReal, target)) {
        ctx.skipped.push({ path: rel, reason: 'symlink points outside the scanned root: not followed' });
        return;
    }
    let st;
    try {
        st = (0,external_node_fs_.statSync)(target);
    }
    catch (e) {
        ctx.skipped.push({ path: rel, reason: `not readable (${e.code ?? 'error'})` });
        return;
    }
    if (st.isDirectory()) {
        if (chain.includes(target)) {
            ctx.skipped.push({ path: rel, reason: 'symlink loop: points to a directory that contains it' });
            return;
        }
        if (target.split(external_node_path_.sep).includes('.git'))
            return;
        yield* walkDir(ctx, rel, target, [...chain, target]);
    }
    else if (st.isFile()) {
        if (inShard(rel, ctx.shard))
            yield { path: rel, absPath: target, size: st.size };
    }
    else {
        ctx.skipped.push({ path: rel, reason: 'symlink to something that is not a regular file: not opened' });
    }
}
async function isWorkTreeRoot(dir) {
    const out = await gitOutput(dir, ['rev-parse', '--is-inside-work-tree']).catch(() => '');
    return out.trim() === 'true';
}
async function* listGitFiles(ctx) {
    const seen = new Set();
    const list = await gitOutput(ctx.rootReal, ['-c', 'core.quotePath=false', 'ls-files', '-co', '--exclude-standard', '-z']);
    for (const rel of list.split('\0')) {
        if (!rel || seen.has(rel))
            continue;
        seen.add(rel);
        if (ctx.excluded(rel) || rel.split('/').includes('.git'))
            continue;
        const abs = (0,external_node_path_.join)(ctx.rootReal, rel);
        let st;
        try {
            st = (0,external_node_fs_.lstatSync)(abs);
        }
        catch {
            continue; // tracked but deleted on disk: nothing to scan
        }
        if (st.isSymbolicLink())
            yield* followLink(ctx, rel, abs, [ctx.rootReal]);
        else if (st.isFile()) {
            if (inShard(rel, ctx.shard))
                yield { path: rel, absPath: abs, size: st.size };
        }
        else if (!st.isDirectory())
            ctx.skipped.push({ path: rel, reason: 'not a regular file (FIFO, socket or device): not opened' });
        // a directory here is a submodule (gitlink): its own repository, not scanned from the parent
    }
}
function gitOutput(cwd, args) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
        const out = [];
        child.stdout.on('data', (b) => out.push(b));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`git ${args[0]} exit ${code}`))));
    });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/secrets/scanner/worker-entry.ts
var worker_entry = __webpack_require__(4683);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./packages/core/src/secrets/scanner/ruleset.ts
var ruleset = __webpack_require__(9676);
// EXTERNAL MODULE: ./packages/core/src/secrets/scanner/worker.ts
var worker = __webpack_require__(2650);
;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/workers.ts
// Scan many files on a pool of worker threads (one per core), or inline for small jobs.
// Files are read inside the workers; only paths go in and RawMatch[] come back.







const BATCH_BYTES = 256 * 1024;
const BATCH_FILES = 64;
async function scanFiles(input, opts) {
    const threads = Math.max(0, opts.threads ?? Math.max(1, (0,external_node_os_.availableParallelism)()));
    const inlineBelow = opts.inlineBelowBytes ?? 4 * 1024 * 1024;
    const result = { files: [], skipped: [], filesScanned: 0, bytesScanned: 0, threads: 0 };
    const collect = (path, r) => {
        if (r.skipped)
            result.skipped.push({ path, reason: r.skipped });
        else
            result.filesScanned++;
        result.bytesScanned += r.bytes;
        if (r.matches.length > 0)
            result.files.push({ path, matches: r.matches });
    };
    // Files are held back until they add up to `inlineBelow`; past that a pool starts and takes batches
    // while the walk goes on, so walking and scanning overlap.
    let held = [];
    let heldBytes = 0;
    let pool;
    let batch = [];
    let batchBytes = 0;
    let nextId = 0;
    const flushBatch = () => {
        if (batch.length > 0)
            pool.submit({ id: nextId++, files: batch });
        batch = [];
        batchBytes = 0;
    };
    const toPool = (f) => {
        batch.push({ path: f.path, absPath: f.absPath });
        batchBytes += f.size;
        if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_FILES)
            flushBatch();
    };
    try {
        for await (const f of input) {
            if (pool) {
                toPool(f);
                continue;
            }
            held.push(f);
            heldBytes += f.size;
            if (threads > 0 && heldBytes >= inlineBelow && held.length > 1) {
                pool = new Pool(threads, opts, collect);
                for (const h of held)
                    toPool(h);
                held = [];
            }
        }
        if (pool) {
            flushBatch();
            await pool.drain();
            result.threads = threads;
        }
        else {
            const { rules, isFalsePositive } = await (0,ruleset/* loadRuleSet */.Z)(opts.rules);
            const cr = (0,compile/* compileRules */.nb)(rules);
            for (const f of held)
                collect(f.path, (0,buffer/* scanFile */.WN)(f.absPath, f.path, cr, { isFalsePositive, binary: opts.binary, chunkBytes: opts.chunkBytes }));
        }
    }
    finally {
        await pool?.close();
    }
    result.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    result.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return result;
}
/** Worker threads fed from a queue; each keeps two jobs in flight so it never idles between messages. */
class Pool {
    workers = [];
    inFlight = new Map();
    queue = [];
    pending = 0;
    error;
    waiter;
    onResult;
    constructor(threads, opts, onResult) {
        this.onResult = onResult;
        const init = { [worker.WORKER_MARK]: true, spec: opts.rules, binary: opts.binary, chunkBytes: opts.chunkBytes };
        const url = opts.workerUrl ?? defaultWorkerUrl();
        for (let i = 0; i < threads; i++) {
            const w = new external_node_worker_threads_.Worker(url, { workerData: init });
            this.workers.push(w);
            this.inFlight.set(w, 0);
            w.on('message', (reply) => {
                for (const r of reply.results)
                    this.onResult(r.path, r);
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
    pump() {
        for (const w of this.workers) {
            while (this.queue.length > 0 && this.inFlight.get(w) < 2) {
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
/** From sources this module is a `.ts` file next to worker-main.ts; in a bundle it is the bundle itself. */
function defaultWorkerUrl() {
    const registered = (0,worker_entry/* workerEntry */.xA)();
    if (registered)
        return registered;
    const here = import.meta.url;
    const entry = /\.ts$/.test(new URL(here).pathname) ? ['worker-main', 'ts'].join('.') : '';
    return entry ? new URL(entry, here) : new URL(here);
}

// EXTERNAL MODULE: ./packages/core/src/secrets/scanner/custom.ts
var custom = __webpack_require__(3003);
;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/diffparse.ts
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

;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/history.ts
// Secrets in git history: stream `git log -p -U0` for the target's commits, scan the ADDED lines of each
// (commit, file) as one text with a line map, report each secret once, at the oldest commit that added it.







const LOG_ARGS = ['-c', 'core.quotePath=false', 'log', '-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=AM', '--no-renames', COMMIT_FORMAT];
/** Revision arguments for a history target (`git log` syntax). */
function revisionArgs(target) {
    switch (target.kind) {
        case 'history':
            return [target.head ?? 'HEAD'];
        case 'range':
            return [`${target.base}..${target.head}`];
        case 'new-branch':
            return [target.head, '--not', ...target.exclude];
        case 'none':
            return undefined;
        default:
            throw new Error(`scanHistory: target kind ${target.kind} is not a commit range`);
    }
}
async function scanHistory(repoDir, target, rules, opts = {}) {
    const revs = revisionArgs(target);
    if (!revs)
        return { matches: [], commitsScanned: 0, binaryFilesSkipped: 0 };
    const cr = 'matcher' in rules ? rules : (0,compile/* compileRules */.nb)(rules);
    const found = new Map();
    const lastCommit = new Map();
    const parser = new AddedLinesParser((f) => {
        for (const m of scanAdded(f, cr, opts)) {
            const commit = f.commit;
            const fp = fingerprint(m.ruleId, m.secret);
            const prev = found.get(fp);
            const seenHere = lastCommit.get(fp) === commit.sha;
            lastCommit.set(fp, commit.sha);
            if (prev && seenHere)
                continue; // same secret again in the same commit: keep the first place
            // git log lists newest first, so a later sighting is an older commit: it becomes the reported one.
            found.set(fp, { ...m, path: f.path, commit: commit.sha, commitDate: commit.date, author: commit.author, fingerprint: fp, commits: (prev?.commits ?? 0) + 1 });
        }
    });
    let args = [...LOG_ARGS, ...revs, '--'];
    let stdin;
    if (opts.shard && opts.shard.count > 1) {
        const shard = opts.shard;
        const all = await gitCollect(repoDir, ['rev-list', ...revs, '--']);
        const mine = all.split('\n').filter((s) => s && commitShardOf(s, shard.count) === shard.index);
        if (mine.length === 0)
            return { matches: [], commitsScanned: 0, binaryFilesSkipped: 0 };
        args = [...LOG_ARGS, '--no-walk=unsorted', '--stdin', '--'];
        stdin = mine.join('\n') + '\n';
    }
    await gitStream(repoDir, args, stdin, (s) => parser.write(s));
    parser.end();
    const matches = [...found.values()].sort((a, b) => (a.commitDate < b.commitDate ? -1 : a.commitDate > b.commitDate ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
    return { matches, commitsScanned: parser.commits, binaryFilesSkipped: parser.binaryFiles };
}
/** Scan one file's added lines as a single text; map text lines back to new-file line numbers. */
function scanAdded(f, cr, opts) {
    const text = f.lines.join('\n');
    const out = (0,match/* scanText */.F)(text, f.path, cr, opts);
    for (const m of out) {
        m.line = f.lineNumbers[m.line - 1];
        m.endLine = f.lineNumbers[m.endLine - 1];
    }
    return out;
}
/** Run git, hand stdout to `onText` as it arrives (never the whole output in memory). */
function gitStream(cwd, args, stdin, onText) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd, stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
        let err = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (s) => {
            try {
                onText(s);
            }
            catch (e) {
                child.kill();
                reject(e);
            }
        });
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (s) => {
            if (err.length < 4096)
                err += s;
        });
        child.on('error', (e) => reject(new errors/* GitError */.XS({ problem: e.code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git: ${e.message}`, fix: 'install git' })));
        child.on('close', (code) => {
            if (code === 0)
                resolve();
            else
                reject(new errors/* GitError */.XS({
                    problem: `git ${args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? ''} failed in ${cwd}: ${err.trim().split('\n')[0]?.replace(/^fatal:\s*/, '') || `exit ${code}`}`,
                    fix: 'check that the refs exist; in a shallow clone fetch the history first (actions/checkout with fetch-depth: 0)',
                }));
        });
        if (stdin !== undefined) {
            child.stdin.on('error', () => { });
            child.stdin.end(stdin);
        }
    });
}
async function gitCollect(cwd, args) {
    let out = '';
    await gitStream(cwd, args, undefined, (s) => (out += s));
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/staged.ts



async function scanStaged(repoDir, rules, opts = {}) {
    const cr = 'matcher' in rules ? rules : (0,compile/* compileRules */.nb)(rules);
    const out = [];
    const parser = new AddedLinesParser((f) => {
        for (const m of scanAdded(f, cr, opts))
            out.push({ ...m, path: f.path });
    });
    const args = ['-c', 'core.quotePath=false', 'diff', '--cached', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=AM', '--no-renames', '--'];
    await gitStream(repoDir, args, undefined, (s) => parser.write(s));
    parser.end();
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/index.ts
// Public surface of the secret-scan engine core.














;// CONCATENATED MODULE: ./packages/core/src/secrets/result.ts

const RANK = { low: 0, medium: 1, high: 2, critical: 3 };
function severityAtLeast(s, threshold) {
    return RANK[s] >= RANK[threshold];
}
/** Findings at or above `fail-on`. */
function result_failingFindings(findings, failOn) {
    if (failOn === 'none')
        return [];
    return findings.filter((f) => severityAtLeast(f.severity, failOn));
}
function compareFindings(a, b) {
    return (RANK[b.severity] - RANK[a.severity] ||
        a.location.path.localeCompare(b.location.path) ||
        (a.location.line ?? 0) - (b.location.line ?? 0) ||
        (a.location.column ?? 0) - (b.location.column ?? 0) ||
        a.ruleId.localeCompare(b.ruleId));
}
function result_countBySeverity(findings) {
    const out = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
    for (const f of findings)
        out[f.severity]++;
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/version.ts
// One version for every action, the CLI and report envelopes (kept in step with package.json by a test).
const BULKHEAD_VERSION = '0.1.0';
const BULKHEAD_URI = 'https://github.com/bulkhead-dev/bulkhead';

;// CONCATENATED MODULE: ./packages/core/src/secrets/report.ts







const SECRET_REPORT_KIND = 'bulkhead.secret-scan';
const SECRET_REPORT_VERSION = '1.0';
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
function where(f) {
    const l = f.location;
    return `${l.path}${l.line ? `:${l.line}` : ''}${l.column ? `:${l.column}` : ''}`;
}
function headline(result, failOn) {
    const n = result.findings.length;
    const failing = result_failingFindings(result.findings, failOn).length;
    const sup = result.suppressed;
    const suppressed = sup.inline + sup.ignored + sup.baselined + sup.allowed;
    const what = `Scanned ${describeTarget(result.target)}: ${result.stats.files} files, ${result.stats.commits} commits, ${result.stats.archives} archives`;
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
        .filter((f) => !f.location.path.includes('!/')) // archive entries have no line in the repo to annotate
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
        list.push({ level: 'warning', message: `${orphans} findings inside build artifacts: see the job summary or report file.` });
    return capAnnotations(list);
}
function secretScanSarif(result) {
    return buildSarif({ toolVersion: BULKHEAD_VERSION, informationUri: BULKHEAD_URI, rules: result.rules, findings: result.findings });
}
function secretScanJson(result, failOn, generatedAt) {
    return buildJsonReport({
        kind: SECRET_REPORT_KIND,
        schemaVersion: SECRET_REPORT_VERSION,
        tool: { name: 'bulkhead', version: BULKHEAD_VERSION },
        generatedAt,
        data: {
            target: describeTarget(result.target),
            findings: result.findings,
            suppressed: result.suppressed,
            stats: result.stats,
            skipped: result.skipped,
            failOn,
            failing: result_failingFindings(result.findings, failOn).length,
        },
    });
}
function secretScanText(result, failOn) {
    const lines = result.findings.map((f) => `${f.severity.toUpperCase().padEnd(8)} ${f.ruleId}  ${where(f)}${f.location.commit ? `  @${f.location.commit.slice(0, 12)}` : ''}  ${f.redacted ?? ''}`);
    return [...lines, headline(result, failOn)].join('\n') + '\n';
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/artifacts/types.ts
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
    const budget = new Budget({ ...DEFAULT_ARTIFACT_LIMITS, ...limits });
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

;// CONCATENATED MODULE: ./packages/core/src/secrets/artifacts/globs.ts
// Resolve `artifacts` globs to files under the scanned root.



/**
 * Regular files under `root` matched by any of `globs`, as sorted, deduplicated `/`-separated paths
 * relative to `root`. Globs may not be absolute or climb out with `..`; a symlink counts only when it
 * resolves to a regular file inside `root`, so a link can't pull a host's files into a report.
 */
async function expandArtifactGlobs(root, globs) {
    const absRoot = (0,external_node_path_.resolve)(root);
    const realRoot = await (0,promises_.realpath)(absRoot);
    const found = new Set();
    for (const [i, g] of globs.entries()) {
        const pattern = g.trim().replace(/\\/g, '/');
        if (pattern === '')
            continue;
        if ((0,external_node_path_.isAbsolute)(pattern) || /^[a-zA-Z]:/.test(pattern) || pattern.split('/').includes('..')) {
            throw new errors/* InputError */.dz({
                input: 'artifacts',
                problem: `glob ${i + 1} (${JSON.stringify(pattern)}) points outside the scanned path`,
                fix: 'write artifact globs relative to `path`, without `..` or a leading `/`',
            });
        }
        for await (const rel of (0,promises_.glob)(pattern, { cwd: absRoot })) {
            const posix = rel.split(external_node_path_.sep).join('/');
            if (posix.split('/').includes('.git') || found.has(posix))
                continue;
            if (await isRegularInside((0,external_node_path_.resolve)(absRoot, rel), realRoot))
                found.add(posix);
        }
    }
    return [...found].sort();
}
async function isRegularInside(abs, realRoot) {
    try {
        const l = await (0,promises_.lstat)(abs);
        if (l.isFile())
            return true;
        if (!l.isSymbolicLink())
            return false;
        const target = await (0,promises_.realpath)(abs);
        const rel = (0,external_node_path_.relative)(realRoot, target);
        if (rel === '' || rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel))
            return false;
        return (await (0,promises_.stat)(target)).isFile();
    }
    catch {
        return false; // dangling link, loop, or vanished file: nothing to scan
    }
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/artifacts/rules.ts
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

;// CONCATENATED MODULE: ./packages/core/src/secrets/artifacts/findings.ts
// Findings for artifacts that are a problem in themselves: leak-pattern names, oversize files,
// archives that could not be fully read. Their fingerprint stands on the path (there is no secret).





const DEFAULT_LEAK_PATTERNS = ['*.leak'];
/**
 * Files (or archive entries, `a.zip!/dir/x.leak`) whose name matches a leak pattern. A pattern is
 * tried on the basename, on the whole path and on the path inside the innermost archive, so
 * `*.leak`, `config/*.pem` and `**\/id_rsa` all do what they say. Absolute paths are made relative to `root`.
 */
function leakPatternFindings(root, paths, patterns = DEFAULT_LEAK_PATTERNS) {
    const matchers = patterns.filter((p) => p.trim() !== '').map((p) => ({ pattern: p, test: picomatch_default()(p, { dot: true }) }));
    const out = [];
    for (const raw of paths) {
        const path = toRelative(root, raw);
        const inner = path.includes('!/') ? path.slice(path.lastIndexOf('!/') + 2) : path;
        const hit = matchers.find((m) => m.test(lastSegment(path)) || m.test(path) || m.test(inner));
        if (!hit)
            continue;
        out.push({
            ruleId: LEAK_PATTERN_RULE.id,
            severity: LEAK_PATTERN_RULE.severity,
            message: `File matches leak pattern ${JSON.stringify(hit.pattern)} and must not be shipped.`,
            location: { path },
            fingerprint: fingerprint(LEAK_PATTERN_RULE.id, path),
            confidence: 1,
            properties: { pattern: hit.pattern },
        });
    }
    return out;
}
/** Artifacts over `maxBytes` (the `max-artifact-size` input). */
function oversizeFiles(files, maxBytes) {
    return files
        .filter((f) => f.size > maxBytes)
        .map((f) => ({
        ruleId: OVERSIZE_ARTIFACT_RULE.id,
        severity: OVERSIZE_ARTIFACT_RULE.severity,
        message: `Artifact is ${f.size} bytes, over max-artifact-size (${maxBytes} bytes).`,
        location: { path: f.path },
        fingerprint: fingerprint(OVERSIZE_ARTIFACT_RULE.id, f.path),
        confidence: 1,
        properties: { size: f.size, maxBytes },
    }));
}
/** The finding for a problem entry from readArtifact: `archive-bomb` for bombs, `archive-limit` otherwise. */
function artifactProblemFinding(entry) {
    const rule = entry.problem === 'bomb' ? ARCHIVE_BOMB_RULE : ARCHIVE_LIMIT_RULE;
    return {
        ruleId: rule.id,
        severity: rule.severity,
        message: `Archive not fully scanned (${entry.problem}): ${entry.detail}.`,
        location: { path: entry.path },
        fingerprint: fingerprint(rule.id, `${entry.problem}\0${entry.path}`),
        confidence: 1,
        properties: { problem: entry.problem },
    };
}
function toRelative(root, p) {
    const rel = (0,external_node_path_.isAbsolute)(p) ? (0,external_node_path_.relative)(root, p) : p;
    return rel.replace(/\\/g, '/').replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/artifacts/index.ts







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

;// CONCATENATED MODULE: ./packages/core/src/secrets/suppress/baseline.ts
// Baseline files: findings accepted at some point, so only new ones fail the build.
//
// Entries are keyed by fingerprint = SHA-256(rule id NUL secret) — no line number and no path —
// so editing lines above a secret never churns the file, and a secret that moves to another file
// stays baselined (the `path` stored is where it was first seen, for humans).




const FIX_CREATE = 'create one with `bulkhead secret-scan --write-baseline FILE`';
const FIX_REWRITE = 'regenerate it with `bulkhead secret-scan --write-baseline FILE`';
const baseline_FP = /^[0-9a-f]{64}$/;
/** Reads and validates a baseline; a missing or malformed file is a ConfigError naming the `baseline` input. */
async function readBaseline(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new errors/* ConfigError */.xL({
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
        throw new errors/* ConfigError */.xL({ input: 'baseline', problem: `${file} is not valid JSON (${err.message})`, fix: FIX_REWRITE });
    }
    return validate(data, file);
}
function validate(data, file) {
    const bad = (problem) => new errors/* ConfigError */.xL({ input: 'baseline', problem: `${file}: ${problem}`, fix: FIX_REWRITE });
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
        if (typeof e.fingerprint !== 'string' || !baseline_FP.test(e.fingerprint))
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
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), `.${(0,external_node_path_.basename)(file)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    const fh = await (0,promises_.open)(tmp, 'wx', 0o644);
    try {
        try {
            await fh.writeFile(formatBaseline(baseline), 'utf8');
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,promises_.rename)(tmp, file);
    }
    catch (err) {
        await (0,promises_.unlink)(tmp).catch(() => { });
        throw err;
    }
    await syncDir((0,external_node_path_.dirname)(file));
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
// Makes the rename itself durable; not every filesystem allows fsync on a directory.
async function syncDir(dir) {
    try {
        const fh = await (0,promises_.open)(dir, 'r');
        try {
            await fh.sync();
        }
        finally {
            await fh.close();
        }
    }
    catch {
        // best effort
    }
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

;// CONCATENATED MODULE: ./packages/core/src/secrets/suppress/allow.ts
// `.bulkhead.yml` → `secret-scan: allow: { paths, rules, fingerprints }`.


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
    const matchers = paths.map((p) => picomatch_default()(p.replace(/^\.\//, ''), { dot: true, basename: !p.includes('/') }));
    const allowsPath = (path) => {
        const p = path.replace(/\\/g, '/');
        return matchers.some((m) => m(p));
    };
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

// EXTERNAL MODULE: ./packages/core/src/report/types.ts
var types = __webpack_require__(3773);
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
            name: custom_rules_pascal(id),
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
function custom_rules_pascal(id) {
    return id
        .split(/[-._]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}

// EXTERNAL MODULE: ./packages/core/src/secrets/suppress/shapes.ts
var shapes = __webpack_require__(8309);
;// CONCATENATED MODULE: ./packages/core/src/secrets/suppress/index.ts
// secret-scan suppression: inline markers, ignore files, baselines, allow-lists and custom rules.








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
    const builtinIds = rules/* BUILTIN_RULES */.Yb.map((r) => r.id);
    // Validate (errors name secret-scan.rules[i].x); the engine rebuilds them from the same data in each worker.
    compileCustomRules(i.extra.rules, { reservedIds: builtinIds });
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
        suppression: { allow: compileAllowList(i.extra.allow), baseline: abs(o.baseline) },
        log: i.log,
    };
}

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
        const r = applyBaseline(kept, await readBaseline(input.baseline));
        kept = r.new;
        baselined = r.baselined;
        suppressed.baselined = baselined.length;
    }
    return { kept, baselined, suppressed };
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/scan.ts
// secret-scan's orchestrator: target -> matches (tree / history / staged / artifacts) -> findings
// -> suppression -> sorted result. Pure engine: everything it needs arrives in SecretScanOptions.


















async function secretScan(opts) {
    const started = Date.now();
    const notes = [];
    const log = (m) => {
        notes.push(m);
        opts.log?.(m);
    };
    const spec = { ...(opts.ruleSet ?? {}), custom: [...(opts.ruleSet?.custom ?? []), ...(opts.customRules ?? [])] };
    const { rules, isFalsePositive } = await (0,ruleset/* loadRuleSet */.Z)(spec);
    const byId = new Map(rules.map((r) => [r.id, r]));
    const target = await ensureCommits(opts.root, opts.target, { fetch: opts.fetch, commitCount: opts.commitCount, log });
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
            const walk = walkTree(opts.root, { honourGitignore: opts.gitignore, exclude: opts.exclude, shard: opts.shard });
            const files = [];
            for await (const f of walk)
                files.push(f);
            skipped.push(...walk.skipped);
            extra.push(...leakPatternFindings(opts.root, files.map((f) => f.path), opts.leakPatterns));
            const r = await scanFiles(files, { rules: spec, threads: opts.threads });
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
            const r = await scanHistory(opts.root, target, rules, { isFalsePositive, shard: opts.shard });
            matches.push(...r.matches);
            stats.commits = r.commitsScanned;
            break;
        }
        case 'staged': {
            matches.push(...(await scanStaged(opts.root, rules, { isFalsePositive })));
            break;
        }
        case 'none':
            log(target.reason);
            break;
    }
    if (opts.artifacts?.length) {
        const cr = (0,compile/* compileRules */.nb)(rules);
        const paths = await expandArtifactGlobs(opts.root, opts.artifacts);
        if (paths.length === 0)
            log(`No artifact matched ${opts.artifacts.join(', ')}.`);
        const sized = [];
        const entryNames = [];
        for (const path of paths) {
            const abs = (0,external_node_path_.join)(opts.root, path);
            sized.push({ path, size: (await (0,promises_.stat)(abs)).size });
            stats.archives++;
            for await (const entry of readArtifact(abs, path, opts.artifactLimits)) {
                if (isProblem(entry)) {
                    extra.push(artifactProblemFinding(entry));
                    continue;
                }
                entryNames.push(entry.path);
                stats.files++;
                stats.bytes += entry.data.length;
                for (const m of (0,buffer/* scanBuffer */.q5)(entry.data, entry.path, cr, { isFalsePositive }))
                    matches.push({ ...m, path: entry.path });
            }
        }
        if (opts.maxArtifactSize !== undefined)
            extra.push(...oversizeFiles(sized, opts.maxArtifactSize));
        extra.push(...leakPatternFindings(opts.root, entryNames, opts.leakPatterns));
    }
    const secretValues = new Set();
    const found = [];
    for (const m of matches) {
        const rule = byId.get(m.ruleId);
        if (!rule)
            continue;
        secretValues.add(m.secret);
        found.push({ finding: toFinding(rule, m), lineText: m.lineText });
    }
    for (const f of dedupe(extra))
        found.push({ finding: f, lineText: '' });
    const { kept, baselined, suppressed } = await applySuppression(opts.root, found, opts.suppression ?? {});
    kept.sort(compareFindings);
    stats.durationMs = Date.now() - started;
    const ruleInfos = [...rules.map(ruleInfo), ...ARTIFACT_RULES];
    return { target, findings: kept, suppressed, rules: ruleInfos, stats, skipped, notes, secretValues: [...secretValues], baselined };
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
        message: `${rule.name}: ${redact(m.secret)}`,
        location: {
            path: m.path,
            line: m.line,
            column: m.column,
            endColumn: m.endLine === m.line ? m.endColumn : undefined,
            commit: m.commit,
            commitDate: m.commitDate,
            author: m.author,
        },
        fingerprint: fingerprint(rule.id, m.secret),
        redacted: redact(m.secret),
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

;// CONCATENATED MODULE: ./packages/core/src/secrets/index.ts















// EXTERNAL MODULE: ./packages/core/src/diff/decl.ts
var diff_decl = __webpack_require__(6965);
;// CONCATENATED MODULE: ./packages/core/src/diff/gitstream.ts
// Streaming git: large diffs are read chunk by chunk and never held whole in memory.


/** Pinned so our byte counts match across user configs (colour, prefixes, quoting, external tools). */
const DIFF_CONFIG = ['-c', 'core.quotePath=true', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false', '-c', 'color.ui=false', '-c', 'diff.context=3', '-c', 'diff.interHunkContext=0'];
/** Run git, handing each stdout chunk to `onData`. Rejects with a GitError naming the command on failure. */
function streamGit(cwd, args, onData, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', [...DIFF_CONFIG, ...args], {
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
        child.on('error', (e) => reject(new errors/* GitError */.XS({
            problem: e.code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git: ${e.message}`,
            fix: 'install git on the runner (it is preinstalled on GitHub-hosted runners)',
        })));
        child.on('close', (code) => {
            if (failed)
                return reject(failed);
            if (code !== 0) {
                const line = stderr.trim().split('\n').find((l) => /^(fatal|error):/.test(l)) ?? stderr.trim().split('\n')[0] ?? '';
                return reject(new errors/* GitError */.XS({
                    problem: `git ${args[0]} failed: ${line.replace(/^(fatal|error):\s*/, '') || `exit ${code}`}`,
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

;// CONCATENATED MODULE: ./packages/core/src/diff/attrs.ts
// .gitattributes as of the head commit (not the working tree, which may be elsewhere): load head's
// tree into a throw-away index and ask `git check-attr --cached` for every path in one batch.



const ATTRS = ['diff', 'linguist-generated', 'linguist-vendored'];
async function readAttributes(cwd, head, paths, tempDir) {
    const result = new Map();
    if (paths.length === 0)
        return result;
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempDir, 'bulkhead-attr-'));
    try {
        const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(dir, 'index') };
        await gitBuffer(cwd, ['read-tree', head], { env });
        const out = await gitBuffer(cwd, ['check-attr', '--cached', '-z', '--stdin', ...ATTRS], {
            env,
            input: paths.map((p) => p + '\0'),
        });
        const parts = out.toString('utf8').split('\0');
        for (let i = 0; i + 2 < parts.length; i += 3) {
            const [path, attr, value] = [parts[i], parts[i + 1], parts[i + 2]];
            if (value === 'unspecified')
                continue;
            let entry = result.get(path);
            if (!entry)
                result.set(path, (entry = {}));
            entry[attr] = value;
        }
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
    return result;
}
/** linguist-style booleans: `set`/`true` are on, `unset`/`false` explicitly off, anything else undecided. */
function attrFlag(value) {
    if (value === 'set' || value === 'true')
        return true;
    if (value === 'unset' || value === 'false')
        return false;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/diff/blobscan.ts
// Read added / deleted blobs through one `git cat-file --batch` and keep only what the patch size
// needs: size, line count, final newline, and git's binary test. Content is never held whole.



const FIRST_FEW_BYTES = 8000;
const LF = 10;
/** Scan blobs by id; the result is keyed by the ids as given (abbreviated ids are fine). */
async function scanBlobs(cwd, ids) {
    // Inflating blobs is git's bottleneck and single-threaded: two readers use a second core when there is one.
    if (ids.length < 2000 || (0,external_node_os_.availableParallelism)() < 2)
        return scanShard(cwd, ids);
    const half = Math.ceil(ids.length / 2);
    const parts = await Promise.all([scanShard(cwd, ids.slice(0, half)), scanShard(cwd, ids.slice(half))]);
    return new Map([...parts[0], ...parts[1]]);
}
async function scanShard(cwd, ids) {
    const facts = new Map();
    if (ids.length === 0)
        return facts;
    let index = 0; // which requested id the next header answers
    let header = [];
    let remaining = -1; // body bytes left for the current blob; -1 = reading a header; -2 = skipping the LF after a body
    let cur = { size: 0, lines: 0, endsWithNewline: false, nulInHead: false };
    let seen = 0;
    const onData = (chunk) => {
        let pos = 0;
        while (pos < chunk.length) {
            if (remaining === -2) {
                pos++;
                remaining = -1;
                continue;
            }
            if (remaining === -1) {
                const nl = chunk.indexOf(LF, pos);
                if (nl === -1) {
                    header.push(chunk.subarray(pos));
                    return;
                }
                header.push(chunk.subarray(pos, nl));
                const line = Buffer.concat(header).toString('utf8');
                header = [];
                pos = nl + 1;
                const id = ids[index++];
                const m = /^\S+ (\S+) (\d+)$/.exec(line);
                if (!m) {
                    throw new errors/* GitError */.XS({
                        problem: `blob ${id} is not in this clone (${line})`,
                        fix: 'fetch the full objects of the range (a partial or shallow clone is missing them): use actions/checkout with fetch-depth: 0 and no filter',
                    });
                }
                cur = { size: Number(m[2]), lines: 0, endsWithNewline: false, nulInHead: false };
                facts.set(id, cur);
                seen = 0;
                remaining = cur.size;
                if (remaining === 0)
                    remaining = -2;
                continue;
            }
            const end = Math.min(chunk.length, pos + remaining);
            if (seen < FIRST_FEW_BYTES) {
                const headEnd = Math.min(end, pos + (FIRST_FEW_BYTES - seen));
                if (!cur.nulInHead && chunk.subarray(pos, headEnd).includes(0))
                    cur.nulInHead = true;
            }
            let n = 0;
            for (let p = chunk.indexOf(LF, pos); p !== -1 && p < end; p = chunk.indexOf(LF, p + 1))
                n++;
            cur.lines += n;
            seen += end - pos;
            remaining -= end - pos;
            pos = end;
            if (remaining === 0) {
                cur.endsWithNewline = chunk[end - 1] === LF;
                if (!cur.endsWithNewline)
                    cur.lines++;
                remaining = -2;
            }
        }
    };
    await streamGit(cwd, ['cat-file', '--batch', '--buffer'], onData, { input: ids.map((id) => id + '\n') });
    if (index !== ids.length) {
        throw new errors/* GitError */.XS({ problem: `git cat-file answered ${index} of ${ids.length} blobs`, fix: 'check the repository is not corrupt (git fsck)' });
    }
    return facts;
}
/** Sizes of many objects through one `git cat-file --batch-check`. Missing objects are left out. */
async function blobSizes(cwd, ids) {
    const list = [...new Set(ids)];
    const sizes = new Map();
    if (list.length === 0)
        return sizes;
    let rest = '';
    let i = 0;
    await streamGit(cwd, ['cat-file', '--batch-check=%(objectsize)', '--buffer'], (chunk) => {
        const lines = (rest + chunk.toString('latin1')).split('\n');
        rest = lines.pop() ?? '';
        for (const l of lines) {
            const id = list[i++];
            if (/^\d+$/.test(l))
                sizes.set(id, Number(l));
        }
    }, { input: list.map((id) => id + '\n') });
    return sizes;
}

;// CONCATENATED MODULE: ./packages/core/src/diff/classify.ts
// Which classes a changed file belongs to: generated, lockfile, vendored, binary, leak, excluded.


/** Lockfiles of common package managers, by file name. */
const LOCKFILE_NAMES = new Set([
    'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb', 'deno.lock',
    'Cargo.lock', 'Gemfile.lock', 'poetry.lock', 'Pipfile.lock', 'uv.lock', 'pdm.lock', 'composer.lock', 'go.sum',
    'Podfile.lock', 'Package.resolved', 'mix.lock', 'pubspec.lock', 'flake.lock', 'packages.lock.json',
    'gradle.lockfile', 'conan.lock', 'Manifest.toml', 'shard.lock', 'paket.lock',
]);
/** Paths that are generated by tools in most projects (linguist-generated overrides either way). */
const GENERATED_GLOBS = [
    '**/*.min.js', '**/*.min.css', '**/*.map', '**/*.pb.go', '**/*_pb2.py', '**/*_pb2_grpc.py', '**/*.pb.cc', '**/*.pb.h',
    '**/*.g.dart', '**/*.freezed.dart', '**/*.designer.cs', '**/*.Designer.cs', '**/*.generated.*', '**/__generated__/**',
    '**/__snapshots__/**', '**/*.snap', 'dist/**', '**/node_modules/.cache/**',
];
/** Vendored code by path (linguist-vendored overrides either way). */
const VENDORED_GLOBS = [
    '**/vendor/**', 'vendor/**', '**/node_modules/**', '**/third_party/**', '**/third-party/**', '**/bower_components/**', '**/Godeps/_workspace/**',
];
const GLOB_OPTS = { dot: true };
/** A pattern without `/` matches the file name at any depth (`*.leak`), like .gitignore. */
function matcher(globs) {
    // picomatch's own `basename` option also rewrites patterns with a slash, so split them here.
    const names = globs.filter((g) => !g.includes('/'));
    const paths = globs.filter((g) => g.includes('/')).map((g) => g.replace(/^\//, ''));
    const byName = names.length ? picomatch_default()(names, GLOB_OPTS) : () => false;
    const byPath = paths.length ? picomatch_default()(paths, GLOB_OPTS) : () => false;
    return (path) => byPath(path) || byName(path.slice(path.lastIndexOf('/') + 1));
}
function makeClassifier(opts) {
    const isGenerated = matcher(GENERATED_GLOBS);
    const isVendored = matcher(VENDORED_GLOBS);
    const isLeak = matcher(opts.leakPatterns);
    const isExcluded = matcher(opts.exclude);
    return (path, attrs, binary, nulContent) => {
        const classes = [];
        const base = path.slice(path.lastIndexOf('/') + 1);
        // -diff on a text file marks output nobody reviews (linguist: generated). On real binary content
        // (the `binary` macro on images) it stays a binary, so its bytes are still counted.
        const generated = attrFlag(attrs?.['linguist-generated']) ?? ((attrs?.diff === 'unset' && !nulContent) || isGenerated(path));
        if (generated)
            classes.push('generated');
        if (LOCKFILE_NAMES.has(base))
            classes.push('lockfile');
        if (attrFlag(attrs?.['linguist-vendored']) ?? isVendored(path))
            classes.push('vendored');
        if (binary)
            classes.push('binary');
        if (isLeak(path))
            classes.push('leak');
        if (isExcluded(path))
            classes.push('excluded');
        return classes;
    };
}

;// CONCATENATED MODULE: ./packages/core/src/diff/raw.ts
const STATUS = { A: 'added', M: 'modified', D: 'deleted', R: 'renamed', C: 'copied', T: 'type-changed', U: 'modified', X: 'modified' };
/** Records are `:old new oldId newId S[score]\0path\0[newpath\0]`. Paths are raw bytes decoded as UTF-8. */
function parseRaw(out) {
    const parts = out.toString('utf8').split('\0');
    const entries = [];
    for (let i = 0; i < parts.length; i++) {
        const head = parts[i]?.replace(/^\n+/, '');
        if (!head || head[0] !== ':')
            continue;
        const [oldMode, newMode, oldId, newId, st] = head.slice(1).split(' ');
        const letter = st[0];
        const score = st.length > 1 ? Number(st.slice(1)) : undefined;
        if (letter === 'R' || letter === 'C') {
            const oldPath = parts[++i];
            const path = parts[++i];
            entries.push({ oldMode, newMode, oldId, newId, letter, status: STATUS[letter], similarity: score, path, oldPath });
        }
        else {
            const path = parts[++i];
            entries.push({ oldMode, newMode, oldId, newId, letter, status: STATUS[letter] ?? 'modified', path });
        }
    }
    return entries;
}

;// CONCATENATED MODULE: ./packages/core/src/diff/commits.ts



const MAX_COMMITS = 50;
async function readCommits(cwd, revArgs, max = MAX_COMMITS) {
    const list = (await gitBuffer(cwd, ['log', '--format=%aI%x02%cI', ...revArgs, '--'])).toString('utf8').split('\n').filter(Boolean);
    let first;
    let last;
    for (const l of list) {
        const [a, c] = l.split('\x02');
        if (!first || Date.parse(a) < Date.parse(first))
            first = a;
        if (!last || Date.parse(c) > Date.parse(last))
            last = c;
    }
    if (list.length === 0)
        return { count: 0, commits: [] };
    const single = list.length === 1;
    const out = await gitBuffer(cwd, [
        'log', `-n${max}`, '--diff-merges=first-parent', '--no-renames', '--raw', '--no-abbrev', '-z',
        '--format=%x01%H%x02%aI%x02%cI%x02%s%x02', ...(single ? ['--no-patch'] : []), ...revArgs, '--',
    ]);
    const parsed = out
        .toString('utf8')
        .split('\x01')
        .filter(Boolean)
        .map((rec) => {
        const [sha, authorDate, commitDate, subject, rest] = rec.split('\x02');
        return { sha, authorDate, commitDate, subject, entries: parseRaw(Buffer.from(rest ?? '', 'utf8')) };
    });
    const wanted = parsed.flatMap((c) => c.entries.filter((e) => e.status !== 'deleted' && e.newMode !== '160000').map((e) => e.newId));
    const sizes = await blobSizes(cwd, wanted);
    const commits = parsed.map((c) => ({
        sha: c.sha,
        authorDate: c.authorDate,
        commitDate: c.commitDate,
        subject: c.subject,
        filesChanged: c.entries.length,
        blobBytesAdded: c.entries.reduce((n, e) => n + (e.status === 'deleted' ? 0 : (sizes.get(e.newId) ?? 0)), 0),
    }));
    return { count: list.length, commits, firstCommitDate: first, lastCommitDate: last, sizesFromTotals: single };
}

;// CONCATENATED MODULE: ./packages/core/src/diff/measure-types.ts
// The result of measuring one change (base..head) from local git. Produced by measureDiff()
// (diff/measure.ts), evaluated against thresholds (diff/thresholds.ts), consumed by the
// metrics/history code and by the reporters. Plain JSON-safe data: it goes into the report file.
const FILE_CLASSES = ['generated', 'lockfile', 'vendored', 'binary', 'leak', 'excluded'];

;// CONCATENATED MODULE: ./packages/core/src/diff/patch-scan.ts
// Stream `git diff --patch` for the files git must really diff (modified, renamed, type-changed)
// and split it into per-file sections: bytes, added / deleted lines, binary. Nothing is kept.
const patch_scan_LF = 10;
const DIFF_GIT = Buffer.from('diff --git ');
/** Incremental parser: feed chunks, then call end(). */
class PatchScanner {
    sections = [];
    /** Bytes before the first section (none in practice). */
    preamble = 0;
    cur;
    inHunks = false;
    partial = [];
    partialLen = 0;
    push(chunk) {
        let pos = 0;
        while (pos < chunk.length) {
            const nl = chunk.indexOf(patch_scan_LF, pos);
            const end = nl === -1 ? chunk.length : nl + 1;
            if (this.partialLen > 0 || nl === -1) {
                // A line split across chunks: only its first bytes matter for classifying it.
                if (this.partialLen < 16)
                    this.partial.push(chunk.subarray(pos, Math.min(end, pos + 16)));
                this.partialLen += end - pos;
                if (nl === -1)
                    return;
                const startBytes = Buffer.concat(this.partial);
                this.line(startBytes, 0, this.partialLen);
                this.partial = [];
                this.partialLen = 0;
            }
            else {
                this.line(chunk, pos, end - pos);
            }
            pos = end;
        }
    }
    end() {
        if (this.partialLen > 0)
            this.line(Buffer.concat(this.partial), 0, this.partialLen);
        this.partial = [];
        this.partialLen = 0;
        return this.sections;
    }
    /** `buf[start..]` holds at least the line's first bytes; `len` is its full length incl. LF. */
    line(buf, start, len) {
        const c = buf[start];
        if (c === 0x64 /* d */ && len > DIFF_GIT.length && buf.length - start >= DIFF_GIT.length && buf.compare(DIFF_GIT, 0, DIFF_GIT.length, start, start + DIFF_GIT.length) === 0) {
            this.cur = { bytes: 0, added: 0, deleted: 0, binary: false };
            this.sections.push(this.cur);
            this.inHunks = false;
        }
        const cur = this.cur;
        if (!cur) {
            this.preamble += len;
            return;
        }
        cur.bytes += len;
        if (this.inHunks) {
            if (c === 0x2b /* + */)
                cur.added++;
            else if (c === 0x2d /* - */)
                cur.deleted++;
        }
        else if (c === 0x40 /* @ */ && buf[start + 1] === 0x40) {
            this.inHunks = true;
        }
        else if (c === 0x42 /* B */ && buf.toString('latin1', start, start + 13) === 'Binary files ') {
            cur.binary = true;
        }
        else if (c === 0x47 /* G */ && buf.toString('latin1', start, start + 16) === 'GIT binary patch') {
            cur.binary = true;
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/diff/patch-format.ts
/** git's quote_c_style with core.quotePath=true: returns the byte length of the (maybe quoted) name. */
function quotedLength(name) {
    let extra = 0;
    let quote = false;
    for (const c of name) {
        if (c === 0x22 || c === 0x5c || (c >= 7 && c <= 13)) {
            extra += 1; // \" \\ \a \b \t \n \v \f \r
            quote = true;
        }
        else if (c < 0x20 || c >= 0x7f) {
            extra += 3; // \ooo
            quote = true;
        }
    }
    return quote ? name.length + extra + 2 : name.length;
}
function label(prefix, path) {
    return { len: quotedLength(Buffer.from(prefix + path, 'utf8')), space: path.includes(' ') };
}
function range(start, count) {
    return count === 1 ? `${start}` : `${start},${count}`;
}
/** Bytes of the patch section for a file that is wholly added or deleted. */
function wholeFilePatchBytes(f) {
    const a = label('a/', f.path);
    const b = label('b/', f.path);
    let n = `diff --git `.length + a.len + 1 + b.len + 1;
    n += `${f.side === 'add' ? 'new' : 'deleted'} file mode ${f.mode}\n`.length;
    n += `index ${f.oldAbbrev}..${f.newAbbrev}\n`.length;
    if (f.facts.size === 0)
        return n; // empty file: header only
    const dev = '/dev/null'.length;
    const left = f.side === 'add' ? dev : a.len;
    const right = f.side === 'add' ? b.len : dev;
    if (f.binary)
        return n + `Binary files  and  differ\n`.length + left + right;
    const space = f.side === 'add' ? b.space : a.space;
    n += `--- \n`.length + left + (f.side === 'delete' && space ? 1 : 0);
    n += `+++ \n`.length + right + (f.side === 'add' && space ? 1 : 0);
    const lines = f.facts.lines;
    n += (f.side === 'add' ? `@@ -0,0 +${range(1, lines)} @@\n` : `@@ -${range(1, lines)} +0,0 @@\n`).length;
    n += f.facts.size + lines; // each line gets a '+' / '-'
    if (!f.facts.endsWithNewline)
        n += 1 + `\\ No newline at end of file\n`.length;
    return n;
}

;// CONCATENATED MODULE: ./packages/core/src/diff/measure.ts
// Measure a change from local git (never the GitHub API, which refuses diffs over 300 files).
// Whole-file additions / deletions are sized from their blobs (one streamed `cat-file --batch`);
// only files git must really diff go through `git diff --patch`. Everything streams.











const DEFAULT_EXCLUDED_CLASSES = ['generated', 'lockfile', 'vendored'];
/** core.bigFileThreshold's default: git treats larger blobs as binary. */
const BIG_FILE_THRESHOLD = 512 * 1024 * 1024;
const GITLINK = '160000';
function emptyTotals() {
    return { diffBytes: 0, patchBytes: 0, blobBytesAdded: 0, filesChanged: 0, filesAdded: 0, filesDeleted: 0, filesRenamed: 0, linesAdded: 0, linesDeleted: 0, binaryFiles: 0, binaryBytes: 0 };
}
async function rev(cwd, ref) {
    return (await gitBuffer(cwd, ['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`])).toString().trim();
}
async function tryMergeBase(cwd, a, b) {
    try {
        return (await gitBuffer(cwd, ['merge-base', a, b])).toString().trim() || null;
    }
    catch {
        return null;
    }
}
async function emptyTree(cwd) {
    return (await gitBuffer(cwd, ['hash-object', '-t', 'tree', '--stdin'], { input: '' })).toString().trim();
}
/** The two trees to compare and the commits between them. */
async function resolveRange(cwd, target) {
    if (target.kind === 'range') {
        const head = await rev(cwd, target.head);
        const base = await rev(cwd, target.base);
        if (base === head)
            return { kind: 'none', base, head, commitCount: 0, note: 'base and head are the same commit' };
        // Like a pull request's "Files changed": from the merge base, so base-branch moves don't count.
        const mb = await tryMergeBase(cwd, base, head);
        const from = mb ?? base;
        const note = mb && mb !== base ? `measured from the merge base ${mb.slice(0, 12)} of ${base.slice(0, 12)} and head` : undefined;
        return { range: { kind: 'range', base: from, head, commitCount: 0, note }, revArgs: [`${from}..${head}`] };
    }
    if (target.kind === 'new-branch') {
        const head = await rev(cwd, target.head);
        const revArgs = target.exclude.length ? [head, '--not', ...target.exclude] : [head];
        const oldest = (await gitBuffer(cwd, ['rev-list', '--reverse', '--first-parent', ...revArgs])).toString().split('\n')[0]?.trim();
        if (!oldest)
            return { kind: 'none', base: null, head, commitCount: 0, note: 'the branch has no commits that are not already on the default branch' };
        const parent = (await gitBuffer(cwd, ['rev-list', '--parents', '-n1', oldest])).toString().trim().split(' ')[1];
        const base = parent ?? (await emptyTree(cwd));
        const note = target.exclude.length
            ? `new branch: commits not on ${target.exclude.join(', ')}`
            : 'new branch with no default branch to compare to: every commit of head';
        return { range: { kind: 'new-branch', base, head, commitCount: 0, note }, revArgs };
    }
    if (target.kind === 'none')
        return { kind: 'none', base: null, head: null, commitCount: 0, note: target.reason };
    throw new errors/* GitError */.XS({ problem: `diff-telemetry measures a commit range, not a ${target.kind} target`, fix: 'give base and head' });
}
function emptyMeasurement(range, excluded, started) {
    return {
        range,
        totals: emptyTotals(),
        counted: emptyTotals(),
        excludedClasses: [...excluded],
        byClass: Object.fromEntries(FILE_CLASSES.map((c) => [c, { files: 0, bytes: 0 }])),
        leakedFiles: [],
        files: [],
        commits: [],
        commitsOmitted: 0,
        elapsedMs: Date.now() - started,
    };
}
const RENAMES = ['--find-renames', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/'];
/** `git diff --raw` twice: full ids for reading blobs, default-abbreviated ids as the patch prints them. */
async function rawEntries(cwd, base, head) {
    const [full, short] = await Promise.all([
        gitBuffer(cwd, ['diff', '--raw', '-z', '--no-abbrev', ...RENAMES, base, head, '--']),
        gitBuffer(cwd, ['diff', '--raw', '-z', ...RENAMES, base, head, '--']),
    ]);
    const entries = parseRaw(full);
    const abbrev = parseRaw(short);
    if (abbrev.length !== entries.length)
        throw new errors/* GitError */.XS({ problem: 'git diff gave two different file lists for the same range', fix: 'retry; if it persists, run git fsck' });
    return { entries, abbrev };
}
async function scanPatch(cwd, base, head) {
    const scanner = new PatchScanner();
    // Lower-case filter letters exclude: everything but whole-file additions and deletions.
    await streamGit(cwd, ['diff', '--patch', '--diff-filter=ad', ...RENAMES, base, head, '--'], (b) => scanner.push(b));
    return scanner.end();
}
const isWhole = (e) => e.letter === 'A' || e.letter === 'D';
/** git prints a file <-> symlink change as a deletion plus an addition: two sections. */
const sectionsOf = (e) => e.letter === 'T' && e.oldMode !== GITLINK && e.newMode !== GITLINK && e.oldMode.slice(0, 2) !== e.newMode.slice(0, 2) ? 2 : 1;
async function measureDiff(opts) {
    const started = Date.now();
    const { cwd } = opts;
    const excluded = opts.excludeClasses ?? DEFAULT_EXCLUDED_CLASSES;
    const resolved = await resolveRange(cwd, opts.target);
    if (!('revArgs' in resolved))
        return emptyMeasurement(resolved, excluded, started);
    const { range, revArgs } = resolved;
    const base = range.base;
    const head = range.head;
    const commitsP = readCommits(cwd, revArgs, opts.maxCommits ?? MAX_COMMITS);
    const { entries, abbrev } = await rawEntries(cwd, base, head);
    const whole = entries.filter((e) => isWhole(e) && (e.letter === 'A' ? e.newMode : e.oldMode) !== GITLINK);
    const diffed = entries.filter((e) => !isWhole(e));
    const [facts, sections, sizes, attrs, commits] = await Promise.all([
        scanBlobs(cwd, whole.map((e) => (e.letter === 'A' ? e.newId : e.oldId))),
        diffed.length ? scanPatch(cwd, base, head) : Promise.resolve([]),
        blobSizes(cwd, diffed.flatMap((e) => [e.oldId, e.newId]).filter((id) => !/^0+$/.test(id))),
        readAttributes(cwd, head, entries.map((e) => e.path), opts.tempDir ?? (0,external_node_os_.tmpdir)()),
        commitsP,
    ]);
    // -diff text files are "generated", -diff binaries are binaries: sniff the few modified ones.
    const sniff = diffed.filter((e) => attrs.get(e.path)?.diff === 'unset' && e.newMode !== GITLINK && !/^0+$/.test(e.newId));
    const sniffed = await scanBlobs(cwd, sniff.map((e) => e.newId));
    const classify = makeClassifier({ leakPatterns: opts.leakPatterns ?? ['*.leak'], exclude: opts.exclude ?? [] });
    const excludedSet = new Set([...excluded, 'excluded']);
    const files = [];
    let section = 0;
    const newBlob = new Set(); // files whose head blob is new (not a pure rename / mode change)
    for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        const a = attrs.get(e.path);
        let f;
        let nul = false;
        if (isWhole(e)) {
            const r = wholeFileChange(e, abbrev[i], facts, a);
            f = r.file;
            nul = r.nul;
        }
        else {
            const n = sectionsOf(e);
            const parts = sections.slice(section, section + n);
            section += n;
            const binary = parts.some((p) => p.binary);
            f = {
                path: e.path,
                oldPath: e.oldPath,
                status: e.status,
                similarity: e.similarity,
                linesAdded: parts.reduce((s, p) => s + p.added, 0),
                linesDeleted: parts.reduce((s, p) => s + p.deleted, 0),
                binary,
                oldBytes: sizes.get(e.oldId) ?? 0,
                newBytes: sizes.get(e.newId) ?? 0,
                patchBytes: parts.reduce((s, p) => s + p.bytes, 0),
            };
            nul = a?.diff === 'unset' ? (sniffed.get(e.newId)?.nulInHead ?? true) : binary;
        }
        const classes = classify(e.path, a, f.binary, nul);
        const diffBytes = f.patchBytes + (f.binary ? f.newBytes : 0);
        const file = { ...f, diffBytes, classes, counted: !classes.some((c) => excludedSet.has(c)) };
        files.push(file);
        if (e.letter !== 'D' && e.oldId !== e.newId)
            newBlob.add(file);
    }
    const totals = sum(files, newBlob);
    // If the patch split differently from the file list (an exotic type change), totals stay exact.
    totals.patchBytes += sections.slice(section).reduce((n, p) => n + p.bytes, 0);
    totals.diffBytes = totals.patchBytes + totals.binaryBytes;
    const counted = sum(files.filter((f) => f.counted), newBlob);
    const byClass = emptyMeasurement(range, excluded, started).byClass;
    for (const f of files)
        for (const c of f.classes) {
            byClass[c].files++;
            byClass[c].bytes += f.diffBytes;
        }
    files.sort((x, y) => y.diffBytes - x.diffBytes || (x.path < y.path ? -1 : 1));
    range.commitCount = commits.count;
    if (commits.sizesFromTotals && commits.commits[0]) {
        commits.commits[0].filesChanged = totals.filesChanged;
        commits.commits[0].blobBytesAdded = totals.blobBytesAdded;
    }
    return {
        range,
        totals,
        counted,
        excludedClasses: [...excluded],
        byClass,
        leakedFiles: files.filter((f) => f.classes.includes('leak') && f.status !== 'deleted').map((f) => f.path).sort(),
        files,
        commits: commits.commits,
        commitsOmitted: Math.max(0, commits.count - commits.commits.length),
        firstCommitDate: commits.firstCommitDate,
        lastCommitDate: commits.lastCommitDate,
        elapsedMs: Date.now() - started,
    };
}
function wholeFileChange(e, short, facts, a) {
    const add = e.letter === 'A';
    const mode = add ? e.newMode : e.oldMode;
    const id = add ? e.newId : e.oldId;
    const f = mode === GITLINK
        ? { size: `Subproject commit ${id}\n`.length, lines: 1, endsWithNewline: true, nulInHead: false }
        : facts.get(id);
    const binary = mode !== GITLINK && (a?.diff === 'unset' || (a?.diff !== 'set' && (f.nulInHead || f.size > BIG_FILE_THRESHOLD)));
    const patchBytes = wholeFilePatchBytes({ path: e.path, side: add ? 'add' : 'delete', mode, oldAbbrev: short.oldId, newAbbrev: short.newId, facts: f, binary });
    const lines = binary ? 0 : f.lines;
    return {
        nul: f.nulInHead,
        file: {
            path: e.path,
            status: e.status,
            linesAdded: add ? lines : 0,
            linesDeleted: add ? 0 : lines,
            binary,
            oldBytes: add ? 0 : f.size,
            newBytes: add ? f.size : 0,
            patchBytes,
        },
    };
}
function sum(files, newBlob) {
    const t = emptyTotals();
    for (const f of files) {
        t.patchBytes += f.patchBytes;
        t.filesChanged++;
        if (f.status === 'added' || f.status === 'copied')
            t.filesAdded++;
        if (f.status === 'deleted')
            t.filesDeleted++;
        if (f.status === 'renamed')
            t.filesRenamed++;
        t.linesAdded += f.linesAdded;
        t.linesDeleted += f.linesDeleted;
        if (newBlob.has(f))
            t.blobBytesAdded += f.newBytes;
        if (f.binary) {
            t.binaryFiles++;
            t.binaryBytes += f.newBytes;
        }
    }
    t.diffBytes = t.patchBytes + t.binaryBytes;
    return t;
}

;// CONCATENATED MODULE: ./packages/core/src/diff/thresholds.ts
// Thresholds over the counted set -> alerts; fail-on-alert and the bypass label / trailer -> verdict.

function findAlerts(m, t) {
    const alerts = [];
    const c = m.counted;
    if (t.maxDiffBytes !== undefined && c.diffBytes > t.maxDiffBytes) {
        alerts.push({
            threshold: 'max-diff-bytes',
            limit: t.maxDiffBytes,
            actual: c.diffBytes,
            message: `the change is ${(0,bytes/* formatBytes */.z3)(c.diffBytes)} (patch ${(0,bytes/* formatBytes */.z3)(c.patchBytes)} + binaries ${(0,bytes/* formatBytes */.z3)(c.binaryBytes)}), over max-diff-bytes ${(0,bytes/* formatBytes */.z3)(t.maxDiffBytes)}`,
        });
    }
    if (t.maxFiles !== undefined && c.filesChanged > t.maxFiles) {
        alerts.push({ threshold: 'max-files', limit: t.maxFiles, actual: c.filesChanged, message: `${c.filesChanged} files changed, over max-files ${t.maxFiles}` });
    }
    if (t.maxBinaryBytes !== undefined && c.binaryBytes > t.maxBinaryBytes) {
        alerts.push({
            threshold: 'max-binary-bytes',
            limit: t.maxBinaryBytes,
            actual: c.binaryBytes,
            message: `binary files add ${(0,bytes/* formatBytes */.z3)(c.binaryBytes)} (${c.binaryFiles} files), over max-binary-bytes ${(0,bytes/* formatBytes */.z3)(t.maxBinaryBytes)}`,
        });
    }
    if (t.maxFileBytes !== undefined) {
        const limit = t.maxFileBytes;
        // files are sorted largest first
        for (const f of m.files) {
            if (f.diffBytes <= limit)
                break;
            if (!f.counted)
                continue;
            alerts.push({ threshold: 'max-file-bytes', limit, actual: f.diffBytes, path: f.path, message: `${f.path} changes by ${(0,bytes/* formatBytes */.z3)(f.diffBytes)}, over max-file-bytes ${(0,bytes/* formatBytes */.z3)(limit)}` });
        }
    }
    return alerts;
}
function decide(alerts, o) {
    const alert = alerts.length > 0;
    let bypassedBy;
    if (alert && o.failOnAlert) {
        if (o.bypassLabel && o.labels?.includes(o.bypassLabel))
            bypassedBy = `label '${o.bypassLabel}'`;
        else if (o.bypassTrailer && o.trailerFound)
            bypassedBy = `commit trailer '${o.bypassTrailer}'`;
    }
    return { alerts, alert, failed: alert && o.failOnAlert && !bypassedBy, bypassedBy };
}

;// CONCATENATED MODULE: ./packages/core/src/diff/trailer.ts
// Does a commit of the range carry the bypass trailer (`Key: reason` in the message's trailer block)?

async function hasTrailer(cwd, revArgs, key) {
    const out = await gitBuffer(cwd, ['log', '-n200', `--format=%(trailers:key=${key},valueonly=false)%x00`, ...revArgs, '--']);
    const want = key.toLowerCase();
    return out
        .toString('utf8')
        .split(/[\n\0]/)
        .some((l) => l.toLowerCase().startsWith(want + ':'));
}

;// CONCATENATED MODULE: ./packages/core/src/diff/run.ts
// One diff-telemetry run, shared by the action and the CLI: options + event -> target -> commits
// ensured -> measurement -> verdict. Reporting (outputs, summary, files) is the caller's.







const CLASS_NAMES = FILE_CLASSES.filter((c) => c !== 'excluded');
/** exclude-classes: class names (plural forms accepted), or `none`. */
function parseExcludeClasses(list) {
    const out = [];
    for (const raw of list) {
        const v = raw.toLowerCase().replace(/s$/, '');
        if (v === 'none')
            continue;
        if (!CLASS_NAMES.includes(v)) {
            throw new errors/* InputError */.dz({ input: 'exclude-classes', problem: `'${raw}' is not a file class`, fix: `use any of ${CLASS_NAMES.join(', ')}, or none` });
        }
        out.push(v);
    }
    return [...new Set(out)];
}
async function runDiffTelemetry(input) {
    const o = input.options;
    const excludeClasses = parseExcludeClasses(o['exclude-classes']);
    let target = resolveTarget(input.event, { mode: 'changes', base: o.base || undefined, head: o.head || undefined });
    if (target.kind === 'tree')
        target = { kind: 'none', reason: 'no commit range to measure' };
    const wanted = target;
    target = await ensureCommits(input.cwd, target, { fetch: input.fetch ?? true, commitCount: input.event.commitCount, log: input.log });
    // A missing event base means a force-push (measure the branch instead); a base the user typed must exist.
    if (o.base && wanted.kind === 'range' && target.kind !== 'range') {
        throw new errors/* InputError */.dz({ input: 'base', problem: `'${o.base}' is not a commit in this repository`, fix: 'check the ref, or fetch it first (git fetch origin <ref>)' });
    }
    const measurement = await measureDiff({
        cwd: input.cwd,
        target,
        leakPatterns: o['leak-patterns'],
        exclude: o.exclude ?? [],
        excludeClasses,
        tempDir: input.tempDir,
    });
    const alerts = findAlerts(measurement, {
        maxDiffBytes: o['max-diff-bytes'],
        maxFileBytes: o['max-file-bytes'],
        maxFiles: o['max-files'],
        maxBinaryBytes: o['max-binary-bytes'],
    });
    const rev = revListArgs(target);
    const trailerFound = alerts.length > 0 && o['fail-on-alert'] && !!o['bypass-trailer'] && rev !== null ? await hasTrailer(input.cwd, rev, o['bypass-trailer']) : false;
    const verdict = decide(alerts, {
        failOnAlert: o['fail-on-alert'],
        bypassLabel: o['bypass-label'] || undefined,
        labels: input.event.labels,
        bypassTrailer: o['bypass-trailer'] || undefined,
        trailerFound,
    });
    return { measurement, verdict, target };
}

;// CONCATENATED MODULE: ./packages/core/src/diff/report.ts
// Turn a run's result into what people read: JSON report data, job summary, annotations, CLI text.
// Pure functions; the action and the CLI do the writing.





const DIFF_REPORT_KIND = 'bulkhead.diff-telemetry';
const DIFF_REPORT_VERSION = '1.0.0';
const LARGEST_SHOWN = 20;
function buildDiffReport(r, opts) {
    const m = r.measurement;
    const data = {
        range: m.range,
        totals: m.totals,
        counted: m.counted,
        excludedClasses: m.excludedClasses,
        byClass: m.byClass,
        leakedFiles: m.leakedFiles,
        alert: r.verdict.alert,
        failed: r.verdict.failed,
        bypassedBy: r.verdict.bypassedBy ?? null,
        alerts: r.verdict.alerts,
        files: m.files,
        commits: m.commits,
        commitsOmitted: m.commitsOmitted,
        firstCommitDate: m.firstCommitDate ?? null,
        lastCommitDate: m.lastCommitDate ?? null,
        elapsedMs: m.elapsedMs,
    };
    if (opts.metrics !== undefined)
        data.metrics = opts.metrics;
    return buildJsonReport({ kind: DIFF_REPORT_KIND, schemaVersion: DIFF_REPORT_VERSION, tool: { name: 'bulkhead', version: opts.version }, generatedAt: opts.generatedAt, data });
}
/** One line for the log / CLI. */
function report_headline(r) {
    const m = r.measurement;
    if (m.range.kind === 'none')
        return `diff-telemetry: nothing to measure (${m.range.note ?? 'no range'})`;
    const c = m.counted;
    const state = r.verdict.failed ? 'FAILED' : r.verdict.alert ? (r.verdict.bypassedBy ? `alert (bypassed by ${r.verdict.bypassedBy})` : 'alert') : 'ok';
    return `diff-telemetry: ${(0,bytes/* formatBytes */.z3)(c.diffBytes)} in ${c.filesChanged} counted files (${m.totals.filesChanged} in all), ${c.binaryFiles} binaries ${(0,bytes/* formatBytes */.z3)(c.binaryBytes)}, ${m.leakedFiles.length} leaked files: ${state}`;
}
function diffAnnotations(r) {
    const level = r.verdict.failed ? 'error' : 'warning';
    const list = r.verdict.alerts.map((a) => ({
        level,
        title: `diff-telemetry: ${a.threshold}`,
        message: a.message + (r.verdict.bypassedBy ? ` (failure bypassed by ${r.verdict.bypassedBy})` : ''),
        ...(a.path ? { file: a.path } : {}),
    }));
    for (const p of r.measurement.leakedFiles) {
        list.push({ level: 'warning', title: 'diff-telemetry: leak-pattern file', message: `${p} matches leak-patterns: it should not be committed`, file: p });
    }
    return capAnnotations(list);
}
const totalsRows = (a, b) => [
    ['Diff bytes (patch + binaries)', (0,bytes/* formatBytes */.z3)(b.diffBytes), (0,bytes/* formatBytes */.z3)(a.diffBytes)],
    ['Patch bytes', (0,bytes/* formatBytes */.z3)(b.patchBytes), (0,bytes/* formatBytes */.z3)(a.patchBytes)],
    ['Blob bytes added', (0,bytes/* formatBytes */.z3)(b.blobBytesAdded), (0,bytes/* formatBytes */.z3)(a.blobBytesAdded)],
    ['Files changed', `${b.filesChanged}`, `${a.filesChanged}`],
    ['Added / deleted / renamed', `${b.filesAdded} / ${b.filesDeleted} / ${b.filesRenamed}`, `${a.filesAdded} / ${a.filesDeleted} / ${a.filesRenamed}`],
    ['Lines + / −', `${b.linesAdded} / ${b.linesDeleted}`, `${a.linesAdded} / ${a.linesDeleted}`],
    ['Binary files (bytes)', `${b.binaryFiles} (${(0,bytes/* formatBytes */.z3)(b.binaryBytes)})`, `${a.binaryFiles} (${(0,bytes/* formatBytes */.z3)(a.binaryBytes)})`],
];
/** The job summary (kept under the 1 MiB step cap by SummaryBuilder). `extra` is appended markdown (metrics, trend). */
function renderDiffSummary(r, extra = []) {
    const m = r.measurement;
    const s = new summary_SummaryBuilder();
    s.heading('Bulkhead diff-telemetry');
    if (m.range.kind === 'none') {
        s.paragraph(`Nothing to measure: ${m.range.note ?? 'no commit range'}.`);
    }
    else {
        const range = `\`${m.range.base?.slice(0, 12)}..${m.range.head?.slice(0, 12)}\`, ${m.range.commitCount} commits`;
        s.paragraph(`${verdictLine(r)}  \nRange ${range}${m.range.note ? ` (${m.range.note})` : ''}. Excluded from the counted totals: ${m.excludedClasses.length ? m.excludedClasses.join(', ') : 'nothing'}${m.byClass.excluded.files ? ' and the exclude globs' : ''}.`);
        s.table(['', 'Counted', 'All files'], totalsRows(m.totals, m.counted));
        if (r.verdict.alerts.length) {
            s.heading('Alerts', 3);
            s.table(['Threshold', 'Limit', 'Actual', 'Detail'], r.verdict.alerts.map((a) => [a.threshold, a.threshold === 'max-files' ? `${a.limit}` : (0,bytes/* formatBytes */.z3)(a.limit), a.threshold === 'max-files' ? `${a.actual}` : (0,bytes/* formatBytes */.z3)(a.actual), a.message]), { maxRows: 20 });
        }
        if (m.leakedFiles.length) {
            s.heading(`Leak-pattern files (${m.leakedFiles.length})`, 3);
            s.table(['Path'], m.leakedFiles.map((p) => [p]), { maxRows: 20 });
        }
        const classes = FILE_CLASSES.filter((c) => m.byClass[c].files > 0);
        if (classes.length)
            s.table(['Class', 'Files', 'Bytes', 'Counted'], classes.map((c) => [c, `${m.byClass[c].files}`, (0,bytes/* formatBytes */.z3)(m.byClass[c].bytes), m.excludedClasses.includes(c) || c === 'excluded' ? 'no' : 'yes']));
        if (m.files.length) {
            s.heading('Largest files', 3);
            s.table(['Path', 'Status', 'Bytes', 'Lines + / −', 'Classes'], m.files.map(fileRow), {
                maxRows: LARGEST_SHOWN,
                moreLabel: (n) => `…and ${n} more files (see the report file).`,
            });
        }
    }
    for (const block of extra)
        if (block)
            s.raw(block.endsWith('\n\n') ? block : `${block}\n\n`);
    return s.toString();
}
function fileRow(f) {
    const path = f.oldPath ? `${f.oldPath} → ${f.path}` : f.path;
    return [path, f.status, (0,bytes/* formatBytes */.z3)(f.diffBytes), f.binary ? 'binary' : `${f.linesAdded} / ${f.linesDeleted}`, f.classes.join(', ')];
}
function verdictLine(r) {
    if (!r.verdict.alert)
        return '**No size alert.**';
    const n = r.verdict.alerts.length;
    if (r.verdict.failed)
        return `**${n} alert${n > 1 ? 's' : ''}: the step fails** (fail-on-alert).`;
    if (r.verdict.bypassedBy)
        return `**${n} alert${n > 1 ? 's' : ''}**, reported as a warning: the failure was bypassed by ${r.verdict.bypassedBy}.`;
    return `**${n} alert${n > 1 ? 's' : ''}** (a warning; set fail-on-alert to fail the step).`;
}
/** Plain text for `bulkhead diff-telemetry --format text`. */
function renderDiffText(r) {
    const m = r.measurement;
    const lines = [report_headline(r)];
    if (m.range.kind !== 'none') {
        lines.push(`range ${m.range.base}..${m.range.head} (${m.range.commitCount} commits)${m.range.note ? `: ${m.range.note}` : ''}`);
        for (const [name, counted, all] of totalsRows(m.totals, m.counted))
            lines.push(`  ${name.padEnd(30)} ${counted.padStart(20)}   (all: ${all})`);
        for (const a of r.verdict.alerts)
            lines.push(`${r.verdict.failed ? 'error' : 'warning'}: ${a.message}`);
        if (r.verdict.bypassedBy)
            lines.push(`failure bypassed by ${r.verdict.bypassedBy}`);
        for (const p of m.leakedFiles)
            lines.push(`leak-pattern file: ${p}`);
        if (m.files.length) {
            lines.push('largest files:');
            for (const f of m.files.slice(0, LARGEST_SHOWN))
                lines.push(`  ${(0,bytes/* formatBytes */.z3)(f.diffBytes).padStart(10)}  ${f.status.padEnd(8)} ${f.oldPath ? `${f.oldPath} -> ` : ''}${f.path}${f.classes.length ? `  [${f.classes.join(', ')}]` : ''}`);
            if (m.files.length > LARGEST_SHOWN)
                lines.push(`  …and ${m.files.length - LARGEST_SHOWN} more`);
        }
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/time.ts
// ISO time helpers shared by the metric functions (hours are the reported unit).
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Milliseconds since the epoch, or NaN for a missing / unparsable date. */
function toMs(t) {
    if (t === undefined || t === null)
        return NaN;
    return t instanceof Date ? t.getTime() : Date.parse(t);
}
function toIso(t) {
    return new Date(toMs(t)).toISOString();
}
/** Hours between two instants, 2 decimals, never negative (clock skew between runner and committer). */
function hoursBetween(from, to) {
    return Math.round((Math.max(0, to - from) / HOUR_MS) * 100) / 100;
}

;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/lead-time.ts

/** First commit of the change (author date) -> the run that ships it. */
function leadTime(firstCommitAt, shippedAt) {
    const from = toMs(firstCommitAt);
    const to = toMs(shippedAt);
    return {
        hours: Number.isNaN(from) ? null : hoursBetween(from, to),
        firstCommitAt: Number.isNaN(from) ? null : toIso(firstCommitAt),
        shippedAt: toIso(shippedAt),
    };
}
/**
 * For each leak (deduped by key, keeping the first detection), introduced -> first flagged;
 * the run reports the worst one, since the change waited for its last leak to be found.
 */
function detectionLatency(events) {
    const first = new Map();
    events.forEach((e, i) => {
        const intro = toMs(e.introducedAt);
        const det = toMs(e.detectedAt);
        if (Number.isNaN(intro) || Number.isNaN(det))
            return;
        const key = e.key ? `${e.kind}:${e.key}` : `#${i}`;
        const seen = first.get(key);
        if (!seen)
            first.set(key, { intro, det });
        else
            first.set(key, { intro: Math.min(seen.intro, intro), det: Math.min(seen.det, det) });
    });
    let worst;
    for (const v of first.values())
        if (!worst || v.det - v.intro > worst.det - worst.intro)
            worst = v;
    if (!worst)
        return { hours: null, leaks: 0, introducedAt: null, detectedAt: null };
    return {
        hours: hoursBetween(worst.intro, worst.det),
        leaks: first.size,
        introducedAt: new Date(worst.intro).toISOString(),
        detectedAt: new Date(worst.det).toISOString(),
    };
}
/** Adjusted lead time = lead time + detection latency, with both buckets kept. */
function adjustedLeadTime(lead, latency) {
    return {
        hours: lead === null ? null : Math.round((lead + (latency ?? 0)) * 100) / 100,
        buckets: { leadTimeHours: lead, detectionLatencyHours: latency },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/types.ts
// Types of the diff-telemetry metrics (report part `metrics`, schema/diff-telemetry-report.v1.json).
// Definitions are in actions/diff-telemetry/METRICS.md; keep the three in step.
const LEAK_EVENT_KINDS = ['secret', 'leaked-file', 'egress-blocked', 'gate-failure'];

;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/risk.ts
// Leak risk coefficient r = 1 − exp(−Σ wᵢ·eᵢ) (METRICS.md §4). Bounded in [0, 1), monotone in
// every count: one more event never lowers r, and no number of events reaches 1.


/** Defaults: one leaked secret alone gives r ≈ 0.26, one leak-pattern file ≈ 0.10. */
const DEFAULT_RISK_WEIGHTS = Object.freeze({
    secret: 0.3,
    'leaked-file': 0.1,
    'egress-blocked': 0.05,
    'gate-failure': 0.15,
});
/** Largest reported r: rounding to 3 decimals must not reach 1. */
const R_MAX = 0.999;
function zeroCounts() {
    return { secret: 0, 'leaked-file': 0, 'egress-blocked': 0, 'gate-failure': 0 };
}
function addCounts(a, b) {
    const out = { ...a };
    for (const k of LEAK_EVENT_KINDS)
        out[k] += b[k] ?? 0;
    return out;
}
/** r for the given counts, rounded to 3 decimals and clamped to [0, R_MAX]. */
function leakRisk(counts, weights = DEFAULT_RISK_WEIGHTS) {
    let exposure = 0;
    for (const k of LEAK_EVENT_KINDS) {
        const n = counts[k] ?? 0;
        if (n > 0 && weights[k] > 0)
            exposure += weights[k] * n;
    }
    const r = 1 - Math.exp(-exposure);
    if (!(r > 0))
        return 0; // also maps NaN to 0
    return Math.min(R_MAX, Math.round(r * 1000) / 1000);
}
/**
 * Parses `secret=0.3, leaked-file=0.1` (comma or newline separated, or the `list` option's items); unnamed kinds keep
 * their default. Throws InputError naming `inputName` for an unknown kind or a bad weight.
 */
function parseRiskWeights(raw, inputName = 'risk-weights') {
    const weights = { ...DEFAULT_RISK_WEIGHTS };
    const parts = (typeof raw === 'string' ? [raw] : (raw ?? [])).flatMap((s) => s.split(/[,\n]/));
    for (const part of parts.map((s) => s.trim()).filter(Boolean)) {
        const m = /^([a-z-]+)\s*[=:]\s*(\S+)$/.exec(part);
        if (!m) {
            throw new errors/* InputError */.dz({ input: inputName, problem: `"${part}" is not kind=weight`, fix: `write e.g. "secret=0.3, leaked-file=0.1"` });
        }
        const kind = m[1];
        if (!LEAK_EVENT_KINDS.includes(kind)) {
            throw new errors/* InputError */.dz({ input: inputName, problem: `unknown event kind "${m[1]}"`, fix: `use one of ${LEAK_EVENT_KINDS.join(', ')}` });
        }
        const w = Number(m[2]);
        if (!Number.isFinite(w) || w < 0) {
            throw new errors/* InputError */.dz({ input: inputName, problem: `weight of ${kind} must be a number ≥ 0, got "${m[2]}"`, fix: `set e.g. ${kind}=${DEFAULT_RISK_WEIGHTS[kind]}` });
        }
        weights[kind] = w;
    }
    return weights;
}

;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/velocity.ts
// Risk-adjusted velocity = raw velocity × (1 − r) (METRICS.md §5).

/** round(raw × (1 − r)); e.g. raw 45, r 0.156 -> 37.98 -> 38. */
function riskAdjustedVelocity(raw, r) {
    if (!Number.isFinite(raw) || raw < 0) {
        throw new errors/* InputError */.dz({ input: 'velocity', problem: `raw velocity must be a number ≥ 0, got ${raw}`, fix: 'give story points per week, or leave it empty to use merged changes per week' });
    }
    const clamped = Math.min(Math.max(r, 0), 1);
    // The epsilon keeps x.5 results that float math puts at x.4999… rounding up.
    return Math.round(raw * (1 - clamped) + 1e-9);
}
function velocityMetric(raw, rawSource, r) {
    return { raw, rawSource, r, adjusted: riskAdjustedVelocity(raw, r) };
}

;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/pipeline.ts

/** Leak-pattern files per workflow: total, runs, per run and in the newest run (METRICS.md §6). */
function leakedFilesPerPipeline(records) {
    const by = new Map();
    for (const rec of records) {
        const t = toMs(rec.time);
        const cur = by.get(rec.workflow) ?? { runs: 0, leaked: 0, latestTime: -Infinity, latest: 0 };
        cur.runs += rec.runs;
        cur.leaked += rec.leakedFiles;
        // A weekly aggregate is never "the newest run", unless it is all there is.
        if (t >= cur.latestTime && (rec.runs === 1 || cur.latestTime === -Infinity)) {
            cur.latestTime = t;
            cur.latest = rec.leakedFiles;
        }
        by.set(rec.workflow, cur);
    }
    return [...by.entries()]
        .map(([workflow, v]) => ({
        workflow,
        runs: v.runs,
        leakedFiles: v.leaked,
        perRun: v.runs ? Math.round((v.leaked / v.runs) * 100) / 100 : 0,
        latest: v.latest,
    }))
        .sort((a, b) => b.leakedFiles - a.leakedFiles || a.workflow.localeCompare(b.workflow));
}
/** Merged changes in the 7 days ending at `now` (inclusive), from records' `changes`. */
function mergedChangesPerWeek(records, now) {
    const to = toMs(now);
    const from = to - 7 * DAY_MS;
    let n = 0;
    for (const rec of records) {
        const t = toMs(rec.time);
        if (t > from && t <= to)
            n += rec.changes;
    }
    return n;
}

;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/reports.ts
// Leak events from other Bulkhead JSON reports (envelope {kind, schemaVersion, tool, generatedAt, data}).
// Which field is counted per kind is documented in METRICS.md §4.




const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Array -> its items; non-negative integer -> that many anonymous items; else undefined. */
function items(v) {
    if (Array.isArray(v))
        return v;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0)
        return Array.from({ length: v }, () => undefined);
    return undefined;
}
/** First of `fields` present in data with a usable count. */
function firstCount(data, fields) {
    for (const f of fields) {
        const got = items(data[f]);
        if (got)
            return got;
    }
    return [];
}
const KIND_EVENTS = {
    'secret-scan': { kind: 'secret', fields: ['findings', 'events'] },
    'diff-telemetry': { kind: 'leaked-file', fields: ['leakedFiles', 'events'] },
    'egress-gate': { kind: 'egress-blocked', fields: ['blocked', 'events'] },
    'oauth-signature-gate': { kind: 'gate-failure', fields: ['events', 'findings'] },
    'double-write': { kind: 'gate-failure', fields: ['events', 'findings'] },
};
function bad(path, problem) {
    return new errors/* ResourceError */.BS({
        input: 'reports',
        problem: `${path}: ${problem}`,
        fix: 'point `reports` at JSON reports written by Bulkhead actions (their `json-report` / `--format json` output)',
    });
}
/** Parses one report's text. Throws ResourceError (input `reports`) when it is not a Bulkhead report. */
function parseLeakReport(text, path, runTime) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        throw bad(path, 'is not valid JSON');
    }
    if (!isObj(doc) || typeof doc.kind !== 'string' || !isObj(doc.data)) {
        throw bad(path, 'has no Bulkhead report envelope ({kind, data})');
    }
    const gen = typeof doc.generatedAt === 'string' && !Number.isNaN(toMs(doc.generatedAt)) ? doc.generatedAt : null;
    const spec = KIND_EVENTS[doc.kind];
    if (!spec)
        return { path, kind: doc.kind, generatedAt: gen, events: [], note: `${path}: report kind "${doc.kind}" is not a leak source; ignored` };
    const data = doc.data;
    let list = firstCount(data, spec.fields);
    // A gate report with no counted items still counts one failure when it says it failed.
    if (list.length === 0 && spec.kind === 'gate-failure' && (data.passed === false || data.failed === true))
        list = [undefined];
    const detectedAt = gen ?? runTime;
    const events = list.map((item) => {
        const ev = { kind: spec.kind, detectedAt, source: path };
        if (isObj(item)) {
            const loc = isObj(item.location) ? item.location : undefined;
            const intro = loc?.commitDate ?? item.introducedAt;
            if (typeof intro === 'string' && !Number.isNaN(toMs(intro)))
                ev.introducedAt = intro;
            const key = item.fingerprint ?? item.path ?? loc?.path;
            if (typeof key === 'string')
                ev.key = key;
        }
        else if (typeof item === 'string') {
            ev.key = item; // diff-telemetry leakedFiles: paths
        }
        return ev;
    });
    return { path, kind: doc.kind, generatedAt: gen, events };
}
/** Reads and parses each path (relative to `baseDir`). Missing or malformed -> ResourceError (`reports`). */
async function readLeakReports(paths, runTime, baseDir = '.') {
    const out = [];
    for (const p of paths) {
        let text;
        try {
            text = await (0,promises_.readFile)((0,external_node_path_.resolve)(baseDir, p), 'utf8');
        }
        catch (e) {
            const code = e.code;
            throw new errors/* ResourceError */.BS({
                input: 'reports',
                problem: `${p}: cannot be read (${code === 'ENOENT' ? 'no such file' : (code ?? 'read error')})`,
                fix: 'run the action that writes the report earlier in the job, or fix the path (relative to the workspace)',
            });
        }
        out.push(parseLeakReport(text, p, runTime));
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/compute.ts





const DEFAULT_RISK_WINDOW_MS = 7 * DAY_MS;
function countEvents(events) {
    const c = zeroCounts();
    for (const e of events)
        c[e.kind]++;
    return c;
}
/** This run's leak events: its own leak-pattern files plus the given reports' events. */
function runLeakEvents(input) {
    const now = toIso(input.now);
    const own = input.measurement.leakedFiles.map((path) => {
        // Which commit of the range added the file is not tracked: its oldest commit bounds it.
        const ev = { kind: 'leaked-file', detectedAt: now, source: 'diff-telemetry', key: path };
        if (input.measurement.firstCommitDate)
            ev.introducedAt = input.measurement.firstCommitDate;
        return ev;
    });
    return [...own, ...(input.reports ?? []).flatMap((r) => r.events)];
}
function computeDiffMetrics(input) {
    const now = toIso(input.now);
    const nowMs = toMs(now);
    const history = input.history ?? [];
    const weights = input.weights ?? { ...DEFAULT_RISK_WEIGHTS };
    const windowMs = input.riskWindowMs ?? DEFAULT_RISK_WINDOW_MS;
    const days = Math.round((windowMs / DAY_MS) * 1000) / 1000;
    const fromMs = nowMs - windowMs;
    const events = runLeakEvents(input);
    const inWindow = (t) => t > fromMs && t <= nowMs;
    // Reports older than the window do not count; a clock a little ahead of the runner's still does.
    const runEvents = countEvents(events.filter((e) => toMs(e.detectedAt) > fromMs));
    let windowEvents = runEvents;
    for (const rec of history)
        if (inWindow(toMs(rec.time)))
            windowEvents = addCounts(windowEvents, rec.events);
    const r = leakRisk(windowEvents, weights);
    const notes = (input.reports ?? []).flatMap((rep) => (rep.note ? [rep.note] : []));
    const lead = leadTime(input.measurement.firstCommitDate, now);
    const latency = detectionLatency(events);
    const merged = input.merged ?? true;
    const raw = input.rawVelocity ?? mergedChangesPerWeek([...history, { time: now, changes: merged ? 1 : 0 }], now);
    const runRecord = { workflow: input.workflow, runs: 1, time: now, leakedFiles: input.measurement.leakedFiles.length };
    return {
        schemaVersion: 1,
        runId: input.runId,
        workflow: input.workflow,
        leadTime: lead,
        detectionLatency: latency,
        adjustedLeadTime: adjustedLeadTime(lead.hours, latency.hours),
        risk: {
            r,
            window: { from: new Date(fromMs).toISOString(), to: now, days },
            weights,
            events: windowEvents,
            runEvents,
            notes,
        },
        velocity: velocityMetric(raw, input.rawVelocity === undefined ? 'merged-changes-per-week' : 'input', r),
        leakedFiles: {
            thisRun: input.measurement.leakedFiles.length,
            perPipeline: leakedFilesPerPipeline([...history, runRecord]),
        },
    };
}
/** The small record this run appends to the history. */
function toHistoryRecord(input, metrics) {
    const ev = metrics.risk.runEvents;
    return {
        runId: input.runId,
        time: toIso(input.now),
        workflow: input.workflow,
        runs: 1,
        diffBytes: input.measurement.counted.diffBytes,
        files: input.measurement.counted.filesChanged,
        binaryBytes: input.measurement.counted.binaryBytes,
        leakedFiles: metrics.leakedFiles.thisRun,
        alerts: input.alert ? 1 : 0,
        r: metrics.risk.r,
        leadTimeHours: metrics.leadTime.hours,
        detectionLatencyHours: metrics.detectionLatency.hours,
        adjustedVelocity: metrics.velocity.adjusted,
        leakDetected: ev.secret + ev['leaked-file'] + ev['egress-blocked'] + ev['gate-failure'] > 0,
        changes: (input.merged ?? true) ? 1 : 0,
        events: { ...ev },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/index.ts
// diff-telemetry metrics: lead time, detection latency, leak risk r, risk-adjusted velocity,
// leaked files per pipeline. Definitions: actions/diff-telemetry/METRICS.md.









;// CONCATENATED MODULE: ./packages/core/src/diff/history/compact.ts

const DEFAULT_KEEP_RUNS = 200;
const DEFAULT_KEEP_WEEKS = 104;
/** ISO 8601 week label `YYYY-Www` (weeks start Monday; week 1 holds the year's first Thursday). */
function isoWeek(time) {
    const d = new Date(time);
    const day = (d.getUTCDay() + 6) % 7; // Monday = 0
    const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day + 3));
    const year = thursday.getUTCFullYear();
    const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
    return `${year}-W${String(week).padStart(2, '0')}`;
}
const byTime = (a, b) => Date.parse(a.time) - Date.parse(b.time);
const round = (n, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
function weightedMean(recs, pick) {
    let sum = 0;
    let n = 0;
    for (const r of recs) {
        const v = pick(r);
        if (v === null)
            continue;
        sum += v * r.runs;
        n += r.runs;
    }
    return n ? sum / n : null;
}
function maxOf(recs, pick) {
    const vals = recs.map(pick).filter((v) => v !== null);
    return vals.length ? Math.max(...vals) : null;
}
/** Folds records of one workflow and week into one (means weighted by runs, sums, maxima). */
function aggregateWeek(week, recs) {
    const sorted = [...recs].sort(byTime);
    const mean = (pick) => Math.round(weightedMean(sorted, pick) ?? 0);
    const velocity = weightedMean(sorted, (r) => r.adjustedVelocity);
    const lead = weightedMean(sorted, (r) => r.leadTimeHours);
    return {
        runId: `week:${week}`,
        time: sorted[sorted.length - 1].time,
        workflow: sorted[0].workflow,
        runs: sorted.reduce((n, r) => n + r.runs, 0),
        diffBytes: mean((r) => r.diffBytes),
        files: mean((r) => r.files),
        binaryBytes: mean((r) => r.binaryBytes),
        leakedFiles: sorted.reduce((n, r) => n + r.leakedFiles, 0),
        alerts: sorted.reduce((n, r) => n + r.alerts, 0),
        r: Math.max(...sorted.map((r) => r.r)),
        leadTimeHours: lead === null ? null : round(lead),
        detectionLatencyHours: maxOf(sorted, (r) => r.detectionLatencyHours),
        adjustedVelocity: velocity === null ? null : round(velocity),
        leakDetected: sorted.some((r) => r.leakDetected),
        changes: sorted.reduce((n, r) => n + r.changes, 0),
        events: sorted.reduce((c, r) => addCounts(c, r.events), zeroCounts()),
    };
}
/** Sorted by time; at most keep + keepWeeks × workflows records. Idempotent. */
function compactHistory(records, opts = {}) {
    const keep = opts.keep ?? DEFAULT_KEEP_RUNS;
    const keepWeeks = opts.keepWeeks ?? DEFAULT_KEEP_WEEKS;
    const sorted = [...records].sort(byTime);
    const singles = sorted.filter((r) => r.runs === 1 && !r.runId.startsWith('week:'));
    const recent = singles.slice(Math.max(0, singles.length - keep));
    const recentSet = new Set(recent);
    const groups = new Map();
    for (const r of sorted) {
        if (recentSet.has(r))
            continue;
        const week = r.runId.startsWith('week:') ? r.runId.slice(5) : isoWeek(r.time);
        const key = `${r.workflow}\u0000${week}`;
        const g = groups.get(key) ?? { week, recs: [] };
        g.recs.push(r);
        groups.set(key, g);
    }
    const weeks = [...groups.values()].map((g) => (g.recs.length === 1 && g.recs[0].runId.startsWith('week:') ? g.recs[0] : aggregateWeek(g.week, g.recs)));
    const weekLabels = [...new Set(weeks.map((w) => w.runId))].sort().slice(-keepWeeks);
    const kept = weeks.filter((w) => weekLabels.includes(w.runId));
    return [...kept, ...recent].sort(byTime);
}

;// CONCATENATED MODULE: ./packages/core/src/diff/history/types.ts
const HISTORY_VERSION = 1;

;// CONCATENATED MODULE: ./packages/core/src/diff/history/parse.ts
// Reads a history file back, checking each record's shape so a hand-edited or truncated file
// fails with a clear message instead of NaN charts.



const NUMS = ['runs', 'diffBytes', 'files', 'binaryBytes', 'leakedFiles', 'alerts', 'r', 'changes'];
const NULLABLE = ['leadTimeHours', 'detectionLatencyHours', 'adjustedVelocity'];
function fail(where, problem, input) {
    throw new errors/* ResourceError */.BS({
        input,
        problem: `${where}: ${problem}`,
        fix: 'restore the file from version control, or delete it to start a new history',
    });
}
/** Checks one record; returns the problem or undefined. */
function recordProblem(v) {
    if (typeof v !== 'object' || v === null)
        return 'not an object';
    const r = v;
    for (const k of ['runId', 'time', 'workflow'])
        if (typeof r[k] !== 'string')
            return `${k} is not a string`;
    if (Number.isNaN(Date.parse(r.time)))
        return 'time is not an ISO date';
    for (const k of NUMS)
        if (typeof r[k] !== 'number' || !Number.isFinite(r[k]) || r[k] < 0)
            return `${k} is not a number ≥ 0`;
    for (const k of NULLABLE)
        if (r[k] !== null && (typeof r[k] !== 'number' || !Number.isFinite(r[k])))
            return `${k} is not a number or null`;
    if (typeof r.leakDetected !== 'boolean')
        return 'leakDetected is not a boolean';
    const ev = r.events;
    if (typeof ev !== 'object' || ev === null)
        return 'events is not an object';
    for (const k of LEAK_EVENT_KINDS)
        if (typeof ev[k] !== 'number')
            return `events.${k} is not a number`;
    return undefined;
}
/** Parses history file text. `where` names the file in errors; `input` the option that named it. */
function parseHistory(text, where, input = 'history') {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        fail(where, 'is not valid JSON (corrupt or truncated history)', input);
    }
    const file = doc;
    if (typeof file !== 'object' || file === null || file.schema !== 'bulkhead/diff-history' || !Array.isArray(file.records)) {
        fail(where, 'is not a Bulkhead diff history ({schema: "bulkhead/diff-history", records: [...]})', input);
    }
    if (file.version !== HISTORY_VERSION)
        fail(where, `has history version ${String(file.version)}, this Bulkhead reads ${HISTORY_VERSION}`, input);
    file.records.forEach((rec, i) => {
        const p = recordProblem(rec);
        if (p)
            fail(where, `record ${i}: ${p}`, input);
    });
    return file.records;
}
function serializeHistory(records) {
    const file = { schema: 'bulkhead/diff-history', version: HISTORY_VERSION, records: [...records] };
    return JSON.stringify(file) + '\n';
}

;// CONCATENATED MODULE: ./packages/core/src/diff/history/file-store.ts
// History kept in a JSON file the user commits or uploads. Writes are atomic (temp + rename) so a
// cancelled job never leaves half a file behind.






class FileHistoryStore {
    path;
    #opts;
    constructor(path, opts = {}) {
        this.path = path;
        this.#opts = opts;
    }
    async load() {
        let text;
        try {
            text = await (0,promises_.readFile)(this.path, 'utf8');
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return []; // first run
            throw new errors/* ResourceError */.BS({
                input: this.#opts.input ?? 'history',
                problem: `${this.path} cannot be read (${e.code ?? 'error'})`,
                fix: 'point it at a readable file, or at a path that does not exist yet to start a history',
            });
        }
        return parseHistory(text, this.path, this.#opts.input);
    }
    /** Compacts, then writes a temp file beside the target and renames it over. */
    async save(records) {
        const text = serializeHistory(compactHistory(records, this.#opts));
        const dir = (0,external_node_path_.dirname)(this.path);
        const tmp = (0,external_node_path_.join)(dir, `.${(0,external_node_path_.basename)(this.path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
        try {
            await (0,promises_.mkdir)(dir, { recursive: true });
            await (0,promises_.writeFile)(tmp, text, { encoding: 'utf8', flush: true });
            await (0,promises_.rename)(tmp, this.path);
        }
        catch (e) {
            await (0,promises_.rm)(tmp, { force: true });
            throw new errors/* ResourceError */.BS({
                input: this.#opts.input ?? 'history',
                problem: `${this.path} cannot be written (${e.code ?? 'error'})`,
                fix: 'use a path inside the workspace that the job can write',
            });
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/diff/history/run.ts


/** `input.history` is ignored: the store's records are used. */
async function recordRun(store, input, opts = {}) {
    const before = await store.load();
    const full = { ...input, history: before };
    const metrics = computeDiffMetrics(full);
    const record = toHistoryRecord(full, metrics);
    // A re-run of the same run replaces its record rather than counting twice.
    const history = compactHistory([...before.filter((r) => r.runId !== record.runId), record], opts);
    await store.save(history);
    return { metrics, record, history };
}

;// CONCATENATED MODULE: ./packages/core/src/diff/history/index.ts
// diff-telemetry run history: record shape, stores, compaction, Mermaid trend.







;// CONCATENATED MODULE: ./packages/core/src/diff/dashboard/escape.ts
// Everything that came from a history file (workflow names, run ids) is text, never markup.
const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escape_escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => MAP[c]);
}

;// CONCATENATED MODULE: ./packages/core/src/diff/dashboard/svg-chart.ts
// A small inline SVG line chart: no library, no script, so the dashboard stays one offline file.

const W = 560;
const H = 200;
const PAD = { left: 56, right: 12, top: 28, bottom: 28 };
const fmtDefault = (v) => (Math.abs(v) >= 100 ? String(Math.round(v)) : String(Math.round(v * 100) / 100));
function renderLineChart(spec) {
    const fmt = spec.format ?? fmtDefault;
    const known = spec.values.filter((v) => v !== null);
    const yMax = spec.yMax ?? Math.max(1, ...known) * 1.1;
    const n = spec.values.length;
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const x = (i) => PAD.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
    const y = (v) => PAD.top + plotH - (Math.min(v, yMax) / yMax) * plotH;
    const r2 = (v) => Math.round(v * 100) / 100;
    // A null breaks the line: a gap says "not measured", not "zero".
    const segments = [[]];
    const points = [];
    spec.values.forEach((v, i) => {
        if (v === null) {
            if (segments[segments.length - 1].length)
                segments.push([]);
            return;
        }
        segments[segments.length - 1].push(`${r2(x(i))},${r2(y(v))}`);
        points.push(`<circle data-testid="point" cx="${r2(x(i))}" cy="${r2(y(v))}" r="3" fill="${spec.color}"><title>${escape_escapeHtml(spec.labels[i] ?? '')}: ${escape_escapeHtml(fmt(v))} ${escape_escapeHtml(spec.unit)}</title></circle>`);
    });
    const lines = segments
        .filter((s) => s.length > 1)
        .map((s) => `<polyline fill="none" stroke="${spec.color}" stroke-width="2" points="${s.join(' ')}"/>`);
    const latest = known.length ? fmt(known[known.length - 1]) : '–';
    const first = spec.labels[0] ?? '';
    const last = spec.labels[n - 1] ?? '';
    return [
        `<svg data-testid="chart-${escape_escapeHtml(spec.id)}" role="img" aria-label="${escape_escapeHtml(spec.title)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">`,
        `<text x="${PAD.left}" y="18" class="t">${escape_escapeHtml(spec.title)} <tspan class="m">latest ${escape_escapeHtml(latest)} ${escape_escapeHtml(spec.unit)}</tspan></text>`,
        `<line x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${W - PAD.right}" y2="${PAD.top + plotH}" class="ax"/>`,
        `<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${PAD.top + plotH}" class="ax"/>`,
        `<text x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end" class="m">${escape_escapeHtml(fmt(yMax))}</text>`,
        `<text x="${PAD.left - 6}" y="${PAD.top + plotH}" text-anchor="end" class="m">0</text>`,
        `<text x="${PAD.left}" y="${H - 8}" class="m">${escape_escapeHtml(first)}</text>`,
        `<text x="${W - PAD.right}" y="${H - 8}" text-anchor="end" class="m">${escape_escapeHtml(last)}</text>`,
        ...lines,
        ...points,
        known.length ? '' : `<text x="${W / 2}" y="${H / 2}" text-anchor="middle" class="m">no data</text>`,
        '</svg>',
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/diff/dashboard/render.ts



const DEFAULT_DASHBOARD_RUNS = 100;
/** Chart ids, in page order; each SVG is data-testid="chart-<id>". */
const DASHBOARD_CHARTS = (/* unused pure expression or super */ null && (['diff-size', 'alerts', 'leaked-files', 'risk', 'lead-time', 'adjusted-velocity']));
const CSS = `
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1f2328;background:#fff}
h1{font-size:20px;margin:0 0 12px}
.flag{background:#d1242f;color:#fff;padding:12px 16px;border-radius:6px;font-weight:600;margin:0 0 16px}
.ok{background:#dafbe1;color:#1a7f37;padding:12px 16px;border-radius:6px;margin:0 0 16px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:16px}
svg{border:1px solid #d0d7de;border-radius:6px;background:#fff}
.t{font-weight:600;font-size:13px}.m{fill:#59636e;font-size:11px;font-weight:400}.ax{stroke:#d0d7de}
table{border-collapse:collapse;margin:16px 0}td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:right}
th:first-child,td:first-child{text-align:left}footer{color:#59636e;font-size:12px;margin-top:16px}`;
function render_label(r) {
    if (r.runId.startsWith('week:'))
        return `${r.runId.slice(5)} (${r.runs} runs)`;
    return `${r.time.slice(0, 16).replace('T', ' ')} #${r.runId}`;
}
function runsTable(records) {
    const rows = [...records].reverse().map((r) => `<tr${r.leakDetected ? ' class="leak"' : ''}><td>${escape_escapeHtml(render_label(r))}</td><td>${escape_escapeHtml(r.workflow)}</td><td>${r.diffBytes}</td><td>${r.files}</td><td>${r.binaryBytes}</td><td>${r.leakedFiles}</td><td>${r.alerts}</td><td>${r.r}</td><td>${r.leadTimeHours ?? '–'}</td><td>${r.detectionLatencyHours ?? '–'}</td><td>${r.adjustedVelocity ?? '–'}</td><td>${r.leakDetected ? 'yes' : ''}</td></tr>`);
    return `<table data-testid="runs"><thead><tr><th>Run</th><th>Workflow</th><th>Diff bytes</th><th>Files</th><th>Binary bytes</th><th>Leaked files</th><th>Alerts</th><th>r</th><th>Lead time h</th><th>Detection latency h</th><th>Adj. velocity</th><th>Leak</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
function pipelinesTable(records) {
    const rows = leakedFilesPerPipeline(records).map((p) => `<tr><td>${escape_escapeHtml(p.workflow)}</td><td>${p.runs}</td><td>${p.leakedFiles}</td><td>${p.perRun}</td><td>${p.latest}</td></tr>`);
    return `<table data-testid="pipelines"><thead><tr><th>Workflow</th><th>Runs</th><th>Leaked files</th><th>Per run</th><th>Latest run</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
function renderDashboard(records, opts = {}) {
    const title = opts.title ?? 'Bulkhead diff-telemetry';
    const shown = [...records].sort((a, b) => Date.parse(a.time) - Date.parse(b.time)).slice(-(opts.last ?? DEFAULT_DASHBOARD_RUNS));
    const latest = shown[shown.length - 1];
    const labels = shown.map(render_label);
    const spec = (id, t, unit, color, pick, extra = {}) => renderLineChart({ id, title: t, unit, color, labels, values: shown.map(pick), ...extra });
    const charts = [
        spec('diff-size', 'Diff size', 'KiB', '#0969da', (r) => Math.round((r.diffBytes / 1024) * 10) / 10),
        spec('alerts', 'Size alerts', 'alerts', '#bf8700', (r) => r.alerts),
        spec('leaked-files', 'Leaked files', 'files', '#d1242f', (r) => r.leakedFiles),
        spec('risk', 'Leak risk r', '', '#8250df', (r) => r.r, { yMax: 1, format: (v) => String(v) }),
        spec('lead-time', 'Lead time', 'h', '#1a7f37', (r) => r.leadTimeHours),
        spec('adjusted-velocity', 'Risk-adjusted velocity', '', '#57606a', (r) => r.adjustedVelocity),
    ];
    const banner = !latest
        ? '<p class="ok" data-testid="no-history">No runs recorded yet.</p>'
        : latest.leakDetected
            ? `<div class="flag" role="alert" data-testid="leak-flag">&#9873; Leak detected in the latest run (${escape_escapeHtml(render_label(latest))}, ${escape_escapeHtml(latest.workflow)}): ${latest.leakedFiles} leaked file(s), r = ${latest.r}</div>`
            : `<p class="ok" data-testid="no-leak">No leak in the latest run (${escape_escapeHtml(render_label(latest))}).</p>`;
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape_escapeHtml(title)}</title><style>${CSS}</style></head>
<body>
<h1>${escape_escapeHtml(title)}</h1>
${banner}
<div class="grid">
${charts.join('\n')}
</div>
<h2>Leaked files per pipeline</h2>
${pipelinesTable(records)}
<h2>Runs</h2>
${runsTable(shown)}
<footer>${shown.length} of ${records.length} records shown. Generated by Bulkhead${opts.generatedAt ? ` at ${escape_escapeHtml(opts.generatedAt)}` : ''}. Metric definitions: actions/diff-telemetry/METRICS.md.</footer>
</body></html>
`;
}

// EXTERNAL MODULE: ./packages/core/src/diff/dashboard/decl.ts
var dashboard_decl = __webpack_require__(672);
;// CONCATENATED MODULE: ./packages/core/src/diff/dashboard/index.ts
// `bulkhead dashboard`: history -> one self-contained HTML page.




;// CONCATENATED MODULE: ./packages/core/src/diff/history/trend.ts
const DEFAULT_TREND_RUNS = 30;
/** `MM-DD` labels; repeats on the same day get b, c, … so categories stay distinct. */
function labels(records) {
    const seen = new Map();
    return records.map((r) => {
        const d = new Date(r.time);
        const base = `${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        return n === 0 ? base : `${base}${String.fromCharCode(97 + Math.min(n, 25))}`;
    });
}
const num = (n) => String(Math.round(n * 1000) / 1000);
/** Mermaid strings cannot hold a double quote; nothing here needs one. */
const quote = (s) => `"${s.replace(/"/g, "'")}"`;
function chart(title, xs, yLabel, yMax, kind, values) {
    return [
        '```mermaid',
        'xychart-beta',
        `    title ${quote(title)}`,
        `    x-axis [${xs.map(quote).join(', ')}]`,
        `    y-axis ${quote(yLabel)} 0 --> ${num(yMax)}`,
        `    ${kind} [${values.map(num).join(', ')}]`,
        '```',
    ].join('\n');
}
/** Markdown with two Mermaid charts over the last `last` records; '' when there is no history. */
function renderTrendChart(records, last = DEFAULT_TREND_RUNS) {
    const shown = [...records].sort((a, b) => Date.parse(a.time) - Date.parse(b.time)).slice(-last);
    if (shown.length === 0)
        return '';
    const xs = labels(shown);
    const kib = shown.map((r) => r.diffBytes / 1024);
    const maxKib = Math.max(1, ...kib);
    const yMax = Math.ceil(maxKib * 1.1);
    return [
        chart(`Diff size (KiB), last ${shown.length} runs`, xs, 'KiB', yMax, 'bar', kib.map((v) => Math.round(v * 10) / 10)),
        '',
        chart(`Leak risk r, last ${shown.length} runs`, xs, 'r', 1, 'line', shown.map((r) => r.r)),
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/diff/finish.ts
// After measuring: metrics (risk, velocity, lead time) with the run history, the JSON report, the
// summary and the output values. Shared by the action and the CLI; the history store is passed in
// because the actions-cache store lives in packages/runner.









function parseHistorySetting(raw, baseDir) {
    const v = raw.trim();
    if (v === 'cache' || v === 'none')
        return { kind: v };
    if (v.startsWith('file:') && v.length > 5) {
        const p = v.slice(5);
        return { kind: 'file', path: (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(baseDir, p) };
    }
    throw new errors/* InputError */.dz({ input: 'history', problem: `'${v}' is not a history location`, fix: 'use cache, none, or file:PATH (e.g. file:.bulkhead/history.json)' });
}
function parseRawVelocity(raw) {
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const n = Number(raw.trim());
    if (!Number.isFinite(n) || n < 0) {
        throw new errors/* InputError */.dz({ input: 'raw-velocity', problem: `'${raw}' is not a non-negative number`, fix: 'give story points per period as a number, e.g. 45, or leave it empty to use merged changes per week' });
    }
    return n;
}
/** A run that ships a change: a push to the default branch or a merge-queue group. */
function shipsChange(event) {
    if (event.eventName === 'merge_group')
        return true;
    if (event.eventName !== 'push')
        return false;
    return !event.defaultBranch || event.ref === `refs/heads/${event.defaultBranch}`;
}
async function finishDiffRun(i) {
    const o = i.options;
    const now = i.now.toISOString();
    const m = i.result.measurement;
    const input = {
        now,
        runId: i.event.runId ?? `local-${i.now.getTime()}`,
        workflow: i.event.workflow ?? 'local',
        measurement: m,
        alert: i.result.verdict.alert,
        reports: o.reports?.length ? await readLeakReports(o.reports, now, i.baseDir) : [],
        weights: parseRiskWeights(o['risk-weights']),
        riskWindowMs: o['risk-window'],
        rawVelocity: parseRawVelocity(o['raw-velocity']),
        merged: shipsChange(i.event),
    };
    let metrics;
    let history = [];
    if (i.store)
        ({ metrics, history } = await recordRun(i.store, input));
    else
        metrics = computeDiffMetrics(input);
    const report = buildDiffReport(i.result, { generatedAt: now, version: BULKHEAD_VERSION, metrics });
    const summary = renderDiffSummary(i.result, [renderMetrics(metrics), history.length > 1 ? renderTrendChart(history) : '']);
    const outputs = {
        'diff-bytes': m.counted.diffBytes,
        'files-changed': m.counted.filesChanged,
        'binary-bytes': m.counted.binaryBytes,
        'leaked-files': m.leakedFiles.length,
        alert: i.result.verdict.alert,
        'risk-coefficient': metrics.risk.r,
        'adjusted-velocity': metrics.velocity.adjusted,
        'lead-time-hours': metrics.leadTime.hours ?? '',
    };
    return { metrics, history, report, summary, outputs };
}
const hours = (h) => (h === null ? '—' : `${h} h`);
function renderMetrics(x) {
    const rows = [
        ['Leak risk r', `${x.risk.r} (${x.risk.window.days} d window)`],
        ['Velocity (raw → adjusted)', `${x.velocity.raw} → ${x.velocity.adjusted} (${x.velocity.rawSource})`],
        ['Lead time', hours(x.leadTime.hours)],
        ['Detection latency', hours(x.detectionLatency.hours)],
        ['Adjusted lead time', hours(x.adjustedLeadTime.hours)],
        ['Leaked files (this run)', `${x.leakedFiles.thisRun}`],
    ];
    const notes = x.risk.notes.length ? `\n${x.risk.notes.map((n) => `- ${n.replace(/[|\n]/g, ' ')}`).join('\n')}\n` : '';
    return `### Metrics\n\n| Metric | Value |\n| --- | --- |\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}\n${notes}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/diff/index.ts
// barrel for diff












// EXTERNAL MODULE: ./packages/core/src/decls.ts
var decls = __webpack_require__(9700);
;// CONCATENATED MODULE: ./packages/core/src/fs/atomic.ts
// Atomic file writes: temp file in the same directory, fsync, rename, fsync the directory.
// A crash leaves the old file or the new one, never half of either.



async function writeFileAtomic(file, data) {
    const dir = (0,external_node_path_.dirname)(file);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const tmp = (0,external_node_path_.join)(dir, `.${(0,external_node_path_.basename)(file)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    const fh = await (0,promises_.open)(tmp, 'wx', 0o644);
    try {
        try {
            await fh.writeFile(data);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,promises_.rename)(tmp, file);
    }
    catch (err) {
        await (0,promises_.unlink)(tmp).catch(() => { });
        throw err;
    }
    await atomic_syncDir(dir);
}
async function atomic_syncDir(dir) {
    // Directory fsync makes the rename durable; some filesystems refuse it, which is harmless.
    const fh = await (0,promises_.open)(dir, 'r').catch(() => undefined);
    if (!fh)
        return;
    await fh.sync().catch(() => { });
    await fh.close();
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts
// Public surface of @bulkhead/core. Each area owns its own barrel (./<area>/index.ts).













/***/ }),

/***/ 2110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   userMessage: () => (/* binding */ userMessage)
/* harmony export */ });
/* unused harmony export exitCodeFor */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
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
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL) {
        // Config errors carry `<file>: <section.key>`, or just `<file>` for file-level problems.
        const m = /^(.*?): (.+)$/.exec(input);
        return m ? `${m[1]} key '${m[2]}'` : input;
    }
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
        return surface === 'cli' ? `Option '--${input}'` : `Input '${input}'`;
    return input;
}
/**
 * `Input 'max-diff-bytes': "5XB" is not a byte size. Fix: use a number with a unit such as 5MB or 512KiB.`
 * Always a single line. Anything that is not a BulkheadError is a bug: `Unexpected error: <message>`.
 */
function userMessage(e, options = {}) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BulkheadError */ .xR) {
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


/***/ })

};
