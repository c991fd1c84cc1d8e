// Starting and stopping the gate on this host: the side-effecting half of egress-gate. start: proxy up and
// listening → nft table applied → resolver pointed at the proxy (→ watchdog). stop: records read → daemons
// ended → resolver restored → table removed. A failure part-way through start undoes what was done.
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync, closeSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ResourceError } from '../../errors.ts';
import { renderApply } from '../nft.ts';
import { CONTAINER_BRIDGES, nftPlanFor, type GatePlan } from '../plan.ts';
import { establishedRemotes } from '../proc-net.ts';
import { bridgeAddresses, isRoot, privileged, run } from './exec.ts';
import { applyRuleset, deleteTable, listTableJson, tableExists } from './nft-exec.ts';
import type { ProxyConfig } from './proxy-main.ts';
import { currentUpstreams, detectResolver, pointResolverAt, restoreResolver, type ResolverKind } from './resolver.ts';
import type { WatchdogConfig } from './watchdog-main.ts';

export interface GateState {
  stateDir: string;
  mode: GatePlan['mode'];
  resolver: ResolverKind;
  /** File holding resolv.conf as it was (resolv.conf kind). */
  savedResolvConf?: string;
  proxyPid: number;
  watchdogPid?: number;
  proxyLog: string;
  watchdogLog: string;
  upstreams: string[];
  startedAt: string;
  setupMs: number;
}

export interface StartDeps {
  /**
   * The daemon entry (dist/egress-gate/daemon.js, or the CLI): run as `<script> ROLE CONFIG`, or with `args`
   * where `{role}` and `{config}` are replaced.
   */
  daemon: { script: string; args?: readonly string[] };
  stateDir: string;
  watchdog?: Omit<WatchdogConfig, 'logFile' | 'readyFile'>;
  log?: (line: string) => void;
  proxyTuning?: ProxyConfig['tuning'];
}

async function readEstablished(): Promise<ReturnType<typeof establishedRemotes>> {
  const files = ['/proc/net/tcp', '/proc/net/tcp6'];
  const texts = await Promise.all(files.map((f) => readFile(f, 'utf8').catch(() => '')));
  return texts.flatMap(establishedRemotes);
}

/** Spawns `script role config` detached (via sudo when needed) and waits for its ready file. */
async function spawnDaemon(deps: StartDeps, role: 'proxy' | 'watchdog', config: string, readyFile: string, asRoot: boolean): Promise<number> {
  const errFile = join(deps.stateDir, `${role}.stderr`);
  const fd = openSync(errFile, 'a');
  const args = deps.daemon.args ? deps.daemon.args.map((a) => a.replace('{role}', role).replace('{config}', config)) : [role, config];
  const argv = [process.execPath, deps.daemon.script, ...args];
  const full = asRoot ? privileged(argv) : argv;
  const child = spawn(full[0], full.slice(1), { detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? 1));
  child.unref();
  for (let i = 0; i < 200; i++) {
    // The daemon writes its ready file after dropping privileges, through a descriptor opened before: it may be empty for a moment.
    const ready = existsSync(readyFile) ? readFileSync(readyFile, 'utf8') : '';
    if (ready.trim()) return (JSON.parse(ready) as { pid: number }).pid;
    if (exited !== null) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  const err = readFileSync(errFile, 'utf8').trim().split('\n').slice(-3).join(' ');
  throw new ResourceError({ problem: `the ${role} did not start${exited !== null ? ` (exit ${exited})` : ' within 5 s'}${err ? `: ${err}` : ''}`, fix: 'run on Linux as root or with passwordless sudo, with nothing else listening on the dns-address' });
}

async function stopPid(pid: number | undefined): Promise<void> {
  if (!pid) return;
  await run(privileged(['kill', '-TERM', String(pid)]));
  for (let i = 0; i < 40; i++) {
    if ((await run(['kill', '-0', String(pid)])).code !== 0 && !existsSync(`/proc/${pid}`)) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  await run(privileged(['kill', '-KILL', String(pid)]));
}

export async function startGate(plan: GatePlan, deps: StartDeps): Promise<GateState> {
  const started = performance.now();
  await mkdir(deps.stateDir, { recursive: true });
  const resolver = await detectResolver();
  const upstreams = plan.upstreams.length > 0 ? plan.upstreams : currentUpstreams(resolver, plan.proxyAddress);
  if (upstreams.length === 0) throw new ResourceError({ input: 'dns-upstream', problem: 'no upstream DNS server was found in the system resolver configuration', fix: 'give the servers with dns-upstream' });
  const established = await readEstablished();
  const state: GateState = {
    stateDir: deps.stateDir,
    mode: plan.mode,
    resolver,
    proxyPid: 0,
    proxyLog: join(deps.stateDir, 'dns.jsonl'),
    watchdogLog: join(deps.stateDir, 'watchdog.jsonl'),
    upstreams,
    startedAt: new Date().toISOString(),
    setupMs: 0,
  };
  const proxyConfig: ProxyConfig = {
    mode: plan.mode,
    allow: plan.allow,
    refused: plan.refusedNames,
    // Container bridges present now get the proxy on their own address too (their DNS is redirected there).
    listen: [plan.proxyAddress, ...(await bridgeAddresses(CONTAINER_BRIDGES))].map((address) => ({ address, port: 53 })),
    upstreams: upstreams.map((address) => ({ address, port: 53 })),
    logFile: state.proxyLog,
    readyFile: join(deps.stateDir, 'proxy.ready'),
    uid: plan.proxyUid,
    tuning: deps.proxyTuning,
  };
  const configFile = join(deps.stateDir, 'proxy.json');
  await writeFile(configFile, JSON.stringify(proxyConfig));
  await writeFile(state.proxyLog, '');
  try {
    state.proxyPid = await spawnDaemon(deps, 'proxy', configFile, proxyConfig.readyFile, true);
    await applyRuleset(renderApply(nftPlanFor(plan, upstreams, established)));
    const saved = await pointResolverAt(resolver, plan.proxyAddress);
    if (saved !== undefined) {
      state.savedResolvConf = join(deps.stateDir, 'resolv.conf.saved');
      await writeFile(state.savedResolvConf, saved);
    }
    if (deps.watchdog) {
      const wdConfig: WatchdogConfig = { ...deps.watchdog, logFile: state.watchdogLog, readyFile: join(deps.stateDir, 'watchdog.ready') };
      const wdFile = join(deps.stateDir, 'watchdog.json');
      await writeFile(wdFile, JSON.stringify(wdConfig));
      await writeFile(state.watchdogLog, '');
      state.watchdogPid = await spawnDaemon(deps, 'watchdog', wdFile, wdConfig.readyFile, !isRoot());
    }
  } catch (e) {
    await stopPid(state.proxyPid);
    await stopPid(state.watchdogPid);
    await deleteTable();
    if (state.savedResolvConf) await restoreResolver(resolver, readFileSync(state.savedResolvConf, 'utf8')).catch(() => {});
    throw e;
  }
  state.setupMs = Math.round(performance.now() - started);
  deps.log?.(`egress-gate: ${plan.mode} mode, proxy on ${plan.proxyAddress}:53 → ${upstreams.join(', ')}, set up in ${state.setupMs} ms`);
  return state;
}

export interface StopOutcome {
  /** `nft -j list table` text, read before removal (undefined when the table was already gone). */
  tableJson?: string;
  proxyLog: string;
  watchdogLog: string;
  tableRemoved: boolean;
  resolverRestored: boolean;
  problems: string[];
}

/**
 * With sudo disabled the post step can only read the records (the grant left is read-only): the table and
 * the resolver stay as they are until the runner VM is discarded.
 */
export async function stopGate(state: GateState, opts: { sudoDisabled?: boolean } = {}): Promise<StopOutcome> {
  const problems: string[] = [];
  if (opts.sudoDisabled && !isRoot()) {
    const tableJson = await listTableJson().catch(() => undefined);
    const read = (f: string) => readFile(f, 'utf8').catch(() => '');
    problems.push('disable-sudo: the gate stays in place for the rest of the runner\'s life (post has no sudo to remove it)');
    return { tableJson, proxyLog: await read(state.proxyLog), watchdogLog: await read(state.watchdogLog), tableRemoved: false, resolverRestored: false, problems };
  }
  let tableJson: string | undefined;
  if (await tableExists()) tableJson = await listTableJson().catch((e: unknown) => (problems.push(String(e)), undefined));
  else problems.push('the egress table was already gone (a step with sudo may have removed it)');
  await stopPid(state.watchdogPid);
  await stopPid(state.proxyPid);
  let resolverRestored = true;
  try {
    await restoreResolver(state.resolver, state.savedResolvConf ? await readFile(state.savedResolvConf, 'utf8') : undefined);
  } catch (e) {
    resolverRestored = false;
    problems.push(e instanceof Error ? e.message : String(e));
  }
  await deleteTable();
  const tableRemoved = !(await tableExists());
  const read = (f: string) => readFile(f, 'utf8').catch(() => '');
  return { tableJson, proxyLog: await read(state.proxyLog), watchdogLog: await read(state.watchdogLog), tableRemoved, resolverRestored, problems };
}
