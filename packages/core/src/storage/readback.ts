// Reading a stored object back and hashing it, with retries for transient errors.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { ContentDigest } from '../digest/sha256.ts';
import { withRetry, type RetryPolicy } from './retry.ts';
import type { ObjectStore } from './store.ts';

export async function hashStream(stream: Readable): Promise<ContentDigest> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** Digest of the object at `key` as the store serves it now, or undefined when it has none. */
export function hashObject(store: ObjectStore, key: string, retry: RetryPolicy): Promise<ContentDigest | undefined> {
  return withRetry(async () => {
    if (store.hash) return store.hash(key);
    const s = await store.get(key);
    return s ? hashStream(s) : undefined;
  }, retry);
}

export async function readText(store: ObjectStore, key: string, retry: RetryPolicy, limit = 256 << 20): Promise<string | undefined> {
  return withRetry(async () => {
    const s = await store.get(key);
    if (!s) return undefined;
    const parts: Buffer[] = [];
    let n = 0;
    for await (const chunk of s as AsyncIterable<Buffer>) {
      n += chunk.length;
      if (n > limit) {
        s.destroy();
        throw new Error(`${key} is larger than ${limit} bytes`);
      }
      parts.push(chunk);
    }
    return Buffer.concat(parts).toString('utf8');
  }, retry);
}

/** Runs `fn` over items with at most `n` in flight, in order of start. */
export async function mapPool<T, R>(items: readonly T[], n: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}
