// Options → what the gate will do: the allow-list (entries + presets), the names refused outright, and the
// nft plan once the host facts (upstream servers, connections open at start) are known. Pure.
import { InputError } from '../errors.ts';
import type { ParsedOptions } from '../options/types.ts';
import type { EgressGateDecl } from './decl.ts';
import { DOH_ADDRESSES, DOH_NAMES, DOH_PORTS } from './doh.ts';
import { mergeAllowLists, parseAllowList, rulesFor, type AllowList } from './endpoints.ts';
import { canonicalIp, ipFamily } from './ip.ts';
import type { Endpoint, Mode, NftPlan } from './nft.ts';
import { presetAllowList } from './presets.ts';

/** Cloud metadata and platform addresses a runner needs (Azure IMDS + wireserver, AWS IMDS over IPv6). */
export const METADATA_ADDRESSES: readonly string[] = ['169.254.169.254', '168.63.129.16', 'fd00:ec2::254'];
/** Docker's default bridge and user-defined networks: their forwarded traffic is gated like the host's. */
export const CONTAINER_BRIDGES: readonly string[] = ['docker0', 'br-*'];

export type EgressOptions = ParsedOptions<EgressGateDecl>;

export interface GatePlan {
  mode: Mode;
  allow: AllowList;
  /** Allow-list entries the user wrote (presets excluded), for "unless listed" decisions. */
  userAllow: AllowList;
  refusedNames: string[];
  dohAddresses: Endpoint[];
  proxyAddress: string;
  proxyUid: number;
  upstreams: string[];
  killPatterns: RegExp[];
  exempt: RegExp[];
}

function toEndpoint(address: string): Endpoint {
  return { address, family: ipFamily(address) ?? 4 };
}

function regexes(input: string, items: readonly string[] | undefined): RegExp[] {
  return (items ?? []).map((p) => {
    try {
      return new RegExp(p);
    } catch (e) {
      throw new InputError({ input, problem: `${JSON.stringify(p)} is not a regular expression (${e instanceof Error ? e.message : 'invalid'})`, fix: 'write a JavaScript regular expression, e.g. ^node .*sidecar' });
    }
  });
}

export function planGate(o: EgressOptions): GatePlan {
  const userAllow = parseAllowList(o['allowed-endpoints'] ?? []);
  const allow = mergeAllowLists(userAllow, presetAllowList(o.presets ?? []));
  const proxyAddress = canonicalIp(o['dns-address']);
  if (!proxyAddress || !(proxyAddress.startsWith('127.') || proxyAddress === '::1')) {
    throw new InputError({ input: 'dns-address', problem: `${JSON.stringify(o['dns-address'])} is not a loopback address`, fix: 'use a loopback address such as 127.0.0.153' });
  }
  const upstreams = (o['dns-upstream'] ?? []).map((u) => {
    const ip = canonicalIp(u);
    if (!ip) throw new InputError({ input: 'dns-upstream', problem: `${JSON.stringify(u)} is not an IP address`, fix: 'give upstream DNS servers as IP addresses, e.g. 192.0.2.53' });
    return ip;
  });
  const blockDoh = o['block-doh'];
  // A resolver the user names explicitly stays usable; presets never unblock one.
  const refusedNames = blockDoh ? DOH_NAMES.filter((n) => !rulesFor(userAllow, n).some((r) => r.name === n)) : [];
  const listedNets = userAllow.nets.filter((n) => n.prefix === (n.family === 4 ? 32 : 128)).map((n) => n.address);
  const dohAddresses = blockDoh ? DOH_ADDRESSES.map((a) => canonicalIp(a)!).filter((a) => !listedNets.includes(a)).map(toEndpoint) : [];
  return {
    mode: o.mode,
    allow,
    userAllow,
    refusedNames,
    dohAddresses,
    proxyAddress,
    proxyUid: o['proxy-uid'],
    upstreams,
    killPatterns: regexes('kill-patterns', o['kill-patterns']),
    exempt: regexes('watchdog-exempt', o['watchdog-exempt']),
  };
}

/** The nft plan, given the host facts found at start. */
export function nftPlanFor(plan: GatePlan, upstreams: readonly string[], established: readonly Endpoint[]): NftPlan {
  return {
    mode: plan.mode,
    nets: plan.allow.nets,
    upstreams: upstreams.map(toEndpoint),
    proxyUid: plan.proxyUid,
    fixed: [...METADATA_ADDRESSES.map(toEndpoint), ...established],
    doh: plan.dohAddresses,
    dohPorts: DOH_PORTS,
    bridges: CONTAINER_BRIDGES,
  };
}
