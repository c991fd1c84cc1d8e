// Help text generated from the declarations, so it can never disagree with the options the command parses.
import type { ActionDecl, OptionDecl } from '@bulkhead/core/options';
import { cliOptions } from './args.ts';
import type { CommandEntry } from './commands/index.ts';

const WIDTH = 100;

function wrap(text: string, indent: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && indent + line.length + 1 + w.length > WIDTH) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

function metavar(o: OptionDecl): string {
  switch (o.type) {
    case 'boolean':
      return '';
    case 'enum':
      return ` ${(o.values ?? []).join('|')}`;
    case 'integer':
      return ' N';
    case 'bytes':
      return ' SIZE';
    case 'duration':
      return ' DURATION';
    case 'globs':
      return ' GLOB';
    case 'list':
      return ' ITEM';
    default:
      if (o.name === 'range') return ' BASE..HEAD';
      if (/(^|-)(file|config|baseline|output)$/.test(o.name)) return ' FILE';
      return ` ${o.name.toUpperCase().replace(/-/g, '_')}`;
  }
}

function flagText(o: OptionDecl): string {
  const alias = o.cliAlias ? (o.cliAlias.length === 1 ? `-${o.cliAlias}, ` : `--${o.cliAlias}, `) : '';
  const neg = o.type === 'boolean' ? `, --no-${o.name}` : '';
  return `${alias}--${o.name}${metavar(o)}${neg}`;
}

function details(o: OptionDecl): string {
  const facts: string[] = [o.type];
  if (o.type === 'list' || o.type === 'globs') facts.push('repeatable');
  if (o.required) facts.push('required');
  if (o.default !== undefined && o.default !== '') facts.push(`default: ${o.default}`);
  if (o.type === 'enum' && o.values) facts.push(`one of: ${o.values.join(', ')}`);
  if (o.min !== undefined) facts.push(`min: ${o.min}`);
  if (o.max !== undefined) facts.push(`max: ${o.max}`);
  return `${o.description} (${facts.join('; ')})`;
}

export function usageLine(entry: Pick<CommandEntry, 'name' | 'decl' | 'usage'>): string {
  if (entry.usage) return entry.usage;
  const opts = cliOptions(entry.decl);
  const pos = opts.find((o) => o.positional);
  const posText = pos ? ` [${pos.name.toUpperCase()}]` : '';
  return `bulkhead ${entry.name}${posText}${opts.length > 0 ? ' [options]' : ''}`;
}

export function commandHelp(entry: Pick<CommandEntry, 'name' | 'summary' | 'decl' | 'usage'>): string {
  const decl: ActionDecl | undefined = entry.decl;
  const out = [`Usage: ${usageLine(entry)}`, '', wrap(decl?.description ?? entry.summary, 0), ''];
  const opts = cliOptions(decl);
  const pos = opts.find((o) => o.positional);
  if (pos) out.push('Arguments:', `  ${pos.name.toUpperCase()}`, `      ${wrap(`${details(pos)} Same as --${pos.name}.`, 6)}`, '');
  out.push('Options:');
  for (const o of opts) out.push(`  ${flagText(o)}`, `      ${wrap(details(o), 6)}`);
  if (!opts.some((o) => o.name === 'config')) {
    out.push('  --config FILE', `      ${wrap('Bulkhead config file. Default: .bulkhead.yml in the current directory, if present.', 6)}`);
  }
  out.push('  -h, --help', '      Show this help.', '');
  out.push('Exit codes: 0 clean / passed, 1 findings / gate closed / alert, 2 usage or runtime error.', '');
  return out.join('\n');
}

export function mainHelp(commands: readonly CommandEntry[], version: string): string {
  const width = Math.max(12, ...commands.map((c) => c.name.length)) + 2;
  const out = [
    `bulkhead ${version} — keep a CI pipeline from leaking`,
    '',
    'Usage: bulkhead <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Options:',
    `  ${'-h, --help'.padEnd(width)}Show this help; \`bulkhead <command> --help\` for a command.`,
    `  ${'--version'.padEnd(width)}Print the version.`,
    '',
    'Exit codes: 0 clean / passed, 1 findings / gate closed / alert, 2 usage or runtime error.',
    '',
  ];
  return out.join('\n');
}
