// egress-gate post: stop the gate, restore the resolver, remove the table, publish what it recorded.
import { EGRESS_GATE_DECL } from '@bulkhead/core/egress';
import { finishEgress } from '@bulkhead/core/egress/host';
import { runPost } from '@bulkhead/runner';
import { publishEgressResult, savedGate } from '@bulkhead/runner/egress-gate';

void runPost(EGRESS_GATE_DECL, async (ctx) => {
  const saved = savedGate(ctx);
  if (!saved) return ctx.info('egress-gate: the gate was not started in main; nothing to stop');
  await publishEgressResult(ctx, await finishEgress(saved.state, { sudoDisabled: saved.sudoDisabled }), saved.sudoDisabled);
});
