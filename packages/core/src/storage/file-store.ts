// file:///path: objects are files under the directory, keeping their relative paths. A put is fsynced before it
// returns, and promote is a rename in the same filesystem, so a committed file is whole and durable.
import { createReadStream } from 'node:fs';
import { access, mkdir, open, readdir, rename, rm, unlink } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sha256File, type ContentDigest } from '../digest/sha256.ts';
import type { ObjectStore, ObjectWriter } from './store.ts';

export class FileStore implements ObjectStore {
  readonly url: string;
  readonly root: string;

  constructor(root: string) {
    this.root = root;
    this.url = `file://${root}`;
  }

  #path(key: string): string {
    return join(this.root, ...key.split('/'));
  }

  async put(key: string, body: Readable, _bytes: number): Promise<void> {
    const file = this.#path(key);
    await mkdir(dirname(file), { recursive: true });
    const fh = await open(file, 'w', 0o644);
    try {
      // flush: the stream fsyncs before it closes the file, so a put that returned is on disk.
      await pipeline(body, fh.createWriteStream({ highWaterMark: 1 << 20, flush: true }));
    } catch (e) {
      await fh.close().catch(() => {});
      await unlink(file).catch(() => {});
      throw e;
    }
  }

  async writer(key: string, _bytes: number): Promise<ObjectWriter> {
    const file = this.#path(key);
    await mkdir(dirname(file), { recursive: true });
    const fh = await open(file, 'w', 0o644);
    const drop = async () => {
      await fh.close().catch(() => {});
      await unlink(file).catch(() => {});
    };
    return {
      write: async (chunk) => {
        for (let off = 0; off < chunk.length; ) off += (await fh.write(chunk, off, chunk.length - off)).bytesWritten;
      },
      end: async () => {
        try {
          await fh.sync();
          await fh.close();
        } catch (e) {
          await drop();
          throw e;
        }
      },
      abort: drop,
    };
  }

  async hash(key: string): Promise<ContentDigest | undefined> {
    const file = this.#path(key);
    try {
      await access(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    return sha256File(file);
  }

  async get(key: string): Promise<Readable | undefined> {
    let fh;
    try {
      fh = await open(this.#path(key), 'r');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    return createReadStream('', { fd: fh, highWaterMark: 1 << 20 });
  }

  async promote(from: string, to: string): Promise<void> {
    const target = this.#path(to);
    await mkdir(dirname(target), { recursive: true });
    await rename(this.#path(from), target);
    // The rename is durable once the directory is synced.
    const dir = await open(dirname(target), 'r').catch(() => undefined);
    if (dir) await dir.sync().catch(() => {}).finally(() => dir.close());
  }

  async delete(key: string): Promise<void> {
    await unlink(this.#path(key)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
  }

  async deletePrefix(prefix: string): Promise<void> {
    await rm(this.#path(prefix), { recursive: true, force: true });
  }

  async list(prefix: string): Promise<string[]> {
    const dir = this.#path(prefix);
    let names: string[];
    try {
      names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    return names.map((abs) => relative(this.root, abs).split(sep).join('/')).sort();
  }
}
