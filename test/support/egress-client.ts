// Runs inside the lab's "runner" namespace as an unprivileged user: the probes a job step would make.
// argv[2] is a JSON list of operations; prints a JSON list of results.
import { createSocket } from 'node:dgram';
import { promises as dns } from 'node:dns';
import { connect } from 'node:net';
import * as dnsPacket from 'dns-packet';

export type ClientOp =
  | { op: 'lookup'; name: string; family?: 4 | 6 }
  | { op: 'http'; url: string; timeoutMs?: number }
  | { op: 'connect'; host: string; port: number; timeoutMs?: number }
  | { op: 'dns-direct'; server: string; name: string; timeoutMs?: number }
  | { op: 'sleep'; ms: number };

export interface ClientResult {
  ok: boolean;
  /** Addresses (lookup), status + body (http), or the error code. */
  value?: unknown;
  code?: string;
  ms: number;
}

async function one(op: ClientOp): Promise<ClientResult> {
  const t0 = performance.now();
  const done = (r: Omit<ClientResult, 'ms'>): ClientResult => ({ ...r, ms: Math.round(performance.now() - t0) });
  try {
    switch (op.op) {
      case 'sleep':
        await new Promise((r) => setTimeout(r, op.ms));
        return done({ ok: true });
      case 'lookup': {
        const all = await dns.lookup(op.name, { all: true, family: op.family ?? 0 });
        return done({ ok: true, value: all.map((a) => a.address).sort() });
      }
      case 'http': {
        const res = await fetch(op.url, { signal: AbortSignal.timeout(op.timeoutMs ?? 3000) });
        return done({ ok: true, value: { status: res.status, body: await res.text() } });
      }
      case 'connect':
        return await new Promise((resolve) => {
          const s = connect({ host: op.host, port: op.port });
          const timer = setTimeout(() => {
            s.destroy();
            resolve(done({ ok: false, code: 'TIMEOUT' }));
          }, op.timeoutMs ?? 3000);
          s.on('connect', () => {
            clearTimeout(timer);
            s.destroy();
            resolve(done({ ok: true }));
          });
          s.on('error', (e: NodeJS.ErrnoException) => {
            clearTimeout(timer);
            resolve(done({ ok: false, code: e.code }));
          });
        });
      case 'dns-direct':
        return await new Promise((resolve) => {
          const s = createSocket(op.server.includes(':') ? 'udp6' : 'udp4');
          const timer = setTimeout(() => {
            s.close();
            resolve(done({ ok: false, code: 'TIMEOUT' }));
          }, op.timeoutMs ?? 1500);
          s.on('message', (m) => {
            clearTimeout(timer);
            s.close();
            resolve(done({ ok: true, value: (dnsPacket.decode(m).answers ?? []).map((a) => String((a as { data?: unknown }).data)) }));
          });
          s.on('error', (e: NodeJS.ErrnoException) => {
            clearTimeout(timer);
            s.close();
            resolve(done({ ok: false, code: e.code }));
          });
          s.send(dnsPacket.encode({ type: 'query', id: 4321, flags: dnsPacket.RECURSION_DESIRED, questions: [{ type: 'A', name: op.name }] }), 53, op.server);
        });
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
    return done({ ok: false, code: err.cause?.code ?? err.code ?? err.name });
  }
}

async function main(): Promise<void> {
  const ops = JSON.parse(process.argv[2]) as ClientOp[];
  const out: ClientResult[] = [];
  for (const op of ops) out.push(await one(op));
  process.stdout.write(JSON.stringify(out));
}

void main();
