// Worker entry used when running from TypeScript sources (see worker.ts for the bundled case).
import { runSecretScanWorker } from './worker.ts';

runSecretScanWorker();
