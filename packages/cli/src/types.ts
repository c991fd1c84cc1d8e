// The contract between the CLI framework and command modules. Kept free of engine imports (help must stay fast).
import type { ActionDecl, ParsedOptions, RawOptions } from '@bulkhead/core/options';

/** Where a command writes and what it may read; passed in so commands are testable without a process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

export interface ParsedArgs<D extends ActionDecl = ActionDecl> {
  /** Typed options: flags, then the command's `.bulkhead.yml` section, then declared defaults. */
  options: ParsedOptions<D>;
  /** Options given by a flag or the config file. */
  explicit: ReadonlySet<string>;
  /** Flag values as typed (lists joined with newlines), keyed by option name. */
  raw: RawOptions;
  /** Positional arguments not bound to an option (commands without a decl get all of them). */
  positionals: string[];
  /** The config file read, and this command's non-option section keys. */
  config: { path: string | undefined; extra: Readonly<Record<string, unknown>> };
}

export interface Command<D extends ActionDecl = ActionDecl> {
  /** As typed: `secret-scan`, or two words for a sub-command: `sarif merge`. */
  name: string;
  summary: string;
  /** Drives flags, help and config; without it the command gets raw flags and positionals. */
  decl?: D;
  /** Usage line override for help, e.g. `bulkhead sarif merge FILE... --output FILE`. */
  usage?: string;
  /** Exit code: 0 clean / passed, 1 findings / gate closed / alert. Throw a BulkheadError for usage/runtime errors (2). */
  run(args: ParsedArgs<D>, io: CliIO): Promise<number>;
}
