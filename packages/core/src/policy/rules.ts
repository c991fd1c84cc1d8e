// The rules policy-audit's findings refer to: severity, description and remediation (SARIF help).
import type { RuleInfo } from '../report/types.ts';

export const POLICY_RULES: readonly RuleInfo[] = [
  { id: 'binary-drift/drifted', name: 'binary drifted', severity: 'high', tags: ['supply-chain'], description: "A binary's SHA-256 differs from the reference checksum.", remediation: 'Find out where the binary came from. If the new version is intended, rebuild or re-vendor it from a trusted source and update the reference (`bulkhead policy-audit --write`); otherwise restore the referenced version.' },
  { id: 'binary-drift/missing', name: 'binary missing', severity: 'high', tags: ['supply-chain'], description: 'A file listed in the reference checksums is not there.', remediation: 'Restore the file, or remove its line from the reference if it is no longer shipped.' },
  { id: 'binary-drift/unexpected', name: 'binary unexpected', severity: 'medium', tags: ['supply-chain'], description: 'A file matched by the binaries globs has no line in the reference checksums.', remediation: 'Add the file to the reference once its origin is checked (`bulkhead policy-audit --write`), or remove it.' },
  { id: 'binary-drift/bad-reference', name: 'bad reference line', severity: 'medium', tags: ['supply-chain'], description: 'A line of the reference is not a SHA-256 checksum line, or names a path outside the audited root.', remediation: 'Fix the line: `<64 hex>  PATH` (GNU) or `SHA256 (PATH) = <64 hex>` (BSD), with PATH relative to the audited root.' },
  { id: 'submodules/insecure-url', name: 'submodule insecure url', severity: 'high', tags: ['supply-chain'], description: 'A submodule URL uses an unauthenticated transport (http:// or git://), so the fetched code can be swapped in transit.', remediation: 'Use an https:// or ssh URL for the submodule in .gitmodules.' },
  { id: 'submodules/local-url', name: 'submodule local url', severity: 'high', tags: ['supply-chain'], description: 'A submodule URL is a local path or file:// URL, so the build pulls whatever that machine has.', remediation: 'Point the submodule at its hosted repository over https:// or ssh.' },
  { id: 'submodules/unsupported-url', name: 'submodule unsupported url', severity: 'high', tags: ['supply-chain'], description: 'A submodule URL uses a transport other than https or ssh.', remediation: 'Use an https:// or ssh URL for the submodule in .gitmodules.' },
  { id: 'submodules/host-not-allowed', name: 'submodule host not allowed', severity: 'high', tags: ['supply-chain'], description: 'A submodule points at a host or organisation outside submodule-hosts.', remediation: 'Move the dependency to an allowed host or organisation, or add it to submodule-hosts after review.' },
  { id: 'submodules/commit-missing', name: 'submodule commit missing', severity: 'high', tags: ['supply-chain'], description: "The commit a submodule is pinned to does not exist in the submodule's repository.", remediation: 'Pin the submodule to a commit that exists upstream (`git -C PATH checkout <commit>` then commit the superproject).' },
  { id: 'submodules/commit-unreachable', name: 'submodule commit unreachable', severity: 'medium', tags: ['supply-chain'], description: "The pinned commit exists but is on no branch or tag of the submodule, so upstream may garbage-collect it and it was never reviewed there.", remediation: 'Pin the submodule to a commit on a branch or tag of its repository.' },
  { id: 'submodules/commit-unverified', name: 'submodule commit unverified', severity: 'low', tags: ['supply-chain'], description: 'The submodule is not checked out, so its pinned commit could not be verified.', remediation: 'Check out submodules (actions/checkout with `submodules: true`) before the audit.' },
  { id: 'ai-provenance/ai-commit', name: 'ai commit', severity: 'low', tags: ['ai-generated'], description: 'The file was changed by a commit marked as written by a coding agent.', remediation: 'Review the change with the same care as any third-party code; run SAST over the files listed in the ai-files output.' },
  { id: 'ai-provenance/ai-marker', name: 'ai marker', severity: 'low', tags: ['ai-generated'], description: 'The file carries an in-file marker of AI-generated code.', remediation: 'Review the marked code; run SAST over the files listed in the ai-files output.' },
  { id: 'ai-provenance/missing-label', name: 'ai missing label', severity: 'high', tags: ['ai-generated'], description: 'A pull request with AI-marked commits lacks the label the policy requires.', remediation: 'Review the AI-marked changes and add the required label (ai-label) to the pull request.' },
];

const BY_ID = new Map(POLICY_RULES.map((r) => [r.id, r]));

export function policyRule(id: string): RuleInfo {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`policy-audit: unknown rule ${id}`);
  return r;
}
