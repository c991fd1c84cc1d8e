// policy-audit benchmark: binary-drift's digest throughput against coreutils `sha256sum` on the same file in
// the same run (1 GiB by default), and the whole check (walk, hash, compare with SHA256SUMS) against
// `sha256sum -c` of the same reference. Runs are interleaved and the file is read once first, so both
// read from the page cache. Target: digest throughput ≥ 0.9× sha256sum's.
// Usage: node bench/policy-audit.ts (BENCH_DIGEST_BYTES=n, default 1073741824; BENCH_RUNS=n, default 3)
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, statSync, writeSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sha256File } from '../packages/core/src/digest/index.ts';
import { checkBinaryDrift } from '../packages/core/src/policy/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BYTES = Number(process.env.BENCH_DIGEST_BYTES ?? 1 << 30);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DIR = join(ROOT, '.bench', `policy-audit-${BYTES}`);
const FILE = join(DIR, 'bin', 'payload.bin');
const TARGET = 0.9;

function generate(): void {
  if (existsSync(FILE) && statSync(FILE).size === BYTES) return;
  mkdirSync(join(DIR, 'bin'), { recursive: true });
  const fd = openSync(FILE, 'w');
  const chunk = 16 << 20;
  for (let left = BYTES; left > 0; left -= chunk) writeSync(fd, randomBytes(Math.min(chunk, left)));
  closeSync(fd);
}

/** CPU seconds of waited-for children (cutime + cstime; proc(5) fields 16, 17; USER_HZ 100). */
function childCpu(): number {
  const f = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(f[13]) + Number(f[14])) / 100;
}
const ownCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mbps = (ms: number) => (BYTES / (1 << 20) / (ms / 1000)).toFixed(0);

async function main(): Promise<void> {
  generate();
  execFileSync('cat', [FILE], { stdio: ['ignore', 'ignore', 'inherit'] }); // warm the page cache
  const reference = execFileSync('sha256sum', ['bin/payload.bin'], { cwd: DIR, encoding: 'utf8' });
  writeFileSync(join(DIR, 'SHA256SUMS'), reference);
  const want = reference.split(' ')[0];

  const ours: number[] = [];
  const coreutils: number[] = [];
  const oursCpu: number[] = [];
  const coreutilsCpu: number[] = [];
  const check: number[] = [];
  const checkRef: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    let cpu = ownCpu();
    const got = await sha256File(FILE);
    ours.push(performance.now() - t);
    oursCpu.push(ownCpu() - cpu);
    if (got.sha256 !== want) throw new Error(`digest mismatch: ${got.sha256} vs sha256sum ${want}`);

    t = performance.now();
    cpu = childCpu();
    execFileSync('sha256sum', [FILE], { encoding: 'utf8' });
    coreutils.push(performance.now() - t);
    coreutilsCpu.push(childCpu() - cpu);

    t = performance.now();
    const r = await checkBinaryDrift({ root: DIR, binaries: ['bin/**'], reference: 'SHA256SUMS', referenceMaxBytes: 1 << 20 });
    check.push(performance.now() - t);
    if (r.findings.length !== 0) throw new Error('binary-drift found drift in an unchanged file');

    t = performance.now();
    const c = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: DIR, encoding: 'utf8' });
    checkRef.push(performance.now() - t);
    if (c.status !== 0) throw new Error(`sha256sum -c failed: ${c.stdout}`);
  }
  const [a, b, c, d] = [ours, coreutils, check, checkRef].map(median);
  const ratio = b / a;
  console.log(`policy-audit digest: ${(BYTES / (1 << 20)).toFixed(0)} MiB, median of ${RUNS} (interleaved, page cache warm)`);
  const [ca, cb] = [oursCpu, coreutilsCpu].map(median);
  console.log(`  sha256File        ${a.toFixed(0)} ms wall  ${mbps(a)} MiB/s   ${ca.toFixed(2)} s CPU`);
  console.log(`  sha256sum         ${b.toFixed(0)} ms wall  ${mbps(b)} MiB/s   ${cb.toFixed(2)} s CPU`);
  console.log(`  throughput ratio  ${ratio.toFixed(2)}x of sha256sum by wall, ${(cb / ca).toFixed(2)}x by CPU (target >= ${TARGET})${ratio >= TARGET ? '' : '  BELOW TARGET'}`);
  console.log(`  binary-drift check ${c.toFixed(0)} ms vs sha256sum -c ${d.toFixed(0)} ms (${(d / c).toFixed(2)}x)`);
}

await main();
