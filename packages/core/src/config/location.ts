// Where `.bulkhead.yml` is looked for: the `config` option when given (relative to the base dir), else the
// `path` option's directory when the action has one (a scan of ./sub reads ./sub/.bulkhead.yml), else the base.
import { resolve } from 'node:path';
import type { ActionDecl, RawOptions } from '../options/types.ts';
import type { LoadConfigOptions } from './types.ts';
import { sectionsFromDecls } from './types.ts';
import { ACTION_DECLS } from '../decls.ts';

// Shared by the runner and the CLI, so both surfaces find the same file.
export function configLocation(decl: ActionDecl, raw: RawOptions, base: string, anyConfig = false): LoadConfigOptions {
  const decls = ACTION_DECLS.some((d) => d.name === decl.name) ? ACTION_DECLS : [...ACTION_DECLS, decl];
  const has = (name: string) => decl.options.some((o) => o.name === name);
  // anyConfig: the CLI offers --config on every command, declared or not.
  const file = (anyConfig || has('config')) && raw.config?.trim() ? resolve(base, raw.config.trim()) : undefined;
  const cwd = has('path') && raw.path?.trim() ? resolve(base, raw.path.trim()) : base;
  return { file, cwd, sections: sectionsFromDecls(decls) };
}
