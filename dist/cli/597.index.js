export const id = 597;
export const ids = [597];
export const modules = {

/***/ 597:
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
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_bulkhead_core__WEBPACK_IMPORTED_MODULE_2__]);
_bulkhead_core__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// `bulkhead sarif merge FILE... --output FILE`: one SARIF log from the shards of a matrix scan.



const command = {
    name: 'sarif merge',
    summary: 'Merge the SARIF logs of secret-scan shards into one (rules unioned, results de-duplicated).',
    usage: 'bulkhead sarif merge FILE... [--output FILE]',
    async run(args, io) {
        const files = args.positionals;
        if (files.length === 0)
            throw new _bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dzK({ input: 'FILE', problem: 'no SARIF files given', fix: 'list the shard files, e.g. bulkhead sarif merge shard-*.sarif --output merged.sarif' });
        const logs = [];
        for (const f of files) {
            let text;
            try {
                text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, f), 'utf8');
            }
            catch (e) {
                throw new _bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .ResourceError */ .BSv({ input: 'FILE', problem: `${f} cannot be read (${e.code ?? 'error'})`, fix: 'check the path of each shard file' });
            }
            try {
                logs.push(JSON.parse(text));
            }
            catch {
                throw new _bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .ResourceError */ .BSv({ input: 'FILE', problem: `${f} is not JSON`, fix: 'pass the .sarif files written by secret-scan' });
            }
        }
        const out = (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .serializeSarif */ .YO2)((0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .mergeSarif */ .Itd)(logs));
        const output = args.raw.output;
        if (output)
            await (0,_bulkhead_core__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf6)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output), out);
        else
            io.stdout(out);
        return 0;
    },
};

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ })

};
