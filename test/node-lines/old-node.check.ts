// A real Node 20 (from npm, test/node-lines) runs the committed CLI bundle: its first act is one line and exit 2,
// for every command, before any code that needs a newer Node (fs.glob for --artifacts) can load.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const node20 = resolve('test/node-lines/node_modules/node20/bin/node');
const CLI = resolve('dist/cli/index.js');

describe('this run', () => {
  it('is on Node 22, so the CLI tests beside this file ran the bundle on Node 22 (they spawn process.execPath)', () => {
    expect(process.versions.node.split('.')[0]).toBe('22');
  });
});

describe('the CLI on Node 20', () => {
  it('refuses with one line naming the Node it needs, exit 2', () => {
    expect(existsSync(node20), 'npm run test:node-lines installs test/node-lines first').toBe(true);
    const version = spawnSync(node20, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    expect(version).toBe('20.20.2');
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-node20-'));
    try {
      writeFileSync(join(dir, 'app.zip'), 'not really a zip');
      for (const args of [['secret-scan', '.', '--artifacts', '*.zip'], ['--version'], ['--help'], ['no-such-command']]) {
        const r = spawnSync(node20, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
        expect(r.status, args.join(' ')).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe('bulkhead needs Node.js 22 or newer; this is 20.20.2\n');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
