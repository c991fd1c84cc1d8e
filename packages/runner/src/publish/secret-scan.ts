// secret-scan's result to the runner: masks first, then report files, outputs, summary, annotations, verdict.
import { resolve } from 'node:path';
import { writeOutputFile } from '@bulkhead/core/fs';
import { serializeJson, serializeSarif } from '@bulkhead/core/report';
import {
  failingFindings,
  secretScanAnnotations,
  secretScanJson,
  secretScanSarif,
  secretScanSummary,
  type SecretScanResult,
  type SECRET_SCAN_DECL,
} from '@bulkhead/core/secrets';
import type { ActionContext } from '../types.ts';

export async function publishSecretScan(ctx: ActionContext<typeof SECRET_SCAN_DECL>, result: SecretScanResult): Promise<void> {
  // Mask every value found before a single line about the scan is printed.
  for (const v of result.secretValues) ctx.mask(v);
  const o = ctx.options;
  const failOn = o['fail-on'];
  for (const note of result.notes) ctx.info(note);
  for (const s of result.skipped.slice(0, 20)) ctx.debug(`skipped ${s.path}: ${s.reason}`);

  const sarifPath = o['sarif-file'] ? resolve(ctx.workspace, o['sarif-file']) : '';
  const reportPath = o['report-file'] ? resolve(ctx.workspace, o['report-file']) : '';
  if (sarifPath) await writeOutputFile(sarifPath, serializeSarif(secretScanSarif(result)), 'sarif-file');
  if (reportPath) await writeOutputFile(reportPath, serializeJson(secretScanJson(result, failOn, new Date().toISOString())), 'report-file');

  ctx.setOutput('findings', result.findings.length);
  ctx.setOutput('sarif-file', sarifPath);
  ctx.setOutput('report-file', reportPath);
  ctx.setOutput('fingerprints', result.findings.map((f) => f.fingerprint).join('\n'));

  if (o.summary) await ctx.summary(secretScanSummary(result, failOn));
  if (o.annotations) ctx.annotate(secretScanAnnotations(result, failOn));

  const failing = failingFindings(result.findings, failOn).length;
  ctx.info(`secret-scan: ${result.findings.length} findings (${failing} at or above '${failOn}') in ${result.stats.durationMs} ms.`);
  if (failing > 0) {
    ctx.fail(`secret-scan found ${failing} credential${failing === 1 ? '' : 's'} at or above fail-on '${failOn}'. Rotate them, then remove them or accept them in a baseline; details in the job summary${sarifPath ? ' and SARIF report' : ''}.`);
  }
}
