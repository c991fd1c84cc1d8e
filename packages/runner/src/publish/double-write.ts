// double-write on the runner: credentials masked before the engine runs (inputs and environment alike), the
// runner-only stores passed in, then report file, manifest file, outputs, summary, annotations, verdict.
import { join, resolve } from 'node:path';
import { digestTag } from '@bulkhead/core/digest';
import { writeOutputFile } from '@bulkhead/core/fs';
import { capAnnotations, serializeJson, type Annotation } from '@bulkhead/core/report';
import {
  buildDoubleWriteReport,
  credentialValues,
  doubleWriteSummary,
  failureMessage,
  headline,
  type DOUBLE_WRITE_DECL,
  type DoubleWriteDeps,
  type DoubleWriteResult,
} from '@bulkhead/core/storage';
import { BULKHEAD_VERSION } from '@bulkhead/core/version';
import { runnerStoreFactories } from '../double-write-stores.ts';
import type { ActionContext } from '../types.ts';

type Ctx = ActionContext<typeof DOUBLE_WRITE_DECL>;

/** Masks every credential, then the engine's dependencies for this runner. */
export function doubleWriteDeps(ctx: Ctx, env: NodeJS.ProcessEnv = process.env): DoubleWriteDeps {
  for (const v of credentialValues(ctx.options, env)) ctx.mask(v);
  return { cwd: ctx.workspace, tempDir: ctx.tempDir, env, now: new Date(), factories: runnerStoreFactories({ tempDir: ctx.tempDir, workspace: ctx.workspace }) };
}

export async function publishDoubleWrite(ctx: Ctx, result: DoubleWriteResult): Promise<void> {
  const o = ctx.options;
  const reportFile = o['report-file'] ? resolve(ctx.workspace, o['report-file']) : join(ctx.tempDir, 'bulkhead-double-write.json');
  await writeOutputFile(reportFile, serializeJson(buildDoubleWriteReport(result, { version: BULKHEAD_VERSION, generatedAt: new Date().toISOString() })), 'report-file');
  ctx.setOutput('report-file', reportFile);
  if (result.manifestText !== undefined && result.digest) {
    const manifestFile = join(ctx.tempDir, `bulkhead-double-write-${result.digest.slice(0, 12)}.sha256`);
    await writeOutputFile(manifestFile, result.manifestText, 'manifest-file');
    ctx.setOutput('manifest-file', manifestFile);
    ctx.setOutput('digest', digestTag(result.digest));
  }
  const url = (role: string) => result.stores.find((s) => s.role === role)?.url ?? '';
  ctx.setOutput('primary-url', url('primary'));
  ctx.setOutput('secondary-url', url('secondary'));
  ctx.setOutput('bytes', String(result.bytes));
  if (result.servedFrom) ctx.setOutput('served-from', result.servedFrom);
  ctx.info(headline(result));
  for (const w of result.warnings) ctx.warning(w);
  await ctx.summary(doubleWriteSummary(result));
  const notes: Annotation[] = result.stores.flatMap((s) =>
    s.problems.map((p): Annotation => ({ level: result.failed ? 'error' : 'warning', title: `double-write: ${s.role}`, message: `${s.url}: ${p.message}` })),
  );
  ctx.annotate(capAnnotations(notes));
  const failure = failureMessage(result);
  if (failure) ctx.fail(failure);
}
