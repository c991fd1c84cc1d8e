// Leak patterns: names of files that must never be shipped or committed. One matcher and one default
// for secret-scan (a finding per file or archive entry) and diff-telemetry (the `leak` class).
import { compilePathGlobs } from '../options/glob-match.ts';

/** The `leak-patterns` default of every action that has the input. */
export const DEFAULT_LEAK_PATTERN = '*.leak';
export const DEFAULT_LEAK_PATTERNS: readonly string[] = [DEFAULT_LEAK_PATTERN];

/**
 * The leak pattern a path matches, or undefined. Patterns mean what they mean in .gitignore
 * (`*.leak` at any depth, `config/*.pem` from the root, `secrets/` for a directory). An archive entry
 * (`dist/app.zip!/conf/prod.leak`) is also tried by its path inside the innermost archive, so
 * `conf/*.leak` finds it there.
 */
export function compileLeakPatterns(patterns: readonly string[] = DEFAULT_LEAK_PATTERNS): (path: string) => string | undefined {
  const globs = compilePathGlobs(patterns);
  return (path) => {
    const hit = globs.matchedBy(path);
    if (hit !== undefined) return hit;
    const at = path.lastIndexOf('!/');
    return at < 0 ? undefined : globs.matchedBy(path.slice(at + 2));
  };
}
