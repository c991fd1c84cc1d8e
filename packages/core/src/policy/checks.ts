// The `checks` list: known names only, each once, in the order given.
import { InputError } from '../errors.ts';
import { closest } from '../options/suggest.ts';
import { CHECK_NAMES, type CheckName } from './types.ts';

export function parseChecks(list: readonly string[]): CheckName[] {
  const out: CheckName[] = [];
  for (const raw of list) {
    const name = raw.trim().toLowerCase();
    if (!(CHECK_NAMES as readonly string[]).includes(name)) {
      const near = closest(name, CHECK_NAMES);
      throw new InputError({ input: 'checks', problem: `'${raw}' is not a check`, fix: near ? `did you mean '${near}'? Checks: ${CHECK_NAMES.join(', ')}` : `choose from ${CHECK_NAMES.join(', ')}` });
    }
    if (!out.includes(name as CheckName)) out.push(name as CheckName);
  }
  if (out.length === 0) throw new InputError({ input: 'checks', problem: 'no check selected', fix: `name at least one of ${CHECK_NAMES.join(', ')}` });
  return out;
}
