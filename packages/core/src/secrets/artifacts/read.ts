// readArtifact: one file on disk → its readable contents, recursing into archives within limits.
import { createReadStream } from 'node:fs';
import { lstat, open, readFile } from 'node:fs/promises';
import type { ArtifactEntry, ArtifactLimits } from './types.ts';
import type { ReadContext } from './context.ts';
import type { Chunks } from './chunks.ts';
import { DEFAULT_ARTIFACT_LIMITS } from './types.ts';
import { Budget, claim, ownerOf } from './limits.ts';
import { borrowed, collect, peek, replay } from './chunks.ts';
import { describe, guarded, tooLarge } from './context.ts';
import { SNIFF_BYTES, sniffKind } from './sniff.ts';
import { openZipBuffer, openZipFile, readZip } from './zip.ts';
import { readGzip } from './gzip.ts';
import { readTar } from './tar.ts';

/**
 * Yields the readable contents of the file at `absPath`: the file itself, or every regular entry of
 * an archive (zip/jar/war/apk, tar, tar.gz/tgz, gz; nested up to `maxDepth`), plus a problem entry
 * wherever a limit tripped or something could not be read. Never throws for a bad file, writes
 * nothing to disk and closes everything it opened, also when the caller stops iterating early.
 */
export async function* readArtifact(absPath: string, displayPath: string, limits: Partial<ArtifactLimits> = {}): AsyncGenerator<ArtifactEntry> {
  const budget = new Budget({ ...DEFAULT_ARTIFACT_LIMITS, ...limits });
  const ctx: ReadContext = { budget, child: (p, c, d) => child(p, c, d, ctx) };
  let head: Buffer;
  let size: number;
  try {
    const st = await lstat(absPath);
    if (!st.isFile()) {
      yield { path: displayPath, problem: 'corrupt', detail: 'not a regular file; skipped' };
      return;
    }
    size = st.size;
    head = await readHead(absPath);
  } catch (err) {
    yield { path: displayPath, problem: 'corrupt', detail: describe(err) };
    return;
  }
  try {
    const kind = sniffKind(head, displayPath);
    if (kind === 'plain') {
      if (size > budget.limits.maxEntryBytes) yield tooLarge(displayPath, budget.limits.maxEntryBytes);
      else yield { path: displayPath, data: await readFile(absPath) };
    } else if (kind === 'zip') {
      // On disk a zip is read by random access: its own size is not limited, only what it inflates to.
      yield* guarded(displayPath, budget, readZip(() => openZipFile(absPath), displayPath, 1, ctx));
    } else {
      const chunks = fileChunks(absPath, displayPath);
      try {
        yield* child(displayPath, chunks, 0, ctx);
      } finally {
        await chunks.return(undefined); // closes the file
      }
    }
  } catch (err) {
    // A failure no reader claimed (should not happen): still a problem entry, never a crash.
    if (!budget.exhausted) yield { path: ownerOf(err) ?? displayPath, problem: 'corrupt', detail: describe(err) };
  }
}

async function readHead(absPath: string): Promise<Buffer> {
  const fh = await open(absPath, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

async function* fileChunks(absPath: string, owner: string): AsyncGenerator<Buffer> {
  const stream = createReadStream(absPath);
  try {
    for await (const c of stream as AsyncIterable<Buffer>) yield c;
  } catch (err) {
    throw claim(err, owner);
  } finally {
    stream.destroy();
  }
}

/** One entry (or a top-level compressed file): sniff it, then scan it or open it as an archive. */
async function* child(path: string, chunks: Chunks, depth: number, ctx: ReadContext): AsyncGenerator<ArtifactEntry> {
  const { budget } = ctx;
  const { maxEntryBytes, maxDepth } = budget.limits;
  const it = chunks[Symbol.asyncIterator]();
  const head = await peek(it, SNIFF_BYTES);
  const kind = sniffKind(Buffer.concat(head), path);
  if (kind === 'plain') {
    const got = await collect(borrowed(it), maxEntryBytes, head);
    yield 'data' in got ? { path, data: got.data } : tooLarge(path, maxEntryBytes);
    return;
  }
  if (depth >= maxDepth) {
    yield { path, problem: 'depth', detail: `archive nested deeper than ${maxDepth} levels was not opened` };
    return;
  }
  if (kind === 'zip') {
    // yauzl needs random access: a nested zip is held in memory, which maxEntryBytes bounds.
    const got = await collect(borrowed(it), maxEntryBytes, head);
    if (!('data' in got)) yield tooLarge(path, maxEntryBytes);
    else yield* guarded(path, budget, readZip(() => openZipBuffer(got.data), path, depth + 1, ctx));
  } else if (kind === 'gzip') {
    yield* guarded(path, budget, readGzip(path, replay(head, it), depth + 1, ctx));
  } else {
    yield* guarded(path, budget, readTar(path, replay(head, it), depth + 1, ctx));
  }
}
