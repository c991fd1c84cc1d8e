// A rule set prepared once for scanning: one keyword automaton for all rules, a global regex copy per
// rule to find candidates and a sticky copy with match indices (the `d` flag) to place a candidate's
// `secret` group exactly.
import type { SecretRule } from '../types.ts';
import { KeywordMatcher } from './keywords.ts';

export const DEFAULT_WINDOW = 256;
/** Forward bound for multi-line rules (a PEM RSA-4096 private key is ~3.3 KB). */
export const DEFAULT_MULTILINE_WINDOW = 16_384;

export interface CompiledRule {
  rule: SecretRule;
  /** Finds candidates: global, without match indices (the `d` flag costs on every match). */
  re: RegExp;
  /** Sticky, with indices: run once at a candidate to place its `secret` group; undefined when it has none. */
  locate: RegExp | undefined;
  /**
   * The `secret` group lies inside the match (not in a lookaround), so a value that occurs once in the
   * matched text is placed by searching for it, without `locate`.
   */
  secretInMatch: boolean;
  window: number;
  multiline: boolean;
  /** The rule's byte precheck at a keyword hit (see SecretRule.near). */
  near: ((bytes: Uint8Array, end: number) => boolean) | undefined;
  /** Index of the `secret` group among the pattern's capture groups (m[i]); -1 without one. */
  secretGroup: number;
  // The rule's fields the hot path reads, copied here: every CompiledRule has one shape, so these reads stay
  // monomorphic (168 rule objects of dozens of shapes made the optimized scan loop deoptimize and recompile
  // over and over, ~0.3 s of JIT work per thread on the source tree).
  id: string;
  minEntropy: number | undefined;
  validate: ((secret: string) => boolean) | undefined;
  reject: ((secret: string, line: string) => boolean) | undefined;
  confidence: number;
}

export interface CompiledRules {
  rules: readonly CompiledRule[];
  matcher: KeywordMatcher;
  /** keyword index -> indices into `rules`. */
  keywordRules: readonly (readonly number[])[];
  /** keyword index -> keyword length. */
  keywordLength: readonly number[];
  /** Rules without keywords run over the whole text. */
  everywhere: readonly number[];
  /** Largest reach of any rule around a hit; chunked scans overlap by more than this. */
  maxReach: number;
}

const cache = new WeakMap<readonly SecretRule[], CompiledRules>();

export function compileRules(rules: readonly SecretRule[]): CompiledRules {
  const hit = cache.get(rules);
  if (hit) return hit;
  const compiled: CompiledRule[] = rules.map((given) => {
    const rule = shapeRule(given);
    const flags = rule.pattern.flags.replace(/[gyd]/g, '');
    const multiline = rule.multiline === true;
    return {
      rule,
      re: new RegExp(rule.pattern.source, flags + 'g'),
      locate: /\(\?<secret>/.test(rule.pattern.source) ? new RegExp(rule.pattern.source, flags + 'yd') : undefined,
      secretInMatch: secretGroupInMatch(rule.pattern.source),
      window: rule.window ?? (multiline ? DEFAULT_MULTILINE_WINDOW : DEFAULT_WINDOW),
      multiline,
      near: rule.near,
      secretGroup: secretGroupIndex(rule.pattern.source),
      id: rule.id,
      minEntropy: rule.minEntropy,
      validate: rule.validate,
      reject: rule.reject,
      confidence: rule.confidence ?? 0.8,
    };
  });
  const kwIndex = new Map<string, number>();
  const keywordRules: number[][] = [];
  const everywhere: number[] = [];
  compiled.forEach((c, i) => {
    const kws = c.rule.keywords.filter((k) => k.length > 0);
    if (kws.length === 0) everywhere.push(i);
    for (const k of kws) {
      const key = k.toLowerCase();
      let idx = kwIndex.get(key);
      if (idx === undefined) {
        idx = kwIndex.size;
        kwIndex.set(key, idx);
        keywordRules.push([]);
      }
      if (!keywordRules[idx].includes(i)) keywordRules[idx].push(i);
    }
  });
  const maxKw = Math.max(0, ...[...kwIndex.keys()].map((k) => k.length));
  const maxReach = Math.max(DEFAULT_WINDOW, ...compiled.map((c) => c.window)) + maxKw + LINE_SLACK + MAX_TOKEN_RUN;
  const result: CompiledRules = {
    rules: compiled,
    matcher: new KeywordMatcher([...kwIndex.keys()]),
    keywordRules,
    keywordLength: [...kwIndex.keys()].map((k) => k.length),
    everywhere,
    maxReach,
  };
  cache.set(rules, result);
  return result;
}

/**
 * The same rule as an object of one fixed shape (every field present, in one order), for the filters that
 * read rule fields on every candidate: objects built from different key sets have different hidden classes.
 */
export function shapeRule(r: SecretRule): SecretRule {
  return {
    id: r.id,
    name: r.name,
    severity: r.severity,
    description: r.description,
    remediation: r.remediation,
    helpUri: r.helpUri,
    tags: r.tags,
    keywords: r.keywords,
    pattern: r.pattern,
    minEntropy: r.minEntropy,
    validate: r.validate,
    reject: r.reject,
    confidence: r.confidence,
    window: r.window,
    near: r.near,
    multiline: r.multiline,
    decoded: r.decoded,
    family: r.family,
  };
}

/**
 * Calls `visit` at each `(` and `)` of a pattern that opens or closes a group (escaped characters and
 * character classes skipped); stops when it returns true.
 */
function eachParen(source: string, visit: (i: number, open: boolean) => boolean | void): void {
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if ((c === '(' || c === ')') && visit(i, c === '(')) return;
  }
}

/** 1-based index of the `secret` group among a pattern's capturing groups, -1 if it has none. */
export function secretGroupIndex(source: string): number {
  let n = 0;
  let found = -1;
  eachParen(source, (i, open) => {
    if (!open) return false;
    const named = source[i + 1] === '?' && source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!';
    if (source[i + 1] !== '?' || named) n++; // plain or named capturing group
    if (named && source.startsWith('(?<secret>', i)) found = n;
    return found !== -1;
  });
  return found;
}

/** True when the `secret` group of a pattern is not inside a lookaround (escapes and classes respected). */
export function secretGroupInMatch(source: string): boolean {
  const open: boolean[] = []; // per open group: is it a lookaround?
  let inMatch = false;
  eachParen(source, (i, opening) => {
    if (!opening) {
      open.pop();
      return false;
    }
    if (source.startsWith('(?<secret>', i)) {
      inMatch = !open.includes(true);
      return true;
    }
    open.push(/^\(\?(?:=|!|<=|<!)/.test(source.slice(i, i + 4)));
    return false;
  });
  return inMatch;
}

/**
 * Decoded regions are widened to whole lines by at most this many bytes each way. Regex windows widen by
 * at most LINE_SLACK / 4 characters (and lineText takes that much context), so a region always holds them
 * even when every character takes 4 bytes: the region path then sees exactly what a full decode sees.
 */
export const LINE_SLACK = 1024;

/**
 * A window or region that ends inside a run of token characters is carried on to the run's end (at most
 * MAX_TOKEN_RUN further). A structured token longer than the window (a JWT with a 2 KB payload: a
 * Kubernetes service-account or OIDC ID token) is then seen whole, so a rule that needs its later parts
 * (the second dot) can match at all. The set is the base64 / base64url / dotted-token alphabet: runs of it
 * are short in ordinary code, so the extra text is paid for only where a long token really is.
 */
export const MAX_TOKEN_RUN = 32_768;
const TOKEN_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.+/=~') TOKEN_CHAR[c.charCodeAt(0)] = 1;

/**
 * The last token run walked, [from, end): every character in it is a token character. Callers ask for run
 * ends at many positions of one text, mostly in increasing order and often inside the same run; without
 * this, each keyword hit inside a long run walked the run again (a 3 MB minified bundle and 60 KB base64
 * blobs took 2-15 MB/s). With it each run is walked about once.
 */
export interface TokenRunMemo {
  from: number;
  end: number;
}

export const newTokenRunMemo = (): TokenRunMemo => ({ from: -1, end: -1 });

/** End of the token run at byte `p` of `b` (p itself when b[p] is no token character). */
export function tokenRunEndBytes(b: Uint8Array, p: number, memo?: TokenRunMemo): number {
  const stop = Math.min(b.length, p + MAX_TOKEN_RUN);
  let q = p;
  if (memo && p >= memo.from && p < memo.end) q = memo.end;
  else if (memo) memo.from = p;
  if (q >= stop) return stop;
  while (q < stop && b[q] < 128 && TOKEN_CHAR[b[q]] === 1) q++;
  if (memo) memo.end = q;
  return q;
}

/** The same over a string (token characters are ASCII, so both agree on ASCII text). */
export function tokenRunEndText(s: string, p: number, memo?: TokenRunMemo): number {
  const stop = Math.min(s.length, p + MAX_TOKEN_RUN);
  let q = p;
  if (memo && p >= memo.from && p < memo.end) q = memo.end;
  else if (memo) memo.from = p;
  if (q >= stop) return stop;
  while (q < stop) {
    const c = s.charCodeAt(q);
    if (c >= 128 || TOKEN_CHAR[c] !== 1) break;
    q++;
  }
  if (memo) memo.end = q;
  return q;
}
