// Long structured tokens through the real engine, worker threads included: Kubernetes service-account
// and OIDC ID tokens (JWTs with payloads of 0.6-14 KB) and the other rules whose tokens can outgrow the
// window read around a keyword. Every token is built here at run time from a seed; expected positions are
// found in the written text by this test, not by the scanner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanFiles } from '../../packages/core/src/secrets/scanner/workers.ts';
import { scanText } from '../../packages/core/src/secrets/scanner/match.ts';
import { BUILTIN_RULES, isFalsePositive } from '../../packages/core/src/secrets/index.ts';
import { makeRng, chars, hex, uuid, pick, int, CS, type Rng } from '../support/secret-gen.ts';

const J = (...p: string[]) => p.join('');
const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const sig = (rng: Rng, n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(rng() * 256))).toString('base64url');
const name = (rng: Rng) => pick(rng, ['orders', 'billing', 'ingest', 'search', 'ledger', 'relay']) + '-' + chars(rng, CS.lowerAlnum, 5);

/** A projected service-account token as the kube-apiserver issues it (RS256, ~1 KB payload). */
function serviceAccountToken(rng: Rng, padClaims = 0): string {
  const ns = name(rng);
  const sa = name(rng);
  const iat = int(rng, 1.7e9, 1.75e9);
  const payload: Record<string, unknown> = {
    aud: ['https://kubernetes.default.svc.cluster.local', 'k3s'],
    exp: iat + 31_536_000,
    iat,
    iss: 'https://kubernetes.default.svc.cluster.local',
    jti: uuid(rng),
    'kubernetes.io': {
      namespace: ns,
      node: { name: `ip-10-0-${int(rng, 0, 255)}-${int(rng, 0, 255)}.ec2.internal`, uid: uuid(rng) },
      pod: { name: `${sa}-${hex(rng, 10)}-${chars(rng, CS.lowerAlnum, 5)}`, uid: uuid(rng) },
      serviceaccount: { name: sa, uid: uuid(rng) },
      warnafter: iat + 3607,
    },
    nbf: iat,
    sub: `system:serviceaccount:${ns}:${sa}`,
  };
  if (padClaims > 0) payload['extra'] = Array.from({ length: padClaims }, () => uuid(rng));
  return `${b64url({ alg: 'RS256', kid: chars(rng, CS.b64url, 43) })}.${b64url(payload)}.${sig(rng, 256)}`;
}

/** An OIDC ID token with many `groups` (Azure AD / Keycloak style), RS512 with a 4096-bit key. */
function idToken(rng: Rng, groups: number): string {
  const payload = {
    iss: `https://login.${name(rng)}.example-idp.test/${uuid(rng)}/v2.0`,
    sub: chars(rng, CS.b64url, 43),
    aud: uuid(rng),
    exp: 1_750_000_000,
    iat: 1_749_996_400,
    auth_time: 1_749_996_300,
    nonce: hex(rng, 32),
    at_hash: chars(rng, CS.b64url, 22),
    email: `${name(rng)}@corp.test`,
    email_verified: true,
    name: 'Build Robot',
    preferred_username: name(rng),
    groups: Array.from({ length: groups }, () => uuid(rng)),
    roles: ['reader', 'deployer'],
  };
  return `${b64url({ alg: 'RS512', typ: 'JWT', kid: hex(rng, 40) })}.${b64url(payload)}.${sig(rng, 512)}`;
}

interface Planted {
  file: string;
  ruleId: string;
  secret: string;
}

const filler = (rng: Rng, lines: number) =>
  Array.from({ length: lines }, (_, i) => `  value_${i} = compute(${int(rng, 0, 9999)}, "${chars(rng, CS.alnum, 12)}") // step ${i}`).join('\n');

let root: string;
const planted: Planted[] = [];
const files = new Map<string, string>();

function write(file: string, text: string): void {
  files.set(file, text);
  writeFileSync(join(root, file), text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'bulkhead-long-tokens-'));
  const rng = makeRng(8_20261128);
  const jwts: { file: string; make: (t: string) => string; token: string }[] = [
    // kubeconfig user entry: the token ends its line
    { file: 'kubeconfig.yaml', token: serviceAccountToken(rng), make: (t) => `users:\n- name: ci\n  user:\n    token: ${t}\n` },
    // the same token kind, padded past 4 KB, mid-line in a one-line JSON document
    { file: 'sa.json', token: serviceAccountToken(rng, 90), make: (t) => `{"kind":"TokenRequest","status":{"token":"${t}","expirationTimestamp":"2026-01-01T00:00:00Z"},"note":"${chars(rng, CS.alnum, 900)}"}\n` },
    // OIDC ID tokens: ~2 KB, ~6 KB and ~14 KB payloads, quoted and followed by more text on the line
    { file: 'oidc-small.json', token: idToken(rng, 30), make: (t) => `{"access_token":"opaque","id_token":"${t}","token_type":"Bearer","expires_in":3600}\n` },
    { file: 'oidc-mid.ts', token: idToken(rng, 110), make: (t) => `const idToken = "${t}"; const next = compute(1, "x");\n` },
    { file: 'oidc-big.env', token: idToken(rng, 270), make: (t) => `ID_TOKEN=${t}` }, // at the very end, no newline
  ];
  for (const j of jwts) {
    const body = j.make(j.token);
    // Filler on both sides so the scanner reads regions around hits, not the whole file.
    write(j.file, `${filler(rng, 400)}\n${body}${j.file.endsWith('.env') ? '' : filler(rng, 400) + '\n'}`);
    planted.push({ file: j.file, ruleId: 'jwt', secret: j.token });
  }
  // Other rules whose regex allows tokens longer than the default window, each near its maximum length.
  const others: { ruleId: string; secret: string; line: (s: string) => string }[] = [
    { ruleId: 'mapbox-secret-token', secret: J('sk', '.') + b64url({ u: name(rng), a: chars(rng, CS.alnum, 260) }) + '.' + chars(rng, CS.b64url, 95), line: (s) => `mapboxgl.accessToken = "${s}"; map.init();` },
    { ruleId: 'dropbox-access-token', secret: J('s', 'l.') + chars(rng, CS.b64url, 1390), line: (s) => `DROPBOX_ACCESS_TOKEN=${s} # rotate monthly` },
    { ruleId: 'aws-session-token', secret: J('FwoGZXIv', 'YXdz') + chars(rng, CS.b64, 1950), line: (s) => `aws_session_token = ${s}` },
    { ruleId: 'pypi-upload-token', secret: J('pypi-', 'AgEIcHlw', 'aS5vcmc') + chars(rng, CS.b64url, 980), line: (s) => `password = ${s}` },
    { ruleId: 'onepassword-service-account-token', secret: J('op', 's_') + b64url({ signInAddress: 'my.1password.com', email: `${name(rng)}@1passwordserviceaccounts.com`, srpX: hex(rng, 64), pad: chars(rng, CS.alnum, 1100) }), line: (s) => `export OP_SERVICE_ACCOUNT_TOKEN=${s}` },
    { ruleId: 'google-oauth-access-token', secret: J('ya', '29.') + chars(rng, CS.b64url, 395), line: (s) => `access_token: "${s}", refresh: false` },
    { ruleId: 'vault-service-token', secret: J('hv', 's.') + chars(rng, CS.b64url, 390), line: (s) => `VAULT_TOKEN=${s}` },
  ];
  const lines: string[] = [filler(rng, 300)];
  for (const o of others) {
    lines.push(o.line(o.secret), filler(rng, 150));
    planted.push({ file: 'long-tokens.txt', ruleId: o.ruleId, secret: o.secret });
  }
  write('long-tokens.txt', lines.join('\n') + '\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Where the secret sits in the text, found by this test. */
function position(text: string, secret: string) {
  const offset = text.indexOf(secret);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

describe('long structured tokens', () => {
  it('builds the tokens it means to (payloads past the old ~500-character limit, signed headers)', () => {
    const lens = planted.filter((p) => p.ruleId === 'jwt').map((p) => p.secret.split('.')[1].length);
    expect(Math.min(...lens)).toBeGreaterThan(600);
    expect(Math.max(...lens)).toBeGreaterThan(12_000);
    for (const p of planted.filter((x) => x.ruleId === 'jwt')) {
      const [h, , s] = p.secret.split('.');
      expect(JSON.parse(Buffer.from(h, 'base64url').toString()).alg).toMatch(/^RS/);
      expect(s.length).toBeGreaterThanOrEqual(342);
    }
  });

  it('finds each whole token once, at its place, on worker threads and inline alike', async () => {
    const entries = [...files.keys()].map((f) => ({ path: f, absPath: join(root, f) }));
    const pooled = await scanFiles(entries, { rules: {}, threads: 2, inlineBelowBytes: 0 });
    const inline = await scanFiles(entries, { rules: {}, threads: 0 });
    expect(pooled.threads).toBe(2);
    expect(pooled.files).toEqual(inline.files);
    for (const p of planted) {
      const text = readFileSync(join(root, p.file), 'utf8');
      const got = pooled.files.find((f) => f.path === p.file)?.matches.filter((m) => m.ruleId === p.ruleId && m.secret === p.secret) ?? [];
      expect(got.map((m) => ({ line: m.line, column: m.column })), `${p.ruleId} in ${p.file} (${p.secret.length} chars)`).toEqual([position(text, p.secret)]);
    }
    // Nothing reported is a cut-off piece of a planted token.
    for (const f of pooled.files) {
      for (const m of f.matches) {
        const cut = planted.find((p) => p.file === f.path && p.secret !== m.secret && p.secret.includes(m.secret) && m.ruleId === p.ruleId);
        expect(cut, `${m.ruleId} reported ${m.secret.length} chars of a ${cut?.secret.length}-char token`).toBeUndefined();
      }
    }
  });

  it('reads the same from regions around hits as from the whole decoded text', async () => {
    const entries = [...files.keys()].map((f) => ({ path: f, absPath: join(root, f) }));
    const pooled = await scanFiles(entries, { rules: {}, threads: 2, inlineBelowBytes: 0 });
    for (const [file, text] of files) {
      const whole = scanText(text, file, BUILTIN_RULES, { isFalsePositive });
      expect(pooled.files.find((f) => f.path === file)?.matches ?? [], file).toEqual(whole);
    }
  });
});
