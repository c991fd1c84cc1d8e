// Typed errors. Anything that is the user's to fix is a BulkheadError subclass;
// `userMessage` (report/messages.ts) turns it into the one line shown by setFailed / stderr.
// Anything else is a bug and may print a stack.

export interface ErrorDetail {
  /** The input / flag / config key at fault, e.g. `max-diff-bytes`. */
  input?: string;
  /** What was wrong with the value (never the value itself if it may be secret). */
  problem: string;
  /** How to fix it. */
  fix: string;
}

export class BulkheadError extends Error {
  readonly input: string | undefined;
  readonly problem: string;
  readonly fix: string;
  constructor(detail: ErrorDetail) {
    super(detail.input ? `${detail.input}: ${detail.problem}` : detail.problem);
    this.name = new.target.name;
    this.input = detail.input;
    this.problem = detail.problem;
    this.fix = detail.fix;
  }
}

/** A bad action input or CLI flag. */
export class InputError extends BulkheadError {}
/** A bad `.bulkhead.yml` (or other config / baseline file). */
export class ConfigError extends BulkheadError {}
/** A gate could not decide, or decided "closed". Gates fail closed on any error. */
export class GateError extends BulkheadError {}
/** The repository cannot answer the question (missing commits in a shallow clone, bad ref...). */
export class GitError extends BulkheadError {}
/** A file, archive or server the user pointed at could not be used. */
export class ResourceError extends BulkheadError {}
/** Wrong CLI usage (unknown command / flag). */
export class UsageError extends BulkheadError {}

export function isUserError(e: unknown): e is BulkheadError {
  return e instanceof BulkheadError;
}
