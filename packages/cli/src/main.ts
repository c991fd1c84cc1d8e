// `bulkhead <command> [flags]`: dispatch, help, version, and the one error policy (exit 2 + one line on stderr).
import { BulkheadError, UsageError } from '@bulkhead/core/errors';
import { closest } from '@bulkhead/core/options';
import pkg from '../package.json' with { type: 'json' };
import { parseArgv } from './args.ts';
import { COMMANDS, type CommandEntry } from './commands/index.ts';
import { commandHelp, mainHelp } from './help.ts';
import type { CliIO } from './types.ts';

export const VERSION: string = pkg.version;

function findCommand(argv: readonly string[], registry: readonly CommandEntry[]): [CommandEntry, number] | undefined {
  // Two-word commands (`sarif merge`) take precedence over one-word ones.
  const two = argv.length > 1 ? registry.find((c) => c.name === `${argv[0]} ${argv[1]}`) : undefined;
  if (two) return [two, 2];
  const one = registry.find((c) => c.name === argv[0]);
  return one ? [one, 1] : undefined;
}

async function errorLine(e: unknown, io: CliIO): Promise<void> {
  if (e instanceof BulkheadError) {
    const { userMessage } = await import('@bulkhead/core/report');
    io.stderr(`bulkhead: ${userMessage(e, { surface: 'cli' })}\n`);
    return;
  }
  const { userMessage } = await import('@bulkhead/core/report');
  io.stderr(`bulkhead: ${userMessage(e, { surface: 'cli' })}\n`);
  // A bug: the stack helps a report, but only on request so normal output stays one line.
  if (io.env.BULKHEAD_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
}

export async function main(argv: readonly string[], io: CliIO, registry: readonly CommandEntry[] = COMMANDS): Promise<number> {
  try {
    const first = argv[0];
    if (first === undefined) {
      io.stderr(mainHelp(registry, VERSION));
      return 2;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const target = argv.length > 1 && first === 'help' ? findCommand(argv.slice(1), registry) : undefined;
      io.stdout(target ? commandHelp(target[0]) : mainHelp(registry, VERSION));
      return 0;
    }
    if (first === '--version' || first === '-V' || first === 'version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const found = findCommand(argv, registry);
    if (!found) {
      const guess = closest(first, registry.map((c) => c.name));
      throw new UsageError({
        problem: first.startsWith('-') ? `'${first}' must come after a command` : `'${first}' is not a bulkhead command`,
        fix: guess ? `did you mean '${guess}'? Run bulkhead --help for the list` : 'run bulkhead --help for the list of commands',
      });
    }
    const [entry, used] = found;
    const args = parseArgv(entry.name, entry.decl, argv.slice(used));
    if (args.help) {
      io.stdout(commandHelp(entry));
      return 0;
    }
    // Engine code (and the config loader) load only now, for the command that runs.
    const [command, { resolveArgs }, { reportRunFromEnv, setReportRun }] = await Promise.all([entry.load(), import('./resolve.ts'), import('@bulkhead/core/report')]);
    // Inside a workflow step, JSON reports name the run (workflow, run number) for the dashboard.
    setReportRun(reportRunFromEnv(io.env));
    const parsed = await resolveArgs(entry.decl, args, io.cwd);
    return await command.run(parsed, io);
  } catch (e) {
    await errorLine(e, io);
    return 2;
  }
}
