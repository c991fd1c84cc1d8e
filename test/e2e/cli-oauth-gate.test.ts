// `bulkhead oauth-signature-gate` from the committed CLI bundle, against oidc-provider on 127.0.0.1:
// exit 0 open, 1 closed, 2 usage; the verdict on stdout (text or JSON), progress on stderr, no secret printed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCE, startOAuthServer, type OAuthServer } from '../support/oauth-server.ts';

const CLI = resolve('dist/cli/index.js');
let server: OAuthServer;
let dir: string;
let manifestHex: string;

// Async spawn: the authorization server runs in this process and must keep answering.
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, 'oauth-signature-gate', ...args], { cwd: dir, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => {
      for (const s of [server.deployer.secret, server.gateBasic.secret]) expect((stdout + stderr).includes(s), 'the CLI printed a secret').toBe(false);
      done({ code, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  expect(existsSync(CLI), 'run npm run bundle -- cli first').toBe(true);
  server = await startOAuthServer();
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-gate-cli-'));
  mkdirSync(join(dir, 'out/sub'), { recursive: true });
  writeFileSync(join(dir, 'out/app.js'), 'console.log(1)\n');
  writeFileSync(join(dir, 'out/sub/b c.txt'), 'b\n');
  writeFileSync(join(dir, 'out/.hidden'), 'h\n');
  // The manifest digest computed by GNU tools, as the README tells an approver to.
  manifestHex = execFileSync('sh', ['-c', "cd out && find . -type f -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum"], { cwd: dir, encoding: 'utf8' }).split(' ')[0]!;
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const args = () => [
  'out/',
  '--issuer', server.issuer,
  '--client-id', server.deployer.id,
  '--client-secret', server.deployer.secret,
  '--introspection-client-id', server.gateBasic.id,
  '--introspection-client-secret', server.gateBasic.secret,
  '--resource', RESOURCE,
  '--scope', 'deploy',
  '--allow-insecure-http',
];

describe('bulkhead oauth-signature-gate', () => {
  it('exit 0 when the directory manifest digest (as sha256sum computes it) is approved; JSON report', async () => {
    server.approve(`sha256:${manifestHex}`);
    const r = await cli([...args(), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.data.digest).toBe(`sha256:${manifestHex}`);
    expect(report.data.artifact.files).toBe(3);
    expect(report.data.passed).toBe(true);
    expect(r.stderr).toMatch(/poll 1: approved/);
  });

  it('secrets can come from BULKHEAD_<NAME> instead of the command line', async () => {
    server.approve(`sha256:${manifestHex}`);
    const flags = args().filter((a, i, all) => !/secret$/.test(a) && !/secret$/.test(all[i - 1] ?? ''));
    expect(flags.join(' ')).not.toContain(server.deployer.secret);
    const r = await cli(flags, { BULKHEAD_CLIENT_SECRET: server.deployer.secret, BULKHEAD_INTROSPECTION_CLIENT_SECRET: server.gateBasic.secret });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const without = await cli(flags);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain("Option '--client-secret': is empty but client-auth-method is client_secret_basic");
  });

  it('exit 1 when closed, with the reason on stdout', async () => {
    server.approve(`sha256:${'12'.repeat(32)}`);
    const r = await cli(args());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('oauth-signature-gate: closed');
    expect(r.stdout).toContain(`not for sha256:${manifestHex}`);
  });

  it('exit 2 on a usage or configuration error', async () => {
    const noFlag = await cli(['out/', '--issuer', server.issuer, '--no-such-flag']);
    expect(noFlag.code).toBe(2);
    const noClient = await cli(['out/', '--issuer', server.issuer, '--allow-insecure-http']);
    expect(noClient.code).toBe(2);
    expect(noClient.stderr).toContain("Option '--token': no token and no client-id to obtain one");
  });

  it('ca-file: a private CA is trusted only when given (HTTPS proxy in front of the server, self-signed per run)', async () => {
    // A throwaway CA-less self-signed certificate for 127.0.0.1, made now; nothing is stored in the repository.
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'tls.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { cwd: dir, stdio: 'ignore' });
    const tls = createHttpsServer({ key: readFileSync(join(dir, 'tls.key')), cert: readFileSync(join(dir, 'ca.pem')) }, async (req, res) => {
      let body = '';
      for await (const c of req) body += c;
      const up = await fetch(`${server.issuer}${req.url}`, { method: req.method, headers: { authorization: req.headers.authorization ?? '', 'content-type': req.headers['content-type'] ?? '', accept: req.headers.accept ?? '' }, body: req.method === 'POST' ? body : undefined });
      res.writeHead(up.status, { 'content-type': up.headers.get('content-type') ?? '' }).end(Buffer.from(await up.arrayBuffer()));
    });
    await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r));
    try {
      server.approve(`sha256:${manifestHex}`);
      const token = await server.issueToken(RESOURCE, 'deploy');
      const https = ['out/', '--token', token, '--issuer', server.issuer, '--introspection-endpoint', `https://127.0.0.1:${(tls.address() as AddressInfo).port}/token/introspection`,
        '--introspection-client-id', server.gateBasic.id, '--introspection-client-secret', server.gateBasic.secret, '--allow-insecure-http'];
      const untrusted = await cli(https);
      expect(untrusted.code).toBe(1);
      expect(untrusted.stdout).toMatch(/cannot reach https:\/\/127\.0\.0\.1:\d+\/token\/introspection \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)\)/);
      const trusted = await cli([...https, '--ca-file', 'ca.pem']);
      expect(trusted.code, trusted.stdout + trusted.stderr).toBe(0);
      expect(trusted.stderr).toContain('ca-file: trusting 1 extra CA certificate(s) from ca.pem');
    } finally {
      tls.closeAllConnections();
      tls.close();
    }
  });
});

