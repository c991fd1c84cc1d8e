// Runs inside the lab's "net" namespace: an authoritative-style DNS server (dns-packet over UDP and TCP) for a
// small zone, and HTTP servers. Config is argv[2] (JSON). Prints "ready" once everything listens; runs until killed.
import { createSocket } from 'node:dgram';
import { createServer as createHttp } from 'node:http';
import { createServer as createTcp, isIPv6 } from 'node:net';
import * as dnsPacket from 'dns-packet';

export interface LabZoneRecord {
  type: 'A' | 'AAAA' | 'CNAME' | 'TXT';
  data: string;
  ttl: number;
}

export interface LabServersConfig {
  dns: { address: string; port: number }[];
  zone: Record<string, LabZoneRecord[]>;
  http: { address: string; port: number }[];
}

const cfg = JSON.parse(process.argv[2]) as LabServersConfig;

function answer(query: Buffer): Buffer {
  const q = dnsPacket.decode(query);
  const question = q.questions![0];
  const answers: dnsPacket.Answer[] = [];
  let name = question.name.toLowerCase();
  for (let hops = 0; hops < 8; hops++) {
    const records = cfg.zone[name];
    if (!records) break;
    const cname = records.find((r) => r.type === 'CNAME');
    if (cname && question.type !== 'CNAME') {
      answers.push({ type: 'CNAME', name, ttl: cname.ttl, data: cname.data } as dnsPacket.Answer);
      name = cname.data;
      continue;
    }
    for (const r of records.filter((x) => x.type === question.type)) answers.push({ type: r.type, name, ttl: r.ttl, data: r.data } as dnsPacket.Answer);
    break;
  }
  const known = cfg.zone[question.name.toLowerCase()] !== undefined;
  return dnsPacket.encode({
    type: 'response',
    id: q.id,
    flags: dnsPacket.RECURSION_AVAILABLE | (q.flag_rd ? dnsPacket.RECURSION_DESIRED : 0) | (known ? 0 : 3),
    questions: q.questions,
    answers,
  });
}

async function main(): Promise<void> {
  for (const d of cfg.dns) {
    const sock = createSocket(isIPv6(d.address) ? 'udp6' : 'udp4');
    sock.on('message', (m, r) => sock.send(answer(m), r.port, r.address));
    await new Promise<void>((res) => sock.bind(d.port, d.address, () => res()));
    const tcp = createTcp((c) => {
      let buf = Buffer.alloc(0);
      c.on('error', () => {});
      c.on('data', (x: Buffer) => {
        buf = Buffer.concat([buf, x]);
        while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
          const out = answer(buf.subarray(2, 2 + buf.readUInt16BE(0)));
          buf = buf.subarray(2 + buf.readUInt16BE(0));
          const len = Buffer.alloc(2);
          len.writeUInt16BE(out.length);
          c.write(Buffer.concat([len, out]));
        }
      });
    });
    await new Promise<void>((res) => tcp.listen(d.port, d.address, () => res()));
  }
  for (const h of cfg.http) {
    const body = Buffer.alloc(0);
    void body;
    const server = createHttp((req, res) => {
      if (req.url?.startsWith('/bytes/')) {
        // Throughput: N bytes of a fixed pattern.
        const n = Number(req.url.slice(7));
        res.writeHead(200, { 'content-length': String(n) });
        const chunk = Buffer.alloc(65536, 97);
        let left = n;
        const pump = () => {
          while (left > 0) {
            const c = chunk.subarray(0, Math.min(left, chunk.length));
            left -= c.length;
            if (!res.write(c)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`hello from ${h.address} port ${h.port}\n`);
    });
    await new Promise<void>((res) => server.listen(h.port, h.address, () => res()));
  }
  process.stdout.write('ready\n');
}

void main();
