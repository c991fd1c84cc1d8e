// egress-gate end to end on real network namespaces: an upstream DNS server and HTTP servers on documentation
// addresses in the "net" namespace; the gate's real start/stop code, its DNS proxy and nft table in the
// "runner" namespace; every probe made as an unprivileged user (uid 65534), as a job step would.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientOp, ClientResult } from '../support/egress-client.ts';
import type { LabServersConfig } from '../support/egress-lab-servers.ts';
import { establishedRemotes } from '../../packages/core/src/egress/proc-net.ts';
import { labClient, startLabServers } from '../support/egress-lab.ts';
import { canUseNetns, createLab, NET_V4, NET_V6, type Lab } from '../support/netns.ts';

if (!canUseNetns()) throw new Error('these tests need root with network-namespace and nftables rights (a container needs --privileged), ip (iproute2) and nft (nftables): run .ci/run or apt-get install nftables iproute2');

const NODE = process.execPath;
const SUPPORT = join(import.meta.dirname, '../support');
const T = 60_000;

// Addresses on the net side (all documentation ranges).
const A = {
  allowed: '192.0.2.10',
  other: '192.0.2.11',
  wildSub: '192.0.2.12',
  wildApex: '192.0.2.13',
  cdn: '192.0.2.14',
  short: '192.0.2.15',
  direct: '198.51.100.20',
  listedIp: '198.51.100.30',
  allowed6: '2001:db8::10',
  v6only: '2001:db8::11',
  unlisted6: '2001:db8::12',
};

const ZONE: LabServersConfig['zone'] = {
  'allowed.example.com': [{ type: 'A', data: A.allowed, ttl: 300 }, { type: 'AAAA', data: A.allowed6, ttl: 300 }],
  'other.example.net': [{ type: 'A', data: A.other, ttl: 300 }],
  'sub.wild.example.org': [{ type: 'A', data: A.wildSub, ttl: 300 }],
  'wild.example.org': [{ type: 'A', data: A.wildApex, ttl: 300 }],
  'alias.example.com': [{ type: 'CNAME', data: 'edge.cdn.example.net', ttl: 300 }],
  'edge.cdn.example.net': [{ type: 'A', data: A.cdn, ttl: 300 }],
  'short.example.com': [{ type: 'A', data: A.short, ttl: 2 }],
  'v6only.example.com': [{ type: 'AAAA', data: A.v6only, ttl: 300 }],
  'dns.google': [{ type: 'A', data: A.other, ttl: 300 }],
};

const V4 = [A.allowed, A.other, A.wildSub, A.wildApex, A.cdn, A.short, A.direct, A.listedIp];
const V6 = [A.allowed6, A.v6only, A.unlisted6];

let lab: Lab;
const dirs: string[] = [];

const client = (ops: ClientOp[], ns?: string): Promise<ClientResult[]> => labClient(lab, ops, ns);

async function gateStart(inputs: Record<string, string>, tuning: object = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bh-egress-'));
  dirs.push(dir);
  const r = await lab.exec(lab.runner, [NODE, join(SUPPORT, 'egress-gate-run.ts'), 'start', JSON.stringify({ presets: 'none', 'dns-upstream': NET_V4, ...inputs }), dir, JSON.stringify(tuning)]);
  if (r.code !== 0) throw new Error(`gate start failed: ${r.stderr}`);
  const file = join(dir, 'state.json');
  writeFileSync(file, r.stdout);
  return file;
}

async function gateStop(stateFile: string) {
  const r = await lab.exec(lab.runner, [NODE, join(SUPPORT, 'egress-gate-run.ts'), 'stop', stateFile]);
  if (r.code !== 0) throw new Error(`gate stop failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { result: import('../../packages/core/src/egress/report.ts').EgressResult; tableRemoved: boolean; resolverRestored: boolean };
}

const resolvConf = () => readFileSync(`/etc/netns/${lab.runner}/resolv.conf`, 'utf8');
const http = (host: string, port = 80): ClientOp => ({ op: 'http', url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`, timeoutMs: 3000 });

beforeAll(async () => {
  lab = createLab('g', V4, V6, { container: true });
  const cfg: LabServersConfig = {
    dns: [{ address: NET_V4, port: 53 }, { address: NET_V6, port: 53 }],
    zone: ZONE,
    http: [...V4, ...V6].map((address) => ({ address, port: 80 })).concat([{ address: A.allowed, port: 8080 }]),
  };
  await startLabServers(lab, cfg);
}, T);

afterAll(async () => {
  await lab?.cleanup();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('without the gate (the lab itself works)', () => {
  it('resolves and connects to everything', async () => {
    const r = await client([{ op: 'lookup', name: 'other.example.net' }, http(A.direct), http(A.unlisted6), { op: 'dns-direct', server: NET_V4, name: 'allowed.example.com' }]);
    expect(r[0].value).toEqual([A.other]);
    expect(r[1].ok && (r[1].value as { status: number }).status).toBe(200);
    expect(r[2].ok).toBe(true);
    expect(r[3].value).toEqual([A.allowed]);
  }, T);

  it('the connections open at start are read from /proc/net/tcp{,6} as ss reports them', async () => {
    const script = `exec 3<>/dev/tcp/${A.allowed}/80; exec 4<>/dev/tcp/${A.allowed6}/80; cat /proc/net/tcp; echo ===; cat /proc/net/tcp6; echo ===; ss -Htn state established`;
    const r = await lab.exec(lab.runner, ['bash', '-c', script]);
    const [tcp, tcp6, ss] = r.stdout.split('===\n');
    const ours = [...establishedRemotes(tcp), ...establishedRemotes(tcp6)].map((e) => `${e.address} ${e.port}`).sort();
    const theirs = ss
      .split('\n')
      .filter(Boolean)
      .map((l) => l.trim().split(/\s+/).at(-1)!)
      .map((peer) => {
        const i = peer.lastIndexOf(':');
        return `${peer.slice(0, i).replace(/^\[|\]$/g, '').replace(/^::ffff:/, '')} ${peer.slice(i + 1)}`;
      })
      .sort();
    expect(ours).toEqual([`${A.allowed} 80`, `${A.allowed6} 80`].sort());
    expect(ours).toEqual(theirs);
  }, T);
});

describe('block mode', () => {
  let state: string;
  const before = () => `nameserver ${NET_V4}\n`;
  beforeAll(async () => {
    state = await gateStart(
      { mode: 'block', 'allowed-endpoints': `allowed.example.com:80 *.wild.example.org alias.example.com short.example.com\nv6only.example.com ${A.listedIp}:80` },
      { proxyTuning: { ttlSlackS: 0, minOpenS: 1 } },
    );
  }, T);

  it('an allowed name resolves and answers 200 (IPv4 and IPv6)', async () => {
    const r = await client([{ op: 'lookup', name: 'allowed.example.com' }, http('allowed.example.com'), http(A.allowed6)]);
    expect(r[0].value).toEqual([A.allowed6, A.allowed].sort());
    expect(r[1].value).toMatchObject({ status: 200, body: expect.stringMatching(new RegExp(`^hello from (${A.allowed}|${A.allowed6}) port 80`)) });
    expect(r[2].value).toMatchObject({ status: 200 });
  }, T);

  it('an unlisted name gets NXDOMAIN; DoH resolver names too', async () => {
    const r = await client([{ op: 'lookup', name: 'other.example.net' }, { op: 'lookup', name: 'dns.google' }]);
    expect(r[0]).toMatchObject({ ok: false, code: 'ENOTFOUND' });
    expect(r[1]).toMatchObject({ ok: false, code: 'ENOTFOUND' });
  }, T);

  it('a direct connection to an unlisted IP is refused at once; a listed IP:port connects', async () => {
    const r = await client([{ op: 'connect', host: A.direct, port: 80 }, { op: 'connect', host: A.listedIp, port: 80 }, { op: 'connect', host: A.listedIp, port: 8080 }]);
    expect(r[0]).toMatchObject({ ok: false, code: 'ECONNREFUSED' });
    expect(r[0].ms).toBeLessThan(500);
    expect(r[1].ok).toBe(true);
    expect(r[2]).toMatchObject({ ok: false, code: 'ECONNREFUSED' });
  }, T);

  it('an allowed name on another port is refused', async () => {
    const r = await client([{ op: 'lookup', name: 'allowed.example.com' }, { op: 'connect', host: A.allowed, port: 8080 }]);
    expect(r[0].ok).toBe(true);
    expect(r[1]).toMatchObject({ ok: false, code: 'ECONNREFUSED' });
  }, T);

  it('DNS straight to the upstream gets no answer', async () => {
    const r = await client([{ op: 'dns-direct', server: NET_V4, name: 'allowed.example.com' }, { op: 'dns-direct', server: NET_V6, name: 'allowed.example.com' }]);
    for (const x of r) expect(x.ok).toBe(false);
  }, T);

  it('*.domain matches subdomains, not the apex; a CNAME target opens through its allowed alias', async () => {
    const r = await client([http('sub.wild.example.org'), { op: 'lookup', name: 'wild.example.org' }, http('alias.example.com'), { op: 'connect', host: A.wildApex, port: 80 }]);
    expect(r[0].value).toMatchObject({ status: 200 });
    expect(r[1]).toMatchObject({ ok: false, code: 'ENOTFOUND' });
    expect(r[2].value).toMatchObject({ status: 200, body: `hello from ${A.cdn} port 80\n` });
    expect(r[3]).toMatchObject({ ok: false, code: 'ECONNREFUSED' });
  }, T);

  it('IPv6: a listed AAAA-only name connects, an unlisted IPv6 address is refused', async () => {
    const r = await client([http('v6only.example.com'), { op: 'connect', host: A.unlisted6, port: 80 }]);
    expect(r[0].value).toMatchObject({ status: 200 });
    expect(r[1]).toMatchObject({ ok: false, code: 'ECONNREFUSED' });
  }, T);

  it('an opened address closes when its TTL (+ slack) runs out, and opens again on the next lookup', async () => {
    const r = await client([{ op: 'lookup', name: 'short.example.com' }, { op: 'connect', host: A.short, port: 80 }, { op: 'sleep', ms: 3500 }, { op: 'connect', host: A.short, port: 80 }, { op: 'lookup', name: 'short.example.com' }, { op: 'connect', host: A.short, port: 80 }]);
    expect(r[0].value).toEqual([A.short]);
    expect(r[1].ok).toBe(true);
    expect(r[3]).toMatchObject({ ok: false, code: 'ECONNREFUSED' });
    expect(r[5].ok).toBe(true);
  }, T);

  it('a container behind a br-* bridge resolves through the proxy (its DNS redirected) and is gated by the same sets', async () => {
    const r = await client([http('allowed.example.com'), { op: 'lookup', name: 'other.example.net' }, { op: 'connect', host: A.direct, port: 80 }, { op: 'connect', host: A.allowed, port: 8080 }], lab.container);
    expect(r[0].value).toMatchObject({ status: 200 });
    expect(r[1]).toMatchObject({ ok: false, code: 'ENOTFOUND' });
    expect(r[2]).toMatchObject({ ok: false, code: 'ECONNREFUSED' });
    expect(r[3]).toMatchObject({ ok: false, code: 'ECONNREFUSED' });
  }, T);

  it('post: records what was blocked, restores the resolver and leaves no table behind', async () => {
    const { result, tableRemoved, resolverRestored } = await gateStop(state);
    expect(tableRemoved).toBe(true);
    expect(resolverRestored).toBe(true);
    expect(resolvConf()).toBe(before());
    const list = await lab.exec(lab.runner, ['nft', 'list', 'tables']);
    expect(list.stdout).not.toMatch(/bulkhead_egress/);
    const dests = result.blocked.map((b) => `${b.kind} ${b.destination}${b.port !== undefined ? ` ${b.protocol}/${b.port}` : ''}`);
    expect(dests).toEqual(expect.arrayContaining([`connection ${A.direct} tcp/80`, `connection ${A.allowed} tcp/8080`, `connection ${A.unlisted6} tcp/80`, `connection ${A.wildApex} tcp/80`, 'dns other.example.net', 'dns dns.google', 'dns wild.example.org', `connection ${NET_V4} udp/53`]));
    expect(dests).not.toContain(`connection ${A.allowed} tcp/80`);
    expect(result.blocked.every((b) => b.verdict === 'blocked')).toBe(true);
    expect(result.dns.find((d) => d.name === 'allowed.example.com')?.verdict).toBe('allowed');
    // After post, the unprivileged user reaches everything again, straight through the original resolver.
    const r = await client([{ op: 'lookup', name: 'other.example.net' }, { op: 'connect', host: A.direct, port: 80 }]);
    expect(r[0].value).toEqual([A.other]);
    expect(r[1].ok).toBe(true);
  }, T);
});

describe('audit mode', () => {
  it('passes everything, records what block mode would refuse, and cleans up', async () => {
    const state = await gateStart({ mode: 'audit', 'allowed-endpoints': 'allowed.example.com' });
    try {
      const r = await client([http('allowed.example.com'), http('other.example.net'), http(A.direct), http(A.unlisted6), { op: 'lookup', name: 'dns.google' }]);
      expect(r.slice(0, 4).map((x) => (x.value as { status?: number } | undefined)?.status)).toEqual([200, 200, 200, 200]);
      expect(r[4]).toMatchObject({ ok: false, code: 'ENOTFOUND' }); // DoH resolvers are refused in audit mode too
    } finally {
      const { result, tableRemoved } = await gateStop(state);
      expect(tableRemoved).toBe(true);
      const audited = result.blocked.filter((b) => b.verdict === 'audited').map((b) => `${b.destination} ${(b.names ?? []).join(',')}`);
      expect(audited).toEqual(expect.arrayContaining([`${A.other} other.example.net`, `${A.direct} `, `${A.unlisted6} `]));
      expect(result.blocked.find((b) => b.destination === 'dns.google')?.verdict).toBe('blocked');
      expect(result.blocked.some((b) => b.destination === A.allowed)).toBe(false);
    }
  }, T);
});
