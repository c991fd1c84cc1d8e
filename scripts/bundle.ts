// Bundles every action (actions/<name>/src/{pre,index,post}.ts, plus src/entries/*.ts) and the CLI into dist/<name>/ with ncc.
// Output: ESM index.js (+ pre.js / post.js) and package.json {"type":"module"}; minified, no source maps,
// no licence file, so the bytes are a pure function of the sources (check-dist relies on that).
// Usage: node scripts/bundle.ts [--out DIR] [--if-missing] [--jobs N] [name ...]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface BundleTarget {
  name: string;
  /** Folder holding index.ts and optional pre.ts / post.ts. */
  srcDir: string;
  /** Prepend `#!/usr/bin/env node` and make index.js executable. */
  executable?: boolean;
  /** Skip ncc's type-check (tests bundling fixtures; shipped bundles are always type-checked). */
  transpileOnly?: boolean;
}

type NccResult = { code: string; assets: Record<string, { source: string | Buffer; permissions?: number }> };
type Ncc = (input: string, opts: Record<string, unknown>) => Promise<NccResult>;

const PHASE_FILES = [
  ['pre.ts', 'pre.js'],
  ['index.ts', 'index.js'],
  ['post.ts', 'post.js'],
] as const;
const SHEBANG = '#!/usr/bin/env node\n';

/** The shipped targets: every actions/<name> with src/index.ts, plus the CLI. */
export async function listTargets(root = ROOT): Promise<BundleTarget[]> {
  const targets: BundleTarget[] = [];
  const actionsDir = join(root, 'actions');
  for (const name of (await readdir(actionsDir)).sort()) {
    const srcDir = join(actionsDir, name, 'src');
    if (existsSync(join(srcDir, 'index.ts'))) targets.push({ name, srcDir });
  }
  targets.push({ name: 'cli', srcDir: join(root, 'packages', 'cli', 'src'), executable: true });
  return targets;
}

let nccModule: Ncc | undefined;
function ncc(): Ncc {
  // ncc is CommonJS; load it lazily so importing this module (e.g. for listTargets) stays cheap.
  nccModule ??= createRequire(import.meta.url)('@vercel/ncc') as Ncc;
  return nccModule;
}

/** Bundle one entry file; returns the files (name -> bytes) it produces, relative to the output dir. */
export async function bundleEntry(entry: string, outName: string, transpileOnly = false): Promise<Map<string, Buffer>> {
  const { code, assets } = await ncc()(entry, {
    transpileOnly,
    cache: false,
    minify: true,
    sourceMap: false,
    license: '',
    quiet: true,
    target: 'es2022',
  });
  const files = new Map<string, Buffer>();
  files.set(outName, Buffer.from(code));
  for (const [name, asset] of Object.entries(assets)) {
    // ncc names its ESM marker package.json; keep other assets (native/worker files) next to the entry.
    files.set(name, Buffer.isBuffer(asset.source) ? asset.source : Buffer.from(asset.source));
  }
  return files;
}

/** Other entry files an action starts itself (e.g. egress-gate's detached daemon): src/entries/<x>.ts -> <x>.js. */
async function extraEntries(srcDir: string): Promise<[string, string][]> {
  const dir = join(srcDir, 'entries');
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).filter((f) => f.endsWith('.ts')).sort().map((f) => [join('entries', f), f.replace(/\.ts$/, '.js')]);
}

/** Bundle one target into outDir (wiped first so stale files never survive). Returns written file names. */
export async function bundleTarget(target: BundleTarget, outDir: string): Promise<string[]> {
  const all = new Map<string, Buffer>();
  for (const [src, out] of [...PHASE_FILES, ...(await extraEntries(target.srcDir))]) {
    const entry = join(target.srcDir, src);
    if (!existsSync(entry)) continue;
    for (const [name, bytes] of await bundleEntry(entry, out, target.transpileOnly)) {
      const prev = all.get(name);
      if (prev && !prev.equals(bytes)) throw new Error(`${target.name}: two entries emit different ${name}`);
      all.set(name, bytes);
    }
  }
  if (!all.has('index.js')) throw new Error(`${target.name}: no index.ts in ${target.srcDir}`);
  // The @actions/* toolkit is ESM-only; the bundle must be loaded as a module.
  all.set('package.json', Buffer.from('{"type":"module"}\n'));
  if (target.executable) {
    const code = all.get('index.js')!.toString('utf8');
    if (!code.startsWith('#!')) all.set('index.js', Buffer.from(SHEBANG + code));
  }
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const [name, bytes] of [...all].sort(([a], [b]) => a.localeCompare(b))) {
    const file = join(outDir, name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }
  if (target.executable) await chmod(join(outDir, 'index.js'), 0o755);
  return [...all.keys()].sort();
}

export interface BundleOptions {
  /** Where dist/<name>/ folders go (default <root>/dist). */
  outRoot?: string;
  /** Only these target names (default all). */
  names?: readonly string[];
  /** Skip targets whose index.js already exists. */
  ifMissing?: boolean;
  log?: (line: string) => void;
  /** Targets built at once, each in its own process (default 1). */
  jobs?: number;
}

export async function bundleAll(opts: BundleOptions = {}): Promise<string[]> {
  const outRoot = opts.outRoot ?? join(ROOT, 'dist');
  const log = opts.log ?? (() => {});
  let targets = await listTargets();
  if (opts.names && opts.names.length > 0) {
    const unknown = opts.names.filter((n) => !targets.some((t) => t.name === n));
    if (unknown.length > 0) throw new Error(`unknown bundle target(s): ${unknown.join(', ')}; known: ${targets.map((t) => t.name).join(', ')}`);
    targets = targets.filter((t) => opts.names!.includes(t.name));
  }
  const todo = targets.filter((t) => !(opts.ifMissing && existsSync(join(outRoot, t.name, 'index.js'))));
  const jobs = Math.max(1, Math.min(opts.jobs ?? 1, todo.length));
  if (jobs > 1) {
    // ncc is CPU-bound and single-threaded: parallel builds need processes (at most 2 on these machines).
    const queue = [...todo];
    await Promise.all(
      Array.from({ length: jobs }, async () => {
        for (let t = queue.shift(); t; t = queue.shift()) await bundleInChild(t.name, outRoot, log);
      }),
    );
    return todo.map((t) => t.name);
  }
  for (const t of todo) {
    const started = performance.now();
    const files = await bundleTarget(t, join(outRoot, t.name));
    log(`${t.name}: ${files.join(', ')} (${Math.round(performance.now() - started)} ms)`);
  }
  return todo.map((t) => t.name);
}

function bundleInChild(name: string, outRoot: string, log: (line: string) => void): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--out', outRoot, name], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (out.trim()) log(out.trim());
      if (code === 0) resolvePromise();
      else reject(new Error(`bundling ${name} failed:\n${err.trim().slice(-4000)}`));
    });
  });
}

async function main(argv: string[]): Promise<void> {
  const names: string[] = [];
  let outRoot: string | undefined;
  let ifMissing = false;
  let jobs = 1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') outRoot = resolve(argv[++i] ?? '');
    else if (a === '--if-missing') ifMissing = true;
    else if (a === '--jobs') jobs = Number(argv[++i] ?? '1') || 1;
    else names.push(a);
  }
  await bundleAll({ outRoot, names, ifMissing, jobs, log: (l) => console.log(l) });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
