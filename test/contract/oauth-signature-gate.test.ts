// oauth-signature-gate through the harness: the bundle runs as on a runner against a real authorization server
// (oidc-provider on 127.0.0.1). Outputs, masks, summary, report file, the verdict, and input > config > default.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAction, type HarnessResult } from '../support/harness.ts';
import { RESOURCE, startOAuthServer, type OAuthServer } from '../support/oauth-server.ts';

const BUNDLE = resolve('dist/oauth-signature-gate');
let server: OAuthServer;
let ws: string;
let hex: string;

beforeAll(async () => {
  expect(existsSync(join(BUNDLE, 'index.js')), 'run npm run bundle -- oauth-signature-gate first').toBe(true);
  server = await startOAuthServer();
  ws = mkdtempSync(join(tmpdir(), 'bulkhead-gate-contract-'));
  writeFileSync(join(ws, 'app.bin'), Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 31) & 255)));
  hex = execFileSync('sha256sum', ['app.bin'], { cwd: ws, encoding: 'utf8' }).split(' ')[0]!;
});
afterAll(async () => {
  await server?.close();
  rmSync(ws, { recursive: true, force: true });
});
beforeEach(() => {
  server.approve(undefined);
  rmSync(join(ws, '.bulkhead.yml'), { force: true });
});

const inputs = (extra: Record<string, string> = {}) => ({
  artifact: 'app.bin',
  'report-file': 'gate-report.json',
  issuer: server.issuer,
  'client-id': server.deployer.id,
  'client-secret': server.deployer.secret,
  'introspection-client-id': server.gateBasic.id,
  'introspection-client-secret': server.gateBasic.secret,
  resource: RESOURCE,
  scope: 'deploy',
  'required-scope': 'deploy',
  'allow-insecure-http': 'true',
  ...extra,
});

function noSecrets(r: HarnessResult): void {
  for (const s of [server.deployer.secret, server.gateBasic.secret, ...r.masks]) {
    expect(r.allOutputText.includes(s), 'a secret or masked value was printed').toBe(false);
  }
}

describe('oauth-signature-gate action', () => {
  it('opens for an approved digest: outputs, masks, summary, report', async () => {
    server.approve(`sha256:${hex}`);
    const r = await runAction(BUNDLE, { workspace: ws, inputs: inputs() });
    expect(r.failed, r.phases.main?.stdout).toBe(false);
    expect(r.outputs.digest).toBe(`sha256:${hex}`);
    expect(r.outputs.approved).toBe('true');
    expect(r.outputs.subject).toBe(server.deployer.id);
    expect(Math.abs(Date.parse(r.outputs['expires-at']!) - (Date.now() + 300_000))).toBeLessThan(15_000);
    // Both client secrets and the access token the gate obtained are masked before anything prints.
    expect(r.masks).toEqual(expect.arrayContaining([server.deployer.secret, server.gateBasic.secret]));
    expect(r.masks.length).toBeGreaterThanOrEqual(3);
    noSecrets(r);
    expect(r.summary).toContain('oauth-signature-gate: open');
    expect(r.summary).toContain(`sha256:${hex}`);
    expect(r.summary).toMatch(/approved by \(client\\_id\) \| deployer \|/);
    const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'));
    expect(report.kind).toBe('bulkhead.oauth-signature-gate');
    expect(report.data.passed).toBe(true);
    expect(report.data.events).toBe(0);
  });

  it('stays closed for another digest: the step fails, outputs say so, the summary shows the checks', async () => {
    server.approve(`sha256:${'ef'.repeat(32)}`);
    const r = await runAction(BUNDLE, { workspace: ws, inputs: inputs() });
    expect(r.failed).toBe(true);
    expect(r.failures.join('\n')).toContain(`oauth-signature-gate closed: digest: the token vouches for sha256:${'ef'.repeat(32)}, not for sha256:${hex}`);
    expect(r.failures.join('\n')).toContain(`Fix: have the authorization server vouch for sha256:${hex}`);
    expect(r.outputs.approved).toBe('false');
    expect(r.outputs.digest).toBe(`sha256:${hex}`);
    expect(r.outputs.subject).toBe('');
    expect(r.summary).toContain('oauth-signature-gate: closed');
    expect(r.summary).toMatch(/\| digest \| FAIL \|/);
    const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'));
    expect(report.data).toMatchObject({ passed: false, events: 1 });
    noSecrets(r);
  });

  it('masks a given token, and a configuration error fails the step naming the input', async () => {
    server.approve(`sha256:${hex}`);
    const token = await server.issueToken(RESOURCE, 'deploy');
    const ok = await runAction(BUNDLE, { workspace: ws, inputs: inputs({ 'client-id': '', 'client-secret': '', token }) });
    expect(ok.failed, ok.failures.join('\n')).toBe(false);
    expect(ok.masks).toContain(token);
    noSecrets(ok);
    const bad = await runAction(BUNDLE, { workspace: ws, inputs: inputs({ 'allow-insecure-http': 'false' }) });
    expect(bad.failed).toBe(true);
    expect(bad.failures.join('\n')).toMatch(/Input 'issuer': uses http:\/\/ \(plain text\)\. Fix: use https:\/\//);
  });

  it('precedence: .bulkhead.yml beats the default, an input equal to the default beats .bulkhead.yml', async () => {
    server.approve(`sha256:${hex}`);
    writeFileSync(join(ws, '.bulkhead.yml'), 'oauth-signature-gate:\n  digest-claim: release_digest\n');
    const fromConfig = await runAction(BUNDLE, { workspace: ws, inputs: inputs() });
    expect(fromConfig.failed).toBe(true);
    expect(fromConfig.failures.join('\n')).toContain('carries no release_digest claim');
    const explicit = await runAction(BUNDLE, { workspace: ws, inputs: inputs({ 'digest-claim': 'artifact_digest' }) });
    expect(explicit.failed, explicit.failures.join('\n')).toBe(false);
  });

  it('github-oidc: the job ID token from the runner is the client assertion, masked, never printed', async () => {
    server.approve(`sha256:${hex}`);
    const subject = 'repo:acme/app:environment:production';
    const keys = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'gh', alg: 'ES256' };
    const issued: string[] = [];
    const assertions: string[] = [];
    const requestToken = `req-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    // Stands in for GitHub's ID token service (what core.getIDToken calls) and its issuer.
    const gh = createServer(async (req, res) => {
      const url = new URL(req.url!, 'http://x');
      if (req.headers.authorization !== `Bearer ${requestToken}`) return res.writeHead(401).end();
      const aud = url.searchParams.get('audience') ?? 'https://github.com/acme';
      const jwt = await new SignJWT({ repository: 'acme/app' }).setProtectedHeader({ alg: 'ES256', kid: 'gh', typ: 'JWT' })
        .setIssuer(ghIssuer).setSubject(subject).setAudience(aud).setIssuedAt().setExpirationTime('5m').sign(keys.privateKey);
      issued.push(jwt);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: 1, value: jwt }));
    });
    await new Promise<void>((r) => gh.listen(0, '127.0.0.1', r));
    const ghIssuer = `http://127.0.0.1:${(gh.address() as AddressInfo).port}`;
    // A token endpoint with a federated credential: trusts the GitHub issuer for this subject and audience,
    // then issues a real token from the authorization server.
    const broker = createServer(async (req, res) => {
      let body = '';
      for await (const c of req) body += c;
      const p = new URLSearchParams(body);
      try {
        if (p.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') throw new Error('no assertion');
        assertions.push(p.get('client_assertion')!);
        await jwtVerify(p.get('client_assertion')!, createLocalJWKSet({ keys: [jwk] }), { issuer: ghIssuer, audience: brokerUrl, subject, algorithms: ['ES256'] });
        const token = await server.issueToken(p.get('resource')!, p.get('scope')!);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: token, token_type: 'Bearer' }));
      } catch {
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"invalid_client"}');
      }
    });
    await new Promise<void>((r) => broker.listen(0, '127.0.0.1', r));
    const brokerUrl = `http://127.0.0.1:${(broker.address() as AddressInfo).port}/token`;
    try {
      const r = await runAction(BUNDLE, {
        workspace: ws,
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${ghIssuer}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken },
        inputs: inputs({
          'client-id': 'github-federated',
          'client-secret': '',
          'client-auth-method': 'github-oidc',
          'oidc-audience': brokerUrl,
          'token-endpoint': brokerUrl,
          'introspection-auth-method': 'client_secret_basic',
        }),
      });
      expect(r.failed, r.failures.join('\n')).toBe(false);
      expect(r.outputs.approved).toBe('true');
      expect(issued.length).toBe(1);
      expect(assertions).toEqual(issued);
      expect(r.masks).toContain(issued[0]);
      noSecrets(r);
      expect(r.allOutputText.includes(requestToken)).toBe(false);
      // Without id-token permission (no request URL) the step fails closed, saying what to grant.
      const noPerm = await runAction(BUNDLE, { workspace: ws, inputs: inputs({ 'client-id': 'github-federated', 'client-secret': '', 'client-auth-method': 'github-oidc', 'token-endpoint': brokerUrl, 'introspection-auth-method': 'client_secret_basic' }) });
      expect(noPerm.failed).toBe(true);
      expect(noPerm.failures.join('\n')).toContain('id-token: write');
    } finally {
      gh.closeAllConnections();
      gh.close();
      broker.closeAllConnections();
      broker.close();
    }
  });
});

