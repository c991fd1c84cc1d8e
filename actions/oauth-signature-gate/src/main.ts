// oauth-signature-gate: hash the artifact, ask the authorization server, publish; a closed gate fails the step.
import { OAUTH_SIGNATURE_GATE_DECL, runGate } from '@bulkhead/core/gate';
import { runAction } from '@bulkhead/runner';
import { githubIdToken, publishOauthSignatureGate } from '@bulkhead/runner/oauth-signature-gate';

export function run(): Promise<void> {
  return runAction(OAUTH_SIGNATURE_GATE_DECL, async (ctx) =>
    publishOauthSignatureGate(ctx, await runGate(ctx.options, { cwd: ctx.workspace, log: (m) => ctx.info(m), onSecret: (v) => ctx.mask(v), idToken: githubIdToken })),
  );
}
