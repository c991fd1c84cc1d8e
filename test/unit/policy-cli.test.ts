// `bulkhead policy-audit` through the CLI dispatcher: --write makes a reference `sha256sum -c` accepts, exit
// codes 0 / 1 / 2, the report formats, and ci-budget with GITHUB_TOKEN / GITHUB_API_URL against the local
// API server (every response validated against GitHub's OpenAPI description).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../packages/cli/src/main.ts';
import { makeRepo, type TempRepo } from '../support/git-repo.ts';
import { startCiBudgetGitHub, type FakeGitHub } from '../support/fake-github-api.ts';

let repo: TempRepo;
let fake: FakeGitHub;
const TOKEN = 'cli-test-token-not-a-credential';

async function cli(argv: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await main(['policy-audit', ...argv], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: repo.dir, env });
  return { code, out, err };
}

beforeAll(async () => {
  repo = makeRepo('bulkhead-pa-cli-');
  repo.commit('init', { 'tools/a.bin': 'aaa\n', 'tools/b.bin': 'bbb\n', 'src/x.c': 'int x;\n' });
  fake = await startCiBudgetGitHub();
});
afterAll(async () => {
  repo?.cleanup();
  await fake?.close();
});

describe('bulkhead policy-audit', () => {
  it('--write makes the reference, sha256sum -c accepts it, and a clean audit exits 0', async () => {
    const w = await cli(['--checks', 'binary-drift', '--binaries', 'tools/*.bin', '--reference', 'SHA256SUMS', '--write']);
    expect(w.code, w.err).toBe(0);
    expect(w.err).toContain('wrote 2 checksums to SHA256SUMS');
    const c = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: repo.dir, encoding: 'utf8' });
    expect(c.status, c.stdout + c.stderr).toBe(0);
    expect(c.stdout).toBe('tools/a.bin: OK\ntools/b.bin: OK\n');
    const r = await cli(['--checks', 'binary-drift', '--binaries', 'tools/*.bin', '--reference', 'SHA256SUMS']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('no findings');
  });

  it('a drifted binary exits 1; --format sarif and json carry it', async () => {
    repo.write('tools/b.bin', 'BBB\n');
    const sarif = await cli(['--checks', 'binary-drift', '--binaries', 'tools/*.bin', '--reference', 'SHA256SUMS', '--format', 'sarif']);
    expect(sarif.code).toBe(1);
    expect(JSON.parse(sarif.out).runs[0].results.map((r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual([['binary-drift/drifted', 'tools/b.bin']]);
    const json = await cli(['--checks', 'binary-drift', '--binaries', 'tools/*.bin', '--reference', 'SHA256SUMS', '--format', 'json', '--fail-on', 'none']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).data.drift.drifted).toEqual(['tools/b.bin']);
  });

  it('usage errors exit 2 with one line: --write without a reference, an unknown check', async () => {
    expect((await cli(['--write', '--binaries', 'tools/*'])).code).toBe(2);
    const bad = await cli(['--checks', 'drift']);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
  });

  it('ci-budget with GITHUB_TOKEN and GITHUB_API_URL: 2 h on macos-14 (3 cores) is 6 CPU-hours', async () => {
    const r = await cli(['--checks', 'ci-budget', '--repository', 'acme/app', '--cpu-hour-budget', '5', '--fail-on-budget', '--format', 'json'], { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url });
    expect(fake.invalid).toEqual([]);
    expect(r.code, r.err).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.data.cpuHours).toBe(6);
    expect(report.data.budget).toMatchObject({ failed: true, byRunner: { 'macos-14': 6 } });
    expect(fake.requests.every((q) => q.authorization === `token ${TOKEN}`)).toBe(true);
    const noToken = await cli(['--checks', 'ci-budget', '--repository', 'acme/app', '--cpu-hour-budget', '5']);
    expect(noToken.code).toBe(2);
    expect(noToken.err).toContain('token');
  });
});

it('the ai-files file of the CLI run lists what agents touched', async () => {
  repo.commit('Add c\n\nAssisted-by: some-agent', { 'src/c.c': 'int c;\n' });
  const r = await cli(['--checks', 'ai-provenance', '--ai-files-file', 'ai.txt']);
  expect(r.code).toBe(0);
  // The commit (git add -A) also took SHA256SUMS and the changed tools/b.bin: git's own list of its files.
  expect(readFileSync(join(repo.dir, 'ai.txt'), 'utf8')).toBe(repo.git('show', '--name-only', '--format=', 'HEAD') + '\n');
  expect(readFileSync(join(repo.dir, 'ai.txt'), 'utf8')).toContain('src/c.c\n');
});

it("diff-telemetry's history takes cpu-hours from the policy-audit report, and the dashboard plots it", async () => {
  const report = join(repo.dir, '..', `pa-cli-report-${process.pid}.json`);
  const hist = join(repo.dir, '..', `pa-cli-history-${process.pid}.json`);
  const html = join(repo.dir, '..', `pa-cli-dashboard-${process.pid}.html`);
  const r = await cli(['--checks', 'ci-budget', '--repository', 'acme/app', '--cpu-hour-budget', '50', '--format', 'json', '--output', report], { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: fake.url });
  expect(r.code, r.err).toBe(0);
  let out = '';
  const io = { stdout: (t: string) => (out += t), stderr: () => {}, cwd: repo.dir, env: {} };
  expect(await main(['diff-telemetry', '--base', 'HEAD~1', '--reports', report, '--history', `file:${hist}`], io)).toBe(0);
  const records = JSON.parse(readFileSync(hist, 'utf8')).records;
  expect(records.at(-1).cpuHours).toBe(JSON.parse(readFileSync(report, 'utf8')).data.cpuHours);
  expect(records.at(-1).cpuHours).toBe(6);
  expect(await main(['dashboard', hist, '--output', html], io)).toBe(0);
  const page = readFileSync(html, 'utf8');
  expect(page).toContain('data-testid="chart-cpu-hours"');
  expect(page).toMatch(/<title>[^<]*: 6 h<\/title>/);
});

