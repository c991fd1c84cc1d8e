export const id = 129;
export const ids = [129];
export const modules = {

/***/ 8129:
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
/* harmony import */ var _core_src_diff_dashboard_decl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(672);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_bulkhead_core__WEBPACK_IMPORTED_MODULE_2__]);
_bulkhead_core__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// `bulkhead dashboard [HISTORY] --output FILE`: the run history as one offline HTML page.




const command = {
    name: 'dashboard',
    summary: 'Render the diff-telemetry history into a self-contained HTML dashboard.',
    decl: _core_src_diff_dashboard_decl_js__WEBPACK_IMPORTED_MODULE_3__/* .DASHBOARD_DECL */ .Y,
    async run(args, io) {
        const o = args.options;
        const historyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, o.history.replace(/^file:/, ''));
        const store = new _bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .FileHistoryStore */ .yp$(historyPath);
        const records = await store.load();
        if (records.length === 0) {
            throw new _bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .ResourceError */ .BSv({
                input: 'history',
                problem: `${o.history} has no runs (missing or empty)`,
                fix: 'run diff-telemetry with `history: file:PATH` first, or point --history at that file',
            });
        }
        const html = (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .renderDashboard */ .pFo)(records, { title: o.title, last: o.last, generatedAt: new Date().toISOString() });
        const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, o.output);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(out), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(out, html);
        }
        catch (e) {
            throw new _bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .ResourceError */ .BSv({ input: 'output', problem: `${o.output} cannot be written (${e.code ?? 'error'})`, fix: 'choose a writable path' });
        }
        const latest = records.reduce((a, b) => (Date.parse(b.time) >= Date.parse(a.time) ? b : a));
        io.stdout(`wrote ${o.output}: ${records.length} records${latest.leakDetected ? ', latest run detected a leak' : ''}\n`);
        return 0;
    },
};

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
