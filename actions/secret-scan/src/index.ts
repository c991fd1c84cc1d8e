// Entry of dist/secret-scan/index.js; the same file runs secret-scan's worker threads.
import { isWorkerThreadOfScan, runSecretScanWorker, setWorkerEntry } from '@bulkhead/core';
import { run } from './main.ts';

if (isWorkerThreadOfScan()) runSecretScanWorker();
else {
  setWorkerEntry(import.meta.url);
  await run();
}
