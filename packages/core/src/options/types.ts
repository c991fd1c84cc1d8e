// Each action declares its options once; action.yml, the runner and the CLI are all driven by it.
import type { ConfigShape } from '../config/shape.ts';

export type OptionType =
  | 'string'
  | 'boolean' // YAML 1.2 core schema forms only: true/True/TRUE/false/False/FALSE
  | 'integer'
  | 'enum'
  | 'list' // newline or comma separated, trimmed, empties dropped
  | 'bytes' // 5MB, 512KiB, 1024 -> number of bytes
  | 'duration' // 90s, 5m, 7d, 250ms -> milliseconds
  | 'globs'; // list of glob patterns, validated

export interface OptionDecl {
  /** kebab-case name as in action.yml (`max-diff-bytes`); CLI flag is `--<name>`. */
  readonly name: string;
  readonly type: OptionType;
  readonly description: string;
  /** Raw default, exactly as written in action.yml. */
  readonly default?: string;
  readonly required?: boolean;
  /** Allowed values for `enum`. */
  readonly values?: readonly string[];
  /** Inclusive bounds for integer / bytes / duration. */
  readonly min?: number;
  readonly max?: number;
  /** `globs`: patterns may be absolute or climb out of the root with `..` (artifacts live anywhere). */
  readonly anywhere?: boolean;
  /**
   * A runner expression for action.yml's `default:` (`${{ github.token }}`): the one kind of default code cannot
   * apply. The runner then always sends a value, so such an option is not offered in `.bulkhead.yml`.
   */
  readonly actionDefault?: string;
  /** Value is a credential: mask it before anything prints. */
  readonly secret?: boolean;
  /** Where the option exists. Default: both. */
  readonly surface?: 'both' | 'action' | 'cli';
  /** CLI: this option may be given as the first positional argument. */
  readonly positional?: boolean;
  /** CLI: a boolean flag that takes no value (`--history`). Booleans are flags by default. */
  readonly cliAlias?: string;
}

export interface OutputDecl {
  readonly name: string;
  readonly description: string;
}

export interface ActionDecl {
  /** Action / CLI command name: `secret-scan`. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** One line for `bulkhead --help`'s command list. */
  readonly summary?: string;
  /** CLI usage line when the generated one (from the options) says too little. */
  readonly usage?: string;
  readonly options: readonly OptionDecl[];
  readonly outputs: readonly OutputDecl[];
  /** Has a post step (state carried from main). */
  readonly post?: boolean;
  /** `.bulkhead.yml` keys of this action's section that are not options (e.g. secret-scan's `rules:`). */
  readonly config?: Readonly<Record<string, ConfigShape>>;
}

type ValueOf<T extends OptionType> = T extends 'boolean'
  ? boolean
  : T extends 'integer' | 'bytes' | 'duration'
    ? number
    : T extends 'list' | 'globs'
      ? string[]
      : string;

/** An enum option's value is the union of its declared values (`'low' | 'medium' | ...`), so callers need no casts. */
type OptionValue<O extends OptionDecl> = O extends { type: 'enum'; values: readonly (infer V extends string)[] } ? V : ValueOf<O['type']>;

/** Parsed values keyed by option name. Options with neither default nor required may be undefined. */
export type ParsedOptions<D extends ActionDecl> = {
  -readonly [O in D['options'][number] as O['name']]: O extends { default: string } | { required: true }
    ? OptionValue<O>
    : OptionValue<O> | undefined;
};

/** Where raw option strings come from: INPUT_* for actions, argv for the CLI, `.bulkhead.yml` below both. */
export type RawOptions = Readonly<Record<string, string | undefined>>;
