// Byte-level necessary conditions checked right after a keyword hit, before any text is decoded.
// Keywords such as `https://` and `token` occur everywhere in code; these checks let the scanner drop
// hits where the rule's regex cannot match at all. Each must accept every real match (when unsure —
// e.g. a non-ASCII byte that could be Unicode whitespace — it says yes).

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * `[A-Za-z0-9_.-]{0,20}['"]?\]?\s{0,5}` then `:` or `=`: an assignment follows the keyword (generic rules);
 * or, after a closing quote, the comma of a PHP `define('NAME', …)` call.
 */
export function assignmentFollows(b: Uint8Array, end: number): boolean {
  let i = end;
  for (let n = 0; n < 20 && i < b.length && (isWord(b[i]) || b[i] === 46 || b[i] === 45); n++) i++;
  const quoted = i < b.length && (b[i] === 34 || b[i] === 39);
  if (quoted) i++;
  if (i < b.length && b[i] === 93) i++;
  for (let n = 0; n < 5 && i < b.length && (isSpace(b[i]) || b[i] >= 0x80); n++) {
    if (b[i] >= 0x80) return true;
    i++;
  }
  if (i >= b.length) return false;
  return b[i] === 58 || b[i] === 61 || (quoted && b[i] === 44 && defineBefore(b, end));
}

const DEFINE = [100, 101, 102, 105, 110, 101, 40]; // `define(`, lower case
/** `define(` (any case) within 100 bytes before `at` on the same line. */
function defineBefore(b: Uint8Array, at: number): boolean {
  for (let s = at - 1, n = 0; n < 100 && s >= 6 && b[s] !== 10; n++, s--) {
    if (b[s] !== 40) continue;
    let k = 0;
    while (k < 7 && (b[s - 6 + k] | 0x20) === DEFINE[k]) k++; // `(` | 0x20 is `(`
    if (k === 7) return true;
  }
  return false;
}

/**
 * `[A-Za-z0-9_]{0,41}=`: the keyword is part of an environment variable name being assigned; or, on a
 * Dockerfile `ENV NAME value` line, the name is followed by a blank.
 */
export function envAssignmentFollows(b: Uint8Array, end: number): boolean {
  let i = end;
  for (let n = 0; n < 41 && i < b.length && isWord(b[i]); n++) i++;
  if (i < b.length && b[i] === 61) return true;
  return i < b.length && (b[i] === 32 || b[i] === 9) && dockerEnvLine(b, end);
}

/** The line holding offset `at` starts with `ENV ` (after up to 8 blanks). */
function dockerEnvLine(b: Uint8Array, at: number): boolean {
  let s = at;
  for (let n = 0; n < 160 && s > 0 && b[s - 1] !== 10; n++) s--;
  while (s < at && (b[s] === 32 || b[s] === 9)) s++;
  return b[s] === 69 && b[s + 1] === 78 && b[s + 2] === 86 && (b[s + 3] === 32 || b[s + 3] === 9);
}

// user: [^\s:@/'"`<>]{1,100}, then ':', password: [^\s@/'"`<>]{1,200}, then '@'.
const stopsUser = (c: number) => isSpace(c) || c === 58 || c === 64 || c === 47 || c === 39 || c === 34 || c === 96 || c === 60 || c === 62;
const stopsPassword = (c: number) => isSpace(c) || c === 64 || c === 47 || c === 39 || c === 34 || c === 96 || c === 60 || c === 62;

/** After `scheme://`: `user:password@` follows. */
export function userinfoFollows(b: Uint8Array, end: number): boolean {
  let i = end;
  let n = 0;
  for (; n < 100 && i < b.length && !stopsUser(b[i]); n++, i++) if (b[i] >= 0x80) return true;
  if (n === 0 || i >= b.length || b[i] !== 58) return false;
  i++;
  n = 0;
  for (; n < 200 && i < b.length && !stopsPassword(b[i]); n++, i++) if (b[i] >= 0x80) return true;
  return n > 0 && i < b.length && b[i] === 64;
}

const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
/** The bytes before `end` spell `word` (lower-case ASCII), in any case. */
export function endsWith(b: Uint8Array, end: number, word: string): boolean {
  if (end < word.length) return false;
  for (let k = 0; k < word.length; k++) if (lower(b[end - word.length + k]) !== word.charCodeAt(k)) return false;
  return true;
}

/** The bytes from `at` spell `word` (lower-case ASCII), in any case. */
function startsWithAt(b: Uint8Array, at: number, word: string): boolean {
  if (at + word.length > b.length) return false;
  for (let k = 0; k < word.length; k++) if (lower(b[at + k]) !== word.charCodeAt(k)) return false;
  return true;
}

/** `['"]?user:password` at `i`: the user `[^\s:'"$]{1,64}`, then a password that is not a blank or quote. */
function userPasswordAt(b: Uint8Array, i: number): boolean {
  if (i < b.length && (b[i] === 34 || b[i] === 39)) i++;
  let n = 0;
  for (; n < 64 && i < b.length; n++, i++) {
    const c = b[i];
    if (c >= 0x80) return true; // maybe Unicode whitespace: cannot tell here
    if (isSpace(c) || c === 58 || c === 34 || c === 39 || c === 36) break;
  }
  if (n === 0 || i + 1 >= b.length || b[i] !== 58) return false;
  const c = b[i + 1];
  return c >= 0x80 || !(isSpace(c) || c === 34 || c === 39 || c === 96);
}

/**
 * The command-line rule's keywords that are common in code: after `mysql`, a glued `-p…` or `--password=…` on the same line; after ` -a ` / ` --auth`, a `user:password` argument. Other keywords (curl, wget, …): yes.
 */
export function cliCredentialFollows(b: Uint8Array, end: number): boolean {
  if (endsWith(b, end, ' -a ')) return userPasswordAt(b, end);
  if (endsWith(b, end, ' --auth')) return end < b.length && (b[end] === 32 || b[end] === 61) && userPasswordAt(b, end + 1);
  if (!endsWith(b, end, 'mysql')) return true;
  for (let i = end, n = 0; n < 300 && i + 2 < b.length && b[i] !== 10; n++, i++) {
    if (b[i] !== 45 || !isSpace(b[i - 1])) continue;
    if (b[i + 1] === 112 && !isSpace(b[i + 2])) return true; // -p<password>
    if (b[i + 1] === 45 && startsWithAt(b, i + 2, 'password=') && i + 11 < b.length && !isSpace(b[i + 11])) return true; // --password=<password>
  }
  return false;
}

/** A `/` within `max` bytes after `end`, on the same line (UTF-8 never hides a `/` inside a multi-byte character). */
export function slashFollows(b: Uint8Array, end: number, max: number): boolean {
  for (let i = end, n = 0; n < max && i < b.length && b[i] !== 10; n++, i++) if (b[i] === 47) return true;
  return false;
}
