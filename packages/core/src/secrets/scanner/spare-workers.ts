// Scan threads started before a scan knows its rules. A thread takes ~40 ms to run its first line and
// ~100 ms more to load the engine; started when a tree scan is first known to be coming (the CLI's
// first line, the engine's first step), that start-up overlaps the caller's own instead of delaying the
// pool: on the 300 MB source tree (2 cores) the CLI took 0.94-0.96x the time (paired runs).
// The pool (workers.ts) adopts these threads and sends them their rules; unused, they never keep the
// process alive (unref), and one that no scan takes within IDLE_MS is stopped (a long-lived process that
// scanned a small tree keeps no idle threads).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { WORKER_MARK, defaultWorkerUrl } from './worker-entry.ts';

/** Worker threads of a pool for `threads` scanning threads (workers.ts): n >= 2 is n - 1 workers plus the caller's thread. */
export function poolWorkers(threads: number): number {
  return threads >= 2 ? threads - 1 : threads;
}

/** Scanning threads by default: one per core. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

interface Spare {
  worker: Worker;
  /** The script it runs: a pool takes only threads running its own. */
  url: string;
  idle: ReturnType<typeof setTimeout>;
}
/** Threads started and not taken yet; one that stops (it failed to start, or sat idle) leaves the list. */
const spares: Spare[] = [];

/** How long a started thread waits for a pool before it is stopped. */
export const IDLE_MS = 30_000;

/**
 * Start the worker threads a tree scan with `threads` scanning threads will use (default one per core), as far
 * as none are waiting yet. Cheap to call again; a scan that never comes costs their start-up only (on other cores).
 */
export function prestartScanWorkers(opts: { threads?: number; workerUrl?: URL; idleMs?: number } = {}): void {
  const url = opts.workerUrl ?? defaultWorkerUrl();
  for (let waiting = spareWorkers(url), want = poolWorkers(opts.threads ?? defaultThreads()); waiting < want; waiting++) {
    const worker = new Worker(url, { workerData: { [WORKER_MARK]: true } });
    worker.unref();
    const idle = setTimeout(() => void worker.terminate(), opts.idleMs ?? IDLE_MS);
    idle.unref();
    const spare: Spare = { worker, url: url.href, idle };
    // A spare that fails to start (or is stopped idle) is dropped here; the pool then starts a fresh thread and reports its error.
    const drop = () => {
      clearTimeout(idle);
      const i = spares.indexOf(spare);
      if (i !== -1) spares.splice(i, 1);
    };
    worker.once('error', drop);
    worker.once('exit', drop);
    spares.push(spare);
  }
}

/** Threads started ahead for `url` and still running. */
export function spareWorkers(url: URL): number {
  return spares.filter((s) => s.url === url.href).length;
}

/** Up to `n` started threads running `url`, for a pool: kept alive (ref) from now on, without this module's listeners. */
export function takeSpareWorkers(n: number, url: URL): Worker[] {
  const taken: Worker[] = [];
  for (let i = 0; i < spares.length && taken.length < n; ) {
    const s = spares[i];
    if (s.url !== url.href) {
      i++;
      continue;
    }
    spares.splice(i, 1);
    clearTimeout(s.idle);
    s.worker.removeAllListeners('error');
    s.worker.removeAllListeners('exit');
    s.worker.ref();
    taken.push(s.worker);
  }
  return taken;
}
