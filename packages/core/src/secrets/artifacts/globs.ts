// Resolve `artifacts` globs to files under the scanned root.
import { glob, lstat, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from '../../errors.ts';

/**
 * Regular files under `root` matched by any of `globs`, as sorted, deduplicated `/`-separated paths
 * relative to `root`. Globs may not be absolute or climb out with `..`; a symlink counts only when it
 * resolves to a regular file inside `root`, so a link can't pull a host's files into a report.
 */
export async function expandArtifactGlobs(root: string, globs: readonly string[]): Promise<string[]> {
  const absRoot = resolve(root);
  const realRoot = await realpath(absRoot);
  const found = new Set<string>();
  for (const [i, g] of globs.entries()) {
    const pattern = g.trim().replace(/\\/g, '/');
    if (pattern === '') continue;
    if (isAbsolute(pattern) || /^[a-zA-Z]:/.test(pattern) || pattern.split('/').includes('..')) {
      throw new InputError({
        input: 'artifacts',
        problem: `glob ${i + 1} (${JSON.stringify(pattern)}) points outside the scanned path`,
        fix: 'write artifact globs relative to `path`, without `..` or a leading `/`',
      });
    }
    for await (const rel of glob(pattern, { cwd: absRoot })) {
      const posix = rel.split(sep).join('/');
      if (posix.split('/').includes('.git') || found.has(posix)) continue;
      if (await isRegularInside(resolve(absRoot, rel), realRoot)) found.add(posix);
    }
  }
  return [...found].sort();
}

async function isRegularInside(abs: string, realRoot: string): Promise<boolean> {
  try {
    const l = await lstat(abs);
    if (l.isFile()) return true;
    if (!l.isSymbolicLink()) return false;
    const target = await realpath(abs);
    const rel = relative(realRoot, target);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return false;
    return (await stat(target)).isFile();
  } catch {
    return false; // dangling link, loop, or vanished file: nothing to scan
  }
}
