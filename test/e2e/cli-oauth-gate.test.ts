// `bulkhead oauth-signature-gate` from the committed CLI bundle, against oidc-provider on 127.0.0.1:
// exit 0 open, 1 closed, 2 usage; the verdict on stdout (text or JSON), progress on stderr, no secret printed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCE, startOAuthServer, type OAuthServer } from '../support/oauth-server.ts';

const CLI = resolve('dist/cli/index.js');
let server: OAuthServer;
let dir: string;
let manifestHex: string;

// Async spawn: the authorization server runs in this process and must keep answering.
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, 'oauth-signature-gate', ...args], { cwd: dir });
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
});
