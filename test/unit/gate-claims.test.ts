// The gate's claim checks on introspection responses the real server cannot be made to send (a future iat,
// nbf, non-boolean active, odd claim shapes), and its endpoint rules. Expected values are the RFC 7662 /
// RFC 9396 readings written out by hand.
import { describe, expect, it } from 'vitest';
import { approvedDigests, checkClaims, type ClaimPolicy } from '../../packages/core/src/gate/claims.ts';
import { checkEndpoint } from '../../packages/core/src/gate/http.ts';

const HEX = 'a'.repeat(64);
const NOW = 1_800_000_000;
const policy: ClaimPolicy = { digest: HEX, digestClaim: 'artifact_digest', issuer: 'https://as.example', audience: 'https://deploy.example/', requiredScopes: ['deploy'], allowedClientIds: [], allowedSubjects: [], clockSkewSec: 60, nowSec: NOW };
const good = { active: true, exp: NOW + 300, iat: NOW - 10, iss: 'https://as.example', aud: ['https://deploy.example/'], scope: 'read deploy', artifact_digest: `sha256:${HEX}` };
const failed = (c: Record<string, unknown>, p: Partial<ClaimPolicy> = {}) => checkClaims(c, { ...policy, ...p }).filter((x) => !x.ok).map((x) => x.name);

describe('gate claim checks', () => {
  it('a complete, current response passes every check', () => {
    expect(failed(good)).toEqual([]);
  });
  it('active must be the boolean true', () => {
    expect(failed({ ...good, active: 'true' })).toEqual(['active']);
    expect(failed({ ...good, active: undefined })).toEqual(['active']);
  });
  it('exp is required; exp, nbf and iat honour the clock skew', () => {
    expect(failed({ ...good, exp: undefined })).toEqual(['exp']);
    expect(failed({ ...good, exp: NOW - 59 })).toEqual([]);
    expect(failed({ ...good, exp: NOW - 61 })).toEqual(['exp']);
    expect(failed({ ...good, nbf: NOW + 59 })).toEqual([]);
    expect(failed({ ...good, nbf: NOW + 61 })).toEqual(['nbf']);
    expect(failed({ ...good, iat: NOW + 120 })).toEqual(['iat']);
    expect(failed({ ...good, nbf: 'soon' })).toEqual(['nbf']);
  });
  it('iss exact, aud as string or array, every required scope word', () => {
    expect(failed({ ...good, iss: 'https://as.example/' })).toEqual(['iss']);
    expect(failed({ ...good, iss: undefined })).toEqual(['iss']);
    expect(failed({ ...good, aud: 'https://deploy.example/' })).toEqual([]);
    expect(failed({ ...good, aud: 'https://deploy.example' })).toEqual(['aud']);
    expect(failed({ ...good, scope: 'deployer' })).toEqual(['scope']);
    expect(failed(good, { requiredScopes: ['deploy', 'prod'] })).toEqual(['scope']);
  });
  it('client_id and sub allow-lists', () => {
    expect(failed({ ...good, client_id: 'ci' }, { allowedClientIds: ['ci'] })).toEqual([]);
    expect(failed({ ...good, client_id: 'other' }, { allowedClientIds: ['ci'] })).toEqual(['client_id']);
    expect(failed(good, { allowedSubjects: ['release-manager'] })).toEqual(['sub']);
  });
  it('digests: string, array, RFC 9396 details (digest, named claim, DigestSet); bare hex and case tolerated; other algorithms ignored', () => {
    expect(approvedDigests({ artifact_digest: [`sha256:${HEX}`, `sha512:${'d'.repeat(128)}`] }, 'artifact_digest')).toEqual([HEX]);
    // An array holding a non-string is not a digest list at all (fail closed rather than guess).
    expect(approvedDigests({ artifact_digest: [`sha256:${HEX}`, 7] }, 'artifact_digest')).toEqual([]);
    expect(approvedDigests({ artifact_digest: [`sha256:${HEX}`, `SHA256:${'B'.repeat(64)}`] }, 'artifact_digest')).toEqual([HEX, 'b'.repeat(64)]);
    expect(approvedDigests({ authorization_details: [{ type: 'deployment', digest: { sha256: HEX } }, { type: 'x', artifact_digest: `sha256:${'c'.repeat(64)}` }, null] }, 'artifact_digest')).toEqual([HEX, 'c'.repeat(64)]);
    expect(failed({ ...good, artifact_digest: `sha256:${'b'.repeat(64)}` })).toEqual(['digest']);
    expect(failed({ ...good, artifact_digest: undefined, release: `sha256:${HEX}` }, { digestClaim: 'release' })).toEqual([]);
  });
});

describe('gate endpoints', () => {
  it('https anywhere; http only on loopback and only when allowed; no credentials in URLs', () => {
    expect(checkEndpoint('issuer', 'https://as.example/x', false).href).toBe('https://as.example/x');
    for (const u of ['http://127.0.0.1:8080/t', 'http://127.9.9.9/t', 'http://localhost/t', 'http://[::1]:80/t']) {
      expect(() => checkEndpoint('issuer', u, false)).toThrow(/uses http:\/\/ \(plain text\)/);
      expect(checkEndpoint('issuer', u, true).protocol).toBe('http:');
    }
    for (const u of ['http://10.0.0.1/t', 'http://127.0.0.1.nip.io/t', 'http://localhost.example/t']) expect(() => checkEndpoint('issuer', u, true)).toThrow(/non-loopback/);
    expect(() => checkEndpoint('issuer', 'https://user:pw@as.example/', false)).toThrow(/credentials in the URL/);
    expect(() => checkEndpoint('issuer', 'ftp://as.example/', true)).toThrow(/unsupported scheme/);
    expect(() => checkEndpoint('issuer', 'as.example', true)).toThrow(/not an absolute URL/);
  });
});

describe('gate report feeds diff-telemetry', () => {
  it("diff-telemetry's report reader counts a closed gate as one gate-failure event and an open one as none", async () => {
    const { gateJson } = await import('../../packages/core/src/gate/report.ts');
    const { serializeJson } = await import('../../packages/core/src/report/index.ts');
    const { parseLeakReport } = await import('../../packages/core/src/diff/metrics/reports.ts');
    const base = { artifact: { digest: `sha256:${HEX}`, hex: HEX, kind: 'file' as const, files: 1, bytes: 1 }, checks: [], sources: [], polls: [], durationMs: 1 };
    const closed = parseLeakReport(serializeJson(gateJson({ ...base, approved: false, reason: 'digest: no' }, '2026-11-28T00:00:00.000Z')), 'gate.json', '2026-11-28T01:00:00.000Z');
    expect(closed.events.map((e) => e.kind)).toEqual(['gate-failure']);
    expect(closed.note).toBeUndefined();
    const open = parseLeakReport(serializeJson(gateJson({ ...base, approved: true, reason: 'approved' }, '2026-11-28T00:00:00.000Z')), 'gate.json', '2026-11-28T01:00:00.000Z');
    expect(open.events).toEqual([]);
  });
});
