// Rebuilds every bundle into a temp dir and compares it byte for byte with the committed dist/.
// Exit 1 (with the differing files) when they disagree: someone changed sources without re-bundling.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { bundleAll, listTargets, ROOT } from './bundle.ts';

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Differences between two dist trees, as `dist/<path>: <what>` lines. */
export async function compareDist(expectedRoot: string, actualRoot: string, names: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const name of names) {
    const want = await listFiles(join(expectedRoot, name));
    const have = await listFiles(join(actualRoot, name));
    for (const f of want) {
      if (!have.includes(f)) {
        problems.push(`dist/${name}/${f}: missing from the committed dist`);
        continue;
      }
      const [a, b] = await Promise.all([readFile(join(expectedRoot, name, f)), readFile(join(actualRoot, name, f))]);
      if (!a.equals(b)) problems.push(`dist/${name}/${f}: differs (${b.length} bytes committed, ${a.length} built)`);
    }
    for (const f of have) if (!want.includes(f)) problems.push(`dist/${name}/${f}: stale (the build no longer makes it)`);
  }
  return problems;
}

export async function checkDist(distRoot = join(ROOT, 'dist'), log: (l: string) => void = () => {}): Promise<string[]> {
  const tmp = await mkdtemp(join(tmpdir(), 'bulkhead-check-dist-'));
  try {
    await bundleAll({ outRoot: tmp, jobs: 2, log });
    const names = (await listTargets()).map((t) => t.name);
    const problems = await compareDist(tmp, distRoot, names);
    // A dist folder for something that is no longer built (renamed/removed action) is stale too.
    if (existsSync(distRoot)) {
      for (const d of await readdir(distRoot)) if (!names.includes(d)) problems.push(`dist/${d}/: stale (no such action or CLI)`);
    }
    return problems;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const started = performance.now();
  checkDist(undefined, (l) => console.log(`built ${l}`))
    .then((problems) => {
      if (problems.length === 0) {
        console.log(`dist/ is up to date (${Math.round(performance.now() - started)} ms)`);
        return;
      }
      for (const p of problems) console.error(p);
      console.error('Run npm run bundle and commit dist/');
      process.exitCode = 1;
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    });
}
