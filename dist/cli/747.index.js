export const id = 747;
export const ids = [747];
export const modules = {

/***/ 5747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveArgs: () => (/* binding */ resolveArgs)
});

// EXTERNAL MODULE: ./packages/core/src/config/load.ts + 1 modules
var load = __webpack_require__(1223);
// EXTERNAL MODULE: ./packages/core/src/options/parse-options.ts
var parse_options = __webpack_require__(8576);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/config/types.ts
/** Every declared action as a config section. */
function sectionsFromDecls(decls) {
    return decls.map((d) => ({ action: d.name, options: d.options, extra: d.config }));
}

// EXTERNAL MODULE: ./packages/core/src/decls.ts
var src_decls = __webpack_require__(9700);
;// CONCATENATED MODULE: ./packages/runner/src/config-location.ts
// Where `.bulkhead.yml` is looked for: the `config` option when given (relative to the base dir), else the
// `path` option's directory when the action has one (a scan of ./sub reads ./sub/.bulkhead.yml), else the base.



// Pure (no @actions/* imports): the CLI uses it too, so both surfaces find the same file.
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
    const loaded = await (0,load/* loadConfig */.Z9)(where);
    const section = loaded.section(decl.name);
    const { options, explicit } = (0,parse_options/* parseOptions */.A)(decl, [raw, section.raw]);
    return { options, explicit, raw, positionals: argv.positionals, config: { path: loaded.path, extra: section.extra } };
}


/***/ })

};
