// secret-scan: inputs -> engine -> masks, reports, outputs. Everything else lives in packages/core and packages/runner.
import { resolveTarget } from '@bulkhead/core/git';
import { engineOptions, secretScan, SECRET_SCAN_DECL } from '@bulkhead/core/secrets';
import { runAction } from '@bulkhead/runner';
import { publishSecretScan } from '@bulkhead/runner/secret-scan';

export function run(): Promise<void> {
  return runAction(SECRET_SCAN_DECL, async (ctx) => {
    const o = ctx.options;
    const target = resolveTarget(ctx.event, { mode: o.mode, base: o.base, head: o.head });
    const result = await secretScan(
      engineOptions({ options: o, target, base: ctx.workspace, extra: ctx.config.extra, commitCount: ctx.event.commitCount, fetch: o.fetch, log: (m) => ctx.info(m) }),
    );
    await publishSecretScan(ctx, result);
  });
}
