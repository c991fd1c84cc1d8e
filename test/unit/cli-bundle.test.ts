// The committed CLI bundle (dist/cli) runs as `bulkhead`: help, version, exit codes, no stack traces.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../packages/cli/src/commands/index.ts';
import { VERSION } from '../../packages/cli/src/main.ts';
import { ROOT } from '../../scripts/bundle.ts';

const bin = join(ROOT, 'dist', 'cli', 'index.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: ROOT });

describe('dist/cli/index.js', () => {
  it('exists, is executable and has a node shebang', () => {
    expect(existsSync(bin), 'run npm run bundle -- cli and commit dist/cli').toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prints help listing every registered command, and the version', () => {
    const h = run('--help');
    expect(h.status).toBe(0);
    for (const c of COMMANDS) expect(h.stdout, `dist/cli lacks '${c.name}'; re-bundle`).toContain(c.name);
    const v = run('--version');
    expect(v.stdout.trim()).toBe(VERSION);
  });

  it('on a Node older than 22 its first act is one line and exit 2 (real Node 20: npm run test:node-lines)', () => {
    // Node reports an older version; the bundle must refuse before loading any command (no output, no --help).
    const pretend = (v: string) => `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${v}"})`;
    for (const args of [['--help'], ['secret-scan', '.', '--artifacts', '*.zip']]) {
      const r = spawnSync(process.execPath, ['--import', pretend('20.20.2'), bin, ...args], { encoding: 'utf8', cwd: ROOT });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('bulkhead needs Node.js 22 or newer; this is 20.20.2\n');
    }
    const ok = spawnSync(process.execPath, ['--import', pretend('22.0.0'), bin, '--version'], { encoding: 'utf8', cwd: ROOT });
    expect(ok.stdout.trim()).toBe(VERSION);
  });

  it('exits 2 with one line on stderr for a usage error', () => {
    const r = run('no-such-command');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('bulkhead --help');
  });
});
