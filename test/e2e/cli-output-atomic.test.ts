// Every file the CLI writes on request is written atomically. A write that fails half way (the process's
// file-size limit, RLIMIT_FSIZE, makes the kernel refuse bytes past it, as a full disk would) leaves the
// previous file byte for byte and no partial or temporary file, and the user gets one line naming the flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeRepo, type TempRepo } from '../support/git-repo.ts';
import { generateSecret, makeRng } from '../support/secret-gen.ts';

const CLI = resolve('packages/cli/src/index.ts');
/** In KiB (bash `ulimit -f`): every report below is larger, the old files are far smaller. */
const LIMIT_KIB = 2;
const OLD = 'the previous report\n';

/** Runs the CLI with a file-size limit; the limit applies to that process only. */
function cliLimited(args: string[], cwd: string) {
  const r = spawnSync('bash', ['-c', `ulimit -f ${LIMIT_KIB}; exec "$0" "$@"`, process.execPath, CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let repo: TempRepo;
let base: string;
let out: string;
beforeAll(() => {
  repo = makeRepo('bulkhead-atomic-');
  base = repo.commit('base', { 'README.md': '# x\n' });
  const rng = makeRng(31);
  const files: Record<string, string> = { 'src/big.txt': 'line\n'.repeat(2000) };
  // Enough findings that the baseline, too, outgrows the limit.
  for (let i = 0; i < 12; i++) files[`src/app${i}.py`] = `${generateSecret('gitlab-pat', rng).text}\n`;
  repo.commit('change', files);
  out = mkdtempSync(join(tmpdir(), 'bulkhead-atomic-out-'));
});
afterAll(() => {
  repo?.cleanup();
  rmSync(out, { recursive: true, force: true });
});

/** The directory holds exactly `name`, with the old content. */
function expectUntouched(dir: string, name: string) {
  expect(readdirSync(dir)).toEqual([name]);
  expect(readFileSync(join(dir, name), 'utf8')).toBe(OLD);
}

describe('CLI report files are written atomically', () => {
  const cases: [label: string, flag: string, args: (file: string) => string[]][] = [
    ['secret-scan --output (SARIF)', 'output', (f) => ['secret-scan', repo.dir, '--format', 'sarif', '--output', f]],
    ['secret-scan --write-baseline', 'write-baseline', (f) => ['secret-scan', repo.dir, '--write-baseline', f]],
    ['diff-telemetry --report-file', 'report-file', (f) => ['diff-telemetry', repo.dir, '--base', base, '--history', 'none', '--report-file', f]],
  ];

  it.each(cases)('%s: a failed write leaves the old file and no partial one', (_label, flag, args) => {
    const dir = mkdtempSync(join(out, 'case-'));
    const file = join(dir, 'report.out');
    // Unlimited, the same command writes a report larger than the limit: the limit is what fails it.
    const free = cli(args(join(dir, 'free.out')), repo.dir);
    expect(free.stderr).not.toMatch(/cannot be written/);
    expect(statSync(join(dir, 'free.out')).size).toBeGreaterThan(LIMIT_KIB * 1024);
    rmSync(join(dir, 'free.out'));

    writeFileSync(file, OLD);
    const r = cliLimited(args(file), repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr.match(/cannot be written/g)).toHaveLength(1);
    expect(r.stderr).toContain(`${flag}: `);
    expect(r.stderr).toContain('EFBIG');
    expect(r.stderr).not.toMatch(/Unexpected error|\n\s+at /);
    expectUntouched(dir, 'report.out');
  });

  it('dashboard --output and sarif merge --output too', () => {
    const dir = mkdtempSync(join(out, 'case-'));
    // A history file and a SARIF shard, written without a limit.
    const history = join(dir, 'history.json');
    expect(cli(['diff-telemetry', repo.dir, '--base', base, '--history', `file:${history}`], repo.dir).code).toBe(0);
    const shard = join(dir, 'shard.sarif');
    expect(cli(['secret-scan', repo.dir, '--format', 'sarif', '--output', shard], repo.dir).code).toBe(1);
    for (const [flag, args] of [
      ['output', ['dashboard', '--history', history, '--output', join(dir, 'target')]],
      ['output', ['sarif', 'merge', shard, shard, '--output', join(dir, 'target')]],
    ] as const) {
      writeFileSync(join(dir, 'target'), OLD);
      const r = cliLimited([...args], dir);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`${flag}: `);
      expect(r.stderr).toContain('EFBIG');
      expect(readFileSync(join(dir, 'target'), 'utf8')).toBe(OLD);
      expect(readdirSync(dir).sort()).toEqual(['history.json', 'shard.sarif', 'target']);
    }
  });
});
