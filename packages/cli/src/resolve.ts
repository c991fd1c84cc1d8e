// Flags -> typed options with the same precedence as the runner: flags, then `.bulkhead.yml`, then defaults.
// Loaded lazily by main.ts (it pulls in the config loader and the option parsers).
import { loadConfig } from '@bulkhead/core/config';
import { parseOptions } from '@bulkhead/core/options';
import type { ActionDecl } from '@bulkhead/core/options';
import { configLocation } from '@bulkhead/core/config';
import type { Argv } from './args.ts';
import type { ParsedArgs } from './types.ts';

export async function resolveArgs(decl: ActionDecl | undefined, argv: Argv, cwd: string): Promise<ParsedArgs> {
  const raw = { ...argv.raw };
  if (!decl) {
    return { options: {}, explicit: new Set(), raw, positionals: argv.positionals, config: { path: undefined, extra: {} } };
  }
  const where = configLocation(decl, argv.configFile !== undefined ? { ...raw, config: argv.configFile } : raw, cwd, true);
  const loaded = await loadConfig(where);
  const section = loaded.section(decl.name);
  const { options, explicit } = parseOptions(decl, [raw, section.raw]);
  return { options, explicit, raw, positionals: argv.positionals, config: { path: loaded.path, extra: section.extra } };
}
