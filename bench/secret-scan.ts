// secret-scan as users run it: the CLI bundle (`node dist/cli/index.js secret-scan`, default thread count)
// against ripgrep at its default thread count over the same trees, and against git for history
// (start-up of a real command is bench/startup.ts).
//   npm run bench                                   the full run (two trees of 300 MB, 5000 commits)
//   BENCH_TREE_MB=30 BENCH_COMMITS=1000 BENCH_RUNS=2 node_modules/.bin/node bench/secret-scan.ts   a quick one
// Env: BENCH_PARTS (comma-separated, of history,source,dense; default all three), BENCH_TREE_MB (size of each tree, default 300), BENCH_COMMITS (default 5000), BENCH_RUNS (timed runs
// per side, default 3: ripgrep's rule alternation alone takes minutes per run on a 300 MB tree), BENCH_BUILD_ONLY=1 (build the inputs and stop), BENCH_CLI (the CLI bundle to time, default dist/cli/index.js: rebuild it first
// with `npm run bundle -- cli`). Inputs are built once and cached under .bench/secret-scan/ (git-ignored).
// Figures are medians of runs that alternate the sides of each comparison; on a shared machine only the
// ratios measured in the same run mean much.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { BUILTIN_RULES } from '../packages/core/src/secrets/index.ts';
import { LOG_ARGS } from '../packages/core/src/secrets/scanner/history.ts';
import { makeRng, generateSecret, ALL_RULE_IDS_WITH_GENERATORS, pick, int, alnum } from '../test/support/secret-gen.ts';
import { buildDenseTree, type PlantedAt } from './secret-scan/dense-tree.ts';
import { rulesAlternation } from './secret-scan/rg-alternation.ts';
import { alternate, timed, type Measured, type Run } from './secret-scan/timing.ts';

const ROOT = join(import.meta.dirname, '..');
const CACHE = join(ROOT, '.bench', 'secret-scan');
const TREE_MB = Number(process.env.BENCH_TREE_MB ?? 300);
const COMMITS = Number(process.env.BENCH_COMMITS ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CLI = process.env.BENCH_CLI ?? join(ROOT, 'dist', 'cli', 'index.js');
const PARTS = new Set((process.env.BENCH_PARTS ?? 'history,source,dense').split(',').map((p) => p.trim()));
const NODE = process.execPath;
const SOURCE_TREE = join(CACHE, `source-${TREE_MB}`);
const DENSE_TREE = join(CACHE, `dense-${TREE_MB}`);
const REPO = join(CACHE, `history-${COMMITS}`);
const EXT = /\.(js|mjs|cjs|ts|mts|cts|json|md)$/;

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.isFile() && EXT.test(d.name) && statSync(p).size < 4 << 20) out.push(p);
    }
  };
  walk(join(ROOT, 'node_modules'));
  return out.sort();
}

/** Builds `dir` once (a `.done` stamp holds the planted secrets); later runs reuse it. */
function cached(dir: string, build: () => PlantedAt[]): PlantedAt[] {
  const stamp = `${dir}.done.json`;
  if (existsSync(stamp)) return JSON.parse(readFileSync(stamp, 'utf8')) as PlantedAt[];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.log(`building ${relative(ROOT, dir)} ...`);
  const planted = build();
  writeFileSync(stamp, JSON.stringify(planted));
  return planted;
}

/** Real source text: copies of node_modules sources, with 200 synthetic secrets appended to random files. */
function buildSourceTree(): PlantedAt[] {
  const nm = join(ROOT, 'node_modules');
  const src = sourceFiles();
  let total = 0;
  const copies: string[] = [];
  for (let round = 0; total < TREE_MB * 1e6; round++) {
    for (const f of src) {
      const dest = join(SOURCE_TREE, `copy${round}`, relative(nm, f));
      mkdirSync(dirname(dest), { recursive: true });
      copyFileSync(f, dest);
      total += statSync(dest).size;
      copies.push(dest);
      if (total >= TREE_MB * 1e6) break;
    }
  }
  const rng = makeRng(20_241_124);
  const planted: PlantedAt[] = [];
  for (let i = 0; i < 200; i++) {
    const ruleId = ALL_RULE_IDS_WITH_GENERATORS[i % ALL_RULE_IDS_WITH_GENERATORS.length];
    const g = generateSecret(ruleId, rng);
    const file = pick(rng, copies);
    const line = readFileSync(file, 'utf8').split('\n').length + 1;
    appendFileSync(file, `\n${g.text}\n`);
    planted.push({ ruleId, path: relative(SOURCE_TREE, file).split('\\').join('/'), line, lines: g.text.split('\n').length });
  }
  return planted;
}

function buildHistoryRepo(): void {
  const stamp = `${REPO}.done`;
  if (existsSync(stamp)) return;
  console.log(`building a ${COMMITS}-commit repository with git fast-import ...`);
  rmSync(REPO, { recursive: true, force: true });
  mkdirSync(REPO, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: REPO });
  const rng = makeRng(5000);
  const files = new Map<string, string[]>();
  const paths = Array.from({ length: 400 }, (_, i) => `src/mod${i % 20}/file${i}.${pick(rng, ['ts', 'js', 'py', 'md', 'yaml'])}`);
  const chunks: string[] = [];
  const data = (s: string) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  for (let c = 0; c < COMMITS; c++) {
    const t = 1_600_000_000 + c * 60;
    let cmd = `commit refs/heads/main\nmark :${c + 1}\nauthor Bench <bench@example.test> ${t} +0000\ncommitter Bench <bench@example.test> ${t} +0000\n${data(`change ${c}`)}`;
    if (c > 0) cmd += `from :${c}\n`;
    for (let k = int(rng, 1, 3); k > 0; k--) {
      const p = pick(rng, paths);
      const lines = files.get(p) ?? [];
      for (let n = int(rng, 2, 8); n > 0; n--) lines.splice(int(rng, 0, lines.length), 0, `  value_${alnum(rng, 6)} = compute(${int(rng, 0, 9999)}, "${alnum(rng, 10)}")`);
      if (c % 50 === 7) lines.splice(int(rng, 0, lines.length), 0, generateSecret(pick(rng, ALL_RULE_IDS_WITH_GENERATORS), rng).text);
      if (lines.length > 300) lines.splice(0, lines.length - 300);
      files.set(p, lines);
      cmd += `M 100644 inline ${p}\n${data(lines.join('\n') + '\n')}`;
    }
    chunks.push(cmd);
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: REPO, input: chunks.join(''), maxBuffer: 1 << 30 });
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: REPO });
  writeFileSync(stamp, new Date().toISOString());
}

interface Report {
  data: { findings: { ruleId: string; location: { path: string; line: number } }[]; stats: { bytes: number; files: number; commits: number } };
}
const cli = (args: string[], cwd = ROOT, bundle = CLI) => () => timed(NODE, [bundle, 'secret-scan', ...args, '--format', 'json', '--fail-on', 'none'], cwd);
/** An earlier build of the CLI (e.g. the last release's dist/cli copied aside) timed in the same alternation: before/after in one run. */
const BASE_CLI = process.env.BENCH_BASE_CLI;
const report = (r: Run) => JSON.parse(r.stdout) as Report;

const f1 = (n: number) => n.toFixed(1);
const line = (m: Measured, extra = '') => console.log(`  ${m.name.padEnd(44)} ${f1(m.median).padStart(9)} ms  (runs ${m.times.map((t) => t.toFixed(0)).join(', ')})${extra}`);

async function treeBench(label: string, root: string, planted: PlantedAt[], altFile: string, kwFile: string): Promise<{ ratio: number; kwRatio: number; mbps: number }> {
  // ripgrep's default engine and thread count; -c so it reads every file to the end; (?-u) as the rules are
  // JavaScript regexes without the `u` flag (see rg-alternation.ts).
  const rg = (extra: string[]) => () => timed('rg', ['-c', '--no-ignore', '--hidden', ...extra, '.'], root);
  const [ours, alt, kw, base] = await alternate(
    [
      // In the tree, as ripgrep runs and as users run it in their checkout (`bulkhead secret-scan` scans `.`).
      { name: 'bulkhead secret-scan (CLI)', run: cli(['.'], root) },
      { name: 'ripgrep, one alternation of the rules', run: rg(['-f', altFile]) },
      { name: 'ripgrep -i -F, the rules\' keywords', run: rg(['-i', '-F', '-f', kwFile]) },
      ...(BASE_CLI ? [{ name: 'bulkhead secret-scan (BENCH_BASE_CLI)', run: cli(['.'], root, BASE_CLI) }] : []),
    ],
    RUNS,
  );
  const r = report(ours.last);
  const mb = r.data.stats.bytes / 1e6;
  const mbps = mb / (ours.median / 1000);
  const found = new Set(r.data.findings.map((f) => `${f.ruleId}\0${f.location.path}\0${f.location.line}`));
  const hit = planted.filter((p) => Array.from({ length: p.lines }, (_, i) => `${p.ruleId}\0${p.path}\0${p.line + i}`).some((k) => found.has(k))).length;
  // ripgrep's relaxed alternation must see every file the scanner reports on (a check of the translation).
  const rgFiles = new Set(alt.last.stdout.split('\n').filter(Boolean).map((l) => l.slice(0, l.lastIndexOf(':')).replace(/^\.\//, '')));
  const missed = new Set(r.data.findings.map((f) => f.location.path).filter((p) => !rgFiles.has(p))).size;
  console.log(`\n${label}: ${r.data.stats.files} files, ${f1(mb)} MB; ${r.data.findings.length} findings; planted secrets found ${hit}/${planted.length}`);
  line(ours, `  ${f1(mbps)} MB/s`);
  line(alt, `  ${f1(mb / (alt.median / 1000))} MB/s; ${rgFiles.size} files match${missed ? `; MISSES ${missed} files with findings` : ''}`);
  line(kw, `  ${f1(mb / (kw.median / 1000))} MB/s`);
  if (base) line(base, `  ${f1(mb / (base.median / 1000))} MB/s; this build is ${(base.median / ours.median).toFixed(2)}x as fast`);
  const ratio = alt.median / ours.median;
  const kwRatio = kw.median / ours.median;
  console.log(`  throughput ratio bulkhead/ripgrep: ${ratio.toFixed(2)}x against the rules' alternation (target >= 0.3x), ${kwRatio.toFixed(2)}x against the keyword search`);
  return { ratio, kwRatio, mbps };
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run bundle -- cli`);
  if (spawnSync('rg', ['--version']).status !== 0) throw new Error('ripgrep (rg) is not installed: apt-get update && apt-get install -y ripgrep');
  mkdirSync(CACHE, { recursive: true });
  const nm = join(ROOT, 'node_modules');
  const sourcePlanted = cached(SOURCE_TREE, buildSourceTree);
  const densePlanted = cached(DENSE_TREE, () => buildDenseTree(DENSE_TREE, TREE_MB, sourceFiles(), nm));
  buildHistoryRepo();
  if (process.env.BENCH_BUILD_ONLY) return;
  const altFile = join(CACHE, 'rules-alternation.txt');
  writeFileSync(altFile, `(?-u)${rulesAlternation(BUILTIN_RULES)}\n`);
  const kwFile = join(CACHE, 'rules-keywords.txt');
  writeFileSync(kwFile, [...new Set(BUILTIN_RULES.flatMap((r) => r.keywords))].join('\n') + '\n');

  console.log('\n=== secret-scan bench ===');
  console.log(`machine: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}, node ${process.version}, ${BUILTIN_RULES.length} rules`);
  console.log(`CLI: ${relative(ROOT, CLI)}; median of ${RUNS} runs per side, sides alternating, after one warm-up each; the machine is shared, so read the ratios`);

  const summary: string[] = [];
  if (PARTS.has('history')) {
    // History: the CLI against git producing the same diffs (the scanner's own git arguments), and plain `git log -p`.
    const [hist, same, plain] = await alternate(
      [
        { name: 'bulkhead secret-scan --history (CLI)', run: cli(['.', '--history'], REPO) },
        { name: `git ${LOG_ARGS.slice(2).join(' ').replace(/--format=\S+/, '--format=…')}`, run: () => timed('git', LOG_ARGS, REPO) },
        { name: 'git log -p', run: () => timed('git', ['log', '-p'], REPO) },
      ],
      RUNS,
    );
    const h = report(hist.last).data;
    console.log(`\nhistory: ${h.stats.commits} commits, ${h.findings.length} findings`);
    for (const m of [hist, same, plain]) line(m);
    const ratios = `${(hist.median / same.median).toFixed(2)}x git log with the scanner's flags, ${(hist.median / plain.median).toFixed(2)}x plain git log -p`;
    console.log(`  history scan: ${ratios}`);
    summary.push(`  history: ${ratios}`);
  }
  if (PARTS.has('source')) {
    const s = await treeBench('real-source tree', SOURCE_TREE, sourcePlanted, altFile, kwFile);
    summary.push(`  real-source tree:  ${f1(s.mbps)} MB/s (target >= 150), ${s.ratio.toFixed(2)}x ripgrep's rule alternation (target >= 0.3x), ${s.kwRatio.toFixed(2)}x its keyword search`);
  }
  if (PARTS.has('dense')) {
    const d = await treeBench('config-dense tree', DENSE_TREE, densePlanted, altFile, kwFile);
    summary.push(`  config-dense tree: ${f1(d.mbps)} MB/s, ${d.ratio.toFixed(2)}x ripgrep's rule alternation (target >= 0.3x), ${d.kwRatio.toFixed(2)}x its keyword search`);
  }
  console.log('\nsummary');
  for (const l of summary) console.log(l);
}

await main();
