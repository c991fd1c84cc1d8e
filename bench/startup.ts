// CLI start-up as users meet it: `dist/cli/index.js --help` and a real command — a tree scan of a small
// directory (40 source files, no secrets) — each spawned fresh N times, interleaved with a bare
// `node -e 0` in the same run; plus bundle sizes. Target: median --help < 150 ms.
// Usage: node bench/startup.ts [runs]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
// A small project to scan: 40 files of plain source in a few folders (the scan must come back clean).
const small = mkdtempSync(join(tmpdir(), 'bulkhead-startup-'));
for (let i = 0; i < 40; i++) {
  const dir = join(small, ['src', 'lib', 'test', 'docs'][i % 4]!);
  mkdirSync(dir, { recursive: true });
  const body = Array.from({ length: 60 }, (_, l) => `export function f${i}_${l}(x: number): number { return x * ${l} + ${i}; }`).join('\n');
  writeFileSync(join(dir, `m${i}.ts`), `${body}\n`);
}

// Interleaved, so the reference and the CLI see the same machine load.
const sides = [
  { name: 'node -e 0', args: ['-e', '0'], ms: [] as number[] },
  { name: 'bulkhead --help', args: [cli, '--help'], ms: [] as number[] },
  { name: 'bulkhead secret-scan <40 files>', args: [cli, 'secret-scan', small], ms: [] as number[] },
];
try {
  for (const s of sides) once(s.args); // warm the file cache
  for (let i = 0; i < RUNS; i++) for (const s of sides) s.ms.push(once(s.args));
} finally {
  rmSync(small, { recursive: true, force: true });
}
for (const s of sides) s.ms.sort((a, b) => a - b);
const [ref, help, scan] = sides;
console.log(`start-up, ${RUNS} fresh processes each (${process.version})`);
console.log(`${''.padEnd(34)} median      p90   vs node -e 0`);
for (const s of sides) {
  console.log(`${s.name.padEnd(30)} ${fmt(pct(s.ms, 50))} ms ${fmt(pct(s.ms, 90))} ms   ${(pct(s.ms, 50) / pct(ref!.ms, 50)).toFixed(2)}x (+${(pct(s.ms, 50) - pct(ref!.ms, 50)).toFixed(1)} ms)`);
}
console.log(`target median --help < ${TARGET_MS} ms: ${pct(help!.ms, 50) < TARGET_MS ? 'met' : 'MISSED'}; a real command (tree scan) adds ${(pct(scan!.ms, 50) - pct(help!.ms, 50)).toFixed(1)} ms over --help`);

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
