// Digests shared by every action that states one: streaming file hashes, the canonical manifest of a set of
// files (sha256sum format), and checksum-file parsing.
export { sha256File, sha256Bytes, digestTag, parseDigestTag, HashTap, type ContentDigest } from './sha256.ts';
export { buildManifest, manifestOf, checksumLine, compareUtf8, type Manifest, type ManifestEntry } from './manifest.ts';
export { parseChecksums, type ChecksumEntry, type ChecksumProblem, type ParsedChecksums } from './checksums.ts';
