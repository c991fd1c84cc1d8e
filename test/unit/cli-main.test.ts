import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, VERSION } from '../../packages/cli/src/main.ts';
import type { CommandEntry } from '../../packages/cli/src/commands/index.ts';
import type { CliIO, Command } from '../../packages/cli/src/types.ts';
import { ResourceError } from '../../packages/core/src/errors.ts';
import type { ActionDecl } from '../../packages/core/src/options/types.ts';

const decl = {
  name: 'demo',
  title: 'Demo',
  description: 'Scans a demo thing.',
  outputs: [],
  options: [
    { name: 'path', type: 'string', default: '.', positional: true, description: 'Directory to scan.' },
    { name: 'history', type: 'boolean', default: 'false', description: 'Scan history.' },
    { name: 'fail-on', type: 'enum', values: ['low', 'high', 'none'], default: 'low', description: 'Threshold.' },
    { name: 'max-size', type: 'bytes', default: '5MB', description: 'Largest file.' },
    { name: 'what', type: 'enum', values: ['ok', 'findings', 'missing', 'bug'], default: 'ok', surface: 'cli', description: 'What the demo does.' },
    { name: 'sarif-file', type: 'string', surface: 'action', description: 'Action only.' },
  ],
} as const satisfies ActionDecl;

let loads = 0;
const demo: Command<typeof decl> = {
  name: 'demo',
  summary: 'A demo.',
  decl,
  async run(args, io) {
    if (args.options.what === 'missing') throw new ResourceError({ input: 'path', problem: 'does not exist', fix: 'pass an existing directory' });
    if (args.options.what === 'bug') throw new TypeError('cannot read x of undefined');
    io.stdout(`${JSON.stringify({ ...args.options, explicit: [...args.explicit].sort(), config: args.config.path ?? null })}\n`);
    return args.options.what === 'findings' ? 1 : 0;
  },
};

const registry: CommandEntry[] = [
  { name: 'demo', summary: 'A demo.', decl, load: async () => (loads++, demo as unknown as Command) },
  {
    name: 'sarif merge',
    summary: 'Merge SARIF files.',
    usage: 'bulkhead sarif merge FILE... --output FILE',
    load: async () => ({ name: 'sarif merge', summary: '', run: async (a, io) => (io.stdout(`${a.positionals.join(',')}|${a.raw.output}\n`), 0) }),
  },
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulkhead-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function cli(argv: string[], cwd = dir) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {} };
  const code = await main(argv, io, registry);
  return { code, stdout, stderr };
}

describe('bulkhead CLI framework', () => {
  it('prints top-level help and version', async () => {
    const h = await cli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Usage: bulkhead <command>');
    expect(h.stdout).toMatch(/demo\s+A demo\./);
    expect(h.stdout).toMatch(/sarif merge\s+Merge SARIF files\./);
    const v = await cli(['--version']);
    expect(v).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage:');
  });

  it('generates command help from the decl without loading the command', async () => {
    const before = loads;
    const h = await cli(['demo', '--help']);
    expect(loads).toBe(before);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Usage: bulkhead demo [PATH] [options]');
    expect(h.stdout).toContain('--history, --no-history');
    expect(h.stdout).toContain('--fail-on low|high|none');
    expect(h.stdout).toContain('default: 5MB');
    expect(h.stdout).toContain('one of: low, high, none');
    expect(h.stdout).toContain('--config FILE');
    expect(h.stdout).not.toContain('--sarif-file');
    expect((await cli(['help', 'demo'])).stdout).toBe(h.stdout);
    expect((await cli(['sarif', 'merge', '--help'])).stdout).toContain('Usage: bulkhead sarif merge FILE... --output FILE');
  });

  it('parses flags into typed options with defaults and explicit names', async () => {
    const r = await cli(['demo', 'src', '--history', '--max-size=1KiB']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      path: 'src',
      history: true,
      'fail-on': 'low',
      'max-size': 1024,
      what: 'ok',
      explicit: ['history', 'max-size', 'path'],
      config: null,
    });
  });

  it('maps results and errors to exit codes 0 / 1 / 2', async () => {
    expect((await cli(['demo', '--what', 'findings'])).code).toBe(1);

    const missing = await cli(['demo', '--what', 'missing']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('does not exist');
    expect(missing.stderr).toContain('pass an existing directory');

    const bad = await cli(['demo', '--max-size', '5XB']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-size');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);

    const typo = await cli(['demo', '--fial-on', 'high']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('--fail-on');

    const cmd = await cli(['dmeo']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain("'demo'");

    const bug = await cli(['demo', '--what', 'bug']);
    expect(bug.code).toBe(2);
    expect(bug.stderr).toContain('Unexpected error: cannot read x of undefined');
    expect(bug.stderr).not.toContain('    at ');
  });

  it('reads .bulkhead.yml below the flags, and --config', async () => {
    await writeFile(join(dir, '.bulkhead.yml'), 'demo:\n  fail-on: high\n  max-size: 2KB\n');
    const r = JSON.parse((await cli(['demo', '--max-size', '3KB'])).stdout);
    expect(r['fail-on']).toBe('high');
    expect(r['max-size']).toBe(3000);
    expect(r.config).toBe(join(dir, '.bulkhead.yml'));
    expect(r.explicit).toContain('fail-on');

    await writeFile(join(dir, 'other.yml'), 'demo:\n  fail-on: none\n');
    const o = JSON.parse((await cli(['demo', '--config', 'other.yml'])).stdout);
    expect(o['fail-on']).toBe('none');

    const missing = await cli(['demo', '--config', 'nope.yml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yml');

    await writeFile(join(dir, '.bulkhead.yml'), 'demo:\n  fial-on: high\n');
    const typo = await cli(['demo']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('fail-on');
  });

  it('runs two-word commands with generic flags', async () => {
    const r = await cli(['sarif', 'merge', 'a.sarif', 'b.sarif', '--output', 'm.sarif']);
    expect(r).toEqual({ code: 0, stdout: 'a.sarif,b.sarif|m.sarif\n', stderr: '' });
  });
});
