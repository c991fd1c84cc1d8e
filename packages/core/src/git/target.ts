// Turn the event (or CLI flags) plus the user's mode into what to scan / measure.
import { InputError } from '../errors.ts';
import type { EventContext, ScanTarget } from './types.ts';
import { ZERO_SHA } from './exec.ts';

export type TargetMode = 'auto' | 'tree' | 'history' | 'changes';

/** Events whose payload names exactly the new commits (base..head). */
const CHANGE_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group', 'push']);

export interface TargetInputs {
  mode: TargetMode;
  /** Explicit `base` / `head` inputs override the event. */
  base?: string;
  head?: string;
}

export function resolveTarget(event: EventContext, inputs: TargetInputs): ScanTarget {
  const { mode } = inputs;
  if (mode === 'tree') return { kind: 'tree' };
  const head = inputs.head || event.head || event.sha || 'HEAD';
  if (mode === 'history') return { kind: 'history', head: inputs.head || undefined };

  if (inputs.base) return rangeOrNone(inputs.base, head);
  if (CHANGE_EVENTS.has(event.eventName)) {
    const base = event.base && !ZERO_SHA.test(event.base) ? event.base : undefined;
    if (base) return rangeOrNone(base, head);
    // A new branch (push with a zero `before`): the commits not on the default branch.
    const exclude = event.defaultBranch ? [`refs/remotes/origin/${event.defaultBranch}`] : [];
    return { kind: 'new-branch', head, exclude };
  }
  if (mode === 'changes') {
    throw new InputError({
      input: 'mode',
      problem: `'changes' needs a commit range, but the '${event.eventName}' event has none`,
      fix: "set the 'base' input (and optionally 'head'), or use mode 'tree' or 'history' for this event",
    });
  }
  return { kind: 'tree' };
}

function rangeOrNone(base: string, head: string): ScanTarget {
  if (base === head) return { kind: 'none', reason: `base and head are the same commit (${base.slice(0, 12)}): nothing new to check` };
  return { kind: 'range', base, head };
}
