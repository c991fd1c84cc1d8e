// The exact bytes `git diff --patch` writes for a whole-file addition or deletion, computed from the
// blob's facts instead of asking git to diff it (git's slowest path). Mirrors diff.c / quote.c of
// git 2.x with the configuration pinned in git/stream.ts; the tests compare against real git output.
import type { BlobFacts } from './blobscan.ts';

/** git's quote_c_style with core.quotePath=true: returns the byte length of the (maybe quoted) name. */
export function quotedLength(name: Buffer): number {
  let extra = 0;
  let quote = false;
  for (const c of name) {
    if (c === 0x22 || c === 0x5c || (c >= 7 && c <= 13)) {
      extra += 1; // \" \\ \a \b \t \n \v \f \r
      quote = true;
    } else if (c < 0x20 || c >= 0x7f) {
      extra += 3; // \ooo
      quote = true;
    }
  }
  return quote ? name.length + extra + 2 : name.length;
}

/** Printable ASCII other than `"` and `\`: never quoted, one byte per character. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function label(prefix: string, path: string): { len: number; space: boolean } {
  const name = prefix + path;
  return { len: PLAIN.test(name) ? name.length : quotedLength(Buffer.from(name, 'utf8')), space: path.includes(' ') };
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}

export interface WholeFile {
  path: string;
  /** 'add' or 'delete'. */
  side: 'add' | 'delete';
  /** Octal mode string of the existing side, e.g. 100644. */
  mode: string;
  /** Abbreviated ids as in the patch's index line (from `--raw` with default abbrev). */
  oldAbbrev: string;
  newAbbrev: string;
  facts: BlobFacts;
  binary: boolean;
}

/** Bytes of the patch section for a file that is wholly added or deleted. */
export function wholeFilePatchBytes(f: WholeFile): number {
  const a = label('a/', f.path);
  const b = label('b/', f.path);
  let n = `diff --git `.length + a.len + 1 + b.len + 1;
  n += `${f.side === 'add' ? 'new' : 'deleted'} file mode ${f.mode}\n`.length;
  n += `index ${f.oldAbbrev}..${f.newAbbrev}\n`.length;
  if (f.facts.size === 0) return n; // empty file: header only
  const dev = '/dev/null'.length;
  const left = f.side === 'add' ? dev : a.len;
  const right = f.side === 'add' ? b.len : dev;
  if (f.binary) return n + `Binary files  and  differ\n`.length + left + right;
  const space = f.side === 'add' ? b.space : a.space;
  n += `--- \n`.length + left + (f.side === 'delete' && space ? 1 : 0);
  n += `+++ \n`.length + right + (f.side === 'add' && space ? 1 : 0);
  const lines = f.facts.lines;
  n += (f.side === 'add' ? `@@ -0,0 +${range(1, lines)} @@\n` : `@@ -${range(1, lines)} +0,0 @@\n`).length;
  n += f.facts.size + lines; // each line gets a '+' / '-'
  if (!f.facts.endsWithNewline) n += 1 + `\\ No newline at end of file\n`.length;
  return n;
}
