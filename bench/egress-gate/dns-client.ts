// Runs inside the lab's runner namespace: times DNS round trips to two servers, interleaved query by query
// (A, B, A, B, …) so both see the same machine load. argv: serverA serverB name count. Prints JSON (µs lists).
import { createSocket } from 'node:dgram';
import * as dnsPacket from 'dns-packet';

const [a, b, name, countText] = process.argv.slice(2);
const count = Number(countText);
const sock = createSocket('udp4');
await new Promise<void>((r) => sock.bind(0, () => r()));

let id = 1;
function ask(server: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const qid = id++ & 0xffff;
    const q = dnsPacket.encode({ type: 'query', id: qid, flags: dnsPacket.RECURSION_DESIRED, questions: [{ type: 'A', name }] });
    const t0 = process.hrtime.bigint();
    const timer = setTimeout(() => reject(new Error(`no answer from ${server}`)), 2000);
    const on = (m: Buffer) => {
      if (m.readUInt16BE(0) !== qid) return;
      clearTimeout(timer);
      sock.off('message', on);
      resolve(Number(process.hrtime.bigint() - t0) / 1000);
    };
    sock.on('message', on);
    sock.send(q, 53, server);
  });
}

const out: { a: number[]; b: number[] } = { a: [], b: [] };
for (let i = 0; i < 50; i++) {
  await ask(a);
  await ask(b);
}
for (let i = 0; i < count; i++) {
  out.a.push(await ask(a));
  out.b.push(await ask(b));
}
sock.close();
process.stdout.write(JSON.stringify(out));
