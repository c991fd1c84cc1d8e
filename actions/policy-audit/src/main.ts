// policy-audit: inputs -> engine -> reports, outputs, verdict. Everything else lives in packages/core and packages/runner.
import { POLICY_AUDIT_DECL, runPolicyAudit } from '@bulkhead/core/policy';
import { runAction } from '@bulkhead/runner';
import { createGitHubApi, githubServerHost } from '@bulkhead/runner/github-api';
import { publishPolicyAudit } from '@bulkhead/runner/policy-audit';

export function run(): Promise<void> {
  return runAction(POLICY_AUDIT_DECL, async (ctx) => {
    const log = (m: string) => ctx.info(m);
    const api = ctx.options.token ? createGitHubApi(ctx.options.token, log) : undefined;
    await publishPolicyAudit(ctx, await runPolicyAudit({ options: ctx.options, event: ctx.event, baseDir: ctx.workspace, fetch: true, log, api, githubHost: githubServerHost() }));
  });
}
