// Shared accounting for one artifact (nested archives included) and the error that stops a reader.
import type { ArtifactLimits, ArtifactProblem } from './types.ts';

/**
 * A limit tripped. `owner` is the display path of the archive that must stop;
 * `global` trips (entry count, total bytes) stop every enclosing archive too.
 */
export class LimitTrip extends Error {
  readonly problem: ArtifactProblem;
  readonly owner: string;
  readonly global: boolean;
  constructor(problem: ArtifactProblem, owner: string, detail: string, global: boolean) {
    super(detail);
    this.problem = problem;
    this.owner = owner;
    this.global = global;
  }
}

/** Counters shared by every archive level of one artifact. */
export class Budget {
  readonly limits: ArtifactLimits;
  entries = 0;
  inflated = 0;
  /** Set once a global limit tripped: every level stops without further output. */
  exhausted = false;
  constructor(limits: ArtifactLimits) {
    this.limits = limits;
  }

  countEntry(owner: string): void {
    this.entries += 1;
    if (this.entries > this.limits.maxEntries) {
      throw new LimitTrip('too-many-entries', owner, `more than ${this.limits.maxEntries} entries`, true);
    }
  }

  countInflated(owner: string, bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.maxTotalBytes) {
      throw new LimitTrip('too-large', owner, `inflates to more than ${mib(this.limits.maxTotalBytes)}`, true);
    }
  }

  /** A compressed stream that produced `out` bytes from `inp` bytes. */
  checkRatio(owner: string, out: number, inp: number): void {
    const { ratioFloorBytes, maxRatio } = this.limits;
    if (out > ratioFloorBytes && out > maxRatio * Math.max(inp, 1)) {
      throw new LimitTrip('bomb', owner, `compression ratio over ${maxRatio}:1 (${out} bytes from ${inp})`, false);
    }
  }
}

export function mib(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}

// Which archive an error belongs to. Stream errors travel downstream to every reader below the
// one that failed; the first reader to see an error claims it, the others pass it up.
const owners = new WeakMap<object, string>();

export function claim(err: unknown, owner: string): unknown {
  if (err instanceof LimitTrip) return err;
  if (typeof err === 'object' && err !== null && !owners.has(err)) owners.set(err, owner);
  return err;
}

export function ownerOf(err: unknown): string | undefined {
  if (err instanceof LimitTrip) return err.owner;
  return typeof err === 'object' && err !== null ? owners.get(err) : undefined;
}
