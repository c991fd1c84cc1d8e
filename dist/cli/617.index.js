export const id = 617;
export const ids = [617];
export const modules = {

/***/ 4617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/files/expand-globs.ts
var expand_globs = __webpack_require__(7519);
;// CONCATENATED MODULE: ./packages/core/src/dashboard/types.ts
/** The six actions whose report envelopes the dashboard reads (`kind` is `bulkhead.<action>`). */
const KIT_KINDS = ['secret-scan', 'diff-telemetry', 'oauth-signature-gate', 'double-write', 'egress-gate', 'policy-audit'];
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

;// CONCATENATED MODULE: ./packages/core/src/dashboard/input/envelope.ts

const isList = (v) => Array.isArray(v);
const isBool = (v) => typeof v === 'boolean';
/** Per kind: the data fields the dashboard reads and the check each must pass. */
const REQUIRED = {
    'secret-scan': { findings: [isList, 'a list'] },
    'diff-telemetry': { leakedFiles: [isList, 'a list'] },
    'oauth-signature-gate': { passed: [isBool, 'true or false'] },
    'double-write': { stores: [isList, 'a list'], failed: [isBool, 'true or false'] },
    'egress-gate': { blocked: [isList, 'a list'] },
    'policy-audit': { findings: [isList, 'a list'], budget: [(v) => v === null || v === undefined || isObj(v), 'an object or null'] },
};
function runOf(v) {
    if (!isObj(v) || typeof v.workflow !== 'string' || v.workflow === '' || typeof v.number !== 'number' || !Number.isSafeInteger(v.number))
        return undefined;
    const run = { workflow: v.workflow, number: v.number };
    if (typeof v.attempt === 'number' && Number.isSafeInteger(v.attempt))
        run.attempt = v.attempt;
    if (typeof v.id === 'string')
        run.id = v.id;
    if (typeof v.repository === 'string')
        run.repository = v.repository;
    return run;
}
function parseKitReport(text, source) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return { note: `${source}: not valid JSON (truncated download?); skipped` };
    }
    if (!isObj(doc) || typeof doc.kind !== 'string' || !isObj(doc.data))
        return { note: `${source}: not a Bulkhead report envelope ({kind, schemaVersion, generatedAt, data}); skipped` };
    const kind = doc.kind.replace(/^bulkhead\./, '');
    if (!KIT_KINDS.includes(kind))
        return { note: `${source}: report kind "${doc.kind}" is not one the dashboard reads (${KIT_KINDS.join(', ')}); skipped` };
    const version = typeof doc.schemaVersion === 'string' ? doc.schemaVersion : '';
    if (!/^1(\.|$)/.test(version))
        return { note: `${source}: ${kind} report schemaVersion "${version}" is not 1.x, which this dashboard reads; skipped` };
    if (typeof doc.generatedAt !== 'string' || Number.isNaN(Date.parse(doc.generatedAt)))
        return { note: `${source}: generatedAt is not an ISO time; skipped` };
    for (const [field, [ok, what]] of Object.entries(REQUIRED[kind])) {
        if (!ok(doc.data[field]))
            return { note: `${source}: ${kind} report's data.${field} is not ${what}; skipped` };
    }
    const report = { source, kind, generatedAt: doc.generatedAt, data: doc.data };
    const run = runOf(doc.run);
    if (run)
        report.run = run;
    return { report };
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/input/load.ts
// `--reports` -> report envelopes: each value is a directory (every *.json below it), a file or a glob.
// A value that matches nothing is a user error naming the flag; a file that is not a usable report is a note.






async function isDir(p) {
    try {
        return (await (0,promises_.stat)(p)).isDirectory();
    }
    catch {
        return false;
    }
}
async function expand(baseDir, value) {
    const abs = (0,external_node_path_.resolve)(baseDir, value);
    if (await isDir(abs)) {
        const rel = (0,external_node_path_.relative)(baseDir, abs);
        return (await (0,expand_globs/* expandArtifactGlobs */.O)(abs, ['**/*.json'])).map((f) => ((0,external_node_path_.isAbsolute)(f) || rel === '' ? f : `${rel}/${f}`));
    }
    return (0,expand_globs/* expandArtifactGlobs */.O)(baseDir, [value]);
}
async function loadReports(values, baseDir) {
    const files = [];
    for (const v of values) {
        const found = await expand(baseDir, v);
        if (found.length === 0) {
            throw new errors/* InputError */.dz({
                input: 'reports',
                problem: `${v} matches no file`,
                fix: 'give a directory of downloaded report artifacts, a JSON report file or a glob such as reports/**/*.json (relative to the working directory)',
            });
        }
        for (const f of found)
            if (!files.includes(f))
                files.push(f);
    }
    const reports = [];
    const notes = [];
    // An artifact downloaded twice (a re-run, two retention copies) must not count its findings twice.
    const seen = new Map();
    for (const f of files) {
        let text;
        try {
            text = await (0,promises_.readFile)((0,external_node_path_.resolve)(baseDir, f), 'utf8');
        }
        catch (e) {
            throw new errors/* InputError */.dz({ input: 'reports', problem: `${f} cannot be read (${e.code ?? 'error'})`, fix: 'make the file readable or leave it out' });
        }
        const digest = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
        const first = seen.get(digest);
        if (first !== undefined) {
            notes.push(`${f}: the same bytes as ${first}; counted once`);
            continue;
        }
        seen.set(digest, f);
        const parsed = parseKitReport(text, f);
        if ('report' in parsed)
            reports.push(parsed.report);
        else
            notes.push(parsed.note);
    }
    return { reports, notes, files };
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/aggregate/budget.ts

const fin = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
function cpuBudget(reports, history, idx) {
    const by = new Map();
    for (const r of reports) {
        const b = r.data.budget;
        if (r.kind !== 'policy-audit' || !isObj(b) || !fin(b.cpuHours))
            continue;
        const run = idx.ofReport(r);
        const period = typeof b.start === 'string' && typeof b.end === 'string' ? `${b.start.slice(0, 10)} – ${b.end.slice(0, 10)}` : '';
        by.set(run, { run, cpuHours: b.cpuHours, budget: fin(b.budget) ? b.budget : null, period });
    }
    for (const rec of history) {
        const run = idx.ofRecord(rec);
        if (fin(rec.cpuHours) && !by.has(run))
            by.set(run, { run, cpuHours: rec.cpuHours, budget: null, period: '' });
    }
    return idx.runs.filter((run) => by.has(run)).map((run) => by.get(run));
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/aggregate/double-write.ts

/** Store statuses that mean "its copy was read back and matched" (storage/outcome.ts StoreStatus). */
const VERIFIED = new Set(['committed', 'verified', 'served']);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
function verifications(reports, idx) {
    return reports
        .filter((r) => r.kind === 'double-write')
        .map((r) => {
        const stores = r.data.stores.filter(isObj).map((s) => ({ role: String(s.role ?? ''), status: String(s.status ?? '') }));
        return {
            run: idx.ofReport(r),
            time: r.generatedAt,
            mode: typeof r.data.mode === 'string' ? r.data.mode : '',
            files: num(r.data.files),
            bytes: num(r.data.bytes),
            digest: typeof r.data.digest === 'string' ? r.data.digest : '',
            verified: stores.filter((s) => VERIFIED.has(s.status)).length,
            failedStores: stores.filter((s) => s.status === 'failed').length,
            stores,
            problems: Array.isArray(r.data.events) ? r.data.events.length : 0,
            failed: r.data.failed === true,
        };
    })
        .sort((x, y) => Date.parse(x.time) - Date.parse(y.time));
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/aggregate/egress.ts

const count = (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 1);
function items(r) {
    return r.data.blocked.filter((b) => isObj(b) && typeof b.destination === 'string');
}
/** Destinations over every egress-gate report, or over those of `within` runs only (the page's newest runs). */
function blockedDestinations(reports, idx, within) {
    const rows = new Map();
    for (const r of reports) {
        if (r.kind !== 'egress-gate')
            continue;
        const run = idx.ofReport(r);
        if (within && !within.has(run))
            continue;
        for (const b of items(r)) {
            const kind = b.kind === 'dns' ? 'dns' : 'connection';
            const port = kind === 'connection' && typeof b.port === 'number' ? `${typeof b.protocol === 'string' ? b.protocol : ''}/${b.port}` : '';
            const key = `${kind}\u0000${b.destination}\u0000${port}`;
            const row = rows.get(key) ?? { destination: b.destination, kind, port, names: [], blocked: 0, audited: 0, runs: 0, lastRun: run, seen: new Set() };
            rows.set(key, row);
            if (b.verdict === 'audited')
                row.audited += count(b.count);
            else
                row.blocked += count(b.count);
            for (const n of Array.isArray(b.names) ? b.names : [])
                if (typeof n === 'string' && !row.names.includes(n))
                    row.names.push(n);
            row.seen.add(run);
            if (Date.parse(run.time) >= Date.parse(row.lastRun.time))
                row.lastRun = run;
        }
    }
    return [...rows.values()]
        .map(({ seen, ...row }) => ({ ...row, runs: seen.size }))
        .sort((a, b) => b.blocked + b.audited - (a.blocked + a.audited) || a.destination.localeCompare(b.destination));
}
function egressPerRun(reports, idx) {
    const by = new Map();
    for (const r of reports) {
        if (r.kind !== 'egress-gate')
            continue;
        const run = idx.ofReport(r);
        const cur = by.get(run) ?? { run, blocked: 0, audited: 0 };
        by.set(run, cur);
        for (const b of items(r)) {
            if (b.verdict === 'audited')
                cur.audited++;
            else
                cur.blocked++;
        }
    }
    return idx.runs.filter((run) => by.has(run)).map((run) => by.get(run));
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/aggregate/gates.ts

const str = (v) => (typeof v === 'string' ? v : '');
function gateDecisions(reports, idx) {
    return reports
        .filter((r) => r.kind === 'oauth-signature-gate')
        .map((r) => {
        const a = isObj(r.data.approval) ? r.data.approval : {};
        return {
            run: idx.ofReport(r),
            time: r.generatedAt,
            passed: r.data.passed === true,
            reason: str(r.data.reason),
            digest: str(r.data.digest),
            approvedBy: r.data.passed === true ? str(a.sub) || str(a.clientId) : '',
            polls: Array.isArray(r.data.polls) ? r.data.polls.length : 0,
        };
    })
        .sort((x, y) => Date.parse(x.time) - Date.parse(y.time));
}

// EXTERNAL MODULE: ./packages/core/src/report/types.ts
var types = __webpack_require__(3773);
;// CONCATENATED MODULE: ./packages/core/src/dashboard/aggregate/severity.ts
// Findings per run by severity (secret-scan and policy-audit both report `data.findings` of the kit's Finding shape).
// A finding in two reports of one run (matrix shards, a re-uploaded artifact) counts once, by fingerprint.


const zeroSeverities = () => ({ low: 0, medium: 0, high: 0, critical: 0 });
/** Identity of a finding: its fingerprint (SHA-256, never the secret), else rule and place. */
function findingKey(f) {
    if (typeof f.fingerprint === 'string' && f.fingerprint !== '')
        return f.fingerprint;
    const loc = isObj(f.location) ? f.location : {};
    return JSON.stringify([f.ruleId, loc.path, loc.line, loc.commit]);
}
function findingsBySeverity(reports, idx, kind) {
    const byRun = new Map();
    for (const r of reports) {
        if (r.kind !== kind)
            continue;
        const run = idx.ofReport(r);
        const seen = byRun.get(run) ?? new Map();
        byRun.set(run, seen);
        for (const f of r.data.findings) {
            if (!isObj(f) || !types/* SEVERITIES */.o.includes(f.severity))
                continue;
            seen.set(findingKey(f), f.severity);
        }
    }
    return idx.runs
        .filter((run) => byRun.has(run))
        .map((run) => {
        const counts = zeroSeverities();
        for (const sev of byRun.get(run).values())
            counts[sev]++;
        return { run, counts, total: types/* SEVERITIES */.o.reduce((n, s) => n + counts[s], 0) };
    });
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/aggregate/pipelines.ts


const plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
const tally = () => ({ secrets: new Set(), leakedFiles: new Set(), recordLeakedFiles: 0, recordLeak: false, egress: new Set(), gatesClosed: 0, writesFailed: 0 });
function addReport(t, r) {
    const d = r.data;
    const list = (v) => (Array.isArray(v) ? v : []);
    if (r.kind === 'secret-scan')
        for (const f of list(d.findings))
            if (isObj(f))
                t.secrets.add(findingKey(f));
    if (r.kind === 'diff-telemetry')
        for (const p of list(d.leakedFiles))
            t.leakedFiles.add(String(p));
    if (r.kind === 'egress-gate')
        for (const b of list(d.blocked))
            if (isObj(b))
                t.egress.add(`${String(b.kind)}:${String(b.destination)}:${String(b.port ?? '')}`);
    if (r.kind === 'oauth-signature-gate' && d.passed === false)
        t.gatesClosed++;
    if (r.kind === 'double-write' && d.failed === true)
        t.writesFailed++;
    // policy-audit is no leak source (METRICS.md §4).
}
function leakReasons(t) {
    const out = [];
    if (t.secrets.size)
        out.push(plural(t.secrets.size, 'secret finding'));
    const leaked = Math.max(t.leakedFiles.size, t.recordLeakedFiles);
    if (leaked)
        out.push(plural(leaked, 'leak-pattern file'));
    if (t.egress.size)
        out.push(plural(t.egress.size, 'blocked egress destination'));
    if (t.gatesClosed)
        out.push(t.gatesClosed === 1 ? 'signature gate closed' : `signature gate closed ${t.gatesClosed} times`);
    if (t.writesFailed)
        out.push(plural(t.writesFailed, 'failed double-write verification'));
    if (t.recordLeak && out.length === 0)
        out.push('leak recorded by diff-telemetry');
    return out;
}
function pipelineStatus(reports, history, idx) {
    const tallies = new Map();
    const of = (run) => tallies.get(run) ?? tallies.set(run, tally()).get(run);
    for (const r of reports)
        addReport(of(idx.ofReport(r)), r);
    const newestRecord = new Map();
    for (const rec of history) {
        const t = of(idx.ofRecord(rec));
        t.recordLeakedFiles = Math.max(t.recordLeakedFiles, rec.leakedFiles);
        t.recordLeak ||= rec.leakDetected;
        const cur = newestRecord.get(rec.workflow);
        if (!cur || Date.parse(rec.time) >= Date.parse(cur.time))
            newestRecord.set(rec.workflow, rec);
    }
    const byWorkflow = new Map();
    for (const run of idx.runs)
        if (tallies.has(run))
            byWorkflow.set(run.workflow, [...(byWorkflow.get(run.workflow) ?? []), run]);
    return [...byWorkflow.entries()]
        .map(([workflow, runs]) => {
        // The highest run number, else the newest (idx.runs is oldest first).
        const latest = runs.reduce((a, b) => (a.number !== undefined && b.number !== undefined ? (b.number >= a.number ? b : a) : b));
        return { workflow, latest, reasons: leakReasons(tallies.get(latest)), runs: runs.length, r: newestRecord.get(workflow)?.r ?? null };
    })
        .sort((a, b) => Number(b.reasons.length > 0) - Number(a.reasons.length > 0) || a.workflow.localeCompare(b.workflow));
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/css.ts
// The page's only styling (inline: the CSP allows inline styles and nothing else).
const CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1180px;padding:0 16px;color:#1f2328;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px;padding-bottom:4px;border-bottom:1px solid #d0d7de}h3{font-size:14px;margin:16px 0 6px}
.sub{color:#59636e;margin:0 0 14px}
.flag{background:#d1242f;color:#fff;padding:12px 16px;border-radius:6px;font-weight:600;margin:0 0 12px}
.ok{background:#dafbe1;color:#116329;padding:12px 16px;border-radius:6px;margin:0 0 12px}
.pipe{margin:0 0 8px}.pipe .big{font-size:15px;font-weight:700;margin-right:8px}.pipe.flag .big{color:#fff}
.row{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}.row table{margin-top:0}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(562px,1fr));gap:16px}
svg{border:1px solid #d0d7de;border-radius:6px;background:#fff;max-width:100%;height:auto;display:block;margin:0 0 12px}
.t{font-weight:600;font-size:13px}.m{fill:#59636e;font-size:11px;font-weight:400}.ax{stroke:#d0d7de}
table{border-collapse:collapse;margin:8px 0 12px;font-size:13px}td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}td:first-child{min-width:110px}td{overflow-wrap:anywhere;max-width:380px}td.num{white-space:nowrap;text-align:right}
td.bad{color:#d1242f;font-weight:600}td.good{color:#1a7f37}
.none{color:#59636e;font-style:italic}
.notes li{color:#59636e}
footer{color:#59636e;font-size:12px;margin-top:24px}`;

;// CONCATENATED MODULE: ./packages/core/src/dashboard/escape.ts
// Everything that came from a history file (workflow names, run ids) is text, never markup.
const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => MAP[c]);
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/runs.ts
const NO_WORKFLOW = '(no workflow run)';
/** `2024-03-01 08:00 UTC`. */
function shortTime(iso) {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? iso : `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function reportRef(r) {
    const run = r.run;
    if (!run)
        return { key: `t:${r.generatedAt}`, label: shortTime(r.generatedAt), workflow: NO_WORKFLOW, time: r.generatedAt };
    const attempt = run.attempt && run.attempt > 1 ? run.attempt : 1;
    return {
        key: `r:${run.workflow}\u0000${run.number}\u0000${attempt}`,
        label: `${run.workflow} #${run.number}${attempt > 1 ? ` (attempt ${attempt})` : ''}`,
        workflow: run.workflow,
        number: run.number,
        time: r.generatedAt,
    };
}
function indexRuns(reports, history) {
    const byKey = new Map();
    const byReport = new Map();
    const byRunId = new Map();
    const byRecord = new Map();
    const add = (ref) => {
        const cur = byKey.get(ref.key);
        if (!cur) {
            byKey.set(ref.key, { ...ref });
            return byKey.get(ref.key);
        }
        if (Date.parse(ref.time) < Date.parse(cur.time))
            cur.time = ref.time;
        return cur;
    };
    for (const r of reports) {
        const ref = add(reportRef(r));
        byReport.set(r, ref);
        if (r.run?.id)
            byRunId.set(r.run.id, ref);
    }
    for (const rec of history) {
        const joined = byRunId.get(rec.runId);
        if (joined && joined.workflow === rec.workflow) {
            byRecord.set(rec, add({ ...joined, time: rec.time }));
            continue;
        }
        if (rec.runNumber !== undefined) {
            // Same key as a report of that run, so the two meet even when the report carried no run id.
            byRecord.set(rec, add({ key: `r:${rec.workflow}\u0000${rec.runNumber}\u00001`, label: `${rec.workflow} #${rec.runNumber}`, workflow: rec.workflow, number: rec.runNumber, time: rec.time }));
            continue;
        }
        const label = rec.runId.startsWith('week:') ? `${rec.workflow} week ${rec.runId.slice(5)} (${rec.runs} runs)` : `${rec.workflow} ${shortTime(rec.time)}`;
        byRecord.set(rec, add({ key: `h:${rec.workflow}\u0000${rec.runId}`, label, workflow: rec.workflow, time: rec.time }));
    }
    const runs = [...byKey.values()].sort((a, b) => Date.parse(a.time) - Date.parse(b.time) || a.label.localeCompare(b.label));
    return { runs, ofReport: (r) => byReport.get(r), ofRecord: (rec) => byRecord.get(rec) };
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/html.ts
// Table and section markup shared by the page's sections; every cell is escaped text.

function table(testId, head, rows, rowClass = () => '') {
    // Numbers never wrap; text may break anywhere (long digests and hostile names must not widen the page).
    const cell = (c) => typeof c === 'object' ? `<td class="${c.cls}">${escapeHtml(c.text)}</td>` : typeof c === 'number' ? `<td class="num">${c}</td>` : `<td>${escapeHtml(c)}</td>`;
    const body = rows.map((r, i) => `<tr${rowClass(i) ? ` class="${rowClass(i)}"` : ''}>${r.map(cell).join('')}</tr>`).join('');
    return `<table data-testid="${testId}"><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}
/** A page section: heading, then its body, or a line saying which reports would fill it. */
function section(id, heading, body, empty) {
    return `<section data-testid="section-${id}"><h2>${escapeHtml(heading)}</h2>\n${body ?? `<p class="none">${escapeHtml(empty)}</p>`}\n</section>`;
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/svg-frame.ts
// What every run chart shares: size, padding, axes with unit titles, run labels under the plot and the legend.

const CHART_W = 560;
const CHART_H = 236;
const PAD = { left: 64, right: 14, top: 34, bottom: 52 };
const PLOT_W = CHART_W - PAD.left - PAD.right;
const PLOT_H = CHART_H - PAD.top - PAD.bottom;
const BOTTOM = PAD.top + PLOT_H;
const RUN_AXIS = 'run (workflow #number)';
const r2 = (v) => Math.round(v * 100) / 100;
/** Long run labels are cut for the axis; tooltips keep the whole label. */
const cut = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** Opening tag, title, axes and labels; the caller adds its marks and `</svg>`. */
function svg_frame_frame(f) {
    const n = f.labels.length;
    // A few runs: each is named under its mark; more: the first and the last.
    const few = n <= 5;
    const tick = (i) => {
        const x = few ? f.x(i) : i === 0 ? PAD.left : CHART_W - PAD.right;
        // A label at the plot's edge grows inwards; one inside is centred under its mark.
        const anchor = x - PAD.left < 20 && n > 1 ? 'start' : CHART_W - PAD.right - x < 20 && n > 1 ? 'end' : 'middle';
        const room = n === 1 ? 60 : Math.floor(PLOT_W / Math.max(2, n) / 7);
        return `<text x="${r2(x)}" y="${BOTTOM + 16}" text-anchor="${anchor}" class="m">${escapeHtml(cut(f.labels[i] ?? '', few ? room : 38))}</text>`;
    };
    const ticks = n === 0 ? [] : few ? f.labels.map((_, i) => tick(i)) : [tick(0), tick(n - 1)];
    const legend = f.legend.length > 1
        ? f.legend.map((s, i) => {
            const lx = CHART_W - PAD.right - (f.legend.length - i) * 88;
            return `<rect x="${lx}" y="${PAD.top - 14}" width="10" height="10" fill="${s.color}"/><text x="${lx + 14}" y="${PAD.top - 5}" class="m">${escapeHtml(cut(s.name, 12))}</text>`;
        })
        : [];
    const midY = PAD.top + PLOT_H / 2;
    return [
        `<svg data-testid="chart-${escapeHtml(f.id)}" role="img" aria-label="${escapeHtml(f.title)}" viewBox="0 0 ${CHART_W} ${CHART_H}" width="${CHART_W}" height="${CHART_H}">`,
        `<text x="${PAD.left}" y="16" class="t">${escapeHtml(f.title)}${f.headline ? ` <tspan class="m">${escapeHtml(f.headline)}</tspan>` : ''}</text>`,
        `<line x1="${PAD.left}" y1="${BOTTOM}" x2="${CHART_W - PAD.right}" y2="${BOTTOM}" class="ax"/>`,
        `<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${BOTTOM}" class="ax"/>`,
        `<text x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end" class="m">${escapeHtml(f.yMaxText)}</text>`,
        `<text x="${PAD.left - 6}" y="${BOTTOM}" text-anchor="end" class="m">0</text>`,
        `<text data-testid="y-axis" x="14" y="${midY}" transform="rotate(-90 14 ${midY})" text-anchor="middle" class="m">${escapeHtml(f.yAxis)}</text>`,
        ...ticks,
        `<text data-testid="x-axis" x="${PAD.left + PLOT_W / 2}" y="${CHART_H - 8}" text-anchor="middle" class="m">${escapeHtml(f.xAxis ?? RUN_AXIS)}</text>`,
        ...legend,
    ];
}
/** A count axis ends on a whole number a little above the largest value. */
function countMax(values) {
    return Math.max(1, Math.ceil(Math.max(0, ...values) * 1.1));
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/svg-columns.ts
// Stacked columns, one per run (findings by severity, destinations by verdict): counts read better as
// columns than as lines that lie on top of each other at zero. Same frame as the line chart.


function renderColumnChart(spec) {
    const n = spec.labels.length;
    const totals = spec.labels.map((_, i) => spec.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
    const yMax = countMax([...totals, spec.limit?.value ?? 0]);
    const band = PLOT_W / Math.max(1, n);
    const width = Math.min(44, band * 0.7);
    const x = (i) => PAD.left + band * (i + 0.5);
    const h = (v) => (v / yMax) * PLOT_H;
    const marks = [];
    spec.labels.forEach((label, i) => {
        let top = BOTTOM;
        for (const s of spec.series) {
            const v = s.values[i] ?? 0;
            if (v <= 0)
                continue;
            top -= h(v);
            marks.push(`<rect data-testid="segment" data-series="${escapeHtml(s.name)}" x="${r2(x(i) - width / 2)}" y="${r2(top)}" width="${r2(width)}" height="${r2(h(v))}" fill="${s.color}"><title>${escapeHtml(`${label}: ${r2(v)} ${spec.series.length > 1 ? `${s.name} ` : ''}${spec.unit}`)}</title></rect>`);
        }
        // The total above each column, so a person need not add up the segments.
        marks.push(`<text x="${r2(x(i))}" y="${r2(top - 4)}" text-anchor="middle" class="m">${r2(totals[i])}</text>`);
    });
    const lim = spec.limit;
    if (lim) {
        const y = r2(BOTTOM - h(lim.value));
        marks.push(`<line data-testid="limit" x1="${PAD.left}" y1="${y}" x2="${PAD.left + PLOT_W}" y2="${y}" stroke="${lim.color}" stroke-width="2" stroke-dasharray="6 4"><title>${escapeHtml(`${lim.name}: ${lim.value} ${spec.unit}`)}</title></line>`, `<text x="${PAD.left + PLOT_W - 2}" y="${y - 4}" text-anchor="end" class="m">${escapeHtml(`${lim.name} ${lim.value} ${spec.unit}`)}</text>`);
    }
    return [...svg_frame_frame({ id: spec.id, title: spec.title, headline: spec.headline, yAxis: spec.yAxis, labels: spec.labels, x, yMaxText: String(yMax), legend: lim ? [...spec.series, lim] : spec.series }), ...marks, '</svg>'].join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/sections/colors.ts
const SEVERITY_COLOR = { critical: '#82071e', high: '#d1242f', medium: '#bf8700', low: '#6e7781' };
const BLUE = '#0969da';
const GREEN = '#1a7f37';
const PURPLE = '#8250df';
const GREY = '#57606a';
const RED = '#d1242f';
const AMBER = '#bf8700';

;// CONCATENATED MODULE: ./packages/core/src/dashboard/sections/budget.ts



function latestLine(p) {
    return `latest ${p.cpuHours} h${p.budget === null ? '' : ` of ${p.budget} h`}`;
}
function budgetSection(points) {
    if (!points.length)
        return section('budget', 'CI CPU-hours against the budget', null, 'No policy-audit ci-budget reports given (--reports), and no history run stored CPU-hours.');
    const newest = points[points.length - 1];
    // The newest budget as the line: the figure the next run is held to.
    const budget = [...points].reverse().find((p) => p.budget !== null)?.budget ?? null;
    const chart = renderColumnChart({
        id: 'cpu-hours',
        title: 'CI CPU-hours (policy-audit ci-budget)',
        headline: latestLine(newest),
        unit: 'h',
        yAxis: 'CPU-hours (h)',
        labels: points.map((p) => p.run.label),
        series: [{ name: 'used', color: BLUE, values: points.map((p) => p.cpuHours) }],
        ...(budget === null ? {} : { limit: { name: 'budget', value: budget, color: RED } }),
    });
    const rows = [...points].reverse().map((p) => {
        const over = p.budget !== null && p.cpuHours > p.budget;
        return [p.run.label, p.cpuHours, p.budget ?? '–', p.budget ? { text: `${Math.round((p.cpuHours / p.budget) * 100)} %`, cls: over ? 'bad' : '' } : '–', p.period];
    });
    return section('budget', 'CI CPU-hours against the budget', `<div class="row">\n${chart}\n${table('budget-table', ['Run', 'CPU-hours (h)', 'Budget (h)', 'Used', 'Budget period'], rows)}\n</div>`, '');
}

// EXTERNAL MODULE: ./packages/core/src/diff/metrics/pipeline.ts
var pipeline = __webpack_require__(4033);
;// CONCATENATED MODULE: ./packages/core/src/dashboard/svg-chart.ts
// A small inline SVG line chart (one or more series): no library, no script, so the dashboard stays one
// offline file. Both axes carry a title with the unit; every point has a tooltip naming its run.


const fmtDefault = (v) => (Math.abs(v) >= 100 ? String(Math.round(v)) : String(Math.round(v * 100) / 100));
function renderLineChart(spec) {
    const fmt = spec.format ?? fmtDefault;
    const known = spec.series.flatMap((s) => s.values.filter((v) => v !== null));
    const yMax = spec.yMax ?? (known.every(Number.isInteger) ? countMax(known) : Math.max(1, ...known) * 1.1);
    const n = spec.labels.length;
    const x = (i) => PAD.left + (n <= 1 ? PLOT_W / 2 : (i * PLOT_W) / (n - 1));
    const y = (v) => PAD.top + PLOT_H - (Math.min(v, yMax) / yMax) * PLOT_H;
    const lines = [];
    const points = [];
    for (const s of spec.series) {
        const segments = [[]];
        s.values.forEach((v, i) => {
            if (v === null) {
                if (segments[segments.length - 1].length)
                    segments.push([]);
                return;
            }
            segments[segments.length - 1].push(`${r2(x(i))},${r2(y(v))}`);
            const who = spec.series.length > 1 ? `${s.name}, ` : '';
            points.push(`<circle data-testid="point" data-series="${escapeHtml(s.name)}" cx="${r2(x(i))}" cy="${r2(y(v))}" r="3" fill="${s.color}"><title>${escapeHtml(who + (spec.labels[i] ?? ''))}: ${escapeHtml(fmt(v))} ${escapeHtml(spec.unit)}</title></circle>`);
        });
        for (const seg of segments.filter((g) => g.length > 1)) {
            lines.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''} points="${seg.join(' ')}"/>`);
        }
    }
    const lastKnown = spec.series[0]?.values.filter((v) => v !== null).at(-1);
    const headline = spec.headline ?? (lastKnown === undefined ? '' : `latest ${fmt(lastKnown)} ${spec.unit}`);
    return [
        ...svg_frame_frame({ id: spec.id, title: spec.title, headline, yAxis: spec.yAxis, xAxis: spec.xAxis, labels: spec.labels, x, yMaxText: fmt(yMax), legend: spec.series }),
        ...lines,
        ...points,
        known.length ? '' : `<text x="${CHART_W / 2}" y="${CHART_H / 2}" text-anchor="middle" class="m">no data</text>`,
        '</svg>',
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/sections/diff-trends.ts




/** Chart ids, in page order; each SVG is data-testid="chart-<id>". */
const DIFF_CHARTS = ['diff-size', 'alerts', 'leaked-files', 'risk', 'lead-time', 'adjusted-velocity'];
const CHARTS = {
    'diff-size': { title: 'Diff size (counted)', unit: 'KiB', yAxis: 'diff size (KiB)', color: BLUE, pick: (r) => Math.round((r.diffBytes / 1024) * 10) / 10 },
    alerts: { title: 'Size alerts', unit: 'alerts', yAxis: 'alerts (count)', color: AMBER, pick: (r) => r.alerts },
    'leaked-files': { title: 'Leaked files', unit: 'files', yAxis: 'leak-pattern files (count)', color: RED, pick: (r) => r.leakedFiles },
    risk: { title: 'Leak risk r', unit: '(0–1)', yAxis: 'r (0–1, no unit)', color: PURPLE, pick: (r) => r.r, yMax: 1 },
    'lead-time': { title: 'Lead time', unit: 'h', yAxis: 'lead time (h)', color: GREEN, pick: (r) => r.leadTimeHours },
    'adjusted-velocity': { title: 'Risk-adjusted velocity', unit: 'per week', yAxis: 'changes or points per week', color: GREY, pick: (r) => r.adjustedVelocity },
};
const dash = (v) => (v === null ? '–' : v);
function diffTrendsSection(shown, all, idx) {
    if (!shown.length)
        return section('diff', 'diff-telemetry trends', null, 'No diff-telemetry history given (--history).');
    const labels = shown.map((r) => idx.ofRecord(r).label);
    const charts = DIFF_CHARTS.map((id) => {
        const c = CHARTS[id];
        return renderLineChart({ id, title: c.title, unit: c.unit, yAxis: c.yAxis, labels, yMax: c.yMax, series: [{ name: c.title, color: c.color, values: shown.map(c.pick) }] });
    });
    const pipelines = table('pipelines', ['Workflow', 'Runs', 'Leaked files', 'Per run', 'Newest run'], (0,pipeline/* leakedFilesPerPipeline */.H)(all).map((p) => [p.workflow, p.runs, p.leakedFiles, p.perRun, p.latest]));
    const runs = table('runs', ['Run', 'Diff bytes', 'Files', 'Binary bytes', 'Leaked files', 'Alerts', 'r', 'Lead time (h)', 'Detection latency (h)', 'Adj. velocity', 'Leak'], [...shown].reverse().map((r) => [idx.ofRecord(r).label, r.diffBytes, r.files, r.binaryBytes, r.leakedFiles, r.alerts, r.r, dash(r.leadTimeHours), dash(r.detectionLatencyHours), dash(r.adjustedVelocity), r.leakDetected ? { text: 'yes', cls: 'bad' } : '']));
    return section('diff', 'diff-telemetry trends', `<div class="grid">\n${charts.join('\n')}\n</div>\n<h3>Leaked files per pipeline</h3>\n${pipelines}\n<h3>Runs</h3>\n${runs}`, '');
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/sections/double-write.ts



function doubleWriteSection(list) {
    if (!list.length)
        return section('double-write', 'Double-write verifications', null, 'No double-write reports given (--reports).');
    const failed = list.filter((v) => v.failed).length;
    const rows = [...list].reverse().map((v) => [
        v.run.label,
        shortTime(v.time),
        v.mode,
        v.files,
        v.bytes,
        `${v.verified} of ${v.stores.length}`,
        v.stores.map((s) => `${s.role}: ${s.status}`).join(', '),
        v.problems,
        v.failed ? { text: 'failed', cls: 'bad' } : { text: 'verified', cls: 'good' },
    ]);
    const t = table('double-write-table', ['Run', 'Time', 'Mode', 'Files', 'Bytes', 'Stores verified', 'Stores', 'Problems', 'Result'], rows);
    return section('double-write', 'Double-write verifications', `<p>${escapeHtml(`${list.length} write/restore report(s): ${list.length - failed} verified, ${failed} failed.`)}</p>\n${t}`, '');
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/svg-bars.ts
// Horizontal bars (one per item, e.g. a blocked destination), inline SVG like the line chart.

const W = 560;
const ROW = 22;
const svg_bars_PAD = { left: 210, right: 56, top: 30, bottom: 40 };
function renderBarChart(spec) {
    const h = svg_bars_PAD.top + Math.max(1, spec.bars.length) * ROW + svg_bars_PAD.bottom;
    const plotW = W - svg_bars_PAD.left - svg_bars_PAD.right;
    const max = Math.max(1, ...spec.bars.map((b) => b.value));
    const bottom = h - svg_bars_PAD.bottom;
    const rows = spec.bars.map((b, i) => {
        const y = svg_bars_PAD.top + i * ROW;
        const w = Math.max(1, Math.round((b.value / max) * plotW));
        const label = b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label;
        return [
            `<text x="${svg_bars_PAD.left - 8}" y="${y + 15}" text-anchor="end" class="m">${escapeHtml(label)}</text>`,
            `<rect data-testid="bar" x="${svg_bars_PAD.left}" y="${y + 4}" width="${w}" height="${ROW - 8}" fill="${b.color}"><title>${escapeHtml(b.tip)}</title></rect>`,
            `<text x="${svg_bars_PAD.left + w + 6}" y="${y + 15}" class="m">${b.value}</text>`,
        ].join('');
    });
    return [
        `<svg data-testid="chart-${escapeHtml(spec.id)}" role="img" aria-label="${escapeHtml(spec.title)}" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}">`,
        `<text x="8" y="18" class="t">${escapeHtml(spec.title)}</text>`,
        `<line x1="${svg_bars_PAD.left}" y1="${svg_bars_PAD.top}" x2="${svg_bars_PAD.left}" y2="${bottom}" class="ax"/>`,
        `<line x1="${svg_bars_PAD.left}" y1="${bottom}" x2="${W - svg_bars_PAD.right}" y2="${bottom}" class="ax"/>`,
        `<text x="${svg_bars_PAD.left}" y="${bottom + 14}" class="m">0</text>`,
        `<text x="${W - svg_bars_PAD.right}" y="${bottom + 14}" text-anchor="end" class="m">${max}</text>`,
        `<text data-testid="x-axis" x="${svg_bars_PAD.left + plotW / 2}" y="${h - 8}" text-anchor="middle" class="m">${escapeHtml(spec.xAxis)}</text>`,
        `<text data-testid="y-axis" x="8" y="${h - 8}" class="m">${escapeHtml(spec.yAxis)}</text>`,
        ...rows,
        spec.bars.length ? '' : `<text x="${W / 2}" y="${svg_bars_PAD.top + 14}" text-anchor="middle" class="m">none</text>`,
        '</svg>',
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/sections/egress.ts




const TOP = 15;
function egressSection(rows, perRun) {
    const reportCount = perRun.length;
    if (reportCount === 0)
        return section('egress', 'Blocked egress destinations', null, 'No egress-gate reports given (--reports).');
    if (rows.length === 0)
        return section('egress', 'Blocked egress destinations', `<p class="none">${reportCount} run(s) with egress-gate reports: nothing blocked.</p>`, '');
    const name = (r) => `${r.destination}${r.port ? ` ${r.port}` : ''}`;
    const chart = renderBarChart({
        id: 'egress',
        title: `Blocked egress destinations (top ${Math.min(TOP, rows.length)} of ${rows.length})`,
        xAxis: 'attempts (packets for connections, queries for DNS names)',
        yAxis: 'destination',
        bars: rows.slice(0, TOP).map((r) => ({
            label: name(r),
            value: r.blocked + r.audited,
            color: r.blocked ? RED : AMBER,
            tip: `${name(r)}: ${r.blocked} blocked, ${r.audited} audited, in ${r.runs} run(s)`,
        })),
    });
    const last = perRun[perRun.length - 1];
    const trend = renderColumnChart({
        id: 'egress-runs',
        title: 'Destinations refused per run',
        headline: `latest ${last.blocked + last.audited} destinations`,
        unit: 'destinations',
        yAxis: 'destinations (count)',
        labels: perRun.map((r) => r.run.label),
        series: [
            { name: 'blocked', color: RED, values: perRun.map((r) => r.blocked) },
            { name: 'audited', color: AMBER, values: perRun.map((r) => r.audited) },
        ],
    });
    const list = table('egress-table', ['Destination', 'Kind', 'Port', 'Names', 'Blocked', 'Audited (let through)', 'Runs', 'Last run'], rows.map((r) => [r.destination, r.kind === 'dns' ? 'DNS name' : 'connection', r.port, r.names.join(', '), r.blocked, r.audited, r.runs, r.lastRun.label]));
    return section('egress', 'Blocked egress destinations', `<div class="grid">\n${chart}\n${trend}\n</div>\n${list}`, '');
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/sections/gates.ts



function gatesSection(decisions) {
    if (!decisions.length)
        return section('gates', 'Gate decisions (oauth-signature-gate)', null, 'No oauth-signature-gate reports given (--reports).');
    const closed = decisions.filter((d) => !d.passed).length;
    const rows = [...decisions].reverse();
    const list = table('gates-table', ['Run', 'Time', 'Decision', 'Reason', 'Approved by', 'Polls', 'Artifact digest'], rows.map((d) => [d.run.label, shortTime(d.time), d.passed ? { text: 'open', cls: 'good' } : { text: 'closed', cls: 'bad' }, d.reason, d.approvedBy, d.polls, d.digest]));
    return section('gates', 'Gate decisions (oauth-signature-gate)', `<p>${escapeHtml(`${decisions.length} decision(s): ${decisions.length - closed} open, ${closed} closed.`)}</p>\n${list}`, '');
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/sections/pipelines.ts


function card(p) {
    const risk = p.r === null ? '' : `, leak risk r = ${p.r}`;
    const attrs = `data-workflow="${escapeHtml(p.workflow)}"`;
    if (p.reasons.length) {
        return `<div class="pipe flag" role="alert" data-testid="pipeline-flag" ${attrs}><span class="big">&#9873; ${escapeHtml(p.workflow)}</span> leak in the newest run ${escapeHtml(p.latest.label)}: ${escapeHtml(p.reasons.join('; '))}${escapeHtml(risk)}</div>`;
    }
    return `<div class="pipe ok" data-testid="pipeline-clean" ${attrs}><span class="big">&#10003; ${escapeHtml(p.workflow)}</span> newest run ${escapeHtml(p.latest.label)} is clean (${p.runs} run${p.runs === 1 ? '' : 's'} on this page${escapeHtml(risk)})</div>`;
}
function pipelinesSection(list) {
    return section('pipelines', 'Pipelines', list.length ? list.map(card).join('\n') : null, 'No runs given.');
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/sections/severity.ts
// Findings by severity over runs (secret-scan, policy-audit): stacked columns per run and a table of the counts.




const ORDER = types/* SEVERITIES */.o.slice().reverse(); // critical first
function severityChart(id, title, runs) {
    return renderColumnChart({
        id,
        title,
        unit: 'findings',
        yAxis: 'findings (count)',
        labels: runs.map((r) => r.run.label),
        headline: runs.length ? `latest ${runs[runs.length - 1].total} findings` : '',
        // Stacked low at the bottom, critical on top.
        series: types/* SEVERITIES */.o.map((sev) => ({ name: sev, color: SEVERITY_COLOR[sev], values: runs.map((r) => r.counts[sev]) })),
    });
}
function severityTable(testId, runs) {
    return table(testId, ['Run', 'Time', ...ORDER.map((s) => s[0].toUpperCase() + s.slice(1)), 'Total'], [...runs].reverse().map((r) => [r.run.label, r.run.time.slice(0, 16).replace('T', ' '), ...ORDER.map((s) => r.counts[s]), r.total]));
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/sections/policy.ts




function where(f) {
    const loc = isObj(f.location) ? f.location : {};
    return `${typeof loc.path === 'string' ? loc.path : ''}${typeof loc.line === 'number' ? `:${loc.line}` : ''}`;
}
function policySection(runs, newest, newestLabel) {
    if (!runs.length || !newest)
        return section('policy', 'Policy findings', null, 'No policy-audit reports given (--reports).');
    const findings = newest.data.findings.filter(isObj);
    const list = findings.length
        ? table('policy-findings', ['Severity', 'Rule', 'Location', 'Finding'], findings.slice(0, 100).map((f) => [String(f.severity ?? ''), String(f.ruleId ?? ''), where(f), String(f.message ?? '')]))
        : '<p class="none">No findings in the newest run.</p>';
    return section('policy', 'Policy findings', `<div class="row">\n${severityChart('policy', 'Policy findings by severity', runs)}\n${severityTable('policy-table', runs)}\n</div>\n<h3>Newest run: ${escapeHtml(newestLabel)}${findings.length > 100 ? ` (first 100 of ${findings.length})` : ''}</h3>\n${list}`, '');
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/sections/secrets.ts


function secretsSection(runs) {
    const body = runs.length ? `<div class="row">\n${severityChart('secrets', 'Secret findings by severity', runs)}\n${severityTable('secrets-table', runs)}\n</div>` : null;
    return section('secrets', 'Secret findings by severity', body, 'No secret-scan reports given (--reports).');
}

;// CONCATENATED MODULE: ./packages/core/src/dashboard/page.ts

















const DEFAULT_DASHBOARD_RUNS = 100;
/** Section ids in page order; each is data-testid="section-<id>". */
const DASHBOARD_SECTIONS = (/* unused pure expression or super */ null && (['pipelines', 'secrets', 'egress', 'gates', 'double-write', 'policy', 'budget', 'diff']));
/** Every pipeline's newest run, flagged ones first (what the red cards show). */
function dashboardPipelines(input) {
    return pipelineStatus(input.reports, input.history, indexRuns(input.reports, input.history));
}
function banner(pipes) {
    const flagged = pipes.filter((p) => p.reasons.length);
    if (!pipes.length)
        return '<p class="ok" data-testid="no-history">No runs recorded yet.</p>';
    if (!flagged.length)
        return `<p class="ok" data-testid="no-leak">No leak in the newest run of any of ${pipes.length} pipeline(s).</p>`;
    return `<div class="flag" role="alert" data-testid="leak-flag">&#9873; Leak in the newest run of ${flagged.length} of ${pipes.length} pipeline(s): ${escapeHtml(flagged.map((p) => p.workflow).join(', '))}</div>`;
}
function newestPolicy(input, idx) {
    const list = input.reports.filter((r) => r.kind === 'policy-audit').sort((a, b) => Date.parse(a.generatedAt) - Date.parse(b.generatedAt));
    const newest = list.at(-1);
    return { newest, label: newest ? idx.ofReport(newest).label : '' };
}
function renderDashboard(input, opts = {}) {
    const title = opts.title ?? 'Bulkhead dashboard';
    const last = opts.last ?? DEFAULT_DASHBOARD_RUNS;
    const { reports, notes } = input;
    const history = [...input.history].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
    const idx = indexRuns(reports, history);
    const pipes = pipelineStatus(reports, history, idx);
    const policy = newestPolicy(input, idx);
    // The destinations table covers the same newest runs as the chart beside it (it had summed every report).
    const egressRuns = egressPerRun(reports, idx).slice(-last);
    const sections = [
        pipelinesSection(pipes),
        secretsSection(findingsBySeverity(reports, idx, 'secret-scan').slice(-last)),
        egressSection(blockedDestinations(reports, idx, new Set(egressRuns.map((e) => e.run))), egressRuns),
        gatesSection(gateDecisions(reports, idx).slice(-last)),
        doubleWriteSection(verifications(reports, idx).slice(-last)),
        policySection(findingsBySeverity(reports, idx, 'policy-audit').slice(-last), policy.newest, policy.label),
        budgetSection(cpuBudget(reports, history, idx).slice(-last)),
        diffTrendsSection(history.slice(-last), history, idx),
    ];
    const skipped = notes.length
        ? `<section data-testid="section-notes"><h2>Skipped inputs</h2><ul class="notes">${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul></section>`
        : '';
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="sub">${reports.length} report(s) and ${history.length} history record(s) from ${idx.runs.length} run(s)${opts.generatedAt ? `; generated ${escapeHtml(opts.generatedAt)}` : ''}. Charts show the newest ${last} runs.</p>
${banner(pipes)}
${sections.join('\n')}
${skipped}
<footer>Generated by Bulkhead. Metric definitions: actions/diff-telemetry/METRICS.md. Secret values never appear here: reports carry redacted forms only, and this page shows counts.</footer>
</body></html>
`;
}

// EXTERNAL MODULE: ./packages/core/src/dashboard/decl.ts
var decl = __webpack_require__(9400);
// EXTERNAL MODULE: ./packages/core/src/diff/history/file-store.ts + 2 modules
var file_store = __webpack_require__(1159);
// EXTERNAL MODULE: ./packages/core/src/fs/atomic.ts
var atomic = __webpack_require__(4444);
;// CONCATENATED MODULE: ./packages/cli/src/commands/dashboard.ts
// `bulkhead dashboard [HISTORY] [--reports DIR|FILE|GLOB]... --output FILE`: the diff-telemetry history and every
// action's JSON reports as one offline HTML page.






const command = {
    name: 'dashboard',
    summary: decl/* DASHBOARD_DECL */.Y.summary,
    decl: decl/* DASHBOARD_DECL */.Y,
    async run(args, io) {
        const o = args.options;
        const historyPath = (0,external_node_path_.resolve)(io.cwd, o.history.replace(/^file:/, ''));
        const history = await new file_store/* FileHistoryStore */.y(historyPath).load();
        const given = o.reports ?? [];
        const loaded = given.length ? await loadReports(given, io.cwd) : { reports: [], notes: [], files: [] };
        // With reports, a missing history (a first nightly run) only leaves the trends empty; with neither there is no page.
        if (history.length === 0 && given.length === 0) {
            throw new errors/* InputError */.dz({
                input: 'reports',
                problem: `nothing to show: no --reports given and ${o.history} has no runs (missing or empty)`,
                fix: 'pass --reports DIR (a folder of Bulkhead JSON reports) and/or a diff-telemetry history file kept with `history: file:PATH`',
            });
        }
        if (history.length === 0 && args.explicit.has('history'))
            loaded.notes.push(`${o.history}: no diff-telemetry runs (missing or empty); trends left empty`);
        for (const n of loaded.notes)
            io.stderr(`bulkhead dashboard: note: ${n}\n`);
        const input = { history, reports: loaded.reports, notes: loaded.notes };
        const html = renderDashboard(input, { title: o.title, last: o.last, generatedAt: new Date().toISOString() });
        await (0,atomic/* writeOutputFile */.B)((0,external_node_path_.resolve)(io.cwd, o.output), html, 'output', o.output);
        const flagged = dashboardPipelines(input).filter((p) => p.reasons.length);
        const skipped = loaded.notes.length ? ` (${loaded.notes.length} skipped)` : '';
        io.stdout(`wrote ${o.output}: ${history.length} history records, ${loaded.reports.length} reports${skipped}${flagged.length ? `; leak in the newest run of: ${flagged.map((p) => p.workflow).join(', ')}` : ''}\n`);
        return 0;
    },
};


/***/ }),

/***/ 6983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ compactHistory)
/* harmony export */ });
/* unused harmony exports DEFAULT_KEEP_RUNS, DEFAULT_KEEP_WEEKS, isoWeek, aggregateWeek */
/* harmony import */ var _metrics_risk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7652);

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
        events: sorted.reduce((c, r) => (0,_metrics_risk_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(c, r.events), (0,_metrics_risk_js__WEBPACK_IMPORTED_MODULE_0__/* .zeroCounts */ .Nd)()),
        ...(sorted.some((r) => typeof r.cpuHours === 'number') ? { cpuHours: maxOf(sorted, (r) => r.cpuHours ?? null) } : {}),
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


/***/ }),

/***/ 1159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ FileHistoryStore)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/fs/atomic.ts
var atomic = __webpack_require__(4444);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/diff/metrics/types.ts
var types = __webpack_require__(7862);
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
    if (r.runNumber !== undefined && (typeof r.runNumber !== 'number' || !Number.isSafeInteger(r.runNumber) || r.runNumber < 1))
        return 'runNumber is not a whole number ≥ 1';
    if (r.cpuHours !== undefined && r.cpuHours !== null && (typeof r.cpuHours !== 'number' || !Number.isFinite(r.cpuHours) || r.cpuHours < 0))
        return 'cpuHours is not a number ≥ 0 or null';
    const ev = r.events;
    if (typeof ev !== 'object' || ev === null)
        return 'events is not an object';
    for (const k of types/* LEAK_EVENT_KINDS */.P)
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

// EXTERNAL MODULE: ./packages/core/src/diff/history/compact.ts
var compact = __webpack_require__(6983);
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
    /** Compacts, then writes atomically (temp file beside the target, renamed over). */
    async save(records) {
        const text = serializeHistory((0,compact/* compactHistory */.EQ)(records, this.#opts));
        try {
            await (0,atomic/* writeFileAtomic */.Z)(this.path, text);
        }
        catch (e) {
            throw new errors/* ResourceError */.BS({
                input: this.#opts.input ?? 'history',
                problem: `${this.path} cannot be written (${e.code ?? 'error'})`,
                fix: 'use a path inside the workspace that the job can write',
            });
        }
    }
}


/***/ }),

/***/ 4033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ leakedFilesPerPipeline),
/* harmony export */   l: () => (/* binding */ mergedChangesPerWeek)
/* harmony export */ });
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6358);

/** Leak-pattern files per workflow: total, runs, per run and in the newest run (METRICS.md §6). */
function leakedFilesPerPipeline(records) {
    const by = new Map();
    for (const rec of records) {
        const t = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .toMs */ .G8)(rec.time);
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
    const to = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .toMs */ .G8)(now);
    const from = to - 7 * _time_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
    let n = 0;
    for (const rec of records) {
        const t = (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .toMs */ .G8)(rec.time);
        if (t > from && t <= to)
            n += rec.changes;
    }
    return n;
}


/***/ }),

/***/ 7652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* binding */ DEFAULT_RISK_WEIGHTS),
/* harmony export */   Nd: () => (/* binding */ zeroCounts),
/* harmony export */   OO: () => (/* binding */ parseRiskWeights),
/* harmony export */   V4: () => (/* binding */ leakRisk),
/* harmony export */   c5: () => (/* binding */ addCounts)
/* harmony export */ });
/* unused harmony export R_MAX */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7862);
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
    for (const k of _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LEAK_EVENT_KINDS */ .P)
        out[k] += b[k] ?? 0;
    return out;
}
/** r for the given counts, rounded to 3 decimals and clamped to [0, R_MAX]. */
function leakRisk(counts, weights = DEFAULT_RISK_WEIGHTS) {
    let exposure = 0;
    for (const k of _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LEAK_EVENT_KINDS */ .P) {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: inputName, problem: `"${part}" is not kind=weight`, fix: `write e.g. "secret=0.3, leaked-file=0.1"` });
        }
        const kind = m[1];
        if (!_types_js__WEBPACK_IMPORTED_MODULE_0__/* .LEAK_EVENT_KINDS */ .P.includes(kind)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: inputName, problem: `unknown event kind "${m[1]}"`, fix: `use one of ${_types_js__WEBPACK_IMPORTED_MODULE_0__/* .LEAK_EVENT_KINDS */ .P.join(', ')}` });
        }
        const w = Number(m[2]);
        if (!Number.isFinite(w) || w < 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: inputName, problem: `weight of ${kind} must be a number ≥ 0, got "${m[2]}"`, fix: `set e.g. ${kind}=${DEFAULT_RISK_WEIGHTS[kind]}` });
        }
        weights[kind] = w;
    }
    return weights;
}


/***/ }),

/***/ 6358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ toMs),
/* harmony export */   UH: () => (/* binding */ hoursBetween),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   tK: () => (/* binding */ toIso)
/* harmony export */ });
/* unused harmony export HOUR_MS */
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


/***/ }),

/***/ 7862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ LEAK_EVENT_KINDS)
/* harmony export */ });
// Types of the diff-telemetry metrics (report part `metrics`, schema/diff-telemetry-report.v1.json).
// Definitions are in actions/diff-telemetry/METRICS.md; keep the three in step.
const LEAK_EVENT_KINDS = ['secret', 'leaked-file', 'egress-blocked', 'gate-failure'];


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


/***/ })

};
