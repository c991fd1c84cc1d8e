export const id = 109;
export const ids = [109,120];
export const modules = {

/***/ 6109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: VERSION

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/options/suggest.ts
var suggest = __webpack_require__(5046);
;// CONCATENATED MODULE: ./packages/cli/package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./packages/cli/src/args.ts
// argv -> raw option strings, driven by the command's ActionDecl. Values stay strings here;
// the kit's parseOptions types them, exactly as it does for action inputs.


/** The options that exist as flags (surface both | cli). */
function cliOptions(decl) {
    return (decl?.options ?? []).filter((o) => (o.surface ?? 'both') !== 'action');
}
const isMulti = (o) => o.type === 'list' || o.type === 'globs';
function flagIndex(options) {
    const byFlag = new Map();
    for (const o of options) {
        byFlag.set(`--${o.name}`, o);
        if (o.cliAlias)
            byFlag.set(o.cliAlias.length === 1 ? `-${o.cliAlias}` : `--${o.cliAlias}`, o);
    }
    return byFlag;
}
function unknownFlag(flag, known, command) {
    const guess = (0,suggest/* closest */.k)(flag, known);
    return new errors/* UsageError */.eb({
        input: flag,
        problem: `is not an option of '${command}'`,
        fix: guess ? `did you mean ${guess}? See bulkhead ${command} --help` : `see bulkhead ${command} --help`,
    });
}
function parseArgv(command, decl, argv) {
    const options = cliOptions(decl);
    const byFlag = flagIndex(options);
    const ownConfig = options.some((o) => o.name === 'config');
    const out = { raw: {}, positionals: [], help: false };
    const free = [];
    const set = (o, value, flag) => {
        const prev = out.raw[o.name];
        if (prev !== undefined && !isMulti(o)) {
            throw new errors/* UsageError */.eb({ input: flag, problem: 'was given more than once', fix: `give --${o.name} once` });
        }
        out.raw[o.name] = prev === undefined ? value : `${prev}\n${value}`;
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            free.push(...argv.slice(i + 1));
            break;
        }
        if (arg === '--help' || arg === '-h') {
            out.help = true;
            continue;
        }
        if (!arg.startsWith('-') || arg === '-') {
            free.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const flag = eq > 0 ? arg.slice(0, eq) : arg;
        const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
        const takeValue = () => {
            if (inline !== undefined)
                return inline;
            const next = argv[i + 1];
            if (next === undefined || (next.startsWith('--') && next.length > 2)) {
                throw new errors/* UsageError */.eb({ input: flag, problem: 'needs a value', fix: `write ${flag} VALUE or ${flag}=VALUE` });
            }
            i++;
            return next;
        };
        if (flag === '--config' && !ownConfig) {
            out.configFile = takeValue();
            continue;
        }
        if (!decl) {
            // No declaration: generic `--name value` / `--name=value` / bare `--name` (true); the command validates.
            const name = flag.replace(/^--?/, '');
            const next = argv[i + 1];
            const value = inline ?? (next !== undefined && !next.startsWith('-') ? (i++, next) : 'true');
            out.raw[name] = out.raw[name] === undefined ? value : `${out.raw[name]}\n${value}`;
            continue;
        }
        const o = byFlag.get(flag);
        if (o) {
            // Booleans are flags: `--history` alone means true; an explicit `=false` is allowed.
            set(o, o.type === 'boolean' ? (inline ?? 'true') : takeValue(), flag);
            continue;
        }
        const negated = flag.startsWith('--no-') ? byFlag.get(`--${flag.slice(5)}`) : undefined;
        if (negated && negated.type === 'boolean' && inline === undefined) {
            set(negated, 'false', flag);
            continue;
        }
        const known = [...byFlag.keys(), ...options.filter((x) => x.type === 'boolean').map((x) => `--no-${x.name}`), '--help'];
        if (!ownConfig)
            known.push('--config');
        throw unknownFlag(flag, known, command);
    }
    // The first free argument fills the positional option (if the decl has one); the rest stay positional.
    const positional = options.find((o) => o.positional);
    if (positional && free.length > 0) {
        if (out.raw[positional.name] !== undefined) {
            throw new errors/* UsageError */.eb({
                input: `--${positional.name}`,
                problem: `was given both as a flag and as the argument '${free[0]}'`,
                fix: `give ${positional.name} once`,
            });
        }
        out.raw[positional.name] = free.shift();
    }
    if (decl && free.length > 0) {
        throw new errors/* UsageError */.eb({
            input: free[0],
            problem: `is an unexpected argument for '${command}'`,
            fix: `see bulkhead ${command} --help for its usage`,
        });
    }
    out.positionals = free;
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/diff/dashboard/decl.ts
var decl = __webpack_require__(672);
// EXTERNAL MODULE: ./packages/core/src/diff/decl.ts
var diff_decl = __webpack_require__(6965);
// EXTERNAL MODULE: ./packages/core/src/secrets/decl.ts
var secrets_decl = __webpack_require__(5519);
;// CONCATENATED MODULE: ./packages/cli/src/commands/index.ts



const COMMANDS = [
    {
        name: 'secret-scan',
        summary: 'Find credentials in a tree, git history, staged changes or build artifacts.',
        decl: secrets_decl/* secretScanDecl */.S,
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(728), __webpack_require__.e(494), __webpack_require__.e(650), __webpack_require__.e(351), __webpack_require__.e(893), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 2567))).command,
    },
    {
        name: 'sarif merge',
        summary: 'Merge the SARIF logs of secret-scan shards into one.',
        usage: 'bulkhead sarif merge FILE... [--output FILE]',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(728), __webpack_require__.e(494), __webpack_require__.e(650), __webpack_require__.e(351), __webpack_require__.e(893), __webpack_require__.e(597)]).then(__webpack_require__.bind(__webpack_require__, 597))).command,
    },
    {
        name: 'diff-telemetry',
        summary: 'Measure a commit range (bytes, files, binaries, leak-pattern files) and alert on size thresholds.',
        usage: 'bulkhead diff-telemetry [PATH] --base REF [--head REF] [flags]',
        decl: diff_decl/* DIFF_TELEMETRY_DECL */.v,
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(728), __webpack_require__.e(494), __webpack_require__.e(650), __webpack_require__.e(351), __webpack_require__.e(893), __webpack_require__.e(312)]).then(__webpack_require__.bind(__webpack_require__, 9312))).command,
    },
    {
        name: 'dashboard',
        summary: 'Render the diff-telemetry history into a self-contained HTML dashboard.',
        decl: decl/* DASHBOARD_DECL */.Y,
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(728), __webpack_require__.e(494), __webpack_require__.e(650), __webpack_require__.e(351), __webpack_require__.e(893), __webpack_require__.e(129)]).then(__webpack_require__.bind(__webpack_require__, 8129))).command,
    },
];

;// CONCATENATED MODULE: ./packages/cli/src/help.ts

const WIDTH = 100;
function wrap(text, indent) {
    const words = text.split(/\s+/).filter(Boolean);
    const lines = [];
    let line = '';
    for (const w of words) {
        if (line && indent + line.length + 1 + w.length > WIDTH) {
            lines.push(line);
            line = w;
        }
        else
            line = line ? `${line} ${w}` : w;
    }
    if (line)
        lines.push(line);
    return lines.join(`\n${' '.repeat(indent)}`);
}
function metavar(o) {
    switch (o.type) {
        case 'boolean':
            return '';
        case 'enum':
            return ` ${(o.values ?? []).join('|')}`;
        case 'integer':
            return ' N';
        case 'bytes':
            return ' SIZE';
        case 'duration':
            return ' DURATION';
        case 'globs':
            return ' GLOB';
        case 'list':
            return ' ITEM';
        default:
            if (o.name === 'range')
                return ' BASE..HEAD';
            if (/(^|-)(file|config|baseline|output)$/.test(o.name))
                return ' FILE';
            return ` ${o.name.toUpperCase().replace(/-/g, '_')}`;
    }
}
function flagText(o) {
    const alias = o.cliAlias ? (o.cliAlias.length === 1 ? `-${o.cliAlias}, ` : `--${o.cliAlias}, `) : '';
    const neg = o.type === 'boolean' ? `, --no-${o.name}` : '';
    return `${alias}--${o.name}${metavar(o)}${neg}`;
}
function details(o) {
    const facts = [o.type];
    if (o.type === 'list' || o.type === 'globs')
        facts.push('repeatable');
    if (o.required)
        facts.push('required');
    if (o.default !== undefined && o.default !== '')
        facts.push(`default: ${o.default}`);
    if (o.type === 'enum' && o.values)
        facts.push(`one of: ${o.values.join(', ')}`);
    if (o.min !== undefined)
        facts.push(`min: ${o.min}`);
    if (o.max !== undefined)
        facts.push(`max: ${o.max}`);
    return `${o.description} (${facts.join('; ')})`;
}
function usageLine(entry) {
    if (entry.usage)
        return entry.usage;
    const opts = cliOptions(entry.decl);
    const pos = opts.find((o) => o.positional);
    const posText = pos ? ` [${pos.name.toUpperCase()}]` : '';
    return `bulkhead ${entry.name}${posText}${opts.length > 0 ? ' [options]' : ''}`;
}
function commandHelp(entry) {
    const decl = entry.decl;
    const out = [`Usage: ${usageLine(entry)}`, '', wrap(decl?.description ?? entry.summary, 0), ''];
    const opts = cliOptions(decl);
    const pos = opts.find((o) => o.positional);
    if (pos)
        out.push('Arguments:', `  ${pos.name.toUpperCase()}`, `      ${wrap(`${details(pos)} Same as --${pos.name}.`, 6)}`, '');
    out.push('Options:');
    for (const o of opts)
        out.push(`  ${flagText(o)}`, `      ${wrap(details(o), 6)}`);
    if (!opts.some((o) => o.name === 'config')) {
        out.push('  --config FILE', `      ${wrap('Bulkhead config file. Default: .bulkhead.yml in the current directory, if present.', 6)}`);
    }
    out.push('  -h, --help', '      Show this help.', '');
    out.push('Exit codes: 0 clean / passed, 1 findings / gate closed / alert, 2 usage or runtime error.', '');
    return out.join('\n');
}
function mainHelp(commands, version) {
    const width = Math.max(12, ...commands.map((c) => c.name.length)) + 2;
    const out = [
        `bulkhead ${version} — keep a CI pipeline from leaking`,
        '',
        'Usage: bulkhead <command> [options]',
        '',
        'Commands:',
        ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
        '',
        'Options:',
        `  ${'-h, --help'.padEnd(width)}Show this help; \`bulkhead <command> --help\` for a command.`,
        `  ${'--version'.padEnd(width)}Print the version.`,
        '',
        'Exit codes: 0 clean / passed, 1 findings / gate closed / alert, 2 usage or runtime error.',
        '',
    ];
    return out.join('\n');
}

;// CONCATENATED MODULE: ./packages/cli/src/main.ts
// `bulkhead <command> [flags]`: dispatch, help, version, and the one error policy (exit 2 + one line on stderr).






const VERSION = package_namespaceObject.rE;
function findCommand(argv, registry) {
    // Two-word commands (`sarif merge`) take precedence over one-word ones.
    const two = argv.length > 1 ? registry.find((c) => c.name === `${argv[0]} ${argv[1]}`) : undefined;
    if (two)
        return [two, 2];
    const one = registry.find((c) => c.name === argv[0]);
    return one ? [one, 1] : undefined;
}
async function errorLine(e, io) {
    if (e instanceof errors/* BulkheadError */.xR) {
        const { userMessage } = await __webpack_require__.e(/* import() */ 110).then(__webpack_require__.bind(__webpack_require__, 2110));
        io.stderr(`bulkhead: ${userMessage(e, { surface: 'cli' })}\n`);
        return;
    }
    const { userMessage } = await __webpack_require__.e(/* import() */ 110).then(__webpack_require__.bind(__webpack_require__, 2110));
    io.stderr(`bulkhead: ${userMessage(e, { surface: 'cli' })}\n`);
    // A bug: the stack helps a report, but only on request so normal output stays one line.
    if (io.env.BULKHEAD_DEBUG && e instanceof Error && e.stack)
        io.stderr(`${e.stack}\n`);
}
async function main(argv, io, registry = COMMANDS) {
    try {
        const first = argv[0];
        if (first === undefined) {
            io.stderr(mainHelp(registry, VERSION));
            return 2;
        }
        if (first === '--help' || first === '-h' || first === 'help') {
            const target = argv.length > 1 && first === 'help' ? findCommand(argv.slice(1), registry) : undefined;
            io.stdout(target ? commandHelp(target[0]) : mainHelp(registry, VERSION));
            return 0;
        }
        if (first === '--version' || first === '-V' || first === 'version') {
            io.stdout(`${VERSION}\n`);
            return 0;
        }
        const found = findCommand(argv, registry);
        if (!found) {
            const guess = (0,suggest/* closest */.k)(first, registry.map((c) => c.name));
            throw new errors/* UsageError */.eb({
                problem: first.startsWith('-') ? `'${first}' must come after a command` : `'${first}' is not a bulkhead command`,
                fix: guess ? `did you mean '${guess}'? Run bulkhead --help for the list` : 'run bulkhead --help for the list of commands',
            });
        }
        const [entry, used] = found;
        const args = parseArgv(entry.name, entry.decl, argv.slice(used));
        if (args.help) {
            io.stdout(commandHelp(entry));
            return 0;
        }
        // Engine code (and the config loader) load only now, for the command that runs.
        const [command, { resolveArgs }] = await Promise.all([entry.load(), Promise.all(/* import() */[__webpack_require__.e(728), __webpack_require__.e(351), __webpack_require__.e(747)]).then(__webpack_require__.bind(__webpack_require__, 5747))]);
        const parsed = await resolveArgs(entry.decl, args, io.cwd);
        return await command.run(parsed, io);
    }
    catch (e) {
        await errorLine(e, io);
        return 2;
    }
}


/***/ }),

/***/ 672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ DASHBOARD_DECL)
/* harmony export */ });
const DASHBOARD_DECL = {
    name: 'dashboard',
    title: 'Bulkhead dashboard',
    description: 'Renders the diff-telemetry run history into one self-contained HTML file (no network needed to view it).',
    options: [
        {
            name: 'history',
            type: 'string',
            default: 'bulkhead-history.json',
            description: 'History JSON file, as kept by diff-telemetry with `history: file:PATH` (the `file:` prefix is optional).',
            surface: 'cli',
            positional: true,
        },
        { name: 'output', type: 'string', default: 'bulkhead-dashboard.html', description: 'Where to write the HTML file.', surface: 'cli' },
        { name: 'title', type: 'string', default: 'Bulkhead diff-telemetry', description: 'Page title.', surface: 'cli' },
        { name: 'last', type: 'integer', default: '100', min: 1, max: 10000, description: 'Newest runs shown in the charts.', surface: 'cli' },
    ],
    outputs: [],
};


/***/ }),

/***/ 6965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ DIFF_TELEMETRY_DECL)
/* harmony export */ });
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


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ ResourceError),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   xR: () => (/* binding */ BulkheadError)
/* harmony export */ });
/* unused harmony exports GateError, isUserError */
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
class GateError extends (/* unused pure expression or super */ null && (BulkheadError)) {
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

/***/ 5046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
// "Did you mean …?" for enum values, config keys and CLI flags: one distance, used everywhere.
/** Optimal-string-alignment (restricted Damerau–Levenshtein) distance: a swap of neighbours costs 1. */
function editDistance(a, b) {
    if (a === b)
        return 0;
    if (a.length === 0)
        return b.length;
    if (b.length === 0)
        return a.length;
    // Three rolling rows are enough for the transposition look-back.
    let prev2 = new Array(b.length + 1).fill(0);
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    let cur = new Array(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
        cur[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, prev2[j - 2] + 1);
            cur[j] = d;
        }
        [prev2, prev, cur] = [prev, cur, prev2];
    }
    return prev[b.length];
}
/**
 * The candidate closest to `word`, or undefined when nothing is close enough to be a plausible typo
 * (distance at most a third of the word's length, and at least 2 allowed).
 */
function closest(word, candidates) {
    const w = word.toLowerCase();
    const limit = Math.max(2, Math.floor(w.length / 3));
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = editDistance(w, c.toLowerCase());
        if (d < bestD) {
            best = c;
            bestD = d;
        }
    }
    return bestD <= limit ? best : undefined;
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

/***/ 5519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ secretScanDecl)
/* harmony export */ });
/* harmony import */ var _suppress_shapes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8309);

const secretScanDecl = {
    name: 'secret-scan',
    title: 'Bulkhead secret-scan',
    description: 'Find credentials in the tree, in git history, in the new commits of a pull request or push, and in build artifacts; fail the build without ever printing the secret.',
    post: false,
    config: _suppress_shapes_js__WEBPACK_IMPORTED_MODULE_0__/* .SECRET_SCAN_CONFIG_SHAPES */ .nN,
    options: [
        { name: 'path', type: 'string', default: '.', positional: true, description: 'Directory (or repository) to scan, relative to the workspace.' },
        { name: 'mode', type: 'enum', default: 'auto', values: ['auto', 'tree', 'history', 'changes'], surface: 'action', description: "What to scan: 'auto' picks the new commits for pull_request, push and merge_group events and the tree otherwise; 'tree' scans files on disk; 'history' scans every commit; 'changes' scans base..head." },
        { name: 'history', type: 'boolean', default: 'false', surface: 'cli', description: 'Scan every commit reachable from HEAD (added lines only) instead of the files on disk.' },
        { name: 'range', type: 'string', surface: 'cli', description: 'Scan only the commits in BASE..HEAD (implies --history).' },
        { name: 'staged', type: 'boolean', default: 'false', surface: 'cli', description: 'Scan the staged changes (for pre-commit hooks).' },
        { name: 'base', type: 'string', surface: 'action', description: "Base commit of the range to scan; overrides the event's. Empty: from the event." },
        { name: 'head', type: 'string', surface: 'action', description: "Head commit of the range to scan; overrides the event's. Empty: from the event." },
        { name: 'artifacts', type: 'globs', description: 'Globs of build artifacts (files and zip/jar/tar/tar.gz archives) to scan as well, relative to path.' },
        { name: 'leak-patterns', type: 'globs', default: '*.leak', description: 'Globs of files that must never be shipped; each match is a finding.' },
        { name: 'max-artifact-size', type: 'bytes', default: '100MB', description: 'Artifacts larger than this are reported as oversize findings (archives are still scanned within their limits).' },
        { name: 'exclude', type: 'globs', description: 'Globs of paths not to scan.' },
        { name: 'gitignore', type: 'boolean', default: 'false', description: 'Skip files ignored by .gitignore in tree scans.' },
        { name: 'config', type: 'string', description: 'Path of the Bulkhead config file. Empty: .bulkhead.yml in the scanned path, if present.' },
        { name: 'baseline', type: 'string', description: 'Baseline file of accepted findings (by fingerprint); findings in it do not fail the step.' },
        { name: 'write-baseline', type: 'string', surface: 'cli', description: 'Write every current finding to this baseline file and exit 0.' },
        { name: 'fail-on', type: 'enum', default: 'low', values: ['low', 'medium', 'high', 'critical', 'none'], description: "Fail when a finding has this severity or higher; 'none' never fails." },
        { name: 'shard', type: 'string', description: "Scan only shard i of n ('i/n', e.g. 2/4) for a matrix of n jobs: files by path hash, commits by SHA." },
        { name: 'fetch', type: 'boolean', default: 'true', surface: 'action', description: 'Deepen a shallow clone with git fetch when the commits to scan are missing.' },
        { name: 'sarif-file', type: 'string', default: 'bulkhead-secret-scan.sarif', surface: 'action', description: 'Where to write the SARIF 2.1.0 report (relative to the workspace); empty to skip.' },
        { name: 'report-file', type: 'string', default: 'bulkhead-secret-scan.json', surface: 'action', description: 'Where to write the JSON report (relative to the workspace); empty to skip.' },
        { name: 'summary', type: 'boolean', default: 'true', surface: 'action', description: 'Write a job summary.' },
        { name: 'annotations', type: 'boolean', default: 'true', surface: 'action', description: 'Annotate findings on their file and line.' },
        { name: 'format', type: 'enum', default: 'text', values: ['text', 'json', 'sarif'], surface: 'cli', description: 'Output format.' },
        { name: 'output', type: 'string', surface: 'cli', description: 'Write the report to this file instead of stdout.' },
    ],
    outputs: [
        { name: 'findings', description: 'Number of findings not covered by the baseline or allow-lists.' },
        { name: 'sarif-file', description: 'Path of the SARIF report.' },
        { name: 'report-file', description: 'Path of the JSON report.' },
        { name: 'fingerprints', description: 'Newline-separated fingerprints of the findings (SHA-256, never the secret).' },
    ],
};


/***/ }),

/***/ 8309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nN: () => (/* binding */ SECRET_SCAN_CONFIG_SHAPES)
/* harmony export */ });
/* unused harmony exports ALLOW_CONFIG_SHAPE, CUSTOM_RULES_CONFIG_SHAPE */
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3773);

const ALLOW_CONFIG_SHAPE = {
    type: 'object',
    description: 'Findings to accept without a baseline.',
    properties: {
        paths: { type: 'array', items: { type: 'string' }, description: 'Globs of paths whose findings are accepted (a pattern without `/` matches the file name anywhere).' },
        rules: { type: 'array', items: { type: 'string' }, description: 'Rule ids whose findings are accepted.' },
        fingerprints: { type: 'array', items: { type: 'string' }, description: 'Fingerprints (SHA-256 hex) of accepted findings.' },
    },
};
const CUSTOM_RULES_CONFIG_SHAPE = {
    type: 'array',
    description: 'Extra secret rules, run next to the built-in ones.',
    items: {
        type: 'object',
        required: ['id', 'regex', 'keywords'],
        properties: {
            id: { type: 'string', description: 'Lower-case rule id, e.g. acme-api-key.' },
            description: { type: 'string', description: 'What the rule finds.' },
            regex: { type: 'string', description: 'JavaScript regex; a named group `secret` marks the secret. May start with (?i).' },
            keywords: { type: 'array', items: { type: 'string' }, description: 'Literals near which the regex runs (case-insensitive).' },
            severity: { type: 'string', enum: _report_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .o, description: 'Severity of its findings (default high).' },
            entropy: { type: 'number', minimum: 0, maximum: 8, description: 'Minimum Shannon entropy (bits/char) of the secret.' },
        },
    },
};
const SECRET_SCAN_CONFIG_SHAPES = {
    allow: ALLOW_CONFIG_SHAPE,
    rules: CUSTOM_RULES_CONFIG_SHAPE,
};


/***/ })

};
