// The runner names the workflow run in every JSON report an action builds (report/run.ts): from the runner's
// own variables, and not at all outside a workflow run. Runs the real runAction in this process.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../packages/runner/src/run.ts';
import { buildJsonReport, type JsonReport } from '../../packages/core/src/report/index.ts';
import type { ActionDecl } from '../../packages/core/src/options/types.ts';

const DECL = { name: 'demo', title: 'Demo', description: 'A demo action.', options: [], outputs: [] } as const satisfies ActionDecl;
const KEYS = ['GITHUB_WORKFLOW', 'GITHUB_RUN_NUMBER', 'GITHUB_RUN_ATTEMPT', 'GITHUB_RUN_ID', 'GITHUB_REPOSITORY', 'GITHUB_WORKSPACE', 'RUNNER_TEMP'];
let saved: Record<string, string | undefined>;
let dir: string;

beforeEach(() => {
  saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
  for (const k of KEYS) delete process.env[k];
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-report-run-'));
  process.env.GITHUB_WORKSPACE = dir;
  process.env.RUNNER_TEMP = dir;
});
afterEach(() => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  rmSync(dir, { recursive: true, force: true });
});

async function reportOfAStep(): Promise<JsonReport<object>> {
  let report: JsonReport<object> | undefined;
  await runAction(DECL, async () => {
    report = buildJsonReport({ kind: 'bulkhead.demo', schemaVersion: '1', tool: { name: 'bulkhead', version: '0' }, generatedAt: 't', data: {} });
  });
  if (!report) throw new Error('the body did not run');
  return report;
}

it('a step of run #41 (second attempt) of "CI <b>" names it; a step outside a workflow run names nothing', async () => {
  Object.assign(process.env, { GITHUB_WORKFLOW: 'CI <b>', GITHUB_RUN_NUMBER: '41', GITHUB_RUN_ATTEMPT: '2', GITHUB_RUN_ID: '9001', GITHUB_REPOSITORY: 'acme/app' });
  expect((await reportOfAStep()).run).toEqual({ workflow: 'CI <b>', number: 41, attempt: 2, id: '9001', repository: 'acme/app' });
  for (const k of ['GITHUB_WORKFLOW', 'GITHUB_RUN_NUMBER', 'GITHUB_RUN_ATTEMPT', 'GITHUB_RUN_ID', 'GITHUB_REPOSITORY']) delete process.env[k];
  expect('run' in (await reportOfAStep())).toBe(false);
});
