// egress-gate's side effects on the host: nft, the resolver, the detached DNS proxy and watchdog daemons.
export { startGate, stopGate, type GateState, type StartDeps, type StopOutcome } from './gate.ts';
export { runProxyDaemon, firewallOpener, type ProxyConfig } from './proxy-main.ts';
export { runWatchdogDaemon, readProcs, uptimeMs, type WatchdogConfig, type WatchdogLogEntry } from './watchdog-main.ts';
export { startProxy, type ProxyOptions, type ProxyLogEntry, type HostPort, type RunningProxy } from './dns-server.ts';
export { applyRuleset, checkRuleset, deleteTable, tableExists, listTableJson, NftSession } from './nft-exec.ts';
export { detectResolver, nameservers, pointResolverAt, restoreResolver, RESOLV_CONF, type ResolverKind } from './resolver.ts';
export { isRoot, privileged, run as runCommand } from './exec.ts';
export { startEgress, finishEgress, type EgressHost, type EgressStart } from './run.ts';
export { disableSudo, readOnlyGrant } from './sudo.ts';
