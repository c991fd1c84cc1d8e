// The process watchdog daemon against real processes: sidecars started after the gate as a dedicated test uid
// (64998, so nothing else on the machine is a candidate). The kernel's own report of how each child died
// (the signal seen by its parent) is the judge; the summary must list what the daemon's log says it did.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildResult, egressSummary } from '../../packages/core/src/egress/report.ts';
import { uptimeMs, type WatchdogConfig } from '../../packages/core/src/egress/host/watchdog-main.ts';

if (process.getuid?.() !== 0) throw new Error('the watchdog tests start processes as another uid: run as root (CI runs as root)');

const UID = 64998;
const DAEMON = join(import.meta.dirname, '../../actions/egress-gate/src/entries/daemon.ts');
const children: ChildProcess[] = [];
const dirs: string[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function asTestUser(argv: string[]): ChildProcess {
  const c = spawn('setpriv', [`--reuid=${UID}`, `--regid=${UID}`, '--clear-groups', ...argv], { stdio: 'ignore' });
  children.push(c);
  return c;
}

function ended(c: ChildProcess, withinMs: number): Promise<string> {
  return new Promise((resolve) => {
    if (c.exitCode !== null || c.signalCode !== null) return resolve(c.signalCode ?? `exit ${c.exitCode}`);
    const timer = setTimeout(() => resolve('alive'), withinMs);
    c.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(signal ?? `exit ${code}`);
    });
  });
}

function startWatchdog(over: Partial<WatchdogConfig>): { daemon: ChildProcess; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bh-watchdog-'));
  dirs.push(dir);
  const cfg: WatchdogConfig = {
    uid: UID,
    gateStartMs: uptimeMs() - 50,
    graceMs: 1000,
    killPatterns: [],
    exempt: [],
    protectedPids: [],
    quotaAction: 'warn',
    intervalMs: 200,
    logFile: join(dir, 'watchdog.jsonl'),
    readyFile: join(dir, 'ready'),
    ...over,
  };
  writeFileSync(cfg.logFile, '');
  writeFileSync(join(dir, 'cfg.json'), JSON.stringify(cfg));
  const daemon = spawn(process.execPath, [DAEMON, 'watchdog', join(dir, 'cfg.json')], { stdio: 'ignore' });
  children.push(daemon);
  return { daemon, log: cfg.logFile };
}

describe('process watchdog', () => {
  it('ends a sidecar, an env -i sidecar and a TERM-ignoring one after kill-after; spares exempt ones; kill-patterns end at once', async () => {
    const { daemon, log } = startWatchdog({ killAfterMs: 1500, exempt: ['^sleep 301$'], killPatterns: ['^sleep 302$'] });
    await new Promise((r) => setTimeout(r, 300));
    const plain = asTestUser(['sleep', '300']);
    const bare = asTestUser(['env', '-i', 'sleep', '300']);
    const stubborn = asTestUser(['bash', '-c', 'trap "" TERM; sleep 300 & wait; sleep 300']);
    const exempt = asTestUser(['sleep', '301']);
    const patterned = asTestUser(['sleep', '302']);
    expect(await ended(patterned, 1200)).toBe('SIGTERM'); // before kill-after
    const [p, b, s] = await Promise.all([ended(plain, 6000), ended(bare, 6000), ended(stubborn, 8000)]);
    expect(p).toBe('SIGTERM');
    expect(b).toBe('SIGTERM');
    expect(s).toBe('SIGKILL'); // ignored TERM, killed after the grace period
    expect(await ended(exempt, 500)).toBe('alive');
    daemon.kill('SIGTERM');
    const result = buildResult({ mode: 'audit', proxyLog: '', watchdogLog: readFileSync(log, 'utf8'), nowMs: Date.now(), tableRemoved: true, resolverRestored: true });
    const byPid = new Map(result.processes.map((x) => [x.pid, x]));
    expect(byPid.get(plain.pid!)).toMatchObject({ action: 'ended', reason: 'kill-after', cmd: 'sleep 300' });
    expect(byPid.get(bare.pid!)).toMatchObject({ action: 'ended', reason: 'kill-after' });
    expect(byPid.get(stubborn.pid!)).toMatchObject({ action: 'killed', reason: 'kill-after' });
    expect(byPid.get(patterned.pid!)).toMatchObject({ action: 'ended', reason: 'kill-pattern' });
    expect(byPid.has(exempt.pid!)).toBe(false);
    const summary = egressSummary(result);
    for (const pid of [plain.pid, bare.pid, stubborn.pid, patterned.pid]) expect(summary).toContain(`| ${pid} |`);
  }, 30_000);

  it('quotas: CPU past max-process-cpu is ended with quota-action kill; memory past max-process-memory is only reported with warn', async () => {
    const { daemon, log } = startWatchdog({ maxCpuMs: 400, quotaAction: 'kill' });
    await new Promise((r) => setTimeout(r, 300));
    const burner = asTestUser(['sh', '-c', 'while :; do :; done']);
    const idle = asTestUser(['sleep', '303']);
    expect(await ended(burner, 8000)).toBe('SIGTERM');
    expect(await ended(idle, 300)).toBe('alive');
    daemon.kill('SIGTERM');
    const mem = startWatchdog({ maxRssBytes: 128 * 1024 * 1024, quotaAction: 'warn' });
    await new Promise((r) => setTimeout(r, 300));
    const hog = asTestUser([process.execPath, '-e', 'globalThis.b = Buffer.alloc(256 * 1024 * 1024, 1); setTimeout(() => {}, 300000)']);
    const small = asTestUser(['sleep', '304']);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await ended(hog, 100)).toBe('alive');
    mem.daemon.kill('SIGTERM');
    const cpuRes = buildResult({ mode: 'audit', proxyLog: '', watchdogLog: readFileSync(log, 'utf8'), nowMs: Date.now(), tableRemoved: true, resolverRestored: true });
    expect(cpuRes.processes.find((x) => x.pid === burner.pid)).toMatchObject({ reason: 'cpu-quota', action: 'ended' });
    expect(cpuRes.processes.find((x) => x.pid === burner.pid)!.cpuMs).toBeGreaterThan(400);
    const memRes = buildResult({ mode: 'audit', proxyLog: '', watchdogLog: readFileSync(mem.log, 'utf8'), nowMs: Date.now(), tableRemoved: true, resolverRestored: true });
    const hogRec = memRes.processes.find((x) => x.pid === hog.pid);
    expect(hogRec).toMatchObject({ reason: 'memory-quota', action: 'warned' });
    expect(hogRec!.rssBytes).toBeGreaterThan(128 * 1024 * 1024);
    expect(memRes.processes.some((x) => x.pid === small.pid)).toBe(false);
    small.kill('SIGKILL');
    hog.kill('SIGKILL');
    idle.kill('SIGKILL');
  }, 30_000);
});
