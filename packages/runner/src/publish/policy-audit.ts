// policy-audit's result to the runner: masks first, then report files, outputs, summary, annotations, verdict.
import { resolve } from 'node:path';
import { writeOutputFile } from '@bulkhead/core/fs';
import { failingFindings, serializeJson, serializeSarif } from '@bulkhead/core/report';
import { aiFilesText, policyAuditAnnotations, policyAuditFailed, policyAuditJson, policyAuditSarif, policyAuditSummary, type PolicyAuditResult, type POLICY_AUDIT_DECL } from '@bulkhead/core/policy';
import type { ActionContext } from '../types.ts';

export async function publishPolicyAudit(ctx: ActionContext<typeof POLICY_AUDIT_DECL>, result: PolicyAuditResult): Promise<void> {
  const o = ctx.options;
  // The token is masked by runAction (secret: true) before the body runs; nothing else here is a credential.
  const failOn = o['fail-on'];
  for (const note of result.notes) ctx.info(note);

  const sarifPath = o['sarif-file'] ? resolve(ctx.workspace, o['sarif-file']) : '';
  const reportPath = o['report-file'] ? resolve(ctx.workspace, o['report-file']) : '';
  const aiPath = o['ai-files-file'] && result.ai ? resolve(ctx.workspace, o['ai-files-file']) : '';
  if (sarifPath) await writeOutputFile(sarifPath, serializeSarif(policyAuditSarif(result)), 'sarif-file');
  if (reportPath) await writeOutputFile(reportPath, serializeJson(policyAuditJson(result, failOn, new Date().toISOString())), 'report-file');
  if (aiPath) await writeOutputFile(aiPath, aiFilesText(result), 'ai-files-file');

  ctx.setOutput('findings', result.findings.length);
  ctx.setOutput('drifted', result.drift?.drifted.length ?? 0);
  ctx.setOutput('ai-files', aiPath);
  ctx.setOutput('cpu-hours', result.budget ? result.budget.cpuHours : '');
  ctx.setOutput('sarif-file', sarifPath);
  ctx.setOutput('report-file', reportPath);

  if (o.summary) await ctx.summary(policyAuditSummary(result, failOn));
  if (o.annotations) ctx.annotate(policyAuditAnnotations(result, failOn));

  const failing = failingFindings(result.findings, failOn).length;
  ctx.info(`policy-audit: ${result.findings.length} findings (${failing} at or above '${failOn}').`);
  const b = result.budget;
  if (b && b.ratio >= 0.8 && !b.failed) ctx.warning(`ci-budget: ${b.cpuHours} of ${b.budget} CPU-hours used (${Math.round(b.ratio * 100)} %) since ${b.start.slice(0, 10)}.`);
  if (!policyAuditFailed(result, failOn)) return;
  const why = [
    failing > 0 ? `${failing} finding${failing === 1 ? '' : 's'} at or above fail-on '${failOn}'` : '',
    b?.failed ? `${b.cpuHours} CPU-hours over the budget of ${b.budget} (fail-on-budget)` : '',
  ].filter(Boolean);
  ctx.fail(`policy-audit: ${why.join('; ')}; details in the job summary${sarifPath ? ' and SARIF report' : ''}.`);
}
