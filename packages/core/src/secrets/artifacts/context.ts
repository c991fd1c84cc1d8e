// What every archive reader gets: the shared budget and the way back to the entry dispatcher
// (passed in rather than imported, so the readers and the dispatcher don't import each other).
import type { Budget } from './limits.ts';
import type { Chunks } from './chunks.ts';
import type { ArtifactEntry, ArtifactProblemEntry } from './types.ts';
import { LimitTrip, ownerOf } from './limits.ts';

export interface ReadContext {
  budget: Budget;
  /** Reads one entry's bytes: yields it as data, or opens it as a nested archive at `depth`. */
  child(path: string, chunks: Chunks, depth: number): AsyncGenerator<ArtifactEntry>;
}

/** Control characters in entry names would let an archive forge log lines / workflow commands. */
export function displayName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f]/g, '?');
}

export function entryPath(archive: string, name: string): string {
  return `${archive}!/${displayName(name)}`;
}

export function tooLarge(path: string, max: number): ArtifactProblemEntry {
  return { path, problem: 'too-large', detail: `entry larger than ${max} bytes was not scanned` };
}

/**
 * Runs one archive's reader and turns a failure that belongs to it into a problem entry:
 * the archive stops, its parent goes on (unless a global limit tripped, which stops everyone).
 */
export async function* guarded(path: string, budget: Budget, body: AsyncGenerator<ArtifactEntry>): AsyncGenerator<ArtifactEntry> {
  try {
    yield* body;
  } catch (err) {
    if (budget.exhausted) return; // already reported where it tripped
    const owner = ownerOf(err) ?? path;
    if (owner !== path) throw err;
    if (err instanceof LimitTrip) {
      if (err.global) budget.exhausted = true;
      yield { path, problem: err.problem, detail: err.message };
      return;
    }
    yield { path, problem: 'corrupt', detail: describe(err) };
  }
}

export function describe(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  // Library messages may quote entry names: keep it one short line.
  return `cannot be read: ${displayName(msg).slice(0, 200)}`;
}
