// `npm run test:node-lines`: the CLI's tests under Node 22, and the refusal on Node 20 (test/node-lines).
// Both Nodes come from npm (`node@22`, `node@20`), installed into test/node-lines on first use; they stay out of
// the root install because their `node` bins would contend with Node 24's in node_modules/.bin.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './bundle.ts';

const dir = join(ROOT, 'test', 'node-lines');
const node22 = join(dir, 'node_modules', 'node22', 'bin', 'node');

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(node22) || !existsSync(join(dir, 'node_modules', 'node20', 'bin', 'node'))) {
  run('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund']);
}
const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
run(node22, [vitest, 'run', '--config', join(dir, 'vitest.config.ts'), ...process.argv.slice(2)]);
