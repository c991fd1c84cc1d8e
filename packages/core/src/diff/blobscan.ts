// Read added / deleted blobs through one `git cat-file --batch` and keep only what the patch size
// needs: size, line count, final newline, and git's binary test. Content is never held whole.
import { availableParallelism } from 'node:os';
import { GitError } from '../errors.ts';
import { streamGit } from '../git/stream.ts';

export interface BlobFacts {
  size: number;
  /** Lines as git counts them (an unterminated last line counts). */
  lines: number;
  endsWithNewline: boolean;
  /** A NUL in the first 8000 bytes: git's binary test (buffer_is_binary). */
  nulInHead: boolean;
}

const FIRST_FEW_BYTES = 8000;
const LF = 10;

/** Scan blobs by id; the result is keyed by the ids as given (abbreviated ids are fine). */
export async function scanBlobs(cwd: string, ids: readonly string[]): Promise<Map<string, BlobFacts>> {
  // Inflating blobs is git's bottleneck and single-threaded: two readers use a second core when there is one.
  if (ids.length < 2000 || availableParallelism() < 2) return scanShard(cwd, ids);
  const half = Math.ceil(ids.length / 2);
  const parts = await Promise.all([scanShard(cwd, ids.slice(0, half)), scanShard(cwd, ids.slice(half))]);
  return new Map([...parts[0], ...parts[1]]);
}

async function scanShard(cwd: string, ids: readonly string[]): Promise<Map<string, BlobFacts>> {
  const facts = new Map<string, BlobFacts>();
  if (ids.length === 0) return facts;
  let index = 0; // which requested id the next header answers
  let header: Buffer[] = [];
  let remaining = -1; // body bytes left for the current blob; -1 = reading a header; -2 = skipping the LF after a body
  let cur: BlobFacts = { size: 0, lines: 0, endsWithNewline: false, nulInHead: false };
  let seen = 0;

  const onData = (chunk: Buffer) => {
    let pos = 0;
    while (pos < chunk.length) {
      if (remaining === -2) {
        pos++;
        remaining = -1;
        continue;
      }
      if (remaining === -1) {
        const nl = chunk.indexOf(LF, pos);
        if (nl === -1) {
          header.push(chunk.subarray(pos));
          return;
        }
        header.push(chunk.subarray(pos, nl));
        const line = Buffer.concat(header).toString('utf8');
        header = [];
        pos = nl + 1;
        const id = ids[index++];
        const m = /^\S+ (\S+) (\d+)$/.exec(line);
        if (!m) {
          throw new GitError({
            problem: `blob ${id} is not in this clone (${line})`,
            fix: 'fetch the full objects of the range (a partial or shallow clone is missing them): use actions/checkout with fetch-depth: 0 and no filter',
          });
        }
        cur = { size: Number(m[2]), lines: 0, endsWithNewline: false, nulInHead: false };
        facts.set(id, cur);
        seen = 0;
        remaining = cur.size;
        if (remaining === 0) remaining = -2;
        continue;
      }
      const end = Math.min(chunk.length, pos + remaining);
      if (seen < FIRST_FEW_BYTES) {
        const headEnd = Math.min(end, pos + (FIRST_FEW_BYTES - seen));
        if (!cur.nulInHead && chunk.subarray(pos, headEnd).includes(0)) cur.nulInHead = true;
      }
      let n = 0;
      for (let p = chunk.indexOf(LF, pos); p !== -1 && p < end; p = chunk.indexOf(LF, p + 1)) n++;
      cur.lines += n;
      seen += end - pos;
      remaining -= end - pos;
      pos = end;
      if (remaining === 0) {
        cur.endsWithNewline = chunk[end - 1] === LF;
        if (!cur.endsWithNewline) cur.lines++;
        remaining = -2;
      }
    }
  };
  await streamGit(cwd, ['cat-file', '--batch', '--buffer'], onData, { input: ids.map((id) => id + '\n') });
  if (index !== ids.length) {
    throw new GitError({ problem: `git cat-file answered ${index} of ${ids.length} blobs`, fix: 'check the repository is not corrupt (git fsck)' });
  }
  return facts;
}

/** Sizes of many objects through one `git cat-file --batch-check`. Missing objects are left out. */
export async function blobSizes(cwd: string, ids: Iterable<string>): Promise<Map<string, number>> {
  const list = [...new Set(ids)];
  const sizes = new Map<string, number>();
  if (list.length === 0) return sizes;
  let rest = '';
  let i = 0;
  await streamGit(
    cwd,
    ['cat-file', '--batch-check=%(objectsize)', '--buffer'],
    (chunk) => {
      const lines = (rest + chunk.toString('latin1')).split('\n');
      rest = lines.pop() ?? '';
      for (const l of lines) {
        const id = list[i++];
        if (/^\d+$/.test(l)) sizes.set(id, Number(l));
      }
    },
    { input: list.map((id) => id + '\n') },
  );
  return sizes;
}
