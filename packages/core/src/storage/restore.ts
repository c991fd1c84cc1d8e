// Restore: take the primary's copy if its manifest verifies (digest recomputed, key id and HMAC when encrypted,
// the expected digest when given) and every file hashes to its manifest entry; otherwise the secondary's, then
// the replicas'. Files land in a staging directory first and move into place only when the whole copy verified,
// so a bad copy never leaves files in the destination.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Manifest } from '../digest/manifest.ts';
import { HashTap } from '../digest/sha256.ts';
import { BulkheadError, ResourceError } from '../errors.ts';
import { Opener, type Key } from './crypto.ts';
import { verifyManifestObject, type ManifestObject, type StoredFile } from './manifest-object.ts';
import { StoreState, type StoreOutcome, type StoreTarget } from './outcome.ts';
import { mapPool, readText } from './readback.ts';
import { describeCause, withRetry, type RetryPolicy } from './retry.ts';
import { MANIFEST_KEY } from './store.ts';

export interface RestoreInput {
  dest: string;
  targets: readonly StoreTarget[];
  keys: readonly Key[];
  /** Expected manifest digest (hex), when the user pinned one. */
  digest?: string;
  retry: RetryPolicy;
  secrets: readonly string[];
  concurrency?: number;
}

export interface RestoreOutcome {
  servedFrom?: string;
  manifest?: Manifest;
  object?: ManifestObject;
  stores: StoreOutcome[];
}

export async function restoreCopy(input: RestoreInput): Promise<RestoreOutcome> {
  const states = input.targets.map((t) => new StoreState(t));
  const why = (e: unknown) => describeCause(e, input.secrets);
  let keyError: BulkheadError | undefined;
  for (const s of states) {
    let text: string | undefined;
    try {
      text = await readText(s.store, MANIFEST_KEY, input.retry);
    } catch (e) {
      s.fail({ file: MANIFEST_KEY, message: `cannot read the manifest: ${why(e)}` });
      continue;
    }
    if (text === undefined) {
      s.fail({ file: MANIFEST_KEY, message: 'holds no complete copy (no manifest)' });
      continue;
    }
    let verified;
    try {
      verified = verifyManifestObject(text, s.store.url, input.keys);
    } catch (e) {
      if (!(e instanceof BulkheadError)) throw e;
      if (e.input === 'encryption-key') keyError ??= e;
      s.fail({ file: MANIFEST_KEY, message: e.problem });
      continue;
    }
    if (input.digest && verified.manifest.sha256 !== input.digest) {
      s.fail({ file: MANIFEST_KEY, expected: input.digest, actual: verified.manifest.sha256, message: `manifest digest is ${verified.manifest.sha256}, not the expected ${input.digest}` });
      continue;
    }
    if (await fetchAll(s, verified.object.files, verified.key, input, why)) {
      s.outcome.status = 'served';
      for (const later of states.slice(states.indexOf(s) + 1)) later.outcome.status = 'unused';
      return { servedFrom: s.target.role, manifest: verified.manifest, object: verified.object, stores: states.map((x) => x.outcome) };
    }
  }
  // Nothing served: a key that opens no copy is the user's to fix, so it is the error shown.
  if (keyError) throw keyError;
  return { stores: states.map((x) => x.outcome) };
}

async function fetchAll(s: StoreState, files: readonly StoredFile[], key: Key | undefined, input: RestoreInput, why: (e: unknown) => string): Promise<boolean> {
  const staging = join(input.dest, `.bulkhead-restore-${randomBytes(6).toString('hex')}`);
  try {
    await mapPool(files, input.concurrency ?? 4, async (f) => {
      if (!s.live) return;
      const tmp = join(staging, ...f.path.split('/'));
      await mkdir(dirname(tmp), { recursive: true });
      try {
        await withRetry(async () => {
          const body = await s.store.get(f.path);
          if (!body) throw Object.assign(new Error('missing'), { missing: true });
          const storedTap = new HashTap();
          const plainTap = new HashTap();
          await pipeline(key ? [body, storedTap, new Opener(key, f.path), plainTap, createWriteStream(tmp)] : [body, plainTap, createWriteStream(tmp)]);
          const got = plainTap.digest();
          const gotStored = key ? storedTap.digest() : undefined;
          if (f.stored && gotStored && (gotStored.sha256 !== f.stored.sha256 || gotStored.bytes !== f.stored.bytes)) {
            s.mismatch = true;
            s.fail({ file: f.path, expected: f.stored.sha256, actual: gotStored.sha256, message: `${f.path}: stored bytes hash to ${gotStored.sha256}, the manifest says ${f.stored.sha256}` });
          } else if (got.sha256 !== f.sha256 || got.bytes !== f.bytes) {
            s.mismatch = true;
            s.fail({ file: f.path, expected: f.sha256, actual: got.sha256, message: `${f.path}: restored ${got.bytes} bytes with SHA-256 ${got.sha256}, the manifest says ${f.bytes} bytes with ${f.sha256}` });
          }
        }, input.retry);
      } catch (e) {
        if ((e as { missing?: boolean }).missing) s.fail({ file: f.path, message: `${f.path} is missing` });
        else if (e instanceof ResourceError) s.fail({ file: f.path, message: e.problem });
        else s.fail({ file: f.path, message: `${f.path} could not be fetched: ${why(e)}` });
      }
    });
    if (!s.live) return false;
    for (const f of files) {
      const target = join(input.dest, ...f.path.split('/'));
      await mkdir(dirname(target), { recursive: true });
      await rename(join(staging, ...f.path.split('/')), target);
    }
    return true;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
