// Streaming SHA-256 of files and streams: one implementation for every action that states a digest
// (oauth-signature-gate, double-write, policy-audit's binary drift). No file is held in memory.
import { createHash, type Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { ResourceError } from '../errors.ts';

export interface ContentDigest {
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string;
  bytes: number;
}

/** `sha256:<hex>`: the form of upload-artifact's `artifact-digest` and of attestation subjects. */
export function digestTag(hex: string): string {
  return `sha256:${hex}`;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** The hex of a `sha256:<hex>` (or bare hex) digest, lower-cased; undefined when it is not one. */
export function parseDigestTag(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  const hex = t.startsWith('sha256:') ? t.slice(7) : t;
  return HEX64.test(hex) ? hex : undefined;
}

// 1 MiB reads: large enough that the per-call cost vanishes against hashing, small enough to stay in cache.
const CHUNK = 1 << 20;

/** SHA-256 of a file's bytes, read once in 1 MiB chunks into one reused buffer. */
export async function sha256File(path: string): Promise<ContentDigest> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    throw new ResourceError({ problem: `cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? 'error'})`, fix: 'check that the file exists and is readable' });
  }
  try {
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafe(CHUNK);
    let bytes = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
      bytes += bytesRead;
    }
    return { sha256: hash.digest('hex'), bytes };
  } finally {
    await fh.close();
  }
}

/** SHA-256 of bytes in memory (small texts: manifests, responses). */
export function sha256Bytes(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A pass-through stream that hashes what flows through it, so a copy can be written and digested in one read
 * (`source.pipe(tap).pipe(sink)`); `digest()` is valid once the stream has ended.
 */
export class HashTap extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private count = 0;
  private result: ContentDigest | undefined;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.count += chunk.length;
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    this.result = { sha256: this.hash.digest('hex'), bytes: this.count };
    done();
  }

  digest(): ContentDigest {
    if (!this.result) throw new Error('HashTap.digest() before the stream ended');
    return this.result;
  }
}
