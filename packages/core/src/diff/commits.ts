// Commits of the range: count and dates (cheap, all of them) and per-commit sizes (the newest 50).
import type { CommitSize } from './measure-types.ts';
import { gitBuffer } from '../git/stream.ts';
import { parseRaw } from './raw.ts';
import { blobSizes } from './blobscan.ts';

export interface CommitFacts {
  count: number;
  commits: CommitSize[];
  /** Earliest author date in the range. */
  firstCommitDate?: string;
  /** Latest committer date in the range. */
  lastCommitDate?: string;
  /** One commit whose sizes equal the whole change's: the caller fills them in (saves a second pass). */
  sizesFromTotals?: boolean;
}

export const MAX_COMMITS = 50;

export async function readCommits(cwd: string, revArgs: readonly string[], max = MAX_COMMITS): Promise<CommitFacts> {
  const list = (await gitBuffer(cwd, ['log', '--format=%aI%x02%cI', ...revArgs, '--'])).toString('utf8').split('\n').filter(Boolean);
  let first: string | undefined;
  let last: string | undefined;
  for (const l of list) {
    const [a, c] = l.split('\x02');
    if (!first || Date.parse(a) < Date.parse(first)) first = a;
    if (!last || Date.parse(c) > Date.parse(last)) last = c;
  }
  if (list.length === 0) return { count: 0, commits: [] };
  const single = list.length === 1;

  const out = await gitBuffer(cwd, [
    'log', `-n${max}`, '--diff-merges=first-parent', '--no-renames', '--raw', '--no-abbrev', '-z',
    '--format=%x01%H%x02%aI%x02%cI%x02%s%x02', ...(single ? ['--no-patch'] : []), ...revArgs, '--',
  ]);
  const parsed = out
    .toString('utf8')
    .split('\x01')
    .filter(Boolean)
    .map((rec) => {
      const [sha, authorDate, commitDate, subject, rest] = rec.split('\x02');
      return { sha, authorDate, commitDate, subject, entries: parseRaw(Buffer.from(rest ?? '', 'utf8')) };
    });
  const wanted = parsed.flatMap((c) => c.entries.filter((e) => e.status !== 'deleted' && e.newMode !== '160000').map((e) => e.newId));
  const sizes = await blobSizes(cwd, wanted);
  const commits: CommitSize[] = parsed.map((c) => ({
    sha: c.sha,
    authorDate: c.authorDate,
    commitDate: c.commitDate,
    subject: c.subject,
    filesChanged: c.entries.length,
    blobBytesAdded: c.entries.reduce((n, e) => n + (e.status === 'deleted' ? 0 : (sizes.get(e.newId) ?? 0)), 0),
  }));
  return { count: list.length, commits, firstCommitDate: first, lastCommitDate: last, sizesFromTotals: single };
}
