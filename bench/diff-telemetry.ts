// diff-telemetry benchmark: a 20,000-file, ~200 MB change in a generated repository (cached under
// .bench/), measured by measureDiff and by `git diff --numstat` over the same range, interleaved in
// the same run. Prints the medians and the ratio; the target is ≤ 1.5× of git.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureDiff } from '../packages/core/src/diff/measure.ts';
import { binaryOf, fastImport, seeded, textOf } from '../test/support/diff-repo.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, '.bench', 'diff-telemetry-repo-v1');
const FILES = 20_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

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

function timeGitNumstat(base: string, head: string): Promise<number> {
  return new Promise((res, rej) => {
    const t = performance.now();
    const child = spawn('git', ['diff', '--numstat', '--find-renames', base, head], { cwd: DIR, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', () => {});
    child.on('error', rej);
    child.on('close', (code) => (code === 0 ? res(performance.now() - t) : rej(new Error(`git exited ${code}`))));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await generate();
const base = execFileSync('git', ['rev-parse', 'main~1'], { cwd: DIR, encoding: 'utf8' }).trim();
const head = execFileSync('git', ['rev-parse', 'main'], { cwd: DIR, encoding: 'utf8' }).trim();
const ours: number[] = [];
const gits: number[] = [];
let last;
for (let i = 0; i < RUNS; i++) {
  gits.push(await timeGitNumstat(base, head));
  const t = performance.now();
  last = await measureDiff({ cwd: DIR, target: { kind: 'range', base, head } });
  ours.push(performance.now() - t);
}
const m = last!;
const ratio = median(ours) / median(gits);
console.log(`diff-telemetry: ${m.totals.filesChanged} files, ${(m.totals.patchBytes / 1e6).toFixed(1)} MB patch, ${(m.totals.blobBytesAdded / 1e6).toFixed(1)} MB blobs, ${m.totals.binaryFiles} binaries`);
console.log(`  measureDiff          median ${(median(ours) / 1000).toFixed(2)} s  (runs: ${ours.map((x) => (x / 1000).toFixed(2)).join(', ')})`);
console.log(`  git diff --numstat   median ${(median(gits) / 1000).toFixed(2)} s  (runs: ${gits.map((x) => (x / 1000).toFixed(2)).join(', ')})`);
console.log(`  ratio ${ratio.toFixed(2)}× of git (target ≤ 1.5×) ${ratio <= 1.5 ? 'OK' : 'OVER'}`);
