// The worker pool must work from an ncc bundle (the action and CLI ship as one ESM file): bundle a tiny
// entry, run it, and check the workers really scanned (and the entry ran once, in the main thread).
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
// Inside the repo (ncc resolves the workspace from there), in the git-ignored .bench folder.
mkdirSync(join(ROOT, '.bench'), { recursive: true }); // absent in a fresh clone
const work = mkdtempSync(join(ROOT, '.bench', 'ncc-worker-'));
const data = mkdtempSync(join(tmpdir(), 'bulkhead-bundle-data-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});

describe('worker pool from an ncc bundle', () => {
  it('re-enters the bundle as the worker and scans with the built-in rules', () => {
    // The entry does NOT dispatch: worker.ts inside the bundle must take over the thread by itself,
    // or every worker would re-run run() (nested pools, never answering).
    const entry = `import { scanFiles, walkTree } from '../../packages/core/src/secrets/scanner/index.ts';
import { threadId } from 'node:worker_threads';
async function run(): Promise<void> {
  const r = await scanFiles(walkTree(process.argv[2]), { rules: {}, threads: 2, inlineBelowBytes: 0 });
  console.log(JSON.stringify({ threads: r.threads, files: r.filesScanned, bytes: r.bytesScanned, skipped: r.skipped.length, main: threadId }));
}
await run();
`;
    writeFileSync(join(work, 'entry.ts'), entry);
    // Type-check only the entry's graph (other people's files may be mid-edit).
    writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', include: ['entry.ts'] }));
    execFileSync(join(ROOT, 'node_modules/.bin/ncc'), ['build', 'entry.ts', '-o', 'out', '-q'], { cwd: work, stdio: 'pipe' });
    mkdirSync(join(data, 'src'));
    for (let i = 0; i < 40; i++) writeFileSync(join(data, 'src', `f${i}.ts`), `export const v${i} = ${i};\n`.repeat(50));
    const out = execFileSync(process.execPath, [join(work, 'out', 'index.js'), data], { encoding: 'utf8', timeout: 30_000 });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1); // run() printed once: no worker re-ran the entry
    const res = JSON.parse(lines[0]);
    expect(res).toMatchObject({ threads: 2, files: 40, skipped: 0, main: 0 });
  });
});
