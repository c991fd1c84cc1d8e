export const id = 567;
export const ids = [567];
export const modules = {

/***/ 2567:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bulkhead_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(893);
/* harmony import */ var _core_src_secrets_decl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5519);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_bulkhead_core__WEBPACK_IMPORTED_MODULE_1__]);
_bulkhead_core__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// `bulkhead secret-scan [PATH] ...`: the same engine and options as the action, printed for a terminal.



const command = {
    name: 'secret-scan',
    summary: _core_src_secrets_decl_js__WEBPACK_IMPORTED_MODULE_2__/* .secretScanDecl */ .S.description,
    decl: _core_src_secrets_decl_js__WEBPACK_IMPORTED_MODULE_2__/* .secretScanDecl */ .S,
    async run(args, io) {
        const o = args.options;
        const failOn = o['fail-on'];
        const opts = (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_1__/* .engineOptions */ .llX)({ options: o, target: (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_1__/* .cliTarget */ .qo1)(o), base: io.cwd, extra: args.config.extra, fetch: false });
        // --write-baseline records everything found now, so the old baseline must not hide anything.
        if (o['write-baseline'])
            opts.suppression = { ...opts.suppression, baseline: undefined };
        const result = await (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_1__/* .secretScan */ .C8N)(opts);
        if (o['write-baseline']) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, o['write-baseline']);
            await (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_1__/* .writeBaseline */ .B9O)(file, result.findings);
            io.stderr(`bulkhead: wrote ${result.findings.length} findings to the baseline ${o['write-baseline']}\n`);
            return 0;
        }
        const text = o.format === 'sarif'
            ? (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_1__/* .serializeSarif */ .YO2)((0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_1__/* .secretScanSarif */ .rTY)(result))
            : o.format === 'json'
                ? (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_1__/* .serializeJson */ .LuD)((0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_1__/* .secretScanJson */ .aVm)(result, failOn, new Date().toISOString()))
                : (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_1__/* .secretScanText */ .FlX)(result, failOn);
        if (o.output)
            await (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Zf6)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, o.output), text);
        else
            io.stdout(text);
        for (const note of result.notes)
            io.stderr(`bulkhead: ${note}\n`);
        return (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_1__/* .failingFindings */ .v9h)(result.findings, failOn).length > 0 ? 1 : 0;
    },
};

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
