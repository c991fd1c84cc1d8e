// The commit range a run is about, resolved from the event (runner) or flags (CLI).
export type ScanTarget =
  /** Files on disk under the root. */
  | { kind: 'tree' }
  /** Every commit reachable from HEAD (or `head`). */
  | { kind: 'history'; head?: string }
  /** Commits in base..head. `base` may be absent for a new branch: then "commits not on any of `exclude` refs". */
  | { kind: 'range'; base: string; head: string }
  | { kind: 'new-branch'; head: string; exclude: string[] }
  /** Staged changes (pre-commit). */
  | { kind: 'staged' }
  /** Nothing to do (base == head); carries the reason for the log. */
  | { kind: 'none'; reason: string };

/** What the runner resolves from the GitHub event, before options pick the mode. */
export interface EventContext {
  eventName: string;
  /** Range the event is about, when it has one. base undefined => new branch (zero before). */
  base?: string;
  head?: string;
  defaultBranch?: string;
  /** PR / merge group number etc. for messages. */
  ref?: string;
  /** PR labels (bypass-label). */
  labels: string[];
  /** Number of commits the event says are in the range (PR commits / push commits), when known. */
  commitCount?: number;
  repository?: string;
  runId?: string;
  /** GITHUB_RUN_NUMBER: the `#41` people see in the Actions tab. */
  runNumber?: number;
  workflow?: string;
  sha?: string;
  /** First commit time of the change if the payload has it. */
  createdAt?: string;
  /** Push that created the branch (`before` is all zeros). */
  created?: boolean;
}
