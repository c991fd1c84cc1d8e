// Apply every suppression source in one order, counting each: inline markers, ignore files,
// .bulkhead.yml allow-lists, then the baseline (so --write-baseline records only what is not otherwise allowed).
import type { Finding } from '../report/types.ts';
import { isInlineAllowed } from './suppress/inline.ts';
import { loadIgnoreFile } from './suppress/ignore-file.ts';
import type { AllowList } from './suppress/allow.ts';
import { applyBaseline, readBaseline } from './suppress/baseline.ts';
import type { SuppressedCounts } from './result.ts';

export interface SuppressionInput {
  allow?: AllowList;
  /** Absolute path of the baseline file. */
  baseline?: string;
  /** Read `.bulkheadignore` / `.gitleaksignore` from the root (default true). */
  ignoreFiles?: boolean;
}

export async function applySuppression(
  root: string,
  found: readonly { finding: Finding; lineText: string }[],
  input: SuppressionInput,
): Promise<{ kept: Finding[]; baselined: Finding[]; suppressed: SuppressedCounts }> {
  const suppressed: SuppressedCounts = { inline: 0, ignored: 0, baselined: 0, allowed: 0 };
  const ignore = input.ignoreFiles === false ? undefined : await loadIgnoreFile(root);
  let kept: Finding[] = [];
  for (const { finding, lineText } of found) {
    if (lineText && isInlineAllowed(lineText)) suppressed.inline++;
    else if (ignore?.matches(finding)) suppressed.ignored++;
    else if (input.allow?.allows(finding)) suppressed.allowed++;
    else kept.push(finding);
  }
  let baselined: Finding[] = [];
  if (input.baseline) {
    const r = applyBaseline(kept, await readBaseline(input.baseline));
    kept = r.new;
    baselined = r.baselined;
    suppressed.baselined = baselined.length;
  }
  return { kept, baselined, suppressed };
}
