// Regenerates actions/<name>/action.yml from the option declarations (ACTION_DECLS), and the root action.yml (the
// marketplace listing: the flagship action, run from the repository root), so the metadata GitHub reads can never
// drift from what the runner parses. Usage: node scripts/gen-action-yml.ts [--check]
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse, stringify } from 'yaml';
import { ACTION_DECLS } from '../packages/core/src/decls.ts';
import type { ActionDecl, OptionDecl } from '../packages/core/src/options/types.ts';
import { ROOT } from './bundle.ts';

// Marketplace branding (feather icon names); not part of the option contract, so it lives here.
const BRANDING: Record<string, { icon: string; color: string }> = {
  'secret-scan': { icon: 'lock', color: 'red' },
  'diff-telemetry': { icon: 'bar-chart-2', color: 'blue' },
  'oauth-signature-gate': { icon: 'shield', color: 'green' },
  'double-write': { icon: 'copy', color: 'purple' },
  'egress-gate': { icon: 'cloud-off', color: 'orange' },
  'policy-audit': { icon: 'clipboard', color: 'gray-dark' },
};

export interface ActionYml {
  name: string;
  description: string;
  author: string;
  branding: { icon: string; color: string };
  inputs?: Record<string, { description: string; required: boolean; default?: string }>;
  outputs?: Record<string, { description: string }>;
  runs: { using: 'node24'; main: string; post?: string };
}

/** A default as the description states it: bare when it is one plain word, quoted otherwise ('.', '*.leak'). */
function shownDefault(value: string): string {
  return /^[\w-]+(\.[\w-]+)*$/.test(value) ? value : `'${value}'`;
}

/**
 * No `default:` keys (but for runner expressions such as `${{ github.token }}`, which code cannot apply): the runner sends every action.yml default as INPUT_*, so an input given equal to its
 * default would be indistinguishable from an omitted one and could never beat `.bulkhead.yml` (every option
 * can be set there). The description states the default; the code applies it (parseOptions).
 */
function inputDescription(o: OptionDecl): string {
  if (o.default === undefined || o.default === '' || /\bDefault:/.test(o.description)) return o.description;
  return `${o.description} Default: ${shownDefault(o.default)}.`;
}

/** The action the root action.yml lists on the marketplace; the others are used by path (actions/<name>). */
export const ROOT_ACTION = 'secret-scan';

/** `distDir`: the bundles' folder as seen from the action.yml (`../../dist` from actions/<name>/, `dist` from the root). */
export function actionYmlFor(decl: ActionDecl, distDir = '../../dist'): ActionYml {
  const inputs: NonNullable<ActionYml['inputs']> = {};
  for (const o of decl.options) {
    if ((o.surface ?? 'both') === 'cli') continue;
    inputs[o.name] = { description: inputDescription(o), required: o.required === true, ...(o.actionDefault ? { default: o.actionDefault } : {}) };
  }
  const outputs: NonNullable<ActionYml['outputs']> = {};
  for (const out of decl.outputs) outputs[out.name] = { description: out.description };
  const runs: ActionYml['runs'] = { using: 'node24', main: `${distDir}/${decl.name}/index.js` };
  if (decl.post) runs.post = `${distDir}/${decl.name}/post.js`;
  return {
    name: decl.title,
    description: decl.description,
    author: 'Bulkhead',
    branding: BRANDING[decl.name] ?? { icon: 'shield', color: 'blue' },
    ...(Object.keys(inputs).length > 0 ? { inputs } : {}),
    ...(Object.keys(outputs).length > 0 ? { outputs } : {}),
    runs,
  };
}

export function renderActionYml(decl: ActionDecl, distDir?: string): string {
  const header = `# Generated from the ${decl.name} declaration by scripts/gen-action-yml.ts; edit the declaration, not this file.\n`;
  return header + stringify(actionYmlFor(decl, distDir), { lineWidth: 0 });
}

/** Every generated metadata file (relative to the repository root) with what it must say. */
export function generatedActionYmls(): { file: string; decl: ActionDecl; distDir?: string }[] {
  const files: { file: string; decl: ActionDecl; distDir?: string }[] = ACTION_DECLS.map((decl) => ({ file: `actions/${decl.name}/action.yml`, decl }));
  const flagship = ACTION_DECLS.find((d) => d.name === ROOT_ACTION);
  if (!flagship) throw new Error(`ROOT_ACTION '${ROOT_ACTION}' is not in ACTION_DECLS`);
  files.push({ file: 'action.yml', decl: flagship, distDir: 'dist' });
  return files;
}

async function main(check: boolean): Promise<number> {
  let stale = 0;
  for (const { file: rel, decl, distDir } of generatedActionYmls()) {
    const file = join(ROOT, rel);
    const text = renderActionYml(decl, distDir);
    const current = existsSync(file) ? await readFile(file, 'utf8') : undefined;
    if (current === text) continue;
    // --check compares meaning, not formatting: a hand-formatted file that says the same thing is fine.
    if (check && current !== undefined && isDeepStrictEqual(parse(current), actionYmlFor(decl, distDir))) continue;
    if (check) {
      console.error(`${rel} is out of date; run node scripts/gen-action-yml.ts`);
      stale++;
    } else {
      await writeFile(file, text);
      console.log(`wrote ${rel}`);
    }
  }
  return stale > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main(process.argv.includes('--check')).then((code) => (process.exitCode = code));
}
