// Which file a worker thread runs. From sources it is worker-main.ts; a bundle registers its own entry
// file here (its chunks have other URLs), and that entry dispatches to runSecretScanWorker() in threads.
import { isMainThread, workerData } from 'node:worker_threads';

let entry: URL | undefined;

/** Called by a bundle's entry with its own `import.meta.url`. */
export function setWorkerEntry(url: string | URL): void {
  entry = new URL(url);
}

export function workerEntry(): URL | undefined {
  return entry;
}

/** From sources this module is a `.ts` file next to worker-main.ts; in a bundle it is the bundle itself. */
export function defaultWorkerUrl(): URL {
  const registered = workerEntry();
  if (registered) return registered;
  const here = import.meta.url;
  const main = /\.ts$/.test(new URL(here).pathname) ? ['worker-main', 'ts'].join('.') : '';
  return main ? new URL(main, here) : new URL(here);
}

/** Marks the workerData of the pool's threads. */
export const WORKER_MARK = 'bulkheadSecretScanWorker';

/** True inside a thread started by the secret-scan pool. Cheap (no engine imports), so entry files can ask first. */
export function isSecretScanWorker(): boolean {
  return !isMainThread && typeof workerData === 'object' && workerData !== null && (workerData as Record<string, unknown>)[WORKER_MARK] === true;
}
