// History kept in a JSON file the user commits or uploads. Writes are atomic (temp + rename) so a
// cancelled job never leaves half a file behind.
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../../fs/atomic.ts';
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

  /** Compacts, then writes atomically (temp file beside the target, renamed over). */
  async save(records: readonly HistoryRecord[]): Promise<void> {
    const text = serializeHistory(compactHistory(records, this.#opts));
    try {
      await writeFileAtomic(this.path, text);
    } catch (e) {
      throw new ResourceError({
        input: this.#opts.input ?? 'history',
        problem: `${this.path} cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
        fix: 'use a path inside the workspace that the job can write',
      });
    }
  }
}
