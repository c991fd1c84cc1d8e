// egress-gate through the harness, as the runner runs it: main and post as separate processes with state
// carried over (STATE_egress-gate), .bulkhead.yml below inputs. The bundle runs inside a lab network namespace
// (the harness itself is started there), so only that namespace's firewall and resolv.conf change.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLeakReport } from '../../packages/core/src/diff/metrics/reports.ts';
import type { ClientOp, ClientResult } from '../support/egress-client.ts';
import type { LabServersConfig } from '../support/egress-lab-servers.ts';
import { runAction, type HarnessOptions, type HarnessResult } from '../support/harness.ts';
import { labClient, startLabServers } from '../support/egress-lab.ts';
import { canUseNetns, createLab, NET_V4, type Lab } from '../support/netns.ts';

if (!canUseNetns()) throw new Error('these tests need root with network-namespace and nftables rights (a container needs --privileged), ip (iproute2) and nft (nftables): run .ci/run or apt-get install nftables iproute2');

const NODE = process.execPath;
const SUPPORT = join(import.meta.dirname, '../support');
const BUNDLE = join(import.meta.dirname, '../../dist/egress-gate');
const T = 90_000;
const ALLOWED = '192.0.2.10';
const OTHER = '192.0.2.11';

let lab: Lab;
const dirs: string[] = [];

function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

async function harnessInLab(opts: HarnessOptions): Promise<HarnessResult> {
  const r = await lab.exec(lab.runner, [NODE, join(SUPPORT, 'egress-harness-run.ts'), BUNDLE, JSON.stringify(opts)], { timeoutMs: T });
  if (r.code !== 0) throw new Error(`harness failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as HarnessResult;
}

const client = (ops: ClientOp[]): Promise<ClientResult[]> => labClient(lab, ops);

/** main, then the caller's traffic, then post with main's state: two harness runs sharing RUNNER_TEMP. */
async function mainThenPost(workspace: string, inputs: Record<string, string>, traffic: () => Promise<void>) {
  const runnerTemp = tempDir('bh-egress-rt-');
  const env = { RUNNER_TEMP: runnerTemp };
  const main = await harnessInLab({ workspace, inputs, env, phases: ['main'] });
  await traffic();
  const state: Record<string, string> = {};
  for (const [k, v] of Object.entries(main.state)) state[`STATE_${k}`] = v;
  const post = await harnessInLab({ workspace, inputs, env: { ...env, ...state }, phases: ['post'] });
  return { main, post };
}

beforeAll(async () => {
  lab = createLab('c', [ALLOWED, OTHER]);
  const cfg: LabServersConfig = {
    dns: [{ address: NET_V4, port: 53 }],
    zone: { 'allowed.example.com': [{ type: 'A', data: ALLOWED, ttl: 300 }], 'other.example.net': [{ type: 'A', data: OTHER, ttl: 300 }] },
    http: [ALLOWED, OTHER].map((address) => ({ address, port: 80 })),
  };
  await startLabServers(lab, cfg);
}, T);

afterAll(async () => {
  await lab?.cleanup();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('egress-gate action', () => {
  it('a bad allow-list entry fails main with one line naming the input, before touching the host', async () => {
    const r = await runAction(BUNDLE, { inputs: { 'allowed-endpoints': 'github.com *.com' }, phases: ['main'] });
    expect(r.failed).toBe(true);
    expect(r.failures.join('\n')).toMatch(/allowed-endpoints'?: "\*\.com" wildcards a whole top-level domain/);
    expect(r.state).toEqual({});
    expect(r.phases.main?.stdout).not.toMatch(/at .*\.js:\d+/); // a user error prints no stack
  }, T);

  it('block from .bulkhead.yml: allowed passes, unlisted is refused; post fails on blocked, reports, restores', async () => {
    const ws = tempDir('bh-egress-ws-');
    writeFileSync(join(ws, '.bulkhead.yml'), 'egress-gate:\n  mode: block\n  fail-on-blocked: true\n');
    const resolvBefore = readFileSync(`/etc/netns/${lab.runner}/resolv.conf`, 'utf8');
    let probes: ClientResult[] = [];
    const { main, post } = await mainThenPost(ws, { 'allowed-endpoints': 'allowed.example.com', presets: 'none' }, async () => {
      probes = await client([
        { op: 'http', url: 'http://allowed.example.com/' },
        { op: 'lookup', name: 'other.example.net' },
        { op: 'connect', host: OTHER, port: 80 },
      ]);
    });
    expect(main.failed, main.phases.main?.stdout).toBe(false);
    expect(main.state['egress-gate']).toMatch(/"mode":"block"/); // the config's mode, as no input gave one
    expect(probes[0].value).toMatchObject({ status: 200 });
    expect(probes[1]).toMatchObject({ ok: false, code: 'ENOTFOUND' });
    expect(probes[2]).toMatchObject({ ok: false, code: 'ECONNREFUSED' });

    expect(post.failed).toBe(true);
    expect(post.failures.join('\n')).toMatch(/egress-gate: 2 destination\(s\) blocked .*other\.example\.net.*Fix: add/);
    expect(post.outputs['blocked-count']).toBe('2');
    expect(post.summary).toMatch(/\| other\.example\.net \| DNS \|/);
    expect(post.summary).toMatch(/\| 192\.0\.2\.11 \| tcp\/80 \|/);
    expect(post.summary).toMatch(/allowed\.example\.com \| allowed/);
    const report = readFileSync(post.outputs['report-file'], 'utf8');
    const json = JSON.parse(report) as { kind: string; data: { blocked: unknown[] } };
    expect(json.kind).toBe('bulkhead.egress-gate');
    // diff-telemetry's risk coefficient reads the report the way METRICS.md §4 says: one event per blocked item.
    const leak = parseLeakReport(report, 'egress.json', new Date().toISOString());
    expect(leak.events.map((e) => e.kind)).toEqual(['egress-blocked', 'egress-blocked']);
    expect(readFileSync(`/etc/netns/${lab.runner}/resolv.conf`, 'utf8')).toBe(resolvBefore);
    expect((await lab.exec(lab.runner, ['nft', 'list', 'tables'])).stdout).not.toMatch(/bulkhead_egress/);
  }, T);

  it('an input beats .bulkhead.yml: mode audit lets everything through and counts what block would refuse', async () => {
    const ws = tempDir('bh-egress-ws-');
    mkdirSync(ws, { recursive: true });
    writeFileSync(join(ws, '.bulkhead.yml'), 'egress-gate:\n  mode: block\n');
    let probes: ClientResult[] = [];
    const { post } = await mainThenPost(ws, { mode: 'audit', 'allowed-endpoints': 'allowed.example.com', presets: 'none' }, async () => {
      probes = await client([{ op: 'http', url: 'http://other.example.net/' }]);
    });
    expect(probes[0].value).toMatchObject({ status: 200 });
    expect(post.failed).toBe(false);
    expect(post.outputs['blocked-count']).toBe('1'); // the connection to 192.0.2.11, named other.example.net
    expect(post.summary).toMatch(/\| 192\.0\.2\.11 \| tcp\/80 \| other\.example\.net \| audit: not listed \|/);
    expect((await lab.exec(lab.runner, ['nft', 'list', 'tables'])).stdout).not.toMatch(/bulkhead_egress/);
  }, T);
});
