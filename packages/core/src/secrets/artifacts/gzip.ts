// .gz and .tar.gz / .tgz: zlib streams, with the real output counted (a gzip trailer's size
// field is only the size mod 2^32 and is trivially forged, so it is never trusted).
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ArtifactEntry } from './types.ts';
import type { ReadContext } from './context.ts';
import type { Chunks } from './chunks.ts';
import { borrowed, peek, replay } from './chunks.ts';
import { SNIFF_BYTES, lastSegment } from './sniff.ts';
import { claim } from './limits.ts';
import { readTar } from './tar.ts';

export async function* readGzip(path: string, chunks: Chunks, depth: number, ctx: ReadContext): AsyncGenerator<ArtifactEntry> {
  const it = gunzip(chunks, path, ctx)[Symbol.asyncIterator]();
  try {
    const head = await peek(it, SNIFF_BYTES);
    const first = Buffer.concat(head);
    if (first.length >= 262 && first.toString('latin1', 257, 262) === 'ustar') {
      // A compressed tar is one archive level: `x.tar.gz!/file`, not `x.tar.gz!/x.tar!/file`.
      yield* readTar(path, replay(head, it), depth, ctx);
    } else {
      yield* ctx.child(`${path}!/${innerName(path)}`, borrowed(replay(head, it)), depth);
    }
  } finally {
    await it.return(undefined);
  }
}

/** `logs/app.log.gz` → `app.log`; `x.tgz` → `x.tar`. */
function innerName(path: string): string {
  const base = lastSegment(path);
  if (/\.tgz$/i.test(base)) return base.slice(0, -4) + '.tar';
  if (/\.gz$/i.test(base) && base.length > 3) return base.slice(0, -3);
  return base;
}

async function* gunzip(chunks: Chunks, owner: string, ctx: ReadContext): AsyncGenerator<Buffer> {
  const source = Readable.from(chunks, { objectMode: false });
  const z = createGunzip();
  source.on('error', (err) => z.destroy(err));
  source.pipe(z);
  let out = 0;
  try {
    for await (const c of z as AsyncIterable<Buffer>) {
      out += c.length;
      ctx.budget.countInflated(owner, c.length);
      // bytesWritten = compressed bytes zlib has actually taken in, not what is buffered ahead.
      ctx.budget.checkRatio(owner, out, z.bytesWritten);
      yield c;
    }
  } catch (err) {
    throw claim(err, owner);
  } finally {
    source.unpipe(z);
    source.destroy();
    z.destroy();
  }
}
