// Builds archives at test time: zips with yazl, tars with tar-stream, gzip with zlib, plus a tiny raw
// zip writer for what a well-behaved writer refuses to make (bombs, lying sizes, encrypted flags).
import yazl from 'yazl';
import tarStream from 'tar-stream';
import { crc32, constants, deflateRawSync, gzipSync } from 'node:zlib';

export interface ZipItem {
  name: string;
  data: Buffer | string;
  /** Default true (deflate). */
  compress?: boolean;
}

export async function makeZip(items: readonly ZipItem[], dirs: readonly string[] = []): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const d of dirs) zip.addEmptyDirectory(d);
  for (const it of items) zip.addBuffer(Buffer.from(it.data), it.name, { compress: it.compress ?? true });
  zip.end();
  const parts: Buffer[] = [];
  for await (const c of zip.outputStream as AsyncIterable<Buffer>) parts.push(c);
  return Buffer.concat(parts);
}

export interface TarItem {
  name: string;
  data?: Buffer | string;
  type?: 'file' | 'directory' | 'symlink';
  linkname?: string;
}

export async function makeTar(items: readonly TarItem[]): Promise<Buffer> {
  const pack = tarStream.pack();
  const done = (async () => {
    const parts: Buffer[] = [];
    for await (const c of pack as AsyncIterable<Buffer>) parts.push(c);
    return Buffer.concat(parts);
  })();
  for (const it of items) {
    const type = it.type ?? 'file';
    if (type === 'file') pack.entry({ name: it.name, type }, Buffer.from(it.data ?? ''));
    else pack.entry({ name: it.name, type, linkname: it.linkname });
  }
  pack.finalize();
  return done;
}

export function gzip(buf: Buffer): Buffer {
  return gzipSync(buf);
}

/** `copies` gzip members of `chunk` zero bytes each: gunzip yields copies×chunk bytes; the trailer claims one chunk. */
export function gzipBomb(copies: number, chunk = 1 << 20): Buffer {
  const member = gzipSync(Buffer.alloc(chunk), { level: 9 });
  return Buffer.concat(Array.from({ length: copies }, () => member));
}

export interface RawZipEntry {
  name: string | Buffer;
  method: 0 | 8 | number;
  data: Buffer;
  crc: number;
  /** Declared sizes; default = the honest ones. */
  compressedSize?: number;
  uncompressedSize: number;
  flags?: number;
}

/** A zip written byte by byte (no zip64): local headers, central directory, end record. */
export function rawZip(entries: readonly RawZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const csize = e.compressedSize ?? e.data.length;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(e.flags ?? 0, 6);
    lh.writeUInt16LE(e.method, 8);
    lh.writeUInt16LE(0, 10);
    lh.writeUInt16LE(0x21, 12);
    lh.writeUInt32LE(e.crc >>> 0, 14);
    lh.writeUInt32LE(csize, 18);
    lh.writeUInt32LE(e.uncompressedSize, 22);
    lh.writeUInt16LE(name.length, 26);
    lh.writeUInt16LE(0, 28);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(e.flags ?? 0, 8);
    ch.writeUInt16LE(e.method, 10);
    ch.writeUInt16LE(0, 12);
    ch.writeUInt16LE(0x21, 14);
    ch.writeUInt32LE(e.crc >>> 0, 16);
    ch.writeUInt32LE(csize, 20);
    ch.writeUInt32LE(e.uncompressedSize, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, e.data);
    centrals.push(ch, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/**
 * A raw deflate stream of `mib` MiB of zeros, about 1 KiB per MiB: one full-flushed block (which
 * references nothing before it) repeated, then an empty final block. Nothing of that size is ever
 * held in memory or written to disk.
 */
export function zerosDeflate(mib: number): { data: Buffer; crc: number; size: number } {
  const zero = Buffer.alloc(1 << 20);
  const block = deflateRawSync(zero, { finishFlush: constants.Z_FULL_FLUSH });
  const final = deflateRawSync(Buffer.alloc(0));
  let crc = 0;
  for (let i = 0; i < mib; i++) crc = crc32(zero, crc);
  return { data: Buffer.concat([...Array.from({ length: mib }, () => block), final]), crc, size: mib * (1 << 20) };
}

/** A zip whose single entry inflates to `mib` MiB of zeros; `declare` overrides the declared size (a lying header). */
export function zipBomb(mib: number, declare?: number): Buffer {
  const z = zerosDeflate(mib);
  return rawZip([{ name: 'zeros.bin', method: 8, data: z.data, crc: z.crc, uncompressedSize: declare ?? z.size }]);
}
