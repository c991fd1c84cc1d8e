// The digest the gate asks about: one file -> its SHA-256 (what `sha256sum FILE` prints); a directory or globs ->
// the SHA-256 of the canonical manifest of the files (digest/manifest.ts: sha256sum lines, paths relative and
// sorted by UTF-8 bytes), paths relative to the directory (every file below it), or to the workspace for globs.
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { digestTag, manifestOf, sha256File, type Manifest } from '../digest/index.ts';
import { InputError } from '../errors.ts';
import { expandArtifactGlobs } from '../files/expand-globs.ts';

export interface ArtifactDigest {
  /** `sha256:<hex>`. */
  digest: string;
  hex: string;
  kind: 'file' | 'manifest';
  files: number;
  bytes: number;
  /** For a directory or globs: the manifest that was hashed. */
  manifest?: Manifest;
}

export async function digestArtifact(cwd: string, patterns: readonly string[]): Promise<ArtifactDigest> {
  if (patterns.length === 0) throw new InputError({ input: 'artifact', problem: 'is empty', fix: 'give the artifact file, its directory, or globs of its files' });
  if (patterns.length === 1 && !picomatch.scan(patterns[0]!).isGlob) {
    const abs = resolve(cwd, patterns[0]!);
    const st = await stat(abs).catch(() => undefined);
    if (!st) throw new InputError({ input: 'artifact', problem: `${patterns[0]} does not exist`, fix: 'build the artifact before this step, or fix the path (relative to the workspace)' });
    if (st.isFile()) {
      const d = await sha256File(abs);
      return { digest: digestTag(d.sha256), hex: d.sha256, kind: 'file', files: 1, bytes: d.bytes };
    }
    if (st.isDirectory()) return ofManifest(await walk(abs, patterns[0]!));
    throw new InputError({ input: 'artifact', problem: `${patterns[0]} is neither a file nor a directory`, fix: 'point artifact at a regular file or a directory' });
  }
  return ofManifest(await listed(cwd, patterns, patterns.join(', ')));
}

async function listed(root: string, globs: readonly string[], shown: string): Promise<{ path: string; absPath: string }[]> {
  const paths = await expandArtifactGlobs(root, globs);
  if (paths.length === 0) throw new InputError({ input: 'artifact', problem: `${shown} matches no file`, fix: 'build the artifact before this step, or fix the globs (relative to the workspace)' });
  const outside = paths.find((p) => p.startsWith('/') || /^[A-Za-z]:/.test(p));
  if (outside) {
    throw new InputError({ input: 'artifact', problem: `globs match ${outside}, outside the workspace, where no relative manifest path exists`, fix: 'give the directory that holds the files as artifact (its files are listed relative to it)' });
  }
  return paths.map((p) => ({ path: p, absPath: resolve(root, p) }));
}

/**
 * Every file below a directory, dotfiles included (what `find DIR -type f` lists), so nothing deployed from it
 * escapes the digest. A symlink, FIFO, socket or device anywhere below closes the gate: the manifest could not
 * say what it stands for.
 */
async function walk(dir: string, shown: string): Promise<{ path: string; absPath: string }[]> {
  const out: { path: string; absPath: string }[] = [];
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const abs = join(e.parentPath, e.name);
    const rel = relative(dir, abs).split(sep).join('/');
    if (e.isDirectory()) continue;
    if (!e.isFile()) {
      throw new InputError({ input: 'artifact', problem: `${shown} holds ${rel}, which is ${e.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; the manifest covers regular files only`, fix: 'dereference links when building the artifact (e.g. cp -L), or give globs of the files to cover' });
    }
    out.push({ path: rel, absPath: abs });
  }
  if (out.length === 0) throw new InputError({ input: 'artifact', problem: `${shown} is an empty directory`, fix: 'build the artifact before this step' });
  return out;
}

async function ofManifest(files: { path: string; absPath: string }[]): Promise<ArtifactDigest> {
  const m = await manifestOf(files);
  return { digest: digestTag(m.sha256), hex: m.sha256, kind: 'manifest', files: m.files.length, bytes: m.bytes, manifest: m };
}
