// README's inputs and outputs tables: generated from the declarations (npm run gen-readme), in sync with them, and
// saying the same as each action.yml GitHub reads.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_DECLS } from '../../packages/core/src/decls.ts';
import { ROOT } from '../../scripts/bundle.ts';
import { END, README, START, syncReadme } from '../../scripts/gen-readme.ts';

const run = promisify(execFile);
const SCRIPT = join(ROOT, 'scripts', 'gen-readme.ts');
const readme = readFileSync(README, 'utf8');

interface Listed {
  inputs: { name: string; required: boolean }[];
  outputs: string[];
}

/** What the README's generated region lists per action, read back from its markdown. */
function listedInReadme(text: string): Map<string, Listed> {
  const region = text.slice(text.indexOf(START), text.indexOf(END));
  const listed = new Map<string, Listed>();
  for (const block of region.split('<details>').slice(1)) {
    const name = /<summary><b>([\w-]+)<\/b>/.exec(block)?.[1];
    if (!name) continue;
    const entry: Listed = { inputs: [], outputs: [] };
    let table: 'inputs' | 'outputs' | undefined;
    for (const line of block.split('\n')) {
      if (line.startsWith('| Input |')) table = 'inputs';
      else if (line.startsWith('| Output |')) table = 'outputs';
      const row = /^\| `([\w-]+)` \| (.*) \|$/.exec(line);
      if (!row || !table) continue;
      if (table === 'inputs') entry.inputs.push({ name: row[1], required: row[2].startsWith('**required**') });
      else entry.outputs.push(row[1]);
    }
    listed.set(name, entry);
  }
  return listed;
}

describe('README inputs and outputs tables', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'bulkhead-readme-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('are what npm run gen-readme writes from the declarations', () => {
    expect(readme).toContain(START);
    expect(readme).toContain(END);
    expect(syncReadme(readme) === readme, 'README.md tables are stale: run npm run gen-readme').toBe(true);
  });

  it('list every action with the inputs, required flags and outputs of its action.yml', () => {
    const listed = listedInReadme(readme);
    const actionDirs = readdirSync(join(ROOT, 'actions'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect([...listed.keys()].sort()).toEqual(actionDirs.sort());
    for (const name of actionDirs) {
      const yml = parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8'));
      const entry = listed.get(name)!;
      expect(entry.inputs, `${name} inputs`).toEqual(Object.entries<{ required: boolean }>(yml.inputs ?? {}).map(([n, i]) => ({ name: n, required: i.required === true })));
      expect(entry.outputs, `${name} outputs`).toEqual(Object.keys(yml.outputs ?? {}));
    }
  });

  it('show each default the declaration gives', () => {
    for (const decl of ACTION_DECLS) {
      for (const o of decl.options) {
        if ((o.surface ?? 'both') === 'cli' || !o.default) continue;
        expect(readme, `${decl.name}.${o.name}`).toContain(`| \`${o.name}\` | \`${o.default}\` |`);
      }
    }
  });

  it('gen-readme --check fails on a stale README and passes once it has regenerated it', async () => {
    const file = join(tmp, 'README.md');
    copyFileSync(README, file);
    // A README written before secret-scan grew its fail-on input, and before a description changed.
    const stale = readme.replace(/^\| `fail-on` \|.*\n/m, '').replace('Globs of paths not to scan.', 'Paths not to scan.');
    expect(stale).not.toBe(readme);
    writeFileSync(file, stale);
    const failed = await run(process.execPath, [SCRIPT, '--check', file]).then(
      () => 0,
      (e: { code: number }) => e.code,
    );
    expect(failed).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(stale); // --check writes nothing
    await run(process.execPath, [SCRIPT, file]);
    expect(readFileSync(file, 'utf8')).toBe(readme);
    await expect(run(process.execPath, [SCRIPT, '--check', file])).resolves.toBeDefined();
  });

  it('follow a declaration change: a new input appears in its action table', () => {
    const [first, ...rest] = ACTION_DECLS;
    const changed = { ...first, options: [...first.options, { name: 'new-input', type: 'string' as const, description: 'Added | with a pipe.', default: 'x' }] };
    const next = syncReadme(readme, [changed, ...rest]);
    expect(listedInReadme(next).get(first.name)!.inputs.at(-1)).toEqual({ name: 'new-input', required: false });
    expect(next).toContain('| `new-input` | `x` | Added \\| with a pipe. |');
  });

  it('refuse a README without the markers', () => {
    expect(() => syncReadme('# no markers\n')).toThrow(/lacks the markers/);
  });
});
