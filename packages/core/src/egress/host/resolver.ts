// Pointing the system resolver at the proxy, and back. With systemd-resolved (GitHub's Ubuntu runners) a
// drop-in names the proxy as the only DNS server; without it /etc/resolv.conf is rewritten IN PLACE (it may be
// a bind mount, e.g. under `ip netns exec`, where a rename would fail) and its old bytes are kept to restore.
import { existsSync, readFileSync } from 'node:fs';
import { canonicalIp } from '../ip.ts';
import { run, runChecked, privileged } from './exec.ts';

export const RESOLV_CONF = '/etc/resolv.conf';
export const RESOLVED_UPSTREAM = '/run/systemd/resolve/resolv.conf';
export const RESOLVED_DROPIN = '/etc/systemd/resolved.conf.d/bulkhead-egress.conf';

export type ResolverKind = 'systemd-resolved' | 'resolv.conf';

/** Nameserver addresses of a resolv.conf text. */
export function nameservers(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*nameserver\s+(\S+)/.exec(line);
    const ip = m ? canonicalIp(m[1].replace(/%.*$/, '')) : undefined;
    if (ip) out.push(ip);
  }
  return out;
}

export async function detectResolver(): Promise<ResolverKind> {
  if (!existsSync(RESOLVED_UPSTREAM)) return 'resolv.conf';
  const r = await run(['systemctl', 'is-active', '--quiet', 'systemd-resolved']).catch(() => ({ code: 1 }));
  return r.code === 0 ? 'systemd-resolved' : 'resolv.conf';
}

/** The servers queries went to before the gate: resolved's upstreams, or resolv.conf's nameservers. */
export function currentUpstreams(kind: ResolverKind, exclude: string): string[] {
  const file = kind === 'systemd-resolved' ? RESOLVED_UPSTREAM : RESOLV_CONF;
  return nameservers(readFileSync(file, 'utf8')).filter((a) => a !== exclude && !(kind === 'systemd-resolved' && a === '127.0.0.53'));
}

async function writeFilePrivileged(path: string, text: string): Promise<void> {
  // `tee` writes in place through the existing inode (and follows a symlink), as root or via sudo.
  await runChecked(['tee', path], `writing ${path}`, text);
}

/** Points the resolver at `proxy`; returns the text to restore (resolv.conf) or undefined (drop-in). */
export async function pointResolverAt(kind: ResolverKind, proxy: string): Promise<string | undefined> {
  if (kind === 'systemd-resolved') {
    await runChecked(['mkdir', '-p', '/etc/systemd/resolved.conf.d'], 'creating the resolved drop-in folder');
    await writeFilePrivileged(RESOLVED_DROPIN, `[Resolve]\nDNS=${proxy}\nDomains=~.\nDNSSEC=no\nCache=no\n`);
    await runChecked(['systemctl', 'restart', 'systemd-resolved'], 'restarting systemd-resolved');
    await run(privileged(['resolvectl', 'flush-caches']));
    return undefined;
  }
  const before = readFileSync(RESOLV_CONF, 'utf8');
  await writeFilePrivileged(RESOLV_CONF, `# bulkhead egress-gate: DNS goes through its proxy until the post step\nnameserver ${proxy}\noptions timeout:2 attempts:2\n`);
  return before;
}

export async function restoreResolver(kind: ResolverKind, saved: string | undefined): Promise<void> {
  if (kind === 'systemd-resolved') {
    await runChecked(['rm', '-f', RESOLVED_DROPIN], 'removing the resolved drop-in');
    await runChecked(['systemctl', 'restart', 'systemd-resolved'], 'restarting systemd-resolved');
    await run(privileged(['resolvectl', 'flush-caches']));
    return;
  }
  if (saved !== undefined) await writeFilePrivileged(RESOLV_CONF, saved);
}
