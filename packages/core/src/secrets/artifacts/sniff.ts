// Archive detection: magic bytes decide, the file extension is only a hint for formats without magic.

export type ArtifactKind = 'zip' | 'gzip' | 'tar' | 'plain';

/** Bytes needed to see every magic number we know (`ustar` sits at offset 257). */
export const SNIFF_BYTES = 512;

const ZIP_EXT = /\.(zip|jar|war|ear|aar|apk|whl|nupkg|vsix|xpi|ipa)$/i;

export function sniffKind(head: Buffer, name: string): ArtifactKind {
  // PK\3\4 = local file header, PK\5\6 = empty archive (end of central directory only).
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6))) {
    return 'zip';
  }
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar') return 'tar';
  const base = lastSegment(name);
  // Pre-POSIX (v7) tars carry no magic; self-extracting zips start with a stub.
  if (/\.tar$/i.test(base) && head.length >= 512) return 'tar';
  if (ZIP_EXT.test(base) && head.length > 0) return 'zip';
  return 'plain';
}

/** `a.zip!/dir/b.txt` → `b.txt`. */
export function lastSegment(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}
