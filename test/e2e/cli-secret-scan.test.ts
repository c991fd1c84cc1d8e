// The CLI contract (README's "The CLI"), run against the committed dist/cli bundle as a user (or script) would.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeRepo, type TempRepo } from '../support/git-repo.ts';
import { generateSecret, makeRng } from '../support/secret-gen.ts';
import { makeZip } from '../support/archives.ts';

const CLI = resolve('dist/cli/index.js');
const rng = makeRng(4242);
const gl = generateSecret('gitlab-pat', rng);
const aws = generateSecret('aws-access-key-id', rng);
const npmTok = generateSecret('npm-access-token', rng);
const ant = generateSecret('anthropic-api-key', rng);
const secrets = [gl, aws, npmTok, ant].map((g) => g.secret);

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  const all = r.stdout + r.stderr;
  for (const s of secrets) expect(all.includes(s), 'the CLI printed a secret').toBe(false);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let repo: TempRepo;
let first: string;
const outside = mkdtempSync(join(tmpdir(), 'bulkhead-outside-'));

beforeAll(() => {
  expect(existsSync(CLI), 'run npm run bundle first').toBe(true);
  repo = makeRepo();
  first = repo.commit('init', { 'README.md': '# demo\n', 'src/ok.ts': 'export const ok = true;\n' });
  repo.commit('oops', { 'src/settings.py': `${gl.text}\n` });
  repo.commit('fix', { 'src/settings.py': '# moved to the vault\n' });
  writeFileSync(join(outside, 'host-secret.env'), `${ant.text}\n`);
});
afterAll(() => {
  repo?.cleanup();
  rmSync(outside, { recursive: true, force: true });
});

describe('bulkhead secret-scan (CLI contract)', () => {
  it('exit 0 on a clean tree, --help and --version work', () => {
    expect(cli(['secret-scan', '.'], repo.dir).code).toBe(0);
    const help = cli(['secret-scan', '--help'], repo.dir);
    expect(help.code).toBe(0);
    for (const flag of ['--history', '--range', '--staged', '--artifacts', '--config', '--baseline', '--format', '--output', '--fail-on']) expect(help.stdout).toContain(flag);
    expect(cli(['--version'], repo.dir).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('--history finds a secret deleted later; --range limits it; exit 1 with findings', () => {
    const h = cli(['secret-scan', '.', '--history', '--format', 'json'], repo.dir);
    expect(h.code).toBe(1);
    const report = JSON.parse(h.stdout);
    expect(report.data.findings).toHaveLength(1);
    expect(report.data.findings[0].ruleId).toBe('gitlab-pat');
    expect(report.data.findings[0].location.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(cli(['secret-scan', '.', '--range', `${first}..HEAD~1`], repo.dir).code).toBe(1);
    expect(cli(['secret-scan', '.', '--range', 'HEAD~1..HEAD'], repo.dir).code).toBe(0);
    expect(cli(['secret-scan', '.', '--history', '--fail-on', 'none'], repo.dir).code).toBe(0);
  });

  it('--staged scans what is about to be committed', () => {
    repo.write('deploy/.npmrc', `${npmTok.text}\n`);
    repo.git('add', 'deploy/.npmrc');
    try {
      const r = cli(['secret-scan', '--staged'], repo.dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('npm-access-token');
      expect(r.stdout).toContain('deploy/.npmrc:1');
    } finally {
      repo.git('rm', '-q', '--cached', 'deploy/.npmrc');
      rmSync(join(repo.dir, 'deploy'), { recursive: true, force: true });
    }
  });

  it('SARIF: relative URIs, 1-based lines, commit in properties and fingerprints, valid under sarif-multitool', () => {
    const out = join(repo.dir, '..', `${repo.dir.split('/').pop()}-h.sarif`);
    const r = cli(['secret-scan', '.', '--history', '--format', 'sarif', '--output', out], repo.dir);
    expect(r.code).toBe(1);
    const log = JSON.parse(readFileSync(out, 'utf8'));
    const res = log.runs[0].results[0];
    expect(log.runs[0].tool.driver.name).toBe('bulkhead');
    expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe('src/settings.py');
    expect(res.locations[0].physicalLocation.region.startLine).toBe(1);
    expect(res.properties.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(Object.values(res.partialFingerprints).join(' ')).toContain(res.properties.commit);
    const v = spawnSync(resolve('node_modules/.bin/sarif-multitool'), ['validate', out, '--output', `${out}.v`, '--log', 'ForceOverwrite'], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      timeout: 120_000,
    });
    expect(v.status, v.stdout + v.stderr).toBe(0);
    const errors = (JSON.parse(readFileSync(`${out}.v`, 'utf8')).runs[0].results ?? []).filter((x: { level?: string }) => x.level === 'error');
    expect(errors).toEqual([]);
    rmSync(out);
    rmSync(`${out}.v`);
  }, 120_000);

  it('never follows a symlink out of PATH and never opens a FIFO', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-links-'));
    try {
      writeFileSync(join(dir, 'app.js'), 'console.log(1);\n');
      symlinkSync(join(outside, 'host-secret.env'), join(dir, 'linked.env'));
      symlinkSync(outside, join(dir, 'linked-dir'));
      symlinkSync(dir, join(dir, 'loop'));
      execFileSync('mkfifo', [join(dir, 'pipe')]);
      const r = cli(['secret-scan', '.', '--format', 'json'], dir);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).data.findings).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('baseline: --write-baseline accepts current findings; a new secret still fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-baseline-'));
    try {
      writeFileSync(join(dir, 'a.py'), `${gl.text}\n`);
      expect(cli(['secret-scan', '.'], dir).code).toBe(1);
      expect(cli(['secret-scan', '.', '--write-baseline', 'baseline.json'], dir).code).toBe(0);
      expect(readFileSync(join(dir, 'baseline.json'), 'utf8').includes(gl.secret)).toBe(false);
      // Lines added above the secret do not churn the baseline.
      writeFileSync(join(dir, 'a.py'), `# header\n\n${gl.text}\n`);
      expect(cli(['secret-scan', '.', '--baseline', 'baseline.json'], dir).code).toBe(0);
      writeFileSync(join(dir, 'b.js'), `${aws.text}\n`);
      const r = cli(['secret-scan', '.', '--baseline', 'baseline.json'], dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('aws-access-key-id');
      expect(r.stdout).not.toContain('gitlab-pat');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shards cover every finding exactly once; sarif merge puts them back together', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-shards-'));
    try {
      const r2 = makeRng(99);
      for (let i = 0; i < 24; i++) writeFileSync(join(dir, `f${i}.env`), `${generateSecret('slack-bot-token', r2).text}\n`);
      const full = JSON.parse(cli(['secret-scan', '.', '--format', 'json'], dir).stdout).data.findings.map((f: { fingerprint: string }) => f.fingerprint).sort();
      expect(full).toHaveLength(24);
      const parts: string[] = [];
      for (let i = 1; i <= 3; i++) {
        const r = cli(['secret-scan', '.', '--shard', `${i}/3`, '--format', 'sarif', '--output', `s${i}.sarif`], dir);
        expect([0, 1]).toContain(r.code);
        parts.push(...JSON.parse(readFileSync(join(dir, `s${i}.sarif`), 'utf8')).runs[0].results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['bulkhead/v1']));
      }
      expect(parts.sort()).toEqual(full);
      expect(cli(['sarif', 'merge', 's1.sarif', 's2.sarif', 's3.sarif', '--output', 'all.sarif'], dir).code).toBe(0);
      const merged = JSON.parse(readFileSync(join(dir, 'all.sarif'), 'utf8'));
      expect(merged.runs).toHaveLength(1);
      expect(merged.runs[0].results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['bulkhead/v1']).sort()).toEqual(full);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--artifacts: globs find a secret inside a zip (this file also runs on Node 22: npm run test:node-lines)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-artifacts-'));
    try {
      mkdirSync(join(dir, 'build'));
      writeFileSync(join(dir, 'build', 'app.zip'), await makeZip([{ name: 'conf/app.env', data: `${aws.text}\n` }]));
      const r = cli(['secret-scan', '.', '--artifacts', 'build/*.zip', '--format', 'json'], dir);
      expect(r.code, r.stderr).toBe(1);
      const found = JSON.parse(r.stdout).data.findings.map((f: { ruleId: string; location: { path: string } }) => [f.ruleId, f.location.path]);
      expect(found).toContainEqual(['aws-access-key-id', expect.stringContaining('build/app.zip')]);
      // An absolute glob outside PATH (build outputs often live elsewhere) goes through the same fs.glob.
      const abs = cli(['secret-scan', repo.dir, '--artifacts', join(dir, 'build', '*.zip'), '--format', 'json'], repo.dir);
      expect(abs.code, abs.stderr).toBe(1);
      const paths = JSON.parse(abs.stdout).data.findings.map((f: { location: { path: string } }) => f.location.path);
      expect(paths).toContainEqual(expect.stringContaining(join(dir, 'build', 'app.zip')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('usage and config errors: exit 2, one line naming what to fix', () => {
    const bad = cli(['secret-scan', '.', '--fail-onn', 'high'], repo.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('--fail-on');
    const shard = cli(['secret-scan', '.', '--shard', '4/3'], repo.dir);
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain('shard');
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-cfg-'));
    try {
      writeFileSync(join(dir, '.bulkhead.yml'), 'secret-scan:\n  fial-on: high\n');
      const r = cli(['secret-scan', '.'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('fail-on');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
