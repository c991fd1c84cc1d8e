import type { OptionDecl, RawOptions, ActionDecl } from '../options/types.ts';
import type { ConfigShape } from './shape.ts';

/** One action's section of `.bulkhead.yml`: its options plus any non-option keys. */
export interface ConfigSection {
  action: string;
  options: readonly OptionDecl[];
  extra?: Readonly<Record<string, ConfigShape>>;
}

export interface SectionValues {
  /** Option values as raw strings, to be given to parseOptions after the inputs. */
  raw: RawOptions;
  /** Validated non-option keys, as parsed from YAML. */
  extra: Record<string, unknown>;
}

export interface LoadedConfig {
  /** Absolute path of the file read; undefined when there was none. */
  path?: string;
  section(action: string): SectionValues;
}

export interface LoadConfigOptions {
  /** Explicit config file (relative to cwd). Missing → ConfigError. */
  file?: string;
  cwd: string;
  sections: readonly ConfigSection[];
}

/** Every declared action as a config section. */
export function sectionsFromDecls(decls: readonly ActionDecl[]): ConfigSection[] {
  // An option whose action.yml default is a runner expression always arrives as an input: nothing to configure.
  return decls.map((d) => ({ action: d.name, options: d.options.filter((o) => o.actionDefault === undefined), extra: d.config }));
}
