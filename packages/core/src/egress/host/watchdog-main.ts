// The detached watchdog: every interval, reads /proc, asks watchdog.judge, ends what it says (TERM, then KILL
// after the grace period if the same process — same pid AND start time — is still there), logs JSON lines.
import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { judge, parseStat, parseStatusUid, type ProcInfo, type WatchFinding } from '../watchdog.ts';

export interface WatchdogConfig {
  uid: number;
  /** ms since boot when the gate started (from /proc/uptime). */
  gateStartMs: number;
  killAfterMs?: number;
  graceMs: number;
  killPatterns: string[];
  exempt: string[];
  protectedPids: number[];
  maxCpuMs?: number;
  maxRssBytes?: number;
  quotaAction: 'warn' | 'kill';
  intervalMs?: number;
  logFile: string;
  readyFile: string;
}

export interface WatchdogLogEntry {
  t: string;
  pid: number;
  cmd: string;
  reason: WatchFinding['reason'];
  action: 'term' | 'kill' | 'warn';
  ageMs: number;
  cpuMs: number;
  rssBytes: number;
}

function getconf(name: string, fallback: number): number {
  const r = spawnSync('getconf', [name], { encoding: 'utf8' });
  const n = Number(r.stdout?.trim());
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function uptimeMs(): number {
  return Math.round(Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]) * 1000);
}

export function readProcs(clockTicks: number, pageSize: number): ProcInfo[] {
  const out: ProcInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'), clockTicks, pageSize);
      const uid = parseStatusUid(readFileSync(`/proc/${name}/status`, 'utf8'));
      // Zombies are already dead (waiting for their parent): nothing to end.
      if (!stat || stat.zombie || uid === undefined) continue;
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0+$/, '').replace(/\0/g, ' ');
      out.push({ pid: stat.pid, ppid: stat.ppid, startMs: stat.startMs, cpuMs: stat.cpuMs, rssBytes: stat.rssBytes, uid, cmd });
    } catch {
      // The process ended while being read.
    }
  }
  return out;
}

export function runWatchdogDaemon(configPath: string): void {
  const cfg = JSON.parse(readFileSync(configPath, 'utf8')) as WatchdogConfig;
  const ticks = getconf('CLK_TCK', 100);
  const page = getconf('PAGESIZE', 4096);
  const rules = {
    uid: cfg.uid,
    gateStartMs: cfg.gateStartMs,
    killAfterMs: cfg.killAfterMs,
    killPatterns: cfg.killPatterns.map((p) => new RegExp(p)),
    exempt: cfg.exempt.map((p) => new RegExp(p)),
    protectedPids: new Set([...cfg.protectedPids, process.pid]),
    maxCpuMs: cfg.maxCpuMs,
    maxRssBytes: cfg.maxRssBytes,
    quotaAction: cfg.quotaAction,
  };
  // pid → start time of processes already sent TERM (or already warned about), so each is handled once.
  const termed = new Map<number, { startMs: number; at: number; finding: WatchFinding }>();
  const warned = new Set<string>();
  const log = (f: WatchFinding, action: WatchdogLogEntry['action'], now: number) => {
    const e: WatchdogLogEntry = { t: new Date().toISOString(), pid: f.pid, cmd: f.proc.cmd.slice(0, 300), reason: f.reason, action, ageMs: now - f.proc.startMs, cpuMs: f.proc.cpuMs, rssBytes: f.proc.rssBytes };
    appendFileSync(cfg.logFile, `${JSON.stringify(e)}\n`);
  };
  const tick = () => {
    const now = uptimeMs();
    const procs = readProcs(ticks, page);
    const alive = new Map(procs.map((p) => [p.pid, p]));
    for (const [pid, t] of termed) {
      const p = alive.get(pid);
      if (!p || p.startMs !== t.startMs) termed.delete(pid);
      else if (now - t.at >= cfg.graceMs) {
        try {
          process.kill(pid, 'SIGKILL');
          log({ ...t.finding, proc: p }, 'kill', now);
        } catch {
          // already gone
        }
        termed.delete(pid);
      }
    }
    for (const f of judge(procs, rules, now)) {
      if (termed.has(f.pid)) continue;
      if (!f.end) {
        const key = `${f.pid}:${f.proc.startMs}:${f.reason}`;
        if (!warned.has(key)) {
          warned.add(key);
          log(f, 'warn', now);
        }
        continue;
      }
      try {
        process.kill(f.pid, 'SIGTERM');
        termed.set(f.pid, { startMs: f.proc.startMs, at: now, finding: f });
        log(f, 'term', now);
      } catch {
        // already gone
      }
    }
  };
  writeFileSync(cfg.readyFile, JSON.stringify({ pid: process.pid }));
  const timer = setInterval(tick, cfg.intervalMs ?? 500);
  tick();
  process.on('SIGTERM', () => {
    clearInterval(timer);
    process.exit(0);
  });
}
