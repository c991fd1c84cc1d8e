// `bulkhead egress-gate [plan|start|stop|serve]`: the action's gate from a terminal or another CI system.
// plan prints the nft table and DNS policy (changes nothing); start/stop need root (or passwordless sudo);
// serve runs a daemon in the foreground (start spawns this same file as `egress-gate serve --daemon proxy=CONFIG`).
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError } from '@bulkhead/core/errors';
import { EGRESS_GATE_DECL, egressHeadline, egressJson, nftPlanFor, planGate, renderRuleset, type EgressGateDecl, type EgressResult } from '@bulkhead/core/egress';
import { finishEgress, nameservers, RESOLV_CONF, runProxyDaemon, runWatchdogDaemon, startEgress, type GateState } from '@bulkhead/core/egress/host';
import { writeOutputFile } from '@bulkhead/core/fs';
import { serializeJson } from '@bulkhead/core/report';
import type { Command } from '../types.ts';

function resultText(r: EgressResult): string {
  const lines = [egressHeadline(r)];
  for (const b of r.blocked) lines.push(`  ${b.verdict.padEnd(8)} ${b.port !== undefined ? `${b.destination} ${b.protocol}/${b.port}` : `${b.destination} (DNS)`}${b.names?.length ? ` ${b.names.join(',')}` : ''} x${b.count} first ${b.firstSeen}`);
  for (const p of r.processes) lines.push(`  process ${p.pid} ${p.action} (${p.reason}): ${p.cmd}`);
  for (const p of r.problems) lines.push(`  note: ${p}`);
  return `${lines.join('\n')}\n`;
}

export const command: Command<EgressGateDecl> = {
  name: 'egress-gate',
  summary: EGRESS_GATE_DECL.summary,
  decl: EGRESS_GATE_DECL,
  async run(args, io) {
    const o = args.options;
    const stateDir = resolve(io.cwd, o['state-dir'] ?? join(io.env.TMPDIR || tmpdir(), 'bulkhead-egress'));
    const stateFile = join(stateDir, 'state.json');
    if (o.step === 'serve') {
      const m = /^(proxy|watchdog)=(.+)$/.exec(o.daemon ?? '');
      if (!m) throw new UsageError({ input: 'daemon', problem: 'serve needs --daemon proxy=FILE or --daemon watchdog=FILE', fix: 'let `bulkhead egress-gate start` run the daemons' });
      if (m[1] === 'proxy') await runProxyDaemon(m[2]);
      else runWatchdogDaemon(m[2]);
      return 0;
    }
    if (o.step === 'plan') {
      const plan = planGate(o);
      let upstreams = plan.upstreams;
      if (upstreams.length === 0) upstreams = nameservers(readFileSync(RESOLV_CONF, 'utf8')).filter((a) => a !== plan.proxyAddress);
      const ruleset = renderRuleset(nftPlanFor(plan, upstreams, []));
      if (o.format === 'json') io.stdout(serializeJson({ mode: plan.mode, names: plan.allow.names, nets: plan.allow.nets, refusedNames: plan.refusedNames, upstreams, ruleset }));
      else io.stdout(ruleset);
      return 0;
    }
    if (o.step === 'start') {
      await mkdir(stateDir, { recursive: true });
      const started = await startEgress(o, {
        platform: process.platform,
        stateDir,
        daemonScript: resolve(process.argv[1] ?? ''),
        daemonArgs: ['egress-gate', 'serve', '--daemon', '{role}={config}'],
        protectedPids: [process.pid, process.ppid],
        log: (l) => io.stderr(`${l}\n`),
      });
      if (started.skipped) {
        io.stderr(`bulkhead: ${started.skipped}\n`);
        return 0;
      }
      for (const w of started.warnings) io.stderr(`bulkhead: ${w}\n`);
      await writeOutputFile(stateFile, JSON.stringify({ state: started.state, sudoDisabled: started.sudoDisabled }), 'state-dir');
      io.stdout(`egress-gate started (${o.mode}); stop it with: bulkhead egress-gate stop --state-dir ${stateDir}\n`);
      return 0;
    }
    let saved: { state: GateState; sudoDisabled: boolean };
    try {
      saved = JSON.parse(readFileSync(stateFile, 'utf8')) as typeof saved;
    } catch {
      throw new UsageError({ input: 'state-dir', problem: `no gate state in ${stateDir}`, fix: 'run `bulkhead egress-gate start` first, with the same --state-dir' });
    }
    const result = await finishEgress(saved.state, { sudoDisabled: saved.sudoDisabled });
    const report = egressJson(result, new Date().toISOString());
    if (o['report-file']) await writeOutputFile(resolve(io.cwd, o['report-file']), serializeJson(report), 'report-file', o['report-file']);
    io.stdout(o.format === 'json' ? serializeJson(report) : resultText(result));
    return o['fail-on-blocked'] && result.blocked.length > 0 ? 1 : 0;
  },
};
