// One meaning for path globs in every action (exclude, allow-list paths, leak patterns, file classes):
// .gitignore's. A pattern without a slash (a trailing one aside) matches a name at any depth; one with a
// slash is anchored at the root; a trailing slash matches directories only; a match on a directory covers
// everything below it; `!` re-includes, the last matching pattern decides, and nothing below an excluded
// directory can be re-included. picomatch does the matching, so braces (`{a,b}`) work as well.
import picomatch from 'picomatch';

export interface PathGlobs {
  /** True when the path, or a directory above it, is matched. Paths are relative and `/`-separated. */
  matches(path: string, isDir?: boolean): boolean;
  /** The pattern that decided the match (for messages), or undefined when there is none. */
  matchedBy(path: string, isDir?: boolean): string | undefined;
}

interface Compiled {
  pattern: string;
  negated: boolean;
  dirOnly: boolean;
  anchored: boolean;
  /** The glob as picomatch reads it, and its regular expression (for the union below). */
  body: string;
  /** For `*.ext`-style names: the part after `*` (see SUFFIX_GLOB). */
  suffix: string | undefined;
  re: RegExp;
  test: (s: string) => boolean;
}

function compileOne(pattern: string): Compiled {
  const negated = pattern.startsWith('!');
  let body = (negated ? pattern.slice(1) : pattern).replace(/^(?:\.\/)+/, '');
  const dirOnly = body.endsWith('/');
  body = body.replace(/\/+$/, '');
  // `**/name` means what `name` means (any depth), and a name is cheaper to test than a whole path.
  if (/^\*\*\/[^/]+$/.test(body)) body = body.slice(3);
  const anchored = body.includes('/');
  body = body
    .replace(/^\/+/, '')
    // git: `dir/**` is what is inside dir, not dir itself (picomatch would match `dir` too).
    .replace(/\/\*\*$/, '/**/*')
    // fnmatch's negated class `[!a]` is picomatch's `[^a]`.
    .replace(/(^|[^\\])\[!/g, '$1[^');
  // (Not for suffixes of dots only: picomatch never matches the names `.` and `..`.)
  // (Not for suffixes of dots only: picomatch never matches the names `.` and `..`.)
  const suffix = SUFFIX_GLOB.test(body) && !/^\.+$/.test(body.slice(1)) ? body.slice(1) : undefined;
  return {
    pattern,
    negated,
    dirOnly,
    anchored,
    body,
    suffix,
    re: picomatch.makeRe(body, { dot: true }),
    test: suffix !== undefined ? (s) => s.endsWith(suffix) : picomatch(body, { dot: true }),
  };
}

/**
 * `*.ext`-style names (`*` and then only plain characters): with dot matching on, picomatch's meaning of
 * them is exactly "the name ends with .ext" (the default leak pattern `*.leak` is one). Tested with
 * endsWith instead of a regular expression: it is asked for every file of a walk.
 */
const SUFFIX_GLOB = /^\*[^*?[\]{}()!+@\\/]+$/;

/**
 * Whether any of the patterns can match: one regular expression for the union of the anchored ones
 * (tried on the path) and one for the rest (tried on the name), plus picomatch's exact-text shortcut.
 * Most paths match no pattern, so this one look replaces a test per pattern (a 20,000-file diff
 * spent most of its classification time in those).
 */
function anyCanMatch(list: readonly Compiled[]): (path: string, name: string) => boolean {
  const union = (cs: readonly Compiled[]) => (cs.length ? new RegExp(cs.map((c) => `(?:${c.re.source})`).join('|'), cs[0]!.re.flags) : null);
  const onPath = union(list.filter((c) => c.anchored));
  const onName = union(list.filter((c) => !c.anchored && c.suffix === undefined));
  const suffixes = list.filter((c) => !c.anchored && c.suffix !== undefined).map((c) => c.suffix!);
  // A body without a slash can only equal the name, one with a slash only the path: two sets, each
  // skipped when empty (hashing every path of a walk showed in profiles).
  const exactPath = new Set(list.filter((c) => c.anchored).map((c) => c.body));
  const exactName = new Set(list.filter((c) => !c.anchored).map((c) => c.body));
  const byPath = exactPath.size > 0;
  const bySuffix = (name: string) => {
    for (const x of suffixes) if (name.endsWith(x)) return true;
    return false;
  };
  return (path, name) =>
    (byPath && exactPath.has(path)) || exactName.has(name) || bySuffix(name) || (onPath?.test(path) ?? false) || (onName?.test(name) ?? false);
}

const NONE: PathGlobs = { matches: () => false, matchedBy: () => undefined };

export function compilePathGlobs(patterns: readonly string[]): PathGlobs {
  const list = patterns.map((p) => p.trim()).filter((p) => p !== '' && p !== '!').map(compileOne);
  if (list.length === 0) return NONE;
  const suffixes = suffixGlobs(list);
  if (suffixes) return suffixes;

  const forFiles = anyCanMatch(list.filter((c) => !c.dirOnly));
  const forDirs = anyCanMatch(list);
  /** The last pattern matching this one path (no look at its parents), negated or not. */
  const decide = (path: string, isDir: boolean): string | undefined => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (!(isDir ? forDirs : forFiles)(path, name)) return undefined;
    for (let i = list.length - 1; i >= 0; i--) {
      const c = list[i]!;
      if (c.dirOnly && !isDir) continue;
      if (c.test(c.anchored ? path : name)) return c.negated ? undefined : c.pattern;
    }
    return undefined;
  };
  // Directories repeat for every file below them: each is decided once, with its parents first
  // (an excluded directory decides for everything below it).
  const dirs = new Map<string, string | undefined>();
  const underDir = (dir: string): string | undefined => {
    const known = dirs.get(dir);
    if (known !== undefined || dirs.has(dir)) return known;
    const slash = dir.lastIndexOf('/');
    const r = (slash < 0 ? undefined : underDir(dir.slice(0, slash))) ?? decide(dir, true);
    dirs.set(dir, r);
    return r;
  };
  // The last directory asked about: a walk asks for every file of a directory in a row, and comparing
  // the prefix costs less than cutting and hashing the same directory string again for each file.
  let lastDir = '';
  let lastDirResult: string | undefined;
  const matchedBy = (raw: string, isDir = false): string | undefined => {
    const path = normalized(raw);
    const slash = path.lastIndexOf('/');
    if (slash < 0) return decide(path, isDir);
    if (slash !== lastDir.length || !path.startsWith(lastDir)) {
      lastDir = path.slice(0, slash);
      lastDirResult = underDir(lastDir);
    }
    return lastDirResult ?? decide(path, isDir);
  };
  return { matchedBy, matches: (path, isDir) => matchedBy(path, isDir) !== undefined };
}

/**
 * Only `*.ext`-style names, none negated, anchored or for directories only (the default leak pattern `*.leak` is
 * one such list): a path matches when a directory's name or its own ends with a suffix. The outermost matching
 * directory decides, with the last pattern that matches it, else the last pattern matching the name, as in the
 * general matcher. A few native searches per path instead of cutting and hashing names and directories: this
 * is asked for every file of a walk (on 83k paths ~1 µs each had become ~4% of a tree scan's first thread).
 */
function suffixGlobs(list: readonly Compiled[]): PathGlobs | undefined {
  if (!list.every((c) => c.suffix !== undefined && !c.negated && !c.anchored && !c.dirOnly)) return undefined;
  const suffixes = list.map((c) => c.suffix!);
  const dirSuffixes = suffixes.map((s) => s + '/');
  const matchedBy = (raw: string): string | undefined => {
    const path = normalized(raw);
    let dirEnd = -1;
    let hit = -1;
    for (let i = 0; i < dirSuffixes.length; i++) {
      const at = path.indexOf(dirSuffixes[i]!);
      if (at === -1) continue;
      // The first directory (from the root) ending in this suffix ends at this '/'. The outermost such directory
      // decides; of patterns matching the same one, the later.
      const end = at + suffixes[i]!.length;
      if (dirEnd === -1 || end <= dirEnd) {
        dirEnd = end;
        hit = i;
      }
    }
    if (hit !== -1) return list[hit]!.pattern;
    for (let i = suffixes.length - 1; i >= 0; i--) if (path.endsWith(suffixes[i]!)) return list[i]!.pattern;
    return undefined;
  };
  return { matchedBy, matches: (path) => matchedBy(path) !== undefined };
}

/** `./x`, `/x` and backslashes made a plain relative `/`-separated path (a walk's own paths have none of them). */
function normalized(p: string): string {
  const c0 = p.charCodeAt(0);
  const needs = c0 === 47 || (c0 === 46 && p.charCodeAt(1) === 47) || p.includes('\\');
  return needs ? p.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+/, '') : p;
}
