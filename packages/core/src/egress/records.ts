// What the gate saw, from its own records: the nft recording sets (per address, protocol and port, with a
// packet count; first seen from the element's remaining lifetime), the proxy's query log and the watchdog's log.
import { RECORD_TIMEOUT_S } from './nft.ts';
import type { WatchReason } from './watchdog.ts';

export interface ConnectionRecord {
  address: string;
  protocol: string;
  port: number;
  /** `blocked`: refused; `audited`: not allow-listed but let through (audit mode). */
  verdict: 'blocked' | 'audited';
  packets: number;
  firstSeen: string;
  /** Names the proxy answered with this address. */
  names: string[];
  why?: string;
}

export interface DnsRecord {
  name: string;
  types: string[];
  verdict: 'allowed' | 'blocked' | 'audited';
  why: string;
  count: number;
  firstSeen: string;
  addresses: string[];
}

export interface ProcessRecord {
  pid: number;
  cmd: string;
  reason: WatchReason;
  action: 'ended' | 'killed' | 'warned';
  ageMs: number;
  cpuMs: number;
  rssBytes: number;
  at: string;
}

type Json = Record<string, unknown>;

function jsonLines<T>(text: string): T[] {
  const out: T[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as T);
    } catch {
      // A line cut short by a crash; the rest still count.
    }
  }
  return out;
}

/** Elements of the `blocked*` / `audited*` sets in `nft -j list table` output. */
export function parseRecordSets(tableJson: string, nowMs: number): ConnectionRecord[] {
  const doc = JSON.parse(tableJson) as { nftables?: Json[] };
  const out: ConnectionRecord[] = [];
  for (const item of doc.nftables ?? []) {
    const set = item.set as Json | undefined;
    const name = typeof set?.name === 'string' ? set.name : '';
    const m = /^(blocked|audited)[46]$/.exec(name);
    if (!m || !Array.isArray(set?.elem)) continue;
    const timeout = typeof set.timeout === 'number' ? set.timeout : RECORD_TIMEOUT_S;
    for (const e of set.elem as Json[]) {
      const el = (e.elem ?? e) as Json;
      const concat = (el.val as Json | undefined)?.concat;
      if (!Array.isArray(concat) || concat.length !== 3) continue;
      const expires = typeof el.expires === 'number' ? el.expires : timeout;
      const packets = Number((el.counter as Json | undefined)?.packets ?? 0);
      out.push({
        address: String(concat[0]),
        protocol: String(concat[1]),
        port: Number(concat[2]),
        verdict: m[1] as ConnectionRecord['verdict'],
        packets,
        firstSeen: new Date(nowMs - (timeout - expires) * 1000).toISOString(),
        names: [],
      });
    }
  }
  return out;
}

interface DnsLine {
  t: string;
  name: string;
  type: string;
  verdict: DnsRecord['verdict'];
  why: string;
  addresses?: string[];
}

/** One record per (name, verdict): query types seen, count, first time, addresses answered. */
export function summariseDns(logText: string): DnsRecord[] {
  const byKey = new Map<string, DnsRecord>();
  for (const l of jsonLines<DnsLine>(logText)) {
    const key = `${l.name}\u0000${l.verdict}`;
    const r = byKey.get(key) ?? { name: l.name, types: [], verdict: l.verdict, why: l.why, count: 0, firstSeen: l.t, addresses: [] };
    r.count++;
    if (!r.types.includes(l.type)) r.types.push(l.type);
    for (const a of l.addresses ?? []) if (!r.addresses.includes(a)) r.addresses.push(a);
    if (l.t < r.firstSeen) r.firstSeen = l.t;
    byKey.set(key, r);
  }
  return [...byKey.values()];
}

/** Names each connection's address was given out for (so the summary can say what a blocked IP was). */
export function attachNames(conns: ConnectionRecord[], dns: readonly DnsRecord[]): ConnectionRecord[] {
  const names = new Map<string, string[]>();
  for (const d of dns) for (const a of d.addresses) names.set(a, [...(names.get(a) ?? []), d.name]);
  return conns.map((c) => ({ ...c, names: [...new Set(names.get(c.address) ?? [])] }));
}

interface WatchLine {
  t: string;
  pid: number;
  cmd: string;
  reason: WatchReason;
  action: 'term' | 'kill' | 'warn';
  ageMs: number;
  cpuMs: number;
  rssBytes: number;
}

/** One record per process: TERM then KILL becomes `killed`, TERM alone `ended`, quota warnings `warned`. */
export function summariseWatchdog(logText: string): ProcessRecord[] {
  const byPid = new Map<string, ProcessRecord>();
  for (const l of jsonLines<WatchLine>(logText)) {
    const key = `${l.pid}\u0000${l.cmd}`;
    const prev = byPid.get(key);
    const action = l.action === 'kill' ? 'killed' : l.action === 'term' ? 'ended' : 'warned';
    if (prev && prev.action === 'killed') continue;
    if (prev && action === 'warned') continue;
    byPid.set(key, { pid: l.pid, cmd: l.cmd, reason: prev?.reason ?? l.reason, action, ageMs: l.ageMs, cpuMs: l.cpuMs, rssBytes: l.rssBytes, at: prev?.at ?? l.t });
  }
  return [...byPid.values()];
}
