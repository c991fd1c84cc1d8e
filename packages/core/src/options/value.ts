// One dispatcher from a declaration to the right parser, so action inputs, CLI flags and
// `.bulkhead.yml` values are all read by the same code.
import { InputError } from '../errors.ts';
import type { OptionDecl } from './types.ts';
import { parseBoolean, parseEnum, parseInteger, parseList } from './parse.ts';
import { parseBytes } from './bytes.ts';
import { parseDuration } from './duration.ts';
import { parseGlobs } from './globs.ts';

export type OptionValue = string | number | boolean | string[];

export function parseValue(decl: OptionDecl, raw: string): OptionValue {
  const settings = { secret: decl.secret === true };
  const bounds = { min: decl.min, max: decl.max };
  switch (decl.type) {
    case 'string':
      return raw;
    case 'boolean':
      return parseBoolean(decl.name, raw, settings);
    case 'integer':
      return parseInteger(decl.name, raw, bounds, settings);
    case 'enum':
      if (!decl.values || decl.values.length === 0) {
        // A declaration bug, not the user's: let it surface as one.
        throw new Error(`option '${decl.name}' is an enum without values`);
      }
      return parseEnum(decl.name, raw, decl.values, settings);
    case 'list':
      return parseList(decl.name, raw);
    case 'globs':
      return parseGlobs(decl.name, raw, { ...settings, anywhere: decl.anywhere === true });
    case 'bytes':
      return parseBytes(decl.name, raw, bounds, settings);
    case 'duration':
      return parseDuration(decl.name, raw, bounds, settings);
    default: {
      const t: never = decl.type;
      throw new InputError({ input: decl.name, problem: `has unknown type ${String(t)}`, fix: 'report this as a bug' });
    }
  }
}

/** The value an unset option takes: its parsed default, or undefined. An empty default means "unset" for scalars. */
export function defaultValue(decl: OptionDecl): OptionValue | undefined {
  if (decl.default === undefined) return undefined;
  if (decl.default === '' && decl.type !== 'string' && decl.type !== 'list' && decl.type !== 'globs') return undefined;
  return parseValue(decl, decl.default);
}
