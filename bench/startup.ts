// CLI start-up: `dist/cli/index.js --help` spawned fresh N times vs a bare `node -e 0` in the same run,
// plus bundle sizes. Target: median --help < 150 ms. Usage: node bench/startup.ts [runs]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../scripts/bundle.ts';

const RUNS = Number(process.argv[2] ?? 30);
const TARGET_MS = 150;

function once(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const fmt = (n: number) => n.toFixed(1).padStart(7);

const cli = join(ROOT, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing; run npm run bundle');
  process.exit(1);
}
// Interleaved, so the reference and the CLI see the same machine load.
const ref: number[] = [];
const help: number[] = [];
once([cli, '--help']); // warm the file cache
for (let i = 0; i < RUNS; i++) {
  ref.push(once(['-e', '0']));
  help.push(once([cli, '--help']));
}
ref.sort((a, b) => a - b);
help.sort((a, b) => a - b);
console.log(`start-up, ${RUNS} fresh processes each (${process.version})`);
console.log(`                         median      p90`);
console.log(`node -e 0              ${fmt(pct(ref, 50))} ms ${fmt(pct(ref, 90))} ms`);
console.log(`bulkhead --help        ${fmt(pct(help, 50))} ms ${fmt(pct(help, 90))} ms`);
console.log(`ratio (median)         ${(pct(help, 50) / pct(ref, 50)).toFixed(2)}x; CLI overhead ${(pct(help, 50) - pct(ref, 50)).toFixed(1)} ms`);
console.log(`target median < ${TARGET_MS} ms: ${pct(help, 50) < TARGET_MS ? 'met' : 'MISSED'}`);

console.log('\nbundle sizes');
const dist = join(ROOT, 'dist');
for (const name of readdirSync(dist).sort()) {
  const dir = join(dist, name);
  if (!statSync(dir).isDirectory() || !existsSync(join(dir, 'index.js'))) continue;
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const total = files.reduce((s, f) => s + statSync(join(dir, f)).size, 0);
  const entry = statSync(join(dir, 'index.js')).size;
  console.log(`${`dist/${name}/index.js`.padEnd(34)} ${(entry / 1024).toFixed(1).padStart(8)} KiB   (all ${files.length} .js files: ${(total / 1024).toFixed(1)} KiB)`);
}
