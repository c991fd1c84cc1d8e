// The DNS proxy: UDP and TCP on the listen addresses, each question decided by dns-policy, allowed answers'
// addresses opened in nft BEFORE the answer goes back (so the client's connect finds them open).
import { createSocket, type Socket } from 'node:dgram';
import { randomInt } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { connect, createServer, isIPv6, type Server } from 'node:net';
import * as dnsPacket from 'dns-packet';
import { answerFacts, decideName, openSeconds, elementsFor, nxdomain, servfail, type NamePolicy, type OpenTuning } from '../dns-policy.ts';
import type { NameRule } from '../endpoints.ts';
import type { LearnedElement } from '../nft.ts';

export interface HostPort {
  address: string;
  port: number;
}

export interface ProxyLogEntry {
  t: string;
  name: string;
  type: string;
  verdict: 'allowed' | 'blocked' | 'audited';
  why: string;
  rcode: string;
  addresses: string[];
  cnames: string[];
  ms: number;
}

export interface ProxyOptions {
  listen: readonly HostPort[];
  upstreams: readonly HostPort[];
  policy: NamePolicy;
  logFile: string;
  /** Opens addresses in the firewall; the answer waits for it. */
  open: (elements: LearnedElement[]) => Promise<void>;
  timeoutMs?: number;
  tuning?: OpenTuning;
}

export interface RunningProxy {
  close(): Promise<void>;
}

/**
 * UDP to the upstreams through one long-lived socket per family (no socket set-up per query). Each query goes
 * out under an id of ours, unpredictable and unique among those in flight; the answer gets the client's id back.
 * Only an answer from the server asked, with the id it was sent, counts (anything else is spoofing or a stray).
 */
class UdpUpstream {
  private readonly sockets = new Map<'udp4' | 'udp6', Socket>();
  private readonly pending = new Map<number, { up: HostPort; clientId: number; done: (b: Buffer | undefined) => void }>();

  private socket(kind: 'udp4' | 'udp6'): Socket {
    let s = this.sockets.get(kind);
    if (!s) {
      s = createSocket(kind);
      s.on('error', () => {});
      s.on('message', (msg, rinfo) => {
        if (msg.length < 12) return;
        const p = this.pending.get(msg.readUInt16BE(0));
        if (!p || rinfo.address !== p.up.address || rinfo.port !== p.up.port) return;
        const out = Buffer.from(msg);
        out.writeUInt16BE(p.clientId, 0);
        p.done(out);
      });
      s.unref();
      this.sockets.set(kind, s);
    }
    return s;
  }

  ask(up: HostPort, query: Buffer, timeoutMs: number): Promise<Buffer | undefined> {
    return new Promise((resolve) => {
      let id = randomInt(0x10000);
      for (let i = 0; this.pending.has(id) && i < 64; i++) id = randomInt(0x10000);
      if (this.pending.has(id)) return resolve(undefined);
      const timer = setTimeout(() => done(undefined), timeoutMs);
      const done = (b: Buffer | undefined) => {
        clearTimeout(timer);
        this.pending.delete(id);
        resolve(b);
      };
      this.pending.set(id, { up, clientId: query.readUInt16BE(0), done });
      const out = Buffer.from(query);
      out.writeUInt16BE(id, 0);
      this.socket(isIPv6(up.address) ? 'udp6' : 'udp4').send(out, up.port, up.address, (err) => err && done(undefined));
    });
  }

  close(): void {
    for (const s of this.sockets.values()) s.close();
  }
}

function askTcp(up: HostPort, query: Buffer, timeoutMs: number): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const sock = connect({ host: up.address, port: up.port });
    let buf = Buffer.alloc(0);
    const done = (v: Buffer | undefined) => {
      clearTimeout(timer);
      sock.destroy();
      resolve(v);
    };
    const timer = setTimeout(() => done(undefined), timeoutMs);
    sock.on('error', () => done(undefined));
    sock.on('connect', () => {
      const len = Buffer.alloc(2);
      len.writeUInt16BE(query.length);
      sock.write(Buffer.concat([len, query]));
    });
    sock.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      if (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) done(buf.subarray(2, 2 + buf.readUInt16BE(0)));
    });
  });
}

export async function startProxy(opts: ProxyOptions): Promise<RunningProxy> {
  const timeoutMs = opts.timeoutMs ?? 2000;
  const log: WriteStream = createWriteStream(opts.logFile, { flags: 'a' });
  const udpUp = new UdpUpstream();
  // CNAME targets reached from an allowed name are allowed for the CNAME's TTL (plus slack), with its rules.
  const learned = new Map<string, { rules: NameRule[]; until: number }>();
  const learnedView = (): Map<string, NameRule[]> => {
    const now = Date.now();
    const m = new Map<string, NameRule[]>();
    for (const [k, v] of learned) if (v.until > now) m.set(k, v.rules);
    return m;
  };

  async function answer(query: Buffer, tcp: boolean): Promise<Buffer | undefined> {
    const started = performance.now();
    let msg: dnsPacket.DecodedPacket;
    try {
      msg = dnsPacket.decode(query);
    } catch {
      return undefined;
    }
    const q = msg.questions?.[0];
    if (!q || msg.type !== 'query') return undefined;
    const decision = decideName(opts.policy, q.name, learnedView());
    const entry: ProxyLogEntry = { t: new Date().toISOString(), name: q.name.toLowerCase(), type: q.type, verdict: decision.verdict, why: decision.why, rcode: 'NXDOMAIN', addresses: [], cnames: [], ms: 0 };
    let out: Buffer;
    if (decision.action === 'nxdomain') {
      out = nxdomain(msg);
    } else {
      let raw: Buffer | undefined;
      for (const up of opts.upstreams) {
        raw = tcp ? await askTcp(up, query, timeoutMs) : await udpUp.ask(up, query, timeoutMs);
        if (raw) break;
      }
      if (!raw) {
        out = servfail(msg);
        entry.rcode = 'SERVFAIL';
      } else {
        out = raw;
        let facts;
        try {
          facts = answerFacts(dnsPacket.decode(raw), q.name);
        } catch {
          facts = { addresses: [], cnames: [], rcode: 'FORMERR' };
        }
        entry.rcode = facts.rcode;
        entry.addresses = facts.addresses.map((a) => a.address);
        entry.cnames = facts.cnames.map((c) => c.name);
        if (decision.verdict === 'allowed') {
          for (const c of facts.cnames) learned.set(c.name, { rules: decision.rules, until: Date.now() + openSeconds(c.ttl, opts.tuning) * 1000 });
          try {
            await opts.open(elementsFor(facts, decision.rules, opts.tuning));
          } catch {
            // The addresses could not be opened: answering would promise a connection the firewall refuses.
            out = servfail(msg);
            entry.rcode = 'SERVFAIL';
          }
        }
      }
    }
    entry.ms = Math.round((performance.now() - started) * 1000) / 1000;
    log.write(`${JSON.stringify(entry)}\n`);
    return out;
  }

  const udp: Socket[] = [];
  const tcp: Server[] = [];
  for (const l of opts.listen) {
    const sock = createSocket({ type: isIPv6(l.address) ? 'udp6' : 'udp4' });
    sock.on('message', (m, rinfo) => {
      void answer(m, false).then((out) => {
        if (out) sock.send(out, rinfo.port, rinfo.address);
      });
    });
    await new Promise<void>((resolve, reject) => {
      sock.once('error', reject);
      sock.bind(l.port, l.address, () => resolve());
    });
    udp.push(sock);
    const server = createServer((c) => {
      let buf = Buffer.alloc(0);
      c.on('error', () => {});
      c.on('data', (d: Buffer) => {
        buf = Buffer.concat([buf, d]);
        while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
          const q = buf.subarray(2, 2 + buf.readUInt16BE(0));
          buf = buf.subarray(2 + q.length);
          void answer(Buffer.from(q), true).then((out) => {
            if (!out || c.destroyed) return;
            const len = Buffer.alloc(2);
            len.writeUInt16BE(out.length);
            c.write(Buffer.concat([len, out]));
          });
        }
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(l.port, l.address, () => resolve());
    });
    tcp.push(server);
  }
  return {
    async close() {
      for (const s of udp) s.close();
      udpUp.close();
      await Promise.all(tcp.map((s) => new Promise((r) => s.close(() => r(undefined)))));
      await new Promise((r) => log.end(r));
    },
  };
}
