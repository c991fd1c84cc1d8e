// Regenerates README.md's "Inputs and outputs" tables (between the marker comments) from the option declarations,
// so the README lists exactly what each action.yml accepts. Usage: node scripts/gen-readme.ts [--check] [FILE]
// (FILE defaults to README.md; --check exits 1 when the tables are stale instead of writing them)
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ACTION_DECLS } from '../packages/core/src/decls.ts';
import type { ActionDecl, OptionDecl } from '../packages/core/src/options/types.ts';
import { ROOT } from './bundle.ts';

export const README = join(ROOT, 'README.md');
export const START = '<!-- actions-io:start: generated from the declarations by `npm run gen-readme`; edit the declarations, not this -->';
export const END = '<!-- actions-io:end -->';

/** Markdown for one table cell: pipes escaped, and outside `code` spans no HTML tags or emphasis by accident (`_` inside a word is literal in GFM). */
function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\\/g, '\\\\').replace(/\*|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\$&').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
    .replace(/\|/g, '\\|');
}

const code = (value: string) => `\`${value.replace(/\|/g, '\\|')}\``;

function defaultCell(o: OptionDecl): string {
  if (o.required) return '**required**';
  if (o.actionDefault) return code(o.actionDefault);
  return o.default ? code(o.default) : '';
}

function descriptionCell(o: OptionDecl): string {
  // Enum values the description does not already name.
  const unnamed = o.type === 'enum' && (o.values ?? []).some((v) => !o.description.includes(v));
  return cell(unnamed ? `${o.description} One of: ${o.values!.map(code).join(', ')}.` : o.description);
}

/** The action surface (what action.yml offers) of one declaration, as an input table and an output table. */
function actionSection(decl: ActionDecl): string {
  const inputs = decl.options.filter((o) => (o.surface ?? 'both') !== 'cli');
  const lines = [
    '<details>',
    `<summary><b>${decl.name}</b>: ${inputs.length} inputs, ${decl.outputs.length} outputs</summary>`,
    '',
    '| Input | Default | Description |',
    '|---|---|---|',
    ...inputs.map((o) => `| ${code(o.name)} | ${defaultCell(o)} | ${descriptionCell(o)} |`),
    '',
    '| Output | Description |',
    '|---|---|',
    ...decl.outputs.map((o) => `| ${code(o.name)} | ${cell(o.description)} |`),
    '',
    '</details>',
  ];
  return lines.join('\n');
}

/** The generated region, markers included. */
export function renderActionsIo(decls: readonly ActionDecl[] = ACTION_DECLS): string {
  return [
    START,
    '## Inputs and outputs',
    '',
    'Every input of every action (`with:`), its default and its outputs (`steps.<id>.outputs.<name>`). Most inputs can also be set in `.bulkhead.yml` (see [Configuration](#configuration)); an input given in the workflow wins.',
    '',
    ...decls.map((d) => `${actionSection(d)}\n`),
    END,
  ].join('\n');
}

/** `readme` with its generated region replaced by the current one. */
export function syncReadme(readme: string, decls: readonly ActionDecl[] = ACTION_DECLS): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${START} … ${END}; put them where the tables belong`);
  return readme.slice(0, start) + renderActionsIo(decls) + readme.slice(end + END.length);
}

async function main(check: boolean, file = README): Promise<number> {
  const current = await readFile(file, 'utf8');
  const next = syncReadme(current);
  if (next === current) return 0;
  if (check) {
    console.error(`${file}: the inputs and outputs tables are out of date; run npm run gen-readme`);
    return 1;
  }
  await writeFile(file, next);
  console.log(`wrote the inputs and outputs tables in ${file}`);
  return 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const args = process.argv.slice(2);
  main(args.includes('--check'), args.find((a) => a !== '--check')).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      console.error(`gen-readme: ${(err as Error).message}`);
      process.exitCode = 2;
    },
  );
}
