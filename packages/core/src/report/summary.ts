// Markdown for the job summary, built as text under a byte budget: GitHub rejects a step summary
// over 1 MiB, so whatever is added, toString() never exceeds maxBytes (UTF-8).

const encoder = new TextEncoder();
function bytes(s: string): number {
  return encoder.encode(s).length;
}

/** Cuts `s` to at most `max` UTF-8 bytes without splitting a character. */
function cutToBytes(s: string, max: number): string {
  if (bytes(s) <= max) return s;
  let out = '';
  let used = 0;
  for (const ch of s) {
    const b = bytes(ch);
    if (used + b > max) break;
    out += ch;
    used += b;
  }
  return out;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text safe inside HTML (used for `<summary>`). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Text safe inside a GFM table cell: HTML is inert, `|` cannot split the cell, backticks cannot open
 * code spans, emphasis/link characters are literal, and newlines become `<br>`.
 */
export function escapeCell(text: string): string {
  return escapeHtml(text)
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
    .replace(/([\\*_[\]~])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, '<br>');
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export interface SummaryOptions {
  /** Byte cap of the whole text. Default 1 MiB minus 16 KiB of headroom for other steps' writes. */
  maxBytes?: number;
}

export interface TableOptions {
  /** Show at most this many rows. */
  maxRows?: number;
  /** The line written when rows are left out. Default: `…and N more not shown (see the report file).` */
  moreLabel?: (hidden: number) => string;
}

const DEFAULT_MORE = (n: number) => `…and ${n} more not shown (see the report file).`;
const TRUNCATED = '\n…summary truncated (see the report file).\n';

export class SummaryBuilder {
  readonly maxBytes: number;
  private readonly parts: string[] = [];
  private used = 0;
  private dropped = false;

  constructor(options: SummaryOptions = {}) {
    this.maxBytes = Math.max(0, Math.floor(options.maxBytes ?? 1024 * 1024 - 16 * 1024));
  }

  /** Bytes available to blocks, keeping room for the final truncation notice. */
  private get budget(): number {
    return this.maxBytes - bytes(TRUNCATED) - this.used;
  }

  /** Appends a block if it fits whole; otherwise records that something was left out. */
  private push(block: string): boolean {
    const b = bytes(block);
    if (b > this.budget) {
      this.dropped = true;
      return false;
    }
    this.parts.push(block);
    this.used += b;
    return true;
  }

  /** Whether anything was left out so far. */
  get truncated(): boolean {
    return this.dropped;
  }

  heading(text: string, level = 2): this {
    const l = Math.min(6, Math.max(1, Math.floor(level)));
    this.push(`${'#'.repeat(l)} ${oneLine(text)}\n\n`);
    return this;
  }

  /** A markdown paragraph; blank lines inside are collapsed so it stays one paragraph. */
  paragraph(text: string): this {
    this.push(`${text.replace(/\n\s*\n/g, '\n').trim()}\n\n`);
    return this;
  }

  /** Markdown written as given (the caller vouches for it). Left out whole if it does not fit. */
  raw(markdown: string): this {
    this.push(markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    return this;
  }

  /** A collapsed `<details>` block; the body is markdown. */
  details(summary: string, body: string): this {
    this.push(`<details><summary>${escapeHtml(oneLine(summary))}</summary>\n\n${body.trim()}\n\n</details>\n\n`);
    return this;
  }

  /**
   * A GFM table. Rows stop when `maxRows` or the byte budget runs out; then one line says how many
   * rows were left out. Cells are escaped; short rows are padded and long rows cut to the header width.
   */
  table(headers: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): this {
    if (headers.length === 0) return this;
    const more = options.moreLabel ?? DEFAULT_MORE;
    const width = headers.length;
    const line = (cells: readonly string[]) =>
      `| ${Array.from({ length: width }, (_, i) => escapeCell(cells[i] ?? '')).join(' | ')} |\n`;
    const head = line(headers) + `|${' --- |'.repeat(width)}\n`;
    const limit = Math.max(0, Math.min(rows.length, options.maxRows ?? rows.length));
    // Room for the "more" line whatever the count turns out to be (the total count bounds its digits).
    const moreReserve = rows.length > 0 ? bytes(`\n${more(rows.length)}\n\n`) : 0;
    let body = '';
    let bodyBytes = 0;
    let shown = 0;
    const room = this.budget - bytes(head) - moreReserve - 1;
    for (; shown < limit; shown++) {
      const l = line(rows[shown]);
      const b = bytes(l);
      if (bodyBytes + b > room) break;
      body += l;
      bodyBytes += b;
    }
    const hidden = rows.length - shown;
    if (shown > 0 || rows.length === 0) {
      this.push(`${head}${body}\n`);
    }
    if (hidden > 0) {
      const note = `${oneLine(more(hidden))}\n\n`;
      this.push(note);
    }
    return this;
  }

  toString(): string {
    const text = this.parts.join('');
    if (!this.dropped) return text;
    const notice = cutToBytes(TRUNCATED, this.maxBytes - this.used);
    return text + notice;
  }
}
