// Provider checksums that let a scanner tell a real token from a random look-alike offline.
// GitHub (2021 token format) and npm (2021 format) tokens are `<prefix>_` + 30 random base62
// characters + 6 characters: the CRC32 of the 30 random characters, base62-encoded with
// leading zeros (alphabet 0-9A-Za-z).
import { crc32 as zlibCrc32 } from 'node:zlib';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** CRC32 (IEEE, as zlib) of the UTF-8 bytes of `str`, as an unsigned 32-bit integer. */
export function crc32(str: string): number {
  return zlibCrc32(str) >>> 0;
}

/** Base62 (0-9A-Za-z) of a non-negative integer, left-padded with '0' to `width`. */
export function base62(n: number, width: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('base62 expects a non-negative safe integer');
  let out = '';
  let v = n;
  do {
    out = BASE62[v % 62] + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out.padStart(width, '0');
}

const RANDOM_LEN = 30;
const CHECK_LEN = 6;

/** True when `body` (random part + 6 checksum chars) carries a correct base62 CRC32. */
function validBase62Crc(body: string): boolean {
  if (body.length !== RANDOM_LEN + CHECK_LEN || !/^[0-9A-Za-z]+$/.test(body)) return false;
  const random = body.slice(0, RANDOM_LEN);
  return base62(crc32(random), CHECK_LEN) === body.slice(RANDOM_LEN);
}

/** ghp_/gho_/ghu_/ghs_/ghr_ tokens of 40 characters with a valid checksum. */
export function validGitHubToken(token: string): boolean {
  if (!/^gh[pousr]_/.test(token)) return false;
  return validBase62Crc(token.slice(4));
}

/** npm_ tokens (40 characters) with a valid checksum. */
export function validNpmToken(token: string): boolean {
  if (!token.startsWith('npm_')) return false;
  return validBase62Crc(token.slice(4));
}

/** Appends the checksum to a 30-char random part; used by test generators and docs. */
export function withBase62Checksum(random: string): string {
  return random + base62(crc32(random), CHECK_LEN);
}
