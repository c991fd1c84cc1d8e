// runAction / runPost: inputs -> masks -> .bulkhead.yml -> typed options -> event -> body, with one error policy.
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
// Core files by path rather than the barrel: an action bundle then carries only the engines it uses.
import type { ActionDecl } from '@bulkhead/core/options';
import { isUserError } from '@bulkhead/core/errors';
import { loadConfig } from '@bulkhead/core/config';
import { parseOptions } from '@bulkhead/core/options';
import { reportRunFromEnv, setReportRun, userMessage } from '@bulkhead/core/report';
import { buildContext } from './context.ts';
import { resolveEvent } from './event.ts';
import { readInputs } from './inputs.ts';
import { configLocation } from '@bulkhead/core/config';
import type { ActionContext, Phase } from './types.ts';

export type ActionBody<D extends ActionDecl> = (ctx: ActionContext<D>) => Promise<void>;

async function prepare<D extends ActionDecl>(decl: D): Promise<ActionContext<D>> {
  const inputs = readInputs(decl);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const tempDir = process.env.RUNNER_TEMP || tmpdir();
  // Every JSON report of this step names its run (workflow, run number) for the dashboard.
  setReportRun(reportRunFromEnv(process.env));
  const loaded = await loadConfig(configLocation(decl, inputs, workspace));
  const section = loaded.section(decl.name);
  const { options, explicit } = parseOptions(decl, [inputs, section.raw]);
  // Secrets may also come from config; mask the parsed values too before the body can log anything.
  for (const o of decl.options) {
    const v = (options as Record<string, unknown>)[o.name];
    if (o.secret && typeof v === 'string' && v !== '') core.setSecret(v);
  }
  return buildContext({
    options,
    explicit,
    event: resolveEvent(),
    workspace,
    tempDir,
    config: { path: loaded.path, extra: section.extra },
  });
}

function report(e: unknown): void {
  if (isUserError(e)) {
    core.setFailed(userMessage(e));
    return;
  }
  // Not the user's fault: say so and keep the stack for the bug report.
  core.setFailed(userMessage(e));
  if (e instanceof Error && e.stack) core.info(`This is a bug in Bulkhead; please report it with this stack:\n${e.stack}`);
}

async function runPhase<D extends ActionDecl>(phase: Phase, decl: D, body: ActionBody<D>): Promise<void> {
  try {
    const ctx = await prepare(decl);
    core.debug(`bulkhead ${decl.name} ${phase}: event ${ctx.event.eventName}`);
    await body(ctx);
  } catch (e) {
    report(e);
  }
}

/** Entry point of an action's main step. Never rejects: failures go to core.setFailed (exit code 1). */
export function runAction<D extends ActionDecl>(decl: D, body: ActionBody<D>): Promise<void> {
  return runPhase('main', decl, body);
}

/** Entry point of a post step; state saved in main is readable with ctx.getState. */
export function runPost<D extends ActionDecl>(decl: D, body: ActionBody<D>): Promise<void> {
  return runPhase('post', decl, body);
}

/** Entry point of a pre step (not run for local `uses: ./actions/x`). */
export function runPre<D extends ActionDecl>(decl: D, body: ActionBody<D>): Promise<void> {
  return runPhase('pre', decl, body);
}
