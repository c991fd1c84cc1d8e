// argv -> raw option strings, driven by the command's ActionDecl. Values stay strings here;
// the kit's parseOptions types them, exactly as it does for action inputs.
import { UsageError } from '@bulkhead/core/errors';
import { closest } from '@bulkhead/core/options';
import type { ActionDecl, OptionDecl } from '@bulkhead/core/options';

export interface Argv {
  /** Option name -> raw value; repeated list/globs flags are joined with newlines. */
  raw: Record<string, string>;
  positionals: string[];
  help: boolean;
  /** `--config FILE` for commands whose decl has no `config` option of its own. */
  configFile?: string;
}

/** The options that exist as flags (surface both | cli). */
export function cliOptions(decl: ActionDecl | undefined): OptionDecl[] {
  return (decl?.options ?? []).filter((o) => (o.surface ?? 'both') !== 'action');
}

const isMulti = (o: OptionDecl) => o.type === 'list' || o.type === 'globs';

function flagIndex(options: OptionDecl[]): Map<string, OptionDecl> {
  const byFlag = new Map<string, OptionDecl>();
  for (const o of options) {
    byFlag.set(`--${o.name}`, o);
    if (o.cliAlias) byFlag.set(o.cliAlias.length === 1 ? `-${o.cliAlias}` : `--${o.cliAlias}`, o);
  }
  return byFlag;
}

function unknownFlag(flag: string, known: Iterable<string>, command: string): UsageError {
  const guess = closest(flag, known);
  return new UsageError({
    input: flag,
    problem: `is not an option of '${command}'`,
    fix: guess ? `did you mean ${guess}? See bulkhead ${command} --help` : `see bulkhead ${command} --help`,
  });
}

export function parseArgv(command: string, decl: ActionDecl | undefined, argv: readonly string[]): Argv {
  const options = cliOptions(decl);
  const byFlag = flagIndex(options);
  const ownConfig = options.some((o) => o.name === 'config');
  const out: Argv = { raw: {}, positionals: [], help: false };
  const free: string[] = [];

  const set = (o: OptionDecl, value: string, flag: string) => {
    const prev = out.raw[o.name];
    if (prev !== undefined && !isMulti(o)) {
      throw new UsageError({ input: flag, problem: 'was given more than once', fix: `give --${o.name} once` });
    }
    out.raw[o.name] = prev === undefined ? value : `${prev}\n${value}`;
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      free.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      out.help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      free.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const takeValue = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw new UsageError({ input: flag, problem: 'needs a value', fix: `write ${flag} VALUE or ${flag}=VALUE` });
      }
      i++;
      return next;
    };

    if (flag === '--config' && !ownConfig) {
      out.configFile = takeValue();
      continue;
    }
    if (!decl) {
      // No declaration: generic `--name value` / `--name=value` / bare `--name` (true); the command validates.
      const name = flag.replace(/^--?/, '');
      const next = argv[i + 1];
      const value = inline ?? (next !== undefined && !next.startsWith('-') ? (i++, next) : 'true');
      out.raw[name] = out.raw[name] === undefined ? value : `${out.raw[name]}\n${value}`;
      continue;
    }
    const o = byFlag.get(flag);
    if (o) {
      // Booleans are flags: `--history` alone means true; an explicit `=false` is allowed.
      set(o, o.type === 'boolean' ? (inline ?? 'true') : takeValue(), flag);
      continue;
    }
    const negated = flag.startsWith('--no-') ? byFlag.get(`--${flag.slice(5)}`) : undefined;
    if (negated && negated.type === 'boolean' && inline === undefined) {
      set(negated, 'false', flag);
      continue;
    }
    const known = [...byFlag.keys(), ...options.filter((x) => x.type === 'boolean').map((x) => `--no-${x.name}`), '--help'];
    if (!ownConfig) known.push('--config');
    throw unknownFlag(flag, known, command);
  }

  // The first free argument fills the positional option (if the decl has one); the rest stay positional.
  const positional = options.find((o) => o.positional);
  if (positional && free.length > 0) {
    if (out.raw[positional.name] !== undefined) {
      throw new UsageError({
        input: `--${positional.name}`,
        problem: `was given both as a flag and as the argument '${free[0]}'`,
        fix: `give ${positional.name} once`,
      });
    }
    out.raw[positional.name] = free.shift()!;
  }
  if (decl && free.length > 0) {
    throw new UsageError({
      input: free[0],
      problem: `is an unexpected argument for '${command}'`,
      fix: `see bulkhead ${command} --help for its usage`,
    });
  }
  out.positionals = free;
  return out;
}
