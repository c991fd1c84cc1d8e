// The change ai-provenance looks at: the event's range as diff-telemetry resolves it, explicit base/head
// winning, else the last commit (head's parent..head, or the root commit alone).
import { ensureCommits } from '../git/availability.ts';
import { gitSucceeds } from '../git/exec.ts';
import { resolveTarget } from '../git/target.ts';
import type { EventContext, ScanTarget } from '../git/types.ts';
import { InputError } from '../errors.ts';

export interface ChangeInput {
  cwd: string;
  event: EventContext;
  base?: string;
  head?: string;
  fetch: boolean;
  log?: (m: string) => void;
}

export async function resolveChange(input: ChangeInput): Promise<ScanTarget> {
  let target = resolveTarget(input.event, { mode: 'auto', base: input.base || undefined, head: input.head || undefined });
  if (target.kind === 'tree') {
    const head = input.head || input.event.head || input.event.sha || 'HEAD';
    target = (await gitSucceeds(input.cwd, ['rev-parse', '--verify', '--quiet', `${head}^{commit}^`]))
      ? { kind: 'range', base: `${head}^`, head }
      : { kind: 'history', head };
  }
  const wanted = target;
  target = await ensureCommits(input.cwd, target, { fetch: input.fetch, commitCount: input.event.commitCount, log: input.log });
  if (input.base && wanted.kind === 'range' && target.kind !== 'range') {
    throw new InputError({ input: 'base', problem: `'${input.base}' is not a commit in this repository`, fix: 'check the ref, or fetch it first (git fetch origin <ref>)' });
  }
  return target;
}

/** The commit whose tree is the change's end state. */
export function headOf(target: ScanTarget): string {
  switch (target.kind) {
    case 'range':
    case 'new-branch':
      return target.head;
    case 'history':
      return target.head ?? 'HEAD';
    default:
      return 'HEAD';
  }
}
