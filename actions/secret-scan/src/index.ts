// Entry of dist/secret-scan/index.js; the same file runs secret-scan's worker threads.
import { isSecretScanWorker, runSecretScanWorker, setWorkerEntry } from '@bulkhead/core/secrets';
import { run } from './main.ts';

if (isSecretScanWorker()) runSecretScanWorker();
else {
  setWorkerEntry(import.meta.url);
  await run();
}
