// oauth-signature-gate benchmark, two figures, each against a reference in the same run:
// 1. Digest throughput: the gate's artifact digest (core/digest's streaming SHA-256, through digestArtifact)
//    of one large file vs GNU `sha256sum` of the same file, both from the page cache, runs interleaved.
//    Target: >= 0.9x sha256sum's throughput.
// 2. Gate overhead per introspection on loopback: a whole runGate with a given token (one introspection
//    request + checks + digest of a small file) vs a bare fetch of the same introspection request, against
//    oidc-provider on 127.0.0.1.
// Usage: node bench/oauth-gate.ts   (BENCH_GATE_BYTES=size in bytes, default 1 GiB; BENCH_RUNS=n, default 3;
//                                    BENCH_INTROSPECTIONS=n, default 200)
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OAUTH_SIGNATURE_GATE_DECL, digestArtifact, runGate } from '../packages/core/src/gate/index.ts';
import { parseOptions } from '../packages/core/src/options/index.ts';
import { RESOURCE, startOAuthServer } from '../test/support/oauth-server.ts';

const BYTES = Number(process.env.BENCH_GATE_BYTES ?? 1024 ** 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const INTROSPECTIONS = Number(process.env.BENCH_INTROSPECTIONS ?? 200);
const TARGET = 0.9;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

async function digestFigure(dir: string): Promise<void> {
  const file = join(dir, 'artifact.bin');
  // Random bytes (1 MiB block, varied per block) so nothing compresses or dedups below the hash.
  const fd = openSync(file, 'w');
  const block = randomBytes(1 << 20);
  for (let written = 0, i = 0; written < BYTES; i++) {
    block.writeUInt32LE(i, 0);
    const n = Math.min(block.length, BYTES - written);
    writeSync(fd, block, 0, n);
    written += n;
  }
  closeSync(fd);
  execFileSync('sh', ['-c', `cat '${file}' > /dev/null`]); // warm the page cache for both
  const ours: number[] = [];
  const gnu: number[] = [];
  const oursCpu: number[] = [];
  const gnuCpu: number[] = [];
  let oursHex = '';
  let gnuHex = '';
  for (let r = 0; r < RUNS; r++) {
    let t = performance.now();
    const cpu = process.cpuUsage();
    oursHex = (await digestArtifact(dir, ['artifact.bin'])).hex;
    ours.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    oursCpu.push((used.user + used.system) / 1000);
    t = performance.now();
    // `times` prints the shell's children's user and system CPU time: sha256sum's.
    const out = execFileSync('sh', ['-c', `sha256sum '${file}'; times`], { encoding: 'utf8' }).split('\n');
    gnu.push(performance.now() - t);
    gnuHex = out[0]!.split(' ')[0]!;
    gnuCpu.push(childCpuMs(out[2] ?? ''));
  }
  if (oursHex !== gnuHex) throw new Error(`digest mismatch: ${oursHex} vs sha256sum ${gnuHex}`);
  const o = median(ours);
  const g = median(gnu);
  const oc = median(oursCpu);
  const gc = median(gnuCpu);
  console.log(`digest of ${(BYTES / 1024 ** 2).toFixed(0)} MiB (median of ${RUNS}, page cache warm): gate ${o.toFixed(0)} ms wall / ${oc.toFixed(0)} ms CPU (${mb(BYTES, o).toFixed(0)} MB/s), sha256sum ${g.toFixed(0)} ms wall / ${gc.toFixed(0)} ms CPU (${mb(BYTES, g).toFixed(0)} MB/s)`);
  const ratio = g / o;
  console.log(`  throughput ratio gate/sha256sum: ${ratio.toFixed(2)}x wall, ${(gc / oc).toFixed(2)}x CPU (target >= ${TARGET}x) ${ratio >= TARGET && gc / oc >= TARGET ? 'OK' : 'BELOW TARGET'}`);
}

/** `0m1.234s 0m0.056s` (the second line of `times`) -> milliseconds. */
function childCpuMs(line: string): number {
  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((ms, m) => ms + Number(m[1]) * 60_000 + Number(m[2]) * 1000, 0);
}

async function overheadFigure(dir: string): Promise<void> {
  const server = await startOAuthServer();
  try {
    writeFileSync(join(dir, 'small.bin'), 'artifact\n');
    const hex = (await digestArtifact(dir, ['small.bin'])).hex;
    server.approve(`sha256:${hex}`);
    const token = await server.issueToken(RESOURCE, 'deploy');
    const auth = `Basic ${Buffer.from(`${server.gateBasic.id}:${server.gateBasic.secret}`).toString('base64')}`;
    const raw = async () => {
      const res = await fetch(`${server.issuer}/token/introspection`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({ token, token_type_hint: 'access_token' }).toString(),
      });
      if (((await res.json()) as { active?: boolean }).active !== true) throw new Error('reference introspection not active');
    };
    const { options } = parseOptions(OAUTH_SIGNATURE_GATE_DECL, [{
      artifact: 'small.bin', token, issuer: server.issuer, 'introspection-endpoint': `${server.issuer}/token/introspection`,
      'introspection-client-id': server.gateBasic.id, 'introspection-client-secret': server.gateBasic.secret, audience: RESOURCE, 'allow-insecure-http': 'true',
    }]);
    const gate = async () => {
      const r = await runGate(options, { cwd: dir, log: () => undefined });
      if (!r.approved) throw new Error(`gate closed: ${r.reason}`);
    };
    for (let i = 0; i < 20; i++) { await raw(); await gate(); } // warm-up (JIT, keep-alive sockets)
    let rawMs = 0;
    let gateMs = 0;
    for (let i = 0; i < INTROSPECTIONS; i++) {
      let t = performance.now();
      await raw();
      rawMs += performance.now() - t;
      t = performance.now();
      await gate();
      gateMs += performance.now() - t;
    }
    const r = rawMs / INTROSPECTIONS;
    const g = gateMs / INTROSPECTIONS;
    console.log(`introspection on loopback (mean of ${INTROSPECTIONS}, interleaved): bare fetch ${r.toFixed(2)} ms, whole gate ${g.toFixed(2)} ms`);
    console.log(`  gate overhead per introspection: ${(g - r).toFixed(2)} ms (${(g / r).toFixed(2)}x the bare request)`);
  } finally {
    await server.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'bulkhead-bench-gate-'));
try {
  await digestFigure(dir);
  await overheadFigure(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
