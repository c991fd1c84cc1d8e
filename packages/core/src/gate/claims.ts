// What an introspection response must say for the gate to open. Every check is evaluated and reported, so
// the summary shows all reasons at once; any failing check keeps the gate closed.
import { parseDigestTag } from '../digest/index.ts';
import type { Claims } from './introspect.ts';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface ClaimPolicy {
  /** Hex of the artifact digest. */
  digest: string;
  digestClaim: string;
  issuer?: string;
  audience?: string;
  requiredScopes: string[];
  allowedClientIds: string[];
  allowedSubjects: string[];
  clockSkewSec: number;
  nowSec: number;
}

const short = (v: unknown): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
};

const iso = (sec: number): string => new Date(sec * 1000).toISOString();

function timeChecks(c: Claims, p: ClaimPolicy): Check[] {
  const out: Check[] = [];
  if (typeof c.exp !== 'number') out.push({ name: 'exp', ok: false, detail: 'the token has no exp: an approval must expire' });
  else out.push({ name: 'exp', ok: p.nowSec < c.exp + p.clockSkewSec, detail: p.nowSec < c.exp + p.clockSkewSec ? `expires ${iso(c.exp)}` : `expired at ${iso(c.exp)}` });
  if (c.nbf !== undefined) {
    const ok = typeof c.nbf === 'number' && p.nowSec >= c.nbf - p.clockSkewSec;
    out.push({ name: 'nbf', ok, detail: ok ? `valid since ${iso(c.nbf as number)}` : `not valid before ${typeof c.nbf === 'number' ? iso(c.nbf) : short(c.nbf)}` });
  }
  if (c.iat !== undefined) {
    const ok = typeof c.iat === 'number' && c.iat <= p.nowSec + p.clockSkewSec;
    out.push({ name: 'iat', ok, detail: ok ? `issued ${iso(c.iat as number)}` : `issued in the future (${short(c.iat)})` });
  }
  return out;
}

function listOf(v: unknown): string[] | undefined {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  return undefined;
}

/** Digests a claim value carries: `sha256:<hex>` strings, arrays of them, or an in-toto DigestSet `{sha256: hex}`. */
function digestsIn(v: unknown): string[] {
  const list = listOf(v);
  if (list) return list.map((s) => parseDigestTag(s)).filter((h): h is string => h !== undefined);
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as Record<string, unknown>).sha256 === 'string') {
    const h = parseDigestTag((v as Record<string, string>).sha256);
    return h ? [h] : [];
  }
  return [];
}

/** The approved digests: the digest claim, plus RFC 9396 authorization_details entries' `digest` or digest-claim fields. */
export function approvedDigests(c: Claims, claim: string): string[] {
  const out = digestsIn(c[claim]);
  if (Array.isArray(c.authorization_details)) {
    for (const d of c.authorization_details) {
      if (d && typeof d === 'object') for (const k of new Set([claim, 'digest', 'digests'])) out.push(...digestsIn((d as Record<string, unknown>)[k]));
    }
  }
  return [...new Set(out)];
}

export function checkClaims(c: Claims, p: ClaimPolicy): Check[] {
  if (c.active !== true) return [{ name: 'active', ok: false, detail: 'the server reports the token as not active (expired, revoked or unknown)' }];
  const checks: Check[] = [{ name: 'active', ok: true, detail: 'active' }, ...timeChecks(c, p)];
  if (p.issuer !== undefined) {
    const ok = c.iss === p.issuer;
    checks.push({ name: 'iss', ok, detail: ok ? `iss ${p.issuer}` : c.iss === undefined ? `no iss; expected ${p.issuer}` : `iss ${short(c.iss)}; expected ${p.issuer}` });
  }
  if (p.audience !== undefined) {
    const aud = listOf(c.aud) ?? [];
    const ok = aud.includes(p.audience);
    checks.push({ name: 'aud', ok, detail: ok ? `aud contains ${p.audience}` : `aud ${c.aud === undefined ? 'missing' : short(c.aud)}; expected ${p.audience}` });
  }
  if (p.requiredScopes.length > 0) {
    const have = typeof c.scope === 'string' ? c.scope.split(' ').filter(Boolean) : [];
    const missing = p.requiredScopes.filter((s) => !have.includes(s));
    checks.push({ name: 'scope', ok: missing.length === 0, detail: missing.length === 0 ? `scope has ${p.requiredScopes.join(' ')}` : `scope lacks ${missing.join(' ')} (has: ${have.join(' ') || 'none'})` });
  }
  if (p.allowedClientIds.length > 0) {
    const ok = typeof c.client_id === 'string' && p.allowedClientIds.includes(c.client_id);
    checks.push({ name: 'client_id', ok, detail: ok ? `client_id ${c.client_id as string} is allowed` : `client_id ${c.client_id === undefined ? 'missing' : short(c.client_id)} is not in allowed-client-ids` });
  }
  if (p.allowedSubjects.length > 0) {
    const ok = typeof c.sub === 'string' && p.allowedSubjects.includes(c.sub);
    checks.push({ name: 'sub', ok, detail: ok ? `sub ${c.sub as string} is allowed` : `sub ${c.sub === undefined ? 'missing' : short(c.sub)} is not in allowed-subjects` });
  }
  const approved = approvedDigests(c, p.digestClaim);
  const ok = approved.includes(p.digest);
  checks.push({
    name: 'digest',
    ok,
    detail: ok
      ? `${p.digestClaim} vouches for sha256:${p.digest}`
      : approved.length === 0
        ? `the token carries no ${p.digestClaim} claim (nor authorization_details digest)`
        : `the token vouches for ${approved.map((h) => `sha256:${h}`).join(', ')}, not for sha256:${p.digest}`,
  });
  return checks;
}
