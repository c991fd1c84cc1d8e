// Lockfiles of package managers, by file name: one list for secret-scan (no generic-rule findings in them)
// and diff-telemetry (the `lockfile` class), so the two can never disagree on a name.

/** Exact file names written by package managers to pin resolved dependencies. */
export const LOCKFILE_NAMES: ReadonlySet<string> = new Set([
  // JavaScript
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb', 'deno.lock',
  // Python
  'poetry.lock', 'Pipfile.lock', 'uv.lock', 'pdm.lock', 'pixi.lock', 'conda-lock.yml', 'pylock.toml',
  // Ruby, PHP, Go, Rust
  'Gemfile.lock', 'gems.locked', 'composer.lock', 'go.sum', 'go.work.sum', 'Gopkg.lock', 'Cargo.lock',
  // Apple, Dart, Elixir/Erlang, Nix, .NET, JVM, C/C++
  'Podfile.lock', 'Package.resolved', 'Cartfile.resolved', 'pubspec.lock', 'mix.lock', 'rebar.lock', 'flake.lock',
  'packages.lock.json', 'paket.lock', 'gradle.lockfile', 'buildscript-gradle.lockfile', 'conan.lock',
  // Julia, Crystal, Haskell, R, Helm, Terraform, Bazel
  'Manifest.toml', 'shard.lock', 'cabal.project.freeze', 'stack.yaml.lock', 'renv.lock', 'Chart.lock',
  '.terraform.lock.hcl', 'MODULE.bazel.lock',
]);

/** Lockfile names with a variable part: PEP 751 `pylock.<name>.toml`, opam `<pkg>.opam.locked`. */
const LOCKFILE_NAME_PATTERNS: readonly RegExp[] = [/^pylock\.[^.]+\.toml$/, /^.+\.opam\.locked$/];

/** The file name (last `/`-separated segment) of a path. */
function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** True when the path's file name is a lockfile's, at any depth (`a/b/yarn.lock`). Paths use `/`. */
export function isLockfile(path: string): boolean {
  const name = baseName(path);
  return LOCKFILE_NAMES.has(name) || LOCKFILE_NAME_PATTERNS.some((re) => re.test(name));
}
