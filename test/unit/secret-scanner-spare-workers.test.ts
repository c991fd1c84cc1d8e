// Scan threads started before the scan knows its rules (spare-workers.ts): a pool adopts them and sends them
// its rules, a thread that failed to start is never handed out, and unused ones never keep a process alive.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { walkTree, type TreeFile } from '../../packages/core/src/secrets/scanner/tree.ts';
import { scanFiles } from '../../packages/core/src/secrets/scanner/workers.ts';
import { prestartScanWorkers, spareWorkers } from '../../packages/core/src/secrets/scanner/spare-workers.ts';
import { defaultWorkerUrl } from '../../packages/core/src/secrets/scanner/worker-entry.ts';
import { asksForTreeScan } from '../../packages/cli/src/tree-scan-hint.ts';

const dir = mkdtempSync(join(tmpdir(), 'bulkhead-spare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Digits joined at run time: the repository's own secret scan must not see a key here.
const key = (i: number) => ['INTERNAL', `${i}${i}${i}${i}`, 'KEY'].join('-');
for (let i = 0; i < 30; i++) writeFileSync(join(dir, `f${i}.txt`), `${'filler text\n'.repeat(400)}${i % 3 === 0 ? key(i % 10) : 'none'}\n`);
// A custom rule: only a thread that got the pool's rules after it started can find these.
const rules = { builtin: false, custom: [{ id: 'internal-key', regex: 'INTERNAL-(?<secret>\\d{4})-KEY', keywords: ['internal-'] }], filters: false };

async function files(): Promise<TreeFile[]> {
  return [...(await walkTree(dir).files())];
}

async function until(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400 && !done(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!done()) throw new Error(`timed out waiting for ${what}`);
}

describe('threads started ahead of a scan', () => {
  it('are adopted by the pool, get its rules after they started, and give the inline result', async () => {
    const url = defaultWorkerUrl();
    prestartScanWorkers({ threads: 3 });
    prestartScanWorkers({ threads: 3 }); // a second call starts no more
    expect(spareWorkers(url)).toBe(2);
    const entries = await files();
    const inline = await scanFiles(entries, { rules, threads: 0 });
    const pooled = await scanFiles(entries, { rules, threads: 3, inlineBelowBytes: 0 });
    expect(spareWorkers(url)).toBe(0); // both taken by the pool
    expect(pooled).toEqual({ ...inline, threads: 3 });
    const planted = [0, 3, 6, 9, 12, 15, 18, 21, 24, 27].map((i) => [`f${i}.txt`, [`${i % 10}`.repeat(4)]]);
    expect(inline.files.map((f) => [f.path, f.matches.map((m) => m.secret)])).toEqual(planted.sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  });

  it('are never handed out once they failed to start: the pool starts its own and still scans', async () => {
    const broken = join(dir, 'broken-worker.mjs');
    writeFileSync(broken, "throw new Error('this worker cannot start');\n");
    const url = pathToFileURL(broken);
    prestartScanWorkers({ threads: 2, workerUrl: url });
    await until(() => spareWorkers(url) === 0, 'the broken thread to stop');
    // The same script for the pool: a fresh thread fails the same way, and that error is reported.
    const err = await scanFiles(await files(), { rules, threads: 2, inlineBelowBytes: 0, workerUrl: url }).catch((e: unknown) => e);
    expect(String(err)).toContain('this worker cannot start');
    // Spares of other scripts are not taken by a pool for the default one.
    prestartScanWorkers({ threads: 2, workerUrl: url });
    const r = await scanFiles(await files(), { rules, threads: 2, inlineBelowBytes: 0 });
    expect(r.files).toHaveLength(10);
  });

  it('are stopped when no scan takes them in time', async () => {
    const url = defaultWorkerUrl();
    prestartScanWorkers({ threads: 2, idleMs: 300 });
    expect(spareWorkers(url)).toBe(1);
    await until(() => spareWorkers(url) === 0, 'the idle thread to stop');
    // A later scan starts its own threads and scans as before.
    const r = await scanFiles(await files(), { rules, threads: 2, inlineBelowBytes: 0 });
    expect(r.files).toHaveLength(10);
  });

  it('never keep a process alive when no scan comes', () => {
    const module = pathToFileURL(join(import.meta.dirname, '../../packages/core/src/secrets/scanner/spare-workers.ts')).href;
    const script = `import { prestartScanWorkers, spareWorkers } from ${JSON.stringify(module)};
import { defaultWorkerUrl } from ${JSON.stringify(module.replace('spare-workers.ts', 'worker-entry.ts'))};
prestartScanWorkers({ threads: 3 });
console.log(spareWorkers(defaultWorkerUrl()));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(r.error).toBeUndefined(); // no timeout: the process ended by itself
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('2');
  });
});

describe('the CLI entry: does a command line ask for a tree scan? (threads start before the commands load)', () => {
  it('is yes for secret-scan of a path, no for commit targets, help and other commands', () => {
    expect(asksForTreeScan(['secret-scan'])).toBe(true);
    expect(asksForTreeScan(['secret-scan', '.', '--format', 'json'])).toBe(true);
    expect(asksForTreeScan(['secret-scan', '--artifacts', 'dist/*.tgz'])).toBe(true);
    for (const flag of ['--history', '--staged', '--range=a..b', '--help', '-h']) expect(asksForTreeScan(['secret-scan', '.', flag])).toBe(false);
    expect(asksForTreeScan(['secret-scan', '--range', 'a..b'])).toBe(false);
    expect(asksForTreeScan(['diff-telemetry', '.'])).toBe(false);
    expect(asksForTreeScan([])).toBe(false);
  });
});
