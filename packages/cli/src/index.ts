// The `bulkhead` executable (bundled to dist/cli/index.js with a #! line by scripts/bundle.ts).
import { main } from './main.ts';

const code = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = code;
