// Process watchdog decisions: which of the job's processes started after the gate are past kill-after, match
// a kill pattern, or exceed a quota. Matched by start time since boot (from /proc), so a process that clears
// its environment (`env -i`) or renames itself cannot hide. Pure; host/watchdog-main.ts acts on it.

export interface ProcInfo {
  pid: number;
  ppid: number;
  uid: number;
  /** Start time, ms since boot. */
  startMs: number;
  /** user + system CPU time, ms. */
  cpuMs: number;
  rssBytes: number;
  cmd: string;
}

export interface WatchdogRules {
  uid: number;
  gateStartMs: number;
  killAfterMs?: number;
  killPatterns: readonly RegExp[];
  exempt: readonly RegExp[];
  protectedPids: ReadonlySet<number>;
  maxCpuMs?: number;
  maxRssBytes?: number;
  quotaAction: 'warn' | 'kill';
}

export type WatchReason = 'kill-after' | 'kill-pattern' | 'cpu-quota' | 'memory-quota';

export interface WatchFinding {
  pid: number;
  reason: WatchReason;
  /** End the process (false: report only). */
  end: boolean;
  proc: ProcInfo;
}

/** The runner's own processes are never candidates. */
export const RUNNER_PROCESS = /Runner\.(Worker|Listener)|\/runsvc\.sh|\/run-helper\.sh|actions-runner/;

export function judge(procs: readonly ProcInfo[], rules: WatchdogRules, nowMs: number): WatchFinding[] {
  const out: WatchFinding[] = [];
  for (const p of procs) {
    if (p.uid !== rules.uid || p.startMs < rules.gateStartMs || rules.protectedPids.has(p.pid)) continue;
    if (RUNNER_PROCESS.test(p.cmd) || rules.exempt.some((r) => r.test(p.cmd))) continue;
    if (rules.killPatterns.some((r) => r.test(p.cmd))) {
      out.push({ pid: p.pid, reason: 'kill-pattern', end: true, proc: p });
      continue;
    }
    if (rules.killAfterMs !== undefined && nowMs - p.startMs >= rules.killAfterMs) {
      out.push({ pid: p.pid, reason: 'kill-after', end: true, proc: p });
      continue;
    }
    const kill = rules.quotaAction === 'kill';
    if (rules.maxCpuMs !== undefined && p.cpuMs > rules.maxCpuMs) out.push({ pid: p.pid, reason: 'cpu-quota', end: kill, proc: p });
    else if (rules.maxRssBytes !== undefined && p.rssBytes > rules.maxRssBytes) out.push({ pid: p.pid, reason: 'memory-quota', end: kill, proc: p });
  }
  return out;
}

/** Parses /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parseStat(text: string, clockTicks: number, pageSize: number): (Pick<ProcInfo, 'pid' | 'ppid' | 'startMs' | 'cpuMs' | 'rssBytes'> & { zombie: boolean }) | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const pid = Number(text.slice(0, text.indexOf(' ')));
  // Fields after the command: index 0 is field 3 (state).
  const f = text.slice(close + 2).trim().split(/\s+/);
  if (f.length < 22) return undefined;
  const tick = 1000 / clockTicks;
  return {
    pid,
    zombie: f[0] === 'Z',
    ppid: Number(f[1]),
    cpuMs: (Number(f[11]) + Number(f[12])) * tick,
    startMs: Number(f[19]) * tick,
    rssBytes: Number(f[21]) * pageSize,
  };
}

/** Real uid from /proc/<pid>/status. */
export function parseStatusUid(text: string): number | undefined {
  const m = /^Uid:\s+(\d+)/m.exec(text);
  return m ? Number(m[1]) : undefined;
}
