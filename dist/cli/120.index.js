export const id = 120;
export const ids = [120];
export const modules = {

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ ResourceError),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   xR: () => (/* binding */ BulkheadError)
/* harmony export */ });
/* unused harmony exports GateError, isUserError */
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
class GateError extends (/* unused pure expression or super */ null && (BulkheadError)) {
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

/***/ 3773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
// The common shape of what every engine reports. Reporters (summary, annotations, SARIF, JSON)
// take these and build text; they never do I/O.
const SEVERITIES = ['low', 'medium', 'high', 'critical'];


/***/ })

};
