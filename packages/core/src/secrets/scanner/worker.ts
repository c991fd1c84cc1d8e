// The worker-thread side of the file-scan pool. How a thread gets here:
// - from TypeScript sources (tests, benches, `node file.ts`): the pool starts `worker-main.ts`;
// - from an ncc bundle (the action and CLI ship as one ESM file): the pool starts the bundle file itself.
//   This module is in that bundle, and in such a thread its top-level code (at the end of this file)
//   starts the job loop and then never finishes evaluating, so the modules that import it, up to the
//   bundle's entry and its run(), are never evaluated in the worker. An entry may also dispatch
//   explicitly (`if (isSecretScanWorker()) runSecretScanWorker(); else await run();`); it is harmless.
import { parentPort } from 'node:worker_threads';
import { compileRules, type CompiledRules } from './compile.ts';
import type { ScanBufferOptions } from './types.ts';
import { scanFile, type FileScanResult } from './buffer.ts';
import { loadRuleSet, type RuleSetSpec } from './ruleset.ts';

import { WORKER_MARK, isSecretScanWorker } from './worker-entry.ts';

export { WORKER_MARK, isSecretScanWorker };

/** The first message a worker gets: its rules and options. (Its workerData carries only WORKER_MARK, so a thread
 * can be started before the scan knows its rules: spare-workers.ts.) */
export interface WorkerInit {
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

/** Serve scan jobs until the pool terminates the thread: first a WorkerInit, then WorkerJobs. */
let started = false;

export function runSecretScanWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runSecretScanWorker must run in a worker thread');
  if (started) return;
  started = true;
  let ready: Promise<{ cr: CompiledRules; opts: ScanBufferOptions }> | undefined;
  port.on('message', (msg: WorkerInit | WorkerJob) => {
    if ('spec' in msg) {
      ready = loadRuleSet(msg.spec).then(({ rules, isFalsePositive, isRuleOffForPath }) => ({
        cr: compileRules(rules),
        opts: { isFalsePositive, isRuleOffForPath, binary: msg.binary, chunkBytes: msg.chunkBytes },
      }));
      return;
    }
    if (!ready) throw new Error('secret-scan worker: a job came before its rules'); // the pool always sends WorkerInit first
    ready.then(
      ({ cr, opts }) => port.postMessage(scanJob(msg, cr, opts) satisfies WorkerReply),
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
