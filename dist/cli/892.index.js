export const id = 892;
export const ids = [892];
export const modules = {

/***/ 1892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  userMessage: () => (/* reexport */ userMessage)
});

// UNUSED EXPORTS: FINGERPRINT_KEY, SARIF_LEVEL, SARIF_SCHEMA, SECURITY_SEVERITY, SEVERITIES, SummaryBuilder, buildJsonReport, buildSarif, capAnnotations, compareFindings, countBySeverity, escapeCell, escapeHtml, exitCodeFor, failingFindings, mergeSarif, pathToUri, precisionFor, serializeJson, serializeSarif, severityAtLeast, severityRank, stableStringify

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/report/messages.ts
// The ONE mapping from an error to the line a user sees (core.setFailed, CLI stderr).

function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
/** Ends a clause with a period unless it already ends with sentence punctuation. */
function sentence(text) {
    const t = oneLine(text);
    return t === '' || /[.!?]$/.test(t) ? t : `${t}.`;
}
function subject(e, surface) {
    const input = e.input;
    if (input === undefined || input === '')
        return undefined;
    if (e instanceof errors/* ConfigError */.xL) {
        // Config errors carry `<file>: <section.key>`, or just `<file>` for file-level problems.
        const m = /^(.*?): (.+)$/.exec(input);
        return m ? `${m[1]} key '${m[2]}'` : input;
    }
    if (e instanceof errors/* InputError */.dz)
        return surface === 'cli' ? `Option '--${input}'` : `Input '${input}'`;
    return input;
}
/**
 * `Input 'max-diff-bytes': "5XB" is not a byte size. Fix: use a number with a unit such as 5MB or 512KiB.`
 * Always a single line. Anything that is not a BulkheadError is a bug: `Unexpected error: <message>`.
 */
function userMessage(e, options = {}) {
    if (e instanceof errors/* BulkheadError */.xR) {
        const who = subject(e, options.surface ?? 'action');
        const problem = sentence(e.problem);
        const fix = sentence(e.fix);
        return oneLine(`${who ? `${who}: ` : ''}${problem}${fix ? ` Fix: ${fix}` : ''}`);
    }
    const message = e instanceof Error ? e.message : typeof e === 'string' ? e : safeString(e);
    return oneLine(`Unexpected error: ${message || (e instanceof Error ? e.name : 'unknown')}`);
}
function safeString(v) {
    try {
        return typeof v === 'object' && v !== null ? JSON.stringify(v) ?? String(v) : String(v);
    }
    catch {
        return Object.prototype.toString.call(v);
    }
}
/**
 * Process exit code for a thrown error: 2 for every error (usage, input, config, runtime or bug),
 * since 1 is reserved for "findings / gate closed" decided by an engine's result, not by a throw.
 */
function exitCodeFor(e) {
    void e;
    return 2;
}

;// CONCATENATED MODULE: ./packages/core/src/report/index.ts











/***/ })

};
