export const id = 940;
export const ids = [940];
export const modules = {

/***/ 9940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/diff/history/file-store.ts + 2 modules
var file_store = __webpack_require__(1159);
// EXTERNAL MODULE: ./packages/core/src/diff/metrics/pipeline.ts
var pipeline = __webpack_require__(4033);
;// CONCATENATED MODULE: ./packages/core/src/diff/dashboard/escape.ts
// Everything that came from a history file (workflow names, run ids) is text, never markup.
const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtml(s) {
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
        points.push(`<circle data-testid="point" cx="${r2(x(i))}" cy="${r2(y(v))}" r="3" fill="${spec.color}"><title>${escapeHtml(spec.labels[i] ?? '')}: ${escapeHtml(fmt(v))} ${escapeHtml(spec.unit)}</title></circle>`);
    });
    const lines = segments
        .filter((s) => s.length > 1)
        .map((s) => `<polyline fill="none" stroke="${spec.color}" stroke-width="2" points="${s.join(' ')}"/>`);
    const latest = known.length ? fmt(known[known.length - 1]) : '–';
    const first = spec.labels[0] ?? '';
    const last = spec.labels[n - 1] ?? '';
    return [
        `<svg data-testid="chart-${escapeHtml(spec.id)}" role="img" aria-label="${escapeHtml(spec.title)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">`,
        `<text x="${PAD.left}" y="18" class="t">${escapeHtml(spec.title)} <tspan class="m">latest ${escapeHtml(latest)} ${escapeHtml(spec.unit)}</tspan></text>`,
        `<line x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${W - PAD.right}" y2="${PAD.top + plotH}" class="ax"/>`,
        `<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${PAD.top + plotH}" class="ax"/>`,
        `<text x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end" class="m">${escapeHtml(fmt(yMax))}</text>`,
        `<text x="${PAD.left - 6}" y="${PAD.top + plotH}" text-anchor="end" class="m">0</text>`,
        `<text x="${PAD.left}" y="${H - 8}" class="m">${escapeHtml(first)}</text>`,
        `<text x="${W - PAD.right}" y="${H - 8}" text-anchor="end" class="m">${escapeHtml(last)}</text>`,
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
/** Shown only when some run has the figure: CI CPU-hours come from policy-audit's ci-budget reports. */
const OPTIONAL_DASHBOARD_CHARTS = (/* unused pure expression or super */ null && (['cpu-hours']));
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
    const rows = [...records].reverse().map((r) => `<tr${r.leakDetected ? ' class="leak"' : ''}><td>${escapeHtml(label(r))}</td><td>${escapeHtml(r.workflow)}</td><td>${r.diffBytes}</td><td>${r.files}</td><td>${r.binaryBytes}</td><td>${r.leakedFiles}</td><td>${r.alerts}</td><td>${r.r}</td><td>${r.leadTimeHours ?? '–'}</td><td>${r.detectionLatencyHours ?? '–'}</td><td>${r.adjustedVelocity ?? '–'}</td><td>${r.leakDetected ? 'yes' : ''}</td></tr>`);
    return `<table data-testid="runs"><thead><tr><th>Run</th><th>Workflow</th><th>Diff bytes</th><th>Files</th><th>Binary bytes</th><th>Leaked files</th><th>Alerts</th><th>r</th><th>Lead time h</th><th>Detection latency h</th><th>Adj. velocity</th><th>Leak</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
function pipelinesTable(records) {
    const rows = (0,pipeline/* leakedFilesPerPipeline */.H)(records).map((p) => `<tr><td>${escapeHtml(p.workflow)}</td><td>${p.runs}</td><td>${p.leakedFiles}</td><td>${p.perRun}</td><td>${p.latest}</td></tr>`);
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
        ...(shown.some((r) => typeof r.cpuHours === 'number') ? [spec('cpu-hours', 'CI CPU-hours (policy-audit ci-budget)', 'h', '#0550ae', (r) => r.cpuHours ?? null)] : []),
    ];
    const banner = !latest
        ? '<p class="ok" data-testid="no-history">No runs recorded yet.</p>'
        : latest.leakDetected
            ? `<div class="flag" role="alert" data-testid="leak-flag">&#9873; Leak detected in the latest run (${escapeHtml(label(latest))}, ${escapeHtml(latest.workflow)}): ${latest.leakedFiles} leaked file(s), r = ${latest.r}</div>`
            : `<p class="ok" data-testid="no-leak">No leak in the latest run (${escapeHtml(label(latest))}).</p>`;
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
${banner}
<div class="grid">
${charts.join('\n')}
</div>
<h2>Leaked files per pipeline</h2>
${pipelinesTable(records)}
<h2>Runs</h2>
${runsTable(shown)}
<footer>${shown.length} of ${records.length} records shown. Generated by Bulkhead${opts.generatedAt ? ` at ${escapeHtml(opts.generatedAt)}` : ''}. Metric definitions: actions/diff-telemetry/METRICS.md.</footer>
</body></html>
`;
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/fs/atomic.ts
var atomic = __webpack_require__(4444);
// EXTERNAL MODULE: ./packages/core/src/diff/dashboard/decl.ts
var decl = __webpack_require__(672);
;// CONCATENATED MODULE: ./packages/cli/src/commands/dashboard.ts
// `bulkhead dashboard [HISTORY] --output FILE`: the run history as one offline HTML page.






const command = {
    name: 'dashboard',
    summary: 'Render the diff-telemetry history into a self-contained HTML dashboard.',
    decl: decl/* DASHBOARD_DECL */.Y,
    async run(args, io) {
        const o = args.options;
        const historyPath = (0,external_node_path_.resolve)(io.cwd, o.history.replace(/^file:/, ''));
        const store = new file_store/* FileHistoryStore */.y(historyPath);
        const records = await store.load();
        if (records.length === 0) {
            throw new errors/* ResourceError */.BS({
                input: 'history',
                problem: `${o.history} has no runs (missing or empty)`,
                fix: 'run diff-telemetry with `history: file:PATH` first, or point --history at that file',
            });
        }
        const html = renderDashboard(records, { title: o.title, last: o.last, generatedAt: new Date().toISOString() });
        const out = (0,external_node_path_.resolve)(io.cwd, o.output);
        await (0,atomic/* writeOutputFile */.B)(out, html, 'output', o.output);
        const latest = records.reduce((a, b) => (Date.parse(b.time) >= Date.parse(a.time) ? b : a));
        io.stdout(`wrote ${o.output}: ${records.length} records${latest.leakDetected ? ', latest run detected a leak' : ''}\n`);
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
