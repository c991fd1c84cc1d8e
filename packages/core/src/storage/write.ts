// The write protocol, per store: upload every file under a staging prefix, read each staged object back and
// hash it, compare with the source manifest, and only then commit: remove the old manifest, move each file to
// its final key, move the manifest in last (a copy without the manifest is not complete). A store that fails
// anywhere gets no manifest; its staged objects are deleted, or quarantined when they came back altered.
// Stores are independent: one failing does not stop the others from committing, but fails the step.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildManifest, type Manifest, type ManifestEntry } from '../digest/manifest.ts';
import { sha256Bytes, type ContentDigest } from '../digest/sha256.ts';
import { ResourceError } from '../errors.ts';
import type { Key } from './crypto.ts';
import { openSink, sendFile, storedSize } from './fanout.ts';
import { manifestObject, safeRelativePath, serializeManifestObject, type ManifestObject } from './manifest-object.ts';
import { StoreState, type StoreOutcome, type StoreTarget } from './outcome.ts';
import { hashObject, mapPool, readText } from './readback.ts';
import { describeCause, isTransient, withRetry, type RetryPolicy } from './retry.ts';
import type { SourceFile } from './source.ts';
import { MANIFEST_KEY, quarantinePrefix, stagingPrefix } from './store.ts';

export interface WriteInput {
  files: readonly SourceFile[];
  targets: readonly StoreTarget[];
  key?: Key;
  retry: RetryPolicy;
  /** Credential values, scrubbed from every message. */
  secrets: readonly string[];
  /** Files in flight at once. */
  concurrency?: number;
}

export interface WriteOutcome {
  manifest: Manifest;
  object: ManifestObject;
  stores: StoreOutcome[];
}

const STAGED_MANIFEST = 'manifest.json';

function sourceChanged(f: SourceFile): ResourceError {
  return new ResourceError({ input: 'source', problem: `${f.path} changed while it was being stored`, fix: 'run double-write after the step that writes the files has finished' });
}

export async function writeCopies(input: WriteInput): Promise<WriteOutcome> {
  const { files, key, retry } = input;
  const conc = input.concurrency ?? 4;
  const tx = `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
  const staging = stagingPrefix(tx);
  const states = input.targets.map((t) => new StoreState(t));
  const why = (e: unknown) => describeCause(e, input.secrets);
  const entries: ManifestEntry[] = [];
  const stored = new Map<string, ContentDigest>();

  try {
    // 1. Stage: one read of each file feeds every store still healthy.
    await mapPool(files, conc, async (f) => {
      const live = states.filter((s) => s.live);
      const nonce = key ? randomBytes(12) : undefined;
      const size = storedSize(f.bytes, key);
      const sinks = await Promise.all(live.map((s) => openSink(s.store, staging + f.path, size)));
      let sent;
      try {
        sent = await sendFile(f.absPath, f.path, sinks, key, nonce);
      } catch (e) {
        throw new ResourceError({ input: 'source', problem: `${f.path} could not be read (${why(e)})`, fix: 'check that the build wrote the file and it is readable' });
      }
      if (sent.plain.bytes !== f.bytes) throw sourceChanged(f);
      await Promise.all(
        live.map(async (s, i) => {
          const err = sinks[i].error;
          if (err === undefined) return;
          try {
            if (!isTransient(err) || retry.attempts < 2) throw err;
            await sleep(retry.baseMs);
            await withRetry(async () => {
              const one = await openSink(s.store, staging + f.path, size);
              const again = await sendFile(f.absPath, f.path, [one], key, nonce);
              if (one.error !== undefined) throw one.error;
              if (again.plain.sha256 !== sent.plain.sha256) throw sourceChanged(f);
            }, { ...retry, attempts: retry.attempts - 1 });
          } catch (e) {
            if (e instanceof ResourceError) throw e;
            s.fail({ file: f.path, message: `upload of ${f.path} failed: ${why(e)}` });
          }
        }),
      );
      entries.push({ path: f.path, sha256: sent.plain.sha256, bytes: sent.plain.bytes });
      stored.set(f.path, sent.stored);
    });
  } catch (e) {
    await Promise.all(states.map((s) => s.store.deletePrefix(staging).catch(() => {})));
    throw e;
  }

  const manifest = buildManifest(entries);
  const object = manifestObject(manifest, key ? stored : undefined, key);
  const text = serializeManifestObject(object);

  // Stores that upload whole directories send the staged files now.
  await Promise.all(
    states.filter((s) => s.live && s.store.flush).map((s) =>
      withRetry(() => s.store.flush!(), retry).catch((e: unknown) => s.fail({ message: `upload failed: ${why(e)}` })),
    ),
  );

  // 2. Read back each staged copy independently and compare with what was sent.
  await Promise.all(
    states.filter((s) => s.live).map((s) =>
      mapPool(files, conc, async (f) => {
        const want = stored.get(f.path)!;
        let got: ContentDigest | undefined;
        try {
          got = await hashObject(s.store, staging + f.path, retry);
        } catch (e) {
          s.fail({ file: f.path, message: `read-back of ${f.path} failed: ${why(e)}` });
          return;
        }
        if (!got) s.fail({ file: f.path, message: `${f.path} is missing on read-back` });
        else if (got.sha256 !== want.sha256 || got.bytes !== want.bytes) {
          s.mismatch = true;
          s.fail({
            file: f.path,
            expected: want.sha256,
            actual: got.sha256,
            message: `${f.path} read back as ${got.bytes} bytes with SHA-256 ${got.sha256}; the source gave ${want.bytes} bytes with SHA-256 ${want.sha256}`,
          });
        }
      }),
    ),
  );

  // 3. Commit verified copies; clean up the others.
  await Promise.all(states.map((s) => (s.live ? commit(s, files, stored, text, tx, retry, why, conc) : discard(s, tx, retry))));
  for (const s of states) {
    if (s.live) s.outcome.status = 'committed';
    if (s.dropped > 0) s.outcome.problems.push({ message: `…and ${s.dropped} more problems` });
  }
  return { manifest, object, stores: states.map((s) => s.outcome) };
}

async function commit(s: StoreState, files: readonly SourceFile[], stored: ReadonlyMap<string, ContentDigest>, text: string, tx: string, retry: RetryPolicy, why: (e: unknown) => string, conc: number): Promise<void> {
  const store = s.store;
  const staging = stagingPrefix(tx);
  const body = Buffer.from(text, 'utf8');
  try {
    await withRetry(() => store.put(staging + STAGED_MANIFEST, Readable.from([body]), body.length), retry);
    const got = await hashObject(store, staging + STAGED_MANIFEST, retry);
    const want = sha256Bytes(body);
    if (!got || got.sha256 !== want) {
      s.mismatch = true;
      s.fail({ file: MANIFEST_KEY, expected: want, actual: got?.sha256 ?? 'missing', message: `the manifest read back as ${got ? `SHA-256 ${got.sha256}` : 'missing'}; expected ${want}` });
      return discard(s, tx, retry);
    }
    const old = await readText(store, MANIFEST_KEY, retry).catch(() => undefined);
    // From here until the new manifest lands, the store holds no manifest: no reader takes it for complete.
    await withRetry(() => store.delete(MANIFEST_KEY), retry);
    await mapPool(files, conc, (f) => withRetry(() => store.promote(staging + f.path, f.path, stored.get(f.path)?.sha256), retry));
    await withRetry(() => store.promote(staging + STAGED_MANIFEST, MANIFEST_KEY), retry);
    await removeStale(s, old, files, retry);
    await store.deletePrefix(staging).catch(() => {});
  } catch (e) {
    s.fail({ message: `commit failed: ${why(e)}` });
    await store.delete(MANIFEST_KEY).catch(() => {});
    await store.deletePrefix(staging).catch(() => {});
  }
}

/** Files of the previous copy that this one no longer has: left behind they would look like part of it. */
async function removeStale(s: StoreState, oldText: string | undefined, files: readonly SourceFile[], retry: RetryPolicy): Promise<void> {
  if (!oldText) return;
  let old: { files?: { path?: unknown }[] };
  try {
    old = JSON.parse(oldText) as typeof old;
  } catch {
    return;
  }
  const now = new Set(files.map((f) => f.path));
  for (const f of old.files ?? []) {
    if (typeof f?.path === 'string' && safeRelativePath(f.path) && !now.has(f.path)) await withRetry(() => s.store.delete(f.path as string), retry).catch(() => {});
  }
}

async function discard(s: StoreState, tx: string, retry: RetryPolicy): Promise<void> {
  const staging = stagingPrefix(tx);
  try {
    if (s.mismatch) {
      // Altered bytes are evidence: keep them under a name no reader mistakes for a copy.
      const keys = await withRetry(() => s.store.list(staging), retry);
      const q = quarantinePrefix(tx);
      try {
        for (const k of keys) await withRetry(() => s.store.promote(k, q + k.slice(staging.length)), retry);
        s.outcome.quarantine = q;
      } catch {
        // A store without a quarantine (whole-directory stores): the altered copy is deleted instead.
      }
    }
    await s.store.deletePrefix(staging);
  } catch {
    // A store that is down cannot be cleaned; its staging prefix is never read as a copy.
  }
}
