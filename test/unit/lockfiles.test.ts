// One lockfile list: secret-scan (no generic-rule findings in lockfiles) and diff-telemetry (the
// `lockfile` class) agree on every name a package manager publishes, checked through both real engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretScan } from '../../packages/core/src/secrets/scan.ts';
import { measureDiff } from '../../packages/core/src/diff/measure.ts';
import { makeRepo, type TempRepo } from '../support/git-repo.ts';
import { generateSecret, makeRng } from '../support/secret-gen.ts';

/**
 * Lockfile names as each tool's documentation gives them (written here, not read from the code under test).
 */
const PUBLISHED: readonly [name: string, tool: string][] = [
  ['package-lock.json', 'npm'], ['npm-shrinkwrap.json', 'npm'], ['yarn.lock', 'Yarn'], ['pnpm-lock.yaml', 'pnpm'],
  ['bun.lock', 'Bun (text, 1.2+)'], ['bun.lockb', 'Bun (binary)'], ['deno.lock', 'Deno'],
  ['poetry.lock', 'Poetry'], ['Pipfile.lock', 'Pipenv'], ['uv.lock', 'uv'], ['pdm.lock', 'PDM'], ['pixi.lock', 'pixi'],
  ['conda-lock.yml', 'conda-lock'], ['pylock.toml', 'PEP 751'], ['pylock.dev.toml', 'PEP 751 named'],
  ['Gemfile.lock', 'Bundler'], ['gems.locked', 'Bundler (gems.rb)'], ['composer.lock', 'Composer'],
  ['go.sum', 'Go modules'], ['go.work.sum', 'Go workspaces'], ['Gopkg.lock', 'dep'], ['Cargo.lock', 'Cargo'],
  ['Podfile.lock', 'CocoaPods'], ['Package.resolved', 'SwiftPM'], ['Cartfile.resolved', 'Carthage'],
  ['pubspec.lock', 'Dart pub'], ['mix.lock', 'Mix'], ['rebar.lock', 'rebar3'], ['flake.lock', 'Nix flakes'],
  ['packages.lock.json', 'NuGet'], ['paket.lock', 'Paket'], ['gradle.lockfile', 'Gradle'],
  ['buildscript-gradle.lockfile', 'Gradle (buildscript)'], ['conan.lock', 'Conan'], ['Manifest.toml', 'Julia Pkg'],
  ['shard.lock', 'Crystal shards'], ['cabal.project.freeze', 'Cabal'], ['stack.yaml.lock', 'Stack'], ['renv.lock', 'renv'],
  ['Chart.lock', 'Helm'], ['.terraform.lock.hcl', 'Terraform'], ['MODULE.bazel.lock', 'Bazel'], ['foo.opam.locked', 'opam'],
];

/** Names that only look like lockfiles: both engines must treat them as ordinary files. */
const NOT_LOCKFILES: readonly string[] = [
  'package.json', 'Cargo.toml', 'go.mod', 'Gemfile', 'yarn.lock.bak', 'package-lock.json.ts', 'my-yarn.lock', 'Podfile',
  'lock.json', 'pylock.toml.orig', 'deno.json', 'composer.json', 'gradle.properties',
];

const paths = [...PUBLISHED.map(([n]) => n), ...PUBLISHED.map(([n]) => `nested/dir/${n}`), ...NOT_LOCKFILES, ...NOT_LOCKFILES.map((n) => `nested/${n}`)];
const isPublishedLockfile = (p: string) => PUBLISHED.some(([n]) => p === n || p.endsWith(`/${n}`));

let repo: TempRepo;
let base: string;
let head: string;
beforeAll(() => {
  repo = makeRepo('bulkhead-lockfiles-');
  base = repo.commit('base', { 'README.md': 'x\n' });
  const rng = makeRng(7);
  const files: Record<string, string> = {};
  // A generic-rule secret (a password assignment) in every file: a finding except in lockfiles.
  for (const p of paths) files[p] = `${generateSecret('generic-password', rng).text}\n`;
  head = repo.commit('files', files);
});
afterAll(() => repo.cleanup());

describe('lockfiles: one list for secret-scan and diff-telemetry', () => {
  it('diff-telemetry classes exactly the published names as lockfiles, at any depth', async () => {
    const m = await measureDiff({ cwd: repo.dir, target: { kind: 'range', base, head } });
    const classed = new Map(m.files.map((f) => [f.path, f.classes.includes('lockfile')]));
    expect(classed.size).toBe(paths.length);
    for (const p of paths) expect(classed.get(p), p).toBe(isPublishedLockfile(p));
  });

  it('secret-scan drops generic findings in exactly the same files', async () => {
    const r = await secretScan({ root: repo.dir, target: { kind: 'tree' }, threads: 0 });
    const withFinding = new Set(r.findings.filter((f) => f.ruleId.startsWith('generic-')).map((f) => f.location.path));
    for (const p of paths) expect(withFinding.has(p), p).toBe(!isPublishedLockfile(p));
  });
});
