// Stream `git diff --patch` for the files git must really diff (modified, renamed, type-changed)
// and split it into per-file sections: bytes, added / deleted lines, binary. Nothing is kept.

export interface PatchSection {
  bytes: number;
  added: number;
  deleted: number;
  binary: boolean;
}

const LF = 10;
const DIFF_GIT = Buffer.from('diff --git ');

/** Incremental parser: feed chunks, then call end(). */
export class PatchScanner {
  readonly sections: PatchSection[] = [];
  /** Bytes before the first section (none in practice). */
  preamble = 0;
  private cur: PatchSection | undefined;
  private inHunks = false;
  private partial: Buffer[] = [];
  private partialLen = 0;

  push(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(LF, pos);
      const end = nl === -1 ? chunk.length : nl + 1;
      if (this.partialLen > 0 || nl === -1) {
        // A line split across chunks: only its first bytes matter for classifying it.
        if (this.partialLen < 16) this.partial.push(chunk.subarray(pos, Math.min(end, pos + 16)));
        this.partialLen += end - pos;
        if (nl === -1) return;
        const startBytes = Buffer.concat(this.partial);
        this.line(startBytes, 0, this.partialLen);
        this.partial = [];
        this.partialLen = 0;
      } else {
        this.line(chunk, pos, end - pos);
      }
      pos = end;
    }
  }

  end(): PatchSection[] {
    if (this.partialLen > 0) this.line(Buffer.concat(this.partial), 0, this.partialLen);
    this.partial = [];
    this.partialLen = 0;
    return this.sections;
  }

  /** `buf[start..]` holds at least the line's first bytes; `len` is its full length incl. LF. */
  private line(buf: Buffer, start: number, len: number): void {
    const c = buf[start];
    if (c === 0x64 /* d */ && len > DIFF_GIT.length && buf.length - start >= DIFF_GIT.length && buf.compare(DIFF_GIT, 0, DIFF_GIT.length, start, start + DIFF_GIT.length) === 0) {
      this.cur = { bytes: 0, added: 0, deleted: 0, binary: false };
      this.sections.push(this.cur);
      this.inHunks = false;
    }
    const cur = this.cur;
    if (!cur) {
      this.preamble += len;
      return;
    }
    cur.bytes += len;
    if (this.inHunks) {
      if (c === 0x2b /* + */) cur.added++;
      else if (c === 0x2d /* - */) cur.deleted++;
    } else if (c === 0x40 /* @ */ && buf[start + 1] === 0x40) {
      this.inHunks = true;
    } else if (c === 0x42 /* B */ && buf.toString('latin1', start, start + 13) === 'Binary files ') {
      cur.binary = true;
    } else if (c === 0x47 /* G */ && buf.toString('latin1', start, start + 16) === 'GIT binary patch') {
      cur.binary = true;
    }
  }
}
