// egress-gate's two halves as the action and the CLI run them: start (plan, start the gate, watchdog, sudo)
// and finish (stop the gate, build the result from its records). Non-Linux hosts get a no-op with a reason.
import { userInfo } from 'node:os';
import type { EgressOptions } from '../plan.ts';
import { planGate } from '../plan.ts';
import { buildResult, type EgressResult } from '../report.ts';
import { startGate, stopGate, type GateState } from './gate.ts';
import { disableSudo } from './sudo.ts';
import { uptimeMs } from './watchdog-main.ts';

export interface EgressHost {
  platform: NodeJS.Platform;
  /** Folder for the gate's state, logs and configs (created). */
  stateDir: string;
  /** The daemon entry: `node <script> proxy|watchdog CONFIG` (or `args` with {role} and {config}). */
  daemonScript: string;
  daemonArgs?: readonly string[];
  /** Processes the watchdog must never end (the step itself and its parent). */
  protectedPids: number[];
  log: (line: string) => void;
}

export interface EgressStart {
  /** Undefined when the gate did not start (not Linux). */
  state?: GateState;
  skipped?: string;
  sudoDisabled: boolean;
  warnings: string[];
}

export async function startEgress(o: EgressOptions, host: EgressHost): Promise<EgressStart> {
  const plan = planGate(o);
  if (host.platform !== 'linux') {
    return { skipped: `egress-gate needs a Linux runner (nftables); on ${host.platform} it does nothing`, sudoDisabled: false, warnings: [] };
  }
  const watch = o['kill-after'] !== undefined || plan.killPatterns.length > 0 || o['max-process-cpu'] !== undefined || o['max-process-memory'] !== undefined;
  const state = await startGate(plan, {
    daemon: { script: host.daemonScript, args: host.daemonArgs },
    stateDir: host.stateDir,
    log: host.log,
    watchdog: watch
      ? {
          uid: process.getuid?.() ?? 0,
          gateStartMs: uptimeMs(),
          killAfterMs: o['kill-after'],
          graceMs: o['kill-grace'],
          killPatterns: plan.killPatterns.map((r) => r.source),
          exempt: plan.exempt.map((r) => r.source),
          protectedPids: host.protectedPids,
          maxCpuMs: o['max-process-cpu'],
          maxRssBytes: o['max-process-memory'],
          quotaAction: o['quota-action'],
        }
      : undefined,
  });
  const warnings: string[] = [];
  if (watch && (process.getuid?.() ?? 0) === 0) {
    // The watchdog's candidates are the job user's processes; when that user is root, that is every root process.
    warnings.push('the job runs as root: the watchdog considers every root process started after the gate (system services included); list the ones to keep in watchdog-exempt');
  }
  let sudoDisabled = false;
  if (o['disable-sudo']) {
    sudoDisabled = await disableSudo(userInfo().username);
    if (!sudoDisabled) warnings.push('disable-sudo: sudo still works for the runner user after removing /etc/sudoers.d/runner (another grant exists); later steps can undo the gate');
  }
  return { state, sudoDisabled, warnings };
}

export async function finishEgress(state: GateState, opts: { sudoDisabled?: boolean } = {}): Promise<EgressResult> {
  const out = await stopGate(state, opts);
  return buildResult({
    mode: state.mode,
    tableJson: out.tableJson,
    proxyLog: out.proxyLog,
    watchdogLog: out.watchdogLog,
    nowMs: Date.now(),
    startedAt: state.startedAt,
    setupMs: state.setupMs,
    upstreams: state.upstreams,
    tableRemoved: out.tableRemoved,
    resolverRestored: out.resolverRestored,
    problems: out.problems,
  });
}
