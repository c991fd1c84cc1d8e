// submodules: .gitmodules hygiene. Every URL uses https or ssh, points at an allowed host/organisation, and
// the commit HEAD pins exists in the submodule's repository (checked in the checked-out submodule).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, gitSucceeds, runGit } from '../git/exec.ts';
import type { Finding } from '../report/types.ts';
import { policyFinding } from './finding.ts';
import { classifyUrl, hostAllowed, type UrlKind } from './submodule-url.ts';
import type { CheckOutcome, SubmoduleSummary } from './types.ts';
import { checkAccess, type AccessInput } from './submodule-access.ts';

export interface SubmodulesInput {
  cwd: string;
  hosts: readonly string[];
  /** With a token: visibility and writers of GitHub-hosted submodules. */
  access?: AccessInput;
  /** Host of GitHub-hosted repositories (github.com, or a GHES host). */
  githubHost?: string;
}

interface Declared {
  name: string;
  path?: string;
  url?: string;
  /** 1-based line of `url =` in .gitmodules. */
  urlLine: number;
}

/** Sections of .gitmodules with the line of each URL (git config gives values; lines are for annotations). */
async function readGitmodules(cwd: string): Promise<Declared[]> {
  const res = await runGit(cwd, ['config', '-z', '-f', '.gitmodules', '--get-regexp', '^submodule\\.'], { allowFailure: true });
  const byName = new Map<string, Declared>();
  for (const rec of res.stdout.split('\0').filter(Boolean)) {
    const nl = rec.indexOf('\n');
    const key = rec.slice(0, nl);
    const value = rec.slice(nl + 1);
    const m = /^submodule\.(.+)\.(path|url)$/.exec(key);
    if (!m) continue;
    const d = byName.get(m[1]) ?? { name: m[1], urlLine: 1 };
    d[m[2] as 'path' | 'url'] = value;
    byName.set(m[1], d);
  }
  const lines = readFileSync(join(cwd, '.gitmodules'), 'utf8').split('\n');
  let section: string | undefined;
  lines.forEach((l, i) => {
    const s = /^\s*\[submodule\s+"(.*)"\s*\]/.exec(l);
    if (s) section = s[1];
    else if (section && /^\s*url\s*=/.test(l) && byName.has(section)) byName.get(section)!.urlLine = i + 1;
  });
  return [...byName.values()];
}

/** Gitlinks (mode 160000) in HEAD: path -> pinned commit. */
async function pinnedCommits(cwd: string): Promise<Map<string, string>> {
  const res = await runGit(cwd, ['ls-tree', '-r', '-z', 'HEAD'], { allowFailure: true });
  const out = new Map<string, string>();
  for (const rec of res.stdout.split('\0')) {
    const m = /^160000 commit ([0-9a-f]+)\t(.+)$/.exec(rec);
    if (m) out.set(m[2], m[1]);
  }
  return out;
}

const URL_RULE: Partial<Record<UrlKind, { rule: string; why: string }>> = {
  insecure: { rule: 'submodules/insecure-url', why: 'uses an unauthenticated transport' },
  local: { rule: 'submodules/local-url', why: 'is a local path' },
  unsupported: { rule: 'submodules/unsupported-url', why: 'uses a transport other than https or ssh' },
};

async function checkPinned(cwd: string, d: Declared & { path: string }, commit: string, at: Finding['location']): Promise<Finding | undefined> {
  const dir = join(cwd, d.path);
  if (!existsSync(join(dir, '.git')) || !(await gitSucceeds(dir, ['rev-parse', '--git-dir']))) {
    return policyFinding('submodules/commit-unverified', `${d.path}\0${commit}`, `submodule ${d.path} is not checked out, so its pinned commit ${commit.slice(0, 12)} was not verified`, at, { commit });
  }
  if (!(await gitSucceeds(dir, ['cat-file', '-e', `${commit}^{commit}`]))) {
    return policyFinding('submodules/commit-missing', `${d.path}\0${commit}`, `submodule ${d.path} is pinned to ${commit.slice(0, 12)}, which does not exist in its repository`, at, { commit });
  }
  const refs = (await git(dir, ['for-each-ref', '--count=1', '--contains', commit, '--format=%(refname)', 'refs/heads', 'refs/remotes', 'refs/tags'])).trim();
  if (!refs) return policyFinding('submodules/commit-unreachable', `${d.path}\0${commit}`, `submodule ${d.path} is pinned to ${commit.slice(0, 12)}, which is on no branch or tag of its repository`, at, { commit });
  return undefined;
}

export async function checkSubmodules(input: SubmodulesInput): Promise<CheckOutcome & { summary: SubmoduleSummary[] }> {
  const findings: Finding[] = [];
  const notes: string[] = [];
  if (!existsSync(join(input.cwd, '.gitmodules'))) {
    notes.push('submodules: no .gitmodules; nothing to check');
    return { findings, notes, summary: [] };
  }
  const origin = (await runGit(input.cwd, ['config', '--get', 'remote.origin.url'], { allowFailure: true })).stdout.trim() || undefined;
  const pinned = await pinnedCommits(input.cwd);
  const summary: SubmoduleSummary[] = [];
  for (const d of await readGitmodules(input.cwd)) {
    const at = { path: '.gitmodules', line: d.urlLine };
    const url = d.url ?? '';
    const commit = d.path ? pinned.get(d.path) : undefined;
    const entry: SubmoduleSummary = { name: d.name, path: d.path ?? '', url, ...(commit ? { commit } : {}) };
    summary.push(entry);
    const c = classifyUrl(url, origin);
    const ownerRepo = c.host === (input.githubHost ?? 'github.com').toLowerCase() && /^[^/]+\/[^/]+$/.test(c.repoPath ?? '') ? c.repoPath! : undefined;
    if (input.access && ownerRepo && !URL_RULE[c.kind]) findings.push(...(await checkAccess(input.access, ownerRepo, entry, at)));
    const bad = URL_RULE[c.kind];
    if (bad) findings.push(policyFinding(bad.rule, `${d.name}\0${url}`, `submodule ${d.path ?? d.name}: URL ${url} ${bad.why}`, at, { url }));
    else if (input.hosts.length > 0 && !hostAllowed(c, input.hosts)) {
      findings.push(policyFinding('submodules/host-not-allowed', `${d.name}\0${c.resolved}`, `submodule ${d.path ?? d.name}: ${c.host}/${c.repoPath} is not under submodule-hosts (${input.hosts.join(', ')})`, at, { url: c.resolved }));
    }
    if (d.path && commit) {
      const f = await checkPinned(input.cwd, { ...d, path: d.path }, commit, at);
      if (f) findings.push(f);
    } else if (d.path) notes.push(`submodules: ${d.path} is declared in .gitmodules but HEAD pins no commit there`);
  }
  if (!input.access) notes.push('submodules: no token, so visibility and writers of GitHub-hosted submodules were not checked');
  notes.push(`submodules: ${summary.length} declared, ${findings.length} findings`);
  return { findings, notes, summary };
}
