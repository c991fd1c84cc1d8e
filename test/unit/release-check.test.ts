// The release plan (scripts/release-check.ts): semver as semver.org 2.0.0 defines it (its own examples are the
// reference), release notes from a Keep a Changelog file, and when the moving major tag follows a release.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/bundle.ts';
import { changelogSection, compareSemver, parseSemver, planRelease, type ReleaseInput } from '../../scripts/release-check.ts';

describe('semver', () => {
  it('orders the precedence example of semver.org §11', () => {
    // "Example: 1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-alpha.beta < 1.0.0-beta < 1.0.0-beta.2 < 1.0.0-beta.11 < 1.0.0-rc.1 < 1.0.0."
    const chain = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'];
    const parsed = chain.map((v) => parseSemver(v)!);
    for (let i = 0; i < chain.length; i++) {
      for (let j = 0; j < chain.length; j++) expect(Math.sign(compareSemver(parsed[i], parsed[j])), `${chain[i]} vs ${chain[j]}`).toBe(Math.sign(i - j));
    }
    // §11.2: "1.0.0 < 2.0.0 < 2.1.0 < 2.1.1".
    const core = ['1.0.0', '2.0.0', '2.1.0', '2.1.1'].map((v) => parseSemver(v)!);
    for (let i = 1; i < core.length; i++) expect(compareSemver(core[i - 1], core[i])).toBeLessThan(0);
    expect(compareSemver(parseSemver('1.10.0')!, parseSemver('1.9.0')!)).toBeGreaterThan(0);
  });

  it('accepts the spec examples and refuses what §2 and §9 forbid (and build metadata, not used for tags)', () => {
    for (const v of ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-0.3.7', '1.0.0-x.7.z.92', '1.0.0-x-y-z.--', '0.0.4', '10.20.30']) expect(parseSemver(v), v).toBeDefined();
    for (const v of ['01.0.0', '1.02.0', '1.0', 'v1.0.0', '1.0.0-01', '1.0.0-', '1.0.0-alpha..1', '1.0.0+20130313144700', ' 1.0.0']) expect(parseSemver(v), v).toBeUndefined();
  });
});

const CHANGELOG = `# Changelog

## [Unreleased]

### Added

- Something new.

## [1.1.0] - 2026-12-20

### Fixed

- A fix.

## [1.0.0] - 2026-12-01

### Added

- First release.

[Unreleased]: https://example.invalid/compare/v1.1.0...HEAD
[1.1.0]: https://example.invalid/compare/v1.0.0...v1.1.0
`;

describe('changelogSection', () => {
  it('returns the section body without the heading, the next section or the link definitions', () => {
    expect(changelogSection(CHANGELOG, '1.1.0')).toBe('### Fixed\n\n- A fix.');
    expect(changelogSection(CHANGELOG, '1.0.0')).toBe('### Added\n\n- First release.');
    expect(changelogSection(CHANGELOG, 'Unreleased')).toBe('### Added\n\n- Something new.');
    expect(changelogSection(CHANGELOG, '1.0')).toBeUndefined();
    expect(changelogSection(CHANGELOG, '1.0.0-rc.1')).toBeUndefined();
    expect(changelogSection(CHANGELOG, '1x1.0')).toBeUndefined(); // the dots are literal
  });

  it("finds this repository's own sections", () => {
    const text = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelogSection(text, 'Unreleased')).toMatch(/\S/);
    expect(changelogSection(text, '0.1.0')).toMatch(/secret-scan, diff-telemetry/);
  });
});

describe('planRelease', () => {
  const base: ReleaseInput = { version: '1.1.0', changelog: CHANGELOG, packageVersion: '1.1.0', coreVersion: '1.1.0', tags: ['v1.0.0', 'v1', 'v0.9.0'] };
  const plan = (over: Partial<ReleaseInput>) => planRelease({ ...base, ...over });

  it('tags the version, moves its major tag and takes the notes from the changelog', () => {
    expect(plan({})).toEqual({ plan: { tag: 'v1.1.0', major: 'v1', prerelease: false, notes: '### Fixed\n\n- A fix.' } });
    expect(plan({ version: '1.0.0', packageVersion: '1.0.0', coreVersion: '1.0.0', tags: [] })).toMatchObject({ plan: { tag: 'v1.0.0', major: 'v1' } });
  });

  it('leaves the major tag alone for a patch of an older line and for a pre-release', () => {
    const cl = `${CHANGELOG}\n## [1.0.1] - 2026-12-21\n\n- Backport.\n\n## [1.2.0-rc.1] - 2026-12-22\n\n- Candidate.\n`;
    expect(plan({ version: '1.0.1', packageVersion: '1.0.1', coreVersion: '1.0.1', changelog: cl, tags: ['v1.0.0', 'v1.1.0', 'v1'] })).toMatchObject({ plan: { major: '' } });
    expect(plan({ version: '1.2.0-rc.1', packageVersion: '1.2.0-rc.1', coreVersion: '1.2.0-rc.1', changelog: cl })).toMatchObject({ plan: { major: '', prerelease: true } });
    // A pre-release of a newer version does not hold the major tag back from the release before it.
    expect(plan({ tags: ['v1.0.0', 'v1.2.0-rc.1'] })).toMatchObject({ plan: { major: 'v1' } });
  });

  it('refuses, saying what to fix', () => {
    const problems = (over: Partial<ReleaseInput>) => {
      const r = plan(over);
      return 'problems' in r ? r.problems.join('\n') : '';
    };
    expect(problems({ version: 'v1.1.0' })).toMatch(/not semver/);
    expect(problems({ tags: ['v1.1.0'] })).toMatch(/tag v1\.1\.0 exists already/);
    expect(problems({ packageVersion: '1.0.0' })).toMatch(/package\.json says 1\.0\.0/);
    expect(problems({ coreVersion: '1.0.0' })).toMatch(/BULKHEAD_VERSION .* says 1\.0\.0/);
    expect(problems({ version: '1.3.0', packageVersion: '1.3.0', coreVersion: '1.3.0' })).toMatch(/no "## \[1\.3\.0\] - YYYY-MM-DD" section/);
    expect(problems({ changelog: '## [1.1.0] - 2026-12-20\n\n## [1.0.0]\n- x\n' })).toMatch(/section for 1\.1\.0 is empty/);
  });

  it('exits 1 from the command line with one line per problem, before anything is written', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/release-check.ts'), '99.0.0', '--notes', '/nonexistent/notes.md'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n').every((l) => l.startsWith('release 99.0.0: '))).toBe(true);
    expect(r.stderr).toMatch(/CHANGELOG\.md has no "## \[99\.0\.0\]/);
  });
});
