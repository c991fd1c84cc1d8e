// The `bulkhead` executable (bundled to dist/cli/index.js with a #! line by scripts/bundle.ts).
// The same file serves as secret-scan's worker thread, so the bundle needs no separate worker asset.
// The version check is the first import, so it is evaluated first; the other static imports are the secret-scan
// worker mark and its thread prestart (tiny, engine-free: the bundler keeps only them), and commands load
// dynamically after them.
import { nodeSupported } from './node-version.ts';
import { isSecretScanWorker, prestartScanWorkers, setWorkerEntry } from '@bulkhead/core/secrets';
import { asksForTreeScan } from './tree-scan-hint.ts';

if (!nodeSupported) {
  // The refusal is printed; nothing else runs.
} else if (isSecretScanWorker()) {
  (await import('@bulkhead/core/secrets/scanner')).runSecretScanWorker();
} else {
  setWorkerEntry(import.meta.url);
  if (asksForTreeScan(process.argv.slice(2))) prestartScanWorkers();
  const { main } = await import('./main.ts');
  const code = await main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
  });
  process.exitCode = code;
}
