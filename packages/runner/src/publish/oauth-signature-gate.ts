// oauth-signature-gate on the runner: the job's OIDC ID token for github-oidc, then the result published —
// report file, outputs, summary, and the verdict (a closed gate fails the step).
import * as core from '@actions/core';
import { join, resolve } from 'node:path';
import { ResourceError } from '@bulkhead/core/errors';
import { writeOutputFile } from '@bulkhead/core/fs';
import { gateHeadline, gateJson, gateOutputs, gateSummary, type GateResult, type OAUTH_SIGNATURE_GATE_DECL } from '@bulkhead/core/gate';
import { serializeJson } from '@bulkhead/core/report';
import type { ActionContext } from '../types.ts';

type Ctx = ActionContext<typeof OAUTH_SIGNATURE_GATE_DECL>;

/** The job's GitHub OIDC ID token for `audience` (needs `permissions: id-token: write`), masked before use. */
export async function githubIdToken(audience: string): Promise<string> {
  let token: string;
  try {
    token = await core.getIDToken(audience || undefined);
  } catch (e) {
    throw new ResourceError({
      input: 'client-auth-method',
      problem: `github-oidc could not get the job's OIDC ID token (${e instanceof Error ? e.message.split('\n')[0] : 'error'})`,
      fix: 'give the job `permissions: id-token: write`',
    });
  }
  core.setSecret(token);
  return token;
}

export async function publishOauthSignatureGate(ctx: Ctx, result: GateResult): Promise<void> {
  const reportFile = ctx.options['report-file'] ? resolve(ctx.workspace, ctx.options['report-file']) : join(ctx.tempDir, 'bulkhead-oauth-signature-gate.json');
  await writeOutputFile(reportFile, serializeJson(gateJson(result, new Date().toISOString())), 'report-file');
  for (const [k, v] of Object.entries(gateOutputs(result))) ctx.setOutput(k, v);
  ctx.setOutput('report-file', reportFile);
  ctx.info(gateHeadline(result));
  await ctx.summary(gateSummary(result));
  if (!result.approved) ctx.fail(`oauth-signature-gate closed: ${result.reason}.${result.fix ? ` Fix: ${result.fix}` : ''}`);
}
