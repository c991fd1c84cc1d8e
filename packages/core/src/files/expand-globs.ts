// Resolve file globs (secret-scan `artifacts`, the gate's `artifact`, double-write's `source`) to files: relative globs under the
// climb out with `..`) wherever the build put its outputs (`${{ runner.temp }}/dist`, `/tmp/build`).
import { glob, lstat, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

/**
 * Regular files matched by any of `globs`, sorted and deduplicated, `/`-separated: relative to `root` when
 * they lie inside it, absolute otherwise. A symlink counts only when it resolves to a regular file inside
 * the directory its glob starts from (`root` for relative globs, the fixed leading directories of an
 * absolute one), so a link can't pull a host's files into a report; FIFOs, sockets and devices never count.
 */
export async function expandArtifactGlobs(root: string, globs: readonly string[]): Promise<string[]> {
  const absRoot = resolve(root);
  const realRoot = await realpath(absRoot);
  const found = new Set<string>();
  for (const g of globs) {
    const pattern = g.trim().replace(/\\/g, '/');
    if (pattern === '') continue;
    if (isAbsolute(pattern) || /^[a-zA-Z]:/.test(pattern) || pattern.split('/').includes('..')) {
      for (const f of await expandOutside(absRoot, realRoot, pattern)) found.add(f);
      continue;
    }
    for await (const rel of glob(pattern, { cwd: absRoot })) {
      const posix = toPosix(rel);
      if (posix.split('/').includes('.git') || found.has(posix)) continue;
      if (await isRegularInside(resolve(absRoot, rel), realRoot)) found.add(posix);
    }
  }
  return [...found].sort();
}

/** Files of a glob that starts outside the root (it may still lead back in: those are reported relative). */
async function expandOutside(absRoot: string, realRoot: string, pattern: string): Promise<string[]> {
  const absPattern = toPosix(resolve(absRoot, pattern));
  const scan = picomatch.scan(absPattern);
  // The glob's fixed leading directories: links may not lead out of them (a plain path: its directory).
  const base = scan.isGlob ? scan.base || '/' : dirname(absPattern);
  let realBase: string;
  try {
    realBase = await realpath(base);
  } catch {
    return []; // the directory does not exist (yet): nothing matches
  }
  const out: string[] = [];
  for await (const abs of glob(absPattern)) {
    const rel = relative(absRoot, abs);
    const insideRoot = rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
    if (insideRoot) {
      const posix = toPosix(rel);
      if (!posix.split('/').includes('.git') && (await isRegularInside(abs, realRoot))) out.push(posix);
    } else if (await isRegularInside(abs, realBase)) {
      out.push(toPosix(abs));
    }
  }
  return out;
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

async function isRegularInside(abs: string, realDir: string): Promise<boolean> {
  try {
    const l = await lstat(abs);
    if (l.isFile()) return true;
    if (!l.isSymbolicLink()) return false;
    const target = await realpath(abs);
    const rel = relative(realDir, target);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return false;
    return (await stat(target)).isFile();
  } catch {
    return false; // dangling link, loop, or vanished file: nothing to scan
  }
}
