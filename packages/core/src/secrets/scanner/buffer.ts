// Bytes -> RawMatch[]: binary sniff, a keyword prefilter on raw bytes (most files never get decoded),
// UTF-8 decode, and overlapping chunks for large inputs so memory stays bounded.
import { closeSync, fstatSync, openSync, readSync, constants as fsc } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { isAscii } from 'node:buffer';
import type { SecretRule } from '../types.ts';
import { compileRules, LINE_SLACK, newTokenRunMemo, tokenRunEndBytes, type CompiledRules } from './compile.ts';
import { scanTextPart, type TextPart } from './match.ts';
import type { RawMatch, ScanBufferOptions, ScanTextOptions } from './types.ts';

export const SNIFF_BYTES = 8192;
export const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;

/** NUL in the first 8 KB, or more than 10% control bytes (other than whitespace/ESC/FF) in the first 1 KB. */
export function isBinary(buf: Uint8Array): boolean {
  const head = buf.subarray(0, SNIFF_BYTES);
  if (head.indexOf(0) !== -1) return true; // native search; the control-byte count looks at the first 1 KB only
  const n = Math.min(head.length, 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = head[i];
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) control++;
  }
  return n > 0 && control * 10 > n;
}

export function scanBuffer(buf: Uint8Array, path: string, rules: readonly SecretRule[] | CompiledRules, opts: ScanBufferOptions = {}): RawMatch[] {
  const cr = 'matcher' in rules ? rules : compileRules(rules);
  if (!opts.binary && looksBinary(cr, buf)) return [];
  return scanSniffed(buf, path, cr, opts);
}

/** isBinary, in SIMD where WebAssembly is available (the JavaScript loop over 1 KB per file cost ~2% of a tree scan). */
function looksBinary(cr: CompiledRules, buf: Uint8Array): boolean {
  return cr.matcher.looksBinary(buf) ?? isBinary(buf);
}

/** scanBuffer once the binary sniff is done. */
function scanSniffed(buf: Uint8Array, path: string, cr: CompiledRules, opts: ScanBufferOptions): RawMatch[] {
  const chunk = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  if (buf.length <= chunk) return scanWhole(buf instanceof Buffer ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.length), path, cr, opts);
  return scanChunks((target, pos) => {
    const n = Math.max(0, Math.min(target.length, buf.length - pos));
    target.set(buf.subarray(pos, pos + n));
    return n;
  }, path, cr, opts, chunk);
}

/** Decode the whole text once hit regions cover more than this share of it. */
const WHOLE_SHARE = 0.5;

/**
 * One automaton pass over the bytes. No hit: no decode at all. Each hit is kept for the rules whose byte
 * precheck passes there. Otherwise only the regions around kept hits (each rule's reach, widened to whole
 * lines) are decoded and scanned; lines and columns are counted only for regions that yield a match.
 */
function scanWhole(b: Buffer, path: string, cr: CompiledRules, opts: ScanTextOptions): RawMatch[] {
  if (cr.everywhere.length > 0 || cr.matcher.hasNonAscii) return scanDecoded(b, path, cr, opts);
  const regions: number[] = [];
  const hits: number[] = []; // triples: rule index, start, end of keyword (see ruleHitsOfText)
  const { rules, keywordRules, keywordLength } = cr;
  const offHere = opts.isRuleOffForPath;
  let off: Uint8Array | undefined; // per rule: 0 not asked yet, 1 runs in this file, 2 off here
  const runs = newTokenRunMemo();
  cr.matcher.scanBytes(b, (k, start) => {
    const end = start + keywordLength[k];
    let reach = -1;
    for (const ri of keywordRules[k]) {
      const c = rules[ri];
      if (offHere) {
        off ??= new Uint8Array(rules.length);
        if (off[ri] === 0) off[ri] = offHere(c.rule, path) ? 2 : 1;
        if (off[ri] === 2) continue;
      }
      if (c.near !== undefined && !c.near(b, end)) continue; // this rule cannot match here
      hits.push(ri, start, end);
      if (c.window > reach) reach = c.window;
    }
    if (reach < 0) return;
    const from = Math.max(0, start - reach);
    const to = tokenRunEndBytes(b, Math.min(b.length, end + reach), runs);
    const n = regions.length;
    if (n > 0 && from <= regions[n - 1]) regions[n - 1] = Math.max(regions[n - 1], to);
    else regions.push(from, to);
  });
  if (regions.length === 0) return [];
  let covered = 0;
  for (let i = 0; i < regions.length; i += 2) covered += regions[i + 1] - regions[i];
  if (covered > b.length * WHOLE_SHARE) return scanDecoded(b, path, cr, opts, hits);
  return scanRegions(b, path, cr, opts, regions, hits);
}

// scanWhole, scanRegions and Placer are three functions on purpose: V8 recompiles a hot function each time
// a path it has not seen run runs (a file's first finding, a non-ASCII region), and those paths are rare
// and come one by one through a scan; kept apart, each such first time recompiles a small function, not
// the byte pass's caller (it had been compiled 7 times per 300 MB).

/** Decode and scan the regions around kept hits, widened to whole lines. */
function scanRegions(b: Buffer, path: string, cr: CompiledRules, opts: ScanTextOptions, regions: number[], hits: number[]): RawMatch[] {
  // Widen to whole lines (at most LINE_SLACK bytes each way, which also covers lineText's context),
  // merging regions that now touch.
  const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  const wide: number[] = [];
  for (let i = 0; i < regions.length; i += 2) {
    let a = regions[i];
    // (lastIndexOf with a negative offset counts from the end: guard a === 0)
    const back = a > 0 ? b.lastIndexOf(10, a - 1) : -1;
    a = back >= a - LINE_SLACK - 1 ? back + 1 : a - LINE_SLACK;
    a = Math.max(a, bom);
    while (a < b.length && (b[a] & 0xc0) === 0x80) a++; // never start inside a UTF-8 sequence
    let z = regions[i + 1];
    const fwd = b.indexOf(10, z);
    z = fwd !== -1 && fwd <= z + LINE_SLACK ? fwd : Math.min(b.length, z + LINE_SLACK);
    const n = wide.length;
    if (n > 0 && a <= wide[n - 1]) wide[n - 1] = Math.max(wide[n - 1], z);
    else if (z > a) wide.push(a, z);
  }
  const out: RawMatch[] = [];
  let placer: Placer | undefined;
  let h = 0;
  for (let i = 0; i < wide.length; i += 2) {
    const a = wide[i];
    const z = wide[i + 1];
    // Hits are in byte order; those of this region are reused when its bytes are ASCII (offsets agree).
    const ascii = isAscii(b.subarray(a, z));
    let regionHits: number[] | undefined;
    if (ascii) {
      regionHits = [];
      while (h < hits.length && hits[h + 1] < a) h += 3;
      for (; h < hits.length && hits[h + 1] < z; h += 3) regionHits.push(hits[h], hits[h + 1] - a, hits[h + 2] - a);
    }
    const text = b.toString(ascii ? 'latin1' : 'utf8', a, z);
    const part: TextPart = { ownFrom: 0, ownTo: text.length, line0: 1, col0: 1, openEnd: z < b.length };
    const found = scanTextPart(text, path, cr, opts, part, regionHits);
    if (part.truncated) return scanDecoded(b, path, cr, opts); // a token longer than the region: decode it all
    if (found.length > 0) (placer ??= new Placer(b, bom)).place(found, a, out);
  }
  return out;
}

/**
 * A plain loop: one native indexOf call per line cost more. On its own because V8 compiles a long loop
 * while it runs (OSR) and code after it that had not run yet then deoptimized: 45 times per scan when
 * this loop sat in Placer.place.
 */
function countNewlines(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let p = from; p < to; p++) if (b[p] === 10) n++;
  return n;
}

/** Moves a region's matches from region lines and columns to file ones, regions in file order. */
class Placer {
  private readonly b: Buffer;
  private readonly bom: number;
  private line = 1; // line number at byte `linePos`
  private linePos = 0;
  private colLs = -1; // line start, byte offset and column of the last region located (long lines: no re-decode)
  private colAt = 0;
  private colVal = 1;

  constructor(b: Buffer, bom: number) {
    this.b = b;
    this.bom = bom;
  }

  place(found: readonly RawMatch[], a: number, out: RawMatch[]): void {
    const b = this.b;
    // Locate the region in the file: its first line, and the column of its first byte.
    const line = (this.line += countNewlines(b, this.linePos, a));
    this.linePos = a;
    const ls = Math.max(this.bom, a > 0 ? b.lastIndexOf(10, a - 1) + 1 : 0);
    let col0 = 1;
    if (ls !== a) col0 = ls === this.colLs ? this.colVal + b.toString('utf8', this.colAt, a).length : b.toString('utf8', ls, a).length + 1;
    this.colLs = ls;
    this.colAt = a;
    this.colVal = col0;
    for (const m of found) {
      if (m.line === 1) m.column += col0 - 1;
      if (m.endLine === 1) m.endColumn += col0 - 1;
      m.line += line - 1;
      m.endLine += line - 1;
      out.push(m);
    }
  }
}

/** Decode it all. `hits` (rule hits over the bytes) are reused when the bytes are ASCII, so offsets agree. */
function scanDecoded(b: Buffer, path: string, cr: CompiledRules, opts: ScanTextOptions, hits?: number[]): RawMatch[] {
  if (hits && isAscii(b)) {
    const text = b.toString('latin1');
    return scanTextPart(text, path, cr, opts, { ownFrom: 0, ownTo: text.length, line0: 1, col0: 1 }, hits);
  }
  let text = b.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return scanTextPart(text, path, cr, opts, { ownFrom: 0, ownTo: text.length, line0: 1, col0: 1 });
}

/**
 * Scan a byte source in chunks of ~`chunkBytes`. Each text part carries `overlap` characters of context
 * on both sides; a match belongs to the part whose owned range holds the secret's first character,
 * so a secret across a chunk boundary is reported exactly once.
 */
export function scanChunks(
  read: (target: Buffer, position: number) => number,
  path: string,
  cr: CompiledRules,
  opts: ScanTextOptions,
  chunkBytes: number,
): RawMatch[] {
  const overlap = cr.maxReach * 2;
  const decoder = new StringDecoder('utf8');
  const block = Buffer.allocUnsafe(Math.max(chunkBytes, 4096));
  const out: RawMatch[] = [];
  let pending = '';
  let ctx = 0; // leading chars of `pending` owned by the previous part (context only)
  let line0 = 1;
  let col0 = 1;
  let pos = 0;
  let first = true;
  for (;;) {
    const n = read(block, pos);
    pos += n;
    const eof = n === 0;
    let s = eof ? decoder.end() : decoder.write(block.subarray(0, n));
    if (first && s.length > 0) {
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      first = false;
    }
    pending += s;
    if (!eof && pending.length - ctx < overlap * 2) continue;
    const ownTo = eof ? pending.length : pending.length - overlap;
    for (const m of scanTextPart(pending, path, cr, opts, { ownFrom: ctx, ownTo, line0, col0 })) out.push(m);
    if (eof) break;
    const keep = ownTo - overlap;
    // Move line0/col0 to the new start of `pending`.
    let nl = 0;
    let lastNl = -1;
    for (let p = pending.indexOf('\n'); p !== -1 && p < keep; p = pending.indexOf('\n', p + 1)) {
      nl++;
      lastNl = p;
    }
    if (nl === 0) col0 += keep;
    else col0 = keep - lastNl;
    line0 += nl;
    pending = pending.slice(keep);
    ctx = ownTo - keep;
  }
  return out;
}

// One read buffer per thread, grown on demand: small files do not each allocate (less GC). Growing keeps
// the bytes read so far.
let scratchBuf = Buffer.allocUnsafe(0);
function scratch(size: number): Buffer {
  if (scratchBuf.length < size) {
    const grown = Buffer.allocUnsafe(Math.max(size, 1 << 20));
    scratchBuf.copy(grown, 0, 0, Math.min(scratchBuf.length, FIRST_READ));
    scratchBuf = grown;
  }
  return scratchBuf.subarray(0, size);
}

export interface FileScanResult {
  matches: RawMatch[];
  /** Set when the file was not scanned: binary, unreadable, not a regular file any more. */
  skipped?: string;
  bytes: number;
}

const OPEN_FLAGS = fsc.O_RDONLY | fsc.O_NOFOLLOW | fsc.O_NONBLOCK;
/**
 * O_NOATIME (Linux) where the process may use it (it owns the files, or is root): reading a freshly checked
 * out file otherwise writes its access time (relatime updates it once after a change), which cost ~0.8 µs
 * of kernel time per file on the first scan of a checkout, and a scan should not touch the files it reads.
 * Anywhere else EPERM (or no such flag): plain reads from then on.
 */
let noAtime = fsc.O_NOATIME ?? 0;

function openFile(path: string): number {
  if (noAtime !== 0) {
    try {
      return openSync(path, OPEN_FLAGS | noAtime);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
      noAtime = 0;
    }
  }
  return openSync(path, OPEN_FLAGS);
}

/** Files are first read into this much; a file that fits is never fstat-ed (see scanFile). */
const FIRST_READ = 1 << 20;

/**
 * Read and scan one file. Opened with O_NOFOLLOW|O_NONBLOCK, so a file swapped for a symlink or FIFO after
 * the walk is neither followed nor blocks the scan. One read first: a read that does not fill the buffer
 * has reached the end of a regular file (Linux returns short reads of regular files only at the end), so
 * most files cost open, read and close, not a fourth fstat call (83k files: 0.15 s of CPU). Only a file
 * that fills it is fstat-ed: its size for the rest, and a device (an endless stream) is skipped.
 */
export function scanFile(absPath: string, path: string, rules: readonly SecretRule[] | CompiledRules, opts: ScanBufferOptions = {}): FileScanResult {
  const cr = 'matcher' in rules ? rules : compileRules(rules);
  let fd: number;
  try {
    fd = openFile(absPath);
  } catch (e) {
    return { matches: [], skipped: `cannot open: ${(e as NodeJS.ErrnoException).code ?? 'error'}`, bytes: 0 };
  }
  try {
    // Read straight into the keyword automaton's WebAssembly memory where there is one: the byte pass and
    // the binary sniff then run where the bytes lie, without copying each file once more.
    const first = cr.matcher.inputView(FIRST_READ) ?? scratch(FIRST_READ);
    const n0 = readSync(fd, first, 0, FIRST_READ, 0);
    if (n0 < FIRST_READ) {
      const data = first.subarray(0, n0);
      if (!opts.binary && looksBinary(cr, data)) return { matches: [], skipped: 'binary', bytes: n0 };
      return { matches: scanSniffed(data, path, cr, opts), bytes: n0 };
    }
    const st = fstatSync(fd);
    if (!st.isFile()) return { matches: [], skipped: 'not a regular file', bytes: 0 };
    const chunk = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
    if (st.size <= chunk) {
      const buf = scratch(st.size); // keeps the bytes already read: the scratch buffer only grows, by copy
      if (first.buffer !== buf.buffer) buf.set(first.subarray(0, Math.min(n0, st.size))); // read elsewhere (inputView)
      let got = Math.min(n0, st.size);
      while (got < st.size) {
        const n = readSync(fd, buf, got, st.size - got, got);
        if (n === 0) break;
        got += n;
      }
      const data = buf.subarray(0, got);
      if (!opts.binary && looksBinary(cr, data)) return { matches: [], skipped: 'binary', bytes: got };
      return { matches: scanSniffed(data, path, cr, opts), bytes: got };
    }
    if (!opts.binary && looksBinary(cr, first.subarray(0, SNIFF_BYTES))) return { matches: [], skipped: 'binary', bytes: st.size };
    const matches = scanChunks((target, position) => readSync(fd, target, 0, target.length, position), path, cr, opts, chunk);
    return { matches, bytes: st.size };
  } catch (e) {
    return { matches: [], skipped: `cannot read: ${(e as NodeJS.ErrnoException).code ?? 'error'}`, bytes: 0 };
  } finally {
    closeSync(fd);
  }
}
