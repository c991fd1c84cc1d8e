// One read of a source file feeds every store: each chunk is hashed once (and sealed once when encrypting),
// then handed to each store. The read buffer is reused, so a large file makes no garbage per chunk: stores with
// a direct writer (file://) finish with the chunk before the next read; stream-based stores get a copy. A store
// whose upload fails is dropped from the feed without stopping the others; it may be retried alone later
// (same nonce, so the same bytes).
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import type { ContentDigest } from '../digest/sha256.ts';
import { Sealer, SEAL_OVERHEAD, type Key } from './crypto.ts';
import type { ObjectStore } from './store.ts';

const CHUNK = 1 << 20;

export interface Sink {
  /** Takes a chunk; the promise resolves when the caller may reuse the chunk's memory. */
  write(chunk: Buffer): Promise<void> | undefined;
  /** Completes the object (errors end up in `error`). */
  end(): Promise<void>;
  /** Abandons the object. */
  abort(): Promise<void>;
  error?: unknown;
}

function writerSink(store: ObjectStore & Required<Pick<ObjectStore, 'writer'>>, key: string, bytes: number): Promise<Sink> {
  const sink: Sink = { write: () => undefined, end: async () => {}, abort: async () => {} };
  return store.writer(key, bytes).then(
    (w) => {
      const fail = async (e: unknown) => {
        sink.error ??= e;
        await w.abort();
      };
      sink.write = (chunk) => (sink.error === undefined ? w.write(chunk).catch(fail) : undefined);
      sink.end = async () => {
        if (sink.error === undefined) await w.end().catch((e: unknown) => (sink.error ??= e));
      };
      sink.abort = () => w.abort();
      return sink;
    },
    (e: unknown) => {
      sink.error = e;
      return sink;
    },
  );
}

function streamSink(store: ObjectStore, key: string, bytes: number): Sink {
  const stream = new PassThrough({ highWaterMark: CHUNK });
  const sink: Sink = {
    write: (chunk) => {
      if (sink.error !== undefined || stream.destroyed) return undefined;
      // A copy: the caller reuses its buffer while this one may still sit in the stream.
      if (stream.write(Buffer.from(chunk))) return undefined;
      return new Promise((resolve) => {
        const go = () => {
          stream.off('drain', go);
          stream.off('close', go);
          resolve();
        };
        stream.on('drain', go);
        stream.on('close', go);
      });
    },
    end: async () => {
      stream.end();
      await done;
    },
    abort: async () => {
      // A source that fails mid-file must not end an upload normally: the store would keep a short object.
      stream.destroy(new Error('source read failed'));
      await done;
    },
  };
  const done = store.put(key, stream, bytes).catch((e: unknown) => {
    sink.error = e;
    stream.destroy();
  });
  return sink;
}

export function openSink(store: ObjectStore, key: string, bytes: number): Promise<Sink> {
  return store.writer ? writerSink(store as ObjectStore & Required<Pick<ObjectStore, 'writer'>>, key, bytes) : Promise.resolve(streamSink(store, key, bytes));
}

export interface Sent {
  /** Digest of the source bytes read. */
  plain: ContentDigest;
  /** Digest of the bytes sent to the stores (= plain unless encrypting). */
  stored: ContentDigest;
}

export function storedSize(bytes: number, key: Key | undefined): number {
  return key ? bytes + SEAL_OVERHEAD : bytes;
}

/** Streams the file once to every sink; completes them; errors of a store stay on its sink. */
export async function sendFile(absPath: string, path: string, sinks: readonly Sink[], key: Key | undefined, nonce: Buffer | undefined): Promise<Sent> {
  const plainHash = createHash('sha256');
  const storedHash = key ? createHash('sha256') : undefined;
  let plainBytes = 0;
  let storedBytes = 0;
  const sealer = key ? new Sealer(key, path, nonce) : undefined;
  const emit = async (buf: Buffer) => {
    if (buf.length === 0) return;
    storedHash?.update(buf);
    storedBytes += buf.length;
    const waits = sinks.map((s) => s.write(buf)).filter((w) => w !== undefined);
    if (waits.length > 0) await Promise.all(waits);
  };
  let ok = false;
  let fh;
  try {
    fh = await open(absPath, 'r');
    const buf = Buffer.allocUnsafe(CHUNK);
    if (sealer) await emit(sealer.header);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, CHUNK, null);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      plainHash.update(chunk);
      plainBytes += bytesRead;
      await emit(sealer ? sealer.update(chunk) : chunk);
    }
    if (sealer) await emit(sealer.final());
    ok = true;
  } finally {
    await fh?.close();
    await Promise.all(sinks.map((s) => (ok ? s.end() : s.abort())));
  }
  const plain = { sha256: plainHash.digest('hex'), bytes: plainBytes };
  return { plain, stored: storedHash ? { sha256: storedHash.digest('hex'), bytes: storedBytes } : plain };
}
