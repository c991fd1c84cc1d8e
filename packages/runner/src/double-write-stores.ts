// The runner-only double-write stores: cache://key through @actions/cache (loaded on use). The cache keys its
// entries by path as well as key, so every unit passes through one fixed directory under RUNNER_TEMP.
import { cp, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoreFactories } from '@bulkhead/core/storage';
import { UnitStore, type UnitApi } from './unit-store.ts';

/** The slice of @actions/cache used (injectable for tests). */
export interface CacheLib {
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export function cacheUnitApi(tempDir: string, lib?: CacheLib): UnitApi {
  const fixed = join(tempDir, 'bulkhead-double-write-cache');
  const load = async (): Promise<CacheLib> => lib ?? (await import('@actions/cache'));
  return {
    async upload(unit, dir) {
      await rm(fixed, { recursive: true, force: true });
      await cp(dir, fixed, { recursive: true });
      const id = await (await load()).saveCache([fixed], unit);
      await rm(fixed, { recursive: true, force: true });
      // saveCache reports most failures as a warning and -1 (an entry with this key may already exist).
      if (id === -1) throw new Error(`the Actions cache did not save ${unit} (an entry with this key may exist already; cache entries cannot be replaced)`);
    },
    async download(unit, dir) {
      await rm(fixed, { recursive: true, force: true });
      const hit = await (await load()).restoreCache([fixed], unit);
      if (hit !== unit) return false;
      await mkdir(dir, { recursive: true });
      await cp(fixed, dir, { recursive: true });
      await rm(fixed, { recursive: true, force: true });
      return true;
    },
    // The cache offers no delete: an uncommitted data entry stays, but without its manifest entry it is no copy.
    async remove() {},
  };
}

export function runnerStoreFactories(tempDir: string, cache?: CacheLib): StoreFactories {
  return {
    'cache:': async (url) => {
      const key = decodeURIComponent(`${url.host}${url.pathname}`).replace(/\/+$/, '');
      return new UnitStore(`cache://${key}`, key, cacheUnitApi(tempDir, cache), tempDir);
    },
  };
}
