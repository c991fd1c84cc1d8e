// Resolve every declared option from raw sources in precedence order (e.g. [inputs, config section]).
import { InputError } from '../errors.ts';
import type { ActionDecl, ParsedOptions, RawOptions } from './types.ts';
import { defaultValue, parseValue } from './value.ts';

export interface ParsedResult<D extends ActionDecl> {
  options: ParsedOptions<D>;
  /** Names given a non-empty value by some source (not defaulted). */
  explicit: Set<string>;
}

/**
 * The first source with a non-empty string for an option wins (GitHub passes unset inputs as '');
 * then the declared default; a required option with neither is an InputError.
 * Keys no option declares are ignored here; the config loader reports those.
 */
export function parseOptions<D extends ActionDecl>(decl: D, sources: readonly RawOptions[]): ParsedResult<D> {
  const options: Record<string, unknown> = {};
  const explicit = new Set<string>();
  for (const opt of decl.options) {
    const raw = sources.map((s) => s[opt.name]).find((v) => v !== undefined && v.trim() !== '');
    if (raw !== undefined) {
      options[opt.name] = parseValue(opt, raw);
      explicit.add(opt.name);
    } else if (opt.required && (opt.default === undefined || opt.default === '')) {
      throw new InputError({
        input: opt.name,
        problem: 'is required but was not given',
        fix: `set '${opt.name}' in the step's with: block, as --${opt.name} on the command line, or under ${decl.name}: in .bulkhead.yml`,
      });
    } else {
      options[opt.name] = defaultValue(opt);
    }
  }
  return { options: options as ParsedOptions<D>, explicit };
}
