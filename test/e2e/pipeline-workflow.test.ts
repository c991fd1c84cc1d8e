// .github/workflows/pipeline.yml run job by job as written, on pushes to a real repository: the `run:` scripts in
// bash, secret-scan, diff-telemetry, double-write and oauth-signature-gate as their dist/ bundles through the
// runner-contract harness, with GitHub's artifact and cache services stood in for by the local fakes behind one
// ACTIONS_RESULTS_URL (as on GitHub, where both are the results service), and the authorization server over HTTPS.
// egress-gate is not started (it would change this host's firewall; its own tests use network namespaces): its
// inputs go through `egress-gate plan`. Checkout, artifacts and upload-sarif are emulated on local directories.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/bundle.ts';
import { startFakeArtifactService, type FakeArtifactService } from '../support/fake-artifact-service.ts';
import { startFakeCacheService, type FakeCacheService } from '../support/fake-cache-service.ts';
import { startOAuthServer, type OAuthServer } from '../support/oauth-server.ts';
import { makeRepo } from '../support/git-repo.ts';
import { generateSecret, makeRng } from '../support/secret-gen.ts';
import { sarifValidationErrors } from '../support/sarif-validator.ts';
import { startAzurite, type AzuriteServer } from '../support/storage-servers.ts';
import { parseWorkflow } from '../support/workflow-checks.ts';
import { evaluate, runJob, type JobContext, type JobResult, type Value } from '../support/workflow-run.ts';

const wf = parseWorkflow(readFileSync(join(ROOT, '.github/workflows/pipeline.yml'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'bulkhead-pipeline-'));
const origin = makeRepo();
let az: AzuriteServer;
let artifactSvc: FakeArtifactService;
let cacheSvc: FakeCacheService;
let router: Server;
let serviceEnv: Record<string, string>;
let oauth: OAuthServer;
let caFile = '';

/** One results-service URL in front of both fakes, routed by Twirp service name. */
function startRouter(): Promise<Server> {
  const target = (path: string) => (path.includes('.CacheService/') ? cacheSvc.url : artifactSvc.url);
  const server = createServer((req, res) => {
    const to = new URL(req.url!.replace(/^\/+/, ''), target(req.url!).replace(/\/?$/, '/'));
    const fwd = request(to, { method: req.method, headers: { ...req.headers, host: to.host } }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    fwd.on('error', (e) => res.writeHead(502).end(String(e)));
    req.pipe(fwd);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

beforeAll(async () => {
  az = await startAzurite();
  artifactSvc = await startFakeArtifactService(az);
  cacheSvc = await startFakeCacheService();
  router = await startRouter();
  // The authorization server over HTTPS (the gate refuses plain http off tests), its certificate trusted by the
  // gate's process through NODE_EXTRA_CA_CERTS, as a runner with a private CA would do.
  const certDir = mkdtempSync(join(tmp, 'tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-days', '1', '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')], { stdio: 'ignore' });
  caFile = join(certDir, 'cert.pem');
  oauth = await startOAuthServer({ tls: { key: readFileSync(join(certDir, 'key.pem'), 'utf8'), cert: readFileSync(caFile, 'utf8') } });
  serviceEnv = {
    ACTIONS_RESULTS_URL: `http://127.0.0.1:${(router.address() as AddressInfo).port}/`,
    ACTIONS_RUNTIME_TOKEN: artifactSvc.env.ACTIONS_RUNTIME_TOKEN,
    ACTIONS_CACHE_SERVICE_V2: 'true',
  };
}, 180_000);

afterAll(async () => {
  await oauth?.close();
  await new Promise((ok) => router?.close(ok));
  await cacheSvc?.close();
  await artifactSvc?.close();
  await az?.close();
  origin.cleanup();
  rmSync(tmp, { recursive: true, force: true });
});

const egress: Record<string, string>[] = [];
const uploaded = new Map<string, string>();

const ACTIONS: JobContext['actions'] = {
  'actions/checkout': (w, ctx) => {
    expect(w['persist-credentials']).toBe('false');
    execFileSync('git', ['clone', '-q', pathToFileURL(origin.dir).href, ctx.workspace], { stdio: 'pipe' });
    execFileSync('git', ['-C', ctx.workspace, 'checkout', '-q', ctx.github.sha], { stdio: 'pipe' });
  },
  'actions/upload-artifact': (w, ctx) => {
    const path = resolve(ctx.workspace, w.path);
    const dir = join(tmp, 'uploads', `${ctx.github.run_id}-${w.name}`);
    if (existsSync(path)) cpSync(path, dir, { recursive: true });
    else if (w['if-no-files-found'] !== 'ignore') throw new Error(`no files at ${w.path}`);
    uploaded.set(`${ctx.github.run_id}/${w.name}`, dir);
  },
  'actions/download-artifact': (w, ctx) => {
    const dir = uploaded.get(`${ctx.github.run_id}/${w.name}`);
    if (!dir) throw new Error(`download-artifact: no artifact ${w.name}`);
    cpSync(dir, resolve(ctx.workspace, w.path), { recursive: true });
  },
  'github/codeql-action/upload-sarif': (w, ctx) => {
    const file = resolve(ctx.workspace, w.sarif_file);
    expect(Object.values(sarifValidationErrors([file])).flat()).toEqual([]);
    codeScanning.push({ category: w.category, rules: JSON.parse(readFileSync(file, 'utf8')).runs[0].results.map((r: { ruleId: string }) => r.ruleId) });
  },
};
const codeScanning: { category: string; rules: string[] }[] = [];
// egress-gate's inputs are still checked for real: `bulkhead egress-gate plan` parses them into the ruleset it
// would load, changing nothing.
const BULKHEAD: NonNullable<JobContext['bulkhead']> = {
  'egress-gate': (w) => {
    egress.push(w);
    const args = ['egress-gate', 'plan', ...(w.mode ? ['--mode', w.mode] : []), ...(w['allowed-endpoints'].trim() ? ['--allowed-endpoints', w['allowed-endpoints']] : [])];
    execFileSync(process.execPath, [join(ROOT, 'packages/cli/src/index.ts'), ...args], { stdio: 'pipe' });
  },
};

const defaults = Object.fromEntries(Object.entries(wf.on!.workflow_call!.inputs!).map(([k, v]) => [k, (v as { default?: Value }).default]));
const BUILD = 'mkdir -p dist/js && printf "console.log(1)\\n" > dist/js/app.js && printf "\\x00\\x01binary" > dist/data.bin';

async function job(name: string, runId: number, before: string, after: string, inputs: Record<string, Value>, extra: Partial<JobContext> = {}): Promise<JobResult> {
  return runJob(wf.jobs[name], {
    workspace: mkdtempSync(join(tmp, `${name}-`)),
    runnerTemp: mkdtempSync(join(tmp, `${name}-temp-`)),
    inputs: { ...defaults, ...inputs },
    github: { run_id: String(runId), run_attempt: '1', run_number: String(runId), event_name: 'push', sha: after, ref: 'refs/heads/main', workflow: 'Build' },
    payload: { before, after, ref: 'refs/heads/main', repository: { default_branch: 'main', full_name: 'bulkhead-test/repo' } },
    env: serviceEnv,
    actions: ACTIONS,
    bulkhead: BULKHEAD,
    ...extra,
  });
}

/** The digest as oauth-signature-gate's README tells an approver to compute it, with GNU tools. */
function gnuDigest(dir: string): string {
  const out = execFileSync('sh', ['-c', "find . -type f -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum"], { cwd: dir, encoding: 'utf8' });
  return `sha256:${out.split(' ')[0]}`;
}

const treeHashes = (dir: string): Record<string, string> =>
  Object.fromEntries(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((e) => e.isFile())
      .map((e) => {
        const p = join(e.parentPath, e.name);
        return [p.slice(dir.length + 1), createHash('sha256').update(readFileSync(p)).digest('hex')];
      }),
  );

describe('pipeline.yml, run as written', () => {
  let clean: JobResult;
  let cleanSha = '';

  it('a clean push: scanned, built, measured, written to the artifact and cache stores with one digest', async () => {
    const first = origin.commit('base', { 'README.md': 'app\n', '.gitignore': 'dist/\n' });
    cleanSha = origin.commit('feature', { 'src/app.ts': 'export const x = 1;\n' });
    clean = await job('build', 201, first, cleanSha, { 'build-command': BUILD, 'egress-mode': 'block', 'allowed-endpoints': 'registry.npmjs.org:443' });

    expect(clean.result, JSON.stringify(clean.steps, null, 1)).toBe('success');
    expect(egress[0]).toMatchObject({ mode: 'block', 'allowed-endpoints': 'registry.npmjs.org:443' });
    expect(clean.outputs.findings).toBe('0');
    expect(clean.outputs.alert).toBe('false');
    expect(clean.outputs['risk-coefficient']).toMatch(/^\d/);
    // Both stores hold the build output, under the names the workflow derives from artifact-name and the run.
    expect(clean.outputs['primary-url']).toBe('artifact://bulkhead-build');
    expect(clean.outputs['secondary-url']).toBe('cache://bulkhead-build-201-1');
    expect(artifactSvc.artifacts.map((a) => a.name)).toEqual(expect.arrayContaining(['bulkhead-build', 'bulkhead-build.manifest']));
    expect(cacheSvc.entries.map((e) => e.key)).toEqual(expect.arrayContaining(['bulkhead-build-201-1', 'bulkhead-build-201-1.manifest']));
    // The digest is the canonical manifest of what the build wrote, as GNU tools compute it.
    const built = mkdtempSync(join(tmp, 'built-'));
    execFileSync('bash', ['-c', BUILD], { cwd: built }); // the workflow runs the build with bash
    expect(clean.outputs.digest).toBe(gnuDigest(join(built, 'dist')));

    const upload = await job('code-scanning', 201, first, cleanSha, { 'build-command': BUILD }, { needs: { build: { result: 'success', outputs: clean.outputs } } });
    expect(upload.result, JSON.stringify(upload.steps, null, 1)).toBe('success');
    expect(codeScanning).toEqual([
      { category: 'bulkhead-secret-scan-changes', rules: [] },
      { category: 'bulkhead-secret-scan-tree', rules: [] },
    ]);
    codeScanning.length = 0;
  }, 300_000);

  it('the deploy job gets exactly those bytes, restored and verified against the digest, and the deploy token', async () => {
    const deployed = join(tmp, 'deployed');
    const r = await job(
      'deploy',
      201,
      '',
      cleanSha,
      { 'build-command': BUILD, 'deploy-command': `cp -r "$BULKHEAD_ARTIFACTS" '${deployed}' && printf '%s %s' "$BULKHEAD_DIGEST" "\${#BULKHEAD_DEPLOY_TOKEN}" > '${deployed}.txt'` },
      { needs: { build: { result: 'success', outputs: clean.outputs }, gate: { result: 'success', outputs: { approved: 'true' } } }, secrets: { 'deploy-token': 'x'.repeat(17) } },
    );
    expect(r.result, JSON.stringify(r.steps, null, 1)).toBe('success');
    const built = mkdtempSync(join(tmp, 'built-'));
    execFileSync('bash', ['-c', BUILD], { cwd: built }); // the workflow runs the build with bash
    expect(treeHashes(deployed)).toEqual(treeHashes(join(built, 'dist')));
    expect(readFileSync(`${deployed}.txt`, 'utf8')).toBe(`${clean.outputs.digest} 17`);
  }, 300_000);

  /** The gate job against the HTTPS authorization server, the deployer client obtaining and introspecting its token. */
  const gateJob = (issuer: string) =>
    job('gate', 201, '', cleanSha, { 'build-command': BUILD, 'deploy-command': 'true', 'gate-issuer': issuer, 'gate-client-id': oauth.deployer.id }, {
      needs: { build: { result: 'success', outputs: clean.outputs } },
      secrets: { 'gate-client-secret': oauth.deployer.secret },
      env: { ...serviceEnv, NODE_EXTRA_CA_CERTS: caFile },
    });

  it('the gate job opens when the authorization server vouches for the build digest', async () => {
    oauth.approve(clean.outputs.digest);
    const r = await gateJob(oauth.issuer);
    expect(r.result, JSON.stringify(r.steps, null, 1)).toBe('success');
    expect(r.outputs.approved).toBe('true');
  }, 300_000);

  it('the gate job restores the same copy and fails closed for another digest or an unreachable server', async () => {
    oauth.approve(`sha256:${'0'.repeat(64)}`);
    const other = await gateJob(oauth.issuer);
    const [restore, gate] = Object.values(other.steps).slice(1);
    expect(restore.outcome, restore.log).toBe('success');
    expect(gate.outcome).toBe('failure');
    expect(other.outputs.approved).not.toBe('true');
    // An issuer nobody listens on: the gate cannot ask, so it closes too.
    oauth.approve(clean.outputs.digest);
    const down = await gateJob('https://127.0.0.1:9');
    expect(Object.values(down.steps)[2].outcome).toBe('failure');
    expect(down.outputs.approved).not.toBe('true');
  }, 300_000);

  it('the deploy job runs only when the gate job succeeded and approved', () => {
    const cond = String(wf.jobs.deploy.if);
    const decide = (result: string, approved: string) =>
      evaluate(cond, (path) => ({ 'needs.gate.result': result, 'needs.gate.outputs.approved': approved })[path], { failed: false });
    expect(decide('success', 'true')).toBe(true);
    for (const [result, approved] of [['failure', ''], ['skipped', ''], ['success', 'false'], ['success', ''], ['cancelled', 'true']]) expect(decide(result, approved), `${result}/${approved}`).toBe(false);
  });

  it('a push that adds a secret: the build never runs, nothing is stored, telemetry still counts it, the SARIF is kept', async () => {
    const rng = makeRng(2024);
    const leak = origin.commit('oops', { 'src/config.txt': `token = ${generateSecret('github-pat-classic', rng).text}\n` });
    const before = artifactSvc.artifacts.length;
    const r = await job('build', 202, cleanSha, leak, { 'build-command': `${BUILD} && touch "$RUNNER_TEMP/built"` });
    expect(r.result).toBe('failure');
    expect(r.steps['scan-changes'].outcome).toBe('failure');
    expect(r.steps.build.outcome).toBe('skipped');
    expect(Number(r.outputs.findings)).toBeGreaterThanOrEqual(1);
    expect(r.steps.store.outcome).toBe('skipped');
    expect(r.outputs.digest).toBe('');
    expect(artifactSvc.artifacts.length).toBe(before);
    expect(r.steps.telemetry.outcome, r.steps.telemetry.log).toBe('success');
    expect(Number(r.outputs['risk-coefficient'])).toBeGreaterThan(0);
    expect(readdirSync(uploaded.get('202/bulkhead-sarif-build')!)).toContain('changes.sarif');

    // The code-scanning job uploads what there is (the tree scan never ran), validated, under its own category.
    const upload = await job('code-scanning', 202, cleanSha, leak, { 'build-command': BUILD }, { needs: { build: { result: r.result, outputs: r.outputs } } });
    expect(upload.result, JSON.stringify(upload.steps, null, 1)).toBe('success');
    expect(codeScanning).toEqual([{ category: 'bulkhead-secret-scan-changes', rules: ['github-pat-classic'] }]);
  }, 300_000);
});
