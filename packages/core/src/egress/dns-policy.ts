// What the DNS proxy does with a question, and which addresses an allowed answer opens in the firewall.
// Pure decisions over dns-packet messages; the proxy server (host/dns-server.ts) only moves bytes.
import * as dnsPacket from 'dns-packet';
import { normalName, rulesFor, type AllowList, type NameRule } from './endpoints.ts';
import { canonicalIp } from './ip.ts';
import type { LearnedElement, Mode } from './nft.ts';

/** Seconds added to a record's TTL: a client may use an answer a little after its TTL ran out. */
export const TTL_SLACK_S = 60;
/** Shortest time an opened address stays open (TTL 0 answers are common behind CDNs). */
export const MIN_OPEN_S = 30;

export type Verdict = 'allowed' | 'blocked' | 'audited';

export interface NamePolicy {
  mode: Mode;
  allow: AllowList;
  /** Names refused in both modes unless an allow rule names them (DoH resolvers); empty when block-doh is off. */
  refused: ReadonlySet<string>;
}

export interface Decision {
  verdict: Verdict;
  /** forward upstream, or answer NXDOMAIN ourselves. */
  action: 'forward' | 'nxdomain';
  /** Matching allow rules (their ports decide what opens). */
  rules: NameRule[];
  why: 'listed' | 'cname' | 'unlisted' | 'doh';
}

/** Decides one question name. `learned` holds CNAME targets reached from an allowed name, with their rules. */
export function decideName(policy: NamePolicy, name: string, learned?: ReadonlyMap<string, NameRule[]>): Decision {
  const n = normalName(name);
  const rules = rulesFor(policy.allow, n);
  if (policy.refused.has(n) && !rules.some((r) => r.name === n)) return { verdict: 'blocked', action: 'nxdomain', rules: [], why: 'doh' };
  if (rules.length > 0) return { verdict: 'allowed', action: 'forward', rules, why: 'listed' };
  const via = learned?.get(n);
  if (via && via.length > 0) return { verdict: 'allowed', action: 'forward', rules: via, why: 'cname' };
  return policy.mode === 'block'
    ? { verdict: 'blocked', action: 'nxdomain', rules: [], why: 'unlisted' }
    : { verdict: 'audited', action: 'forward', rules: [], why: 'unlisted' };
}

export interface AnswerFacts {
  /** A/AAAA addresses on the CNAME chain from the question name, with their TTLs. */
  addresses: { address: string; family: 4 | 6; ttl: number }[];
  /** Names on the chain after the question name, with the TTL of the CNAME that points at them. */
  cnames: { name: string; ttl: number }[];
  rcode: string;
}

/** Follows the CNAME chain from `qname` through the answer section; records off the chain are ignored. */
export function answerFacts(response: dnsPacket.DecodedPacket, qname: string): AnswerFacts {
  const answers = response.answers ?? [];
  const chain = new Set([normalName(qname)]);
  const cnames: AnswerFacts['cnames'] = [];
  // Chains are short; bounded passes keep a looping CNAME set finite.
  for (let pass = 0; pass < 16; pass++) {
    let grew = false;
    for (const a of answers) {
      if (a.type !== 'CNAME' || !chain.has(normalName(a.name))) continue;
      const target = normalName(String(a.data));
      if (chain.has(target)) continue;
      chain.add(target);
      cnames.push({ name: target, ttl: a.ttl ?? 0 });
      grew = true;
    }
    if (!grew) break;
  }
  const addresses: AnswerFacts['addresses'] = [];
  for (const a of answers) {
    if ((a.type !== 'A' && a.type !== 'AAAA') || !chain.has(normalName(a.name))) continue;
    const address = canonicalIp(String(a.data));
    if (address) addresses.push({ address, family: a.type === 'A' ? 4 : 6, ttl: a.ttl ?? 0 });
  }
  return { addresses, cnames, rcode: (response as { rcode?: string }).rcode ?? 'NOERROR' };
}

export interface OpenTuning {
  ttlSlackS?: number;
  minOpenS?: number;
}

/** How long an answer's address stays open: its TTL plus slack, at least the minimum. */
export function openSeconds(ttl: number, t: OpenTuning = {}): number {
  return Math.max(t.minOpenS ?? MIN_OPEN_S, ttl + (t.ttlSlackS ?? TTL_SLACK_S));
}

/** Firewall elements an allowed answer opens: each address, on every port of the rules (any port when a rule has none). */
export function elementsFor(facts: AnswerFacts, rules: readonly NameRule[], tuning: OpenTuning = {}): LearnedElement[] {
  const anyPort = rules.some((r) => r.port === undefined);
  const ports = anyPort ? [undefined] : [...new Set(rules.map((r) => r.port))];
  const out: LearnedElement[] = [];
  for (const a of facts.addresses) {
    for (const port of ports) out.push({ address: a.address, family: a.family, ...(port === undefined ? {} : { port }), timeoutS: openSeconds(a.ttl, tuning) });
  }
  return out;
}

/** An NXDOMAIN answer to `query` (same id and question, recursion available). */
export function nxdomain(query: dnsPacket.DecodedPacket): Buffer {
  const rd = query.flag_rd ? dnsPacket.RECURSION_DESIRED : 0;
  return dnsPacket.encode({
    type: 'response',
    id: query.id,
    flags: rd | dnsPacket.RECURSION_AVAILABLE | 3,
    questions: query.questions,
  });
}

/** SERVFAIL for a question the proxy could not get answered (upstream down or timed out). */
export function servfail(query: dnsPacket.DecodedPacket): Buffer {
  const rd = query.flag_rd ? dnsPacket.RECURSION_DESIRED : 0;
  return dnsPacket.encode({ type: 'response', id: query.id, flags: rd | dnsPacket.RECURSION_AVAILABLE | 2, questions: query.questions });
}
