// actions/secret-scan/README.md's matrix example, merge job, run as written: its checkout of the committed CLI
// bundle (emulated with git's own sparse checkout, from this repository's HEAD instead of GitHub's v0) and its
// `run:` line, on shard SARIF files; the merge must hold exactly the findings of one unsharded scan.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../scripts/bundle.ts';
import { makeRepo } from '../support/git-repo.ts';
import { generateSecret, makeRng } from '../support/secret-gen.ts';

type Step = { uses?: string; run?: string; with?: Record<string, string> };

function mergeJob(): Step[] {
  const text = readFileSync(join(ROOT, 'actions/secret-scan/README.md'), 'utf8');
  const block = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes('sarif merge'));
  expect(block, 'the README shows a workflow that merges shard SARIF').toBeDefined();
  return (parse(block!) as { jobs: { merge: { steps: Step[] } } }).jobs.merge.steps;
}

const fingerprints = (file: string): string[] =>
  JSON.parse(readFileSync(file, 'utf8'))
    .runs.flatMap((r: { results: { partialFingerprints: Record<string, string> }[] }) => r.results.map((x) => x.partialFingerprints['bulkhead/v1']))
    .sort();

const ws = mkdtempSync(join(tmpdir(), 'bulkhead-readme-merge-'));
const repo = makeRepo();
afterAll(() => {
  repo.cleanup();
  rmSync(ws, { recursive: true, force: true });
});

describe('README: merging shard SARIF in a workflow', () => {
  it('every yaml example in the READMEs parses (a workflow GitHub could load)', () => {
    for (const file of ['README.md', ...readdirSync(join(ROOT, 'actions')).map((a) => `actions/${a}/README.md`)]) {
      if (!existsSync(join(ROOT, file))) continue;
      for (const [, block] of readFileSync(join(ROOT, file), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)) {
        expect(() => parse(block), `${file}:\n${block}`).not.toThrow();
      }
    }
  });

  it('fetches the committed CLI bundle and merges the shards into the findings of one full scan', () => {
    const steps = mergeJob();
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@') && s.with?.repository?.endsWith('/bulkhead'));
    expect(checkout, 'a checkout step for the Bulkhead repository').toBeDefined();
    const { path, 'sparse-checkout': sparse } = checkout!.with!;
    const run = steps.find((s) => s.run?.includes('sarif merge'))!.run!;
    expect(run).toContain(path);

    // What actions/checkout does with those inputs: a shallow clone, sparse (cone mode) to the bundle.
    const dest = join(ws, path);
    const git = (...args: string[]) => execFileSync('git', args, { stdio: 'pipe' });
    git('clone', '-q', '--depth', '1', '--no-checkout', pathToFileURL(ROOT).href, dest);
    git('-C', dest, 'sparse-checkout', 'set', sparse);
    git('-C', dest, 'checkout', '-q');
    const cli = join(dest, 'dist/cli/index.js');

    const rng = makeRng(7301);
    const files: Record<string, string> = {};
    for (const [i, rule] of ['github-pat-classic', 'slack-bot-token', 'npm-access-token', 'gitlab-pat', 'aws-access-key-id'].entries()) {
      files[`src/m${i}/conf.txt`] = `${generateSecret(rule, rng).text}\n`;
    }
    repo.commit('secrets', files);
    const scan = (out: string, ...extra: string[]) => {
      const r = spawnSync(process.execPath, [cli, 'secret-scan', repo.dir, '--format', 'sarif', '--output', join(ws, out), ...extra], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(1);
    };
    scan('full.sarif');
    for (const i of [1, 2, 3]) scan(`shard-${i}.sarif`, '--shard', `${i}/3`);
    const full = fingerprints(join(ws, 'full.sarif'));
    expect(full).toHaveLength(5);

    // The run: line as written, with `node` being this Node (actions/setup-node's role).
    const r = spawnSync('sh', ['-c', run], { cwd: ws, encoding: 'utf8', env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}` } });
    expect(r.status, r.stderr).toBe(0);
    const merged = JSON.parse(readFileSync(join(ws, 'merged.sarif'), 'utf8'));
    expect(merged.runs).toHaveLength(1);
    expect(fingerprints(join(ws, 'merged.sarif'))).toEqual(full);
  });
});
