// "Double-write verifications": per write or restore, how many stores' copies were read back and matched.
import type { Verification } from '../aggregate/double-write.ts';
import { escapeHtml } from '../escape.ts';
import { section, table } from '../html.ts';
import { shortTime } from '../runs.ts';

export function doubleWriteSection(list: readonly Verification[]): string {
  if (!list.length) return section('double-write', 'Double-write verifications', null, 'No double-write reports given (--reports).');
  const failed = list.filter((v) => v.failed).length;
  const rows = [...list].reverse().map((v) => [
    v.run.label,
    shortTime(v.time),
    v.mode,
    v.files,
    v.bytes,
    `${v.verified} of ${v.stores.length}`,
    v.stores.map((s) => `${s.role}: ${s.status}`).join(', '),
    v.problems,
    v.failed ? { text: 'failed', cls: 'bad' } : { text: 'verified', cls: 'good' },
  ]);
  const t = table('double-write-table', ['Run', 'Time', 'Mode', 'Files', 'Bytes', 'Stores verified', 'Stores', 'Problems', 'Result'], rows);
  return section('double-write', 'Double-write verifications', `<p>${escapeHtml(`${list.length} write/restore report(s): ${list.length - failed} verified, ${failed} failed.`)}</p>\n${t}`, '');
}
