// Parse `git diff --raw -z` records: modes, blob ids, status and paths of each changed file.
import type { ChangeStatus } from './measure-types.ts';

export interface RawEntry {
  oldMode: string;
  newMode: string;
  oldId: string;
  newId: string;
  status: ChangeStatus;
  /** Status letter as git wrote it (A, M, D, R, C, T, U, X). */
  letter: string;
  similarity?: number;
  /** Path at head (deletions: the deleted path). */
  path: string;
  oldPath?: string;
}

const STATUS: Record<string, ChangeStatus> = { A: 'added', M: 'modified', D: 'deleted', R: 'renamed', C: 'copied', T: 'type-changed', U: 'modified', X: 'modified' };

/** Records are `:old new oldId newId S[score]\0path\0[newpath\0]`. Paths are raw bytes decoded as UTF-8. */
export function parseRaw(out: Buffer): RawEntry[] {
  const parts = out.toString('utf8').split('\0');
  const entries: RawEntry[] = [];
  for (let i = 0; i < parts.length; i++) {
    const head = parts[i]?.replace(/^\n+/, '');
    if (!head || head[0] !== ':') continue;
    const [oldMode, newMode, oldId, newId, st] = head.slice(1).split(' ');
    const letter = st[0];
    const score = st.length > 1 ? Number(st.slice(1)) : undefined;
    if (letter === 'R' || letter === 'C') {
      const oldPath = parts[++i];
      const path = parts[++i];
      entries.push({ oldMode, newMode, oldId, newId, letter, status: STATUS[letter], similarity: score, path, oldPath });
    } else {
      const path = parts[++i];
      entries.push({ oldMode, newMode, oldId, newId, letter, status: STATUS[letter] ?? 'modified', path });
    }
  }
  return entries;
}
