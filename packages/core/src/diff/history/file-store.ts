// History kept in a JSON file the user commits or uploads. Writes are atomic (temp + rename) so a
// cancelled job never leaves half a file behind.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ResourceError } from '../../errors.ts';
import type { HistoryRecord, HistoryStore } from './types.ts';
import { parseHistory, serializeHistory } from './parse.ts';
import { compactHistory, type CompactOptions } from './compact.ts';

export interface FileHistoryStoreOptions extends CompactOptions {
  /** Option that named the file, for error messages. Default `history-file`. */
  input?: string;
}

export class FileHistoryStore implements HistoryStore {
  readonly path: string;
  readonly #opts: FileHistoryStoreOptions;

  constructor(path: string, opts: FileHistoryStoreOptions = {}) {
    this.path = path;
    this.#opts = opts;
  }

  async load(): Promise<HistoryRecord[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []; // first run
      throw new ResourceError({
        input: this.#opts.input ?? 'history',
        problem: `${this.path} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
        fix: 'point it at a readable file, or at a path that does not exist yet to start a history',
      });
    }
    return parseHistory(text, this.path, this.#opts.input);
  }

  /** Compacts, then writes a temp file beside the target and renames it over. */
  async save(records: readonly HistoryRecord[]): Promise<void> {
    const text = serializeHistory(compactHistory(records, this.#opts));
    const dir = dirname(this.path);
    const tmp = join(dir, `.${basename(this.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await mkdir(dir, { recursive: true });
      await writeFile(tmp, text, { encoding: 'utf8', flush: true });
      await rename(tmp, this.path);
    } catch (e) {
      await rm(tmp, { force: true });
      throw new ResourceError({
        input: this.#opts.input ?? 'history',
        problem: `${this.path} cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
        fix: 'use a path inside the workspace that the job can write',
      });
    }
  }
}
