// double-write: store (or restore) verified copies; the runner masks credentials first and publishes.
import { DOUBLE_WRITE_DECL, runDoubleWrite } from '@bulkhead/core/storage';
import { runAction } from '@bulkhead/runner';
import { doubleWriteDeps, publishDoubleWrite } from '@bulkhead/runner/double-write';

export function run(): Promise<void> {
  return runAction(DOUBLE_WRITE_DECL, async (ctx) => publishDoubleWrite(ctx, await runDoubleWrite(ctx.options, doubleWriteDeps(ctx))));
}
