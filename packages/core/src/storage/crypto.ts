// Encryption at rest: AES-256-GCM per file with a random 96-bit nonce. A stored object is
//   "BHE1" | nonce (12) | ciphertext | tag (16)
// with the file's relative path as additional data, so objects cannot be swapped between paths unnoticed.
// Keys are 32 bytes (base64 or hex). Separate subkeys (HMAC-SHA256 of the key with a label) encrypt files,
// authenticate the manifest and name the key (key id: 16 hex, safe to print and to store).
import { createCipheriv, createDecipheriv, createHmac, randomBytes, type CipherGCM, type DecipherGCM } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { InputError, ResourceError } from '../errors.ts';

const MAGIC = Buffer.from('BHE1');
const NONCE = 12;
const TAG = 16;
export const SEAL_OVERHEAD = MAGIC.length + NONCE + TAG;

export interface Key {
  id: string;
  fileKey: Buffer;
  macKey: Buffer;
}

const label = (key: Buffer, what: string): Buffer => createHmac('sha256', key).update(`bulkhead double-write ${what}`).digest();

/** A 32-byte key from its base64 or hex form; the error never shows the value. */
export function parseKey(raw: string, input: string): Key {
  const t = raw.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : /^[A-Za-z0-9+/_-]{43}=?$/.test(t) ? Buffer.from(t, 'base64') : undefined;
  if (!bytes || bytes.length !== 32) {
    throw new InputError({ input, problem: `is not a 32-byte key (${t.length} characters given)`, fix: 'use 32 random bytes as base64 (44 characters, e.g. `openssl rand -base64 32`) or hex (64 characters)' });
  }
  return { id: label(bytes, 'key id').subarray(0, 8).toString('hex'), fileKey: label(bytes, 'files'), macKey: label(bytes, 'manifest') };
}

/** The stored bytes of one file, produced chunk by chunk: header, then update() per chunk, then final(). */
export class Sealer {
  readonly #cipher: CipherGCM;
  readonly header: Buffer;

  constructor(key: Key, path: string, nonce: Buffer = randomBytes(NONCE)) {
    this.#cipher = createCipheriv('aes-256-gcm', key.fileKey, nonce);
    this.#cipher.setAAD(Buffer.from(path, 'utf8'));
    this.header = Buffer.concat([MAGIC, nonce]);
  }

  get nonce(): Buffer {
    return this.header.subarray(MAGIC.length);
  }

  update(chunk: Buffer): Buffer {
    return this.#cipher.update(chunk);
  }

  /** The last ciphertext bytes and the tag. */
  final(): Buffer {
    return Buffer.concat([this.#cipher.final(), this.#cipher.getAuthTag()]);
  }
}

/** Stored bytes in, plaintext out; fails at the end (before the last bytes are released) when the tag does not verify. */
export class Opener extends Transform {
  #head = Buffer.alloc(0);
  #decipher: DecipherGCM | undefined;
  #tail = Buffer.alloc(0);
  readonly #key: Key;
  readonly #path: string;

  constructor(key: Key, path: string) {
    super();
    this.#key = key;
    this.#path = path;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      if (!this.#decipher) {
        this.#head = Buffer.concat([this.#head, chunk]);
        if (this.#head.length < MAGIC.length + NONCE) return done();
        if (!this.#head.subarray(0, MAGIC.length).equals(MAGIC)) throw this.#bad('is not an encrypted Bulkhead object');
        this.#decipher = createDecipheriv('aes-256-gcm', this.#key.fileKey, this.#head.subarray(MAGIC.length, MAGIC.length + NONCE));
        this.#decipher.setAAD(Buffer.from(this.#path, 'utf8'));
        chunk = this.#head.subarray(MAGIC.length + NONCE);
      }
      // Keep the last TAG bytes back: they are the tag once the stream ends.
      const all = this.#tail.length ? Buffer.concat([this.#tail, chunk]) : chunk;
      const cut = Math.max(0, all.length - TAG);
      this.#tail = Buffer.from(all.subarray(cut));
      done(null, cut > 0 ? this.#decipher.update(all.subarray(0, cut)) : undefined);
    } catch (e) {
      done(e as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      if (!this.#decipher || this.#tail.length < TAG) throw this.#bad('is truncated');
      this.#decipher.setAuthTag(this.#tail);
      done(null, this.#decipher.final());
    } catch (e) {
      done(e instanceof ResourceError ? e : this.#bad('does not decrypt: it was altered, or encrypted with another key under the same key id'));
    }
  }

  #bad(problem: string): ResourceError {
    return new ResourceError({ problem: `${this.#path} ${problem}`, fix: 'restore from another copy' });
  }
}

/** HMAC-SHA256 (hex) of a manifest's canonical JSON. */
export function manifestMac(key: Key, text: string): string {
  return createHmac('sha256', key.macKey).update(text, 'utf8').digest('hex');
}
