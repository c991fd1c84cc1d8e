// Scan many files on a pool of worker threads (one per core), or inline for small jobs.
// Files are read inside the workers; only paths go in and RawMatch[] come back.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { compileRules } from './compile.ts';
import { scanFile } from './buffer.ts';
import { loadRuleSet, type RuleSetSpec } from './ruleset.ts';
import type { TreeFile } from './tree.ts';
import type { RawMatch, SkippedFile } from './types.ts';
import { WORKER_MARK, type WorkerInit, type WorkerJob, type WorkerReply } from './worker.ts';

export interface ScanFilesOptions {
  rules: RuleSetSpec;
  binary?: boolean;
  chunkBytes?: number;
  /** Worker count; default os.availableParallelism(). 0 = inline on this thread. */
  threads?: number;
  /** Below this many bytes in total the scan runs inline (thread start-up costs more). Default 4 MiB. */
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

const BATCH_BYTES = 512 * 1024;
const BATCH_FILES = 64;

export async function scanFiles(input: Iterable<TreeFile> | AsyncIterable<TreeFile>, opts: ScanFilesOptions): Promise<ScanFilesResult> {
  const list: TreeFile[] = [];
  for await (const f of input) list.push(f);
  const total = list.reduce((n, f) => n + f.size, 0);
  const threads = Math.max(0, opts.threads ?? Math.max(1, availableParallelism()));
  const inline = threads === 0 || total < (opts.inlineBelowBytes ?? 4 * 1024 * 1024) || list.length < 2;
  const result: ScanFilesResult = { files: [], skipped: [], filesScanned: 0, bytesScanned: 0, threads: inline ? 0 : threads };
  const collect = (path: string, r: { matches: RawMatch[]; skipped?: string; bytes: number }) => {
    if (r.skipped) result.skipped.push({ path, reason: r.skipped });
    else result.filesScanned++;
    result.bytesScanned += r.bytes;
    if (r.matches.length > 0) result.files.push({ path, matches: r.matches });
  };
  if (inline) {
    const { rules, isFalsePositive } = await loadRuleSet(opts.rules);
    const cr = compileRules(rules);
    for (const f of list) collect(f.path, scanFile(f.absPath, f.path, cr, { isFalsePositive, binary: opts.binary, chunkBytes: opts.chunkBytes }));
  } else {
    for (const reply of await runPool(batches(list), threads, opts)) for (const r of reply.results) collect(r.path, r);
  }
  result.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  result.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return result;
}

function batches(list: TreeFile[]): WorkerJob[] {
  // Big files first so the pool does not end waiting on one large straggler.
  const sorted = [...list].sort((a, b) => b.size - a.size);
  const jobs: WorkerJob[] = [];
  let cur: WorkerJob['files'] = [];
  let bytes = 0;
  for (const f of sorted) {
    cur.push({ path: f.path, absPath: f.absPath });
    bytes += f.size;
    if (bytes >= BATCH_BYTES || cur.length >= BATCH_FILES) {
      jobs.push({ id: jobs.length, files: cur });
      cur = [];
      bytes = 0;
    }
  }
  if (cur.length > 0) jobs.push({ id: jobs.length, files: cur });
  return jobs;
}

function runPool(jobs: WorkerJob[], threads: number, opts: ScanFilesOptions): Promise<WorkerReply[]> {
  const n = Math.min(threads, jobs.length);
  if (n === 0) return Promise.resolve([]);
  const init: WorkerInit = { [WORKER_MARK]: true, spec: opts.rules, binary: opts.binary, chunkBytes: opts.chunkBytes };
  const url = opts.workerUrl ?? defaultWorkerUrl();
  return new Promise((resolve, reject) => {
    const replies: WorkerReply[] = [];
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    const finish = (err?: unknown) => {
      if (failed) return;
      if (err) failed = true;
      for (const w of workers) void w.terminate();
      if (err) reject(err instanceof Error ? err : new Error(String(err)));
      else resolve(replies);
    };
    const feed = (w: Worker) => {
      if (next < jobs.length) w.postMessage(jobs[next++]);
    };
    for (let i = 0; i < n; i++) {
      const w = new Worker(url, { workerData: init });
      workers.push(w);
      w.on('message', (reply: WorkerReply) => {
        replies.push(reply);
        if (++done === jobs.length) finish();
        else feed(w);
      });
      w.on('error', (e) => finish(e));
      w.on('exit', (code) => {
        if (done < jobs.length) finish(new Error(`secret-scan worker exited early (code ${code})`));
      });
      // Two jobs in flight per worker so it never idles waiting for the next message.
      feed(w);
      feed(w);
    }
  });
}

/** From sources this module is a `.ts` file next to worker-main.ts; in a bundle it is the bundle itself. */
export function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  const entry = /\.ts$/.test(new URL(here).pathname) ? ['worker-main', 'ts'].join('.') : '';
  return entry ? new URL(entry, here) : new URL(here);
}
