// ai-provenance: commits of the change marked as written by a coding agent (trailers, footers, author), the
// files they touched, and files of the change carrying an in-file marker. Each becomes a low finding (a SARIF
// note tagged ai-generated); the policy part (a required PR label) is a high one.
import { describeTarget } from '../git/describe.ts';
import { git, runGit } from '../git/exec.ts';
import { revListArgs } from '../git/availability.ts';
import type { EventContext, ScanTarget } from '../git/types.ts';
import type { Finding } from '../report/types.ts';
import { compileMarkers } from './ai-markers.ts';
import { headOf } from './change.ts';
import { policyFinding } from './finding.ts';
import type { AiCommit, AiProvenanceSummary, CheckOutcome } from './types.ts';
import type { GitHubApi } from './github.ts';
import { checkReviewerTeam } from './review-policy.ts';

export interface AiProvenanceInput {
  cwd: string;
  target: ScanTarget;
  event: EventContext;
  markers: readonly string[];
  fileMarkers: readonly string[];
  label?: string;
  /** `org/team-slug` that must review AI-marked pull requests (through the API). */
  reviewerTeam?: string;
  api?: GitHubApi;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

function nulList(text: string): string[] {
  return text.split('\0').filter(Boolean);
}

/** Commits of the change, each with the marker that flags it (if any). */
async function markedCommits(cwd: string, rev: readonly string[], markers: readonly string[]): Promise<{ all: number; marked: AiCommit[] }> {
  const set = compileMarkers(markers);
  // %x1e ends a record, %x1f separates fields: neither appears in a commit message git accepts from us.
  const out = await git(cwd, ['log', '--format=%H%x1f%an <%ae>%x1f%B%x1e', ...rev, '--']);
  const records = out.split('\x1e').map((r) => r.replace(/^\n/, '')).filter(Boolean);
  const marked: AiCommit[] = [];
  for (const r of records) {
    const [sha, author, body = ''] = r.split('\x1f');
    const marker = set.match(author) ?? body.split('\n').map((l) => set.match(l)).find(Boolean);
    if (marker) marked.push({ sha, marker });
  }
  return { all: records.length, marked: marked.reverse() };
}

export async function checkAiProvenance(input: AiProvenanceInput): Promise<CheckOutcome & { summary: AiProvenanceSummary }> {
  const { cwd, target } = input;
  const findings: Finding[] = [];
  const notes: string[] = [];
  const rev = revListArgs(target);
  const range = describeTarget(target);
  if (!rev) {
    notes.push(`ai-provenance: ${range}`);
    return { findings, notes, summary: { range, commits: 0, aiCommits: [], files: [] } };
  }
  const head = headOf(target);
  const atHead = new Set(nulList(await git(cwd, ['ls-tree', '-r', '-z', '--name-only', head])));
  const { all, marked } = await markedCommits(cwd, rev, input.markers);

  const byFile = new Map<string, AiCommit>();
  for (const c of marked) {
    const touched = nulList(await git(cwd, ['diff-tree', '--root', '--no-commit-id', '-r', '-z', '--name-only', c.sha]));
    for (const p of touched) if (atHead.has(p) && !byFile.has(p)) byFile.set(p, c);
  }
  for (const [path, c] of byFile) {
    findings.push(policyFinding('ai-provenance/ai-commit', `${path}\0${c.sha}`, `${path} was changed by commit ${c.sha.slice(0, 12)}, marked as AI-generated ('${c.marker}')`, { path, line: 1, commit: c.sha }, { marker: c.marker }));
  }

  // In-file markers in the files the change touched, as they are at head.
  const changed = new Set(nulList(await git(cwd, ['log', '--format=', '--name-only', '-z', ...rev, '--'])).filter((p) => atHead.has(p)));
  const fileMarkers = input.fileMarkers.map((m) => m.trim()).filter(Boolean);
  const markerSet = compileMarkers(fileMarkers);
  const markedFiles = new Set<string>();
  if (changed.size > 0 && fileMarkers.length > 0) {
    const args = ['grep', '-I', '-n', '-z', '-i', '-F', ...fileMarkers.flatMap((m) => ['-e', m]), head, '--'];
    const res = await runGit(cwd, args, { allowFailure: true });
    // `<rev>:<path>\0<line>\0<text>\n` per hit; exit 1 means no hit.
    for (const hit of res.stdout.split('\n')) {
      const [revPath, line, text = ''] = hit.split('\0');
      if (!line) continue;
      const path = revPath.slice(head.length + 1);
      const marker = markerSet.match(text);
      if (!changed.has(path) || !marker) continue;
      markedFiles.add(path);
      findings.push(policyFinding('ai-provenance/ai-marker', `${path}\0${marker}\0${line}`, `${path} line ${line} carries the AI marker '${marker}'`, { path, line: Number(line) }, { marker }));
    }
  }

  const files = [...new Set([...byFile.keys(), ...markedFiles])].sort();
  const isPr = PR_EVENTS.has(input.event.eventName);
  if ((input.label || input.reviewerTeam) && marked.length > 0 && !isPr) notes.push(`ai-provenance: ai-label and ai-reviewer-team apply to pull requests; this is a ${input.event.eventName} run`);
  if (input.reviewerTeam && marked.length > 0 && isPr) {
    findings.push(...(await checkReviewerTeam({ api: input.api, event: input.event, team: input.reviewerTeam, aiCommits: marked.length, at: { path: files[0] ?? '.github', line: 1 } })));
  }
  if (input.label && marked.length > 0 && isPr) {
    if (!input.event.labels.includes(input.label)) {
      findings.push(
        policyFinding('ai-provenance/missing-label', `${input.event.ref ?? ''}\0${input.label}`, `${marked.length} AI-marked commit${marked.length === 1 ? '' : 's'} in ${input.event.ref ?? 'this pull request'}, which lacks the required label '${input.label}'`, { path: files[0] ?? '.github', line: 1 }, { label: input.label }),
      );
    }
  }
  notes.push(`ai-provenance: ${range}: ${all} commits, ${marked.length} AI-marked, ${files.length} AI-touched files`);
  return { findings, notes, summary: { range, commits: all, aiCommits: marked, files } };
}
