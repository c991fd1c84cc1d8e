// The `bulkhead` executable (bundled to dist/cli/index.js with a #! line by scripts/bundle.ts).
// The same file serves as secret-scan's worker thread, so the bundle needs no separate worker asset.
import { isSecretScanWorker, setWorkerEntry } from '@bulkhead/core/secrets';

if (isSecretScanWorker()) {
  (await import('@bulkhead/core/secrets/scanner')).runSecretScanWorker();
} else {
  setWorkerEntry(import.meta.url);
  const { main } = await import('./main.ts');
  const code = await main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
  });
  process.exitCode = code;
}
