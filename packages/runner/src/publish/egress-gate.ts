// egress-gate on the runner. main: the host facts (temp folder, the bundled daemon next to this entry, the
// step's own pids) go to the engine, and the gate's state is saved for post. post: the gate is stopped and its
// records published — report file, outputs, summary, and the verdict (fail-on-blocked).
import { dirname, join, resolve } from 'node:path';
import { writeOutputFile } from '@bulkhead/core/fs';
import { egressHeadline, egressJson, egressOutputs, egressSummary, type EGRESS_GATE_DECL, type EgressResult } from '@bulkhead/core/egress';
import type { EgressHost, EgressStart, GateState } from '@bulkhead/core/egress/host';
import { serializeJson } from '@bulkhead/core/report';
import type { ActionContext } from '../types.ts';

type Ctx = ActionContext<typeof EGRESS_GATE_DECL>;

const STATE_KEY = 'egress-gate';

export function egressHost(ctx: Ctx): EgressHost {
  return {
    platform: process.platform,
    stateDir: join(ctx.tempDir, `bulkhead-egress-${process.pid}`),
    // The runner starts `node dist/egress-gate/index.js`; the daemon bundle sits beside it.
    daemonScript: join(dirname(resolve(process.argv[1] ?? '.')), 'daemon.js'),
    protectedPids: [process.pid, process.ppid],
    log: (l) => ctx.info(l),
  };
}

function reportFile(ctx: Ctx): string {
  return ctx.options['report-file'] ? resolve(ctx.workspace, ctx.options['report-file']) : join(ctx.tempDir, 'bulkhead-egress-gate.json');
}

export function publishEgressStart(ctx: Ctx, started: EgressStart): void {
  if (started.skipped) {
    ctx.warning(started.skipped);
    return;
  }
  for (const w of started.warnings) ctx.warning(w);
  ctx.saveState(STATE_KEY, JSON.stringify({ state: started.state, sudoDisabled: started.sudoDisabled }));
  ctx.setOutput('report-file', reportFile(ctx));
}

/** The state saved by main, or undefined when main did not start the gate. */
export function savedGate(ctx: Ctx): { state: GateState; sudoDisabled: boolean } | undefined {
  const raw = ctx.getState(STATE_KEY);
  return raw ? (JSON.parse(raw) as { state: GateState; sudoDisabled: boolean }) : undefined;
}

export async function publishEgressResult(ctx: Ctx, result: EgressResult, sudoDisabled: boolean): Promise<void> {
  const file = reportFile(ctx);
  await writeOutputFile(file, serializeJson(egressJson(result, new Date().toISOString())), 'report-file');
  for (const [k, v] of Object.entries(egressOutputs(result))) ctx.setOutput(k, v);
  ctx.setOutput('report-file', file);
  ctx.info(egressHeadline(result));
  await ctx.summary(egressSummary(result, { sudoDisabled }));
  for (const p of result.problems) ctx.warning(`egress-gate: ${p}`);
  if (ctx.options['fail-on-blocked'] && result.blocked.length > 0) {
    const shown = result.blocked.slice(0, 5).map((b) => (b.port !== undefined ? `${b.destination} ${b.protocol}/${b.port}` : b.destination));
    ctx.fail(`egress-gate: ${result.blocked.length} destination(s) ${result.mode === 'block' ? 'blocked' : 'not allow-listed'} (${shown.join(', ')}${result.blocked.length > 5 ? ', …' : ''}). Fix: add the ones the job needs to allowed-endpoints, or set fail-on-blocked: false.`);
  }
}
