// The egress-gate lab's moving parts, shared by tests and the bench: the servers in the "net" namespace and the
// unprivileged client probes in the runner (or container) namespace.
import { join } from 'node:path';
import type { ClientOp, ClientResult } from './egress-client.ts';
import type { LabServersConfig } from './egress-lab-servers.ts';
import type { Lab } from './netns.ts';

const SUPPORT = import.meta.dirname;

/** Starts egress-lab-servers.ts in the net namespace and waits for "ready" (the lab's cleanup stops it). */
export function startLabServers(lab: Lab, cfg: LabServersConfig): Promise<void> {
  const servers = lab.spawn(lab.net, [process.execPath, join(SUPPORT, 'egress-lab-servers.ts'), JSON.stringify(cfg)]);
  return new Promise<void>((resolve, reject) => {
    let out = '';
    servers.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready')) resolve();
    });
    servers.on('exit', (c) => reject(new Error(`lab servers exited ${c}`)));
    setTimeout(() => reject(new Error('lab servers did not start')), 15_000);
  });
}

/** Runs the probes as uid 65534 (a job step's unprivileged user) inside `ns` (default: the runner). */
export async function labClient(lab: Lab, ops: ClientOp[], ns = lab.runner): Promise<ClientResult[]> {
  const r = await lab.exec(ns, ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, join(SUPPORT, 'egress-client.ts'), JSON.stringify(ops)]);
  if (r.code !== 0) throw new Error(`client failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ClientResult[];
}
