export const id = 596;
export const ids = [596];
export const modules = {

/***/ 2596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveArgs: () => (/* binding */ resolveArgs)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/options/suggest.ts
var suggest = __webpack_require__(5046);
// EXTERNAL MODULE: ./packages/core/src/options/parse.ts
var parse = __webpack_require__(9791);
// EXTERNAL MODULE: ./packages/core/src/options/bytes.ts
var bytes = __webpack_require__(7119);
// EXTERNAL MODULE: ./packages/core/src/options/duration.ts
var duration = __webpack_require__(2510);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/core/src/options/show.ts
var show = __webpack_require__(1487);
;// CONCATENATED MODULE: ./packages/core/src/options/globs.ts
// Glob lists (`paths-ignore`, `artifacts`): split like a list but keeping `{a,b}` braces whole,
// then check every pattern compiles and (unless the option says otherwise) stays inside the scanned root.



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
function globProblem(pattern, opts = {}) {
    const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    if (body.length === 0)
        return { problem: 'is empty', fix: 'remove the empty pattern or write one such as **/*.log' };
    if (!opts.anywhere && /^([/\\]|[A-Za-z]:[/\\]?)/.test(body)) {
        return { problem: 'is an absolute path', fix: 'write patterns relative to the repository root, e.g. dist/**' };
    }
    if (!opts.anywhere && body.split(/[/\\]/).includes('..')) {
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
        const bad = globProblem(p, settings);
        if (bad)
            throw new errors/* InputError */.dz({ input: name, problem: `${settings?.secret ? 'a pattern' : `pattern ${(0,show/* describeValue */.b)(p, false)}`} ${bad.problem}`, fix: bad.fix });
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
            return (0,parse/* parseBoolean */.yG)(decl.name, raw, settings);
        case 'integer':
            return (0,parse/* parseInteger */.cG)(decl.name, raw, bounds, settings);
        case 'enum':
            if (!decl.values || decl.values.length === 0) {
                // A declaration bug, not the user's: let it surface as one.
                throw new Error(`option '${decl.name}' is an enum without values`);
            }
            return (0,parse/* parseEnum */.nL)(decl.name, raw, decl.values, settings);
        case 'list':
            return (0,parse/* parseList */.E1)(decl.name, raw);
        case 'globs':
            return parseGlobs(decl.name, raw, { ...settings, anywhere: decl.anywhere === true });
        case 'bytes':
            return (0,bytes/* parseBytes */.z_)(decl.name, raw, bounds, settings);
        case 'duration':
            return (0,duration/* parseDuration */.E9)(decl.name, raw, bounds, settings);
        default: {
            const t = decl.type;
            throw new errors/* InputError */.dz({ input: decl.name, problem: `has unknown type ${String(t)}`, fix: 'report this as a bug' });
        }
    }
}
/** The value an unset option takes: its parsed default, or undefined. An empty default means "unset" for scalars. */
function defaultValue(decl) {
    if (decl.default === undefined)
        return undefined;
    if (decl.default === '' && decl.type !== 'string' && decl.type !== 'list' && decl.type !== 'globs')
        return undefined;
    return parseValue(decl, decl.default);
}

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
            options[opt.name] = defaultValue(opt);
        }
    }
    return { options: options, explicit };
}

;// CONCATENATED MODULE: ./packages/core/src/config/types.ts
/** Every declared action as a config section. */
function sectionsFromDecls(decls) {
    // An option whose action.yml default is a runner expression always arrives as an input: nothing to configure.
    return decls.map((d) => ({ action: d.name, options: d.options.filter((o) => o.actionDefault === undefined), extra: d.config }));
}

// EXTERNAL MODULE: ./packages/core/src/decls.ts
var src_decls = __webpack_require__(9700);
;// CONCATENATED MODULE: ./packages/core/src/config/location.ts
// Where `.bulkhead.yml` is looked for: the `config` option when given (relative to the base dir), else the
// `path` option's directory when the action has one (a scan of ./sub reads ./sub/.bulkhead.yml), else the base.



// Shared by the runner and the CLI, so both surfaces find the same file.
function configLocation(decl, raw, base, anyConfig = false) {
    const decls = src_decls/* ACTION_DECLS */.x.some((d) => d.name === decl.name) ? src_decls/* ACTION_DECLS */.x : [...src_decls/* ACTION_DECLS */.x, decl];
    const has = (name) => decl.options.some((o) => o.name === name);
    // anyConfig: the CLI offers --config on every command, declared or not.
    const file = (anyConfig || has('config')) && raw.config?.trim() ? (0,external_node_path_.resolve)(base, raw.config.trim()) : undefined;
    const cwd = has('path') && raw.path?.trim() ? (0,external_node_path_.resolve)(base, raw.path.trim()) : base;
    return { file, cwd, sections: sectionsFromDecls(decls) };
}

;// CONCATENATED MODULE: ./packages/cli/src/resolve.ts
// Flags -> typed options with the same precedence as the runner: flags, then `.bulkhead.yml`, then defaults.
// Loaded lazily by main.ts (it pulls in the config loader and the option parsers).



async function resolveArgs(decl, argv, cwd) {
    const raw = { ...argv.raw };
    if (!decl) {
        return { options: {}, explicit: new Set(), raw, positionals: argv.positionals, config: { path: undefined, extra: {} } };
    }
    const where = configLocation(decl, argv.configFile !== undefined ? { ...raw, config: argv.configFile } : raw, cwd, true);
    const loaded = await loadConfig(where);
    const section = loaded.section(decl.name);
    const { options, explicit } = parseOptions(decl, [raw, section.raw]);
    return { options, explicit, raw, positionals: argv.positionals, config: { path: loaded.path, extra: section.extra } };
}


/***/ }),

/***/ 7119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   z_: () => (/* binding */ parseBytes)
/* harmony export */ });
/* unused harmony export BYTE_UNITS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _decimal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(147);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9791);
/* harmony import */ var _show_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1487);
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
    const shown = settings?.secret ? 'the value' : (0,_show_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .v)(raw);
    const m = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)$/i.exec(raw.trim());
    const unit = m ? BYTE_UNITS[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined) {
        const negative = /^\s*-/.test(raw);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({
            input: name,
            problem: negative ? `${shown} is negative` : `${shown} is not a byte size`,
            fix: negative ? 'use 0 or a positive size such as 5MB' : FIX,
        });
    }
    const value = (0,_decimal_js__WEBPACK_IMPORTED_MODULE_2__/* .scaleDecimal */ .M)(m[1], unit);
    if (value === 'fraction') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: name, problem: `${shown} is not a whole number of bytes`, fix: 'use a smaller unit, e.g. 1536KiB instead of 1.5MiB' });
    }
    if (value === 'overflow') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: name, problem: `${shown} is too large`, fix: 'use a size below 8 PiB' });
    }
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .checkBounds */ .Mi)(name, raw, value, bounds, { ...settings, format: formatBytes });
}
/** Human-readable size for messages and summaries (`1.5 MB`, `512 B`); decimal units. Not exact. */
function formatBytes(n) {
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


/***/ })

};
