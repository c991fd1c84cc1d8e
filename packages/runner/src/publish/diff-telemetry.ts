// diff-telemetry's result to the runner: history store choice, report file, outputs, summary, annotations, verdict.
import { join, resolve } from 'node:path';
import {
  FileHistoryStore,
  diffAnnotations,
  headline,
  parseHistorySetting,
  type DIFF_TELEMETRY_DECL,
  type DiffRunResult,
  type FinishedRun,
  type HistoryStore,
} from '@bulkhead/core/diff';
import { writeOutputFile } from '@bulkhead/core/fs';
import { serializeJson } from '@bulkhead/core/report';
import { CacheHistoryStore } from '../cache-store.ts';
import type { ActionContext } from '../types.ts';

type Ctx = ActionContext<typeof DIFF_TELEMETRY_DECL>;

/** `history: cache` (default) keeps it in the Actions cache, `file:PATH` in a file, `none` nowhere. */
export function historyStore(ctx: Ctx): HistoryStore | null {
  const h = parseHistorySetting(ctx.options.history, ctx.workspace);
  if (h.kind === 'none') return null;
  if (h.kind === 'file') return new FileHistoryStore(h.path);
  return new CacheHistoryStore({
    // Same path on every run: the cache version hashes it.
    dir: join(ctx.tempDir, 'bulkhead-diff-history'),
    runId: ctx.event.runId ?? 'local',
    warn: (m) => ctx.warning(m),
    info: (m) => ctx.info(m),
  });
}

export async function publishDiffTelemetry(ctx: Ctx, result: DiffRunResult, done: FinishedRun): Promise<void> {
  const o = ctx.options;
  const reportFile = o['report-file'] ? resolve(ctx.workspace, o['report-file']) : join(ctx.tempDir, 'bulkhead-diff-telemetry.json');
  await writeOutputFile(reportFile, serializeJson(done.report), 'report-file');
  for (const [k, v] of Object.entries(done.outputs)) ctx.setOutput(k, v);
  ctx.setOutput('report-file', reportFile);
  ctx.info(headline(result));
  await ctx.summary(done.summary);
  ctx.annotate(diffAnnotations(result));
  if (result.verdict.failed) {
    const first = result.verdict.alerts[0];
    const more = result.verdict.alerts.length > 1 ? ` (+${result.verdict.alerts.length - 1} more alerts)` : '';
    const bypass = [o['bypass-label'] && `the '${o['bypass-label']}' label`, o['bypass-trailer'] && `a '${o['bypass-trailer']}:' commit trailer`].filter(Boolean).join(' or ');
    ctx.fail(`${first.threshold}: ${first.message}${more}. Fix: make the change smaller, raise ${first.threshold}${bypass ? `, or bypass with ${bypass}` : ''}.`);
  } else if (result.verdict.bypassedBy) {
    ctx.warning(`size alert bypassed by ${result.verdict.bypassedBy}: not failing the step`);
  }
}
