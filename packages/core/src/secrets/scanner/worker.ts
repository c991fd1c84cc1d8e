// The worker-thread side of the file-scan pool. How a thread gets here:
// - from TypeScript sources (tests, benches, `node file.ts`): the pool starts `worker-main.ts`, which calls runSecretScanWorker();
// - from an ncc bundle: the pool starts the bundle file itself; the bundle's entry must begin with
//     if (isSecretScanWorker()) runSecretScanWorker(); else run();
//   so the same single file serves as main program and worker (no separate asset to ship).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { compileRules } from './compile.ts';
import { scanFile, type FileScanResult } from './buffer.ts';
import { loadRuleSet, type RuleSetSpec } from './ruleset.ts';

export const WORKER_MARK = 'bulkheadSecretScanWorker';

export interface WorkerInit {
  [WORKER_MARK]: true;
  spec: RuleSetSpec;
  binary?: boolean;
  chunkBytes?: number;
}

export interface WorkerJob {
  id: number;
  files: { path: string; absPath: string }[];
}

export interface WorkerReply {
  id: number;
  results: (FileScanResult & { path: string })[];
}

/** True inside a thread started by the secret-scan pool. */
export function isSecretScanWorker(): boolean {
  return !isMainThread && typeof workerData === 'object' && workerData !== null && (workerData as Record<string, unknown>)[WORKER_MARK] === true;
}

/** Serve scan jobs until the pool terminates the thread. */
export function runSecretScanWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runSecretScanWorker must run in a worker thread');
  const init = workerData as WorkerInit;
  const ready = loadRuleSet(init.spec).then(({ rules, isFalsePositive }) => ({ cr: compileRules(rules), isFalsePositive }));
  port.on('message', (job: WorkerJob) => {
    ready.then(
      ({ cr, isFalsePositive }) => {
        const results = job.files.map((f) => ({
          path: f.path,
          ...scanFile(f.absPath, f.path, cr, { isFalsePositive, binary: init.binary, chunkBytes: init.chunkBytes }),
        }));
        port.postMessage({ id: job.id, results } satisfies WorkerReply);
      },
      (e: unknown) => {
        throw e; // surfaces as the Worker's 'error' event in the pool
      },
    );
  });
}
