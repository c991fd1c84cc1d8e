// Streaming parser for `git log -p -U0` / `git diff -U0` output: collects the ADDED lines of each
// (commit, file) with their line numbers in the new file. Never holds more than one file's added lines.

/** Starts each commit header line in our --format; a control byte cannot begin a diff line. */
export const COMMIT_MARK = '\x01BHC\x01';
export const COMMIT_FORMAT = `--format=${COMMIT_MARK}%H%x00%aI%x00%an`;

export interface CommitInfo {
  sha: string;
  date: string;
  author: string;
}

export interface AddedFile {
  commit: CommitInfo | undefined;
  path: string;
  /** Added lines (without the leading `+`), in diff order. */
  lines: string[];
  /** lineNumbers[i] = 1-based line of lines[i] in the new file. */
  lineNumbers: number[];
}

export class AddedLinesParser {
  private rest = '';
  private commit: CommitInfo | undefined;
  private path: string | undefined;
  private binary = false;
  private inHunk = false;
  private next = 0;
  private lines: string[] = [];
  private nums: number[] = [];
  private readonly onFile: (f: AddedFile) => void;
  /** Commits seen, and files skipped as binary. */
  commits = 0;
  binaryFiles = 0;

  constructor(onFile: (f: AddedFile) => void) {
    this.onFile = onFile;
  }

  write(chunk: string): void {
    const data = this.rest ? this.rest + chunk : chunk;
    let start = 0;
    for (let nl = data.indexOf('\n'); nl !== -1; nl = data.indexOf('\n', start)) {
      this.line(data, start, nl);
      start = nl + 1;
    }
    this.rest = data.slice(start);
  }

  end(): void {
    if (this.rest) this.line(this.rest, 0, this.rest.length);
    this.rest = '';
    this.flush();
  }

  /** One line, data[start, end): only added lines and headers are sliced out (most lines are skipped by their first char). */
  private line(data: string, start: number, end: number): void {
    const c = data.charCodeAt(start);
    if (this.inHunk) {
      if (c === 43 /* + */) {
        this.lines.push(data.slice(start + 1, end));
        this.nums.push(this.next++);
        return;
      }
      if (c === 45 /* - */ || c === 92 /* \ */ || c === 32 /* space */) return;
      if (c === 64 /* @ */) return this.hunk(data.slice(start, end));
      // anything else ends the file's hunks
    }
    if (c === 1 && data.startsWith(COMMIT_MARK, start)) {
      this.flush();
      const [sha, date, author] = data.slice(start + COMMIT_MARK.length, end).split('\0');
      this.commit = { sha, date, author: author ?? '' };
      this.commits++;
    } else if (c === 100 /* d */ && (data.startsWith('diff --git ', start) || data.startsWith('diff --cc ', start) || data.startsWith('diff --combined ', start))) {
      this.flush();
      this.path = undefined;
      this.binary = false;
    } else if (c === 43 && data.startsWith('+++ ', start)) {
      const p = data.slice(start + 4, end);
      this.path = p === '/dev/null' ? undefined : unquote(p).replace(/^b\//, '');
    } else if ((c === 66 && data.startsWith('Binary files ', start)) || (c === 71 && data.startsWith('GIT binary patch', start))) {
      this.binary = true;
      this.binaryFiles++;
    } else if (c === 64 && data.startsWith('@@', start)) {
      this.hunk(data.slice(start, end));
    }
  }

  private hunk(l: string): void {
    const m = /^@@+ (?:-\d+(?:,\d+)? )+\+(\d+)/.exec(l);
    this.next = m ? Number(m[1]) : 1;
    this.inHunk = true;
  }

  private flush(): void {
    if (this.path !== undefined && !this.binary && this.lines.length > 0) {
      this.onFile({ commit: this.commit, path: this.path, lines: this.lines, lineNumbers: this.nums });
    }
    this.lines = [];
    this.nums = [];
    this.inHunk = false;
  }
}

/** git's C-style quoting of unusual paths (`"a\tb"`, octal escapes for bytes). */
function unquote(p: string): string {
  if (!p.startsWith('"') || !p.endsWith('"')) return p;
  const bytes: number[] = [];
  const body = p.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      for (const b of Buffer.from(ch)) bytes.push(b);
      continue;
    }
    const n = body[++i];
    if (n >= '0' && n <= '7') {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(simple[n] ?? n.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}
