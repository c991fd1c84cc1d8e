// IP addresses and CIDR blocks as text, normalised for nft: network bits kept, host bits cleared.
import { isIPv4, isIPv6 } from 'node:net';

export type Family = 4 | 6;

export interface Cidr {
  family: Family;
  /** Network address in canonical text (`192.0.2.0`, `2001:db8::`). */
  address: string;
  prefix: number;
}

function v4ToBig(a: string): bigint {
  return a.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}

function bigToV4(n: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.');
}

function v6ToBig(a: string): bigint {
  // An embedded IPv4 tail (::ffff:192.0.2.1) becomes two hextets first.
  const m = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (m) {
    const v4 = v4ToBig(m[2]);
    a = `${m[1]}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = a.includes('::') ? a.split('::') : [a, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** RFC 5952 text: lower case, leading zeros dropped, the longest run (>1) of zero groups as `::`. */
function bigToV6(n: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((n >> BigInt(112 - 16 * i)) & 0xffffn));
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

export function ipFamily(text: string): Family | undefined {
  if (isIPv4(text)) return 4;
  if (isIPv6(text)) return 6;
  return undefined;
}

/** Canonical text of an address, or undefined when `text` is not one (zone ids are refused). */
export function canonicalIp(text: string): string | undefined {
  const c = parseCidr(text);
  return c && c.prefix === (c.family === 4 ? 32 : 128) ? c.address : undefined;
}

/** `addr` or `addr/prefix` → network in canonical form; undefined when not an address. */
export function parseCidr(text: string): Cidr | undefined {
  const [addr, len, extra] = text.split('/');
  if (extra !== undefined) return undefined;
  const family = ipFamily(addr);
  if (!family || addr.includes('%')) return undefined;
  const bits = family === 4 ? 32 : 128;
  if (len !== undefined && !/^\d{1,3}$/.test(len)) return undefined;
  const prefix = len === undefined ? bits : Number(len);
  if (prefix > bits) return undefined;
  const value = family === 4 ? v4ToBig(addr) : v6ToBig(addr);
  const mask = ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - prefix)) - 1n);
  const net = value & mask;
  return { family, address: family === 4 ? bigToV4(net) : bigToV6(net), prefix };
}

/** nft element text: a plain address for a host route, `net/len` otherwise. */
export function cidrText(c: Cidr): string {
  return c.prefix === (c.family === 4 ? 32 : 128) ? c.address : `${c.address}/${c.prefix}`;
}
