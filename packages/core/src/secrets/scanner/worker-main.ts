// Worker entry used when running from TypeScript sources. Importing worker.ts is enough: in a pool
// thread its top-level code starts the job loop (see worker.ts). The call documents intent; it is a no-op.
import { runSecretScanWorker } from './worker.ts';

runSecretScanWorker();
