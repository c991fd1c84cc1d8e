// Byte-level necessary conditions checked right after a keyword hit, before any text is decoded.
// Keywords such as `https://` and `token` occur everywhere in code; these checks let the scanner drop
// hits where the rule's regex cannot match at all, or (the generic assignment rules) where every match
// would hold a value the generic filters always drop (code-values.ts). Each must accept every match that
// can become a finding (when unsure — e.g. a non-ASCII byte that could be Unicode whitespace — it says yes).

import { isDigitlessPropertyPath, opensCallOrMember } from '../code-values.ts';

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

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
  return end >= word.length && startsWithAt(b, end - word.length, word);
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

const isQuote = (c: number) => c === 34 || c === 39 || c === 96;
const isNameChar = (c: number) => isWord(c) || c === 46 || c === 45; // [A-Za-z0-9_.-]
/** The characters that end a generic value (define.ts VALUE: `[^\s'"\x60;,()\[\]{}<>]`). */
const stopsValue = (c: number) =>
  isSpace(c) || isQuote(c) || c === 59 || c === 44 || c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || c === 60 || c === 62;

/** VALUE's longest run. */
const VALUE_MAX = 200;

/**
 * VALUE(min, bare) from `i`, after its optional opening quote: `min` characters up to a quote, or `bare` unquoted;
 * and not a value the generic filters always drop (valueIsCode).
 */
function valueRunAt(b: Uint8Array, i: number, min: number, bare: number): boolean {
  const quoted = i < b.length && isQuote(b[i]);
  if (quoted) i++;
  let n = 0;
  for (; n <= VALUE_MAX && i + n < b.length; n++) {
    const c = b[i + n];
    if (c >= 0x80) return true; // a non-ASCII character may belong to the value: cannot tell here
    if (stopsValue(c)) break;
  }
  // Between quotes or bare, VALUE takes the whole run (it ends at a stop character): that run is the secret.
  const long = n >= bare || (quoted && n >= min && i + n < b.length && isQuote(b[i + n]));
  return long && !valueIsCode(b, i, n);
}

/**
 * The `n`-byte ASCII value at `i` is code wherever it stands (code-values.ts): a property path with no digit,
 * or a name followed by `(` / `[` that does not also occur earlier on its line (the filter looks at the first
 * occurrence of the value in the line). Runs longer than VALUE's 200 characters are cut by the regex: kept.
 */
function valueIsCode(b: Uint8Array, i: number, n: number): boolean {
  if (n > VALUE_MAX) return false;
  const next = i + n < b.length ? String.fromCharCode(b[i + n]) : '';
  const path = isPathStart(b[i]) && hasDot(b, i, n);
  if (path && isDigitlessPropertyPath(latin1(b, i, n))) return true;
  return opensCallOrMember(next) && !occursEarlierOnLine(b, i, n);
}

const isPathStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
function hasDot(b: Uint8Array, i: number, n: number): boolean {
  for (let k = 1; k < n; k++) if (b[i + k] === 46) return true;
  return false;
}
function latin1(b: Uint8Array, i: number, n: number): string {
  let s = '';
  for (let k = 0; k < n; k++) s += String.fromCharCode(b[i + k]);
  return s;
}

/** How far back a line's start is looked for; past that the value is taken to occur earlier (kept). */
const LINE_BACK = 2048;

/** The n bytes at `i` also start somewhere between their line's start and `i`. */
function occursEarlierOnLine(b: Uint8Array, i: number, n: number): boolean {
  let s = i;
  for (let k = 0; s > 0 && b[s - 1] !== 10; k++, s--) if (k === LINE_BACK) return true;
  for (; s < i; s++) {
    let k = 0;
    while (k < n && b[s + k] === b[i + k]) k++;
    if (k === n) return true;
  }
  return false;
}

/** What follows an assignment sign: `\s{0,5}(?:String::from\()?['"\x60]?` and a value. */
function valueAfterSign(b: Uint8Array, i: number, min: number, bare: number): boolean {
  for (let n = 0; n < 5 && i < b.length && isSpace(b[i]); n++) i++;
  if (i < b.length && b[i] >= 0x80) return true;
  return valueRunAt(b, i, min, bare) || (startsWithAt(b, i, 'string::from(') && valueRunAt(b, i + 13, min, bare));
}

/** The characters of a type annotation between a name and its `=` (define.ts TYPE_ANNOTATION), blanks included. */
const inTypeAnnotation = (c: number) => isWord(c) || isSpace(c) || c === 46 || c === 60 || c === 62 || c === 91 || c === 93 || c === 63 || c === 38 || c === 39 || c === 124;

/** After `:` at `i - 1`: a type annotation up to `=` (`: string = "…"`, `: Option<&'static str> = …`) and a value after it. */
function typedValueFollows(b: Uint8Array, i: number, min: number, bare: number): boolean {
  for (let n = 0; n < 200 && i < b.length; n++, i++) {
    const c = b[i];
    if (c >= 0x80) return true;
    if (c === 61) return b[i + 1] !== 61 && valueAfterSign(b, b[i + 1] === 62 ? i + 2 : i + 1, min, bare);
    if (!inTypeAnnotation(c)) return false;
  }
  return false;
}

/**
 * define.ts ASSIGN followed by VALUE(min, bare), from the end of the keyword: a name of at most 20 characters,
 * an optional quote and `]`, an optional type annotation, `:=` / `=>` / `=` / `:` (or a PHP define's comma),
 * then a value of `min` characters between quotes or `bare` unquoted. In code most `token`, `password` and
 * `secret` hits are names followed by `;`, `)`, a type or a short expression: no value can start there.
 */
export function assignedValueFollows(min: number, bare = min): (b: Uint8Array, end: number) => boolean {
  return (b, end) => {
    let i = end;
    for (let n = 0; n < 20 && i < b.length && isNameChar(b[i]); n++) i++;
    const quoted = i < b.length && (b[i] === 34 || b[i] === 39);
    if (quoted) i++;
    if (i < b.length && b[i] === 93) i++;
    const afterName = i;
    for (let n = 0; n < 5 && i < b.length && (isSpace(b[i]) || b[i] >= 0x80); n++) {
      if (b[i] >= 0x80) return true;
      i++;
    }
    if (i >= b.length) return false;
    const c = b[i];
    const next = b[i + 1];
    if (c === 61) return next !== 61 && valueAfterSign(b, next === 62 ? i + 2 : i + 1, min, bare);
    if (c === 44) return quoted && defineBefore(b, end) && valueAfterSign(b, i + 1, min, bare);
    if (c !== 58 || next === 58) return false; // `::` is a path, not an assignment (and no type starts with `:`)
    // `:=`, or `:` and a value (a value may start with `=`).
    if (valueAfterSign(b, i + 1, min, bare) || (next === 61 && valueAfterSign(b, i + 2, min, bare))) return true;
    // A typed declaration: the annotation's `:` is at most 3 blanks after the name.
    let j = afterName;
    for (let n = 0; n < 3 && j < b.length && isSpace(b[j]); n++) j++;
    return b[j] === 58 && typedValueFollows(b, j + 1, min, bare);
  };
}

/**
 * generic-key: after a keyword that does not end in `key` (`signing`, `encryption`, `hmac`), the name goes on
 * with `[_.-]?(?:secret[_.-]?)?key` before the assignment.
 */
export function keyAssignedValueFollows(min: number, bare = min): (b: Uint8Array, end: number) => boolean {
  const assigned = assignedValueFollows(min, bare);
  const isSep = (c: number) => c === 95 || c === 46 || c === 45;
  return (b, end) => {
    if (endsWith(b, end, 'key')) return assigned(b, end);
    for (const p0 of isSep(b[end]) ? [end, end + 1] : [end]) {
      for (const p1 of startsWithAt(b, p0, 'secret') ? (isSep(b[p0 + 6]) ? [p0, p0 + 6, p0 + 7] : [p0, p0 + 6]) : [p0]) {
        if (startsWithAt(b, p1, 'key') && assigned(b, p1 + 3)) return true;
      }
    }
    return false;
  };
}

/** `word` starts within `max` name characters (`[A-Za-z0-9_.-]`) after `end`, in any case (`aws…secret`, `ibm…api`). */
export function nameGoesOnTo(word: string, max: number): (b: Uint8Array, end: number) => boolean {
  return (b, end) => {
    for (let k = 0; k <= max; k++) {
      if (startsWithAt(b, end + k, word)) return true;
      const c = b[end + k];
      if (c === undefined || !isNameChar(c)) return false;
    }
    return false;
  };
}

/** The bytes before `end` spell `word` exactly (case-sensitive rules). */
function endsWithExact(b: Uint8Array, end: number, word: string): boolean {
  return end >= word.length && startsWithExact(b, end - word.length, word);
}

/** The bytes from `at` spell `word` exactly. */
function startsWithExact(b: Uint8Array, at: number, word: string): boolean {
  if (at + word.length > b.length) return false;
  for (let k = 0; k < word.length; k++) if (b[at + k] !== word.charCodeAt(k)) return false;
  return true;
}

const isHexLower = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102);

/** Mailchimp: `-us` after 32 lower-case hex characters (not glued to a word), then a digit. */
export function mailchimpKeyAround(b: Uint8Array, end: number): boolean {
  const s = end - 3;
  if (s < 32 || !endsWithExact(b, end, '-us') || !(b[end] >= 48 && b[end] <= 57)) return false;
  for (let k = s - 32; k < s; k++) if (!isHexLower(b[k])) return false;
  return s === 32 || !isWord(b[s - 33]);
}

/** A JWT: `eyJ` not glued to a token character, 8 to 4000 base64url characters, `.eyJ`. */
export function jwtFollows(b: Uint8Array, end: number): boolean {
  const s = end - 3;
  if (!endsWithExact(b, end, 'eyJ') || (s > 0 && (isWord(b[s - 1]) || b[s - 1] === 45))) return false;
  let i = end;
  while (i < b.length && i - end <= 4000 && (isWord(b[i]) || b[i] === 45)) i++;
  return i - end >= 8 && i - end <= 4000 && startsWithExact(b, i, '.eyJ');
}

/** `bearer` then 1-5 blanks and at least 20 token characters (`[A-Za-z0-9._~+/-]`). */
export function bearerTokenFollows(b: Uint8Array, end: number): boolean {
  let i = end;
  while (i < b.length && i - end < 5 && (b[i] === 32 || b[i] === 9)) i++;
  if (i === end) return false;
  for (let n = 0; n < 20; n++, i++) {
    const c = b[i];
    if (c === undefined || !(isWord(c) || c === 46 || c === 126 || c === 43 || c === 47 || c === 45)) return false;
  }
  return true;
}

/**
 * After `authorization`: one of `schemes` within the header's separators (quotes, blanks, `:`, `=`, `,`; 12 bytes
 * at most, more than the rules allow), in any case.
 */
export function headerSchemeFollows(...schemes: string[]): (b: Uint8Array, end: number) => boolean {
  const isGlue = (c: number) => c === 34 || c === 39 || c === 32 || c === 9 || c === 58 || c === 61 || c === 44;
  return (b, end) => {
    for (let i = end; i <= end + 12 && i < b.length; i++) {
      for (const s of schemes) if (startsWithAt(b, i, s)) return true;
      if (!isGlue(b[i])) return false;
    }
    return false;
  };
}

/** Before `at`: the start of the text or whitespace (the `(?:^|\s)` the rule starts with), or also `extra`. */
const openedAt = (b: Uint8Array, at: number, extra = -1) => at === 0 || isSpace(b[at - 1]) || b[at - 1] === extra || b[at - 1] >= 0x80;

/**
 * A .netrc entry (case-sensitive, as the rule): `machine` + blank + host + whitespace, then `login`, `account`
 * or `password`; or `default` + whitespace + `login` + blank.
 */
export function netrcEntryFollows(b: Uint8Array, end: number): boolean {
  if (endsWithExact(b, end, 'machine')) {
    if (!openedAt(b, end - 7) || !(b[end] === 32 || b[end] === 9)) return false;
    let i = end;
    while (i < b.length && (b[i] === 32 || b[i] === 9)) i++;
    let n = 0;
    for (; n < 253 && i < b.length && !isSpace(b[i]); n++, i++) if (b[i] >= 0x80) return true;
    if (n === 0 || i >= b.length || !isSpace(b[i])) return false;
    while (i < b.length && isSpace(b[i])) i++;
    if (b[i] >= 0x80) return true; // maybe Unicode whitespace
    return startsWithExact(b, i, 'login') || startsWithExact(b, i, 'account') || startsWithExact(b, i, 'password');
  }
  for (const kw of ['default login', 'default\n', 'default\r\n']) {
    if (!endsWithExact(b, end, kw)) continue;
    if (!openedAt(b, end - kw.length)) return false;
    if (kw === 'default login') return b[end] === 32 || b[end] === 9;
    let i = end;
    while (i < b.length && isSpace(b[i])) i++;
    if (b[i] >= 0x80) return true;
    return startsWithExact(b, i, 'login') && (b[i + 5] === 32 || b[i + 5] === 9);
  }
  // The automaton's hits ignore case, the rule does not: `Machine`, `DEFAULT` cannot start an entry.
  return false;
}

/** npm `_auth` / `_password` (case-sensitive): after whitespace, `:` or the start, then `[ \t]{0,3}=`. */
export function npmAuthAssigned(b: Uint8Array, end: number): boolean {
  const kw = endsWithExact(b, end, '_auth') ? 5 : endsWithExact(b, end, '_password') ? 9 : 0;
  if (kw === 0 || !openedAt(b, end - kw, 58)) return false;
  let i = end;
  for (let n = 0; n < 3 && (b[i] === 32 || b[i] === 9); n++) i++;
  return b[i] === 61;
}

/** At least `min` characters of `inClass` right after the keyword: a provider token's body after its prefix. */
export function runFollows(min: number, inClass: (c: number) => boolean): (b: Uint8Array, end: number) => boolean {
  return (b, end) => {
    if (end + min > b.length) return false;
    for (let i = end; i < end + min; i++) if (!inClass(b[i])) return false;
    return true;
  };
}

export const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `[A-Za-z0-9_-]`: base64url. */
export const isBase64Url = (c: number) => isAlnum(c) || c === 95 || c === 45;

/** AWS key ids (case-sensitive): an upper-case type prefix not glued to a letter or digit, then 16 base32 characters. */
export function awsKeyIdFollows(b: Uint8Array, end: number): boolean {
  const s = end - 4;
  if (s < 0 || (s > 0 && isAlnum(b[s - 1]))) return false;
  for (let i = s; i < end; i++) if (b[i] < 65 || b[i] > 90) return false;
  return runFollows(16, (c) => (c >= 65 && c <= 90) || (c >= 50 && c <= 55))(b, end);
}

/**
 * A connection URL (`postgres`, `redis`, …): the rest of the scheme (`ql`, `s`, `+srv`, `+driver`; at most 25
 * characters of `[A-Za-z0-9+]`), `://`, then `user:password@`.
 */
export function schemeUserinfoFollows(b: Uint8Array, end: number): boolean {
  let i = end;
  for (let n = 0; n < 25 && i < b.length && (isAlnum(b[i]) || b[i] === 43); n++) i++;
  return startsWithExact(b, i, '://') && userinfoFollows(b, i + 3);
}

/** prose.ts VALUE's characters: `[^\s'"\x60<>()\[\]{}\\]`. */
const inProseValue = (c: number) => !(isSpace(c) || isQuote(c) || c === 60 || c === 62 || c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || c === 92);

/**
 * prose-secret, after `… is` / `… was` / `… are` / `api key:`-style keywords: `\s*:?\s*`, up to two quotes, backticks
 * or `*`, then 8 value characters. After `set \``: a name up to a closing quote, blanks and `to`. Other keywords: yes.
 */
export function proseValueFollows(b: Uint8Array, end: number): boolean {
  if (endsWith(b, end, 'set `')) {
    let i = end;
    for (let n = 0; n < 70 && i < b.length && (isWord(b[i]) || b[i] === 32 || b[i] === 46 || b[i] === 45); n++) i++;
    if (i >= b.length || b[i] >= 0x80) return i < b.length;
    if (!isQuote(b[i]) || !isSpace(b[i + 1])) return false;
    i++;
    while (i < b.length && isSpace(b[i])) i++;
    return startsWithAt(b, i, 'to');
  }
  if (!(endsWith(b, end, ' is') || endsWith(b, end, ' was') || endsWith(b, end, ' are') || endsWith(b, end, 'key:') || endsWith(b, end, 'token:'))) return true;
  let i = end;
  while (i < b.length && isSpace(b[i])) i++;
  if (proseOpenedValueAt(b, i)) return true;
  // `:` is a value character too: the value may start with it, or after it and blanks.
  if (b[i] !== 58) return false;
  i++;
  while (i < b.length && isSpace(b[i])) i++;
  return proseOpenedValueAt(b, i);
}

/** Up to two opening marks (quotes, backticks, `*`), then 8 value characters (`*` is one too). */
function proseOpenedValueAt(b: Uint8Array, i: number): boolean {
  for (let k = 0; k <= 2; k++) {
    if (k > 0 && !(isQuote(b[i + k - 1]) || b[i + k - 1] === 42)) return false;
    if (proseValueAt(b, i + k)) return true;
  }
  return false;
}

function proseValueAt(b: Uint8Array, i: number): boolean {
  for (let n = 0; n < 8; n++, i++) {
    if (i >= b.length) return false;
    if (b[i] >= 0x80) return true; // Unicode whitespace or a value character: cannot tell here
    if (!inProseValue(b[i])) return false;
  }
  return true;
}
