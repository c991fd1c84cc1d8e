export const id = 109;
export const ids = [109];
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

// EXTERNAL MODULE: ./packages/core/src/decls.ts
var decls = __webpack_require__(9700);
// EXTERNAL MODULE: ./packages/core/src/dashboard/decl.ts
var decl = __webpack_require__(9400);
;// CONCATENATED MODULE: ./packages/cli/src/commands/index.ts
// The command registry, derived: every declared action (ACTION_DECLS) is a command of the same name, with
// its help and flags from the declaration and its run() from commands/<name>.ts (registered in MODULES);
// a few commands that are not actions are listed below.
// Entries are cheap (name, summary, decl); a command's module — and the engine it pulls in — is imported only
// when that command runs, so `bulkhead --help` starts fast.



// One line per command module. Literal specifiers, so the bundler makes one lazy chunk per module (a computed
// `./${name}.ts` would be opaque to it once TypeScript rewrites the extension at run time).
const MODULES = {
    'secret-scan': () => Promise.all(/* import() */[__webpack_require__.e(494), __webpack_require__.e(665), __webpack_require__.e(567)]).then(__webpack_require__.bind(__webpack_require__, 2567)),
    'diff-telemetry': () => __webpack_require__.e(/* import() */ 253).then(__webpack_require__.bind(__webpack_require__, 5253)),
    'oauth-signature-gate': () => Promise.all(/* import() */[__webpack_require__.e(92), __webpack_require__.e(846)]).then(__webpack_require__.bind(__webpack_require__, 6846)),
    'policy-audit': () => Promise.all(/* import() */[__webpack_require__.e(601), __webpack_require__.e(28)]).then(__webpack_require__.bind(__webpack_require__, 2028)),
    'double-write': () => __webpack_require__.e(/* import() */ 294).then(__webpack_require__.bind(__webpack_require__, 8294)),
    'egress-gate': () => Promise.all(/* import() */[__webpack_require__.e(894), __webpack_require__.e(429)]).then(__webpack_require__.bind(__webpack_require__, 6429)),
    'sarif merge': () => __webpack_require__.e(/* import() */ 597).then(__webpack_require__.bind(__webpack_require__, 597)),
    dashboard: () => __webpack_require__.e(/* import() */ 617).then(__webpack_require__.bind(__webpack_require__, 4617)),
};
/** The command's module, or a usage error for a declared action that has none yet. */
async function loadModule(name) {
    const load = MODULES[name];
    if (!load)
        throw new errors/* UsageError */.eb({ problem: `'${name}' has no command-line form yet`, fix: `run it as the GitHub Action actions/${name}` });
    return (await load()).command;
}
function fromDecl(decl) {
    return { name: decl.name, summary: decl.summary ?? decl.title, decl, usage: decl.usage, load: () => loadModule(decl.name) };
}
const COMMANDS = [
    ...decls/* ACTION_DECLS */.x.map((d) => fromDecl(d)),
    {
        name: 'sarif merge',
        summary: 'Merge the SARIF logs of secret-scan shards into one.',
        usage: 'bulkhead sarif merge FILE... [--output FILE]',
        load: () => loadModule('sarif merge'),
    },
    fromDecl(decl/* DASHBOARD_DECL */.Y),
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
        const { userMessage } = await __webpack_require__.e(/* import() */ 122).then(__webpack_require__.bind(__webpack_require__, 122));
        io.stderr(`bulkhead: ${userMessage(e, { surface: 'cli' })}\n`);
        return;
    }
    const { userMessage } = await __webpack_require__.e(/* import() */ 122).then(__webpack_require__.bind(__webpack_require__, 122));
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
        const [command, { resolveArgs }, { reportRunFromEnv, setReportRun }] = await Promise.all([entry.load(), Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(596)]).then(__webpack_require__.bind(__webpack_require__, 2596)), __webpack_require__.e(/* import() */ 122).then(__webpack_require__.bind(__webpack_require__, 122))]);
        // Inside a workflow step, JSON reports name the run (workflow, run number) for the dashboard.
        setReportRun(reportRunFromEnv(io.env));
        const parsed = await resolveArgs(entry.decl, args, io.cwd);
        return await command.run(parsed, io);
    }
    catch (e) {
        await errorLine(e, io);
        return 2;
    }
}


/***/ }),

/***/ 9400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ DASHBOARD_DECL)
/* harmony export */ });
const DASHBOARD_DECL = {
    name: 'dashboard',
    title: 'Bulkhead dashboard',
    description: "Renders every action's JSON reports (secret-scan, diff-telemetry, oauth-signature-gate, double-write, egress-gate, policy-audit) and the diff-telemetry run history into one self-contained HTML file (no network needed to view it), with a red flag per pipeline whose newest run shows a leak.",
    summary: "Render every action's reports and the diff-telemetry history into one self-contained HTML dashboard.",
    usage: 'bulkhead dashboard [HISTORY.json] [--reports DIR|FILE|GLOB]... [--output FILE] [--title TEXT] [--last N]',
    options: [
        {
            name: 'history',
            type: 'string',
            default: 'bulkhead-history.json',
            description: 'History JSON file, as kept by diff-telemetry with `history: file:PATH` (the `file:` prefix is optional). Optional when --reports is given.',
            surface: 'cli',
            positional: true,
        },
        {
            name: 'reports',
            type: 'globs',
            anywhere: true,
            description: 'Bulkhead JSON reports (an action\'s report-file, or the CLI\'s --format json output): a directory (every *.json below it), a file or a glob; repeat the flag for more. Files of another kind are skipped with a note.',
            surface: 'cli',
        },
        { name: 'output', type: 'string', default: 'bulkhead-dashboard.html', description: 'Where to write the HTML file.', surface: 'cli' },
        { name: 'title', type: 'string', default: 'Bulkhead dashboard', description: 'Page title.', surface: 'cli' },
        { name: 'last', type: 'integer', default: '100', min: 1, max: 10000, description: 'Newest runs shown in each chart and table.', surface: 'cli' },
    ],
    outputs: [],
};


/***/ }),

/***/ 9700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ACTION_DECLS)
/* harmony export */ });
/* harmony import */ var _secrets_decl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4340);
/* harmony import */ var _diff_decl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6965);
/* harmony import */ var _gate_decl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3861);
/* harmony import */ var _policy_decl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3130);
/* harmony import */ var _storage_decl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6411);
/* harmony import */ var _egress_decl_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3309);






const ACTION_DECLS = [_secrets_decl_js__WEBPACK_IMPORTED_MODULE_0__/* .SECRET_SCAN_DECL */ .c, _diff_decl_js__WEBPACK_IMPORTED_MODULE_1__/* .DIFF_TELEMETRY_DECL */ .v, _gate_decl_js__WEBPACK_IMPORTED_MODULE_2__/* .OAUTH_SIGNATURE_GATE_DECL */ .i, _policy_decl_js__WEBPACK_IMPORTED_MODULE_3__/* .POLICY_AUDIT_DECL */ .me, _storage_decl_js__WEBPACK_IMPORTED_MODULE_4__/* .DOUBLE_WRITE_DECL */ .r, _egress_decl_js__WEBPACK_IMPORTED_MODULE_5__/* .EGRESS_GATE_DECL */ .r];


/***/ }),

/***/ 6965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ DIFF_TELEMETRY_DECL)
/* harmony export */ });
/* harmony import */ var _files_leak_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9396);

const DIFF_TELEMETRY_DECL = {
    name: 'diff-telemetry',
    title: 'Bulkhead diff-telemetry',
    description: 'Measures a change from local git (bytes, files, binaries, lockfiles, generated and leak-pattern files), alerts on size thresholds and tracks leak risk over time.',
    summary: 'Measure a commit range (bytes, files, binaries, leak-pattern files) and alert on size thresholds.',
    usage: 'bulkhead diff-telemetry [PATH] --base REF [--head REF] [flags]',
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
            default: _files_leak_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_LEAK_PATTERN */ .XR,
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

/***/ 3309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ EGRESS_GATE_DECL)
/* harmony export */ });
const EGRESS_GATE_DECL = {
    name: 'egress-gate',
    title: 'Bulkhead egress-gate',
    description: 'Stops every later step of the job from reaching network destinations that are not allow-listed (DNS proxy + nftables, IPv4 and IPv6), records every attempt, and ends stray background processes. `mode: audit` records without blocking.',
    summary: 'Allow-list outbound traffic for the rest of the job (DNS proxy + nftables); audit or block.',
    usage: 'bulkhead egress-gate [plan|start|stop] [--mode audit|block] [--allowed-endpoints LIST] [flags]',
    post: true,
    options: [
        {
            name: 'step',
            type: 'enum',
            values: ['plan', 'start', 'stop', 'serve'],
            default: 'plan',
            positional: true,
            surface: 'cli',
            description: '`plan` prints the firewall ruleset and DNS policy without changing anything; `start` applies the gate (root); `stop` reports, restores the resolver and removes the table (root); `serve --daemon proxy=FILE` runs one of the gate\'s daemons in the foreground (start runs it for you).',
        },
        {
            name: 'mode',
            type: 'enum',
            values: ['audit', 'block'],
            default: 'audit',
            description: '`audit` records every destination and lets it through; `block` lets through only allow-listed destinations.',
        },
        {
            name: 'allowed-endpoints',
            type: 'list',
            description: 'Allowed destinations, separated by newlines, spaces or commas: `host`, `host:port`, `*.domain` (subdomains only), `.domain` (the domain and its subdomains), `ip`, `ip:port`, `cidr`, `cidr:port` (IPv6 with a port in brackets: `[2001:db8::/32]:443`). `#` starts a comment.',
        },
        {
            name: 'presets',
            type: 'list',
            default: 'github',
            description: 'Named allow-lists added to allowed-endpoints: `github` (what the runner itself needs: github.com, api.github.com, *.actions.githubusercontent.com, results and cache storage, …), or `none`.',
        },
        { name: 'block-doh', type: 'boolean', default: 'true', description: 'Block well-known DNS-over-HTTPS/TLS resolvers (by name and address) in both modes unless explicitly allowed, so DNS cannot bypass the proxy.' },
        { name: 'fail-on-blocked', type: 'boolean', default: 'false', description: 'Fail the post step when anything was blocked (block mode) or would have been (audit mode).' },
        { name: 'disable-sudo', type: 'boolean', default: 'false', surface: 'action', description: "Remove the runner user's sudo rights for the rest of the job, so no step can undo the gate." },
        { name: 'kill-after', type: 'duration', description: 'Process watchdog: end (TERM, then KILL after kill-grace) every process of the job started after the gate that is still running this long after it started. Empty: off.' },
        { name: 'kill-grace', type: 'duration', default: '5s', description: 'Time between TERM and KILL when the watchdog ends a process.' },
        { name: 'kill-patterns', type: 'list', description: 'Regular expressions over a process command line: a matching process started after the gate is ended at once.' },
        { name: 'watchdog-exempt', type: 'list', description: 'Regular expressions over a process command line: matching processes are never ended by the watchdog or quotas.' },
        { name: 'max-process-cpu', type: 'duration', description: 'Quota: CPU time (user + system) per process started after the gate, e.g. 10m. Past it the process is reported (and ended with quota-action kill).' },
        { name: 'max-process-memory', type: 'bytes', description: 'Quota: resident memory per process started after the gate, e.g. 2GiB.' },
        { name: 'quota-action', type: 'enum', values: ['warn', 'kill'], default: 'warn', description: '`warn` reports a process past a quota; `kill` also ends it.' },
        { name: 'dns-upstream', type: 'list', description: 'Upstream DNS servers the proxy forwards to (IP addresses). Default: the servers the system resolver used before the gate.' },
        { name: 'dns-address', type: 'string', default: '127.0.0.153', description: 'Loopback address the DNS proxy listens on (port 53).' },
        { name: 'proxy-uid', type: 'integer', default: '64153', min: 1, max: 4294967294, description: 'User id the DNS proxy drops to once it is listening (no account needed); only this uid may send DNS upstream.' },
        { name: 'daemon', type: 'string', surface: 'cli', description: 'With `serve`: which daemon and its config, `proxy=FILE` or `watchdog=FILE` (start passes this; not for everyday use).' },
        { name: 'state-dir', type: 'string', surface: 'cli', description: 'Directory for the gate state (logs, saved resolver). Default: a bulkhead-egress folder in the temp directory.' },
        { name: 'report-file', type: 'string', description: 'Where to write the JSON report. Action default: $RUNNER_TEMP/bulkhead-egress-gate.json.' },
        { name: 'format', type: 'enum', values: ['text', 'json'], default: 'text', surface: 'cli', description: 'Output format.' },
    ],
    outputs: [
        { name: 'blocked-count', description: 'Number of distinct destinations (address, protocol, port; or DNS name) blocked (block mode) or not allow-listed (audit mode).' },
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

/***/ 9396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iy: () => (/* binding */ DEFAULT_LEAK_PATTERNS),
/* harmony export */   Kd: () => (/* binding */ compileLeakPatterns),
/* harmony export */   XR: () => (/* binding */ DEFAULT_LEAK_PATTERN)
/* harmony export */ });
/* harmony import */ var _options_glob_match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8472);
// Leak patterns: names of files that must never be shipped or committed. One matcher and one default
// for secret-scan (a finding per file or archive entry) and diff-telemetry (the `leak` class).

/** The `leak-patterns` default of every action that has the input. */
const DEFAULT_LEAK_PATTERN = '*.leak';
const DEFAULT_LEAK_PATTERNS = [DEFAULT_LEAK_PATTERN];
/**
 * The leak pattern a path matches, or undefined. Patterns mean what they mean in .gitignore
 * (`*.leak` at any depth, `config/*.pem` from the root, `secrets/` for a directory). An archive entry
 * (`dist/app.zip!/conf/prod.leak`) is also tried by its path inside the innermost archive, so
 * `conf/*.leak` finds it there.
 */
function compileLeakPatterns(patterns = DEFAULT_LEAK_PATTERNS) {
    const globs = (0,_options_glob_match_js__WEBPACK_IMPORTED_MODULE_0__/* .compilePathGlobs */ .Q)(patterns);
    return (path) => {
        const hit = globs.matchedBy(path);
        if (hit !== undefined)
            return hit;
        const at = path.lastIndexOf('!/');
        return at < 0 ? undefined : globs.matchedBy(path.slice(at + 2));
    };
}


/***/ }),

/***/ 3861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ OAUTH_SIGNATURE_GATE_DECL)
/* harmony export */ });
const AUTH_METHODS = ['client_secret_basic', 'client_secret_post', 'private_key_jwt', 'github-oidc'];
const OAUTH_SIGNATURE_GATE_DECL = {
    name: 'oauth-signature-gate',
    title: 'Bulkhead oauth-signature-gate',
    description: "Holds a deployment until an OAuth 2.0 authorization server, asked through token introspection (RFC 7662, optionally signed per RFC 9701), vouches for the artifact's SHA-256. Fails closed.",
    summary: "Open only when an OAuth server's introspection vouches for the artifact's SHA-256 digest.",
    usage: 'bulkhead oauth-signature-gate ARTIFACT --issuer URL [--client-id ID --client-secret S | --token T] [flags]',
    options: [
        {
            name: 'artifact',
            type: 'globs',
            anywhere: true,
            required: true,
            positional: true,
            description: 'The artifact: one file (its SHA-256), or a directory or globs (the SHA-256 of the canonical manifest of the files; see the README). Relative to the workspace.',
        },
        { name: 'issuer', type: 'string', description: 'Authorization server issuer URL: the expected `iss`, and where RFC 8414 metadata is discovered when an endpoint is not given.' },
        { name: 'introspection-endpoint', type: 'string', description: 'Token introspection endpoint (RFC 7662). Default: from the issuer metadata.' },
        { name: 'token', type: 'string', secret: true, description: 'An access token to introspect. Empty: obtain one with the client-credentials grant.' },
        { name: 'token-endpoint', type: 'string', description: 'Token endpoint for the client-credentials grant. Default: from the issuer metadata.' },
        { name: 'client-id', type: 'string', description: 'Client id for the client-credentials grant.' },
        { name: 'client-secret', type: 'string', secret: true, description: 'Client secret (client_secret_basic / client_secret_post).' },
        {
            name: 'client-auth-method',
            type: 'enum',
            values: AUTH_METHODS,
            default: 'client_secret_basic',
            description: "How the client authenticates at the token endpoint: client_secret_basic, client_secret_post, private_key_jwt (client-private-key signs an RFC 7523 assertion) or github-oidc (the job's GitHub OIDC ID token is the client assertion; needs `id-token: write`).",
        },
        { name: 'client-private-key', type: 'string', secret: true, description: 'Private key (PKCS#8 PEM or a private JWK as JSON) for private_key_jwt.' },
        { name: 'introspection-client-id', type: 'string', description: "Client id the gate introspects as. Default: client-id." },
        { name: 'introspection-client-secret', type: 'string', secret: true, description: "Secret of the introspecting client. Default: client-secret." },
        {
            name: 'introspection-auth-method',
            type: 'enum',
            values: AUTH_METHODS,
            description: 'How the introspecting client authenticates (same values as client-auth-method). Default: client-auth-method.',
        },
        { name: 'introspection-private-key', type: 'string', secret: true, description: 'Private key of the introspecting client for private_key_jwt. Default: client-private-key.' },
        { name: 'oidc-audience', type: 'string', surface: 'action', description: "Audience of the GitHub OIDC ID token for github-oidc. Default: issuer, else GitHub's default (the repository owner's URL)." },
        { name: 'resource', type: 'string', description: 'Resource indicator (RFC 8707) sent with the client-credentials grant.' },
        { name: 'scope', type: 'string', description: 'Scope requested with the client-credentials grant.' },
        { name: 'required-scope', type: 'string', description: 'A scope the introspected token must carry (space-separated list: all of them).' },
        { name: 'audience', type: 'string', description: 'A value the token\'s `aud` must contain. Default: resource, when given.' },
        { name: 'allowed-client-ids', type: 'list', description: 'When set, the token\'s `client_id` must be one of these.' },
        { name: 'allowed-subjects', type: 'list', description: 'When set, the token\'s `sub` must be one of these.' },
        {
            name: 'digest-claim',
            type: 'string',
            default: 'artifact_digest',
            description: 'Claim holding the approved digest(s): a `sha256:<hex>` string or an array of them. RFC 9396 `authorization_details` entries carrying a digest are accepted too.',
        },
        { name: 'signed-response', type: 'boolean', default: 'false', description: 'Ask for a signed introspection response (RFC 9701) and verify it against the issuer\'s JWKS before trusting any claim.' },
        { name: 'jwks-uri', type: 'string', description: "JWKS used to verify signed responses. Default: the issuer metadata's jwks_uri." },
        { name: 'wait-timeout', type: 'duration', default: '0', description: 'Keep polling (with backoff and jitter) until the digest is approved or this much time has passed; 0 decides once.' },
        { name: 'poll-interval', type: 'duration', default: '10s', min: 100, description: 'First wait between polls; it grows up to 4x with jitter.' },
        { name: 'timeout', type: 'duration', default: '15s', min: 1, description: 'Timeout of each HTTP request.' },
        { name: 'max-response-bytes', type: 'bytes', default: '1MiB', min: 1024, description: 'Largest response body accepted from any endpoint.' },
        { name: 'clock-skew', type: 'duration', default: '60s', description: 'Allowance when checking exp, nbf and iat.' },
        { name: 'expected-digest', type: 'string', description: 'A second source: the artifact digest must also equal this `sha256:<hex>` (e.g. upload-artifact\'s artifact-digest).' },
        { name: 'attestation-bundle', type: 'string', description: 'A Sigstore attestation bundle to require as a second source. Not verified by this version: giving it closes the gate (see the README).' },
        { name: 'allow-insecure-http', type: 'boolean', default: 'false', description: 'Allow http:// endpoints on loopback hosts (127.0.0.0/8, ::1, localhost) only; for tests.' },
        { name: 'ca-file', type: 'string', description: 'PEM file of extra CA certificates trusted for every endpoint (private PKI).' },
        { name: 'report-file', type: 'string', description: 'Where to write the JSON report. Action default: $RUNNER_TEMP/bulkhead-oauth-signature-gate.json.' },
        { name: 'format', type: 'enum', values: ['text', 'json'], default: 'text', surface: 'cli', description: 'Output format.' },
    ],
    outputs: [
        { name: 'digest', description: 'The artifact digest, `sha256:<hex>` (the form of upload-artifact\'s artifact-digest and attestation subjects).' },
        { name: 'approved', description: '`true` when the gate opened.' },
        { name: 'subject', description: 'Who vouched: the token\'s `sub`, else its `client_id`.' },
        { name: 'expires-at', description: 'Expiry of the vouching token (ISO 8601), when it has one.' },
        { name: 'report-file', description: 'Path of the JSON report.' },
    ],
};


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

/***/ 3130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   me: () => (/* binding */ POLICY_AUDIT_DECL)
/* harmony export */ });
/* unused harmony exports DEFAULT_AI_MARKERS, DEFAULT_AI_FILE_MARKERS */
// What marks a commit or a file as written by a coding agent: what common agents put in the commits they make
// (their co-author trailer addresses, footers) plus the generic trailers teams add by hand. Both lists are
// options, so a team adds its own agent without a release.
/**
 * Commit markers, matched case-insensitively in each message line and in `Author Name <email>`.
 * A marker ending in `:` is a trailer key and must start the line.
 */
const DEFAULT_AI_MARKERS = [
    'Generated-by:',
    'Assisted-by:',
    'AI-assisted-by:',
    'noreply@anthropic.com', // Claude Code: `Co-Authored-By: Claude <noreply@anthropic.com>`
    'Generated with [Claude Code]',
    'Copilot@users.noreply.github.com', // GitHub Copilot coding agent (author and co-author)
    'noreply@aider.chat', // aider's co-author trailer
    'cursoragent@cursor.com', // Cursor's background agent
    'devin-ai-integration[bot]',
    'claw-code',
];
/** In-file markers, matched case-insensitively in each line of a changed file. */
const DEFAULT_AI_FILE_MARKERS = ['claw-code', '@ai-generated', 'AI-generated code', 'Generated by Copilot', 'Generated by ChatGPT', 'Generated by Claude'];
const POLICY_AUDIT_DECL = {
    name: 'policy-audit',
    title: 'Bulkhead policy-audit',
    description: 'Audit the repository for conditions that make a leak likely: shipped binaries that drifted from their checksums, submodules pulled over weak URLs, from unexpected hosts or writable by unexpected people, changes written by coding agents, and the CI CPU-hour budget; one SARIF, JSON report and job summary for all checks.',
    summary: 'Audit binaries against checksums, submodule hygiene, AI-written changes and the CI budget.',
    usage: 'bulkhead policy-audit [PATH] [--checks LIST] [--binaries GLOB]... [--reference FILE] [--write] [--base REF] [--head REF] [flags]',
    options: [
        { name: 'checks', type: 'list', default: 'binary-drift, submodules, ai-provenance', description: 'Checks to run: binary-drift, submodules, ai-provenance, ci-budget (needs token and cpu-hour-budget).' },
        { name: 'path', type: 'string', default: '.', positional: true, description: 'Repository to audit, relative to the workspace.' },
        { name: 'base', type: 'string', description: 'Base commit of the change ai-provenance looks at. Default: from the event (pull request base, merge group base, push before), else the parent of head.' },
        { name: 'head', type: 'string', description: 'Head commit of that change. Default: from the event, else HEAD.' },
        { name: 'binaries', type: 'globs', description: 'binary-drift: globs (relative to path, .gitignore meaning) of the binaries to hash and compare with the reference.' },
        { name: 'reference', type: 'string', description: "binary-drift: the reference checksums: a SHA256SUMS file as sha256sum writes it (GNU or --tag BSD lines), a double-write manifest, or an https:// URL of a release's checksum file. Paths in it are relative to path." },
        { name: 'reference-max-bytes', type: 'bytes', default: '4MB', description: 'binary-drift: largest reference file accepted (a download is cut off past it).' },
        { name: 'version-command', type: 'string', description: "binary-drift: command run for each executable that drifted or is unexpected, to report the version it states; `{}` stands for the file (e.g. `{} --version`). No shell; first line of output, 5 s limit." },
        { name: 'write', type: 'boolean', default: 'false', surface: 'cli', description: 'binary-drift: write the reference file (sha256sum format) from the binaries matched now, and exit 0.' },
        { name: 'submodule-hosts', type: 'list', description: 'submodules: allowed hosts or host/organisation prefixes (github.com, github.com/my-org). Empty: any host.' },
        { name: 'submodule-writers', type: 'list', description: 'submodules (with a token): logins and org/team-slug teams allowed to push to GitHub-hosted submodules; anyone else with push, maintain or admin rights is a finding. Empty: writers are not compared.' },
        { name: 'token', type: 'string', secret: true, surface: 'action', actionDefault: '${{ github.token }}', description: 'GitHub token for the API-backed parts (submodule visibility and writers, ci-budget); a token that can read the submodules\' collaborators sees more. Masked. Default: the job\'s github.token. The CLI reads GITHUB_TOKEN.' },
        { name: 'repository', type: 'string', surface: 'cli', description: 'ci-budget: the repository (OWNER/NAME) whose workflow runs are counted. The action uses its own.' },
        { name: 'ai-markers', type: 'list', default: DEFAULT_AI_MARKERS.join(', '), description: 'ai-provenance: commit markers, matched case-insensitively in each line of a commit message and in its author; a marker ending in `:` is a trailer key (matched at the start of a line).' },
        { name: 'ai-file-markers', type: 'list', default: DEFAULT_AI_FILE_MARKERS.join(', '), description: 'ai-provenance: in-file markers, matched case-insensitively in the lines of the files the change touches.' },
        { name: 'ai-label', type: 'string', description: 'ai-provenance: a pull request label that AI-marked changes must carry; a pull request without it is a high finding.' },
        { name: 'ai-reviewer-team', type: 'string', description: 'ai-provenance (with a token): a team, as org/team-slug, that must be requested as reviewer or have a member approve on pull requests with AI-marked commits; otherwise a high finding.' },
        { name: 'ai-files-file', type: 'string', default: 'bulkhead-ai-files.txt', description: 'ai-provenance: where to write the AI-touched paths, one per line (relative to the workspace; for a SAST include list or CodeQL paths); empty to skip.' },
        { name: 'cpu-hour-budget', type: 'integer', min: 0, description: 'ci-budget: CPU-hours allowed per budget-period (job time × runner cores).' },
        { name: 'budget-period', type: 'duration', default: '14d', min: 3_600_000, description: 'ci-budget: the period counted, ending now (a sprint).' },
        { name: 'fail-on-budget', type: 'boolean', default: 'false', description: 'ci-budget: fail the step when the CPU-hours exceed cpu-hour-budget (80 % is a warning either way).' },
        { name: 'runner-cores', type: 'list', description: 'ci-budget: cores of runners by label, as label=cores (e.g. self-hosted=8); they win over the built-in table of GitHub-hosted runners.' },
        { name: 'fail-on', type: 'enum', default: 'high', values: ['low', 'medium', 'high', 'critical', 'none'], description: "Fail when a finding has this severity or higher; 'none' never fails." },
        { name: 'sarif-file', type: 'string', default: 'bulkhead-policy-audit.sarif', surface: 'action', description: 'Where to write the SARIF 2.1.0 report (relative to the workspace); empty to skip.' },
        { name: 'report-file', type: 'string', default: 'bulkhead-policy-audit.json', surface: 'action', description: 'Where to write the JSON report (relative to the workspace); empty to skip.' },
        { name: 'summary', type: 'boolean', default: 'true', surface: 'action', description: 'Write a job summary.' },
        { name: 'annotations', type: 'boolean', default: 'true', surface: 'action', description: 'Annotate findings on their file and line.' },
        { name: 'format', type: 'enum', default: 'text', values: ['text', 'json', 'sarif'], surface: 'cli', description: 'Output format.' },
        { name: 'output', type: 'string', surface: 'cli', description: 'Write the report to this file instead of stdout.' },
    ],
    outputs: [
        { name: 'findings', description: 'Number of findings of all checks.' },
        { name: 'drifted', description: 'Number of binaries whose SHA-256 differs from the reference.' },
        { name: 'ai-files', description: 'Path of the file listing the AI-touched paths, one per line (empty when not written).' },
        { name: 'cpu-hours', description: 'CPU-hours of workflow runs in the budget period (empty when ci-budget did not run).' },
        { name: 'sarif-file', description: 'Path of the SARIF report.' },
        { name: 'report-file', description: 'Path of the JSON report.' },
    ],
};


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

/***/ 4340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ SECRET_SCAN_DECL)
});

// EXTERNAL MODULE: ./packages/core/src/report/types.ts
var types = __webpack_require__(3773);
;// CONCATENATED MODULE: ./packages/core/src/secrets/suppress/shapes.ts

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
            severity: { type: 'string', enum: types/* SEVERITIES */.o, description: 'Severity of its findings (default high).' },
            entropy: { type: 'number', minimum: 0, maximum: 8, description: 'Minimum Shannon entropy (bits/char) of the secret.' },
        },
    },
};
const SECRET_SCAN_CONFIG_SHAPES = {
    allow: ALLOW_CONFIG_SHAPE,
    rules: CUSTOM_RULES_CONFIG_SHAPE,
    entropy: { type: 'boolean', description: 'Also report any high-entropy string assigned to a name (off by default: costs precision).' },
    'entropy-threshold': { type: 'number', minimum: 3, maximum: 6, description: 'Minimum Shannon entropy (bits/char) for the `entropy` rule (default 4.5).' },
};

// EXTERNAL MODULE: ./packages/core/src/files/leak-patterns.ts
var leak_patterns = __webpack_require__(9396);
;// CONCATENATED MODULE: ./packages/core/src/secrets/decl.ts


const SECRET_SCAN_DECL = {
    name: 'secret-scan',
    title: 'Bulkhead secret-scan',
    description: 'Find credentials in the tree, in git history, in the new commits of a pull request or push, and in build artifacts; fail the build without ever printing the secret.',
    summary: 'Find credentials in a tree, git history, staged changes or build artifacts.',
    post: false,
    config: SECRET_SCAN_CONFIG_SHAPES,
    options: [
        { name: 'path', type: 'string', default: '.', positional: true, description: 'Directory (or repository) to scan, relative to the workspace.' },
        { name: 'mode', type: 'enum', default: 'auto', values: ['auto', 'tree', 'history', 'changes'], surface: 'action', description: "What to scan: 'auto' picks the new commits for pull_request, push and merge_group events and the tree otherwise; 'tree' scans files on disk; 'history' scans every commit; 'changes' scans base..head." },
        { name: 'history', type: 'boolean', default: 'false', surface: 'cli', description: 'Scan every commit reachable from HEAD (added lines only) instead of the files on disk.' },
        { name: 'range', type: 'string', surface: 'cli', description: 'Scan only the commits in BASE..HEAD (implies --history).' },
        { name: 'staged', type: 'boolean', default: 'false', surface: 'cli', description: 'Scan the staged changes (for pre-commit hooks).' },
        { name: 'base', type: 'string', surface: 'action', description: "Base commit of the range to scan; overrides the event's. Empty: from the event." },
        { name: 'head', type: 'string', surface: 'action', description: "Head commit of the range to scan; overrides the event's. Empty: from the event." },
        { name: 'artifacts', type: 'globs', anywhere: true, description: 'Globs of build artifacts (files and zip/jar/tar/tar.gz archives) to scan as well: relative to path, or absolute for build outputs outside the checkout (e.g. /tmp/build/**).' },
        { name: 'leak-patterns', type: 'globs', default: leak_patterns/* DEFAULT_LEAK_PATTERN */.XR, description: 'Globs of files that must never be shipped; each match is a finding.' },
        { name: 'max-artifact-size', type: 'bytes', default: '100MB', description: 'Artifacts larger than this are reported as oversize findings (archives are still scanned within their limits).' },
        { name: 'exclude', type: 'globs', description: 'Globs of paths not to scan.' },
        { name: 'gitignore', type: 'boolean', default: 'false', description: 'Skip files ignored by .gitignore in tree scans.' },
        { name: 'config', type: 'string', description: 'Path of the Bulkhead config file. Empty: .bulkhead.yml in the scanned path, if present.' },
        { name: 'baseline', type: 'string', description: 'Baseline file of accepted findings (by fingerprint); findings in it do not fail the step.' },
        { name: 'write-baseline', type: 'string', surface: 'cli', description: 'Write every current finding to this baseline file and exit 0.' },
        { name: 'fail-on', type: 'enum', default: 'low', values: ['low', 'medium', 'high', 'critical', 'none'], description: "Fail when a finding has this severity or higher; 'none' never fails." },
        { name: 'shard', type: 'string', description: "Scan only shard i of n ('i/n', e.g. 2/4) for a matrix of n jobs: files by path hash, commits by SHA." },
        { name: 'fetch', type: 'boolean', default: 'true', surface: 'action', description: 'Deepen a shallow clone with git fetch when the commits to scan are missing.' },
        { name: 'sarif-file', type: 'string', default: 'bulkhead-secret-scan.sarif', surface: 'action', description: 'Where to write the SARIF 2.1.0 report (relative to the workspace).' },
        { name: 'report-file', type: 'string', default: 'bulkhead-secret-scan.json', surface: 'action', description: 'Where to write the JSON report (relative to the workspace).' },
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

/***/ 6411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ DOUBLE_WRITE_DECL)
/* harmony export */ });
const DOUBLE_WRITE_DECL = {
    name: 'double-write',
    title: 'Bulkhead double-write',
    description: 'Writes build output to two (or more) independent stores, reads every copy back and hashes it against the source manifest before committing, and fails the step otherwise; restores from the primary with a verified fallback to the secondary.',
    summary: 'Write files to two stores, verified by reading back and hashing (or restore them, verified).',
    usage: 'bulkhead double-write SOURCE --primary URL --secondary URL [flags]',
    options: [
        {
            name: 'source',
            type: 'globs',
            anywhere: true,
            required: true,
            positional: true,
            description: 'Files, directories or globs to store (relative to the workspace, or absolute). Paths in the manifest are relative to the common directory of the entries. In restore mode: the directory to restore into.',
        },
        {
            name: 'primary',
            type: 'string',
            required: true,
            description: 'First store: file:///path, s3://bucket/prefix, azblob://account/container/prefix, artifact://name or cache://key.',
        },
        { name: 'secondary', type: 'string', required: true, description: 'Second store (a URL as for primary); must differ from primary.' },
        { name: 'replicas', type: 'list', description: 'Further stores (URLs), written and verified like the first two.' },
        {
            name: 'mode',
            type: 'enum',
            values: ['write', 'restore'],
            default: 'write',
            description: '`write` stores and verifies; `restore` fetches from the primary, verifies it against the stored manifest and falls back to the secondary (then replicas).',
        },
        {
            name: 'digest',
            type: 'string',
            description: 'Restore: the manifest digest the write step output (`sha256:<hex>`); a copy whose manifest has another digest is not used.',
        },
        {
            name: 'encryption-key',
            type: 'string',
            secret: true,
            description: 'Encrypt at rest with AES-256-GCM: a 32-byte key, base64 or hex (e.g. `openssl rand -base64 32`). Restore needs it (or previous-keys).',
        },
        {
            name: 'previous-keys',
            type: 'list',
            secret: true,
            description: 'Earlier encryption keys, for restoring copies written before a key rotation.',
        },
        {
            name: 'key-created',
            type: 'string',
            description: 'Date the encryption key was created (YYYY-MM-DD or ISO 8601), for the key-max-age warning.',
        },
        {
            name: 'key-max-age',
            type: 'duration',
            default: '90d',
            description: 'Warn when the encryption key is older than this (from key-created).',
        },
        {
            name: 'retention-days',
            type: 'integer',
            min: 1,
            max: 90,
            description: 'artifact:// stores: days GitHub keeps the artifact (default: the repository setting). Other stores keep objects until deleted.',
        },
        { name: 's3-endpoint', type: 'string', description: 's3:// stores: endpoint URL of an S3-compatible server (path-style addressing is then used).' },
        { name: 's3-region', type: 'string', default: 'us-east-1', description: 's3:// stores: the region.' },
        { name: 'aws-access-key-id', type: 'string', secret: true, description: 's3:// stores: access key id. Default: env AWS_ACCESS_KEY_ID.' },
        { name: 'aws-secret-access-key', type: 'string', secret: true, description: 's3:// stores: secret access key. Default: env AWS_SECRET_ACCESS_KEY.' },
        { name: 'aws-session-token', type: 'string', secret: true, description: 's3:// stores: session token. Default: env AWS_SESSION_TOKEN.' },
        {
            name: 'azure-connection-string',
            type: 'string',
            secret: true,
            description: 'azblob:// stores: storage connection string. Default: env AZURE_STORAGE_CONNECTION_STRING.',
        },
        { name: 'azure-sas-token', type: 'string', secret: true, description: 'azblob:// stores: a SAS token for the account (instead of a connection string). Default: env AZURE_STORAGE_SAS_TOKEN.' },
        { name: 'azure-endpoint', type: 'string', description: 'azblob:// stores with a SAS token: blob endpoint. Default: https://ACCOUNT.blob.core.windows.net.' },
        {
            name: 'report-file',
            type: 'string',
            description: 'Where to write the JSON report. Default: $RUNNER_TEMP/bulkhead-double-write.json.',
        },
        { name: 'format', type: 'enum', values: ['text', 'json'], default: 'text', description: 'Output format.', surface: 'cli' },
    ],
    outputs: [
        { name: 'digest', description: 'SHA-256 of the canonical manifest (`sha256:<hex>`), the same for every copy.' },
        { name: 'manifest-file', description: 'Path of the manifest in sha256sum format (`sha256sum -c` checks the source with it).' },
        { name: 'primary-url', description: 'The primary store (no credentials).' },
        { name: 'secondary-url', description: 'The secondary store (no credentials).' },
        { name: 'bytes', description: 'Total bytes of the files.' },
        { name: 'served-from', description: 'Restore: the store whose copy was restored (`primary`, `secondary` or `replica-N`).' },
        { name: 'report-file', description: 'Path of the JSON report.' },
    ],
};


/***/ })

};
