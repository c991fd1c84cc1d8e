// `bulkhead policy-audit [PATH] ...`: the action's checks from a terminal. binary-drift, submodules and
// ai-provenance work offline; with GITHUB_TOKEN, submodule writers/visibility and ci-budget (--repository)
// call the API. `--write` makes binary-drift's reference file.
import { resolve } from 'node:path';
import { InputError } from '@bulkhead/core/errors';
import { writeOutputFile } from '@bulkhead/core/fs';
import type { EventContext } from '@bulkhead/core/git';
import { serializeJson, serializeSarif } from '@bulkhead/core/report';
import { aiFilesText, policyAuditFailed, policyAuditJson, policyAuditSarif, policyAuditText, POLICY_AUDIT_DECL, runPolicyAudit, writeReferenceText } from '@bulkhead/core/policy';
import type { Command } from '../types.ts';
import { cliGitHubApi } from '../github-api.ts';

export const command: Command<typeof POLICY_AUDIT_DECL> = {
  name: 'policy-audit',
  summary: POLICY_AUDIT_DECL.summary,
  decl: POLICY_AUDIT_DECL,
  async run(args, io) {
    const o = args.options;
    const root = resolve(io.cwd, o.path);
    if (o.write) {
      if (!o.reference || /^[a-z][a-z0-9+.-]*:\/\//i.test(o.reference)) {
        throw new InputError({ input: 'reference', problem: '--write needs a local file to write', fix: 'pass --reference FILE (relative to PATH), e.g. --reference SHA256SUMS' });
      }
      const { text, files } = await writeReferenceText(root, o.binaries ?? []);
      await writeOutputFile(resolve(root, o.reference), text, 'reference', o.reference);
      io.stderr(`bulkhead: wrote ${files} checksums to ${o.reference}\n`);
      return 0;
    }
    const event: EventContext = { eventName: 'cli', labels: [] };
    const log = (m: string) => io.stderr(`bulkhead: ${m}\n`);
    const api = cliGitHubApi(io.env, log);
    const result = await runPolicyAudit({ options: o, event, baseDir: io.cwd, fetch: false, log, api });
    const failOn = o['fail-on'];
    if (o['ai-files-file'] && result.ai) await writeOutputFile(resolve(io.cwd, o['ai-files-file']), aiFilesText(result), 'ai-files-file', o['ai-files-file']);
    const text =
      o.format === 'sarif'
        ? serializeSarif(policyAuditSarif(result))
        : o.format === 'json'
          ? serializeJson(policyAuditJson(result, failOn, new Date().toISOString()))
          : policyAuditText(result, failOn);
    if (o.output) await writeOutputFile(resolve(io.cwd, o.output), text, 'output', o.output);
    else io.stdout(text);
    for (const note of result.notes) io.stderr(`bulkhead: ${note}\n`);
    return policyAuditFailed(result, failOn) ? 1 : 0;
  },
};
