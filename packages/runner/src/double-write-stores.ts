// The runner-only double-write stores: cache://key through @actions/cache and artifact://name through
// @actions/artifact (each loaded on use). The cache keys its entries by path as well as key, so every unit passes
// through one fixed directory in the workspace (the library archives paths relative to the workspace; a
// per-job directory such as RUNNER_TEMP could differ between the job that saves and the one that restores).
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoreFactories } from '@bulkhead/core/storage';
import { UnitStore, type UnitApi } from './unit-store.ts';

/** The slice of @actions/cache used (injectable for tests). */
export interface CacheLib {
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export function cacheUnitApi(workspace: string, lib?: CacheLib): UnitApi {
  const fixed = join(workspace, '.bulkhead-double-write-cache');
  const load = async (): Promise<CacheLib> => lib ?? (await import('@actions/cache'));
  /** Units whose save the library declined: fine if an identical entry is there already (a re-run), else an error. */
  const declined = new Set<string>();
  return {
    async upload(unit, dir) {
      await rm(fixed, { recursive: true, force: true });
      await cp(dir, fixed, { recursive: true });
      const id = await (await load()).saveCache([fixed], unit);
      await rm(fixed, { recursive: true, force: true });
      // -1: not saved (the service failed, or the key exists: entries are immutable). The read-back decides
      // which: an existing entry with the same bytes is this copy already; different bytes are a mismatch.
      if (id === -1) declined.add(unit);
    },
    async download(unit, dir) {
      await rm(fixed, { recursive: true, force: true });
      const hit = await (await load()).restoreCache([fixed], unit);
      if (hit !== unit) {
        if (declined.has(unit)) throw new Error(`the Actions cache did not save ${unit} and holds no entry with that key (see the warning above)`);
        return false;
      }
      await mkdir(dir, { recursive: true });
      await cp(fixed, dir, { recursive: true });
      await rm(fixed, { recursive: true, force: true });
      return true;
    },
    // The cache offers no delete: an uncommitted data entry stays, but without its manifest entry it is no copy.
    async remove() {},
  };
}

/** The slice of @actions/artifact's client used (injectable for tests). */
export interface ArtifactLib {
  uploadArtifact(name: string, files: string[], root: string, options?: { retentionDays?: number }): Promise<unknown>;
  getArtifact(name: string): Promise<{ artifact: { id: number } }>;
  downloadArtifact(id: number, options?: { path?: string }): Promise<unknown>;
  deleteArtifact(name: string): Promise<unknown>;
}

const isNotFound = (e: unknown) => /not ?found|404/i.test(`${(e as Error)?.name} ${(e as Error)?.message}`);

export function artifactUnitApi(retentionDays: number | undefined, lib?: ArtifactLib): UnitApi {
  const load = async (): Promise<ArtifactLib> => lib ?? new (await import('@actions/artifact')).DefaultArtifactClient();
  const remove = async (unit: string) => {
    await (await load()).deleteArtifact(unit).catch((e: unknown) => {
      if (!isNotFound(e)) throw e;
    });
  };
  return {
    async upload(unit, dir) {
      // Artifact names are unique in a run: a re-run replaces the unit (its manifest went first, so no reader
      // takes the old data for a copy meanwhile).
      await remove(`${unit}.manifest`).catch(() => {});
      await remove(unit);
      const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
      await (await load()).uploadArtifact(unit, files, dir, retentionDays ? { retentionDays } : {});
    },
    async download(unit, dir) {
      const client = await load();
      let id: number;
      try {
        id = (await client.getArtifact(unit)).artifact.id;
      } catch (e) {
        if (isNotFound(e)) return false;
        throw e;
      }
      await client.downloadArtifact(id, { path: dir });
      return true;
    },
    remove,
  };
}

/** cache://key, artifact://name -> the key or name. */
const unitName = (url: URL): string => decodeURIComponent(`${url.host}${url.pathname}`).replace(/\/+$/, '');

export interface RunnerStoreOptions {
  /** Scratch space for staged and downloaded units. */
  tempDir: string;
  workspace: string;
  cache?: CacheLib;
  artifact?: ArtifactLib;
}

export function runnerStoreFactories({ tempDir, workspace, cache, artifact }: RunnerStoreOptions): StoreFactories {
  return {
    'artifact:': async (url, settings) => {
      const name = unitName(url);
      return new UnitStore(`artifact://${name}`, name, artifactUnitApi(settings.retentionDays, artifact), tempDir);
    },
    'cache:': async (url) => {
      const key = unitName(url);
      return new UnitStore(`cache://${key}`, key, cacheUnitApi(workspace, cache), tempDir);
    },
  };
}
