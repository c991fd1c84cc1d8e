// Decides whether a version can be released and what the release workflow does with it (RELEASING.md):
// the tag, whether the moving major tag (v1) follows, and the release notes from CHANGELOG.md.
// Usage: node scripts/release-check.ts VERSION [--notes FILE]
//   prints `tag=`, `major=` (empty: the major tag stays) and `prerelease=` lines for $GITHUB_OUTPUT; with --notes
//   writes the CHANGELOG section there. Exit 1 with one line per problem when the version cannot be released.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BULKHEAD_VERSION } from '../packages/core/src/version.ts';
import { ROOT } from './bundle.ts';

export interface Semver {
  major: number;
  minor: number;
  patch: number;
  /** Dot-separated pre-release identifiers (`rc.1`), empty for a release. */
  pre: string[];
}

// semver.org 2.0.0: numeric parts without leading zeros; pre-release identifiers of [0-9A-Za-z-] (numeric ones
// without leading zeros); build metadata is not used for tags here, so it is refused.
const NUM = '(0|[1-9]\\d*)';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const SEMVER = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?$`);

export function parseSemver(text: string): Semver | undefined {
  const m = SEMVER.exec(text);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] ? m[4].split('.') : [] };
}

/** semver.org §11 precedence: negative when a < b. */
export function compareSemver(a: Semver, b: Semver): number {
  for (const k of ['major', 'minor', 'patch'] as const) if (a[k] !== b[k]) return a[k] - b[k];
  if (a.pre.length === 0 || b.pre.length === 0) return b.pre.length - a.pre.length; // a release outranks its pre-releases
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
    const [x, y] = [a.pre[i], b.pre[i]];
    if (x === y) continue;
    const [nx, ny] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1; // numeric identifiers rank below alphanumeric ones
    return x < y ? -1 : 1;
  }
  return a.pre.length - b.pre.length;
}

/**
 * The body of `## [VERSION]` in a Keep a Changelog file (up to the next `## ` heading or the link definitions),
 * trimmed; undefined when there is no such section.
 */
export function changelogSection(changelog: string, version: string): string | undefined {
  const lines = changelog.split(/\r?\n/);
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = lines.findIndex((l) => new RegExp(`^## \\[${escaped}\\](?:\\s|$)`).test(l));
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && (/^## /.test(l) || /^\[[^\]]+\]:\s/.test(l)));
  if (end < 0) end = lines.length;
  return lines.slice(start + 1, end).join('\n').trim();
}

export interface ReleaseInput {
  version: string;
  changelog: string;
  /** Root package.json's version and BULKHEAD_VERSION (what the bundles report). */
  packageVersion: string;
  coreVersion: string;
  /** Existing tags (any names; only vX.Y.Z[-pre] ones count). */
  tags: readonly string[];
}

export interface ReleasePlan {
  tag: string;
  /** The moving major tag to point at this release (`v1`), or '' when it stays (pre-release, or an older line). */
  major: string;
  prerelease: boolean;
  notes: string;
}

/** The plan, or the problems that stop the release (each says what to fix). */
export function planRelease(i: ReleaseInput): { plan: ReleasePlan } | { problems: string[] } {
  const v = parseSemver(i.version);
  if (!v) return { problems: [`version '${i.version}' is not semver X.Y.Z or X.Y.Z-pre (no leading v, no build metadata); give e.g. 1.2.0`] };
  const problems: string[] = [];
  const tag = `v${i.version}`;
  const released = i.tags.flatMap((t) => {
    const s = t.startsWith('v') ? parseSemver(t.slice(1)) : undefined;
    return s ? [{ tag: t, v: s }] : [];
  });
  if (i.tags.includes(tag)) problems.push(`tag ${tag} exists already; release a new version (tags are never moved, only v${v.major} is)`);
  if (i.packageVersion !== i.version) problems.push(`package.json says ${i.packageVersion}; set "version": "${i.version}" in the release commit`);
  if (i.coreVersion !== i.version) problems.push(`BULKHEAD_VERSION (packages/core/src/version.ts) says ${i.coreVersion}; set it to '${i.version}' and rebuild dist/ (npm run bundle)`);
  const notes = changelogSection(i.changelog, i.version);
  if (notes === undefined) problems.push(`CHANGELOG.md has no "## [${i.version}] - YYYY-MM-DD" section; move the Unreleased entries under it`);
  else if (notes === '') problems.push(`CHANGELOG.md's section for ${i.version} is empty; list the changes`);
  if (problems.length > 0) return { problems };
  // v1 follows the newest release of line 1: a patch for an older minor, or a pre-release, leaves it alone.
  const newest = released.filter((r) => r.v.major === v.major && r.v.pre.length === 0).every((r) => compareSemver(r.v, v) < 0);
  const prerelease = v.pre.length > 0;
  return { plan: { tag, major: !prerelease && newest ? `v${v.major}` : '', prerelease, notes: notes! } };
}

/** The step outputs the release workflow reads (printed as name=value lines for $GITHUB_OUTPUT). */
export function planOutputs(plan: ReleasePlan): Record<'tag' | 'major' | 'prerelease', string> {
  return { tag: plan.tag, major: plan.major, prerelease: String(plan.prerelease) };
}

function main(argv: string[]): number {
  const version = argv[0] ?? '';
  const notesAt = argv.indexOf('--notes');
  const notesFile = notesAt >= 0 ? argv[notesAt + 1] : undefined;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  const result = planRelease({
    version,
    changelog: readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'),
    packageVersion: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    coreVersion: BULKHEAD_VERSION,
    tags: git('tag', '--list', 'v*').split('\n').filter(Boolean),
  });
  if ('problems' in result) {
    for (const p of result.problems) console.error(`release ${version}: ${p}`);
    return 1;
  }
  const { plan } = result;
  if (notesFile) writeFileSync(notesFile, `${plan.notes}\n`);
  for (const [k, v] of Object.entries(planOutputs(plan))) console.log(`${k}=${v}`);
  return 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) process.exitCode = main(process.argv.slice(2));
