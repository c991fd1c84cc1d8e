// secret-scan's dist bundle driven exactly as the runner drives it, over real git repositories.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, existsSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { runAction, type HarnessResult } from '../support/harness.ts';
import { makeRepo, shallowClone, type TempRepo } from '../support/git-repo.ts';
import { generateSecret, makeRng } from '../support/secret-gen.ts';
import { makeZip, zipBomb } from '../support/archives.ts';

const BUNDLE = resolve('dist/secret-scan');
const rng = makeRng(20261124);
const ghp = generateSecret('github-pat-classic', rng);
const slack = generateSecret('slack-bot-token', rng);
const stripe = generateSecret('stripe-live-secret-key', rng);
const openai = generateSecret('openai-project-key', rng);
const planted = [ghp, slack, stripe, openai].map((g) => g.secret);

/** Everything the step wrote: logs, summary, outputs, state and the report files it names. */
function everything(r: HarnessResult): string {
  // `::add-mask::` commands are consumed by the runner (that is how masking works), never shown: drop them.
  let all = r.allOutputText.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
  // A report file the step names must be there: a missing one would make this check pass on nothing.
  for (const k of ['sarif-file', 'report-file']) {
    if (!r.outputs[k]) continue;
    expect(existsSync(r.outputs[k]), `${k} output names ${r.outputs[k]}, which does not exist`).toBe(true);
    all += readFileSync(r.outputs[k], 'utf8');
  }
  return all;
}

function expectNoSecret(r: HarnessResult): void {
  const all = everything(r);
  for (const s of planted) expect(all.includes(s), 'a planted secret was printed').toBe(false);
}

let repo: TempRepo;
let c0: string, c1: string, c2: string, c3: string;

beforeAll(() => {
  expect(existsSync(join(BUNDLE, 'index.js')), 'run npm run bundle first').toBe(true);
  repo = makeRepo();
  c0 = repo.commit('clean base', { 'README.md': '# app\n', 'src/app.js': 'export const x = 1;\n' });
  repo.git('update-ref', 'refs/remotes/origin/main', c0);
  repo.git('checkout', '-q', '-b', 'feature');
  c1 = repo.commit('add config', { 'src/config.js': `// settings\n${ghp.text}\n` });
  c2 = repo.commit('remove token, add slack', { 'src/config.js': '// settings\n', 'deploy/notify.py': `import os\n${slack.text}\n` });
  c3 = repo.commit('docs', { 'docs/guide.md': 'nothing to see\n' });
});
afterAll(() => repo?.cleanup());

const pr = (base: string, head: string) => ({ pull_request: { number: 7, commits: 3, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' }, labels: [], created_at: '2026-11-20T10:00:00Z' } });

describe('secret-scan action (dist bundle)', () => {
  it('pull_request: scans only the PR commits, finds a secret deleted in a later commit, fails, never prints it', async () => {
    const r = await runAction(BUNDLE, { workspace: repo.dir, eventName: 'pull_request', payload: pr(c0, c3) });
    expect(r.exitCode).toBe(1);
    expect(r.failed).toBe(true);
    expect(Number(r.outputs.findings)).toBe(2);
    const report = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8'));
    const byRule = Object.fromEntries(report.data.findings.map((f: { ruleId: string; location: { commit: string } }) => [f.ruleId, f.location.commit]));
    expect(byRule['github-pat-classic']).toBe(c1);
    expect(byRule['slack-bot-token']).toBe(c2);
    // Masks are registered for every value before anything printed; annotations point at file and line.
    for (const s of [ghp.secret, slack.secret]) expect(r.masks).toContain(s);
    expect(r.annotations.some((a) => a.level === 'error' && a.file === 'src/config.js' && a.line === 2)).toBe(true);
    expect(r.summary).toContain('github-pat-classic');
    expect(r.outputs.fingerprints.split('\n')).toHaveLength(2);
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8'));
    expect(sarif.runs[0].results[0].partialFingerprints).toBeTruthy();
    expectNoSecret(r);
  });

  it('push to a new branch (zero before): scans the commits not on the default branch', async () => {
    const r = await runAction(BUNDLE, {
      workspace: repo.dir,
      eventName: 'push',
      payload: { before: '0'.repeat(40), after: c3, created: true, commits: [], repository: { default_branch: 'main' } },
    });
    expect(r.exitCode).toBe(1);
    expect(Number(r.outputs.findings)).toBe(2);
    expectNoSecret(r);
  });

  it('push with base == head: nothing to scan, not an error', async () => {
    const r = await runAction(BUNDLE, { workspace: repo.dir, eventName: 'push', payload: { before: c3, after: c3, commits: [], repository: { default_branch: 'main' } } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.findings).toBe('0');
    expect(r.phases.main!.stdout).toContain('nothing new to check');
  });

  it('force-push whose old head is gone: falls back to the commits not on the default branch', async () => {
    const r = await runAction(BUNDLE, { workspace: repo.dir, eventName: 'push', payload: { before: 'a'.repeat(40), after: c3, forced: true, commits: [], repository: { default_branch: 'main' } } });
    expect(r.exitCode).toBe(1);
    expect(Number(r.outputs.findings)).toBe(2);
    expect(r.phases.main!.stdout).toContain('force-push');
  });

  it('push of one commit scans only before..after', async () => {
    const r = await runAction(BUNDLE, { workspace: repo.dir, eventName: 'push', payload: { before: c2, after: c3, commits: [{}], repository: { default_branch: 'main' } } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.findings).toBe('0');
  });

  it('merge_group: scans base_sha..head_sha', async () => {
    const r = await runAction(BUNDLE, { workspace: repo.dir, eventName: 'merge_group', payload: { merge_group: { base_sha: c1, head_sha: c3, head_ref: 'gh-readonly-queue/main/pr-7' } } });
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8'));
    expect(report.data.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['slack-bot-token']);
  });

  it('schedule: scans the working tree (the deleted token is not there, the slack one is)', async () => {
    const r = await runAction(BUNDLE, { workspace: repo.dir, eventName: 'schedule', payload: { schedule: '0 3 * * *' }, inputs: { 'fail-on': 'critical' } });
    const report = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8'));
    expect(report.data.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['slack-bot-token']);
    expect(report.data.findings[0].location.commit).toBeUndefined();
    // fail-on critical: a high finding is reported but does not fail the step.
    expect(r.exitCode).toBe(0);
    expectNoSecret(r);
  });

  it('fail-on: an input beats .bulkhead.yml, also when it equals the default; the config beats the default', async () => {
    const tree = makeRepo();
    try {
      tree.commit('slack', { 'notify.py': `${slack.text}\n` }); // one high finding
      const run = (inputs: Record<string, string>) => runAction(BUNDLE, { workspace: tree.dir, eventName: 'schedule', payload: {}, inputs });
      // The harness sends action.yml's defaults as INPUT_* exactly as the runner does.
      expect((await run({})).exitCode, 'no input, no config: default low fails on a high finding').toBe(1);
      expect((await run({ 'fail-on': 'critical' })).exitCode).toBe(0);
      writeFileSync(join(tree.dir, '.bulkhead.yml'), 'secret-scan:\n  fail-on: none\n');
      expect((await run({})).exitCode, 'config fail-on: none beats the default').toBe(0);
      const low = await run({ 'fail-on': 'low' });
      expect(low.exitCode, 'with: fail-on: low (the default) beats the config').toBe(1);
      expect(low.failed).toBe(true);
      expect((await run({ 'fail-on': 'high' })).exitCode, 'with: fail-on: high beats the config').toBe(1);
      expect((await run({ 'fail-on': 'critical' })).exitCode).toBe(0);
    } finally {
      tree.cleanup();
    }
  });

  it('shallow clone: deepens from the remote, or fails naming the fetch-depth when it cannot', async () => {
    const origin = makeRepo();
    try {
      const base = origin.commit('base', { 'a.txt': 'a\n' });
      for (let i = 0; i < 5; i++) origin.commit(`c${i}`, { [`f${i}.txt`]: `${i}\n` });
      const head = origin.commit('secret', { 'key.py': `${openai.text}\n` });
      const clone = shallowClone(origin, 1);
      try {
        const ok = await runAction(BUNDLE, { workspace: clone.dir, eventName: 'pull_request', payload: pr(base, head) });
        expect(ok.outputs.findings).toBe('1');
        expect(ok.exitCode).toBe(1);
        expectNoSecret(ok);
      } finally {
        clone.cleanup();
      }
      const cut = shallowClone(origin, 1);
      try {
        cut.git('remote', 'remove', 'origin');
        const r = await runAction(BUNDLE, { workspace: cut.dir, eventName: 'pull_request', payload: pr(base, head) });
        expect(r.exitCode).toBe(1);
        expect(r.failures.join('\n')).toMatch(/fetch-depth: \d+/);
        expect(r.outputs.findings).toBeUndefined();
        expect(r.phases.main!.stderr + r.phases.main!.stdout).not.toMatch(/\n\s+at /); // no stack trace for a user error
      } finally {
        cut.cleanup();
      }
    } finally {
      origin.cleanup();
    }
  });

  it('artifacts: finds secrets inside archives, flags a zip bomb and a .leak file, without crashing', async () => {
    const ws = makeRepo();
    try {
      ws.commit('init', { 'README.md': 'hi\n' });
      mkdirSync(join(ws.dir, 'out'), { recursive: true });
      writeFileSync(join(ws.dir, 'out/app.zip'), await makeZip([{ name: 'config/.env', data: `${stripe.text}\n` }, { name: 'index.html', data: '<p>ok</p>' }]));
      writeFileSync(join(ws.dir, 'out/bomb.zip'), zipBomb(300));
      writeFileSync(join(ws.dir, 'out/dump.leak'), 'internal dump\n');
      const r = await runAction(BUNDLE, { workspace: ws.dir, eventName: 'workflow_dispatch', payload: {}, inputs: { artifacts: 'out/*.zip\nout/*.leak' } });
      const report = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8'));
      const rules = report.data.findings.map((f: { ruleId: string; location: { path: string } }) => `${f.ruleId} ${f.location.path}`).sort();
      expect(rules).toContain('stripe-live-secret-key out/app.zip!/config/.env');
      expect(rules).toContain('archive-bomb out/bomb.zip');
      expect(rules.some((x: string) => x.startsWith('leak-pattern-file out/dump.leak'))).toBe(true);
      expect(r.exitCode).toBe(1);
      expectNoSecret(r);
    } finally {
      ws.cleanup();
    }
  });

  it('artifacts outside the workspace: an absolute glob is scanned, SARIF names the file by file:// URI', async () => {
    const ws = makeRepo();
    const build = mkdtempSync(join(tmpdir(), 'bulkhead-runner-temp-'));
    try {
      ws.commit('init', { 'README.md': 'hi\n' });
      mkdirSync(join(build, 'dist'));
      writeFileSync(join(build, 'dist/app.zip'), await makeZip([{ name: 'config/.env', data: `${stripe.text}\n` }]));
      const r = await runAction(BUNDLE, { workspace: ws.dir, eventName: 'workflow_dispatch', payload: {}, inputs: { artifacts: `${build}/dist/*.zip` } });
      expect(r.exitCode).toBe(1);
      const report = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8'));
      expect(report.data.findings.map((f: { ruleId: string; location: { path: string } }) => `${f.ruleId} ${f.location.path}`)).toEqual([
        `stripe-live-secret-key ${build}/dist/app.zip!/config/.env`,
      ]);
      const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8'));
      const loc = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
      expect(loc.uriBaseId).toBeUndefined();
      expect(fileURLToPath(loc.uri)).toBe(`${build}/dist/app.zip!/config/.env`);
      expectNoSecret(r);
    } finally {
      ws.cleanup();
      rmSync(build, { recursive: true, force: true });
    }
  });

  it('bad input: names the input and the fix in one line, no stack', async () => {
    const r = await runAction(BUNDLE, { workspace: repo.dir, eventName: 'push', payload: {}, inputs: { 'fail-on': 'severe' } });
    expect(r.exitCode).toBe(1);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toContain('fail-on');
    expect(r.failures[0]).toMatch(/low|medium|high|critical|none/);
    expect(r.phases.main!.stdout).not.toMatch(/\n\s+at /);
  });
});

describe('secret-scan never prints a secret (whole corpus through the bundle)', () => {
  it('no planted value appears in stdout, stderr, summary, annotations, outputs, SARIF or JSON', async () => {
    const { buildCorpus } = await import('../support/corpus.ts');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-leakcheck-'));
    try {
      const corpus = await buildCorpus(dir, 31337, { positives: 330, negatives: 60 });
      const r = await runAction(BUNDLE, { workspace: dir, eventName: 'workflow_dispatch', payload: {}, inputs: { 'sarif-file': 'out/scan.sarif', 'report-file': 'out/scan.json' } });
      expect(r.exitCode).toBe(1);
      expect(Number(r.outputs.findings)).toBeGreaterThanOrEqual(300);
      // Both report files were asked for, so both must be read by the check below.
      expect([r.outputs['sarif-file'], r.outputs['report-file']].map((f) => f && existsSync(f))).toEqual([true, true]);
      const all = everything(r);
      expect(all.length).toBeGreaterThan(10_000);
      const leaked = corpus.positives.filter((p) => all.includes(p.secret));
      expect(leaked.map((p) => p.ruleId)).toEqual([]);
      // And every value behind a finding (matched to the planted labels by rule, file and line in the
      // JSON report) was registered for masking: all of them, not a share.
      const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8')) as { data: { findings: { ruleId: string; location: { path: string; line?: number } }[] } };
      const reported = new Set(report.data.findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.line}`));
      const found = corpus.positives.filter((p) => reported.has(`${p.ruleId} ${p.path}:${p.line}`));
      expect(found.length).toBeGreaterThanOrEqual(corpus.positives.length * 0.95);
      const masks = new Set(r.masks);
      expect(found.filter((p) => !masks.has(p.secret)).map((p) => `${p.ruleId} ${p.path}:${p.line}`)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
