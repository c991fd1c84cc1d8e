// diff-telemetry history kept in the GitHub Actions cache. Cache entries are immutable, so each run
// saves a new entry under `<prefix><runId>-<attempt>` and the next run restores the newest entry
// whose key starts with `<prefix>`. The cache is scoped to the branch (and readable from the
// default branch), so a pull request continues its base branch's history.
// History is best-effort: any cache failure is a warning and the run goes on. Where no cache service
// exists (a local run, another CI, GitHub Enterprise Server without the cache) the store says so once
// and neither restores nor saves: @actions/cache would otherwise retry a save for about 10 s.
// @actions/cache (with the Azure storage SDK) is imported only when used, so actions that import
// the runner barrel without keeping history do not load it at start-up.
import { join } from 'node:path';
import { FileHistoryStore, type HistoryRecord, type HistoryStore, type CompactOptions } from '@bulkhead/core/diff';
import { isUserError } from '@bulkhead/core/errors';

/** The slice of @actions/cache the store uses (injectable for tests). */
export interface CacheApi {
  isFeatureAvailable(): boolean;
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export const DEFAULT_CACHE_PREFIX = 'bulkhead-diff-history-v1-';
/** Cache keys may not contain commas and are at most 512 characters. */
const MAX_KEY = 512;

export interface CacheHistoryStoreOptions extends CompactOptions {
  /** Directory of the history file; must be the same path on every run (the cache version hashes paths). */
  dir: string;
  runId: string;
  runAttempt?: string;
  /** Key prefix; set one per history you want kept apart. */
  prefix?: string;
  warn?: (message: string) => void;
  info?: (message: string) => void;
  cache?: CacheApi;
}

/**
 * Whether the runtime offers a cache service, decided as @actions/cache's isFeatureAvailable does:
 * cache service v2 (ACTIONS_CACHE_SERVICE_V2 set) needs ACTIONS_RESULTS_URL, v1 needs ACTIONS_CACHE_URL.
 * Read from the environment so the library (and its Azure SDK) is not even loaded when there is none.
 */
export function cacheServiceAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.ACTIONS_CACHE_SERVICE_V2 ? !!env.ACTIONS_RESULTS_URL : !!env.ACTIONS_CACHE_URL;
}

/** Keeps keys legal: no commas or whitespace, bounded length. */
export function sanitizeKeyPart(s: string): string {
  return s.replace(/[,\s]+/g, '_');
}

/** The key this run saves under; restore looks up the prefix. */
export function historyCacheKey(prefix: string, runId: string, runAttempt = '1'): string {
  const key = `${sanitizeKeyPart(prefix)}${sanitizeKeyPart(runId)}-${sanitizeKeyPart(runAttempt)}`;
  return key.length > MAX_KEY ? key.slice(0, MAX_KEY) : key;
}

export class CacheHistoryStore implements HistoryStore {
  readonly file: string;
  readonly key: string;
  readonly prefix: string;
  #cache: CacheApi | undefined;
  readonly #files: FileHistoryStore;
  readonly #warn: (m: string) => void;
  readonly #info: (m: string) => void;
  #toldUnavailable = false;

  constructor(opts: CacheHistoryStoreOptions) {
    this.prefix = sanitizeKeyPart(opts.prefix ?? DEFAULT_CACHE_PREFIX);
    this.key = historyCacheKey(this.prefix, opts.runId, opts.runAttempt);
    this.file = join(opts.dir, 'history.json');
    this.#cache = opts.cache;
    this.#files = new FileHistoryStore(this.file, { keep: opts.keep, keepWeeks: opts.keepWeeks, input: 'history' });
    this.#warn = opts.warn ?? (() => {});
    this.#info = opts.info ?? (() => {});
  }

  async #api(): Promise<CacheApi> {
    this.#cache ??= await import('@actions/cache');
    return this.#cache;
  }

  /** True (after saying so once per store) when there is no cache service to talk to. */
  #unavailable(): boolean {
    if (this.#cache ? this.#cache.isFeatureAvailable() : cacheServiceAvailable()) return false;
    if (!this.#toldUnavailable) {
      this.#toldUnavailable = true;
      this.#warn('history: the Actions cache is not available here (no cache service in this runtime), so no history is restored or saved; use `history: file:PATH` to keep one, or `history: none` to silence this');
    }
    return true;
  }

  async load(): Promise<HistoryRecord[]> {
    if (this.#unavailable()) return [];
    const api = await this.#api();
    let hit: string | undefined;
    try {
      hit = await api.restoreCache([this.file], this.key, [this.prefix]);
    } catch (e) {
      this.#warn(`history: could not restore from the Actions cache (${(e as Error).message}); starting without history`);
      return [];
    }
    if (!hit) {
      this.#info(`history: no cache entry with prefix ${this.prefix} yet; starting a new history`);
      return [];
    }
    try {
      const records = await this.#files.load();
      this.#info(`history: restored ${records.length} records from cache key ${hit}`);
      return records;
    } catch (e) {
      // A bad entry must not fail every later run: this run's save replaces it.
      if (!isUserError(e)) throw e;
      this.#warn(`history: cache entry ${hit} is unreadable (${e.problem}); starting a new history`);
      return [];
    }
  }

  async save(records: readonly HistoryRecord[]): Promise<void> {
    if (this.#unavailable()) return;
    await this.#files.save(records);
    const api = await this.#api();
    try {
      const id = await api.saveCache([this.file], this.key);
      if (id === -1) this.#warn(`history: the Actions cache did not save ${this.key} (see the warning above); this run is not in the history`);
      else this.#info(`history: saved ${records.length} records as cache key ${this.key}`);
    } catch (e) {
      this.#warn(`history: could not save to the Actions cache (${(e as Error).message}); this run is not in the history`);
    }
  }
}
