// Stores that move whole directories (the Actions cache, GitHub artifacts) behind the ObjectStore interface the
// double-write protocol uses. Objects are staged in a local directory; `flush` uploads them as the data unit
// `<name>`, and the read-back downloads that unit into a fresh directory and hashes what came back. The manifest
// is its own unit `<name>.manifest`, uploaded last (and downloaded again to check it), so the data unit alone
// never looks complete. Units are immutable: a failed data unit is removed where the service allows it.
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { FileStore, MANIFEST_KEY, META_DIR, type ObjectStore } from '@bulkhead/core/storage';

/** What a whole-directory service offers. */
export interface UnitApi {
  /** Uploads every file under `dir` as the unit. */
  upload(unit: string, dir: string): Promise<void>;
  /** Downloads the unit into `dir` (which exists and is empty); false when there is no such unit. */
  download(unit: string, dir: string): Promise<boolean>;
  /** Removes the unit; services that cannot (the cache) do nothing. */
  remove(unit: string): Promise<void>;
}

const STAGING = `${META_DIR}/staging/`;

export class UnitStore implements ObjectStore {
  readonly url: string;
  readonly #api: UnitApi;
  readonly #name: string;
  readonly #scratch: string;
  /** Objects as written (staging keys without their staging prefix). */
  #local: FileStore | undefined;
  #stagedAs = '';
  /** Downloads of units, by unit name (one per unit, shared by concurrent reads). */
  readonly #fetched = new Map<string, Promise<FileStore | null>>();
  #downloads = 0;
  #uploaded = false;
  #committed = false;

  constructor(url: string, name: string, api: UnitApi, scratch: string) {
    this.url = url;
    this.#name = name;
    this.#api = api;
    this.#scratch = join(scratch, `bulkhead-unit-${randomBytes(6).toString('hex')}`);
  }

  #split(key: string): { tx: string; rest: string } | undefined {
    if (!key.startsWith(STAGING)) return undefined;
    const tail = key.slice(STAGING.length);
    const i = tail.indexOf('/');
    return { tx: tail.slice(0, i), rest: tail.slice(i + 1) };
  }

  async #stage(tx: string): Promise<FileStore> {
    if (!this.#local || this.#stagedAs !== tx) {
      const dir = join(this.#scratch, `stage-${tx}`);
      await mkdir(dir, { recursive: true });
      this.#local = new FileStore(dir);
      this.#stagedAs = tx;
    }
    return this.#local;
  }

  #unit(unit: string): Promise<FileStore | null> {
    let p = this.#fetched.get(unit);
    if (!p) {
      const dir = join(this.#scratch, `fetch-${++this.#downloads}`);
      p = mkdir(dir, { recursive: true }).then(async () => ((await this.#api.download(unit, dir)) ? new FileStore(dir) : null));
      // A failed download may be retried.
      p.catch(() => this.#fetched.delete(unit));
      this.#fetched.set(unit, p);
    }
    return p;
  }

  async put(key: string, body: Readable, bytes: number): Promise<void> {
    const s = this.#split(key);
    if (!s) throw new Error(`${this.url}: objects are written through staging only (${key})`);
    await (await this.#stage(s.tx)).put(s.rest, body, bytes);
  }

  /** End of staging: the data unit goes up. */
  async flush(): Promise<void> {
    if (!this.#local) return;
    await this.#api.upload(this.#name, this.#local.root);
    this.#uploaded = true;
  }

  async get(key: string): Promise<Readable | undefined> {
    const s = this.#split(key);
    if (s?.rest === 'manifest.json') return (await this.#stage(s.tx)).get(s.rest);
    if (s) return (await this.#unit(this.#name))?.get(s.rest);
    if (key === MANIFEST_KEY) return (await this.#unit(`${this.#name}.manifest`))?.get('manifest.json');
    return (await this.#unit(this.#name))?.get(key);
  }

  async promote(from: string, to: string): Promise<void> {
    const s = this.#split(from);
    if (to !== MANIFEST_KEY || !s) {
      // Data objects are already in the unit under their final names; a quarantine cannot be renamed into.
      if (to.startsWith(`${META_DIR}/quarantine/`)) throw new Error(`${this.url}: no quarantine in this store`);
      return;
    }
    const dir = join(this.#scratch, 'manifest-unit');
    await rm(dir, { recursive: true, force: true });
    const m = new FileStore(dir);
    const local = await this.#stage(s.tx);
    const body = await local.get(s.rest);
    await m.put('manifest.json', body!, 0);
    await this.#api.upload(`${this.#name}.manifest`, dir);
    // Read the manifest unit back: it must be byte-identical to what was staged.
    this.#fetched.delete(`${this.#name}.manifest`);
    const back = await this.#unit(`${this.#name}.manifest`);
    const [want, got] = await Promise.all([local.hash(s.rest), back?.hash('manifest.json')]);
    if (!got || got.sha256 !== want?.sha256) throw new Error(`${this.url}: the manifest unit read back as ${got?.sha256 ?? 'missing'}, expected ${want?.sha256}`);
    this.#committed = true;
  }

  async delete(key: string): Promise<void> {
    if (key === MANIFEST_KEY) await this.#api.remove(`${this.#name}.manifest`);
  }

  async deletePrefix(prefix: string): Promise<void> {
    // Staging is over: a data unit that was not committed must not survive as a loose copy.
    if (prefix.startsWith(STAGING) && this.#uploaded && !this.#committed) await this.#api.remove(this.#name);
    if (prefix.startsWith(STAGING)) await rm(join(this.#scratch), { recursive: true, force: true });
  }

  async list(prefix: string): Promise<string[]> {
    const s = this.#split(prefix);
    if (!s || !this.#local) return [];
    return (await this.#local.list('')).map((k) => prefix + k);
  }

  async close(): Promise<void> {
    await rm(this.#scratch, { recursive: true, force: true });
  }
}
