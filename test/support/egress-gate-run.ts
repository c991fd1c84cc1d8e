// Runs the gate's real start/stop code inside the lab's runner namespace (as the action's main and post do):
// `start OPTIONS_JSON STATE_DIR [WATCHDOG_JSON]` prints the GateState; `stop STATE_FILE` prints the EgressResult.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOptions } from '../../packages/core/src/options/parse-options.ts';
import { EGRESS_GATE_DECL } from '../../packages/core/src/egress/decl.ts';
import { planGate } from '../../packages/core/src/egress/plan.ts';
import { buildResult } from '../../packages/core/src/egress/report.ts';
import { startGate, stopGate, type GateState } from '../../packages/core/src/egress/host/gate.ts';

// BH_EGRESS_DAEMON: another daemon entry, e.g. the bundled dist/egress-gate/daemon.js (the bench times that one).
const DAEMON = process.env.BH_EGRESS_DAEMON ?? join(import.meta.dirname, '../../actions/egress-gate/src/entries/daemon.ts');

async function main(): Promise<void> {
  const [cmd, a, b, c] = process.argv.slice(2);
  if (cmd === 'start') {
    const { options } = parseOptions(EGRESS_GATE_DECL, [JSON.parse(a) as Record<string, string>]);
    const tuning = c ? (JSON.parse(c) as Record<string, unknown>) : {};
    const state = await startGate(planGate(options), { daemon: { script: DAEMON }, stateDir: b, ...(tuning as object) });
    process.stdout.write(JSON.stringify(state));
  } else if (cmd === 'stop') {
    const state = JSON.parse(readFileSync(a, 'utf8')) as GateState;
    const out = await stopGate(state);
    const result = buildResult({ mode: state.mode, ...out, nowMs: Date.now(), startedAt: state.startedAt, setupMs: state.setupMs, upstreams: state.upstreams });
    process.stdout.write(JSON.stringify({ result, tableRemoved: out.tableRemoved, resolverRestored: out.resolverRestored }));
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
