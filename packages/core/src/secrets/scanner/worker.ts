// The worker-thread side of the file-scan pool. How a thread gets here:
// - from TypeScript sources (tests, benches, `node file.ts`): the pool starts `worker-main.ts`;
// - from an ncc bundle (the action and CLI ship as one ESM file): the pool starts the bundle file itself.
//   This module is in that bundle, and in such a thread its top-level code (at the end of this file)
//   starts the job loop and then never finishes evaluating, so the modules that import it, up to the
//   bundle's entry and its run(), are never evaluated in the worker. An entry may also dispatch
//   explicitly (`if (isSecretScanWorker()) runSecretScanWorker(); else await run();`); it is harmless.
import { parentPort, workerData } from 'node:worker_threads';
import { compileRules, type CompiledRules } from './compile.ts';
import type { ScanBufferOptions } from './types.ts';
import { scanFile, type FileScanResult } from './buffer.ts';
import { loadRuleSet, type RuleSetSpec } from './ruleset.ts';

import { WORKER_MARK, isSecretScanWorker } from './worker-entry.ts';

export { WORKER_MARK, isSecretScanWorker };

export interface WorkerInit {
  [WORKER_MARK]: true;
  spec: RuleSetSpec;
  binary?: boolean;
  chunkBytes?: number;
}

export interface WorkerJob {
  id: number;
  /** `path\0absPath\0path\0absPath...` (NUL cannot occur in a path). */
  files: string;
}

export interface WorkerReply {
  id: number;
  /** Files of the job scanned (not skipped), and bytes read over all of them. */
  scanned: number;
  bytes: number;
  /** The files with matches or skipped only. */
  results: (FileScanResult & { path: string })[];
}

/** Serve scan jobs until the pool terminates the thread. */
let started = false;

export function runSecretScanWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runSecretScanWorker must run in a worker thread');
  if (started) return;
  started = true;
  const init = workerData as WorkerInit;
  const ready = loadRuleSet(init.spec).then(({ rules, isFalsePositive, isRuleOffForPath }) => ({ cr: compileRules(rules), isFalsePositive, isRuleOffForPath }));
  port.on('message', (job: WorkerJob) => {
    ready.then(
      ({ cr, isFalsePositive, isRuleOffForPath }) => {
        const reply = scanJob(job, cr, { isFalsePositive, isRuleOffForPath, binary: init.binary, chunkBytes: init.chunkBytes });
        port.postMessage(reply satisfies WorkerReply);
      },
      (e: unknown) => {
        throw e; // surfaces as the Worker's 'error' event in the pool
      },
    );
  });
}

/** Scan a job's files: here in a worker, or on the pool's own thread when it helps (workers.ts). */
export function scanJob(job: WorkerJob, cr: CompiledRules, opts: ScanBufferOptions): WorkerReply {
  // Only files with matches or skipped travel back: cloning 64 mostly empty results per job cost
  // as much as a tenth of a thread's time.
  const results: WorkerReply['results'] = [];
  let scanned = 0;
  let bytes = 0;
  const parts = job.files.split('\0');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const path = parts[i];
    const r = scanFile(parts[i + 1], path, cr, opts);
    bytes += r.bytes;
    if (!r.skipped) scanned++;
    if (r.skipped || r.matches.length > 0) results.push({ path, ...r });
  }
  return { id: job.id, scanned, bytes, results };
}

if (isSecretScanWorker()) {
  runSecretScanWorker();
  // Never settles: the rest of the module graph (a bundle's entry) must not run in this thread.
  // parentPort keeps the thread alive until the pool terminates it.
  await new Promise<never>(() => {});
}
