// The versioned envelope every JSON report file uses, so consumers can check kind and version first.
import { currentReportRun, type ReportRun } from './run.ts';
import { stableStringify } from './stable-json.ts';

export interface JsonReport<T> {
  /** What the data is, e.g. `bulkhead.secret-scan`. */
  kind: string;
  /** Version of the data's shape (semver-ish, bumped on breaking change). */
  schemaVersion: string;
  tool: { name: string; version: string };
  /** ISO 8601 time the report was made (passed in, so builds stay reproducible). */
  generatedAt: string;
  data: T;
  /** The workflow run that made it, when made inside one (report/run.ts). */
  run?: ReportRun;
}

export function buildJsonReport<T>(input: JsonReport<T>): JsonReport<T> {
  return {
    kind: input.kind,
    schemaVersion: input.schemaVersion,
    tool: { name: input.tool.name, version: input.tool.version },
    generatedAt: input.generatedAt,
    data: input.data,
    ...withRun(input.run ?? currentReportRun()),
  };
}

function withRun(run: ReportRun | undefined): { run?: ReportRun } {
  return run ? { run: { ...run } } : {};
}

/** Stable key order, 2-space indent, newline at end. */
export function serializeJson(value: unknown): string {
  return stableStringify(value);
}
