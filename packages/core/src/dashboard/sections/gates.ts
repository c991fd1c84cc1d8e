// "Gate decisions": every oauth-signature-gate decision, newest first, closed ones in red.
import type { GateDecision } from '../aggregate/gates.ts';
import { escapeHtml } from '../escape.ts';
import { section, table } from '../html.ts';
import { shortTime } from '../runs.ts';

export function gatesSection(decisions: readonly GateDecision[]): string {
  if (!decisions.length) return section('gates', 'Gate decisions (oauth-signature-gate)', null, 'No oauth-signature-gate reports given (--reports).');
  const closed = decisions.filter((d) => !d.passed).length;
  const rows = [...decisions].reverse();
  const list = table(
    'gates-table',
    ['Run', 'Time', 'Decision', 'Reason', 'Approved by', 'Polls', 'Artifact digest'],
    rows.map((d) => [d.run.label, shortTime(d.time), d.passed ? { text: 'open', cls: 'good' } : { text: 'closed', cls: 'bad' }, d.reason, d.approvedBy, d.polls, d.digest]),
  );
  return section('gates', 'Gate decisions (oauth-signature-gate)', `<p>${escapeHtml(`${decisions.length} decision(s): ${decisions.length - closed} open, ${closed} closed.`)}</p>\n${list}`, '');
}
