// The proxy's decisions on messages built by dns-packet's encoder (the wire format is the library's, the
// decisions are ours). End-to-end behaviour against glibc's resolver is in test/e2e/egress-gate.test.ts.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as dnsPacket from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { answerFacts, decideName, elementsFor, nxdomain, openSeconds } from '../../packages/core/src/egress/dns-policy.ts';
import { parseAllowList } from '../../packages/core/src/egress/endpoints.ts';
import { EGRESS_GATE_DECL } from '../../packages/core/src/egress/decl.ts';
import { planGate } from '../../packages/core/src/egress/plan.ts';
import { startEgress } from '../../packages/core/src/egress/host/run.ts';
import { parseOptions } from '../../packages/core/src/options/parse-options.ts';

const policy = (mode: 'audit' | 'block', list: string, refused: string[] = []) => ({ mode, allow: parseAllowList(list), refused: new Set(refused) });

function response(answers: dnsPacket.Answer[]): dnsPacket.DecodedPacket {
  return dnsPacket.decode(dnsPacket.encode({ type: 'response', id: 9, flags: dnsPacket.RECURSION_AVAILABLE, questions: [{ type: 'A', name: 'a.example.com' }], answers }));
}

describe('decideName', () => {
  it('listed → forward; unlisted → NXDOMAIN (block) or forward and audit; DoH names refused unless named exactly', () => {
    const p = policy('block', 'a.example.com:443 *.example.org .example.net');
    expect(decideName(p, 'A.Example.Com.')).toMatchObject({ verdict: 'allowed', action: 'forward' });
    expect(decideName(p, 'x.example.org')).toMatchObject({ verdict: 'allowed' });
    expect(decideName(p, 'example.org')).toMatchObject({ verdict: 'blocked', action: 'nxdomain' });
    expect(decideName(p, 'example.net')).toMatchObject({ verdict: 'allowed' });
    expect(decideName(policy('audit', 'a.example.com'), 'b.example.com')).toMatchObject({ verdict: 'audited', action: 'forward' });
    // The refused set comes from planGate; a wildcard covering a resolver does not reopen it, naming it does.
    const doh = policy('audit', '*.quad9.net dns.google', ['dns.quad9.net']);
    expect(decideName(doh, 'dns.quad9.net')).toMatchObject({ verdict: 'blocked', action: 'nxdomain', why: 'doh' });
    expect(decideName(doh, 'dns.google')).toMatchObject({ verdict: 'allowed' });
  });

  it('a CNAME target learned from an allowed name is allowed with that name’s rules', () => {
    const p = policy('block', 'a.example.com:443');
    const learned = new Map([['edge.cdn.example.net', p.allow.names]]);
    expect(decideName(p, 'edge.cdn.example.net', learned)).toMatchObject({ verdict: 'allowed', why: 'cname' });
    expect(decideName(p, 'edge.cdn.example.net')).toMatchObject({ verdict: 'blocked' });
  });
});

describe('answerFacts and elementsFor', () => {
  it('follows the CNAME chain from the question and ignores records off it', () => {
    const facts = answerFacts(
      response([
        { type: 'CNAME', name: 'a.example.com', ttl: 100, data: 'b.cdn.example.net' },
        { type: 'CNAME', name: 'b.cdn.example.net', ttl: 50, data: 'c.cdn.example.net' },
        { type: 'A', name: 'c.cdn.example.net', ttl: 20, data: '192.0.2.1' },
        { type: 'AAAA', name: 'c.cdn.example.net', ttl: 30, data: '2001:db8:0::1' },
        { type: 'A', name: 'unrelated.example.org', ttl: 20, data: '198.51.100.9' },
      ]),
      'a.example.com',
    );
    expect(facts.cnames.map((c) => c.name)).toEqual(['b.cdn.example.net', 'c.cdn.example.net']);
    expect(facts.addresses).toEqual([
      { address: '192.0.2.1', family: 4, ttl: 20 },
      { address: '2001:db8::1', family: 6, ttl: 30 },
    ]);
  });

  it('a CNAME loop ends', () => {
    const facts = answerFacts(response([{ type: 'CNAME', name: 'a.example.com', ttl: 1, data: 'b.example.com' }, { type: 'CNAME', name: 'b.example.com', ttl: 1, data: 'a.example.com' }]), 'a.example.com');
    expect(facts.cnames.map((c) => c.name)).toEqual(['b.example.com']);
  });

  it('opens each address on the rules’ ports, or any port when one rule has none; timeout is TTL + slack, at least the minimum', () => {
    const facts = answerFacts(response([{ type: 'A', name: 'a.example.com', ttl: 300, data: '192.0.2.1' }]), 'a.example.com');
    const ported = parseAllowList('a.example.com:443 a.example.com:8443').names;
    expect(elementsFor(facts, ported).map((e) => e.port)).toEqual([443, 8443]);
    expect(elementsFor(facts, [...ported, ...parseAllowList('.example.com').names])).toEqual([{ address: '192.0.2.1', family: 4, timeoutS: 360 }]);
    expect(openSeconds(0)).toBe(60);
    expect(openSeconds(0, { ttlSlackS: 0, minOpenS: 30 })).toBe(30);
  });

  it('NXDOMAIN answers carry the query id and question, rcode 3', () => {
    const q = dnsPacket.decode(dnsPacket.encode({ type: 'query', id: 4242, flags: dnsPacket.RECURSION_DESIRED, questions: [{ type: 'AAAA', name: 'x.example.com' }] }));
    const r = dnsPacket.decode(nxdomain(q)) as dnsPacket.DecodedPacket & { rcode: string };
    expect(r).toMatchObject({ id: 4242, type: 'response', rcode: 'NXDOMAIN', flag_rd: true, flag_ra: true });
    expect(r.questions).toEqual([{ type: 'AAAA', name: 'x.example.com', class: 'IN' }]);
  });
});

describe('planGate', () => {
  const plan = (raw: Record<string, string>) => planGate(parseOptions(EGRESS_GATE_DECL, [raw]).options);

  it('DoH resolvers are refused unless the user names them; presets never reopen one; block-doh false refuses none', () => {
    const p = plan({ 'allowed-endpoints': 'dns.google 8.8.8.8' });
    expect(p.refusedNames).not.toContain('dns.google');
    expect(p.refusedNames).toContain('cloudflare-dns.com');
    expect(p.dohAddresses.map((a) => a.address)).not.toContain('8.8.8.8');
    expect(p.dohAddresses.map((a) => a.address)).toContain('1.1.1.1');
    expect(plan({ 'block-doh': 'false' })).toMatchObject({ refusedNames: [], dohAddresses: [] });
    expect(plan({}).allow.names.length).toBeGreaterThan(10); // github preset by default
    expect(plan({ presets: 'none' }).allow.names).toEqual([]);
  });

  it('refuses a non-loopback dns-address and a bad kill pattern, naming the input', () => {
    expect(() => plan({ 'dns-address': '192.0.2.1' })).toThrow(expect.objectContaining({ input: 'dns-address' }));
    expect(() => plan({ 'kill-patterns': '(unclosed' })).toThrow(expect.objectContaining({ input: 'kill-patterns' }));
    expect(() => plan({ 'dns-upstream': 'resolver.example' })).toThrow(expect.objectContaining({ input: 'dns-upstream' }));
  });
});

describe('startEgress off Linux', () => {
  it('is a no-op with a reason (nothing is spawned or written), after validating the inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bh-egress-noop-'));
    try {
      const host = { platform: 'darwin' as const, stateDir: join(dir, 'state'), daemonScript: join(dir, 'missing.js'), protectedPids: [], log: () => {} };
      const started = await startEgress(parseOptions(EGRESS_GATE_DECL, [{ mode: 'block', 'kill-after': '1s' }]).options, host);
      expect(started.skipped).toMatch(/needs a Linux runner .* on darwin it does nothing/);
      expect(started.state).toBeUndefined();
      expect(existsSync(host.stateDir)).toBe(false);
      await expect(startEgress(parseOptions(EGRESS_GATE_DECL, [{ 'allowed-endpoints': '*.com' }]).options, host)).rejects.toMatchObject({ input: 'allowed-endpoints' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
