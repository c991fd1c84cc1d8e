// Scan many files on a pool of threads (one per core, this one included), or inline for small jobs.
// Files are read where they are scanned; only paths go to workers and RawMatch[] come back.
// This thread walks the tree and scans the jobs that no worker has taken yet: on a 2-core runner one
// worker plus this thread beat two workers beside a mostly idle walker (a worker's start-up and warm-up
// cost a third of a second of CPU, and three busy threads on two cores preempted each other).
import { Worker } from 'node:worker_threads';
import { WORKER_MARK, defaultWorkerUrl } from './worker-entry.ts';
import { defaultThreads, poolWorkers, takeSpareWorkers } from './spare-workers.ts';
import { compileRules } from './compile.ts';
import { scanFile } from './buffer.ts';
import { loadRuleSet, type RuleSetSpec } from './ruleset.ts';
import type { TreeFile } from './tree.ts';
import type { RawMatch, SkippedFile } from './types.ts';
import { scanJob, type WorkerInit, type WorkerJob, type WorkerReply } from './worker.ts';

export interface ScanFilesOptions {
  rules: RuleSetSpec;
  binary?: boolean;
  chunkBytes?: number;
  /**
   * Threads that scan, this one included: n >= 2 starts n - 1 workers and this thread helps them; 1 = one
   * worker (this thread only walks); 0 = inline on this thread. Default os.availableParallelism(). Threads
   * started ahead by prestartScanWorkers() (spare-workers.ts) are used first.
   */
  threads?: number;
  /** Below this many bytes in total the scan runs inline (thread start-up costs more). Default 1 MiB: past that
   * this thread keeps scanning while the workers boot, so an earlier start only helps. */
  inlineBelowBytes?: number;
  /**
   * Script each worker runs. Default: `worker-main.ts` next to this file from sources; when bundled,
   * the bundle itself (its entry must dispatch with isSecretScanWorker(), see worker.ts).
   */
  workerUrl?: URL;
}

export interface FileMatches {
  path: string;
  matches: RawMatch[];
}

export interface ScanFilesResult {
  /** Files with at least one match, sorted by path. */
  files: FileMatches[];
  skipped: SkippedFile[];
  filesScanned: number;
  bytesScanned: number;
  threads: number;
}

const BATCH_BYTES = 256 * 1024;
const BATCH_FILES = 128;
// Jobs a worker holds. It gets more only when this thread's event loop turns, which waits while this thread
// scans a job of its own (a 3 MB bundle takes ~20 ms): with 4 the worker sat idle 100-180 ms of a 300 MB
// scan, with 8 it idled 3-5 ms and this thread's wait at the end grew by ~15 ms (CPU profiles, 2 cores).
const IN_FLIGHT = 8;

export async function scanFiles(input: Iterable<TreeFile> | AsyncIterable<TreeFile>, opts: ScanFilesOptions): Promise<ScanFilesResult> {
  const threads = Math.max(0, opts.threads ?? defaultThreads());
  const inlineBelow = opts.inlineBelowBytes ?? 1024 * 1024;
  const result: ScanFilesResult = { files: [], skipped: [], filesScanned: 0, bytesScanned: 0, threads: 0 };
  const record = (path: string, r: { matches: RawMatch[]; skipped?: string }) => {
    if (r.skipped) result.skipped.push({ path, reason: r.skipped });
    if (r.matches.length > 0) result.files.push({ path, matches: r.matches });
  };
  const collect = (path: string, r: { matches: RawMatch[]; skipped?: string; bytes: number }) => {
    record(path, r);
    if (!r.skipped) result.filesScanned++;
    result.bytesScanned += r.bytes;
  };
  const collectReply = (reply: WorkerReply) => {
    for (const r of reply.results) record(r.path, r);
    result.filesScanned += reply.scanned;
    result.bytesScanned += reply.bytes;
  };
  // The first files are scanned right here, as the walk finds them, until they add up to `inlineBelow`
  // bytes (the walk does not stat files: sizes are known once read); past that a pool starts and takes
  // batches while the walk goes on, so walking and scanning overlap.
  // Load the rules here first even when workers will scan: a bad custom rule fails now, as its typed
  // ConfigError, instead of as a worker crash.
  const { rules, isFalsePositive, isRuleOffForPath } = await loadRuleSet(opts.rules);
  const cr = compileRules(rules);
  const scanOpts = { isFalsePositive, isRuleOffForPath, binary: opts.binary, chunkBytes: opts.chunkBytes };
  let inlineBytes = 0;
  let pool: Pool | undefined;
  // A job's files travel as one NUL-separated string (path, absPath, path, absPath, ...): cloning one
  // string costs a copy, cloning 64 small objects cost the walking thread a tenth of its time.
  let batch = '';
  let batchFiles = 0;
  let batchBytes = 0;
  let nextId = 0;
  /** Scan one queued job here; false when the workers hold every job. */
  const helpOnce = (p: Pool): boolean => {
    const job = p.takeQueued();
    if (!job) return false;
    p.doneHere(scanJob(job, cr, scanOpts));
    return true;
  };
  /** One file from the walk: scanned here, or added to a batch. True when a batch went out (then let the event loop turn). */
  const take = (f: TreeFile): boolean => {
    if (!pool && (threads === 0 || inlineBytes < inlineBelow)) {
      const r = scanFile(f.absPath, f.path, cr, scanOpts);
      collect(f.path, r);
      inlineBytes += r.bytes;
      return false;
    }
    pool ??= new Pool(poolWorkers(threads), opts, collectReply);
    batch += batchFiles === 0 ? `${f.path}\0${f.absPath}` : `\0${f.path}\0${f.absPath}`;
    batchFiles++;
    batchBytes += f.size ?? 0;
    if (batchBytes < BATCH_BYTES && batchFiles < BATCH_FILES) return false;
    pool.submit({ id: nextId++, files: batch });
    batch = '';
    batchFiles = 0;
    batchBytes = 0;
    if (threads >= 2) helpOnce(pool);
    return true;
  };
  // A synchronous walk never lets the event loop turn by itself: without a turn after each batch, workers'
  // replies (and so their next jobs) waited for the whole walk, and each worker idled after its first two jobs.
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  try {
    // A synchronous source is read synchronously: `for await` costs promises and microtask hops per file
    // (two async layers between the walk and here had cost ~0.15 s of this thread per 83k files).
    if (Symbol.iterator in input) {
      for (const f of input) if (take(f)) await turn();
    } else {
      for await (const f of input) if (take(f)) await turn();
    }
    if (pool) {
      if (batchFiles > 0) pool.submit({ id: nextId++, files: batch });
      // The walk is done: scan what the workers have not taken, letting their replies in between jobs.
      while (threads >= 2 && helpOnce(pool)) await new Promise((resolve) => setImmediate(resolve));
      await pool.drain();
      result.threads = threads;
    }
  } finally {
    await pool?.close();
  }
  result.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  result.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return result;
}

/**
 * Worker threads fed from a queue; each keeps IN_FLIGHT jobs so it never idles between messages, also
 * while this thread is busy scanning a job of its own (with two, a worker sat idle for a sixth of the scan).
 */
class Pool {
  private readonly workers: Worker[] = [];
  private readonly inFlight = new Map<Worker, number>();
  private readonly queue: WorkerJob[] = [];
  private pending = 0;
  private error: Error | undefined;
  private waiter: { resolve: () => void; reject: (e: Error) => void } | undefined;
  private readonly onReply: (reply: WorkerReply) => void;

  constructor(threads: number, opts: ScanFilesOptions, onReply: (reply: WorkerReply) => void) {
    this.onReply = onReply;
    const init: WorkerInit = { spec: opts.rules, binary: opts.binary, chunkBytes: opts.chunkBytes };
    const url = opts.workerUrl ?? defaultWorkerUrl();
    const started = takeSpareWorkers(threads, url);
    for (let i = 0; i < threads; i++) {
      const w = started[i] ?? new Worker(url, { workerData: { [WORKER_MARK]: true } });
      w.postMessage(init); // before any job: a port delivers in order
      this.workers.push(w);
      this.inFlight.set(w, 0);
      w.on('message', (reply: WorkerReply) => {
        this.onReply(reply);
        this.pending--;
        this.inFlight.set(w, this.inFlight.get(w)! - 1);
        this.pump();
        if (this.pending === 0 && this.queue.length === 0) this.waiter?.resolve();
      });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (this.pending > 0 || this.queue.length > 0) this.fail(new Error(`secret-scan worker exited early (code ${code})`));
      });
    }
  }

  submit(job: WorkerJob): void {
    this.queue.push(job);
    this.pending++;
    this.pump();
  }

  /** A job no worker has been sent yet, for the pool's own thread to scan (then `doneHere`). */
  takeQueued(): WorkerJob | undefined {
    return this.queue.shift();
  }

  doneHere(reply: WorkerReply): void {
    this.onReply(reply);
    this.pending--;
    if (this.pending === 0 && this.queue.length === 0) this.waiter?.resolve();
  }

  private pump(): void {
    for (const w of this.workers) {
      while (this.queue.length > 0 && this.inFlight.get(w)! < IN_FLIGHT) {
        w.postMessage(this.queue.shift());
        this.inFlight.set(w, this.inFlight.get(w)! + 1);
      }
    }
  }

  private fail(e: unknown): void {
    this.error ??= e instanceof Error ? e : new Error(String(e));
    this.waiter?.reject(this.error);
  }

  drain(): Promise<void> {
    if (this.error) return Promise.reject(this.error);
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
