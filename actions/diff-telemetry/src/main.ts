// diff-telemetry: measure the change, alert on thresholds, record metrics and history; the runner publishes.
import { DIFF_TELEMETRY_DECL, finishDiffRun, runDiffTelemetry } from '@bulkhead/core/diff';
import { runAction } from '@bulkhead/runner';
import { historyStore, publishDiffTelemetry } from '@bulkhead/runner/diff-telemetry';

export function run(): Promise<void> {
  return runAction(DIFF_TELEMETRY_DECL, async (ctx) => {
    const o = ctx.options;
    const result = await runDiffTelemetry({ options: o, event: ctx.event, cwd: ctx.workspace, tempDir: ctx.tempDir, log: (m) => ctx.info(m) });
    const done = await finishDiffRun({ result, options: o, event: ctx.event, now: new Date(), store: historyStore(ctx), baseDir: ctx.workspace });
    await publishDiffTelemetry(ctx, result, done);
  });
}
