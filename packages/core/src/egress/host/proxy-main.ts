// The detached DNS proxy process: reads its config file, opens an nft session (as root), listens, then drops
// to its own uid so the process parsing untrusted DNS bytes holds no privileges. Ends on SIGTERM.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { OpenTuning } from '../dns-policy.ts';
import type { AllowList } from '../endpoints.ts';
import { renderRefresh, type LearnedElement, type Mode } from '../nft.ts';
import { startProxy, type HostPort } from './dns-server.ts';
import { isRoot } from './exec.ts';
import { NftSession } from './nft-exec.ts';

export interface ProxyConfig {
  mode: Mode;
  allow: AllowList;
  refused: string[];
  listen: HostPort[];
  upstreams: HostPort[];
  logFile: string;
  readyFile: string;
  uid?: number;
  /** Without a firewall (plan/tests of the proxy alone): answers are not held for nft. */
  noFirewall?: boolean;
  /** TTL slack and minimum open time (tests shorten them to watch expiry). */
  tuning?: OpenTuning;
}

function elementKey(e: LearnedElement): string {
  return `${e.address} ${e.port ?? ''}`;
}

/** Sends only elements with less than half their new lifetime left (or none): most answers cost no nft call. */
export function firewallOpener(exec: (cmd: string) => Promise<void>): (els: LearnedElement[]) => Promise<void> {
  const until = new Map<string, number>();
  return async (els) => {
    const now = Date.now();
    const need = els.filter((e) => (until.get(elementKey(e)) ?? 0) - now < (e.timeoutS * 1000) / 2);
    if (need.length === 0) return;
    await exec(renderRefresh(need));
    for (const e of need) until.set(elementKey(e), now + e.timeoutS * 1000);
  };
}

export async function runProxyDaemon(configPath: string): Promise<void> {
  const cfg = JSON.parse(readFileSync(configPath, 'utf8')) as ProxyConfig;
  const session = cfg.noFirewall ? undefined : new NftSession();
  const proxy = await startProxy({
    listen: cfg.listen,
    upstreams: cfg.upstreams,
    policy: { mode: cfg.mode, allow: cfg.allow, refused: new Set(cfg.refused) },
    logFile: cfg.logFile,
    tuning: cfg.tuning,
    open: session ? firewallOpener((c) => session.exec(c)) : async () => {},
  });
  // Opened before the drop: the state folder may not be writable by the proxy's own uid.
  const readyFd = openSync(cfg.readyFile, 'w');
  if (isRoot() && cfg.uid !== undefined) {
    process.setgroups?.([]);
    process.setgid?.(cfg.uid);
    process.setuid?.(cfg.uid);
  }
  writeSync(readyFd, JSON.stringify({ pid: process.pid, uid: process.getuid?.() }));
  closeSync(readyFd);
  const stop = () => {
    void proxy.close().finally(() => {
      session?.close();
      process.exit(0);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
