// The files a write stores: each `source` entry is a file, a directory (everything below it) or a glob.
// Manifest paths are relative to the common directory of the entries (a directory entry's own directory, a
// glob's fixed leading directories, a file's parent), as upload-artifact does with its least common ancestor.
import { readdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../errors.ts';
import { expandArtifactGlobs } from '../files/expand-globs.ts';
import { META_DIR } from './store.ts';

export interface SourceFile {
  /** Relative to the common root, `/`-separated. */
  path: string;
  absPath: string;
  bytes: number;
}

function commonDir(dirs: readonly string[]): string {
  let parts = dirs[0].split(sep);
  for (const d of dirs.slice(1)) {
    const p = d.split(sep);
    let i = 0;
    while (i < parts.length && i < p.length && parts[i] === p[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(sep) || sep;
}

export async function resolveSource(entries: readonly string[], cwd: string): Promise<{ root: string; files: SourceFile[] }> {
  const bases: string[] = [];
  const patterns: string[] = [];
  const direct: string[] = [];
  for (const entry of entries) {
    const abs = resolve(cwd, entry);
    const scan = picomatch.scan(abs.split(sep).join('/'));
    if (scan.isGlob) {
      bases.push(resolve(scan.base || '/'));
      patterns.push(abs);
      continue;
    }
    const st = await stat(abs).catch(() => undefined);
    if (!st) throw new InputError({ input: 'source', problem: `${entry} does not exist`, fix: 'build the files first, or fix the path (relative to the workspace)' });
    if (st.isDirectory()) {
      // A directory means all of it, hidden files included (a glob decides for itself).
      bases.push(abs);
      for (const d of await readdir(abs, { recursive: true, withFileTypes: true })) if (d.isFile()) direct.push(join(d.parentPath, d.name));
    } else {
      bases.push(dirname(abs));
      patterns.push(abs);
    }
  }
  const root = commonDir(bases);
  const found = patterns.length > 0 ? (await expandArtifactGlobs(root, patterns)).map((f) => (isAbsolute(f) ? f : resolve(root, f))) : [];
  const files: SourceFile[] = [];
  for (const absPath of [...new Set([...direct, ...found])]) {
    const path = relative(root, absPath).split(sep).join('/');
    if (path.split('/')[0] === META_DIR) {
      throw new InputError({ input: 'source', problem: `${path} is inside ${META_DIR}/, which the stores reserve for manifests`, fix: `rename the directory or leave it out of source` });
    }
    files.push({ path, absPath, bytes: (await stat(absPath)).size });
  }
  if (files.length === 0) throw new InputError({ input: 'source', problem: `matches no files (${entries.join(', ')})`, fix: 'build the files first, or fix the paths or globs' });
  return { root, files };
}
