// double-write benchmark: the committed bundle (dist/double-write) as a step writing one source file to two
// file:// stores — staged, fsynced, read back, hashed, committed — against the reference
// `cp src a && cp src b && sha256sum a b` in the same run, runs interleaved, both with a warm page cache.
// Wall time and peak RSS come from GNU time (`/usr/bin/time -f '%e %M'`). Targets: ≤ 1.3× the reference time,
// peak RSS < 200 MB at every size (flat as the size grows).
// Usage: node bench/double-write.ts   (BENCH_DW_SIZES=200MB,2GB  BENCH_RUNS=3  BENCH_DIR=/tmp)
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BUNDLE = join(process.env.BENCH_BUNDLE ?? join(ROOT, 'dist', 'double-write'), 'index.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TIME_TARGET = 1.3;
const RSS_TARGET_MB = 200;
const UNITS: Record<string, number> = { KB: 1e3, MB: 1e6, GB: 1e9 };
const SIZES = (process.env.BENCH_DW_SIZES ?? '200MB,2GB').split(',').map((s) => {
  const m = /^(\d+)(KB|MB|GB)$/.exec(s.trim());
  if (!m) throw new Error(`BENCH_DW_SIZES: ${s} is not like 200MB or 2GB`);
  return { label: s.trim(), bytes: Number(m[1]) * UNITS[m[2]] };
});

function makeSource(dir: string, bytes: number): string {
  const file = join(dir, 'src', 'build.bin');
  mkdirSync(join(dir, 'src'));
  const fd = openSync(file, 'w');
  // 64 MiB of random bytes, repeated with a changing prefix: incompressible enough, quick to make.
  const block = randomBytes(64 << 20);
  for (let done = 0, i = 0; done < bytes; i++) {
    block.writeUInt32LE(i, 0);
    const n = Math.min(block.length, bytes - done);
    writeSync(fd, block, 0, n);
    done += n;
  }
  closeSync(fd);
  return file;
}

/** Wall seconds and peak RSS (MB) of a command, from GNU time. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): { s: number; rssMb: number } {
  const r = spawnSync('/usr/bin/time', ['-f', '@@%e %M', cmd, ...args], { env, cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  const m = /@@([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${cmd} failed (${r.status}): ${r.stdout.slice(-2000)} ${r.stderr.slice(-2000)}`);
  return { s: Number(m[1]), rssMb: Number(m[2]) / 1024 };
}

function action(dir: string, n: number): { s: number; rssMb: number } {
  const out = join(dir, `gh-${n}`);
  mkdirSync(out);
  const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'].map((k) => [k, join(out, k)]));
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: out,
    ...files,
    INPUT_SOURCE: 'src',
    INPUT_PRIMARY: `file://${join(dir, 'a')}`,
    INPUT_SECONDARY: `file://${join(dir, 'b')}`,
    INPUT_MODE: 'write',
    'INPUT_KEY-MAX-AGE': '90d',
    'INPUT_S3-REGION': 'us-east-1',
  };
  const t = timed(process.execPath, [BUNDLE], env, dir);
  rmSync(join(dir, 'a'), { recursive: true, force: true });
  rmSync(join(dir, 'b'), { recursive: true, force: true });
  return t;
}

function reference(dir: string): { s: number; rssMb: number } {
  mkdirSync(join(dir, 'ra'));
  mkdirSync(join(dir, 'rb'));
  const t = timed('sh', ['-c', 'cp src/build.bin ra/ && cp src/build.bin rb/ && sha256sum ra/build.bin rb/build.bin >/dev/null'], process.env, dir);
  rmSync(join(dir, 'ra'), { recursive: true, force: true });
  rmSync(join(dir, 'rb'), { recursive: true, force: true });
  return t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`double-write bench: ${BUNDLE}, ${RUNS} interleaved runs per size, node ${process.version}, load ${execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ').slice(0, 3).join(' ')}`);
let ok = true;
for (const size of SIZES) {
  const dir = mkdtempSync(join(process.env.BENCH_DIR ?? '/tmp', 'bulkhead-bench-dw-'));
  try {
    makeSource(dir, size.bytes);
    execFileSync('cat', [join(dir, 'src', 'build.bin')], { stdio: ['ignore', 'ignore', 'inherit'] }); // warm the page cache
    const ours: { s: number; rssMb: number }[] = [];
    const ref: { s: number; rssMb: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      ref.push(reference(dir));
      ours.push(action(dir, i));
    }
    const o = median(ours.map((x) => x.s));
    const r = median(ref.map((x) => x.s));
    const rss = Math.max(...ours.map((x) => x.rssMb));
    const ratio = o / r;
    ok &&= ratio <= TIME_TARGET && rss < RSS_TARGET_MB;
    console.log(
      `${size.label.padStart(6)}: double-write ${o.toFixed(2)} s (runs ${ours.map((x) => x.s.toFixed(2)).join(', ')}), reference ${r.toFixed(2)} s (runs ${ref.map((x) => x.s.toFixed(2)).join(', ')}), ` +
        `ratio ${ratio.toFixed(2)}x (target <= ${TIME_TARGET}x); peak RSS ${rss.toFixed(0)} MB (target < ${RSS_TARGET_MB} MB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(ok ? 'double-write bench: within targets' : 'double-write bench: OUTSIDE targets');
