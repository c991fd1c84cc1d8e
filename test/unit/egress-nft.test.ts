// The generated nftables table, judged by the real nft: check mode (the kernel validates without committing)
// for every plan shape, and a real load in a throw-away network namespace whose listing must show the sets
// exactly as we normalised them. The session used by the DNS proxy is exercised against the same kernel.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOH_ADDRESSES, DOH_PORTS } from '../../packages/core/src/egress/doh.ts';
import { parseAllowList } from '../../packages/core/src/egress/endpoints.ts';
import { ipFamily } from '../../packages/core/src/egress/ip.ts';
import { renderApply, renderRefresh, TABLE_REF, type NftPlan } from '../../packages/core/src/egress/nft.ts';
import { cidrText } from '../../packages/core/src/egress/ip.ts';
import { canUseNetns } from '../support/netns.ts';

const NS = `bhnft${process.pid % 100000}`;

function nft(args: string[], input?: string) {
  return spawnSync('ip', ['netns', 'exec', NS, 'nft', ...args], { input, encoding: 'utf8' });
}

function plan(over: Partial<NftPlan> = {}): NftPlan {
  const al = parseAllowList('192.0.2.77/24 198.51.100.7:443 [2001:db8:0:0:1::/64]:8443 2001:db8:1::5 198.51.100.128/25 example.com');
  return {
    mode: 'block',
    nets: al.nets,
    upstreams: [{ address: '192.0.2.53', family: 4 }, { address: '2001:db8::53', family: 6 }],
    proxyUid: 64153,
    fixed: [{ address: '169.254.169.254', family: 4 }, { address: '192.0.2.99', family: 4, port: 443 }, { address: 'fd00:ec2::254', family: 6 }],
    doh: DOH_ADDRESSES.map((a) => ({ address: a, family: ipFamily(a)! })),
    dohPorts: DOH_PORTS,
    bridges: ['docker0', 'br-*'],
    ...over,
  };
}

const available = canUseNetns();
if (!available) throw new Error('these tests need root with network-namespace and nftables rights (a container needs --privileged), ip (iproute2) and nft (nftables): run .ci/run or apt-get install nftables iproute2');

describe('nft ruleset', () => {
  beforeAll(() => {
    spawnSync('ip', ['netns', 'add', NS]);
  });
  afterAll(() => {
    spawnSync('ip', ['netns', 'del', NS]);
  });

  it('check mode accepts every plan shape, and refuses a broken one (the judge judges)', () => {
    const shapes: Partial<NftPlan>[] = [{}, { mode: 'audit' }, { doh: [] }, { nets: [] }, { fixed: [], upstreams: [] }, { bridges: [] }, { mode: 'audit', doh: [], nets: [], fixed: [], upstreams: [] }];
    for (const s of shapes) {
      const r = nft(['-c', '-f', '-'], renderApply(plan(s)));
      expect(r.status, `${JSON.stringify(s)}: ${r.stderr}`).toBe(0);
    }
    const broken = renderApply(plan()).replace('ct state established,related accept', 'ct state establishd accept');
    expect(nft(['-c', '-f', '-'], broken).status).not.toBe(0);
  });

  it('loads, and nft lists the allow-listed networks exactly as we normalised them', () => {
    const p = plan();
    expect(nft(['-f', '-'], renderApply(p)).stderr).toBe('');
    const doc = JSON.parse(nft(['-j', 'list', 'table', ...TABLE_REF.split(' ')]).stdout) as { nftables: { set?: { name: string; elem?: unknown[] } }[] };
    const sets = new Map(doc.nftables.filter((x) => x.set).map((x) => [x.set!.name, x.set!.elem ?? []]));
    const text = (e: unknown): string => {
      const v = (e as { elem?: { val: unknown } }).elem?.val ?? e;
      if (typeof v === 'string') return v;
      const o = v as { prefix?: { addr: string; len: number }; concat?: unknown[]; range?: unknown[] };
      if (o.prefix) return `${o.prefix.addr}/${o.prefix.len}`;
      if (o.concat) return o.concat.map(text).join(' . ');
      return JSON.stringify(v);
    };
    const listed = (name: string) => (sets.get(name) ?? []).map(text).sort();
    const ours = (fam: 4 | 6, ported: boolean) =>
      p.nets.filter((n) => n.family === fam && (n.port !== undefined) === ported).map((n) => (ported ? `${cidrText(n)} . ${n.port}` : cidrText(n))).sort();
    expect(listed('nets4')).toEqual(ours(4, false));
    expect(listed('nets6')).toEqual(ours(6, false));
    expect(listed('nets4p')).toEqual(ours(4, true));
    expect(listed('nets6p')).toEqual(ours(6, true));
    expect(listed('nets4')).toEqual(['192.0.2.0/24', '198.51.100.128/25']);
    expect(listed('doh4').length + listed('doh6').length).toBe(DOH_ADDRESSES.length);
    // Re-applying replaces the table in one transaction (no "exists" error, no duplicate chains).
    expect(nft(['-f', '-'], renderApply({ ...p, mode: 'audit' })).status).toBe(0);
    expect(nft(['list', 'chain', ...TABLE_REF.split(' '), 'egress']).stdout).toMatch(/audit unlisted/);
  });

  it('refresh sets an element timeout up or down whether or not it existed', () => {
    nft(['-f', '-'], renderApply(plan()));
    const el = (timeoutS: number) => [
      { address: '192.0.2.10', family: 4 as const, timeoutS },
      { address: '192.0.2.11', family: 4 as const, port: 443, timeoutS },
      { address: '2001:db8::10', family: 6 as const, timeoutS },
    ];
    expect(nft(['-f', '-'], `${renderRefresh(el(600))}\n`).stderr).toBe('');
    expect(nft(['-f', '-'], `${renderRefresh(el(90))}\n`).stderr).toBe('');
    const out = nft(['list', 'table', ...TABLE_REF.split(' ')]).stdout;
    expect(out).toMatch(/192\.0\.2\.10 timeout 1m30s/);
    expect(out).toMatch(/192\.0\.2\.11 \. 443 timeout 1m30s/);
    expect(out).toMatch(/2001:db8::10 timeout 1m30s/);
  });
});
