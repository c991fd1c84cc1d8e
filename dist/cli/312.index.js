export const id = 312;
export const ids = [312];
export const modules = {

/***/ 9312:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bulkhead_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(893);
/* harmony import */ var _core_src_diff_decl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6965);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_bulkhead_core__WEBPACK_IMPORTED_MODULE_2__]);
_bulkhead_core__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// `bulkhead diff-telemetry [PATH] --base X [--head Y] [flags]`: the action's measurement from a terminal.




const command = {
    name: 'diff-telemetry',
    summary: 'Measure a commit range (bytes, files, binaries, leak-pattern files) and alert on size thresholds.',
    decl: _core_src_diff_decl_js__WEBPACK_IMPORTED_MODULE_3__/* .DIFF_TELEMETRY_DECL */ .v,
    async run(args, io) {
        const o = args.options;
        const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, o.path);
        if (!o.base) {
            throw new _bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dzK({ input: 'base', problem: 'no commit range given', fix: 'pass --base REF (and optionally --head REF, default HEAD), e.g. --base origin/main' });
        }
        const event = { eventName: 'cli', labels: [], workflow: 'cli', runId: `cli-${Date.now()}` };
        const result = await (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .runDiffTelemetry */ .Cex)({ options: o, event, cwd, tempDir: io.env.TMPDIR || '/tmp', fetch: false, log: (m) => io.stderr(`${m}\n`) });
        const history = (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .parseHistorySetting */ .eM1)(o.history, io.cwd);
        if (history.kind === 'cache' && args.explicit.has('history'))
            io.stderr('history: cache is only available inside GitHub Actions; no history kept (use --history file:PATH)\n');
        const store = history.kind === 'file' ? new _bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .FileHistoryStore */ .yp$(history.path) : null;
        const done = await (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .finishDiffRun */ .CXq)({ result, options: o, event, now: new Date(), store, baseDir: io.cwd });
        if (o['report-file']) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, o['report-file']);
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .serializeJson */ .LuD)(done.report));
            }
            catch (e) {
                throw new _bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .ResourceError */ .BSv({ input: 'report-file', problem: `${o['report-file']} cannot be written (${e.code ?? 'error'})`, fix: 'choose a writable path' });
            }
        }
        io.stdout(o.format === 'json' ? (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .serializeJson */ .LuD)(done.report) : (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .renderDiffText */ .pQn)(result));
        return result.verdict.failed ? 1 : 0;
    },
};

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
