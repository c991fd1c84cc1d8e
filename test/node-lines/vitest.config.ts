// The CLI's tests, run by `npm run test:node-lines` under Node 22 (the oldest maintained line the CLI supports;
// the main suite runs on Node 24), plus the check that an older Node is refused. Tests that spawn the CLI use
// process.execPath, so the committed bundle itself runs on Node 22 here.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: [
      'test/unit/cli-*.test.ts',
      'test/unit/diff-cli.test.ts',
      'test/e2e/cli-*.test.ts',
      'test/node-lines/*.check.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
