// The gate's nftables table as text for `nft -f`, and the element commands the DNS proxy sends. One table of
// our own (`inet bulkhead_egress`), so removing it is the whole undo and nothing else on the host is touched.
import type { NetRule } from './endpoints.ts';
import { cidrText, type Family } from './ip.ts';

export const TABLE = 'bulkhead_egress';
export const TABLE_REF = `inet ${TABLE}`;
/** Recording sets keep an element this long, so first-seen = now − (timeout − expires). */
export const RECORD_TIMEOUT_S = 7 * 86_400;
export const LOG_PREFIX = 'bulkhead-egress';

export type Mode = 'audit' | 'block';

export interface Endpoint {
  address: string;
  family: Family;
  port?: number;
}

export interface NftPlan {
  mode: Mode;
  /** Allow-listed networks (static). */
  nets: readonly NetRule[];
  /** Upstream DNS servers: only `proxyUid` may reach them on port 53. */
  upstreams: readonly Endpoint[];
  proxyUid: number;
  /** Always accepted: cloud metadata and the runner's service connections found at start. */
  fixed: readonly Endpoint[];
  /** Refused on DoH/DoT ports in both modes (empty when block-doh is off). */
  doh: readonly Endpoint[];
  dohPorts: readonly number[];
  /** Interface names (nft wildcards allowed, `br-*`) of container bridges whose forwarded traffic is gated too. */
  bridges: readonly string[];
}

/** The sets the DNS proxy fills, by family and whether a port is part of the key. */
export function learnedSet(family: Family, withPort: boolean): string {
  return `allow${family}${withPort ? 'p' : ''}`;
}

const ADDR_TYPE = { 4: 'ipv4_addr', 6: 'ipv6_addr' } as const;
const MATCH = { 4: 'ip', 6: 'ip6' } as const;

function elements(items: readonly string[]): string {
  return items.length > 0 ? ` elements = { ${items.join(', ')} };` : '';
}

function staticSets(plan: NftPlan, family: Family): string[] {
  const t = ADDR_TYPE[family];
  const nets = plan.nets.filter((n) => n.family === family);
  const any = [...new Set(nets.filter((n) => n.port === undefined).map(cidrText))];
  const ported = [...new Set(nets.filter((n) => n.port !== undefined).map((n) => `${cidrText(n)} . ${n.port}`))];
  const fixedAny = plan.fixed.filter((e) => e.family === family && e.port === undefined).map((e) => e.address);
  const fixedPorted = plan.fixed.filter((e) => e.family === family && e.port !== undefined).map((e) => `${e.address} . ${e.port}`);
  const up = plan.upstreams.filter((e) => e.family === family).map((e) => e.address);
  const doh = plan.doh.filter((e) => e.family === family).map((e) => e.address);
  return [
    `  set ${learnedSet(family, false)} { type ${t}; flags timeout; }`,
    `  set ${learnedSet(family, true)} { type ${t} . inet_service; flags timeout; }`,
    `  set nets${family} { type ${t}; flags interval;${elements(any)} }`,
    `  set nets${family}p { type ${t} . inet_service; flags interval;${elements(ported)} }`,
    `  set fixed${family} { type ${t};${elements([...new Set(fixedAny)])} }`,
    `  set fixed${family}p { type ${t} . inet_service;${elements([...new Set(fixedPorted)])} }`,
    `  set upstream${family} { type ${t};${elements([...new Set(up)])} }`,
    `  set doh${family} { type ${t};${elements([...new Set(doh)])} }`,
    // What was refused, and (audit) what would have been: per address, protocol and port, with a packet count.
    `  set blocked${family} { type ${t} . inet_proto . inet_service; flags dynamic,timeout; timeout ${RECORD_TIMEOUT_S}s; size 65535; counter; }`,
    `  set audited${family} { type ${t} . inet_proto . inet_service; flags dynamic,timeout; timeout ${RECORD_TIMEOUT_S}s; size 65535; counter; }`,
  ];
}

/** Record in `set` (tcp/udp with the port, other protocols with port 0), log, then the verdict. */
function recordRules(family: Family, set: string, verdict: 'reject' | 'accept', why: string): string[] {
  const m = MATCH[family];
  const log = `log prefix "${LOG_PREFIX} ${verdict === 'reject' ? 'block' : 'audit'} ${why}: " level info`;
  const tail = verdict === 'reject' ? '' : ' accept';
  const out = [
    `    meta nfproto ipv${family} meta l4proto { tcp, udp } add @${set}${family} { ${m} daddr . meta l4proto . th dport } ${log}${tail}`,
    `    meta nfproto ipv${family} meta l4proto != { tcp, udp } add @${set}${family} { ${m} daddr . meta l4proto . 0 } ${log}${tail}`,
  ];
  return out;
}

function rejectRules(): string[] {
  // TCP gets a reset (the caller sees "connection refused" at once); the rest an administratively-prohibited error.
  return ['    meta l4proto tcp reject with tcp reset', '    reject with icmpx admin-prohibited'];
}

function familyRules(plan: NftPlan, family: Family): string[] {
  const m = MATCH[family];
  const rules = [
    `    ${m} daddr @fixed${family} accept`,
    `    meta l4proto { tcp, udp } ${m} daddr . th dport @fixed${family}p accept`,
    `    ${m} daddr @${learnedSet(family, false)} accept`,
    `    meta l4proto { tcp, udp } ${m} daddr . th dport @${learnedSet(family, true)} accept`,
    `    ${m} daddr @nets${family} accept`,
    `    meta l4proto { tcp, udp } ${m} daddr . th dport @nets${family}p accept`,
  ];
  if (plan.doh.some((e) => e.family === family)) {
    rules.push(`    meta l4proto { tcp, udp } th dport { ${plan.dohPorts.join(', ')} } ${m} daddr @doh${family} jump refuse_doh${family}`);
  }
  return rules;
}

/** The whole table. Applied with `nft -f` after deleting any earlier copy of it, in one transaction. */
export function renderRuleset(plan: NftPlan): string {
  const verdict = plan.mode === 'block' ? 'reject' : 'accept';
  const bridges = plan.bridges.map((b) => JSON.stringify(b));
  const lines = [
    `table ${TABLE_REF} {`,
    ...staticSets(plan, 4),
    ...staticSets(plan, 6),
    '',
    '  chain output {',
    '    type filter hook output priority filter; policy accept;',
    '    oif "lo" accept',
    '    jump egress',
    '  }',
    '',
    '  chain forward {',
    '    type filter hook forward priority filter; policy accept;',
    ...(bridges.length > 0 ? [`    iifname { ${bridges.join(', ')} } jump egress`] : []),
    '  }',
    // Containers ask the servers Docker gave them; their DNS goes to the proxy instead, which also listens on
    // the bridge's own address (redirect rewrites the destination to the incoming interface's address).
    ...(bridges.length > 0
      ? ['', '  chain container_dns {', '    type nat hook prerouting priority dstnat; policy accept;', `    iifname { ${bridges.join(', ')} } meta l4proto { tcp, udp } th dport 53 redirect to :53`, '  }']
      : []),
    '',
    '  chain egress {',
    '    ct state established,related accept',
    // Neighbour discovery, router discovery and MLD: IPv6 stops working on the link without them.
    '    icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, nd-router-solicit, nd-router-advert, nd-redirect, mld-listener-report, mld2-listener-report } accept',
    // DNS goes to the proxy on loopback (accepted above); only the proxy's uid may ask the upstream servers.
    `    meta l4proto { tcp, udp } th dport 53 meta skuid ${plan.proxyUid} ip daddr @upstream4 accept`,
    `    meta l4proto { tcp, udp } th dport 53 meta skuid ${plan.proxyUid} ip6 daddr @upstream6 accept`,
    '    meta l4proto { tcp, udp } th dport { 53, 853 } jump refuse_dns',
    ...familyRules(plan, 4),
    ...familyRules(plan, 6),
    ...recordRules(4, plan.mode === 'block' ? 'blocked' : 'audited', verdict, 'unlisted'),
    ...recordRules(6, plan.mode === 'block' ? 'blocked' : 'audited', verdict, 'unlisted'),
    ...(plan.mode === 'block' ? rejectRules() : []),
    '  }',
    '',
    '  chain refuse_dns {',
    ...recordRules(4, plan.mode === 'block' ? 'blocked' : 'audited', verdict, 'dns-bypass'),
    ...recordRules(6, plan.mode === 'block' ? 'blocked' : 'audited', verdict, 'dns-bypass'),
    ...(plan.mode === 'block' ? rejectRules() : []),
    '  }',
  ];
  for (const family of [4, 6] as const) {
    if (!plan.doh.some((e) => e.family === family)) continue;
    lines.push('', `  chain refuse_doh${family} {`, ...recordRules(family, 'blocked', 'reject', 'doh'), ...rejectRules(), '  }');
  }
  lines.push('}', '');
  return lines.join('\n');
}

/** `nft -f` input that replaces any earlier copy of the table atomically. */
export function renderApply(plan: NftPlan): string {
  return `table ${TABLE_REF}\ndelete table ${TABLE_REF}\n${renderRuleset(plan)}`;
}

export interface LearnedElement {
  address: string;
  family: Family;
  port?: number;
  /** Seconds the element lives (TTL plus slack). */
  timeoutS: number;
}

/** One `add element` command per set touched; nft extends an existing element's timeout on re-add. */
export function renderAddElements(items: readonly LearnedElement[]): string[] {
  const bySet = new Map<string, string[]>();
  for (const e of items) {
    const set = learnedSet(e.family, e.port !== undefined);
    const key = e.port !== undefined ? `${e.address} . ${e.port}` : e.address;
    const list = bySet.get(set) ?? [];
    list.push(`${key} timeout ${Math.max(1, Math.ceil(e.timeoutS))}s`);
    bySet.set(set, list);
  }
  return [...bySet].map(([set, els]) => `add element ${TABLE_REF} ${set} { ${els.join(', ')} }`);
}

/**
 * One transaction that sets each element's timeout to the new value whether or not it exists yet
 * (add, delete, add): older kernels keep an existing element's timeout on a plain re-add.
 */
export function renderRefresh(items: readonly LearnedElement[]): string {
  const adds = renderAddElements(items);
  const deletes = adds.map((cmd) => cmd.replace(/^add /, 'delete ').replace(/ timeout \d+s/g, ''));
  return [...adds, ...deletes, ...adds].join('; ');
}
