// policy-audit through the harness: dist/policy-audit runs as on a runner (INPUT_*, event payload, output
// and summary files), against a real repository with a real submodule, agent-marked commits and binaries
// checked against real `sha256sum` output.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/harness.ts';
import { makeRepo, type TempRepo } from '../support/git-repo.ts';
import { generateSecret, makeRng } from '../support/secret-gen.ts';
import { bodies, startFakeGitHub } from '../support/fake-github-api.ts';

const BUNDLE = join(import.meta.dirname, '../../dist/policy-audit');
let repo: TempRepo;
let lib: TempRepo;
let base = '';
let head = '';
let goodSum = '';

function prPayload(labels: string[] = []) {
  return { pull_request: { number: 12, commits: 2, base: { sha: base, ref: 'main' }, head: { sha: head }, labels: labels.map((name) => ({ name })) } };
}

beforeAll(() => {
  lib = makeRepo('bulkhead-pa-lib-');
  lib.commit('lib', { 'lib.c': 'int f(void);\n' });
  repo = makeRepo('bulkhead-pa-');
  repo.write('vendor/bin/tool', Buffer.from('release build 1.0\n'));
  repo.write('vendor/bin/helper', Buffer.from('helper 2.0\n'));
  goodSum = execFileSync('sha256sum', ['vendor/bin/helper', 'vendor/bin/tool'], { cwd: repo.dir, encoding: 'utf8' });
  repo.write('SHA256SUMS', goodSum);
  repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', lib.dir, 'third_party/lib');
  repo.git('config', '-f', '.gitmodules', 'submodule.third_party/lib.url', 'http://example.test/org/lib.git');
  base = repo.commit('base');
  repo.write('vendor/bin/tool', Buffer.from('patched build 1.0\n'));
  repo.commit('Swap the tool\n\nCo-Authored-By: Claude <noreply@anthropic.com>');
  head = repo.commit('human: docs', { 'docs.md': 'notes\n' });
});
afterAll(() => {
  repo?.cleanup();
  lib?.cleanup();
});

describe('policy-audit action', () => {
  it('runs the three offline checks on a pull request: outputs, reports, ai-files, summary, annotations, verdict', async () => {
    const r = await runAction(BUNDLE, { eventName: 'pull_request', payload: prPayload(), workspace: repo.dir, inputs: { binaries: 'vendor/bin/**', reference: 'SHA256SUMS', 'ai-label': 'ai-reviewed' } });
    // drifted tool (high), http submodule (high), missing label (high) -> fails at the default fail-on high.
    expect(r.failed, r.phases.main?.stdout).toBe(true);
    expect(r.failures.join('\n')).toMatch(/policy-audit: 3 findings at or above fail-on 'high'/);
    expect(r.outputs.drifted).toBe('1');
    expect(Number(r.outputs.findings)).toBe(4); // + one ai-commit note for vendor/bin/tool
    expect(r.outputs['cpu-hours']).toBe('');
    expect(readFileSync(r.outputs['ai-files'], 'utf8')).toBe('vendor/bin/tool\n');

    const report = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8'));
    expect(report.kind).toBe('bulkhead.policy-audit');
    expect(report.data.failing).toBe(3);
    const expected = goodSum.split('\n').find((l) => l.endsWith('vendor/bin/tool'))!.split(' ')[0];
    const actual = execFileSync('sha256sum', ['vendor/bin/tool'], { cwd: repo.dir, encoding: 'utf8' }).split(' ')[0];
    expect(report.data.drift).toMatchObject({ drifted: ['vendor/bin/tool'], missing: [], unexpected: [] });
    expect(report.data.findings.find((f: { ruleId: string }) => f.ruleId === 'binary-drift/drifted').properties).toMatchObject({ expected, actual });
    expect(report.data.ai.aiCommits).toHaveLength(1);

    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8'));
    // Microsoft's validator: no error-level result for the SARIF the action wrote.
    const validation = join(repo.dir, '..', `pa-validation-${process.pid}.sarif`);
    const v = spawnSync(resolve('node_modules/.bin/sarif-multitool'), ['validate', r.outputs['sarif-file'], '--output', validation, '--log', 'ForceOverwrite'], { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' }, timeout: 120_000 });
    expect(v.status, v.stdout + v.stderr).toBe(0);
    expect((JSON.parse(readFileSync(validation, 'utf8')).runs[0].results ?? []).filter((x: { level?: string }) => x.level === 'error')).toEqual([]);
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId).sort()).toEqual(['ai-provenance/ai-commit', 'ai-provenance/missing-label', 'binary-drift/drifted', 'submodules/insecure-url']);

    const gm = repo.git('show', 'HEAD:.gitmodules').split('\n');
    const ann = r.annotations.find((a) => a.file === '.gitmodules')!;
    expect(ann.level).toBe('error');
    expect(gm[ann.line! - 1].trim()).toBe('url = http://example.test/org/lib.git');
    expect(r.annotations.find((a) => a.file === 'vendor/bin/tool' && a.level === 'notice')).toBeTruthy();
    expect(r.summary).toContain('Bulkhead policy-audit');
    expect(r.summary).toContain('binary-drift/drifted');
  });

  it('fail-on: an input beats .bulkhead.yml, also when it equals the default; the config beats the default', async () => {
    writeFileSync(join(repo.dir, '.bulkhead.yml'), 'policy-audit:\n  fail-on: none\n  binaries: ["vendor/bin/**"]\n  reference: SHA256SUMS\n');
    try {
      const fromConfig = await runAction(BUNDLE, { eventName: 'pull_request', payload: prPayload(['ai-reviewed']), workspace: repo.dir });
      expect(fromConfig.failed, fromConfig.phases.main?.stdout).toBe(false);
      expect(fromConfig.outputs.drifted).toBe('1'); // binaries and reference came from the config too
      const inputEqualsDefault = await runAction(BUNDLE, { eventName: 'pull_request', payload: prPayload(['ai-reviewed']), workspace: repo.dir, inputs: { 'fail-on': 'high' } });
      expect(inputEqualsDefault.failed).toBe(true);
      const inputOther = await runAction(BUNDLE, { eventName: 'pull_request', payload: prPayload(['ai-reviewed']), workspace: repo.dir, inputs: { 'fail-on': 'critical' } });
      expect(inputOther.failed).toBe(false);
    } finally {
      execFileSync('rm', ['-f', join(repo.dir, '.bulkhead.yml')]);
    }
  });

  it('masks the token and never prints it', async () => {
    const token = generateSecret('github-pat-classic', makeRng(12)).secret;
    const r = await runAction(BUNDLE, { eventName: 'push', payload: { before: base, after: head }, workspace: repo.dir, inputs: { token, checks: 'ai-provenance' } });
    expect(r.failed, r.phases.main?.stdout).toBe(false);
    expect(r.masks).toContain(token);
    expect(r.allOutputText).not.toContain(token);
    expect(r.outputs.findings).toBe('1');
  });

  it("without a token input, the job's github.token (action.yml's default) is used, and masked", async () => {
    const token = generateSecret('github-pat-classic', makeRng(13)).secret;
    const r = await runAction(BUNDLE, { eventName: 'push', payload: { before: base, after: head }, workspace: repo.dir, contexts: { 'github.token': token }, inputs: { checks: 'ai-provenance' } });
    expect(r.failed, r.phases.main?.stdout).toBe(false);
    expect(r.masks).toContain(token);
    expect(r.allOutputText).not.toContain(token);
  });

  it('a bad input is one line naming it and the fix', async () => {
    const r = await runAction(BUNDLE, { workspace: repo.dir, inputs: { checks: 'binary-drift, submodule' } });
    expect(r.failed).toBe(true);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatch(/checks.*'submodule' is not a check.*did you mean 'submodules'/);
    const budget = await runAction(BUNDLE, { workspace: repo.dir, inputs: { checks: 'ci-budget' } });
    expect(budget.failures[0]).toMatch(/cpu-hour-budget.*ci-budget needs a budget.*set cpu-hour-budget/);
  });

  it('ci-budget: the bundle calls GITHUB_API_URL with the token and reports cpu-hours, warning at 80 %', async () => {
    const now = Date.now();
    const fake = await startFakeGitHub(
      {
        '/repos/{owner}/{repo}': () => ({ body: bodies.repository('acme/app', 'public') }),
        '/repos/{owner}/{repo}/actions/runs': () => [bodies.workflowRun(1, now - 7_200_000)],
        '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs': () => [bodies.job(2, 1, ['ubuntu-latest'], now - 7_200_000, now - 3_600_000)],
      },
      { '/repos/{owner}/{repo}/actions/runs': 'workflow_runs', '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs': 'jobs' },
    );
    try {
      const token = generateSecret('github-pat-classic', makeRng(13)).secret;
      const r = await runAction(BUNDLE, { workspace: repo.dir, inputs: { token, checks: 'ci-budget', 'cpu-hour-budget': '5' }, env: { GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'acme/app' } });
      expect(fake.invalid).toEqual([]);
      expect(r.failed, r.phases.main?.stdout).toBe(false);
      // One hour on a public repository's ubuntu-latest: 4 cores.
      expect(r.outputs['cpu-hours']).toBe('4');
      expect(r.annotations.some((a) => a.level === 'warning' && /4 of 5 CPU-hours used \(80 %\)/.test(a.message))).toBe(true);
      expect(fake.requests.map((q) => q.path)).toEqual(['/repos/acme/app', '/repos/acme/app/actions/runs', '/repos/acme/app/actions/runs/1/jobs']);
      expect(fake.requests.every((q) => q.authorization === `token ${token}`)).toBe(true);
      expect(r.allOutputText).not.toContain(token);
      const over = await runAction(BUNDLE, { workspace: repo.dir, inputs: { token, checks: 'ci-budget', 'cpu-hour-budget': '3', 'fail-on-budget': 'true' }, env: { GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'acme/app' } });
      expect(over.failed).toBe(true);
      expect(over.failures[0]).toMatch(/4 CPU-hours over the budget of 3 \(fail-on-budget\)/);
      expect(JSON.parse(readFileSync(over.outputs['report-file'], 'utf8')).data.cpuHours).toBe(4);
    } finally {
      await fake.close();
    }
  });

  it('submodule writers on this GitHub (GITHUB_SERVER_URL), through GITHUB_API_URL; other hosts are not asked', async () => {
    const sup = makeRepo('bulkhead-pa-ghes-');
    try {
      sup.commit('init', { 'README.md': 'x\n' });
      for (const [path, url] of [['deps/w', 'https://ghe.example.test/acme/widgets.git'], ['deps/o', 'https://github.com/acme/other.git']]) {
        sup.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', lib.dir, path);
        sup.git('config', '-f', '.gitmodules', `submodule.${path}.url`, url);
      }
      sup.commit('deps');
      const fake = await startFakeGitHub({
        '/repos/{owner}/{repo}': () => ({ body: bodies.repository('acme/widgets', 'internal') }),
        '/repos/{owner}/{repo}/collaborators': () => [bodies.collaborator('ci-bot', 'push', 1), bodies.collaborator('mallory', 'push', 2)],
        '/repos/{owner}/{repo}/teams': () => [],
      });
      try {
        const r = await runAction(BUNDLE, { workspace: sup.dir, inputs: { token: 'ghes-test-token-not-a-credential', checks: 'submodules', 'submodule-writers': 'ci-bot' }, env: { GITHUB_API_URL: fake.url, GITHUB_SERVER_URL: 'https://ghe.example.test' } });
        expect(fake.invalid).toEqual([]);
        expect(r.failed, r.phases.main?.stdout).toBe(true);
        expect(r.failures[0]).toMatch(/1 finding at or above fail-on 'high'/);
        expect(fake.requests.map((q) => q.path)).toEqual(['/repos/acme/widgets', '/repos/acme/widgets/collaborators', '/repos/acme/widgets/teams']);
        const report = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8'));
        expect(report.data.findings.map((f: { ruleId: string; properties?: { writer?: string } }) => [f.ruleId, f.properties?.writer])).toEqual([['submodules/unexpected-writer', 'mallory']]);
        expect(report.data.submodules.find((x: { path: string }) => x.path === 'deps/w')).toMatchObject({ visibility: 'internal', writers: ['user:ci-bot', 'user:mallory'] });
      } finally {
        await fake.close();
      }
    } finally {
      sup.cleanup();
    }
  });
});
