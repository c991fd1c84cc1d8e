// The gate end to end against a real authorization server (oidc-provider on 127.0.0.1): every case that must
// keep it closed, the one that opens it, waiting for an approval, and RFC 9701 signed responses. Digests are
// checked against GNU sha256sum, which the gate's code did not produce.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { symlinkSync } from 'node:fs';
import { OAUTH_SIGNATURE_GATE_DECL, digestArtifact, runGate, type GateResult } from '../../packages/core/src/gate/index.ts';
import { InputError } from '../../packages/core/src/errors.ts';
import { parseOptions } from '../../packages/core/src/options/index.ts';
import { OTHER_RESOURCE, RESOURCE, startOAuthServer, type OAuthServer } from '../support/oauth-server.ts';

let server: OAuthServer;
let dir: string;
let artifactHex: string;
const logs: string[] = [];
const masked: string[] = [];

async function gate(raw: Record<string, string>, now?: () => number): Promise<GateResult> {
  const { options } = parseOptions(OAUTH_SIGNATURE_GATE_DECL, [{ artifact: 'app.tar', 'allow-insecure-http': 'true', timeout: '3s', ...raw }]);
  const r = await runGate(options, { cwd: dir, log: (l) => logs.push(l), onSecret: (s) => masked.push(s), now });
  const text = JSON.stringify(r) + logs.join('\n');
  for (const s of [server.deployer.secret, server.gateBasic.secret, server.gatePost.secret, server.gateSigned.secret, ...masked]) {
    expect(text.includes(s), 'a secret reached the result or the log').toBe(false);
  }
  return r;
}

/** The usual configuration: discover from the issuer, client credentials as deployer, introspect as gate-basic. */
const cc = (extra: Record<string, string> = {}) => ({
  issuer: server.issuer,
  'client-id': server.deployer.id,
  'client-secret': server.deployer.secret,
  'introspection-client-id': server.gateBasic.id,
  'introspection-client-secret': server.gateBasic.secret,
  resource: RESOURCE,
  scope: 'deploy',
  'required-scope': 'deploy',
  ...extra,
});

beforeAll(async () => {
  server = await startOAuthServer();
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-gate-'));
  writeFileSync(join(dir, 'app.tar'), Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) & 255)));
  artifactHex = execFileSync('sha256sum', ['app.tar'], { cwd: dir, encoding: 'utf8' }).split(' ')[0]!;
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  server.approve(undefined);
  server.setExtra({});
  server.setTtl(300);
  logs.length = 0;
  masked.length = 0;
});

describe('oauth-signature-gate against oidc-provider', () => {
  it('opens for an approved digest (client credentials, RFC 8414/OIDC discovery, client_secret_basic)', async () => {
    server.approve(`sha256:${artifactHex}`);
    const r = await gate(cc());
    expect(r.reason).toMatch(/^approved/);
    expect(r.approved).toBe(true);
    expect(r.artifact.digest).toBe(`sha256:${artifactHex}`);
    expect(r.approval?.clientId).toBe(server.deployer.id);
    expect(r.approval?.iss).toBe(server.issuer);
    const exp = Date.parse(r.approval!.expiresAt!);
    expect(Math.abs(exp - (Date.now() + 300_000))).toBeLessThan(10_000);
    expect(r.checks.every((c) => c.ok)).toBe(true);
    expect(r.checks.map((c) => c.name)).toEqual(expect.arrayContaining(['active', 'exp', 'iss', 'aud', 'scope', 'digest']));
    // The access token obtained was handed over for masking.
    expect(masked.length).toBeGreaterThan(0);
  });

  it('opens with a given token introspected with client_secret_post, digest in an array claim', async () => {
    server.approve([`sha256:${'0'.repeat(64)}`, `sha256:${artifactHex}`]);
    const token = await server.issueToken(RESOURCE, 'deploy');
    const r = await gate({
      token,
      issuer: server.issuer,
      'introspection-endpoint': `${server.issuer}/token/introspection`,
      'introspection-client-id': server.gatePost.id,
      'introspection-client-secret': server.gatePost.secret,
      'introspection-auth-method': 'client_secret_post',
      audience: RESOURCE,
    });
    expect(r.approved, r.reason).toBe(true);
  });

  it('opens with private_key_jwt at the token and introspection endpoints (RFC 7523 assertions)', async () => {
    server.approve(`sha256:${artifactHex}`);
    const r = await gate(cc({
      'client-id': server.deployerJwt,
      'client-secret': '',
      'client-auth-method': 'private_key_jwt',
      'client-private-key': server.clientKeyPem,
      'introspection-client-id': server.gateJwt,
      'introspection-client-secret': '',
    }));
    expect(r.approved, r.reason).toBe(true);
    expect(r.approval?.clientId).toBe(server.deployerJwt);
    // Each signed assertion was handed over for masking; the key itself never shows.
    expect(masked.filter((m) => m.split('.').length === 3).length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(r).includes('PRIVATE KEY')).toBe(false);
    // A key the server does not know is refused at the token endpoint: closed.
    const { generateKeyPair, exportPKCS8 } = await import('jose');
    const other = await exportPKCS8((await generateKeyPair('ES256', { extractable: true })).privateKey);
    const bad = await gate(cc({ 'client-id': server.deployerJwt, 'client-secret': '', 'client-auth-method': 'private_key_jwt', 'client-private-key': other, 'introspection-client-id': server.gateJwt }));
    expect(bad.approved).toBe(false);
    expect(bad.reason).toContain('token-endpoint: the client-credentials grant was refused: HTTP 401 invalid_client');
  });

  it('accepts an RFC 9396 authorization_details entry carrying the digest', async () => {
    const token = await server.issueToken(RESOURCE, 'deploy', [{ type: 'deployment', digest: `sha256:${artifactHex}` }]);
    const r = await gate({ ...cc(), 'client-id': '', token });
    expect(r.approved, r.reason).toBe(true);
  });

  it('second sources: expected-digest must also match; an attestation bundle is never taken on trust', async () => {
    server.approve(`sha256:${artifactHex}`);
    const both = await gate(cc({ 'expected-digest': `sha256:${artifactHex.toUpperCase()}` }));
    expect(both.approved, both.reason).toBe(true);
    expect(both.sources).toEqual([{ name: 'expected-digest', ok: true, detail: `equals sha256:${artifactHex}` }]);
    const other = await gate(cc({ 'expected-digest': `sha256:${'0'.repeat(64)}` }));
    expect(other.approved).toBe(false);
    expect(other.reason).toBe(`expected-digest: is sha256:${'0'.repeat(64)}, but the artifact is sha256:${artifactHex}`);
    expect(other.polls).toEqual([]); // decided before the server was asked
    await expect(gate(cc({ 'expected-digest': 'sha256:abc' }))).rejects.toThrow(/expected-digest: is not a SHA-256 digest/);
    const bundle = await gate(cc({ 'attestation-bundle': 'app.sigstore.json' }));
    expect(bundle.approved).toBe(false);
    expect(bundle.reason).toContain('does not verify Sigstore attestation bundles');
  });

  it('stays closed for a different digest', async () => {
    server.approve(`sha256:${'ab'.repeat(32)}`);
    const r = await gate(cc());
    expect(r.approved).toBe(false);
    expect(r.reason).toContain(`vouches for sha256:${'ab'.repeat(32)}, not for sha256:${artifactHex}`);
  });

  it('stays closed when the token carries no digest claim', async () => {
    const r = await gate(cc());
    expect(r.approved).toBe(false);
    expect(r.reason).toContain('carries no artifact_digest claim');
  });

  it('stays closed for an unknown (inactive) token', async () => {
    server.approve(`sha256:${artifactHex}`);
    const r = await gate({ ...cc(), 'client-id': '', token: 'not-a-token-the-server-issued', 'introspection-endpoint': `${server.issuer}/token/introspection` });
    expect(r.approved).toBe(false);
    expect(r.reason).toContain('not active');
  });

  it('stays closed for an expired token (server side) and when the gate clock is past exp', async () => {
    server.approve(`sha256:${artifactHex}`);
    server.setTtl(1);
    const token = await server.issueToken(RESOURCE, 'deploy');
    await new Promise((r) => setTimeout(r, 2200));
    const r = await gate({ ...cc(), 'client-id': '', token });
    expect(r.approved).toBe(false);
    expect(r.reason).toContain('not active');
    // An active token, but the gate's clock is 10 minutes ahead: its own exp check closes it.
    server.setTtl(300);
    const r2 = await gate(cc(), () => Date.now() + 600_000);
    expect(r2.approved).toBe(false);
    expect(r2.reason).toMatch(/exp: expired at/);
  });

  it('stays closed for a revoked token', async () => {
    server.approve(`sha256:${artifactHex}`);
    const token = await server.issueToken(RESOURCE, 'deploy');
    expect((await gate({ ...cc(), 'client-id': '', token })).approved).toBe(true);
    await server.revoke(token);
    const r = await gate({ ...cc(), 'client-id': '', token });
    expect(r.approved).toBe(false);
    expect(r.reason).toContain('not active');
  });

  it('stays closed for the wrong audience', async () => {
    server.approve(`sha256:${artifactHex}`);
    const r = await gate(cc({ audience: OTHER_RESOURCE }));
    expect(r.approved).toBe(false);
    expect(r.reason).toContain(`aud: aud ${RESOURCE}; expected ${OTHER_RESOURCE}`);
  });

  it('stays closed for the wrong issuer', async () => {
    server.approve(`sha256:${artifactHex}`);
    const token = await server.issueToken(RESOURCE, 'deploy');
    const r = await gate({ ...cc(), 'client-id': '', token, issuer: 'http://127.0.0.1:1/other', 'introspection-endpoint': `${server.issuer}/token/introspection` });
    expect(r.approved).toBe(false);
    expect(r.reason).toContain(`iss: iss ${server.issuer}; expected http://127.0.0.1:1/other`);
  });

  it('stays closed when the required scope is missing', async () => {
    server.approve(`sha256:${artifactHex}`);
    const r = await gate(cc({ scope: 'read' }));
    expect(r.approved).toBe(false);
    expect(r.reason).toContain('scope: scope lacks deploy (has: read)');
  });

  it('stays closed when the client id is not allowed', async () => {
    server.approve(`sha256:${artifactHex}`);
    const r = await gate(cc({ 'allowed-client-ids': 'release-manager' }));
    expect(r.approved).toBe(false);
    expect(r.reason).toContain('client_id deployer is not in allowed-client-ids');
  });

  it('stays closed when the server is down', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const down = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise((r) => probe.close(r));
    const r = await gate({ ...cc(), issuer: down, 'client-id': '', token: 'token-for-a-server-that-is-down', 'introspection-endpoint': `${down}/introspect`, 'introspection-client-id': 'gate' });
    expect(r.approved).toBe(false);
    expect(r.reason).toContain(`cannot reach ${down}/introspect (ECONNREFUSED)`);
    expect(r.fix).toBeTruthy();
  });

  it('refuses plain http without allow-insecure-http, and http to a non-loopback host always', async () => {
    await expect(gate({ ...cc(), 'allow-insecure-http': 'false' })).rejects.toThrow(InputError);
    await expect(gate({ ...cc(), issuer: 'http://deploy.example.test' })).rejects.toThrow(/non-loopback/);
  });

  describe('misbehaving servers', () => {
    let bad: Server;
    let url: string;
    beforeAll(async () => {
      bad = createServer((req, res) => {
        if (req.url === '/garbage') res.writeHead(200, { 'content-type': 'application/json' }).end('<html>not json</html>');
        else if (req.url === '/huge') {
          res.writeHead(200, { 'content-type': 'application/json' });
          const chunk = Buffer.alloc(1 << 20, 0x20);
          for (let i = 0; i < 10; i++) res.write(chunk);
          res.end('{}');
        } else if (req.url === '/slow') setTimeout(() => res.writeHead(200).end('{"active":true}'), 5000).unref();
        else if (req.url === '/redirect') res.writeHead(307, { location: `${server.issuer}/token/introspection` }).end();
        else res.writeHead(404).end();
      });
      await new Promise<void>((r) => bad.listen(0, '127.0.0.1', r));
      url = `http://127.0.0.1:${(bad.address() as AddressInfo).port}`;
    });
    afterAll(() => {
      bad.closeAllConnections();
      bad.close();
    });
    const at = (path: string, extra: Record<string, string> = {}) => gate({ token: 'opaque-token-value', 'introspection-client-id': 'gate', 'introspection-client-secret': 'gate-pass', 'introspection-endpoint': `${url}${path}`, ...extra });

    it('garbage body', async () => {
      const r = await at('/garbage');
      expect(r.approved).toBe(false);
      expect(r.reason).toContain('with a body that is not JSON (application/json, 21 bytes)');
    });
    it('10 MB body', async () => {
      const r = await at('/huge');
      expect(r.approved).toBe(false);
      expect(r.reason).toContain('sent a response larger than 1048576 bytes');
    });
    it('slow server past the timeout', async () => {
      const t0 = Date.now();
      const r = await at('/slow', { timeout: '500ms' });
      expect(r.approved).toBe(false);
      expect(r.reason).toContain('did not answer within 500 ms');
      expect(Date.now() - t0).toBeLessThan(3000);
    });
    it('a redirect of the POST to another origin is not followed', async () => {
      const r = await at('/redirect');
      expect(r.approved).toBe(false);
      expect(r.reason).toMatch(/redirected \(HTTP 307\) to http:\/\/127\.0\.0\.1:\d+\/token\/introspection, which is not followed/);
    });
  });

  it('waits: a digest approved while the gate polls opens it', async () => {
    const t0 = Date.now();
    setTimeout(() => server.approve(`sha256:${artifactHex}`), 1200);
    const r = await gate(cc({ 'wait-timeout': '20s', 'poll-interval': '300ms' }));
    expect(r.approved, r.reason).toBe(true);
    expect(r.polls.length).toBeGreaterThan(1);
    expect(r.polls.at(-1)!.approved).toBe(true);
    expect(r.polls.slice(0, -1).every((p) => !p.approved && p.outcome.includes('no artifact_digest claim'))).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1200);
    expect(logs.some((l) => /^poll 1: not approved .*next poll in \d+\.\d s$/.test(l))).toBe(true);
  });

  it('waits through a server that is down at first: errors while waiting are retried, the answer opens it', async () => {
    server.approve(`sha256:${artifactHex}`);
    const token = await server.issueToken(RESOURCE, 'deploy');
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    // After a second a forwarder to the real introspection endpoint comes up on that port.
    const late = createServer(async (req, res) => {
      let body = '';
      for await (const c of req) body += c;
      const up = await fetch(`${server.issuer}/token/introspection`, { method: 'POST', headers: { authorization: req.headers.authorization ?? '', 'content-type': 'application/x-www-form-urlencoded' }, body });
      res.writeHead(up.status, { 'content-type': 'application/json' }).end(await up.text());
    });
    const timer = setTimeout(() => late.listen(port, '127.0.0.1'), 1000);
    try {
      const r = await gate({ ...cc(), 'client-id': '', token, 'introspection-endpoint': `http://127.0.0.1:${port}/introspect`, 'wait-timeout': '15s', 'poll-interval': '300ms' });
      expect(r.approved, r.reason).toBe(true);
      expect(r.polls[0]!.outcome).toContain('ECONNREFUSED');
    } finally {
      clearTimeout(timer);
      late.closeAllConnections();
      late.close();
    }
  });

  it('waits until wait-timeout, then stays closed with the last reason', async () => {
    const t0 = Date.now();
    const r = await gate(cc({ 'wait-timeout': '1500ms', 'poll-interval': '200ms' }));
    expect(r.approved).toBe(false);
    expect(r.reason).toMatch(/no artifact_digest claim.*after waiting \d+ s \(\d+ polls\)/);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1400);
    expect(Date.now() - t0).toBeLessThan(6000);
  });

  it('backs off 1.5x per poll up to 4x the interval, each wait jittered within +-20%', async () => {
    const waits: number[] = [];
    let clock = Date.now();
    let rnd = 0;
    const { options } = parseOptions(OAUTH_SIGNATURE_GATE_DECL, [{ ...cc(), artifact: 'app.tar', 'allow-insecure-http': 'true', 'wait-timeout': '60s', 'poll-interval': '1s' }]);
    const r = await runGate(options, {
      cwd: dir,
      log: () => undefined,
      now: () => clock,
      sleep: async (ms) => { waits.push(ms); clock += ms; },
      // Alternate the extremes of the jitter range.
      random: () => (rnd++ % 2 === 0 ? 0 : 0.999999),
    });
    expect(r.approved).toBe(false);
    const base = [1000, 1500, 2250, 3375, 4000, 4000];
    base.forEach((b, i) => {
      const f = i % 2 === 0 ? 0.8 : 1.2;
      expect(waits[i]).toBeCloseTo(b * f, 0);
    });
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000 + 1);
  });

  describe('signed introspection responses (RFC 9701)', () => {
    let proxy: Server;
    let proxyUrl: string;
    let mode: 'pass' | 'tamper' | 'none' | 'hs256' | 'json' = 'pass';
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    beforeAll(async () => {
      // Forwards introspection to the real server and alters the signed answer as the test says.
      proxy = createServer(async (req, res) => {
        const chunks: Buffer[] = [];
        for await (const c of req) chunks.push(c as Buffer);
        const upstream = await fetch(`${server.issuer}/token/introspection`, {
          method: 'POST',
          headers: { authorization: req.headers.authorization ?? '', 'content-type': 'application/x-www-form-urlencoded', accept: mode === 'json' ? 'application/json' : req.headers.accept ?? '' },
          body: Buffer.concat(chunks),
        });
        const text = await upstream.text();
        const type = upstream.headers.get('content-type') ?? '';
        if (mode === 'pass' || mode === 'json') return res.writeHead(upstream.status, { 'content-type': type }).end(text);
        const [h, p, sig] = text.split('.');
        const payload = JSON.parse(Buffer.from(p!, 'base64url').toString()) as { token_introspection: Record<string, unknown> };
        payload.token_introspection.artifact_digest = `sha256:${artifactHex}`;
        let jwt: string;
        if (mode === 'tamper') jwt = `${h}.${b64(payload)}.${sig}`;
        else if (mode === 'none') jwt = `${b64({ alg: 'none', typ: 'token-introspection+jwt' })}.${b64(payload)}.`;
        else {
          // Algorithm confusion: HS256 keyed with the server's public JWK, as a naive verifier would accept.
          const jwks = await (await fetch(`${server.issuer}/jwks`)).text();
          const { createHmac } = await import('node:crypto');
          const head = b64({ alg: 'HS256', typ: 'token-introspection+jwt', kid: 'gate-test' });
          const body = b64(payload);
          jwt = `${head}.${body}.${createHmac('sha256', jwks).update(`${head}.${body}`).digest('base64url')}`;
        }
        res.writeHead(200, { 'content-type': 'application/token-introspection+jwt' }).end(jwt);
      });
      await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
      proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/introspect`;
    });
    afterAll(() => {
      proxy.closeAllConnections();
      proxy.close();
    });
    const signed = (extra: Record<string, string> = {}) => cc({
      'signed-response': 'true',
      'introspection-client-id': server.gateSigned.id,
      'introspection-client-secret': server.gateSigned.secret,
      ...extra,
    });

    it('opens when the signed response verifies and vouches for the digest', async () => {
      server.approve(`sha256:${artifactHex}`);
      mode = 'pass';
      const direct = await gate(signed());
      expect(direct.approved, direct.reason).toBe(true);
      const viaProxy = await gate(signed({ 'introspection-endpoint': proxyUrl }));
      expect(viaProxy.approved, viaProxy.reason).toBe(true);
    });

    it('closes on a signed answer that says another digest', async () => {
      server.approve(`sha256:${'cd'.repeat(32)}`);
      mode = 'pass';
      const r = await gate(signed({ 'introspection-endpoint': proxyUrl }));
      expect(r.approved).toBe(false);
      expect(r.reason).toContain('not for sha256:');
    });

    for (const [m, why] of [
      ['tamper', 'the signature does not verify'],
      ['none', 'its algorithm is not an allowed asymmetric one'],
      ['hs256', 'its algorithm is not an allowed asymmetric one'],
    ] as const) {
      it(`refuses a response altered to approve the digest (${m})`, async () => {
        server.approve(`sha256:${'cd'.repeat(32)}`);
        mode = m;
        const r = await gate(signed({ 'introspection-endpoint': proxyUrl }));
        expect(r.approved).toBe(false);
        expect(r.reason).toContain(`signed introspection response was refused: ${why}`);
      });
    }

    it('refuses a plain JSON answer when a signed one was asked for (no downgrade)', async () => {
      server.approve(`sha256:${artifactHex}`);
      mode = 'json';
      const r = await gate(signed({ 'introspection-endpoint': proxyUrl }));
      expect(r.approved).toBe(false);
      expect(r.reason).toMatch(/answered application\/json.* instead of a signed application\/token-introspection\+jwt/);
    });

    it('refuses a signed response whose iss is not the configured issuer', async () => {
      server.approve(`sha256:${artifactHex}`);
      mode = 'pass';
      const r = await gate(signed({ 'introspection-endpoint': proxyUrl, issuer: `${server.issuer}/`, 'token-endpoint': `${server.issuer}/token`, 'jwks-uri': `${server.issuer}/jwks` }));
      expect(r.approved).toBe(false);
      expect(r.reason).toContain('claim iss is wrong');
    });
  });

  describe('artifact digest', () => {
    const gnu = (cmd: string, cwd: string) => execFileSync('sh', ['-c', cmd], { cwd, encoding: 'utf8' }).split(' ')[0]!;
    it('a directory: every file below it, dotfiles included, as sha256sum lists them sorted by bytes', async () => {
      const d = join(dir, 'site');
      mkdirSync(join(d, 'a b/ü'), { recursive: true });
      writeFileSync(join(d, 'index.html'), '<p>hi</p>\n');
      writeFileSync(join(d, '.env.production'), 'X=1\n');
      writeFileSync(join(d, 'a b/ü/z.js'), 'z\n');
      writeFileSync(join(d, 'B.txt'), 'b\n');
      const want = gnu("find . -type f -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum", d);
      const r = await digestArtifact(dir, ['site']);
      expect(r.digest).toBe(`sha256:${want}`);
      expect(r.files).toBe(4);
      // sha256sum -c accepts the manifest the gate hashed.
      writeFileSync(join(d, '..', 'site.sha256'), r.manifest!.text);
      expect(execFileSync('sh', ['-c', 'sha256sum -c --quiet ../site.sha256 && echo ok'], { cwd: d, encoding: 'utf8' }).trim()).toBe('ok');
    });
    it('globs: matched files relative to the workspace', async () => {
      const want = gnu("printf '%s\\0' site/B.txt site/index.html | xargs -0 sha256sum | sha256sum", dir);
      expect((await digestArtifact(dir, ['site/*.txt', 'site/*.html'])).digest).toBe(`sha256:${want}`);
    });
    it('a symlink inside the directory closes the gate', async () => {
      const d = join(dir, 'linked');
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, 'ok.txt'), 'ok\n');
      symlinkSync('/etc/hostname', join(d, 'host'));
      await expect(digestArtifact(dir, ['linked'])).rejects.toThrow(/holds host, which is a symbolic link/);
    });
    it('a missing artifact is an input error naming it', async () => {
      await expect(digestArtifact(dir, ['nope.tar'])).rejects.toThrow(/artifact: nope\.tar does not exist/);
      await expect(digestArtifact(dir, ['nothing/*.tar'])).rejects.toThrow(/matches no file/);
    });
  });
});

