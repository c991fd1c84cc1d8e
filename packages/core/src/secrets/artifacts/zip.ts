// zip / jar / war / apk through yauzl: random access via the central directory, one entry streamed at a time.
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import type { Readable } from 'node:stream';
import type { ArtifactEntry } from './types.ts';
import type { ReadContext } from './context.ts';
import { borrowed } from './chunks.ts';
import { entryPath, tooLarge } from './context.ts';
import { LimitTrip, claim } from './limits.ts';

// decodeStrings off: yauzl would reject the whole archive on a `../` name; we only ever use names
// for display, so we decode them ourselves and keep reading.
const OPTIONS = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true, strictFileNames: false } as const;

// Zips read from a file descriptor; a buffer-backed zip has nothing to close.
const onDisk = new WeakSet<ZipFile>();

export async function openZipFile(absPath: string): Promise<ZipFile> {
  const zip = await yauzl.openPromise(absPath, OPTIONS);
  onDisk.add(zip);
  return zip;
}

export function openZipBuffer(buf: Buffer): Promise<ZipFile> {
  return yauzl.fromBufferPromise(buf, OPTIONS);
}

export async function* readZip(open: () => Promise<ZipFile>, path: string, depth: number, ctx: ReadContext): AsyncGenerator<ArtifactEntry> {
  const { budget } = ctx;
  const { limits } = budget;
  let zip: ZipFile | undefined;
  try {
    zip = await open();
    zip.on('error', () => {}); // errors reach us through eachEntry(); never let one crash the process
    if (zip.entryCount > limits.maxEntries - budget.entries) {
      throw new LimitTrip('too-many-entries', path, `declares ${zip.entryCount} entries (limit ${limits.maxEntries})`, true);
    }
    for await (const entry of zip.eachEntry()) {
      budget.countEntry(path);
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
      if (name.endsWith('/')) continue; // directory
      const ep = entryPath(path, name);
      if (entry.isEncrypted()) {
        yield { path: ep, problem: 'encrypted', detail: 'encrypted entry was not scanned' };
        continue;
      }
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        yield { path: ep, problem: 'corrupt', detail: `unsupported compression method ${entry.compressionMethod} was not scanned` };
        continue;
      }
      // Declared sizes first (cheap); yauzl then checks the real output against them.
      budget.checkRatio(path, entry.uncompressedSize, entry.compressedSize);
      if (budget.inflated + entry.uncompressedSize > limits.maxTotalBytes) {
        throw new LimitTrip('too-large', path, `declares more than ${limits.maxTotalBytes} bytes in total`, true);
      }
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        yield tooLarge(ep, limits.maxEntryBytes);
        continue;
      }
      const it = counted(await zip.openReadStreamPromise(entry), entry, path, ctx);
      try {
        yield* ctx.child(ep, borrowed(it), depth);
      } finally {
        await it.return(undefined);
      }
      if (budget.exhausted) return;
    }
  } catch (err) {
    throw claim(err, path);
  } finally {
    if (zip) await closeZip(zip);
  }
}

/** Closes the zip and waits (briefly) until yauzl has really closed its file descriptor. */
async function closeZip(zip: ZipFile): Promise<void> {
  if (!onDisk.has(zip)) {
    zip.close();
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const closed = new Promise<void>((done) => {
    zip.once('close', done);
    timer = setTimeout(done, 1000); // a stream still holding a reference closes it later by itself
  });
  zip.close();
  await closed;
  clearTimeout(timer);
}

/** An entry's inflated bytes, counted against the budget as they stream out of zlib. */
async function* counted(stream: Readable, entry: Entry, owner: string, ctx: ReadContext): AsyncGenerator<Buffer> {
  let out = 0;
  try {
    for await (const c of stream as AsyncIterable<Buffer>) {
      out += c.length;
      ctx.budget.countInflated(owner, c.length);
      ctx.budget.checkRatio(owner, out, entry.compressedSize);
      yield c;
    }
  } catch (err) {
    // yauzl stops an entry that inflates past its declared size: a header that lies is a bomb's trick.
    if (err instanceof Error && /too many bytes/.test(err.message)) {
      throw new LimitTrip('bomb', owner, `an entry inflates past its declared size (${entry.uncompressedSize} bytes)`, false);
    }
    throw claim(err, owner);
  } finally {
    stream.destroy();
  }
}
