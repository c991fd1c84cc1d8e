// diff-telemetry benchmark, timed as users run it: the committed bundle as a whole step through the test
// harness (pre -> main -> post, runner files, event payload), against a reference step that only runs
// `git diff --numstat` over the same range (bench/numstat-step). Both get a pull_request event for a
// 20,000-file, ~200 MB change in a generated repository (cached under .bench/) and otherwise the
// default inputs; diff-telemetry's default history (`cache`) runs where no cache service exists, as on
// a local run or a runner without one. Runs are interleaved. Target: ≤ 1.5× of the reference step.
// Usage: node bench/diff-telemetry.ts (BENCH_RUNS=n, default 5)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runAction, type HarnessOptions } from '../test/support/harness.ts';
import { binaryOf, fastImport, seeded, textOf } from '../test/support/diff-repo.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, '.bench', 'diff-telemetry-repo-v1');
// BENCH_BUNDLE: another build of the bundle (a directory named diff-telemetry), e.g. to time the one before a change.
const BUNDLE = process.env.BENCH_BUNDLE ?? join(ROOT, 'dist', 'diff-telemetry');
const REFERENCE = join(ROOT, 'bench', 'numstat-step');
const FILES = 20_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET = 1.5;

async function generate(): Promise<void> {
  if (existsSync(join(DIR, '.git', 'refs', 'heads', 'done'))) return;
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', DIR]);
  const rand = seeded(42);
  const started = Date.now();
  // Base: 2,000 source files. Head: 1,000 of them modified + 19,000 new files (1% binaries): ~200 MB.
  function* base() {
    for (let i = 0; i < 2000; i++) yield { path: `src/m${i % 50}/f${i}.ts`, content: textOf(rand, 4000) };
  }
  function* head() {
    for (let i = 0; i < 1000; i++) yield { path: `src/m${i % 50}/f${i}.ts`, content: textOf(rand, 4000) };
    for (let i = 0; i < FILES - 1000; i++) {
      const bin = i % 100 === 0;
      yield { path: `gen/p${i % 200}/n${i}.${bin ? 'bin' : 'txt'}`, content: bin ? binaryOf(rand, 20_000) : textOf(rand, 10_400) };
    }
  }
  await fastImport(DIR, [
    { ref: 'refs/heads/main', message: 'base', time: 1_700_000_000, files: base() },
    { ref: 'refs/heads/main', message: 'head: 20,000 files', time: 1_700_003_600, files: head() },
  ]);
  execFileSync('git', ['update-ref', 'refs/heads/done', 'main'], { cwd: DIR });
  console.log(`generated ${DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** CPU seconds of this process's waited-for children and their descendants (cutime + cstime, in clock ticks). */
function childCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100; // fields 16 and 17 of proc(5); USER_HZ is 100 on Linux
}

/** Wall milliseconds and CPU seconds (node and every git it runs) of one whole step. */
async function timeStep(bundle: string, opts: HarnessOptions): Promise<{ ms: number; cpu: number }> {
  const c = childCpu();
  const t = performance.now();
  const r = await runAction(bundle, { ...opts, timeoutMs: 300_000 });
  const ms = performance.now() - t;
  if (r.exitCode !== 0) throw new Error(`${bundle} exited ${r.exitCode}: ${r.phases.main?.stdout}\n${r.phases.main?.stderr}`);
  return { ms, cpu: childCpu() - c };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(join(BUNDLE, 'index.js'))) {
  console.error('dist/diff-telemetry/index.js is missing; run npm run bundle -- diff-telemetry');
  process.exit(1);
}
await generate();
const base = execFileSync('git', ['rev-parse', 'main~1'], { cwd: DIR, encoding: 'utf8' }).trim();
const head = execFileSync('git', ['rev-parse', 'main'], { cwd: DIR, encoding: 'utf8' }).trim();
const step: HarnessOptions = {
  eventName: 'pull_request',
  payload: { pull_request: { number: 1, commits: 1, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' }, labels: [] } },
  workspace: DIR,
};
const sides = [
  { name: 'reference step (git diff --numstat)', bundle: REFERENCE, opts: { ...step, actionYml: false as const }, ms: [] as number[], cpu: [] as number[] },
  { name: 'diff-telemetry, default inputs', bundle: BUNDLE, opts: step, ms: [] as number[], cpu: [] as number[] },
  { name: 'diff-telemetry, history: none', bundle: BUNDLE, opts: { ...step, inputs: { history: 'none' } }, ms: [] as number[], cpu: [] as number[] },
];
await timeStep(REFERENCE, sides[0].opts); // warm the page cache
for (let i = 0; i < RUNS; i++) {
  for (const s of sides) {
    const t = await timeStep(s.bundle, s.opts);
    s.ms.push(t.ms);
    s.cpu.push(t.cpu);
  }
}

const [ref] = sides;
console.log(`diff-telemetry as a step (harness, pull_request event, ${FILES} files changed, ${process.version}, ${RUNS} runs interleaved)`);
console.log(`${''.padEnd(38)} wall median   ratio    CPU median   ratio   (wall runs)`);
for (const s of sides) {
  const wall = median(s.ms) / median(ref.ms);
  const cpu = median(s.cpu) / median(ref.cpu);
  const mark = s === ref ? '' : wall <= TARGET ? '  OK' : '  OVER';
  console.log(`${s.name.padEnd(38)} ${(median(s.ms) / 1000).toFixed(2).padStart(7)} s ${wall.toFixed(2).padStart(6)}×  ${median(s.cpu).toFixed(2).padStart(7)} s ${cpu.toFixed(2).padStart(6)}×  (${s.ms.map((x) => (x / 1000).toFixed(2)).join(', ')})${mark}`);
}
console.log(`target: wall ≤ ${TARGET}× of the reference step`);
