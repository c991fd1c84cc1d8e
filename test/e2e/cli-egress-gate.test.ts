// `bulkhead egress-gate` through the CLI bundle, inside a lab namespace: plan's ruleset is accepted by nft's check
// mode; start → traffic → stop reports what was refused, exits 1 with --fail-on-blocked, and cleans up.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientOp, ClientResult } from '../support/egress-client.ts';
import type { LabServersConfig } from '../support/egress-lab-servers.ts';
import { labClient, startLabServers } from '../support/egress-lab.ts';
import { canUseNetns, createLab, NET_V4, type Lab } from '../support/netns.ts';

if (!canUseNetns()) throw new Error('these tests need root with network-namespace and nftables rights (a container needs --privileged), ip (iproute2) and nft (nftables): run .ci/run or apt-get install nftables iproute2');

const NODE = process.execPath;
// The committed bundle, as users run it (under Node 22 too, by test:node-lines); start spawns it again as the daemon.
const CLI = join(import.meta.dirname, '../../dist/cli/index.js');
const T = 60_000;
let lab: Lab;
let dir: string;

const client = (ops: ClientOp[]): Promise<ClientResult[]> => labClient(lab, ops);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bh-egress-cli-'));
  lab = createLab('l', ['192.0.2.10', '192.0.2.11']);
  const cfg: LabServersConfig = {
    dns: [{ address: NET_V4, port: 53 }],
    zone: { 'allowed.example.com': [{ type: 'A', data: '192.0.2.10', ttl: 60 }], 'other.example.net': [{ type: 'A', data: '192.0.2.11', ttl: 60 }] },
    http: ['192.0.2.10', '192.0.2.11'].map((address) => ({ address, port: 80 })),
  };
  await startLabServers(lab, cfg);
}, T);

afterAll(async () => {
  await lab?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('bulkhead egress-gate', () => {
  it('plan prints a ruleset nft accepts, using the resolver found in resolv.conf', async () => {
    const plan = await lab.exec(lab.runner, [NODE, CLI, 'egress-gate', 'plan', '--mode', 'block', '--allowed-endpoints', 'allowed.example.com [2001:db8::/48]:443']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/set upstream4 \{ type ipv4_addr; elements = \{ 192\.0\.2\.1 \}; \}/);
    const check = await lab.exec(lab.runner, ['nft', '-c', '-f', '-'], { input: plan.stdout });
    expect(check.code, check.stderr).toBe(0);
    const bad = await lab.exec(lab.runner, [NODE, CLI, 'egress-gate', 'plan', '--allowed-endpoints', 'a.*.example.com']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/allowed-endpoints.*wildcard/);
  }, T);

  it('start, traffic, stop: refused destinations reported, exit 1 with --fail-on-blocked, no table left', async () => {
    const common = ['--state-dir', dir, '--presets', 'none', '--mode', 'block', '--allowed-endpoints', 'allowed.example.com'];
    const start = await lab.exec(lab.runner, [NODE, CLI, 'egress-gate', 'start', ...common]);
    expect(start.code, start.stderr).toBe(0);
    const r = await client([{ op: 'http', url: 'http://allowed.example.com/' }, { op: 'lookup', name: 'other.example.net' }, { op: 'connect', host: '192.0.2.11', port: 80 }]);
    expect(r[0].value).toMatchObject({ status: 200 });
    expect(r[1].code).toBe('ENOTFOUND');
    expect(r[2].code).toBe('ECONNREFUSED');
    const report = join(dir, 'report.json');
    const stop = await lab.exec(lab.runner, [NODE, CLI, 'egress-gate', 'stop', ...common, '--fail-on-blocked', '--report-file', report]);
    expect(stop.code, stop.stderr).toBe(1);
    expect(stop.stdout).toMatch(/blocked +192\.0\.2\.11 tcp\/80/);
    expect(stop.stdout).toMatch(/blocked +other\.example\.net \(DNS\)/);
    expect(JSON.parse(readFileSync(report, 'utf8')).data.blocked).toHaveLength(2);
    expect((await lab.exec(lab.runner, ['nft', 'list', 'tables'])).stdout).not.toMatch(/bulkhead_egress/);
    expect(readFileSync(`/etc/netns/${lab.runner}/resolv.conf`, 'utf8')).toBe(`nameserver ${NET_V4}\n`);
  }, T);
});
