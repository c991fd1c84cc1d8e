// `.bulkheadignore` (and an existing `.gitleaksignore`): reviewed findings to leave out of reports.
//
// Accepted lines (blank lines and `#` comments are skipped):
//   <fingerprint>                         64 hex: the finding's fingerprint (path-independent)
//   <fingerprint>:<anything>              same; the rest is a note for humans and is ignored
//   <commit>:<path>:<rule>:<line>         gitleaks history entry → that rule in that file, in that commit
//   <path>:<rule>:<line>                  gitleaks tree entry   → that rule in that file
//   <path>:<rule>                         same, without a line
// What cannot be mapped: gitleaks entries are keyed by line number, which churns on every edit
// above the secret, so the line is dropped and the entry covers the rule anywhere in that file;
// and a gitleaks rule id only matches when Bulkhead has a rule of the same id. Lines we cannot
// read at all are returned as warnings rather than failing the scan.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '../../report/types.ts';

export const IGNORE_FILES: readonly string[] = ['.bulkheadignore', '.gitleaksignore'];

export interface IgnoreSet {
  matches(finding: Finding): boolean;
  readonly fingerprints: ReadonlySet<string>;
  /** Number of path+rule entries (from gitleaks-style lines). */
  readonly pathRules: number;
  /** `file:line: why` for every line that was skipped. */
  readonly warnings: readonly string[];
}

const FP = /^[0-9a-f]{64}$/i;
const COMMIT = /^[0-9a-f]{40}$/i;

/** Reads `.bulkheadignore` and `.gitleaksignore` from `root`; missing files are simply empty. */
export async function loadIgnoreFile(root: string): Promise<IgnoreSet> {
  const texts: { name: string; text: string }[] = [];
  for (const name of IGNORE_FILES) {
    try {
      texts.push({ name, text: await readFile(join(root, name), 'utf8') });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  return parseIgnoreFiles(texts);
}

export function parseIgnoreFiles(files: readonly { name: string; text: string }[]): IgnoreSet {
  const fingerprints = new Set<string>();
  // `path NUL rule` → commits it is limited to ('*' = any commit, or a tree finding).
  const pairs = new Map<string, Set<string>>();
  const warnings: string[] = [];
  for (const { name, text } of files) {
    text.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.replace(/\s+#.*$/, '').trim();
      if (line === '' || line.startsWith('#')) return;
      const parts = line.split(':');
      if (FP.test(parts[0])) {
        fingerprints.add(parts[0].toLowerCase());
        return;
      }
      const pair = gitleaksPair(parts);
      if (!pair) {
        warnings.push(`${name}:${i + 1}: not a fingerprint or a path:rule:line entry; ignored`);
        return;
      }
      const key = `${normalizePath(pair.path)}\0${pair.rule}`;
      const commits = pairs.get(key) ?? new Set<string>();
      commits.add(pair.commit ?? '*');
      pairs.set(key, commits);
    });
  }
  return {
    fingerprints,
    pathRules: pairs.size,
    warnings,
    matches(f: Finding): boolean {
      if (fingerprints.has(f.fingerprint)) return true;
      const commits = pairs.get(`${normalizePath(f.location.path)}\0${f.ruleId}`);
      if (!commits) return false;
      if (commits.has('*')) return true;
      const c = f.location.commit?.toLowerCase();
      return c !== undefined && commits.has(c);
    },
  };
}

function gitleaksPair(parts: string[]): { commit?: string; path: string; rule: string } | undefined {
  let p = parts;
  if (p.length >= 2 && /^\d+$/.test(p[p.length - 1])) p = p.slice(0, -1); // drop the line number
  let commit: string | undefined;
  if (p.length >= 3 && COMMIT.test(p[0])) {
    commit = p[0].toLowerCase();
    p = p.slice(1);
  }
  if (p.length < 2) return undefined;
  const rule = p[p.length - 1];
  const path = p.slice(0, -1).join(':'); // a path may itself contain ':'
  if (rule === '' || path === '') return undefined;
  return { commit, path, rule };
}

function normalizePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '');
}
