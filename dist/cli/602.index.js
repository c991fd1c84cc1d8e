export const id = 602;
export const ids = [602,110];
export const modules = {

/***/ 2602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xWR: () => (/* reexport */ ACTION_DECLS),
  yp$: () => (/* reexport */ FileHistoryStore),
  dzK: () => (/* reexport */ errors/* InputError */.dz),
  BSv: () => (/* reexport */ errors/* ResourceError */.BS),
  qo1: () => (/* reexport */ cliTarget),
  llX: () => (/* reexport */ engineOptions),
  v9h: () => (/* reexport */ result_failingFindings),
  Z9L: () => (/* reexport */ loadConfig),
  Itd: () => (/* reexport */ mergeSarif),
  AcW: () => (/* reexport */ parseOptions),
  pFo: () => (/* reexport */ renderDashboard),
  C8N: () => (/* reexport */ secretScan),
  aVm: () => (/* reexport */ secretScanJson),
  rTY: () => (/* reexport */ secretScanSarif),
  FlX: () => (/* reexport */ secretScanText),
  YU5: () => (/* reexport */ sectionsFromDecls),
  LuD: () => (/* reexport */ serializeJson),
  YO2: () => (/* reexport */ serializeSarif),
  B9O: () => (/* reexport */ writeBaseline),
  Zf6: () => (/* reexport */ writeFileAtomic)
});

// UNUSED EXPORTS: ALLOW_CONFIG_SHAPE, ARCHIVE_BOMB_RULE, ARCHIVE_LIMIT_RULE, ARTIFACT_RULES, BUILTIN_RULES, BULKHEAD_URI, BULKHEAD_VERSION, BYTE_UNITS, BulkheadError, CUSTOM_RULES_CONFIG_SHAPE, ConfigError, DASHBOARD_CHARTS, DASHBOARD_DECL, DEFAULT_ARTIFACT_LIMITS, DEFAULT_CONFIG_FILES, DEFAULT_DASHBOARD_RUNS, DEFAULT_EVENT_NAME, DEFAULT_EXCLUDED_CLASSES, DEFAULT_KEEP_RUNS, DEFAULT_KEEP_WEEKS, DEFAULT_LEAK_PATTERNS, DEFAULT_RISK_WEIGHTS, DEFAULT_RISK_WINDOW_MS, DEFAULT_TREND_RUNS, DIFF_REPORT_KIND, DIFF_REPORT_VERSION, DIFF_TELEMETRY_DECL, DURATION_UNITS, FILE_CLASSES, FINGERPRINT_KEY, GENERATED_GLOBS, GateError, GitError, HISTORY_VERSION, IGNORE_FILES, KeywordMatcher, LEAK_EVENT_KINDS, LEAK_PATTERN_RULE, LOCKFILE_NAMES, MINIFIED_LINE_LIMIT, OVERSIZE_ARTIFACT_RULE, R_MAX, SARIF_LEVEL, SARIF_SCHEMA, SECRET_REPORT_KIND, SECRET_REPORT_VERSION, SECRET_SCAN_CONFIG_SHAPES, SECURITY_SEVERITY, SEVERITIES, SummaryBuilder, UsageError, VENDORED_GLOBS, ZERO_SHA, addCounts, adjustedLeadTime, aggregateWeek, applyBaseline, applySuppression, artifactProblemFinding, base62, baselineFromFindings, buildConfigSchema, buildDiffReport, buildJsonReport, buildSarif, capAnnotations, checkBounds, checkShape, closest, commitShardOf, compactHistory, compareFindings, compileAllowList, compileCustomRules, compileRules, computeDiffMetrics, countBySeverity, crc32, customRule, decide, defaultValue, defaultWorkerUrl, describeTarget, detectionLatency, diffAnnotations, editDistance, emptyTotals, ensureCommits, escapeCell, escapeHtml, eventFromPayload, exitCodeFor, expandArtifactGlobs, findAlerts, fingerprint, finishDiffRun, formatBaseline, formatBytes, formatDuration, git, gitSucceeds, globProblem, hasCommit, hasDummyWord, headline, inShard, isArtifactProblem, isBinary, isCodeReference, isCoveredBySpecificRule, isDigest, isDocumentedExample, isFalsePositive, isIdentifierSoup, isInDataUri, isInlineAllowed, isIntegrityLine, isLockfile, isMinifiedContext, isPathLike, isPlaceholder, isPlainWord, isPublicKeyMaterial, isRepetitiveOrSequential, isSecretScanWorker, isShallow, isUserError, isUuid, isWordChain, isoWeek, leadTime, leakPatternFindings, leakRisk, leakedFilesPerPipeline, listCommits, loadIgnoreFile, loadRuleSet, makeClassifier, measureDiff, mergedChangesPerWeek, metricsTableRows, oversizeFiles, parseBoolean, parseBytes, parseConfigText, parseDuration, parseEnum, parseExcludeClasses, parseGlobs, parseHistory, parseHistorySetting, parseIgnoreFiles, parseInteger, parseLeakReport, parseList, parseRawVelocity, parseRiskWeights, parseShard, parseValue, pathToUri, placeholderUrlPassword, precisionFor, probeBacktracking, readArtifact, readBaseline, readLeakReports, recordProblem, recordRun, redact, renderDiffSummary, renderDiffText, renderLineChart, renderMetrics, renderTrendChart, resolveTarget, revListArgs, revisionArgs, riskAdjustedVelocity, ruleById, rulesPerFamily, runDiffTelemetry, runGit, runLeakEvents, runSecretScanWorker, scanBuffer, scanFile, scanFiles, scanHistory, scanStaged, scanText, scrub, secretScanAnnotations, secretScanDecl, secretScanSummary, serializeHistory, severityAtLeast, shannonEntropy, shapeSchema, shardOf, shipsChange, showValue, signedJwtHeader, sniffKind, splitGlobList, stableStringify, toHistoryRecord, userMessage, validGitHubToken, validNpmToken, velocityMetric, walkTree, withBase62Checksum, zeroCounts

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/options/suggest.ts
var suggest = __webpack_require__(5046);
;// CONCATENATED MODULE: ./packages/core/src/options/show.ts
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

;// CONCATENATED MODULE: ./packages/core/src/options/parse.ts
// Typed parsers for raw option strings (action inputs, CLI flags, `.bulkhead.yml` values).
// Each throws InputError naming the option, what was wrong and how to fix it.



function quote(raw, settings) {
    return settings?.secret ? 'the value' : showValue(raw);
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
    throw new errors/* InputError */.dz({
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
        throw new errors/* InputError */.dz({
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
        throw new errors/* InputError */.dz({
            input: name,
            problem: `${quote(raw, settings)} is not a whole number`,
            fix: `use digits only, ${boundsText(bounds) === 'in range' ? 'such as 10' : boundsText(bounds)}`,
        });
    }
    const n = Number(v);
    if (!Number.isSafeInteger(n)) {
        throw new errors/* InputError */.dz({
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
    const guess = settings?.secret ? undefined : (0,suggest/* closest */.k)(v, values);
    const list = values.join(', ');
    throw new errors/* InputError */.dz({
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

;// CONCATENATED MODULE: ./packages/core/src/options/decimal.ts
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

;// CONCATENATED MODULE: ./packages/core/src/options/bytes.ts
// Byte sizes: `5MB` (decimal, 5,000,000), `5MiB` (binary, 5 × 1024²), `1.5GB`, `1024`, `0`.




/** Unit (lower-cased) → bytes. */
const BYTE_UNITS = {
    '': 1,
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
    tib: 1024 ** 4,
};
const FIX = 'use a number with a unit such as 5MB or 512KiB (B, KB, MB, GB, TB, KiB, MiB, GiB, TiB; a bare number is bytes)';
/** Bytes as a safe integer. Units are case-insensitive; fractions are allowed when the result is whole. */
function parseBytes(name, raw, bounds = {}, settings) {
    const shown = settings?.secret ? 'the value' : showValue(raw);
    const m = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)$/i.exec(raw.trim());
    const unit = m ? BYTE_UNITS[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined) {
        const negative = /^\s*-/.test(raw);
        throw new errors/* InputError */.dz({
            input: name,
            problem: negative ? `${shown} is negative` : `${shown} is not a byte size`,
            fix: negative ? 'use 0 or a positive size such as 5MB' : FIX,
        });
    }
    const value = scaleDecimal(m[1], unit);
    if (value === 'fraction') {
        throw new errors/* InputError */.dz({ input: name, problem: `${shown} is not a whole number of bytes`, fix: 'use a smaller unit, e.g. 1536KiB instead of 1.5MiB' });
    }
    if (value === 'overflow') {
        throw new errors/* InputError */.dz({ input: name, problem: `${shown} is too large`, fix: 'use a size below 8 PiB' });
    }
    return checkBounds(name, raw, value, bounds, { ...settings, format: bytes_formatBytes });
}
/** Human-readable size for messages and summaries (`1.5 MB`, `512 B`); decimal units. Not exact. */
function bytes_formatBytes(n) {
    const abs = Math.abs(n);
    const units = [
        ['TB', 1e12],
        ['GB', 1e9],
        ['MB', 1e6],
        ['kB', 1e3],
    ];
    for (const [u, size] of units) {
        if (abs >= size) {
            const v = n / size;
            return `${Number.isInteger(v) ? v : v.toFixed(v < 10 ? 2 : 1)} ${u}`;
        }
    }
    return `${n} B`;
}

;// CONCATENATED MODULE: ./packages/core/src/options/duration.ts
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
const duration_FIX = 'use a number with a unit such as 250ms, 90s, 5m, 2h, 7d, 1w or 1h30m (a bare number is seconds)';
function parseDuration(name, raw, bounds = {}, settings) {
    const shown = settings?.secret ? 'the value' : showValue(raw);
    const v = raw.trim();
    const fail = (problem, fix = duration_FIX) => {
        throw new errors/* InputError */.dz({ input: name, problem, fix });
    };
    if (v.startsWith('-'))
        fail(`${shown} is negative`, 'use 0 or a positive duration such as 90s');
    let total = 0;
    if (/^(\d+(?:\.\d+)?|\.\d+)$/.test(v)) {
        const ms = scaleDecimal(v, 1000);
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
            const ms = scaleDecimal(m[1], DURATION_UNITS[m[2].toLowerCase()]);
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
    return checkBounds(name, raw, total, bounds, { ...settings, format: formatDuration });
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

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var node_modules_picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(node_modules_picomatch);
;// CONCATENATED MODULE: ./packages/core/src/options/globs.ts
// Glob lists (`paths-ignore`, `artifacts`): split like a list but keeping `{a,b}` braces whole,
// then check every pattern compiles and stays inside the scanned root.



/** Split on newlines, and on commas outside `{}` / `[]`, so `src/{a,b}/**` stays one pattern. */
function splitGlobList(raw) {
    const out = [];
    let depth = 0;
    let cur = '';
    for (let i = 0; i < raw.length; i++) {
        const ch = raw[i];
        if (ch === '\\' && i + 1 < raw.length && raw[i + 1] !== '\n' && raw[i + 1] !== '\r') {
            cur += ch + raw[++i];
            continue;
        }
        if (ch === '{' || ch === '[')
            depth++;
        else if ((ch === '}' || ch === ']') && depth > 0)
            depth--;
        if (ch === '\n' || ch === '\r') {
            depth = 0; // a newline always ends a pattern, even an unbalanced one (picomatch reports it)
            out.push(cur);
            cur = '';
        }
        else if (ch === ',' && depth === 0) {
            out.push(cur);
            cur = '';
        }
        else {
            cur += ch;
        }
    }
    out.push(cur);
    return out.map((s) => s.trim()).filter((s) => s.length > 0);
}
/** Why a single pattern is unusable, or undefined when it is fine. */
function globProblem(pattern) {
    const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    if (body.length === 0)
        return { problem: 'is empty', fix: 'remove the empty pattern or write one such as **/*.log' };
    if (/^([/\\]|[A-Za-z]:[/\\]?)/.test(body)) {
        return { problem: 'is an absolute path', fix: 'write patterns relative to the repository root, e.g. dist/**' };
    }
    if (body.split(/[/\\]/).includes('..')) {
        return { problem: "climbs out of the root with '..'", fix: 'write patterns relative to the repository root without ..' };
    }
    if (/(^|[^\\])(\\\\)*\\$/.test(body))
        return { problem: 'ends with a lone backslash', fix: 'remove it or escape it as \\\\' };
    try {
        picomatch_default().makeRe(body, { strictBrackets: true });
    }
    catch (e) {
        return { problem: `is not a valid glob (${e.message.split(' - ')[0]})`, fix: 'close every bracket or brace, or escape it with a backslash' };
    }
    return undefined;
}
/** A validated list of glob patterns (a leading `!` negates a pattern). */
function parseGlobs(name, raw, settings) {
    const patterns = splitGlobList(raw);
    for (const p of patterns) {
        const bad = globProblem(p);
        if (bad)
            throw new errors/* InputError */.dz({ input: name, problem: `${settings?.secret ? 'a pattern' : `pattern ${describeValue(p, false)}`} ${bad.problem}`, fix: bad.fix });
    }
    return patterns;
}

;// CONCATENATED MODULE: ./packages/core/src/options/value.ts
// One dispatcher from a declaration to the right parser, so action inputs, CLI flags and
// `.bulkhead.yml` values are all read by the same code.





function parseValue(decl, raw) {
    const settings = { secret: decl.secret === true };
    const bounds = { min: decl.min, max: decl.max };
    switch (decl.type) {
        case 'string':
            return raw;
        case 'boolean':
            return parseBoolean(decl.name, raw, settings);
        case 'integer':
            return parseInteger(decl.name, raw, bounds, settings);
        case 'enum':
            if (!decl.values || decl.values.length === 0) {
                // A declaration bug, not the user's: let it surface as one.
                throw new Error(`option '${decl.name}' is an enum without values`);
            }
            return parseEnum(decl.name, raw, decl.values, settings);
        case 'list':
            return parseList(decl.name, raw);
        case 'globs':
            return parseGlobs(decl.name, raw, settings);
        case 'bytes':
            return parseBytes(decl.name, raw, bounds, settings);
        case 'duration':
            return parseDuration(decl.name, raw, bounds, settings);
        default: {
            const t = decl.type;
            throw new errors/* InputError */.dz({ input: decl.name, problem: `has unknown type ${String(t)}`, fix: 'report this as a bug' });
        }
    }
}
/** The value an unset option takes: its parsed default, or undefined. An empty default means "unset" for scalars. */
function value_defaultValue(decl) {
    if (decl.default === undefined)
        return undefined;
    if (decl.default === '' && decl.type !== 'string' && decl.type !== 'list' && decl.type !== 'globs')
        return undefined;
    return parseValue(decl, decl.default);
}

;// CONCATENATED MODULE: ./packages/core/src/options/parse-options.ts
// Resolve every declared option from raw sources in precedence order (e.g. [inputs, config section]).


/**
 * The first source with a non-empty string for an option wins (GitHub passes unset inputs as '');
 * then the declared default; a required option with neither is an InputError.
 * Keys no option declares are ignored here; the config loader reports those.
 */
function parseOptions(decl, sources) {
    const options = {};
    const explicit = new Set();
    for (const opt of decl.options) {
        const raw = sources.map((s) => s[opt.name]).find((v) => v !== undefined && v.trim() !== '');
        if (raw !== undefined) {
            options[opt.name] = parseValue(opt, raw);
            explicit.add(opt.name);
        }
        else if (opt.required && (opt.default === undefined || opt.default === '')) {
            throw new errors/* InputError */.dz({
                input: opt.name,
                problem: 'is required but was not given',
                fix: `set '${opt.name}' in the step's with: block, as --${opt.name} on the command line, or under ${decl.name}: in .bulkhead.yml`,
            });
        }
        else {
            options[opt.name] = value_defaultValue(opt);
        }
    }
    return { options: options, explicit };
}

;// CONCATENATED MODULE: ./packages/core/src/options/index.ts










// EXTERNAL MODULE: ./packages/core/src/report/messages.ts
var messages = __webpack_require__(2110);
;// CONCATENATED MODULE: ./packages/core/src/report/summary.ts
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

function json_buildJsonReport(input) {
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
    return `${chars.slice(0, keep).join('')}…(${n})`;
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


;// CONCATENATED MODULE: ./packages/core/src/config/types.ts
/** Every declared action as a config section. */
function sectionsFromDecls(decls) {
    return decls.map((d) => ({ action: d.name, options: d.options, extra: d.config }));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/core/src/config/validate-shape.ts

function kind(v) {
    if (v === null)
        return 'empty';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return `a ${typeof v}`;
}
/** First problem found, or undefined when `value` fits `shape`. */
function checkShape(value, shape, path) {
    const wrong = (want) => ({ path, problem: `is ${kind(value)}, expected ${want}`, fix: `write ${want}${shape.description ? ` (${shape.description})` : ''}` });
    switch (shape.type) {
        case 'string':
            if (typeof value !== 'string')
                return wrong('a string');
            if (shape.enum && !shape.enum.includes(value)) {
                const guess = (0,suggest/* closest */.k)(value, shape.enum);
                return { path, problem: `${JSON.stringify(value)} is not one of ${shape.enum.join(', ')}`, fix: guess ? `did you mean '${guess}'?` : `use one of ${shape.enum.join(', ')}` };
            }
            return undefined;
        case 'number':
            if (typeof value !== 'number' || !Number.isFinite(value))
                return wrong(shape.integer ? 'a whole number' : 'a number');
            if (shape.integer && !Number.isInteger(value))
                return wrong('a whole number');
            if (shape.minimum !== undefined && value < shape.minimum)
                return { path, problem: `${value} is too small`, fix: `use ${shape.minimum} or more` };
            if (shape.maximum !== undefined && value > shape.maximum)
                return { path, problem: `${value} is too large`, fix: `use ${shape.maximum} or less` };
            return undefined;
        case 'boolean':
            return typeof value === 'boolean' ? undefined : wrong('true or false');
        case 'array': {
            if (!Array.isArray(value))
                return wrong('a list');
            for (let i = 0; i < value.length; i++) {
                const p = checkShape(value[i], shape.items, `${path}[${i}]`);
                if (p)
                    return p;
            }
            return undefined;
        }
        case 'object': {
            if (value === null || typeof value !== 'object' || Array.isArray(value))
                return wrong('a mapping');
            const obj = value;
            const known = Object.keys(shape.properties);
            for (const key of Object.keys(obj)) {
                if (!Object.hasOwn(shape.properties, key)) {
                    const guess = (0,suggest/* closest */.k)(key, known);
                    return { path: `${path}.${key}`, problem: 'is not a known key', fix: guess ? `did you mean '${guess}'?` : `use one of ${known.join(', ') || '(no keys)'}` };
                }
                const p = checkShape(obj[key], shape.properties[key], `${path}.${key}`);
                if (p)
                    return p;
            }
            for (const key of shape.required ?? []) {
                if (obj[key] === undefined)
                    return { path: `${path}.${key}`, problem: 'is required but missing', fix: `add ${key}:${shape.properties[key]?.description ? ` (${shape.properties[key].description})` : ''}` };
            }
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/config/load.ts
// Loads and validates `.bulkhead.yml`: one section per action, options converted to raw strings
// and checked with the same parseValue as action inputs, so both behave identically.







const DEFAULT_CONFIG_FILES = ['.bulkhead.yml', '.bulkhead.yaml'];
async function isFile(path) {
    try {
        return (await (0,promises_.stat)(path)).isFile();
    }
    catch {
        return false;
    }
}
/** How the file is named in messages: relative to cwd when inside it. */
function displayName(path, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, path);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel.split('\\').join('/') : path;
}
function isMapping(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** YAML scalar / list → the raw string an action input would carry. */
function toRaw(value, decl) {
    const listy = decl.type === 'list' || decl.type === 'globs';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (value === null || value === undefined)
        return { problem: 'has no value', fix: `give it a value or remove the key` };
    if (Array.isArray(value)) {
        if (!listy)
            return { problem: 'is a list, but this option takes a single value', fix: 'write one value' };
        const items = [];
        for (const item of value) {
            if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') {
                return { problem: 'contains an item that is not a plain value', fix: 'list plain strings only' };
            }
            items.push(String(item));
        }
        return items.join('\n');
    }
    return { problem: 'is a mapping, but this option takes a plain value', fix: listy ? 'write a list of strings' : 'write one value' };
}
function validateSection(name, body, section, where) {
    if (body === null || body === undefined)
        return { raw: {}, extra: {} };
    if (!isMapping(body)) {
        throw new errors/* ConfigError */.xL({ input: where(name), problem: 'is not a mapping of keys to values', fix: `write the ${name} options as indented key: value lines` });
    }
    const options = new Map(section.options.map((o) => [o.name, o]));
    const extraShapes = section.extra ?? {};
    const raw = {};
    const extra = {};
    for (const [key, value] of Object.entries(body)) {
        const decl = options.get(key);
        if (decl) {
            const r = toRaw(value, decl);
            if (typeof r !== 'string')
                throw new errors/* ConfigError */.xL({ input: where(`${name}.${key}`), ...r });
            try {
                parseValue(decl, r);
            }
            catch (e) {
                if (e instanceof errors/* BulkheadError */.xR)
                    throw new errors/* ConfigError */.xL({ input: where(`${name}.${key}`), problem: e.problem, fix: e.fix });
                throw e;
            }
            raw[key] = r;
        }
        else if (Object.hasOwn(extraShapes, key)) {
            const p = checkShape(value, extraShapes[key], `${name}.${key}`);
            if (p)
                throw new errors/* ConfigError */.xL({ input: where(p.path), problem: p.problem, fix: p.fix });
            extra[key] = value;
        }
        else {
            const valid = [...options.keys(), ...Object.keys(extraShapes)];
            const guess = (0,suggest/* closest */.k)(key, valid);
            throw new errors/* ConfigError */.xL({
                input: where(`${name}.${key}`),
                problem: 'is not a known key',
                fix: guess ? `did you mean '${guess}'?` : `remove it; valid keys are ${valid.join(', ') || '(none)'}`,
            });
        }
    }
    return { raw, extra };
}
/** Reads `file` (or `<cwd>/.bulkhead.yml|yaml` when present) and validates it against `sections`. */
async function loadConfig(opts) {
    let path;
    if (opts.file !== undefined && opts.file !== '') {
        path = (0,external_node_path_.resolve)(opts.cwd, opts.file);
        if (!(await isFile(path))) {
            throw new errors/* ConfigError */.xL({
                input: opts.file,
                problem: 'does not exist or is not a file',
                fix: 'check the config path, or leave it unset to use .bulkhead.yml from the repository root',
            });
        }
    }
    else {
        for (const name of DEFAULT_CONFIG_FILES) {
            const candidate = (0,external_node_path_.join)(opts.cwd, name);
            if (await isFile(candidate)) {
                path = candidate;
                break;
            }
        }
    }
    if (path === undefined)
        return emptyConfig();
    const text = await (0,promises_.readFile)(path, 'utf8');
    const shown = displayName(path, opts.cwd);
    return { path, ...parseConfigText(text, shown, opts.sections) };
}
function emptyConfig() {
    return { section: () => ({ raw: {}, extra: {} }) };
}
/** Parses and validates config text; `shown` names the file in errors. Exposed for the CLI's `--config -` and tests. */
function parseConfigText(text, shown, sections) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const line = err.linePos?.[0]?.line;
        const what = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new errors/* ConfigError */.xL({
            input: line !== undefined ? `${shown} line ${line}` : shown,
            problem: `is not valid YAML (${what})`,
            fix: /unique/i.test(what)
                ? 'keep only one of the repeated keys'
                : 'correct the YAML syntax (indent with spaces, quote values containing ": " or "#")',
        });
    }
    const data = doc.toJS({ maxAliasCount: 100 });
    const where = (key) => `${shown}: ${key}`;
    const bySection = new Map(sections.map((s) => [s.action, s]));
    const values = new Map();
    if (data !== null && data !== undefined) {
        if (!isMapping(data)) {
            throw new errors/* ConfigError */.xL({ input: shown, problem: 'is not a mapping of action names to settings', fix: 'start each section with an action name such as secret-scan:' });
        }
        for (const [name, body] of Object.entries(data)) {
            const section = bySection.get(name);
            if (!section) {
                const guess = (0,suggest/* closest */.k)(name, bySection.keys());
                throw new errors/* ConfigError */.xL({
                    input: where(name),
                    problem: 'is not a known section',
                    fix: guess ? `did you mean '${guess}'?` : `use one of ${[...bySection.keys()].join(', ') || '(no actions declared)'}`,
                });
            }
            values.set(name, validateSection(name, body, section, where));
        }
    }
    return { section: (action) => values.get(action) ?? { raw: {}, extra: {} } };
}

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
const exec_ZERO_SHA = /^0+$/;

;// CONCATENATED MODULE: ./packages/core/src/git/target.ts
// Turn the event (or CLI flags) plus the user's mode into what to scan / measure.


/** Events whose payload names exactly the new commits (base..head). */
const CHANGE_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group', 'push']);
function target_resolveTarget(event, inputs) {
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
        throw new InputError({
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
async function availability_ensureCommits(cwd, target, opts = {}) {
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
    const args = availability_revListArgs(target);
    if (!args)
        return [];
    const out = await git(cwd, ['rev-list', '--reverse', ...args]);
    return out.split('\n').filter(Boolean);
}
/** rev-list arguments selecting a target's commits, or null for tree/none/staged. */
function availability_revListArgs(target) {
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

;// CONCATENATED MODULE: ./packages/core/src/secrets/rules/urls.ts

const urls_family = 'url';
/** Passwords that are documentation, not credentials. */
const PLACEHOLDER_PASSWORDS = new Set([
    'password', 'pass', 'passwd', 'pwd', 'secret', 'changeme', 'change_me', 'example', 'test', 'user', 'username',
    'root', 'admin', 'postgres', 'mysql', 'guest', 'xxx', 'xxxx', '***', '****', 'redacted', 'dbpass', 'yourpassword',
    'your_password', 'mypassword', 'my_password', 'pw', 'p', 'foo', 'bar', 'token',
]);
function placeholderUrlPassword(password, line) {
    const p = password.toLowerCase();
    if (p.length < 3 || PLACEHOLDER_PASSWORDS.has(p))
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



;// CONCATENATED MODULE: ./packages/core/src/secrets/filters.ts

/** AWS documents AKIAIOSFODNN7EXAMPLE and a secret key ending in EXAMPLEKEY; other vendors copy the habit. */
function isDocumentedExample(secret) {
    return /EXAMPLE/.test(secret);
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
/** A dictionary-looking word (`Password`, `hunter`): labels and names rather than secrets. */
function isPlainWord(secret) {
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
    return m >= 0 && !/["'\s)]/.test(before.slice(m + 8));
}
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
    if (!/^[A-Za-z_$][A-Za-z_$]*$/.test(secret))
        return false;
    const humps = secret.match(/[a-z][A-Z]/g)?.length ?? 0;
    return humps >= 2 || /^[a-z]+(?:_[a-z]+)+$/.test(secret) || /^[A-Z]+(?:_[A-Z]+)+$/.test(secret);
}
/** Words joined by separators (`bulkhead.secret-scan`, `read:packages`): names and scopes, not secrets. */
function isWordChain(secret) {
    return /^[A-Za-z]{2,}(?:[._/:-][A-Za-z]{2,})+$/.test(secret);
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
    const quoted = before === '"' || before === "'" || before === '`';
    if (!quoted && CODE_FILE.test(path) && /^[A-Za-z_$][\w$.]*$/.test(secret))
        return true;
    return false;
}
/** A provider rule already covers this value on this line, so the generic rule should not double-report. */
function isCoveredBySpecificRule(secret, line) {
    const lower = line.toLowerCase();
    for (const r of BUILTIN_RULES) {
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
function filters_isFalsePositive(rule, secret, line, path) {
    if (isDocumentedExample(secret) || isPlaceholder(secret))
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

;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/keywords.ts
// Multi-keyword matcher: an Aho-Corasick automaton compiled to a dense DFA over ASCII, case-folded.
// Measured on 42 MB of node_modules source with ~90 rule keywords (Node 24, one core):
// this DFA ~300-440 MB/s on bytes and strings; one combined /kw1|kw2|.../gi RegExp ~120-145 MB/s;
// a 2-byte-prefix filter is no faster once its candidates are verified. So: the DFA.
// It runs over raw bytes first (no UTF-8 decode for files without any hit) and over strings for windows.
const ALPHA = 128; // transitions for ASCII only; any non-ASCII unit resets to the root (keywords are ASCII)
class KeywordMatcher {
    keywords;
    /** delta[state * 128 + code] = next state. */
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
        this.delta = delta;
        this.outStart = new Int32Array(n + 1);
        const flat = [];
        for (let s = 0; s < n; s++) {
            this.outStart[s] = flat.length;
            flat.push(...outs[s]);
        }
        this.outStart[n] = flat.length;
        this.outList = Int32Array.from(flat);
    }
    /** Every occurrence (overlapping ones too): onHit(keywordIndex, startOffset) in order of end offset. */
    scanString(text, onHit) {
        const { delta, outStart, outList } = this;
        let s = 0;
        for (let i = 0, len = text.length; i < len; i++) {
            const c = text.charCodeAt(i);
            s = c < ALPHA ? delta[s * ALPHA + c] : 0;
            const a = outStart[s];
            const b = outStart[s + 1];
            if (a !== b)
                for (let j = a; j < b; j++)
                    onHit(outList[j], i + 1 - this.keywords[outList[j]].length);
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
        const { delta, outStart } = this;
        let s = 0;
        for (let i = 0, len = buf.length; i < len; i++) {
            const c = buf[i];
            s = c < ALPHA ? delta[s * ALPHA + c] : 0;
            if (outStart[s] !== outStart[s + 1])
                return true;
        }
        return false;
    }
    /** Every occurrence in bytes: onHit(keywordIndex, startByteOffset). */
    scanBytes(buf, onHit) {
        const { delta, outStart, outList } = this;
        let s = 0;
        for (let i = 0, len = buf.length; i < len; i++) {
            const c = buf[i];
            s = c < ALPHA ? delta[s * ALPHA + c] : 0;
            const a = outStart[s];
            const b = outStart[s + 1];
            if (a !== b)
                for (let j = a; j < b; j++)
                    onHit(outList[j], i + 1 - this.keywords[outList[j]].length);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/compile.ts

const DEFAULT_WINDOW = 256;
/** Forward bound for multi-line rules (a PEM RSA-4096 private key is ~3.3 KB). */
const DEFAULT_MULTILINE_WINDOW = 16_384;
const cache = new WeakMap();
function compile_compileRules(rules) {
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
        everywhere,
        maxReach,
    };
    cache.set(rules, result);
    return result;
}
/** Windows are widened to whole lines by at most this much, so a token is not cut at a window edge. */
const LINE_SLACK = 1024;

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



const MAX_LINE_TEXT = 1024;
function scanText(text, path, rules, opts = {}) {
    const cr = 'matcher' in rules ? rules : compile_compileRules(rules);
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
    const windows = new Array(cr.rules.length);
    const kwLens = cr.matcher.keywords.map((k) => k.length);
    const onHit = (k, start) => {
        for (const ri of cr.keywordRules[k]) {
            const c = cr.rules[ri];
            const end = start + kwLens[k] + c.window;
            // Multi-line rules see the text from the keyword's line on; others a window each side.
            const from = c.multiline ? Math.max(lineStartBounded(text, start), start - c.window) : start - c.window;
            (windows[ri] ??= []).push(Math.max(0, from), Math.min(text.length, end));
        }
    };
    if (hits)
        for (let i = 0; i < hits.length; i += 2)
            onHit(hits[i], hits[i + 1]);
    else
        cr.matcher.scanString(text, onHit);
    for (const ri of cr.everywhere)
        windows[ri] = [0, text.length];
    const out = [];
    const seen = new Set();
    let lines;
    for (let ri = 0; ri < cr.rules.length; ri++) {
        const w = windows[ri];
        if (!w)
            continue;
        for (const [a, b] of mergeWindows(text, w)) {
            const c = cr.rules[ri];
            const sub = text.slice(a, b);
            c.re.lastIndex = 0;
            for (let m = c.re.exec(sub); m !== null; m = c.re.exec(sub)) {
                if (m[0].length === 0) {
                    c.re.lastIndex++;
                    continue;
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
    let lineText;
    if (le - ls <= MAX_LINE_TEXT)
        lineText = text.slice(ls, le);
    else {
        const from = Math.max(ls, Math.min(offset - 256, le - MAX_LINE_TEXT));
        lineText = text.slice(from, Math.min(le, from + MAX_LINE_TEXT));
    }
    if (rule.reject?.(secret, lineText))
        return undefined;
    if (opts.isFalsePositive?.(rule, secret, lineText, path))
        return undefined;
    const endOffset = offset + secret.length;
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
const HALF_SLACK = LINE_SLACK / 2;
function lineStartBounded(text, p) {
    const stop = Math.max(0, p - HALF_SLACK);
    for (let i = p; i > stop; i--)
        if (text.charCodeAt(i - 1) === 10)
            return i;
    return stop;
}
function lineEndBounded(text, p) {
    const stop = Math.min(text.length, p + HALF_SLACK);
    for (let i = p; i < stop; i++)
        if (text.charCodeAt(i) === 10)
            return i;
    return stop;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/buffer.ts
// Bytes -> RawMatch[]: binary sniff, a keyword prefilter on raw bytes (most files never get decoded),
// UTF-8 decode, and overlapping chunks for large inputs so memory stays bounded.





const SNIFF_BYTES = 8192;
const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;
/** NUL in the first 8 KB, or more than 10% control bytes other than whitespace/ESC/FF. */
function isBinary(buf) {
    const n = Math.min(buf.length, SNIFF_BYTES);
    let control = 0;
    for (let i = 0; i < n; i++) {
        const c = buf[i];
        if (c === 0)
            return true;
        if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27)
            control++;
    }
    return n > 0 && control * 10 > n;
}
function scanBuffer(buf, path, rules, opts = {}) {
    if (!opts.binary && isBinary(buf))
        return [];
    const cr = 'matcher' in rules ? rules : compile_compileRules(rules);
    const chunk = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
    if (buf.length <= chunk) {
        // One automaton pass over the bytes: no hit means no decode at all; for pure ASCII the byte
        // offsets are the string offsets, so the hits are reused as they are.
        const hits = [];
        cr.matcher.scanBytes(buf, (k, start) => {
            hits.push(k, start);
        });
        if (hits.length === 0 && cr.everywhere.length === 0 && !cr.matcher.hasNonAscii)
            return [];
        const b = Buffer.from(buf.buffer, buf.byteOffset, buf.length);
        const part = (text) => ({ ownFrom: 0, ownTo: text.length, line0: 1, col0: 1 });
        if ((0,external_node_buffer_.isAscii)(b) && !cr.matcher.hasNonAscii) {
            const text = b.toString('latin1');
            return scanTextPart(text, path, cr, opts, part(text), hits);
        }
        let text = b.toString('utf8');
        if (text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        return scanTextPart(text, path, cr, opts, part(text));
    }
    return scanChunks((target, pos) => {
        const n = Math.max(0, Math.min(target.length, buf.length - pos));
        target.set(buf.subarray(pos, pos + n));
        return n;
    }, path, cr, opts, chunk);
}
/**
 * Scan a byte source in chunks of ~`chunkBytes`. Each text part carries `overlap` characters of context
 * on both sides; a match belongs to the part whose owned range holds the secret's first character,
 * so a secret across a chunk boundary is reported exactly once.
 */
function scanChunks(read, path, cr, opts, chunkBytes) {
    const overlap = cr.maxReach * 2;
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
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
        for (const m of scanTextPart(pending, path, cr, opts, { ownFrom: ctx, ownTo, line0, col0 }))
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
function buffer_scanFile(absPath, path, rules, opts = {}) {
    const cr = 'matcher' in rules ? rules : compile_compileRules(rules);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(absPath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (e) {
        return { matches: [], skipped: `cannot open: ${e.code ?? 'error'}`, bytes: 0 };
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            return { matches: [], skipped: 'not a regular file', bytes: 0 };
        const chunk = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
        if (st.size <= chunk) {
            const buf = scratch(st.size);
            let got = 0;
            while (got < st.size) {
                const n = (0,external_node_fs_.readSync)(fd, buf, got, st.size - got, got);
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
        const hn = (0,external_node_fs_.readSync)(fd, head, 0, SNIFF_BYTES, 0);
        if (!opts.binary && isBinary(head.subarray(0, hn)))
            return { matches: [], skipped: 'binary', bytes: st.size };
        const matches = scanChunks((target, position) => (0,external_node_fs_.readSync)(fd, target, 0, target.length, position), path, cr, opts, chunk);
        return { matches, bytes: st.size };
    }
    catch (e) {
        return { matches: [], skipped: `cannot read: ${e.code ?? 'error'}`, bytes: 0 };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

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
            const rootReal = await (0,promises_.realpath)(root);
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
async function* walkDir(ctx, rel, real, chain) {
    let names;
    try {
        const dir = await (0,promises_.opendir)(real);
        names = [];
        for await (const d of dir) {
            names.push({ name: d.name, kind: d.isFile() ? 'file' : d.isDirectory() ? 'dir' : d.isSymbolicLink() ? 'link' : 'other' });
        }
    }
    catch (e) {
        ctx.skipped.push({ path: rel || '.', reason: `directory not readable (${e.code ?? 'error'})` });
        return;
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const { name, kind } of names) {
        if (name === '.git')
            continue;
        const childRel = rel ? `${rel}/${name}` : name;
        if (ctx.excluded(childRel))
            continue;
        const childAbs = (0,external_node_path_.join)(real, name);
        if (kind === 'dir') {
            yield* walkDir(ctx, childRel, childAbs, [...chain, childAbs]);
        }
        else if (kind === 'file') {
            const f = await fileEntry(ctx, childRel, childAbs);
            if (f)
                yield f;
        }
        else if (kind === 'link') {
            yield* followLink(ctx, childRel, childAbs, chain);
        }
        else {
            ctx.skipped.push({ path: childRel, reason: 'not a regular file (FIFO, socket or device): not opened' });
        }
    }
}
async function fileEntry(ctx, rel, abs) {
    if (!inShard(rel, ctx.shard))
        return undefined;
    try {
        const st = await (0,promises_.lstat)(abs);
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
        target = await (0,promises_.realpath)(abs);
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
        st = await (0,promises_.stat)(target);
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
            st = await (0,promises_.lstat)(abs);
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
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/custom.ts
// `.bulkhead.yml` custom rules -> SecretRule. The regex is the user's: flags stripped to our own, group `secret` honoured.

function customRule(c) {
    let pattern;
    try {
        pattern = new RegExp(c.regex);
    }
    catch (e) {
        throw new errors/* ConfigError */.xL({
            input: `secret-scan.rules[${c.id}].regex`,
            problem: `is not a valid JavaScript regular expression (${e.message.replace(/^Invalid regular expression: /, '')})`,
            fix: 'fix the pattern; test it with `new RegExp(...)` in Node',
        });
    }
    return {
        id: c.id,
        name: c.id.replace(/(^|[-_ ])(\w)/g, (_m, _s, ch) => ch.toUpperCase()),
        severity: c.severity ?? 'high',
        description: c.description ?? `Custom rule ${c.id}`,
        remediation: 'Revoke the credential, replace it, and load it from a secret store at run time.',
        keywords: c.keywords.map((k) => k.toLowerCase()),
        pattern,
        minEntropy: c.entropy,
        family: 'custom',
    };
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



async function ruleset_loadRuleSet(spec) {
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
    for (const c of spec.custom ?? [])
        rules.push(customRule(c));
    const isFalsePositive = spec.filters === false ? undefined : filters_isFalsePositive;
    return { rules, isFalsePositive };
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/scanner/worker.ts
// The worker-thread side of the file-scan pool. How a thread gets here:
// - from TypeScript sources (tests, benches, `node file.ts`): the pool starts `worker-main.ts`, which calls runSecretScanWorker();
// - from an ncc bundle: the pool starts the bundle file itself; the bundle's entry must begin with
//     if (isSecretScanWorker()) runSecretScanWorker(); else run();
//   so the same single file serves as main program and worker (no separate asset to ship).




const WORKER_MARK = 'bulkheadSecretScanWorker';
/** True inside a thread started by the secret-scan pool. */
function isSecretScanWorker() {
    return !isMainThread && typeof workerData === 'object' && workerData !== null && workerData[WORKER_MARK] === true;
}
/** Serve scan jobs until the pool terminates the thread. */
function runSecretScanWorker() {
    const port = parentPort;
    if (!port)
        throw new Error('runSecretScanWorker must run in a worker thread');
    const init = workerData;
    const ready = loadRuleSet(init.spec).then(({ rules, isFalsePositive }) => ({ cr: compileRules(rules), isFalsePositive }));
    port.on('message', (job) => {
        ready.then(({ cr, isFalsePositive }) => {
            const results = job.files.map((f) => ({
                path: f.path,
                ...scanFile(f.absPath, f.path, cr, { isFalsePositive, binary: init.binary, chunkBytes: init.chunkBytes }),
            }));
            port.postMessage({ id: job.id, results });
        }, (e) => {
            throw e; // surfaces as the Worker's 'error' event in the pool
        });
    });
}

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
            const { rules, isFalsePositive } = await ruleset_loadRuleSet(opts.rules);
            const cr = compile_compileRules(rules);
            for (const f of held)
                collect(f.path, buffer_scanFile(f.absPath, f.path, cr, { isFalsePositive, binary: opts.binary, chunkBytes: opts.chunkBytes }));
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
        const init = { [WORKER_MARK]: true, spec: opts.rules, binary: opts.binary, chunkBytes: opts.chunkBytes };
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
    const here = import.meta.url;
    const entry = /\.ts$/.test(new URL(here).pathname) ? ['worker-main', 'ts'].join('.') : '';
    return entry ? new URL(entry, here) : new URL(here);
}

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
        const data = this.rest + chunk;
        let start = 0;
        for (let nl = data.indexOf('\n'); nl !== -1; nl = data.indexOf('\n', start)) {
            this.line(data.slice(start, nl));
            start = nl + 1;
        }
        this.rest = data.slice(start);
    }
    end() {
        if (this.rest)
            this.line(this.rest);
        this.rest = '';
        this.flush();
    }
    line(l) {
        const c = l.charCodeAt(0);
        if (this.inHunk) {
            if (c === 43 /* + */) {
                this.lines.push(l.slice(1));
                this.nums.push(this.next++);
                return;
            }
            if (c === 45 /* - */ || c === 92 /* \ */ || c === 32 /* space */)
                return;
            if (c === 64 /* @ */)
                return this.hunk(l);
            // anything else ends the file's hunks
        }
        if (l.startsWith(COMMIT_MARK)) {
            this.flush();
            const [sha, date, author] = l.slice(COMMIT_MARK.length).split('\0');
            this.commit = { sha, date, author: author ?? '' };
            this.commits++;
        }
        else if (l.startsWith('diff --git ') || l.startsWith('diff --cc ') || l.startsWith('diff --combined ')) {
            this.flush();
            this.path = undefined;
            this.binary = false;
        }
        else if (l.startsWith('+++ ')) {
            const p = l.slice(4);
            this.path = p === '/dev/null' ? undefined : unquote(p).replace(/^b\//, '');
        }
        else if (l.startsWith('Binary files ') || l.startsWith('GIT binary patch')) {
            this.binary = true;
            this.binaryFiles++;
        }
        else if (c === 64 && l.startsWith('@@')) {
            this.hunk(l);
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
    const cr = 'matcher' in rules ? rules : compile_compileRules(rules);
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
    const out = scanText(text, f.path, cr, opts);
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
    const cr = 'matcher' in rules ? rules : compile_compileRules(rules);
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
const version_BULKHEAD_VERSION = '0.1.0';
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
    return buildSarif({ toolVersion: version_BULKHEAD_VERSION, informationUri: BULKHEAD_URI, rules: result.rules, findings: result.findings });
}
function secretScanJson(result, failOn, generatedAt) {
    return json_buildJsonReport({
        kind: SECRET_REPORT_KIND,
        schemaVersion: SECRET_REPORT_VERSION,
        tool: { name: 'bulkhead', version: version_BULKHEAD_VERSION },
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
function context_displayName(name) {
    return name.replace(/[\u0000-\u001f\u007f]/g, '?');
}
function entryPath(archive, name) {
    return `${archive}!/${context_displayName(name)}`;
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
    return `cannot be read: ${context_displayName(msg).slice(0, 200)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/artifacts/sniff.ts
// Archive detection: magic bytes decide, the file extension is only a hint for formats without magic.
/** Bytes needed to see every magic number we know (`ustar` sits at offset 257). */
const sniff_SNIFF_BYTES = 512;
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
        const head = await peek(it, sniff_SNIFF_BYTES);
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
        const buf = Buffer.alloc(sniff_SNIFF_BYTES);
        const { bytesRead } = await fh.read(buf, 0, sniff_SNIFF_BYTES, 0);
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
    const head = await peek(it, sniff_SNIFF_BYTES);
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
    const builtinIds = BUILTIN_RULES.map((r) => r.id);
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
    const { rules, isFalsePositive } = await ruleset_loadRuleSet(spec);
    const byId = new Map(rules.map((r) => [r.id, r]));
    const target = await availability_ensureCommits(opts.root, opts.target, { fetch: opts.fetch, commitCount: opts.commitCount, log });
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
        const cr = compile_compileRules(rules);
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
                for (const m of scanBuffer(entry.data, entry.path, cr, { isFalsePositive }))
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















;// CONCATENATED MODULE: ./packages/core/src/diff/decl.ts
const DIFF_TELEMETRY_DECL = {
    name: 'diff-telemetry',
    title: 'Bulkhead diff-telemetry',
    description: 'Measures a change from local git (bytes, files, binaries, lockfiles, generated and leak-pattern files), alerts on size thresholds and tracks leak risk over time.',
    options: [
        {
            name: 'path',
            type: 'string',
            default: '.',
            description: 'Repository to measure.',
            surface: 'cli',
            positional: true,
        },
        {
            name: 'base',
            type: 'string',
            description: 'Base commit or ref. Default: from the event (pull request base, merge group base, push before).',
        },
        {
            name: 'head',
            type: 'string',
            description: 'Head commit or ref. Default: from the event, else HEAD.',
        },
        {
            name: 'max-diff-bytes',
            type: 'bytes',
            default: '5MB',
            description: 'Alert when the counted diff bytes (patch bytes plus binary bytes) exceed this (e.g. 5MB, 512KiB).',
        },
        { name: 'max-file-bytes', type: 'bytes', description: "Alert when one counted file's change (its patch bytes, or its bytes for a binary) is larger than this." },
        { name: 'max-files', type: 'integer', min: 0, description: 'Alert when more counted files than this changed.' },
        { name: 'max-binary-bytes', type: 'bytes', description: 'Alert when counted binary files add more bytes than this.' },
        {
            name: 'exclude',
            type: 'globs',
            description: 'Extra paths to leave out of the counted totals (globs; a pattern without `/` matches at any depth).',
        },
        {
            name: 'exclude-classes',
            type: 'list',
            default: 'generated, lockfile, vendored',
            description: 'File classes left out of the counted totals: generated, lockfile, vendored, binary, leak; `none` counts everything.',
        },
        {
            name: 'leak-patterns',
            type: 'globs',
            default: '*.leak',
            description: 'Files that must never be committed; each changed one is reported and counted in leaked-files.',
        },
        {
            name: 'fail-on-alert',
            type: 'boolean',
            default: 'false',
            description: 'Fail the step when a threshold is crossed (otherwise a warning).',
        },
        {
            name: 'bypass-label',
            type: 'string',
            description: 'A pull request label that turns an alert failure back into a warning.',
        },
        {
            name: 'bypass-trailer',
            type: 'string',
            description: 'A commit trailer key (e.g. `Bulkhead-Bypass`) in the head commit that turns an alert failure back into a warning.',
        },
        {
            name: 'raw-velocity',
            type: 'string',
            description: 'Raw velocity (story points, a number). Default: merged changes per week from the history.',
        },
        {
            name: 'risk-window',
            type: 'duration',
            default: '7d',
            description: 'Window of recent leak events the risk coefficient looks at.',
        },
        {
            name: 'risk-weights',
            type: 'list',
            description: 'Weights of leak event kinds in the risk coefficient, as kind=weight pairs (defaults in METRICS.md).',
        },
        {
            name: 'reports',
            type: 'list',
            description: 'Paths of other Bulkhead JSON reports (secret-scan, egress-gate, ...) to count leak events from.',
        },
        {
            name: 'history',
            type: 'string',
            default: 'cache',
            description: 'Where run history is kept: `cache` (actions cache), `file:PATH` (a JSON file), or `none`.',
        },
        {
            name: 'report-file',
            type: 'string',
            description: 'Where to write the JSON report. Default: $RUNNER_TEMP/bulkhead-diff-telemetry.json.',
        },
        {
            name: 'format',
            type: 'enum',
            values: ['text', 'json'],
            default: 'text',
            description: 'Output format.',
            surface: 'cli',
        },
    ],
    outputs: [
        { name: 'diff-bytes', description: 'Counted patch bytes of the change.' },
        { name: 'files-changed', description: 'Counted files changed.' },
        { name: 'binary-bytes', description: 'Counted bytes of binary files.' },
        { name: 'leaked-files', description: 'Number of changed files matching leak-patterns.' },
        { name: 'alert', description: '`true` when a threshold was crossed.' },
        { name: 'risk-coefficient', description: 'Leak risk coefficient r in [0, 1) over risk-window.' },
        { name: 'adjusted-velocity', description: 'Raw velocity × (1 − r).' },
        { name: 'lead-time-hours', description: 'Hours from the first commit of the change to this run.' },
        { name: 'report-file', description: 'Path of the JSON report.' },
    ],
};

;// CONCATENATED MODULE: ./packages/core/src/diff/gitstream.ts
// Streaming git: large diffs are read chunk by chunk and never held whole in memory.


/** Pinned so our byte counts match across user configs (colour, prefixes, quoting, external tools). */
const DIFF_CONFIG = (/* unused pure expression or super */ null && (['-c', 'core.quotePath=true', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false', '-c', 'color.ui=false']));
/** Run git, handing each stdout chunk to `onData`. Rejects with a GitError naming the command on failure. */
function gitstream_streamGit(cwd, args, onData, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = spawn('git', [...DIFF_CONFIG, ...args], {
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
        child.on('error', (e) => reject(new GitError({
            problem: e.code === 'ENOENT' ? 'git is not installed or not on PATH' : `could not run git: ${e.message}`,
            fix: 'install git on the runner (it is preinstalled on GitHub-hosted runners)',
        })));
        child.on('close', (code) => {
            if (failed)
                return reject(failed);
            if (code !== 0) {
                const line = stderr.trim().split('\n').find((l) => /^(fatal|error):/.test(l)) ?? stderr.trim().split('\n')[0] ?? '';
                return reject(new GitError({
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
async function gitstream_gitBuffer(cwd, args, opts = {}) {
    const parts = [];
    await gitstream_streamGit(cwd, args, (b) => parts.push(b), opts);
    return Buffer.concat(parts);
}

;// CONCATENATED MODULE: ./packages/core/src/diff/attrs.ts
// .gitattributes as of the head commit (not the working tree, which may be elsewhere): load head's
// tree into a throw-away index and ask `git check-attr --cached` for every path in one batch.



const ATTRS = (/* unused pure expression or super */ null && (['diff', 'linguist-generated', 'linguist-vendored']));
async function attrs_readAttributes(cwd, head, paths, tempDir) {
    const result = new Map();
    if (paths.length === 0)
        return result;
    const dir = await mkdtemp(join(tempDir, 'bulkhead-attr-'));
    try {
        const env = { GIT_INDEX_FILE: join(dir, 'index') };
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
        await rm(dir, { recursive: true, force: true });
    }
    return result;
}
/** linguist-style booleans: `set`/`true` are on, `unset`/`false` explicitly off, anything else undecided. */
function attrs_attrFlag(value) {
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
async function blobscan_scanBlobs(cwd, ids) {
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
                    throw new GitError({
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
    await streamGit(cwd, ['cat-file', '--batch'], onData, { input: ids.map((id) => id + '\n') });
    if (index !== ids.length) {
        throw new GitError({ problem: `git cat-file answered ${index} of ${ids.length} blobs`, fix: 'check the repository is not corrupt (git fsck)' });
    }
    return facts;
}
/** Sizes of many objects through one `git cat-file --batch-check`. Missing objects are left out. */
async function blobscan_blobSizes(cwd, ids) {
    const list = [...new Set(ids)];
    const sizes = new Map();
    if (list.length === 0)
        return sizes;
    let rest = '';
    let i = 0;
    await streamGit(cwd, ['cat-file', '--batch-check=%(objectsize)'], (chunk) => {
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
const GENERATED_GLOBS = (/* unused pure expression or super */ null && ([
    '**/*.min.js', '**/*.min.css', '**/*.map', '**/*.pb.go', '**/*_pb2.py', '**/*_pb2_grpc.py', '**/*.pb.cc', '**/*.pb.h',
    '**/*.g.dart', '**/*.freezed.dart', '**/*.designer.cs', '**/*.Designer.cs', '**/*.generated.*', '**/__generated__/**',
    '**/__snapshots__/**', '**/*.snap', 'dist/**', '**/node_modules/.cache/**',
]));
/** Vendored code by path (linguist-vendored overrides either way). */
const VENDORED_GLOBS = (/* unused pure expression or super */ null && ([
    '**/vendor/**', 'vendor/**', '**/node_modules/**', '**/third_party/**', '**/third-party/**', '**/bower_components/**', '**/Godeps/_workspace/**',
]));
const GLOB_OPTS = { dot: true, basename: true };
/** A pattern without `/` matches the file name at any depth (`*.leak`), like .gitignore. */
function matcher(globs) {
    if (globs.length === 0)
        return () => false;
    return picomatch([...globs], GLOB_OPTS);
}
function classify_makeClassifier(opts) {
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
function raw_parseRaw(out) {
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



const commits_MAX_COMMITS = 50;
async function commits_readCommits(cwd, revArgs, max = commits_MAX_COMMITS) {
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

;// CONCATENATED MODULE: ./packages/core/src/diff/patch-scan.ts
// Stream `git diff --patch` for the files git must really diff (modified, renamed, type-changed)
// and split it into per-file sections: bytes, added / deleted lines, binary. Nothing is kept.
const patch_scan_LF = 10;
const DIFF_GIT = Buffer.from('diff --git ');
/** Incremental parser: feed chunks, then call end(). */
class patch_scan_PatchScanner {
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

;// CONCATENATED MODULE: ./packages/core/src/diff/measure.ts
// Measure a change from local git (never the GitHub API, which refuses diffs over 300 files).
// Whole-file additions / deletions are sized from their blobs (one streamed `cat-file --batch`);
// only files git must really diff go through `git diff --patch`. Everything streams.











const DEFAULT_EXCLUDED_CLASSES = (/* unused pure expression or super */ null && (['generated', 'lockfile', 'vendored']));
/** core.bigFileThreshold's default: git treats larger blobs as binary. */
const BIG_FILE_THRESHOLD = (/* unused pure expression or super */ null && (512 * 1024 * 1024));
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
    throw new GitError({ problem: `diff-telemetry measures a commit range, not a ${target.kind} target`, fix: 'give base and head' });
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
const RENAMES = (/* unused pure expression or super */ null && (['--find-renames', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', '-U3']));
/** `git diff --raw` twice: full ids for reading blobs, default-abbreviated ids as the patch prints them. */
async function rawEntries(cwd, base, head) {
    const [full, short] = await Promise.all([
        gitBuffer(cwd, ['diff', '--raw', '-z', '--no-abbrev', ...RENAMES, base, head, '--']),
        gitBuffer(cwd, ['diff', '--raw', '-z', ...RENAMES, base, head, '--']),
    ]);
    const entries = parseRaw(full);
    const abbrev = parseRaw(short);
    if (abbrev.length !== entries.length)
        throw new GitError({ problem: 'git diff gave two different file lists for the same range', fix: 'retry; if it persists, run git fsck' });
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
async function measure_measureDiff(opts) {
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
        readAttributes(cwd, head, entries.map((e) => e.path), opts.tempDir ?? tmpdir()),
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

function thresholds_findAlerts(m, t) {
    const alerts = [];
    const c = m.counted;
    if (t.maxDiffBytes !== undefined && c.diffBytes > t.maxDiffBytes) {
        alerts.push({
            threshold: 'max-diff-bytes',
            limit: t.maxDiffBytes,
            actual: c.diffBytes,
            message: `the change is ${formatBytes(c.diffBytes)} (patch ${formatBytes(c.patchBytes)} + binaries ${formatBytes(c.binaryBytes)}), over max-diff-bytes ${formatBytes(t.maxDiffBytes)}`,
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
            message: `binary files add ${formatBytes(c.binaryBytes)} (${c.binaryFiles} files), over max-binary-bytes ${formatBytes(t.maxBinaryBytes)}`,
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
            alerts.push({ threshold: 'max-file-bytes', limit, actual: f.diffBytes, path: f.path, message: `${f.path} changes by ${formatBytes(f.diffBytes)}, over max-file-bytes ${formatBytes(limit)}` });
        }
    }
    return alerts;
}
function thresholds_decide(alerts, o) {
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

;// CONCATENATED MODULE: ./packages/core/src/diff/measure-types.ts
// The result of measuring one change (base..head) from local git. Produced by measureDiff()
// (diff/measure.ts), evaluated against thresholds (diff/thresholds.ts), consumed by the
// metrics/history code and by the reporters. Plain JSON-safe data: it goes into the report file.
const measure_types_FILE_CLASSES = ['generated', 'lockfile', 'vendored', 'binary', 'leak', 'excluded'];

;// CONCATENATED MODULE: ./packages/core/src/diff/trailer.ts
// Does a commit of the range carry the bypass trailer (`Key: reason` in the message's trailer block)?

async function trailer_hasTrailer(cwd, revArgs, key) {
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







const CLASS_NAMES = measure_types_FILE_CLASSES.filter((c) => c !== 'excluded');
/** exclude-classes: class names (plural forms accepted), or `none`. */
function parseExcludeClasses(list) {
    const out = [];
    for (const raw of list) {
        const v = raw.toLowerCase().replace(/s$/, '');
        if (v === 'none')
            continue;
        if (!CLASS_NAMES.includes(v)) {
            throw new InputError({ input: 'exclude-classes', problem: `'${raw}' is not a file class`, fix: `use any of ${CLASS_NAMES.join(', ')}, or none` });
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
    target = await ensureCommits(input.cwd, target, { fetch: input.fetch ?? true, commitCount: input.event.commitCount, log: input.log });
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
function report_buildDiffReport(r, opts) {
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
    return `diff-telemetry: ${formatBytes(c.diffBytes)} in ${c.filesChanged} counted files (${m.totals.filesChanged} in all), ${c.binaryFiles} binaries ${formatBytes(c.binaryBytes)}, ${m.leakedFiles.length} leaked files: ${state}`;
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
    ['Diff bytes (patch + binaries)', formatBytes(b.diffBytes), formatBytes(a.diffBytes)],
    ['Patch bytes', formatBytes(b.patchBytes), formatBytes(a.patchBytes)],
    ['Blob bytes added', formatBytes(b.blobBytesAdded), formatBytes(a.blobBytesAdded)],
    ['Files changed', `${b.filesChanged}`, `${a.filesChanged}`],
    ['Added / deleted / renamed', `${b.filesAdded} / ${b.filesDeleted} / ${b.filesRenamed}`, `${a.filesAdded} / ${a.filesDeleted} / ${a.filesRenamed}`],
    ['Lines + / −', `${b.linesAdded} / ${b.linesDeleted}`, `${a.linesAdded} / ${a.linesDeleted}`],
    ['Binary files (bytes)', `${b.binaryFiles} (${formatBytes(b.binaryBytes)})`, `${a.binaryFiles} (${formatBytes(a.binaryBytes)})`],
];
/** The job summary (kept under the 1 MiB step cap by SummaryBuilder). `extra` is appended markdown (metrics, trend). */
function report_renderDiffSummary(r, extra = []) {
    const m = r.measurement;
    const s = new SummaryBuilder();
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
            s.table(['Threshold', 'Limit', 'Actual', 'Detail'], r.verdict.alerts.map((a) => [a.threshold, a.threshold === 'max-files' ? `${a.limit}` : formatBytes(a.limit), a.threshold === 'max-files' ? `${a.actual}` : formatBytes(a.actual), a.message]), { maxRows: 20 });
        }
        if (m.leakedFiles.length) {
            s.heading(`Leak-pattern files (${m.leakedFiles.length})`, 3);
            s.table(['Path'], m.leakedFiles.map((p) => [p]), { maxRows: 20 });
        }
        const classes = FILE_CLASSES.filter((c) => m.byClass[c].files > 0);
        if (classes.length)
            s.table(['Class', 'Files', 'Bytes', 'Counted'], classes.map((c) => [c, `${m.byClass[c].files}`, formatBytes(m.byClass[c].bytes), m.excludedClasses.includes(c) || c === 'excluded' ? 'no' : 'yes']));
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
    return [path, f.status, formatBytes(f.diffBytes), f.binary ? 'binary' : `${f.linesAdded} / ${f.linesDeleted}`, f.classes.join(', ')];
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
                lines.push(`  ${formatBytes(f.diffBytes).padStart(10)}  ${f.status.padEnd(8)} ${f.oldPath ? `${f.oldPath} -> ` : ''}${f.path}${f.classes.length ? `  [${f.classes.join(', ')}]` : ''}`);
            if (m.files.length > LARGEST_SHOWN)
                lines.push(`  …and ${m.files.length - LARGEST_SHOWN} more`);
        }
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/time.ts
// ISO time helpers shared by the metric functions (hours are the reported unit).
const HOUR_MS = 3_600_000;
const time_DAY_MS = 24 * HOUR_MS;
/** Milliseconds since the epoch, or NaN for a missing / unparsable date. */
function time_toMs(t) {
    if (t === undefined || t === null)
        return NaN;
    return t instanceof Date ? t.getTime() : Date.parse(t);
}
function time_toIso(t) {
    return new Date(time_toMs(t)).toISOString();
}
/** Hours between two instants, 2 decimals, never negative (clock skew between runner and committer). */
function time_hoursBetween(from, to) {
    return Math.round((Math.max(0, to - from) / HOUR_MS) * 100) / 100;
}

;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/lead-time.ts

/** First commit of the change (author date) -> the run that ships it. */
function lead_time_leadTime(firstCommitAt, shippedAt) {
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
function lead_time_detectionLatency(events) {
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
function lead_time_adjustedLeadTime(lead, latency) {
    return {
        hours: lead === null ? null : Math.round((lead + (latency ?? 0)) * 100) / 100,
        buckets: { leadTimeHours: lead, detectionLatencyHours: latency },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/types.ts
// Types of the diff-telemetry metrics (report part `metrics`, schema/diff-telemetry-report.v1.json).
// Definitions are in actions/diff-telemetry/METRICS.md; keep the three in step.
const types_LEAK_EVENT_KINDS = ['secret', 'leaked-file', 'egress-blocked', 'gate-failure'];

;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/risk.ts
// Leak risk coefficient r = 1 − exp(−Σ wᵢ·eᵢ) (METRICS.md §4). Bounded in [0, 1), monotone in
// every count: one more event never lowers r, and no number of events reaches 1.


/** Defaults: one leaked secret alone gives r ≈ 0.26, one leak-pattern file ≈ 0.10. */
const risk_DEFAULT_RISK_WEIGHTS = Object.freeze({
    secret: 0.3,
    'leaked-file': 0.1,
    'egress-blocked': 0.05,
    'gate-failure': 0.15,
});
/** Largest reported r: rounding to 3 decimals must not reach 1. */
const R_MAX = 0.999;
function risk_zeroCounts() {
    return { secret: 0, 'leaked-file': 0, 'egress-blocked': 0, 'gate-failure': 0 };
}
function risk_addCounts(a, b) {
    const out = { ...a };
    for (const k of types_LEAK_EVENT_KINDS)
        out[k] += b[k] ?? 0;
    return out;
}
/** r for the given counts, rounded to 3 decimals and clamped to [0, R_MAX]. */
function risk_leakRisk(counts, weights = risk_DEFAULT_RISK_WEIGHTS) {
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
function risk_parseRiskWeights(raw, inputName = 'risk-weights') {
    const weights = { ...risk_DEFAULT_RISK_WEIGHTS };
    const parts = (typeof raw === 'string' ? [raw] : (raw ?? [])).flatMap((s) => s.split(/[,\n]/));
    for (const part of parts.map((s) => s.trim()).filter(Boolean)) {
        const m = /^([a-z-]+)\s*[=:]\s*(\S+)$/.exec(part);
        if (!m) {
            throw new InputError({ input: inputName, problem: `"${part}" is not kind=weight`, fix: `write e.g. "secret=0.3, leaked-file=0.1"` });
        }
        const kind = m[1];
        if (!LEAK_EVENT_KINDS.includes(kind)) {
            throw new InputError({ input: inputName, problem: `unknown event kind "${m[1]}"`, fix: `use one of ${LEAK_EVENT_KINDS.join(', ')}` });
        }
        const w = Number(m[2]);
        if (!Number.isFinite(w) || w < 0) {
            throw new InputError({ input: inputName, problem: `weight of ${kind} must be a number ≥ 0, got "${m[2]}"`, fix: `set e.g. ${kind}=${risk_DEFAULT_RISK_WEIGHTS[kind]}` });
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
        throw new InputError({ input: 'velocity', problem: `raw velocity must be a number ≥ 0, got ${raw}`, fix: 'give story points per week, or leave it empty to use merged changes per week' });
    }
    const clamped = Math.min(Math.max(r, 0), 1);
    // The epsilon keeps x.5 results that float math puts at x.4999… rounding up.
    return Math.round(raw * (1 - clamped) + 1e-9);
}
function velocity_velocityMetric(raw, rawSource, r) {
    return { raw, rawSource, r, adjusted: riskAdjustedVelocity(raw, r) };
}

;// CONCATENATED MODULE: ./packages/core/src/diff/metrics/pipeline.ts

/** Leak-pattern files per workflow: total, runs, per run and in the newest run (METRICS.md §6). */
function pipeline_leakedFilesPerPipeline(records) {
    const by = new Map();
    for (const rec of records) {
        const t = time_toMs(rec.time);
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
function pipeline_mergedChangesPerWeek(records, now) {
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
    return new ResourceError({
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
async function reports_readLeakReports(paths, runTime, baseDir = '.') {
    const out = [];
    for (const p of paths) {
        let text;
        try {
            text = await readFile(resolve(baseDir, p), 'utf8');
        }
        catch (e) {
            const code = e.code;
            throw new ResourceError({
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





const DEFAULT_RISK_WINDOW_MS = 7 * time_DAY_MS;
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
function compute_computeDiffMetrics(input) {
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
function compute_toHistoryRecord(input, metrics) {
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
        events: sorted.reduce((c, r) => risk_addCounts(c, r.events), risk_zeroCounts()),
    };
}
/** Sorted by time; at most keep + keepWeeks × workflows records. Idempotent. */
function compact_compactHistory(records, opts = {}) {
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
    for (const k of types_LEAK_EVENT_KINDS)
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
        const text = serializeHistory(compact_compactHistory(records, this.#opts));
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
async function run_recordRun(store, input, opts = {}) {
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
function label(r) {
    if (r.runId.startsWith('week:'))
        return `${r.runId.slice(5)} (${r.runs} runs)`;
    return `${r.time.slice(0, 16).replace('T', ' ')} #${r.runId}`;
}
function runsTable(records) {
    const rows = [...records].reverse().map((r) => `<tr${r.leakDetected ? ' class="leak"' : ''}><td>${escape_escapeHtml(label(r))}</td><td>${escape_escapeHtml(r.workflow)}</td><td>${r.diffBytes}</td><td>${r.files}</td><td>${r.binaryBytes}</td><td>${r.leakedFiles}</td><td>${r.alerts}</td><td>${r.r}</td><td>${r.leadTimeHours ?? '–'}</td><td>${r.detectionLatencyHours ?? '–'}</td><td>${r.adjustedVelocity ?? '–'}</td><td>${r.leakDetected ? 'yes' : ''}</td></tr>`);
    return `<table data-testid="runs"><thead><tr><th>Run</th><th>Workflow</th><th>Diff bytes</th><th>Files</th><th>Binary bytes</th><th>Leaked files</th><th>Alerts</th><th>r</th><th>Lead time h</th><th>Detection latency h</th><th>Adj. velocity</th><th>Leak</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
function pipelinesTable(records) {
    const rows = pipeline_leakedFilesPerPipeline(records).map((p) => `<tr><td>${escape_escapeHtml(p.workflow)}</td><td>${p.runs}</td><td>${p.leakedFiles}</td><td>${p.perRun}</td><td>${p.latest}</td></tr>`);
    return `<table data-testid="pipelines"><thead><tr><th>Workflow</th><th>Runs</th><th>Leaked files</th><th>Per run</th><th>Latest run</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
function renderDashboard(records, opts = {}) {
    const title = opts.title ?? 'Bulkhead diff-telemetry';
    const shown = [...records].sort((a, b) => Date.parse(a.time) - Date.parse(b.time)).slice(-(opts.last ?? DEFAULT_DASHBOARD_RUNS));
    const latest = shown[shown.length - 1];
    const labels = shown.map(label);
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
            ? `<div class="flag" role="alert" data-testid="leak-flag">&#9873; Leak detected in the latest run (${escape_escapeHtml(label(latest))}, ${escape_escapeHtml(latest.workflow)}): ${latest.leakedFiles} leaked file(s), r = ${latest.r}</div>`
            : `<p class="ok" data-testid="no-leak">No leak in the latest run (${escape_escapeHtml(label(latest))}).</p>`;
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
        return { kind: 'file', path: isAbsolute(p) ? p : resolve(baseDir, p) };
    }
    throw new InputError({ input: 'history', problem: `'${v}' is not a history location`, fix: 'use cache, none, or file:PATH (e.g. file:.bulkhead/history.json)' });
}
function parseRawVelocity(raw) {
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const n = Number(raw.trim());
    if (!Number.isFinite(n) || n < 0) {
        throw new InputError({ input: 'raw-velocity', problem: `'${raw}' is not a non-negative number`, fix: 'give story points per period as a number, e.g. 45, or leave it empty to use merged changes per week' });
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












;// CONCATENATED MODULE: ./packages/core/src/decls.ts


const ACTION_DECLS = [decl/* secretScanDecl */.S, DIFF_TELEMETRY_DECL];

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
