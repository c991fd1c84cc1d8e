// Runs inside the lab's runner namespace: downloads argv[2] (a URL) and prints MB/s.
const url = process.argv[2];
const t0 = performance.now();
const res = await fetch(url);
let n = 0;
for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) n += chunk.length;
const s = (performance.now() - t0) / 1000;
process.stdout.write(JSON.stringify({ bytes: n, mbps: n / 1e6 / s }));
