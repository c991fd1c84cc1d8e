// egress-gate main: start the DNS proxy, the nft table and the watchdog; the state goes to post.
import { EGRESS_GATE_DECL } from '@bulkhead/core/egress';
import { startEgress } from '@bulkhead/core/egress/host';
import { runAction } from '@bulkhead/runner';
import { egressHost, publishEgressStart } from '@bulkhead/runner/egress-gate';

export function run(): Promise<void> {
  return runAction(EGRESS_GATE_DECL, async (ctx) => publishEgressStart(ctx, await startEgress(ctx.options, egressHost(ctx))));
}
