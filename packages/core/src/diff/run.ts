// One diff-telemetry run, shared by the action and the CLI: options + event -> target -> commits
// ensured -> measurement -> verdict. Reporting (outputs, summary, files) is the caller's.
import { InputError } from '../errors.ts';
import { ensureCommits, revListArgs } from '../git/availability.ts';
import { resolveTarget } from '../git/target.ts';
import type { EventContext, ScanTarget } from '../git/types.ts';
import type { ParsedOptions } from '../options/types.ts';
import type { DiffTelemetryDecl } from './decl.ts';
import { measureDiff } from './measure.ts';
import type { DiffRunResult, FileClass } from './measure-types.ts';
import { FILE_CLASSES } from './measure-types.ts';
import { decide, findAlerts } from './thresholds.ts';
import { hasTrailer } from './trailer.ts';

export type DiffTelemetryOptions = ParsedOptions<DiffTelemetryDecl>;

export interface DiffRunInput {
  options: DiffTelemetryOptions;
  event: EventContext;
  /** Repository to measure. */
  cwd: string;
  tempDir: string;
  /** Fetch missing commits from `origin` when the clone is shallow (default true). */
  fetch?: boolean;
  log?: (message: string) => void;
}

const CLASS_NAMES = FILE_CLASSES.filter((c) => c !== 'excluded');

/** exclude-classes: class names (plural forms accepted), or `none`. */
export function parseExcludeClasses(list: readonly string[]): FileClass[] {
  const out: FileClass[] = [];
  for (const raw of list) {
    const v = raw.toLowerCase().replace(/s$/, '');
    if (v === 'none') continue;
    if (!(CLASS_NAMES as readonly string[]).includes(v)) {
      throw new InputError({ input: 'exclude-classes', problem: `'${raw}' is not a file class`, fix: `use any of ${CLASS_NAMES.join(', ')}, or none` });
    }
    out.push(v as FileClass);
  }
  return [...new Set(out)];
}

export async function runDiffTelemetry(input: DiffRunInput): Promise<DiffRunResult & { target: ScanTarget }> {
  const o = input.options;
  const excludeClasses = parseExcludeClasses(o['exclude-classes']);
  let target = resolveTarget(input.event, { mode: 'changes', base: o.base || undefined, head: o.head || undefined });
  if (target.kind === 'tree') target = { kind: 'none', reason: 'no commit range to measure' };
  const wanted = target;
  target = await ensureCommits(input.cwd, target, { fetch: input.fetch ?? true, commitCount: input.event.commitCount, log: input.log });
  // A missing event base means a force-push (measure the branch instead); a base the user typed must exist.
  if (o.base && wanted.kind === 'range' && target.kind !== 'range') {
    throw new InputError({ input: 'base', problem: `'${o.base}' is not a commit in this repository`, fix: 'check the ref, or fetch it first (git fetch origin <ref>)' });
  }
  const measurement = await measureDiff({
    cwd: input.cwd,
    target,
    leakPatterns: o['leak-patterns'],
    exclude: o.exclude ?? [],
    excludeClasses,
    tempDir: input.tempDir,
  });
  const alerts = findAlerts(measurement, {
    maxDiffBytes: o['max-diff-bytes'],
    maxFileBytes: o['max-file-bytes'],
    maxFiles: o['max-files'],
    maxBinaryBytes: o['max-binary-bytes'],
  });
  const rev = revListArgs(target);
  const trailerFound = alerts.length > 0 && o['fail-on-alert'] && !!o['bypass-trailer'] && rev !== null ? await hasTrailer(input.cwd, rev, o['bypass-trailer']) : false;
  const verdict = decide(alerts, {
    failOnAlert: o['fail-on-alert'],
    bypassLabel: o['bypass-label'] || undefined,
    labels: input.event.labels,
    bypassTrailer: o['bypass-trailer'] || undefined,
    trailerFound,
  });
  return { measurement, verdict, target };
}
