// One read of a source file feeds every store: each chunk is hashed once (and sealed once when encrypting),
// then written to each store's upload stream with backpressure. A store whose upload fails is dropped from
// the feed without stopping the others; it may be retried alone later (same nonce, so the same bytes).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import type { ContentDigest } from '../digest/sha256.ts';
import { Sealer, SEAL_OVERHEAD, type Key } from './crypto.ts';
import type { ObjectStore } from './store.ts';

const CHUNK = 1 << 20;

export interface Sink {
  stream: PassThrough;
  /** Settles when the store has the object (or failed). */
  done: Promise<void>;
  error?: unknown;
}

export function openSink(store: ObjectStore, key: string, bytes: number): Sink {
  const stream = new PassThrough({ highWaterMark: CHUNK });
  const sink: Sink = { stream, done: Promise.resolve() };
  sink.done = store.put(key, stream, bytes).catch((e: unknown) => {
    sink.error = e;
    stream.destroy();
  });
  return sink;
}

function feed(sink: Sink, chunk: Buffer): Promise<void> | undefined {
  if (sink.error !== undefined || sink.stream.destroyed) return undefined;
  if (sink.stream.write(chunk)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      sink.stream.off('drain', done);
      sink.stream.off('close', done);
      resolve();
    };
    sink.stream.on('drain', done);
    sink.stream.on('close', done);
  });
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

/** Streams the file once to every sink; ends them; waits for each store to settle (errors stay on the sinks). */
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
    const waits = sinks.map((s) => feed(s, buf)).filter((w) => w !== undefined);
    if (waits.length > 0) await Promise.all(waits);
  };
  let ok = false;
  try {
    if (sealer) await emit(sealer.header);
    for await (const chunk of createReadStream(absPath, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
      plainHash.update(chunk);
      plainBytes += chunk.length;
      await emit(sealer ? sealer.update(chunk) : chunk);
    }
    if (sealer) await emit(sealer.final());
    ok = true;
  } finally {
    // A source that fails mid-file must not end an upload normally: the store would keep a short object.
    for (const s of sinks) {
      if (ok) s.stream.end();
      else s.stream.destroy(new Error('source read failed'));
    }
  }
  await Promise.all(sinks.map((s) => s.done));
  const plain = { sha256: plainHash.digest('hex'), bytes: plainBytes };
  return { plain, stored: storedHash ? { sha256: storedHash.digest('hex'), bytes: storedBytes } : plain };
}
