// The API an action's main.ts sees. Implemented in runner.ts on top of @actions/core / @actions/github.
import type { EventContext } from '@bulkhead/core/git';
import type { ActionDecl, ParsedOptions } from '@bulkhead/core/options';
import type { Annotation } from '@bulkhead/core/report';

export interface ActionContext<D extends ActionDecl> {
  /** Options parsed from INPUT_* (then `.bulkhead.yml` section, then declared defaults). */
  readonly options: ParsedOptions<D>;
  /** Names of options the user set explicitly (input or config), for "auto" decisions. */
  readonly explicit: ReadonlySet<string>;
  /** Resolved GitHub event. */
  readonly event: EventContext;
  /** GITHUB_WORKSPACE, or the cwd. */
  readonly workspace: string;
  /** RUNNER_TEMP, or os.tmpdir(). */
  readonly tempDir: string;
  /** The `.bulkhead.yml` in use and this action's non-option section keys (decl.config shapes). */
  readonly config: ConfigInfo;
  /** Register a secret with the runner (`::add-mask::`) before anything prints it. */
  mask(value: string): void;
  setOutput(name: string, value: string | number | boolean): void;
  /** Append markdown to the job summary (caller keeps it under the cap via core's summary builder). */
  summary(markdown: string): Promise<void>;
  /** Emit annotations (caller caps them via core's annotation builder). */
  annotate(annotations: readonly Annotation[]): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Mark the step failed with a message (no throw). */
  fail(message: string): void;
}

export interface ConfigInfo {
  /** Path of the config file read, undefined when there was none. */
  readonly path: string | undefined;
  /** Section keys that are not options (e.g. secret-scan `rules`, `allow`), already validated. */
  readonly extra: Readonly<Record<string, unknown>>;
}

export type Phase = 'pre' | 'main' | 'post';
