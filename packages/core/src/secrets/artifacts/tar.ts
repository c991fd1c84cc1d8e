// tar through tar-stream: strictly sequential, so every entry is consumed (scanned or drained)
// before the next header is read.
import { Readable } from 'node:stream';
import tarStream from 'tar-stream';
import type { ArtifactEntry } from './types.ts';
import type { ReadContext } from './context.ts';
import type { Chunks } from './chunks.ts';
import { borrowed, drain } from './chunks.ts';
import { entryPath, tooLarge } from './context.ts';
import { claim } from './limits.ts';

const REGULAR = new Set(['file', 'contiguous-file', null, undefined]);

export async function* readTar(path: string, chunks: Chunks, depth: number, ctx: ReadContext): AsyncGenerator<ArtifactEntry> {
  const { budget } = ctx;
  const source = Readable.from(chunks, { objectMode: false });
  const extract = tarStream.extract();
  source.on('error', (err) => extract.destroy(err));
  source.pipe(extract);
  try {
    for await (const entry of extract) {
      budget.countEntry(path);
      const it = (entry as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
      const { name, type, size = 0 } = entry.header;
      if (REGULAR.has(type)) {
        // Links, devices and directories carry no data of their own; nothing is ever written to disk.
        if (size > budget.limits.maxEntryBytes) yield tooLarge(entryPath(path, name), budget.limits.maxEntryBytes);
        else yield* ctx.child(entryPath(path, name), borrowed(it), depth);
      }
      if (budget.exhausted) return;
      await drain(it);
    }
  } catch (err) {
    throw claim(err, path);
  } finally {
    source.unpipe(extract);
    source.destroy();
    extract.destroy();
  }
}
