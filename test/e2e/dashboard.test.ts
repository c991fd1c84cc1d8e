// `bulkhead dashboard` over REAL reports, in a real browser. Two pipelines run the CLI in a temp git repo with the
// runner's variables set (GITHUB_WORKFLOW, GITHUB_RUN_NUMBER, GITHUB_RUN_ID): diff-telemetry keeps a history file,
// secret-scan (tree and history shards), policy-audit (binary-drift and ci-budget against the local GitHub API),
// double-write (two file:// stores) and oauth-signature-gate (an issuer that refuses connections: closed) write
// their JSON reports. egress-gate needs nft and a network namespace, so its report is made by the engine's own
// parsers from `nft -j` set and DNS-proxy log text. One pipeline's name is hostile markup. Chromium (from npm,
// test/support/chromium.ts) opens the page from disk; we check what a person sees and keep a screenshot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildResult, egressJson } from '../../packages/core/src/egress/index.ts';
import { serializeJson, setReportRun } from '../../packages/core/src/report/index.ts';
import { DIFF_CHARTS } from '../../packages/core/src/dashboard/index.ts';
import { launchChromium } from '../support/chromium.ts';
import { startCiBudgetGitHub, type FakeGitHub } from '../support/fake-github-api.ts';
import { gitEnv, makeRepo, type TempRepo } from '../support/git-repo.ts';
import { generateSecret, makeRng } from '../support/secret-gen.ts';

const CLI = resolve('packages/cli/src/index.ts');
const HOSTILE = `release <img src=x onerror="alert(1)"> & "co" <script>alert(2)</script>`;
const CLEAN = 'nightly';
const TOKEN = 'dashboard-test-token-not-a-credential';
/** GitHub run ids are internal: the page must show run numbers instead. */
const runId = (n: number) => String(7_700_000 + n);

interface Run {
  workflow: string;
  number: number;
}

let repo: TempRepo;
let dir: string;
let fake: FakeGitHub;
let browser: Browser;

/** The CLI as a workflow step runs it: its own process, the runner's variables for `run`. */
function cli(args: string[], run: Run | null, extra: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('BULKHEAD_')));
  const env = {
    ...base,
    ...gitEnv(),
    ...(run ? { GITHUB_WORKFLOW: run.workflow, GITHUB_RUN_NUMBER: String(run.number), GITHUB_RUN_ID: runId(run.number), GITHUB_REPOSITORY: 'acme/app' } : {}),
    ...extra,
  };
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd: repo.dir, env, timeout: 120_000, maxBuffer: 1 << 26 }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

const reports = () => join(dir, 'reports');
const history = () => join(dir, 'history.json');
const read = (name: string) => JSON.parse(readFileSync(join(reports(), name), 'utf8'));

async function diffTelemetry(run: Run, name: string): Promise<void> {
  const r = await cli(['diff-telemetry', '.', '--base', 'HEAD~1', '--history', `file:${history()}`, '--report-file', join(reports(), name)], run);
  expect(r.code, r.stderr).toBe(0);
}

async function secretScan(run: Run, name: string, extra: string[] = []): Promise<number> {
  const r = await cli(['secret-scan', '.', ...extra, '--format', 'json', '--output', join(reports(), name)], run);
  expect([0, 1], r.stderr).toContain(r.code);
  return r.code;
}

/** egress-gate's report from the engine's parsers: one blocked connection (8 packets) and one refused DNS name. */
function egressReport(run: Run, name: string): void {
  const now = Date.now();
  const tableJson = JSON.stringify({
    nftables: [{ set: { name: 'blocked4', timeout: 3600, elem: [{ elem: { val: { concat: ['203.0.113.9', 'tcp', 443] }, expires: 3500, counter: { packets: 8, bytes: 480 } } }] } }],
  });
  const proxyLog = [
    { t: new Date(now - 3000).toISOString(), name: 'exfil.example.net', type: 'A', verdict: 'blocked', why: 'not on the allow-list', addresses: [] },
    { t: new Date(now - 2000).toISOString(), name: 'exfil.example.net', type: 'AAAA', verdict: 'blocked', why: 'not on the allow-list', addresses: [] },
    { t: new Date(now - 1000).toISOString(), name: 'registry.npmjs.org', type: 'A', verdict: 'allowed', why: 'allow-list', addresses: ['198.51.100.7'] },
  ].map((l) => JSON.stringify(l)).join('\n');
  const result = buildResult({ mode: 'block', tableJson, proxyLog, watchdogLog: '', nowMs: now, tableRemoved: true, resolverRestored: true });
  setReportRun({ workflow: run.workflow, number: run.number, id: runId(run.number) });
  writeFileSync(join(reports(), name), serializeJson(egressJson(result, new Date(now).toISOString())));
  setReportRun(undefined);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-dashboard-'));
  mkdirSync(reports());
  repo = makeRepo('bulkhead-dashboard-repo-');
  fake = await startCiBudgetGitHub();
  browser = await launchChromium();

  const hostile = (number: number): Run => ({ workflow: HOSTILE, number });
  const clean = (number: number): Run => ({ workflow: CLEAN, number });
  repo.commit('base', { 'README.md': '# app\n', 'tools/a.bin': 'aaa\n', 'tools/b.bin': 'bbb\n' });

  // nightly #7 and hostile #40: ordinary changes, clean scans.
  repo.commit('feature one', { 'src/one.ts': 'export const one = 1;\n'.repeat(40) });
  await diffTelemetry(clean(7), 'nightly-7-diff.json');
  expect(await secretScan(clean(7), 'nightly-7-secrets.json')).toBe(0);
  repo.commit('feature two', { 'src/two.ts': 'export const two = 2;\n'.repeat(90) });
  await diffTelemetry(hostile(40), 'hostile-40-diff.json');
  expect(await secretScan(hostile(40), 'hostile-40-secrets.json')).toBe(0);

  // hostile #41: a generated credential and a leak-pattern file, scanned as two shards (tree and history);
  // a closed gate, and blocked egress.
  const secret = generateSecret('gitlab-pat', makeRng(13)).text;
  repo.commit('config', { 'src/config.py': `${secret}\n`, 'deploy/prod.leak': 'x\n' });
  await diffTelemetry(hostile(41), 'hostile-41-diff.json');
  expect(await secretScan(hostile(41), 'hostile-41-secrets-tree.json')).toBe(1);
  expect(await secretScan(hostile(41), 'hostile-41-secrets-history.json', ['--history'])).toBe(1);
  writeFileSync(join(dir, 'artifact.bin'), 'build output\n');
  const gate = await cli(['oauth-signature-gate', '--artifact', join(dir, 'artifact.bin'), '--issuer', 'http://127.0.0.1:9', '--allow-insecure-http', '--client-id', 'deployer', '--client-secret', 'not-a-secret', '--timeout', '2s', '--report-file', join(reports(), 'hostile-41-gate.json')], hostile(41));
  expect(gate.code, gate.stderr).toBe(1);
  egressReport(hostile(41), 'hostile-41-egress.json');

  // nightly #8: the leak-pattern file is gone again; policy-audit (a drifted binary, CI budget) and a verified double-write.
  repo.git('rm', '-q', 'deploy/prod.leak', 'src/config.py');
  repo.commit('remove the config');
  await diffTelemetry(clean(8), 'nightly-8-diff.json');
  expect(await secretScan(clean(8), 'nightly-8-secrets.json')).toBe(0);
  expect((await cli(['policy-audit', '--checks', 'binary-drift', '--binaries', 'tools/*.bin', '--reference', join(dir, 'SHA256SUMS'), '--write'], null)).code).toBe(0);
  repo.write('tools/b.bin', 'BBB\n');
  const pa = await cli(
    ['policy-audit', '--checks', 'binary-drift,ci-budget', '--binaries', 'tools/*.bin', '--reference', join(dir, 'SHA256SUMS'), '--repository', 'acme/app', '--cpu-hour-budget', '5', '--fail-on', 'none', '--format', 'json', '--output', join(reports(), 'nightly-8-policy.json')],
    clean(8),
    { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url },
  );
  expect(pa.code, pa.stderr).toBe(0);
  const dw = await cli(['double-write', '--source', join(dir, 'artifact.bin'), '--primary', `file://${join(dir, 'store-a')}`, '--secondary', `file://${join(dir, 'store-b')}`, '--report-file', join(reports(), 'nightly-8-double-write.json')], clean(8));
  expect(dw.code, dw.stderr).toBe(0);

  // What a downloaded artifact folder also holds: a SARIF log, a report of a kind the dashboard does not read, and
  // an artifact downloaded twice (it must count once: the gate table below has one row).
  mkdirSync(join(reports(), 'again'));
  writeFileSync(join(reports(), 'again', 'gate.json'), readFileSync(join(reports(), 'hostile-41-gate.json')));
  writeFileSync(join(reports(), 'secrets.sarif.json'), JSON.stringify({ version: '2.1.0', runs: [] }));
  writeFileSync(join(reports(), 'other.json'), JSON.stringify({ kind: 'bulkhead.frobnicate', schemaVersion: '1.0', generatedAt: new Date().toISOString(), data: {} }));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await fake?.close();
  repo?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(file: string): Promise<{ page: Page; offsite: () => string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  return { page, offsite: () => requests.filter((u) => u !== url), errors };
}

/** Severity counts of the findings in `files`, one per fingerprint: what the page's table must show. */
function severityCounts(files: string[]): Record<string, number> {
  const seen = new Map<string, string>();
  for (const f of files) for (const x of read(f).data.findings) seen.set(x.fingerprint, x.severity);
  const out: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const s of seen.values()) out[s]++;
  return out;
}

/** A table's rows as text cells. */
async function rows(page: Page, testId: string): Promise<string[][]> {
  return page.getByTestId(testId).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from((tr as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells, (c) => c.textContent ?? '')));
}

describe('bulkhead dashboard over every action report, in chromium', () => {
  it('shows each section with units, run labels and the red flag on the leaking pipeline only', async () => {
    const out = join(dir, 'site', 'index.html');
    const r = await cli(['dashboard', history(), '--reports', reports(), '--output', out, '--title', 'Bulkhead <kit>'], null);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`; leak in the newest run of: ${HOSTILE}`);
    expect(r.stderr).toContain('secrets.sarif.json: not a Bulkhead report envelope');
    expect(r.stderr).toContain('report kind "bulkhead.frobnicate" is not one the dashboard reads');
    expect(r.stderr).toMatch(/hostile-41-gate\.json: the same bytes as .*again\/gate\.json; counted once/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<(script|img|link|iframe|object|embed|base)\b/i); // nothing to run or fetch

    const { page, offsite, errors } = await open(out);
    expect(await page.title()).toBe('Bulkhead <kit>');
    const headings = await page.locator('h2').allTextContents();
    expect(headings).toEqual([
      'Pipelines',
      'Secret findings by severity',
      'Blocked egress destinations',
      'Gate decisions (oauth-signature-gate)',
      'Double-write verifications',
      'Policy findings',
      'CI CPU-hours against the budget',
      'diff-telemetry trends',
      'Skipped inputs',
    ]);

    // Units on every axis of every chart.
    const charts = page.locator('svg[data-testid^="chart-"]');
    const ids = await charts.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(ids).toEqual(['chart-secrets', 'chart-egress', 'chart-egress-runs', 'chart-policy', 'chart-cpu-hours', ...DIFF_CHARTS.map((c) => `chart-${c}`)]);
    for (const id of ids) {
      // Laid out at its size (560 wide plus the 1px border), not collapsed or squeezed.
      expect((await page.getByTestId(id!).boundingBox())?.width, id!).toBe(562);
      const axes = await page.getByTestId(id!).locator('[data-testid="x-axis"], [data-testid="y-axis"]').allTextContents();
      expect(axes, id!).toHaveLength(2);
      for (const a of axes) expect(a, id!).toMatch(/\S/);
    }
    const axis = async (id: string) => page.getByTestId(id).locator('[data-testid="y-axis"]').textContent();
    expect(await axis('chart-secrets')).toBe('findings (count)');
    expect(await axis('chart-cpu-hours')).toBe('CPU-hours (h)');
    expect(await axis('chart-diff-size')).toBe('diff size (KiB)');
    expect(await page.getByTestId('chart-egress').locator('[data-testid="x-axis"]').textContent()).toBe('attempts (packets for connections, queries for DNS names)');
    expect(await page.getByTestId('chart-secrets').locator('[data-testid="x-axis"]').textContent()).toBe('run (workflow #number)');

    // Readable run labels: workflow and run number, never the internal run id.
    const secrets = await rows(page, 'secrets-table');
    expect(secrets.map((c) => c[0])).toEqual([`${CLEAN} #8`, `${HOSTILE} #41`, `${HOSTILE} #40`, `${CLEAN} #7`]);
    const text = await page.locator('body').innerText();
    for (const n of [7, 8, 40, 41]) expect(text).not.toContain(runId(n));
    // The history file names each run as the environment did, and its table shows those labels.
    expect(JSON.parse(readFileSync(history(), 'utf8')).records.map((x: { workflow: string; runNumber: number; runId: string }) => [x.workflow, x.runNumber, x.runId])).toEqual(
      [[CLEAN, 7], [HOSTILE, 40], [HOSTILE, 41], [CLEAN, 8]].map(([w, n]) => [w, n, runId(n as number)]),
    );
    expect((await rows(page, 'runs')).map((c) => c[0])).toEqual([`${CLEAN} #8`, `${HOSTILE} #41`, `${HOSTILE} #40`, `${CLEAN} #7`]);

    // Figures against the reports themselves: the two #41 shards count each secret once.
    const expected41 = severityCounts(['hostile-41-secrets-tree.json', 'hostile-41-secrets-history.json']);
    expect(expected41.critical + expected41.high + expected41.medium + expected41.low).toBeGreaterThan(0);
    expect(secrets[1].slice(2).map(Number)).toEqual([expected41.critical, expected41.high, expected41.medium, expected41.low, Object.values(expected41).reduce((a, b) => a + b, 0)]);
    expect(secrets[0].slice(2).map(Number)).toEqual([0, 0, 0, 0, 0]);
    // The chart's stacked segments say the same, one per severity present.
    const segments = await page.getByTestId('chart-secrets').locator('[data-testid="segment"] title').allTextContents();
    expect(segments.sort()).toEqual(Object.entries(expected41).filter(([, n]) => n > 0).map(([sev, n]) => `${HOSTILE} #41: ${n} ${sev} findings`).sort());
    expect(await page.getByTestId('chart-diff-size').locator('[data-testid="point"]').count()).toBe(4);
    const policy = read('nightly-8-policy.json').data;
    expect((await rows(page, 'policy-findings')).map((c) => c[1])).toEqual(policy.findings.map((f: { ruleId: string }) => f.ruleId));
    const budget = await rows(page, 'budget-table');
    expect(budget).toHaveLength(1);
    expect(budget[0].slice(0, 3)).toEqual([`${CLEAN} #8`, String(policy.budget.cpuHours), '5']);
    expect(policy.budget.cpuHours).toBeGreaterThan(0);
    const egress = read('hostile-41-egress.json').data.blocked as { destination: string; count: number }[];
    expect((await rows(page, 'egress-table')).map((c) => [c[0], Number(c[4])]).sort()).toEqual(egress.map((b) => [b.destination, b.count]).sort());
    const gates = await rows(page, 'gates-table');
    expect(gates.map((c) => [c[0], c[2], c[3]])).toEqual([[`${HOSTILE} #41`, 'closed', read('hostile-41-gate.json').data.reason]]);
    const dw = await rows(page, 'double-write-table');
    expect(dw.map((c) => [c[0], c[5], c[8]])).toEqual([[`${CLEAN} #8`, '2 of 2', 'verified']]);

    // The red flag: on the hostile pipeline (its newest run leaked), not on the clean one.
    const flag = page.getByTestId('pipeline-flag');
    expect(await flag.count()).toBe(1);
    expect(await flag.getAttribute('data-workflow')).toBe(HOSTILE);
    await expect(flag.isVisible()).resolves.toBe(true);
    expect(await flag.textContent()).toContain(`leak in the newest run ${HOSTILE} #41`);
    const bg = await flag.evaluate((e) => (globalThis as unknown as { getComputedStyle(el: unknown): { backgroundColor: string } }).getComputedStyle(e).backgroundColor);
    expect(bg).toBe('rgb(209, 36, 47)');
    const ok = page.getByTestId('pipeline-clean');
    expect(await ok.count()).toBe(1);
    expect(await ok.getAttribute('data-workflow')).toBe(CLEAN);
    expect(await ok.textContent()).toContain(`newest run ${CLEAN} #8 is clean`);

    // Hostile names are text: no element came from them.
    expect(await page.locator('script, img, [src], [href], [onerror]').count()).toBe(0);
    expect(text).toContain(HOSTILE);

    expect(errors).toEqual([]);
    expect(offsite()).toEqual([]);
    mkdirSync(resolve('test-results'), { recursive: true });
    await page.screenshot({ path: resolve('test-results/dashboard.png'), fullPage: true });
    await page.close();
  });

  it('a --reports value that matches nothing is one line naming the flag', async () => {
    const r = await cli(['dashboard', '--reports', join(dir, 'nowhere', '*.json'), '--output', join(dir, 'x.html')], null);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bulkhead: Option '--reports': .*nowhere\/\*\.json matches no file\. Fix: /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    // Neither reports nor a history: nothing to draw.
    const none = await cli(['dashboard', join(dir, 'no-history.json'), '--output', join(dir, 'x.html')], null);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^bulkhead: Option '--reports': nothing to show: no --reports given and .*no-history\.json has no runs/);
  });

  it('reports without a history (a first nightly run): a note, and the trends section says what is missing', async () => {
    const out = join(dir, 'first.html');
    const r = await cli(['dashboard', join(dir, 'no-history.json'), '--reports', join(reports(), 'nightly-8-*.json'), '--output', out], null);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('no-history.json: no diff-telemetry runs (missing or empty); trends left empty');
    const { page, errors } = await open(out);
    expect(await page.getByTestId('section-diff').textContent()).toContain('No diff-telemetry history given (--history).');
    expect(await page.getByTestId('pipeline-clean').getAttribute('data-workflow')).toBe(CLEAN);
    expect(await page.getByTestId('pipeline-flag').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
