export const id = 864;
export const ids = [864];
export const modules = {

/***/ 2864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveArgs: () => (/* binding */ resolveArgs)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 120 modules
var src = __webpack_require__(2602);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/runner/src/config-location.ts
// Where `.bulkhead.yml` is looked for: the `config` option when given (relative to the base dir), else the
// `path` option's directory when the action has one (a scan of ./sub reads ./sub/.bulkhead.yml), else the base.


// Pure (no @actions/* imports): the CLI uses it too, so both surfaces find the same file.
function configLocation(decl, raw, base, anyConfig = false) {
    const decls = src/* ACTION_DECLS */.xWR.some((d) => d.name === decl.name) ? src/* ACTION_DECLS */.xWR : [...src/* ACTION_DECLS */.xWR, decl];
    const has = (name) => decl.options.some((o) => o.name === name);
    // anyConfig: the CLI offers --config on every command, declared or not.
    const file = (anyConfig || has('config')) && raw.config?.trim() ? (0,external_node_path_.resolve)(base, raw.config.trim()) : undefined;
    const cwd = has('path') && raw.path?.trim() ? (0,external_node_path_.resolve)(base, raw.path.trim()) : base;
    return { file, cwd, sections: (0,src/* sectionsFromDecls */.YU5)(decls) };
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
    const loaded = await (0,src/* loadConfig */.Z9L)(where);
    const section = loaded.section(decl.name);
    const { options, explicit } = (0,src/* parseOptions */.AcW)(decl, [raw, section.raw]);
    return { options, explicit, raw, positionals: argv.positionals, config: { path: loaded.path, extra: section.extra } };
}


/***/ })

};
