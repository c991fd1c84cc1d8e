// .github/workflows/nightly-audit.yml run job by job as written, two nights in a row, on a real repository with
// planted secrets: the `run:` scripts in bash, secret-scan and diff-telemetry as their dist/ bundles through the
// runner-contract harness, the Bulkhead CLI steps against this checkout's CLI sources (what dist/cli is built
// from), and the other actions (checkout, artifacts, cache, upload-sarif) emulated on local directories.
// The merged SARIF must hold exactly the findings of one unsharded history scan, the telemetry history must grow
// across nights through the cache, old reports must be pruned, and a missing shard must fail the merge.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FileHistoryStore } from '../../packages/core/src/diff/index.ts';
import { ROOT } from '../../scripts/bundle.ts';
import { makeRepo } from '../support/git-repo.ts';
import { sarifValidationErrors } from '../support/sarif-validator.ts';
import { generateSecret, makeRng } from '../support/secret-gen.ts';
import { parseWorkflow, REPO_SLUG } from '../support/workflow-checks.ts';
import { runJob, type JobContext, type JobResult, type Value } from '../support/workflow-run.ts';

const wf = parseWorkflow(readFileSync(join(ROOT, '.github/workflows/nightly-audit.yml'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'bulkhead-nightly-'));
const origin = makeRepo();
afterAll(() => {
  origin.cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

const rng = makeRng(1313);
const RULES = ['github-pat-classic', 'slack-bot-token', 'npm-access-token', 'gitlab-pat'];
const planted: string[] = [];
function commitSecret(i: number): string {
  planted.push(RULES[i]);
  return origin.commit(`config ${i}`, { [`svc${i}/config.txt`]: `token = ${generateSecret(RULES[i], rng).text}\n` });
}

/** The fingerprints of a SARIF log (what code scanning deduplicates by). */
const fingerprints = (file: string): string[] =>
  JSON.parse(readFileSync(file, 'utf8'))
    .runs.flatMap((r: { results: { partialFingerprints: Record<string, string> }[] }) => r.results.map((x) => Object.values(x.partialFingerprints).join('|')))
    .sort();

// State that outlives a job: artifacts of the current run, and the Actions cache (branch-scoped, across runs).
let artifacts = new Map<string, string>();
const cache = new Map<string, string>();
let uploadedSarif: string[] = [];
const historySarif = () => uploadedSarif.find((f) => f.endsWith('bulkhead-secret-scan-history.sarif'))!;

const copyInto = (from: string, to: string) => {
  mkdirSync(to, { recursive: true });
  cpSync(from, join(to, basename(from)), { recursive: true });
};
const store = (kind: string, key: string) => join(tmp, kind, key.replace(/[^\w.-]/g, '_'));

const ACTIONS: JobContext['actions'] = {
  'actions/checkout': (w, ctx) => {
    expect(w['persist-credentials']).toBe('false');
    if (w.repository === REPO_SLUG) {
      // The committed bundle of the named release, emulated by this checkout's CLI sources.
      expect(w['sparse-checkout']).toBe('dist/cli');
      expect(w.ref).toBe(ctx.inputs['bulkhead-ref']);
      const shim = join(ctx.workspace, w.path, 'dist/cli/index.js');
      mkdirSync(dirname(shim), { recursive: true });
      writeFileSync(shim, `import ${JSON.stringify(pathToFileURL(join(ROOT, 'packages/cli/src/index.ts')).href)};\n`);
      return;
    }
    expect(w['fetch-depth']).toBe('0');
    execFileSync('git', ['clone', '-q', pathToFileURL(origin.dir).href, ctx.workspace], { stdio: 'pipe' });
  },
  'actions/setup-node': (w) => void expect(w['node-version']).toBe('24'),
  'actions/upload-artifact': (w, ctx) => {
    const path = resolve(ctx.workspace, w.path);
    if (!existsSync(path)) throw new Error(`upload-artifact: no files at ${w.path}`);
    const dir = store('artifacts', w.name);
    rmSync(dir, { recursive: true, force: true });
    if (w.path.endsWith('/')) cpSync(path, dir, { recursive: true });
    else copyInto(path, dir);
    artifacts.set(w.name, dir);
  },
  'actions/download-artifact': (w, ctx) => {
    const dest = resolve(ctx.workspace, w.path);
    const pattern = w.pattern ? new RegExp(`^${w.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`) : undefined;
    const names = [...artifacts.keys()].filter((n) => (pattern ? pattern.test(n) : n === w.name));
    if (names.length === 0) throw new Error(`download-artifact: no artifact ${w.name ?? w.pattern}`);
    for (const n of names) cpSync(artifacts.get(n)!, w.name || w['merge-multiple'] === 'true' ? dest : join(dest, n), { recursive: true });
  },
  'actions/cache/restore': (w, ctx) => {
    const hit = cache.get(w.key) ?? [...cache.entries()].filter(([k]) => k.startsWith(w['restore-keys'])).map(([, d]) => d).pop();
    if (hit) cpSync(hit, join(ctx.workspace, w.path), { recursive: true });
    return { 'cache-hit': String(cache.has(w.key)) };
  },
  'actions/cache/save': (w, ctx) => {
    if (cache.has(w.key)) throw new Error(`cache key ${w.key} exists already`);
    const dir = store('cache', w.key);
    cpSync(join(ctx.workspace, w.path), dir, { recursive: true });
    cache.set(w.key, dir);
  },
  'github/codeql-action/upload-sarif': (w, ctx) => {
    const file = join(ctx.workspace, w.sarif_file);
    expect(Object.values(sarifValidationErrors([file])).flat()).toEqual([]);
    uploadedSarif.push(file);
  },
};

const INPUTS: Record<string, Value> = {
  ...Object.fromEntries(Object.entries(wf.on!.workflow_call!.inputs!).map(([k, v]) => [k, (v as { default?: Value }).default])),
  shards: 3,
  'keep-runs': 1,
  'dashboard-title': 'Nightly test audit',
};

async function job(name: string, runId: number, extra: Partial<JobContext> = {}): Promise<JobResult> {
  const workspace = mkdtempSync(join(tmp, `${name}-`));
  const runnerTemp = mkdtempSync(join(tmp, `${name}-temp-`));
  return runJob(wf.jobs[name], {
    workspace,
    runnerTemp,
    inputs: INPUTS,
    github: { run_id: String(runId), run_attempt: '1', run_number: String(runId), event_name: 'schedule', sha: origin.git('rev-parse', 'HEAD'), workflow: 'Nightly' },
    actions: ACTIONS,
    ...extra,
  });
}

async function night(runId: number) {
  artifacts = new Map();
  uploadedSarif = [];
  const plan = await job('plan', runId);
  expect(plan.result).toBe('success');
  const shards = JSON.parse(plan.outputs.shards) as number[];
  const scans: JobResult[] = [];
  for (const shard of shards) scans.push(await job('scan', runId, { matrix: { shard }, needs: { plan: { result: 'success', outputs: plan.outputs } } }));
  const scanNeeds = { scan: { result: scans.every((s) => s.result === 'success') ? 'success' : 'failure', outputs: {} } };
  const merge = await job('merge', runId, { needs: scanNeeds });
  const policy = await job('policy', runId);
  const policyNeeds = { policy: { result: policy.result, outputs: policy.outputs } };
  const codeScanning = await job('code-scanning', runId, { needs: { merge: { result: merge.result, outputs: merge.outputs }, ...policyNeeds } });
  const telemetry = await job('telemetry', runId, { needs: { ...scanNeeds, ...policyNeeds } });
  return { shards, scans, merge, policy, codeScanning, telemetry };
}

/** Findings of one unsharded history scan of the origin, by the CLI: what the merged shards must equal. */
function fullScan(): string[] {
  const out = join(tmp, `full-${Date.now()}.sarif`);
  const r = spawnSync(process.execPath, [join(ROOT, 'packages/cli/src/index.ts'), 'secret-scan', origin.dir, '--history', '--format', 'sarif', '--output', out], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(1);
  return fingerprints(out);
}

describe('nightly-audit.yml, run as written', () => {
  let windowBase = '';

  it('night 1: every shard reports, the merge equals one full scan, telemetry measures the window, the dashboard is published', async () => {
    origin.commit('readme', { 'README.md': 'hello\n' });
    commitSecret(0);
    windowBase = commitSecret(1);
    // The window starts one second after windowBase was committed, so the newest commit before it is windowBase.
    const after = Number(origin.git('show', '-s', '--format=%ct', windowBase)) + 1;
    origin.commit('later', { 'src/a.txt': 'a\n' });
    INPUTS.window = new Date(after * 1000).toISOString();

    const n = await night(101);
    expect(n.shards).toEqual([1, 2, 3]);
    for (const s of n.scans) {
      expect(Object.keys(s.steps)).toContain('scan');
      expect(s.steps.scan.outcome).not.toBe('skipped');
    }
    // Shards holding a finding fail their job (fail-on's default), yet every shard's reports were kept.
    expect(n.scans.filter((s) => s.result === 'failure').length).toBeGreaterThan(0);
    expect([...artifacts.keys()].filter((k) => k.startsWith('bulkhead-audit-shard-')).sort()).toEqual(['bulkhead-audit-shard-1', 'bulkhead-audit-shard-2', 'bulkhead-audit-shard-3']);

    expect(n.merge.result, JSON.stringify(n.merge.steps, null, 1)).toBe('success');
    expect(n.policy.result, JSON.stringify(n.policy.steps, null, 1)).toBe('success');
    expect(n.codeScanning.result, JSON.stringify(n.codeScanning.steps, null, 1)).toBe('success');
    expect(uploadedSarif.map((f) => basename(f)).sort()).toEqual(['bulkhead-secret-scan-history.sarif', 'policy-audit.sarif']);
    const merged = fingerprints(historySarif());
    expect(merged).toHaveLength(planted.length);
    expect(merged).toEqual(fullScan());
    expect(n.merge.outputs.findings).toBe(String(planted.length));

    expect(n.telemetry.result, JSON.stringify(n.telemetry.steps, null, 1)).toBe('success');
    const report = JSON.parse(readFileSync(n.telemetry.steps.telemetry.outputs['report-file'], 'utf8'));
    expect(report.data.range.base).toBe(windowBase);
    expect(cache.has('bulkhead-audit-101-1')).toBe(true);
    const state = cache.get('bulkhead-audit-101-1')!;
    expect(await new FileHistoryStore(join(state, 'history.json')).load()).toHaveLength(1);
    expect(readdirSync(join(state, 'reports'))).toEqual(['101']);
    const dashboardLog = Object.values(n.telemetry.steps).map((s) => s.log).join('\n');
    // The three shards' secret-scan reports and policy-audit's.
    expect(dashboardLog).toMatch(/wrote site\/index\.html: 1 history records?, 4 reports/);
    const html = readFileSync(join(artifacts.get('bulkhead-dashboard')!, 'index.html'), 'utf8');
    expect(html).toContain('Nightly test audit');
  }, 600_000);

  it('night 2: the history grows through the cache, reports older than keep-runs are pruned, the new secret is found', async () => {
    commitSecret(2);
    const n = await night(102);
    expect(n.merge.result).toBe('success');
    const merged = fingerprints(historySarif());
    expect(merged).toHaveLength(planted.length);
    expect(merged).toEqual(fullScan());
    expect(n.telemetry.result, JSON.stringify(n.telemetry.steps, null, 1)).toBe('success');
    const state = cache.get('bulkhead-audit-102-1')!;
    const history = await new FileHistoryStore(join(state, 'history.json')).load();
    expect(history.map((r) => r.runId.replace(/-\d+$/, '')).sort()).toEqual(['101', '102']);
    expect(readdirSync(join(state, 'reports'))).toEqual(['102']);
  }, 600_000);

  it('a shard that did not report fails the merge instead of merging part of the history', async () => {
    artifacts.delete('bulkhead-audit-shard-2');
    const merge = await job('merge', 103, { needs: { scan: { result: 'failure', outputs: {} } } });
    expect(merge.result).toBe('failure');
    const log = Object.values(merge.steps).map((s) => s.log).join('\n');
    expect(log).toMatch(/2 of 3 shards reported SARIF/);
  }, 120_000);
});
