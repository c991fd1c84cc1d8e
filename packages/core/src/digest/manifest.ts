// The canonical manifest of a set of files, and its digest. Format (each action README that states a digest links here):
// one line per file, `<sha256 hex>  <path>\n` — exactly what GNU `sha256sum` writes, so `sha256sum -c` can
// check a manifest — with paths relative and `/`-separated, sorted by their UTF-8 bytes (no locale), no
// duplicates. A path holding `\`, a newline or a carriage return is escaped as GNU does (the line starts with
// `\`, and `\\`, `\n`, `\r` stand for them). The set's digest is the SHA-256 of that text.
import { sha256Bytes, sha256File } from './sha256.ts';

export interface ManifestEntry {
  /** Relative, `/`-separated. */
  path: string;
  sha256: string;
  bytes: number;
}

export interface Manifest {
  /** Sorted by path (UTF-8 byte order). */
  files: ManifestEntry[];
  /** SHA-256 hex of `text`. */
  sha256: string;
  /** Sum of the files' sizes. */
  bytes: number;
  /** The canonical text (sha256sum format). */
  text: string;
}

export function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function needsEscape(path: string): boolean {
  return /[\\\n\r]/.test(path);
}

function escapeName(path: string): string {
  return path.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** One `sha256sum` text-mode line for a file. */
export function checksumLine(sha256: string, path: string): string {
  return needsEscape(path) ? `\\${sha256}  ${escapeName(path)}\n` : `${sha256}  ${path}\n`;
}

/** The canonical manifest of these entries (any order in; duplicates by path are an error of the caller). */
export function buildManifest(entries: readonly ManifestEntry[]): Manifest {
  const files = [...entries].sort((a, b) => compareUtf8(a.path, b.path));
  for (let i = 1; i < files.length; i++) {
    if (files[i].path === files[i - 1].path) throw new Error(`manifest: duplicate path ${files[i].path}`);
  }
  const text = files.map((f) => checksumLine(f.sha256, f.path)).join('');
  return { files, sha256: sha256Bytes(text), bytes: files.reduce((n, f) => n + f.bytes, 0), text };
}

/** Hashes each file (streamed, one at a time) and returns their canonical manifest. */
export async function manifestOf(files: readonly { path: string; absPath: string }[]): Promise<Manifest> {
  const entries: ManifestEntry[] = [];
  for (const f of files) {
    const d = await sha256File(f.absPath);
    entries.push({ path: f.path, sha256: d.sha256, bytes: d.bytes });
  }
  return buildManifest(entries);
}
