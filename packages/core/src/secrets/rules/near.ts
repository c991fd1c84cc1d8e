// Byte-level necessary conditions checked right after a keyword hit, before any text is decoded.
// Keywords such as `https://` and `token` occur everywhere in code; these checks let the scanner drop
// hits where the rule's regex cannot match at all. Each must accept every real match (when unsure —
// e.g. a non-ASCII byte that could be Unicode whitespace — it says yes).

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** `[A-Za-z0-9_.-]{0,20}['"]?\]?\s{0,5}` then `:` or `=`: an assignment follows the keyword (generic rules). */
export function assignmentFollows(b: Uint8Array, end: number): boolean {
  let i = end;
  for (let n = 0; n < 20 && i < b.length && (isWord(b[i]) || b[i] === 46 || b[i] === 45); n++) i++;
  if (i < b.length && (b[i] === 34 || b[i] === 39)) i++;
  if (i < b.length && b[i] === 93) i++;
  for (let n = 0; n < 5 && i < b.length && (isSpace(b[i]) || b[i] >= 0x80); n++) {
    if (b[i] >= 0x80) return true;
    i++;
  }
  return i < b.length && (b[i] === 58 || b[i] === 61);
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
