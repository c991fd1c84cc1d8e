// Findings for artifacts that are a problem in themselves: leak-pattern names, oversize files,
// archives that could not be fully read. Their fingerprint stands on the path (there is no secret).
import { isAbsolute, relative } from 'node:path';
import type { Finding } from '../../report/types.ts';
import type { ArtifactProblemEntry } from './types.ts';
import { fingerprint } from '../../redact/redact.ts';
import { ARCHIVE_BOMB_RULE, ARCHIVE_LIMIT_RULE, LEAK_PATTERN_RULE, OVERSIZE_ARTIFACT_RULE } from './rules.ts';
import { compileLeakPatterns, DEFAULT_LEAK_PATTERNS } from '../../files/leak-patterns.ts';

/**
 * Files (or archive entries, `a.zip!/dir/x.leak`) that match a leak pattern (files/leak-patterns.ts:
 * gitignore-style, archive entries also by their path inside the archive). Absolute paths are made relative to `root`.
 */
export function leakPatternFindings(root: string, paths: readonly string[], patterns: readonly string[] = DEFAULT_LEAK_PATTERNS): Finding[] {
  const check = leakPatternChecker(root, patterns);
  const out: Finding[] = [];
  for (const raw of paths) {
    const f = check(raw);
    if (f) out.push(f);
  }
  return out;
}

/** The leak-pattern finding of one path, if any: for callers that check paths as a walk finds them. */
export function leakPatternChecker(root: string, patterns: readonly string[] = DEFAULT_LEAK_PATTERNS): (path: string) => Finding | undefined {
  const leakPattern = compileLeakPatterns(patterns);
  return (raw) => {
    // A tree walk's paths are relative and `/`-separated already: no path arithmetic for those.
    const path = isPlainRelative(raw) ? raw : toRelative(root, raw);
    const hit = leakPattern(path);
    if (hit === undefined) return undefined;
    return {
      ruleId: LEAK_PATTERN_RULE.id,
      severity: LEAK_PATTERN_RULE.severity,
      message: `File matches leak pattern ${JSON.stringify(hit)} and must not be shipped.`,
      location: { path },
      fingerprint: fingerprint(LEAK_PATTERN_RULE.id, path),
      confidence: 1,
      properties: { pattern: hit },
    };
  };
}

export interface SizedPath {
  path: string;
  size: number;
}

/** Artifacts over `maxBytes` (the `max-artifact-size` input). */
export function oversizeFiles(files: readonly SizedPath[], maxBytes: number): Finding[] {
  return files
    .filter((f) => f.size > maxBytes)
    .map((f) => ({
      ruleId: OVERSIZE_ARTIFACT_RULE.id,
      severity: OVERSIZE_ARTIFACT_RULE.severity,
      message: `Artifact is ${f.size} bytes, over max-artifact-size (${maxBytes} bytes).`,
      location: { path: f.path },
      fingerprint: fingerprint(OVERSIZE_ARTIFACT_RULE.id, f.path),
      confidence: 1,
      properties: { size: f.size, maxBytes },
    }));
}

/** The finding for a problem entry from readArtifact: `archive-bomb` for bombs, `archive-limit` otherwise. */
export function artifactProblemFinding(entry: ArtifactProblemEntry): Finding {
  const rule = entry.problem === 'bomb' ? ARCHIVE_BOMB_RULE : ARCHIVE_LIMIT_RULE;
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message: `Archive not fully scanned (${entry.problem}): ${entry.detail}.`,
    location: { path: entry.path },
    fingerprint: fingerprint(rule.id, `${entry.problem}\0${entry.path}`),
    confidence: 1,
    properties: { problem: entry.problem },
  };
}

/** What toRelative returns unchanged: no leading `/`, `./` or `../`, no drive letter, no backslash. */
function isPlainRelative(p: string): boolean {
  const c0 = p.charCodeAt(0);
  if (c0 === 47 || p.charCodeAt(1) === 58 || p.includes('\\')) return false;
  return c0 !== 46 || !(p.startsWith('./') || p.startsWith('../') || p === '..' || p === '.');
}

/** Relative to `root` when inside it; a path outside it (an artifact elsewhere) stays absolute. */
function toRelative(root: string, p: string): string {
  const inside = isAbsolute(p) ? relative(root, p) : p;
  const rel = inside === '..' || inside.startsWith('../') || inside.startsWith('..\\') || isAbsolute(inside) ? p : inside;
  return rel.replace(/\\/g, '/').replace(/^\.\//, '');
}
