// What happened at each store, for the report, the summary and the verdict.
import type { ObjectStore } from './store.ts';

export interface StoreTarget {
  /** `primary`, `secondary`, `replica-1`, ... */
  role: string;
  store: ObjectStore;
}

export interface StoreProblem {
  /** The file concerned (manifest path), when there is one. */
  file?: string;
  /** Digests of a mismatch: what the source manifest says, what the store gave back. */
  expected?: string;
  actual?: string;
  message: string;
}

export type StoreStatus = 'committed' | 'failed' | 'served' | 'verified' | 'unused';

export interface StoreOutcome {
  role: string;
  url: string;
  status: StoreStatus;
  problems: StoreProblem[];
  /** Where a copy with altered bytes was kept for inspection. */
  quarantine?: string;
}

/** Keeps at most this many problems per store (the count of the rest is still known). */
export const MAX_PROBLEMS = 100;

export class StoreState {
  readonly outcome: StoreOutcome;
  live = true;
  mismatch = false;
  dropped = 0;
  readonly target: StoreTarget;

  constructor(target: StoreTarget) {
    this.target = target;
    this.outcome = { role: target.role, url: target.store.url, status: 'failed', problems: [] };
  }

  get store(): ObjectStore {
    return this.target.store;
  }

  fail(problem: StoreProblem): void {
    this.live = false;
    if (this.outcome.problems.length < MAX_PROBLEMS) this.outcome.problems.push(problem);
    else this.dropped++;
  }
}
