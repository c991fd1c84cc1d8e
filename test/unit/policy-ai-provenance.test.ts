// ai-provenance over real commits in a temp repository: agent trailers, an agent author, a generic trailer,
// a lookalike that must not count, in-file markers at head, the ai-files list, the PR-label policy, and the
// SARIF (notes tagged ai-generated) through Microsoft's validator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeRepo, type TempRepo } from '../support/git-repo.ts';
import { aiFilesText, checkAiProvenance, policyAuditSarif, resolveChange, runPolicyAudit, POLICY_AUDIT_DECL, DEFAULT_AI_FILE_MARKERS, DEFAULT_AI_MARKERS, type PolicyAuditResult } from '../../packages/core/src/policy/index.ts';
import { parseOptions } from '../../packages/core/src/options/parse-options.ts';
import { serializeSarif } from '../../packages/core/src/report/sarif.ts';
import type { EventContext } from '../../packages/core/src/git/types.ts';

let repo: TempRepo;
let base = '';
const ai: Record<string, string> = {};
const cli: EventContext = { eventName: 'cli', labels: [] };

beforeAll(() => {
  repo = makeRepo('bulkhead-ai-');
  base = repo.commit('base', { 'README.md': 'hello\n', 'old.ts': 'export {};\n' });
  repo.commit('human change', { 'a.ts': 'export const a = 1;\n' });
  ai.claude = repo.commit('Add parser\n\nCo-Authored-By: Claude <noreply@anthropic.com>', { 'b.ts': 'export const b = 2;\n', 'c.ts': 'export const c = 3;\n' });
  repo.write('d.ts', 'export const d = 4;\n');
  repo.git('add', 'd.ts');
  repo.git('commit', '-q', '--author', 'Copilot <198982749+Copilot@users.noreply.github.com>', '-m', 'Implement d');
  ai.copilot = repo.git('rev-parse', 'HEAD');
  ai.generic = repo.commit('Tidy e\n\nGenerated-by: in-house-agent 2.1', { 'e.ts': 'export const e = 5;\n', 'gone.ts': 'x\n' });
  // Mentions a trailer key mid-line: not a trailer, not flagged.
  repo.commit('Document the Generated-by: trailer in the guide', { 'docs.md': 'Use Generated-by: when...\n' });
  repo.commit('human: add f with a marker', { 'f.ts': 'const x = 1;\n// claw-code: produced by an agent, reviewed by nobody\nexport default x;\n' });
  repo.git('rm', '-q', 'gone.ts');
  repo.commit('human: drop gone.ts');
});
afterAll(() => repo.cleanup());

const opts = { markers: DEFAULT_AI_MARKERS, fileMarkers: DEFAULT_AI_FILE_MARKERS };

describe('ai-provenance', () => {
  it('flags the agent commits (trailer, author, generic trailer), not the lookalike, and lists the files they left at head', async () => {
    const target = await resolveChange({ cwd: repo.dir, event: cli, base, fetch: false });
    const r = await checkAiProvenance({ cwd: repo.dir, target, event: cli, ...opts });
    expect(r.summary.commits).toBe(Number(repo.git('rev-list', '--count', `${base}..HEAD`)));
    expect(r.summary.aiCommits.map((c) => c.sha)).toEqual([ai.claude, ai.copilot, ai.generic]);
    expect(r.summary.aiCommits.map((c) => c.marker)).toEqual(['noreply@anthropic.com', 'Copilot@users.noreply.github.com', 'Generated-by:']);
    // gone.ts was touched by an agent but is not at head; f.ts carries an in-file marker.
    expect(r.summary.files).toEqual(['b.ts', 'c.ts', 'd.ts', 'e.ts', 'f.ts']);
    const marker = r.findings.find((f) => f.ruleId === 'ai-provenance/ai-marker')!;
    expect(marker.location).toEqual({ path: 'f.ts', line: 2 });
    expect(marker.properties?.marker).toBe('claw-code');
    const b = r.findings.find((f) => f.location.path === 'b.ts')!;
    expect(b).toMatchObject({ ruleId: 'ai-provenance/ai-commit', severity: 'low', location: { commit: ai.claude } });
  });

  it('without a range, looks at the last commit only', async () => {
    const target = await resolveChange({ cwd: repo.dir, event: cli, fetch: false });
    expect(target).toEqual({ kind: 'range', base: 'HEAD^', head: 'HEAD' });
    const r = await checkAiProvenance({ cwd: repo.dir, target, event: cli, ...opts });
    expect(r.summary.commits).toBe(1);
    expect(r.summary.aiCommits).toEqual([]);
  });

  it('custom markers replace the defaults', async () => {
    const target = await resolveChange({ cwd: repo.dir, event: cli, base, fetch: false });
    const r = await checkAiProvenance({ cwd: repo.dir, target, event: cli, markers: ['in-house-agent'], fileMarkers: [] });
    expect(r.summary.aiCommits.map((c) => c.sha)).toEqual([ai.generic]);
    expect(r.summary.files).toEqual(['e.ts']);
  });

  it('ai-label: a pull request with AI commits and without the label is a high finding; with it, none', async () => {
    const pr = (labels: string[]): EventContext => ({ eventName: 'pull_request', base, head: repo.git('rev-parse', 'HEAD'), labels, ref: '#7' });
    for (const [labels, want] of [[['ai-reviewed'], 0], [['other'], 1]] as const) {
      const event = pr([...labels]);
      const target = await resolveChange({ cwd: repo.dir, event, fetch: false });
      const r = await checkAiProvenance({ cwd: repo.dir, target, event, ...opts, label: 'ai-reviewed' });
      const missing = r.findings.filter((f) => f.ruleId === 'ai-provenance/missing-label');
      expect(missing).toHaveLength(want);
      if (want) expect(missing[0]).toMatchObject({ severity: 'high', message: expect.stringContaining("3 AI-marked commits in #7, which lacks the required label 'ai-reviewed'") });
    }
  });
});

describe('policy-audit result: ai-files and SARIF', () => {
  let dir = '';
  let result: PolicyAuditResult;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bulkhead-ai-sarif-'));
    const { options } = parseOptions(POLICY_AUDIT_DECL, [{ checks: 'ai-provenance', base }]);
    result = await runPolicyAudit({ options, event: cli, baseDir: repo.dir, fetch: false });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ai-files is one path per line, the paths git has at head', () => {
    const text = aiFilesText(result);
    expect(text).toBe('b.ts\nc.ts\nd.ts\ne.ts\nf.ts\n');
    for (const p of text.trim().split('\n')) expect(readFileSync(join(repo.dir, p), 'utf8')).toBe(repo.git('show', `HEAD:${p}`) + '\n');
  });

  it('SARIF: notes tagged ai-generated, and the official validator finds no error', () => {
    const log = policyAuditSarif(result);
    const run = log.runs[0];
    expect(run.results.length).toBe(result.findings.length);
    expect(new Set(run.results.map((r) => r.level))).toEqual(new Set(['note']));
    for (const rule of run.tool.driver.rules) expect(rule.properties.tags).toContain('ai-generated');
    const file = join(dir, 'policy.sarif');
    writeFileSync(file, serializeSarif(log));
    const out = join(dir, 'validation.sarif');
    const v = spawnSync(resolve('node_modules/.bin/sarif-multitool'), ['validate', file, '--output', out, '--log', 'ForceOverwrite'], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      timeout: 120_000,
    });
    expect(v.status, v.stdout + v.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: { level?: string; ruleId: string }[] }[] };
    expect((report.runs[0].results ?? []).filter((x) => x.level === 'error')).toEqual([]);
  });
});
