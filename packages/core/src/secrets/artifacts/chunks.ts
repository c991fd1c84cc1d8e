// Small helpers over async byte-chunk iterators, so every reader streams and never buffers more
// than one entry.

export type Chunks = AsyncIterable<Buffer>;

/** Reads until at least `n` bytes (or the end) are in hand. The iterator is left positioned after them. */
export async function peek(it: AsyncIterator<Buffer>, n: number): Promise<Buffer[]> {
  const head: Buffer[] = [];
  let have = 0;
  while (have < n) {
    const r = await it.next();
    if (r.done) break;
    head.push(r.value);
    have += r.value.length;
  }
  return head;
}

/** The peeked chunks followed by the rest of the iterator. */
export async function* replay(head: Buffer[], it: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield* head;
  for (;;) {
    const r = await it.next();
    if (r.done) return;
    yield r.value;
  }
}

/**
 * An iterable over `it` that a `for await` loop cannot close: breaking out of the loop leaves the
 * iterator open, so the owner can drain it (tar needs the whole entry consumed) or close it itself.
 */
export function borrowed(it: AsyncIterator<Buffer>): Chunks {
  return { [Symbol.asyncIterator]: () => ({ next: () => it.next() }) };
}

export type Collected = { data: Buffer } | { overflow: true };

/** Concatenates `chunks` unless they exceed `max` bytes; stops reading as soon as they do. */
export async function collect(chunks: Chunks, max: number, head: Buffer[] = []): Promise<Collected> {
  const parts = [...head];
  let size = parts.reduce((s, b) => s + b.length, 0);
  if (size > max) return { overflow: true };
  for await (const c of chunks) {
    size += c.length;
    if (size > max) return { overflow: true };
    parts.push(c);
  }
  return { data: parts.length === 1 ? parts[0] : Buffer.concat(parts, size) };
}

/** Reads and discards the rest of `it`. */
export async function drain(it: AsyncIterator<Buffer>): Promise<void> {
  for (;;) {
    const r = await it.next();
    if (r.done) return;
  }
}
