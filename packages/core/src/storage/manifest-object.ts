// The manifest object each store holds at .bulkhead/manifest.json, written last: it is what makes a copy
// complete. Its file list and digest are the canonical manifest (core/digest); it adds the stored form of each
// file when encrypted, the key id, and an HMAC over the whole object so it cannot be edited unnoticed.
import { timingSafeEqual } from 'node:crypto';
import { buildManifest, type Manifest } from '../digest/manifest.ts';
import { ResourceError } from '../errors.ts';
import { stableStringify } from '../report/stable-json.ts';
import { manifestMac, type Key } from './crypto.ts';
import { META_DIR } from './store.ts';

export const MANIFEST_FORMAT = 'bulkhead.double-write/1';

export interface StoredFile {
  path: string;
  sha256: string;
  bytes: number;
  /** Encrypted copies: digest and size of the stored bytes. */
  stored?: { sha256: string; bytes: number };
}

export interface ManifestObject {
  format: typeof MANIFEST_FORMAT;
  /** SHA-256 hex of the canonical manifest text. */
  digest: string;
  bytes: number;
  files: StoredFile[];
  encryption?: { algorithm: 'AES-256-GCM'; keyId: string };
  /** HMAC-SHA256 of this object without `mac` (encrypted copies). */
  mac?: string;
}

export function manifestObject(manifest: Manifest, stored: ReadonlyMap<string, { sha256: string; bytes: number }> | undefined, key: Key | undefined): ManifestObject {
  const files = manifest.files.map((f): StoredFile => {
    const s = stored?.get(f.path);
    return s ? { path: f.path, sha256: f.sha256, bytes: f.bytes, stored: s } : { path: f.path, sha256: f.sha256, bytes: f.bytes };
  });
  const obj: ManifestObject = { format: MANIFEST_FORMAT, digest: manifest.sha256, bytes: manifest.bytes, files };
  if (key) {
    obj.encryption = { algorithm: 'AES-256-GCM', keyId: key.id };
    obj.mac = manifestMac(key, stableStringify(obj));
  }
  return obj;
}

export function serializeManifestObject(obj: ManifestObject): string {
  return stableStringify(obj);
}

/** A path a restore may write: relative, no `..`, no empty parts, not in the reserved directory. */
export function safeRelativePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\0') || path.includes('\\')) return false;
  const parts = path.split('/');
  return parts[0] !== META_DIR && parts.every((p) => p !== '' && p !== '.' && p !== '..');
}

export interface VerifiedManifest {
  object: ManifestObject;
  manifest: Manifest;
  /** The key that authenticated it (encrypted copies). */
  key?: Key;
}

const isHex64 = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
const isSize = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * Parses and checks a stored manifest: shape, safe paths, the digest recomputed from the file list, the key id
 * among `keys` and the HMAC. Throws ResourceError naming `where` and the problem.
 */
export function verifyManifestObject(text: string, where: string, keys: readonly Key[]): VerifiedManifest {
  const bad = (problem: string, fix = 'restore from another copy, or write it again') => new ResourceError({ problem: `${where}: manifest ${problem}`, fix });
  let o: ManifestObject;
  try {
    o = JSON.parse(text) as ManifestObject;
  } catch {
    throw bad('is not valid JSON');
  }
  if (o === null || typeof o !== 'object' || o.format !== MANIFEST_FORMAT || !Array.isArray(o.files) || !isHex64(o.digest)) throw bad(`is not a ${MANIFEST_FORMAT} manifest`);
  for (const f of o.files) {
    if (!f || typeof f.path !== 'string' || !safeRelativePath(f.path)) throw bad(`names an unsafe path ${JSON.stringify(String(f?.path)).slice(0, 200)}`);
    if (!isHex64(f.sha256) || !isSize(f.bytes)) throw bad(`has a bad entry for ${f.path}`);
    if (f.stored && (!isHex64(f.stored.sha256) || !isSize(f.stored.bytes))) throw bad(`has a bad stored entry for ${f.path}`);
  }
  let manifest: Manifest;
  try {
    manifest = buildManifest(o.files.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes })));
  } catch {
    throw bad('lists a path twice');
  }
  if (manifest.sha256 !== o.digest) throw bad(`digest ${o.digest} does not match its file list (${manifest.sha256}): it was altered`);
  if (!o.encryption) {
    if (o.files.some((f) => f.stored)) throw bad('has stored entries but no encryption');
    return { object: o, manifest };
  }
  const key = keys.find((k) => k.id === o.encryption?.keyId);
  if (!key) {
    throw new ResourceError({
      input: 'encryption-key',
      problem: `${where} was encrypted with key id ${String(o.encryption.keyId).slice(0, 32)}, and ${keys.length === 0 ? 'no key was given' : `the keys given have ids ${keys.map((k) => k.id).join(', ')}`}`,
      fix: 'set encryption-key to the key that wrote it, or add that key to previous-keys',
    });
  }
  const { mac, ...rest } = o;
  const want = manifestMac(key, stableStringify(rest));
  if (typeof mac !== 'string' || mac.length !== want.length || !timingSafeEqual(Buffer.from(mac), Buffer.from(want))) {
    throw bad('fails authentication with its key: it was altered after writing');
  }
  if (o.files.some((f) => !f.stored)) throw bad('lacks stored entries for encrypted files');
  return { object: o, manifest, key };
}
