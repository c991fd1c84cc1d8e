// action.yml, the declarations and the CLI help must agree: one declaration drives all three.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS } from '../../packages/cli/src/commands/index.ts';
import { commandHelp } from '../../packages/cli/src/help.ts';
import { ACTION_DECLS } from '../../packages/core/src/decls.ts';
import { actionYmlFor, renderActionYml } from '../../scripts/gen-action-yml.ts';
import { ROOT } from '../../scripts/bundle.ts';
import { actionMetadataProblems, BRANDING_COLORS, BRANDING_ICONS } from '../../scripts/action-metadata.ts';
import { actionMetadataFiles } from '../../scripts/lint-actions.ts';

const actionDirs = readdirSync(join(ROOT, 'actions')).filter((n) => statSync(join(ROOT, 'actions', n)).isDirectory());

describe('actions and declarations', () => {
  it('every action folder has a declaration and every declaration an action folder', () => {
    expect([...actionDirs].sort()).toEqual(ACTION_DECLS.map((d) => d.name).sort());
  });

  describe.each(ACTION_DECLS.map((d) => [d.name, d] as const))('%s', (name, decl) => {
    const file = join(ROOT, 'actions', name, 'action.yml');

    it('has an action.yml', () => {
      expect(existsSync(file), `actions/${name}/action.yml missing; run node scripts/gen-action-yml.ts`).toBe(true);
      // The generator's own output must parse back to the same metadata (formatting of the file is free).
      expect(parse(renderActionYml(decl))).toEqual(actionYmlFor(decl));
    });

    it('agrees with the declaration input by input', () => {
      const yml = parse(readFileSync(file, 'utf8'));
      expect(yml, `actions/${name}/action.yml disagrees with its declaration; run node scripts/gen-action-yml.ts`).toEqual(actionYmlFor(decl));
      const actionOptions = decl.options.filter((o) => (o.surface ?? 'both') !== 'cli');
      expect(Object.keys(yml.inputs ?? {})).toEqual(actionOptions.map((o) => o.name));
      for (const o of actionOptions) {
        const input = yml.inputs[o.name];
        expect(input.description, `${name}.${o.name} needs a description`).toMatch(/\S/);
        expect(input.required).toBe(o.required === true);
        // No default: key (the runner would send it as INPUT_*, and an input equal to its default could then
        // never beat .bulkhead.yml); the description states the default instead. A runner expression is the
        // exception: code cannot evaluate it, and such an option is not offered in .bulkhead.yml.
        if (o.actionDefault) expect(input.default).toMatch(/^\$\{\{ [\w.]+ \}\}$/);
        else expect(input).not.toHaveProperty('default');
        if (o.default) expect(input.description, `${name}.${o.name} should state its default`).toMatch(/Default: \S/);
        if (o.default) expect(input.description).toContain(o.default);
      }
      expect(Object.keys(yml.outputs ?? {})).toEqual(decl.outputs.map((o) => o.name));
      for (const out of Object.values<{ description: string }>(yml.outputs ?? {})) expect(out.description).toMatch(/\S/);
      expect(yml.runs.using).toBe('node24');
      expect(Boolean(yml.runs.post)).toBe(decl.post === true);
    });

    it('points runs.main (and post) at a committed bundle', () => {
      const yml = parse(readFileSync(file, 'utf8'));
      for (const key of ['main', 'post'] as const) {
        if (!yml.runs[key]) continue;
        const bundle = resolve(dirname(file), yml.runs[key]);
        expect(existsSync(bundle), `${yml.runs[key]} does not exist; run npm run bundle and commit dist/`).toBe(true);
        expect(readFileSync(join(dirname(bundle), 'package.json'), 'utf8')).toContain('"type":"module"');
      }
    });

    it('is a CLI command whose help lists every CLI option', () => {
      const entry = COMMANDS.find((c) => c.name === name);
      expect(entry, `register '${name}' in packages/cli/src/commands/index.ts`).toBeDefined();
      expect(entry!.decl).toBe(decl);
      const help = commandHelp(entry!);
      for (const o of decl.options) {
        const flag = new RegExp(`--${o.name}\\b(?!-)`);
        if ((o.surface ?? 'both') === 'action') expect(help, `--${o.name} is action-only`).not.toMatch(flag);
        else expect(help, `help lacks --${o.name}`).toMatch(flag);
      }
    });
  });
});

// Every metadata file GitHub reads (actions/<name>/action.yml and the root marketplace listing), checked against
// GitHub's documented metadata syntax and the declaration whose bundle it runs.
const metadataFiles = await actionMetadataFiles();

describe('action metadata', () => {
  it('covers every action folder and the root listing', () => {
    expect(metadataFiles).toEqual(expect.arrayContaining(ACTION_DECLS.map((d) => `actions/${d.name}/action.yml`)));
    expect(metadataFiles).toContain('action.yml');
  });

  describe.each(metadataFiles)('%s', (rel) => {
    const file = join(ROOT, rel);
    const text = readFileSync(file, 'utf8');
    const yml = parse(text);

    it('has a name, a description and marketplace branding from the documented icon and colour lists', () => {
      expect(yml.name).toMatch(/\S/);
      expect(yml.description).toMatch(/\S/);
      expect(BRANDING_ICONS.has(yml.branding?.icon), `branding.icon ${yml.branding?.icon}`).toBe(true);
      expect(BRANDING_COLORS.has(yml.branding?.color), `branding.color ${yml.branding?.color}`).toBe(true);
    });

    it('runs on node24 from an existing bundle, with exactly the inputs and outputs of that action', () => {
      expect(yml.runs.using).toBe('node24');
      const main = resolve(dirname(file), yml.runs.main);
      expect(existsSync(main), `${yml.runs.main} missing`).toBe(true);
      const decl = ACTION_DECLS.find((d) => main === join(ROOT, 'dist', d.name, 'index.js'));
      expect(decl, `${yml.runs.main} is no declared action's bundle`).toBeDefined();
      const inputs = decl!.options.filter((o) => (o.surface ?? 'both') !== 'cli');
      expect(Object.keys(yml.inputs ?? {}).sort()).toEqual(inputs.map((o) => o.name).sort());
      for (const o of inputs) expect(yml.inputs[o.name].required === true, `${o.name}.required`).toBe(o.required === true);
      expect(Object.keys(yml.outputs ?? {}).sort()).toEqual(decl!.outputs.map((o) => o.name).sort());
    });

    it('passes the metadata lint (npm run lint:actions)', () => {
      expect(actionMetadataProblems(file, text)).toEqual([]);
    });
  });

  it('the metadata lint reports each mistake planted in a broken action.yml', () => {
    const file = join(ROOT, 'test/fixtures/actions/broken/action.yml');
    const problems = actionMetadataProblems(file, readFileSync(file, 'utf8'));
    expect(problems).toEqual(
      expect.arrayContaining([
        'description: required, a non-empty string',
        "branding.icon: 'key' is not one of GitHub's supported Feather icons",
        expect.stringMatching(/^branding\.color: 'pink' is not one of /),
        'inputs.path.required: must be true or false',
        expect.stringMatching(/^inputs\.fail-on\.defualt: not a documented key here/),
        expect.stringMatching(/^outputs\.findings\.value: not a documented key here/),
        "runs.using: 'node20', must be node24",
        expect.stringMatching(/^runs\.post: \S+no-such-post\.js does not exist/),
        "inputs.no-such-input: not an action option of secret-scan's declaration",
      ]),
    );
    // Every secret-scan input and output the fixture leaves out (it has path, fail-on and findings).
    const decl = ACTION_DECLS.find((d) => d.name === 'secret-scan')!;
    const missingInputs = decl.options.filter((o) => (o.surface ?? 'both') !== 'cli' && !['path', 'fail-on'].includes(o.name));
    const missingOutputs = decl.outputs.filter((o) => o.name !== 'findings');
    expect(problems.filter((p) => p.endsWith('declared by secret-scan but missing')).sort()).toEqual(
      [...missingInputs.map((o) => `inputs.${o.name}`), ...missingOutputs.map((o) => `outputs.${o.name}`)]
        .map((w) => `${w}: declared by secret-scan but missing`)
        .sort(),
    );
  });
});
