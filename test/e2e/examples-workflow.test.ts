// examples/pr-scan.yml run as written on pull requests to a real repository: secret-scan and diff-telemetry as their
// dist/ bundles through the runner-contract harness, the `run:`-free steps in order with their `if:` conditions,
// checkout and upload-sarif emulated (the SARIF must pass Microsoft's validator, as code scanning requires).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/bundle.ts';
import { makeRepo } from '../support/git-repo.ts';
import { sarifValidationErrors } from '../support/sarif-validator.ts';
import { generateSecret, makeRng } from '../support/secret-gen.ts';
import { parseWorkflow } from '../support/workflow-checks.ts';
import { runJob, type JobContext } from '../support/workflow-run.ts';

const wf = parseWorkflow(readFileSync(join(ROOT, 'examples/pr-scan.yml'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'bulkhead-example-pr-'));
const origin = makeRepo();
afterAll(() => {
  origin.cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

async function pullRequest(base: string, head: string, labels: string[] = []) {
  const uploaded: { file: string; category: string }[] = [];
  const actions: JobContext['actions'] = {
    'actions/checkout': (w, ctx) => {
      expect(w).toMatchObject({ 'fetch-depth': '0', 'persist-credentials': 'false' });
      execFileSync('git', ['clone', '-q', pathToFileURL(origin.dir).href, ctx.workspace], { stdio: 'pipe' });
      execFileSync('git', ['-C', ctx.workspace, 'checkout', '-q', head], { stdio: 'pipe' });
    },
    'github/codeql-action/upload-sarif': (w, ctx) => {
      const file = resolve(ctx.workspace, w.sarif_file);
      expect(Object.values(sarifValidationErrors([file])).flat()).toEqual([]);
      uploaded.push({ file, category: w.category });
    },
  };
  const result = await runJob(wf.jobs.scan, {
    workspace: mkdtempSync(join(tmp, 'ws-')),
    runnerTemp: mkdtempSync(join(tmp, 'temp-')),
    inputs: {},
    github: { run_id: '301', run_attempt: '1', run_number: '3', event_name: 'pull_request', sha: head, workflow: 'Bulkhead PR scan' },
    payload: { pull_request: { number: 7, base: { sha: base }, head: { sha: head }, labels: labels.map((name) => ({ name })), commits: 1 }, repository: { default_branch: 'main', full_name: 'bulkhead-test/repo' } },
    actions,
  });
  return { result, uploaded };
}

describe('examples/pr-scan.yml, run as written', () => {
  const base = origin.commit('base', { 'README.md': 'app\n' });

  it('a clean pull request passes, is measured and uploads an empty SARIF', async () => {
    const head = origin.commit('feature', { 'src/a.ts': 'export const a = 1;\n' });
    const { result, uploaded } = await pullRequest(base, head);
    expect(result.result, JSON.stringify(result.steps, null, 1)).toBe('success');
    expect(result.steps.secrets.outputs.findings).toBe('0');
    expect(uploaded).toEqual([{ file: expect.any(String), category: 'bulkhead-secret-scan' }]);
    expect(JSON.parse(readFileSync(uploaded[0].file, 'utf8')).runs[0].results).toEqual([]);
  }, 300_000);

  it('a pull request adding a secret fails, is still measured, and its SARIF reaches code scanning', async () => {
    const rng = makeRng(77);
    execFileSync('git', ['-C', origin.dir, 'checkout', '-q', '-b', 'leak', base], { stdio: 'pipe' });
    const head = origin.commit('oops', { 'src/settings.txt': `slack = ${generateSecret('slack-bot-token', rng).text}\n` });
    const { result, uploaded } = await pullRequest(base, head);
    expect(result.result).toBe('failure');
    expect(result.steps.secrets.outcome).toBe('failure');
    expect(result.steps.secrets.outputs.findings).toBe('1');
    const telemetry = Object.values(result.steps).find((s) => 'risk-coefficient' in s.outputs);
    expect(telemetry?.outcome).toBe('success');
    expect(Number(telemetry!.outputs['risk-coefficient'])).toBeGreaterThan(0);
    expect(uploaded).toHaveLength(1);
    const results = JSON.parse(readFileSync(uploaded[0].file, 'utf8')).runs[0].results;
    expect(results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['slack-bot-token']);
  }, 300_000);
});
