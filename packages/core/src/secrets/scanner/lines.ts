// Offset -> (line, column) through a newline index built once per text, on demand.
export class LineIndex {
  private readonly starts: number[];
  constructor(text: string) {
    const starts = [0];
    for (let p = text.indexOf('\n'); p !== -1; p = text.indexOf('\n', p + 1)) starts.push(p + 1);
    this.starts = starts;
  }
  /** 0-based line number of `offset`. */
  lineOf(offset: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  lineStart(line: number): number {
    return this.starts[line];
  }
  /** End of the line's content: before `\n`, and before a `\r` that precedes it. */
  lineEnd(text: string, line: number): number {
    let end = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : text.length;
    if (end > this.starts[line] && text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
  get count(): number {
    return this.starts.length;
  }
}
