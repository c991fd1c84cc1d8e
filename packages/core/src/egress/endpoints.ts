// The allow-list: `host`, `host:port`, `*.domain` (subdomains only), `.domain` (apex and subdomains), `ip`,
// `ip:port`, `cidr`, `cidr:port`, IPv6 with a port in brackets. Separated by newlines, spaces or commas;
// `#` starts a comment. Parsed once into names (decided by the DNS proxy) and networks (static nft sets).
import { InputError } from '../errors.ts';
import { showValue } from '../options/show.ts';
import { parseCidr, type Cidr } from './ip.ts';

/** How a name rule matches: the name itself, its subdomains only, or both. */
export type NameMatch = 'exact' | 'subdomains' | 'domain';

export interface NameRule {
  /** Lower-case name without trailing dot or wildcard (`example.com` for `*.example.com`). */
  name: string;
  match: NameMatch;
  /** Undefined: any port. */
  port?: number;
  /** The entry as written, for reports. */
  source: string;
}

export interface NetRule extends Cidr {
  port?: number;
  source: string;
}

export interface AllowList {
  names: NameRule[];
  nets: NetRule[];
}

const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
const FIX = 'use host, host:port, *.domain, .domain, ip, ip:port, cidr or cidr:port (IPv6 with a port: [2001:db8::1]:443)';

function fail(input: string, entry: string, problem: string, fix = FIX): never {
  throw new InputError({ input, problem: `${showValue(entry)} ${problem}`, fix });
}

function parsePort(input: string, entry: string, text: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65535) fail(input, entry, 'has a port that is not 1-65535');
  return Number(text);
}

function isHostName(name: string): boolean {
  return name.length <= 253 && name.split('.').every((l) => LABEL.test(l));
}

/** Splits the text form into entries: whitespace, commas and newlines separate; `#` comments run to line end. */
export function splitEntries(text: string | readonly string[]): string[] {
  const lines = typeof text === 'string' ? [text] : text;
  return lines.flatMap((l) => l.split(/\r?\n/)).flatMap((l) => l.replace(/#.*$/, '').split(/[\s,]+/)).filter(Boolean);
}

/** One entry → a name rule or a network rule. */
export function parseEntry(entry: string, input = 'allowed-endpoints'): NameRule | NetRule {
  let host = entry;
  let portText: string | undefined;
  const bracket = /^\[([^\]]+)\](?::(.*))?$/.exec(entry);
  if (bracket) {
    host = bracket[1];
    portText = bracket[2];
    if (portText === '') fail(input, entry, 'has an empty port');
  } else if ((entry.match(/:/g) ?? []).length === 1) {
    [host, portText] = entry.split(':');
  }
  const port = portText === undefined ? undefined : parsePort(input, entry, portText);
  const net = parseCidr(host);
  if (net) return { ...net, ...(port === undefined ? {} : { port }), source: entry };
  if (host.includes(':') || bracket) fail(input, entry, 'is not a valid IPv6 address or block');
  if (/^[\d./]+$/.test(host)) fail(input, entry, 'is not a valid IPv4 address or block');
  let name = host.toLowerCase().replace(/\.$/, '');
  let match: NameMatch = 'exact';
  if (name.startsWith('*.')) [name, match] = [name.slice(2), 'subdomains'];
  else if (name.startsWith('.')) [name, match] = [name.slice(1), 'domain'];
  if (name.includes('*')) fail(input, entry, 'has a wildcard that is not a leading `*.`', 'write *.example.com (subdomains) or .example.com (the domain and its subdomains)');
  if (!isHostName(name)) fail(input, entry, 'is not a host name');
  if (match !== 'exact' && !name.includes('.')) fail(input, entry, 'wildcards a whole top-level domain', 'name a registrable domain, e.g. *.example.com');
  return { name, match, ...(port === undefined ? {} : { port }), source: entry };
}

export function isNetRule(r: NameRule | NetRule): r is NetRule {
  return 'family' in r;
}

/** Parses every entry; duplicates are kept once (first spelling wins). */
export function parseAllowList(text: string | readonly string[], input = 'allowed-endpoints'): AllowList {
  const out: AllowList = { names: [], nets: [] };
  const seen = new Set<string>();
  for (const entry of splitEntries(text)) {
    const r = parseEntry(entry, input);
    const key = isNetRule(r) ? `n ${r.address}/${r.prefix} ${r.port ?? ''}` : `h ${r.match} ${r.name} ${r.port ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (isNetRule(r)) out.nets.push(r);
    else out.names.push(r);
  }
  return out;
}

export function mergeAllowLists(...lists: AllowList[]): AllowList {
  return { names: lists.flatMap((l) => l.names), nets: lists.flatMap((l) => l.nets) };
}

/** Lower case, no trailing dot: the form names are compared in. */
export function normalName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

export function nameMatches(rule: NameRule, name: string): boolean {
  const n = normalName(name);
  const sub = n.endsWith(`.${rule.name}`);
  if (rule.match === 'exact') return n === rule.name;
  if (rule.match === 'subdomains') return sub;
  return sub || n === rule.name;
}

/** The rules that allow `name`; empty when none does. */
export function rulesFor(list: AllowList, name: string): NameRule[] {
  return list.names.filter((r) => nameMatches(r, name));
}
