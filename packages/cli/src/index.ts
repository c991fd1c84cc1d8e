// The `bulkhead` executable (bundled to dist/cli/index.js with a #! line by scripts/bundle.ts).
// The same file serves as secret-scan's worker thread, so the bundle needs no separate worker asset.
// Only the version check is imported statically: everything else loads after it, so it is the CLI's first act.
import { unsupportedNode } from './node-version.ts';

const tooOld = unsupportedNode(process.versions.node);
if (tooOld) {
  process.stderr.write(`${tooOld}\n`);
  process.exitCode = 2;
} else {
  const { isSecretScanWorker, setWorkerEntry } = await import('@bulkhead/core/secrets');
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
}
