// Text -> RawMatch[]: keyword hits open windows, a rule's regex runs only inside its merged windows.
import type { SecretRule } from '../types.ts';
import { meetsEntropy } from '../entropy.ts';
import { compileRules, LINE_SLACK, newTokenRunMemo, tokenRunEndText, type CompiledRules, type CompiledRule } from './compile.ts';
import { LineIndex } from './lines.ts';
import type { RawMatch, ScanTextOptions } from './types.ts';

/** Where a text part sits in its file, and which secret offsets it owns (chunked scans overlap). */
export interface TextPart {
  ownFrom: number;
  ownTo: number;
  /** 1-based line and column of offset 0. */
  line0: number;
  col0: number;
  /** The file goes on after this text (a decoded region): a match reaching the end sets `truncated`. */
  openEnd?: boolean;
  truncated?: boolean;
}

const GROW_BY = 4096;
const MAX_GROW = 4;

const MAX_LINE_TEXT = 1024;
const LINE_CONTEXT = LINE_SLACK / 4;

export function scanText(text: string, path: string, rules: readonly SecretRule[] | CompiledRules, opts: ScanTextOptions = {}): RawMatch[] {
  const cr = 'matcher' in rules ? rules : compileRules(rules);
  let start = 0;
  if (text.charCodeAt(0) === 0xfeff) start = 1; // a BOM is not a column
  const body = start ? text.slice(1) : text;
  return scanTextPart(body, path, cr, opts, { ownFrom: 0, ownTo: body.length, line0: 1, col0: 1 });
}

/** Keyword hits of every rule, as triples: rule index, hit start, end of the keyword. */
export function ruleHitsOfText(text: string, cr: CompiledRules): number[] {
  const out: number[] = [];
  const kwLens = cr.keywordLength;
  cr.matcher.scanString(text, (k, start) => {
    for (const ri of cr.keywordRules[k]) out.push(ri, start, start + kwLens[k]);
  });
  return out;
}

/**
 * `hits` (triples, see ruleHitsOfText) may be given when the caller already ran the keyword automaton over
 * bytes whose offsets equal the text's (pure ASCII) and applied each rule's byte precheck, so the text is
 * not scanned twice and a rule's regex runs only around the hits its precheck kept.
 */
export function scanTextPart(text: string, path: string, cr: CompiledRules, opts: ScanTextOptions, part: TextPart, hits?: readonly number[]): RawMatch[] {
  // Most texts (history: most added-line blocks) have no hit at all: find out before allocating anything.
  hits ??= ruleHitsOfText(text, cr);
  if (hits.length === 0 && cr.everywhere.length === 0) return [];
  const windows: (number[] | undefined)[] = new Array(cr.rules.length);
  // The rules with windows, so the loop below visits those only (a region has hits of a few rules of ~170).
  const touched: number[] = [];
  const runs = newTokenRunMemo();
  for (let i = 0; i < hits.length; i += 3) {
    const ri = hits[i];
    const start = hits[i + 1];
    const c = cr.rules[ri];
    const end = tokenRunEndText(text, Math.min(text.length, hits[i + 2] + c.window), runs);
    // Multi-line rules see the text from the keyword's line on; others a window each side.
    const from = c.multiline ? Math.max(lineStartBounded(text, start), start - c.window) : start - c.window;
    let w = windows[ri];
    if (w === undefined) {
      w = windows[ri] = [];
      touched.push(ri);
    }
    w.push(Math.max(0, from), end);
  }
  for (const ri of cr.everywhere) {
    if (windows[ri] === undefined) touched.push(ri);
    windows[ri] = [0, text.length];
  }
  if (touched.length > 1) touched.sort((x, y) => x - y); // rule order, as before

  const st = new PartScan(text, path, opts, part);
  for (const ri of touched) {
    const c = cr.rules[ri];
    if (opts.isRuleOffForPath?.(c.rule, path)) continue;
    runRule(st, c, ri, mergeWindows(text, windows[ri]!));
  }
  const out = st.out;
  if (out.length === 0) return [];
  out.sort((x, y) => x.offset - y.offset || (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0));
  // Spelled out, not `({ offset, ...m }) => m`: objects made by a rest pattern did not share one shape,
  // and the code moving matches to file positions (buffer.ts) deoptimized on them 50 times per scan.
  return out.map((f) => ({
    ruleId: f.ruleId,
    secret: f.secret,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    lineText: f.lineText,
    confidence: f.confidence,
  }));
}

// The scan of one text part is split in three functions on purpose. V8 compiles a hot function from the
// paths it has seen run, and compiles it again whenever a path it had not seen runs (a rule's first
// match, a secret placed by `locate`, a widened window, a filter's first veto): those paths are rare,
// so they came one by one all through a scan, and each recompiled the whole of scanTextPart (~50 ms of
// compiler time, 9-10 times per 300 MB). Now the rare paths live in onMatch, called only per match.

/** What the functions below share while scanning one text part. */
class PartScan {
  readonly out: (RawMatch & { offset: number })[] = [];
  readonly seen = new Set<number>();
  lines: LineIndex | undefined = undefined;
  readonly text: string;
  readonly path: string;
  readonly opts: ScanTextOptions;
  readonly part: TextPart;
  constructor(text: string, path: string, opts: ScanTextOptions, part: TextPart) {
    this.text = text;
    this.path = path;
    this.opts = opts;
    this.part = part;
  }
}

/** One rule's regex over its merged windows. */
function runRule(st: PartScan, c: CompiledRule, ri: number, merged: number[]): void {
  const text = st.text;
  for (let wi = 0; wi < merged.length; wi += 2) {
    const a = merged[wi];
    let b = merged[wi + 1];
    let sub = text.slice(a, b);
    let grown = 0;
    c.re.lastIndex = 0;
    for (let m = c.re.exec(sub); m !== null; m = c.re.exec(sub)) {
      if (m[0].length === 0) {
        c.re.lastIndex++;
        continue;
      }
      if (m.index + m[0].length === sub.length) {
        // The match runs into the window's edge: it may be a cut-off longer token. Widen and match again.
        if (b < text.length && grown < MAX_GROW) {
          b = Math.min(text.length, b + GROW_BY);
          sub = text.slice(a, b);
          c.re.lastIndex = m.index;
          grown++;
          continue;
        }
        if (b === text.length && st.part.openEnd) st.part.truncated = true;
      }
      onMatch(st, c, ri, m, a, sub);
    }
  }
}

/** A regex match: locate the secret, drop repeats, judge it. */
function onMatch(st: PartScan, c: CompiledRule, ri: number, m: RegExpExecArray, a: number, sub: string): void {
  let secret = m[0];
  let offset = a + m.index;
  if (c.locate) {
    const value = c.secretGroup > 0 ? m[c.secretGroup] : undefined;
    if (value === undefined) return; // the secret group did not take part
    const at = c.secretInMatch ? m[0].indexOf(value) : -1;
    if (at !== -1 && m[0].indexOf(value, at + 1) === -1) offset += at; // it occurs once: that is where
    else {
      // The same match again, sticky and with indices: only ambiguous candidates pay for the `d` flag.
      c.locate.lastIndex = m.index;
      const g = c.locate.exec(sub)?.indices?.groups?.secret;
      if (!g) return;
      offset = a + g[0];
    }
    secret = value;
  }
  const part = st.part;
  if (secret.length === 0 || offset < part.ownFrom || offset >= part.ownTo) return;
  const key = ri * 0x1_0000_0000 + offset; // (rule, offset) as one number: offsets stay below 2^32
  if (st.seen.has(key)) return;
  st.seen.add(key);
  st.lines ??= new LineIndex(st.text);
  const found = judge(c, secret, offset, st.text, st.lines, part, st.path, st.opts);
  if (found) st.out.push(found);
}

/** Apply the rule's filters and locate the secret; undefined when a filter drops it. */
function judge(
  c: CompiledRule,
  secret: string,
  offset: number,
  text: string,
  lines: LineIndex,
  part: TextPart,
  path: string,
  opts: ScanTextOptions,
): (RawMatch & { offset: number }) | undefined {
  // The floors (hex, short values) are for built-in keyed rules: a custom rule's threshold and the opt-in entropy rule's are taken as set.
  if (c.minEntropy !== undefined && !meetsEntropy(secret, c.minEntropy, c.rule.family !== 'entropy' && c.rule.family !== 'custom')) return undefined;
  let confidence = c.confidence;
  if (c.validate) {
    if (!c.validate(secret)) return undefined;
    confidence = 1;
  }
  const li = lines.lineOf(offset);
  const ls = lines.lineStart(li);
  const le = lines.lineEnd(text, li);
  // The line, clipped to LINE_CONTEXT characters each side of the secret and to MAX_LINE_TEXT: the same
  // text whether the whole file or only a region around the hit was decoded.
  const endOffset = offset + secret.length;
  const from = Math.max(ls, offset - LINE_CONTEXT);
  const lineText = text.slice(from, Math.min(le, endOffset + LINE_CONTEXT, from + MAX_LINE_TEXT));
  if (c.reject?.(secret, lineText)) return undefined;
  if (opts.isFalsePositive?.(c.rule, secret, lineText, path)) return undefined;
  const endLi = lines.lineOf(endOffset - 1);
  const col = (l: number, o: number) => (l === 0 ? part.col0 + o : o - lines.lineStart(l) + 1);
  return {
    ruleId: c.id,
    secret,
    line: part.line0 + li,
    column: col(li, offset),
    endLine: part.line0 + endLi,
    endColumn: col(endLi, endOffset),
    lineText,
    confidence,
    offset,
  };
}

/**
 * `w` holds [from, to] pairs. Merge overlapping ones, widen each to whole lines (bounded), merge again:
 * the same union as widening every window first (widening is monotone), with far fewer line searches.
 * Returns flat [from, to] pairs in order.
 */
function mergeWindows(text: string, w: number[]): number[] {
  let pairs = w;
  for (let i = 2; i < w.length; i += 2) {
    if (w[i] < w[i - 2]) {
      const idx = Array.from({ length: w.length / 2 }, (_, j) => j).sort((x, y) => w[2 * x] - w[2 * y]);
      pairs = idx.flatMap((j) => [w[2 * j], w[2 * j + 1]]);
      break;
    }
  }
  const out: number[] = [];
  const push = (a: number, b: number) => {
    const wa = lineStartBounded(text, a);
    const wb = lineEndBounded(text, b);
    const n = out.length;
    if (n > 0 && wa <= out[n - 1]) out[n - 1] = Math.max(out[n - 1], wb);
    else out.push(wa, wb);
  };
  let a = pairs[0];
  let b = pairs[1];
  for (let i = 2; i < pairs.length; i += 2) {
    if (pairs[i] <= b) b = Math.max(b, pairs[i + 1]);
    else {
      push(a, b);
      a = pairs[i];
      b = pairs[i + 1];
    }
  }
  push(a, b);
  return out;
}

const WIDEN = LINE_SLACK / 4;

function lineStartBounded(text: string, p: number): number {
  const stop = Math.max(0, p - WIDEN);
  for (let i = p; i > stop; i--) if (text.charCodeAt(i - 1) === 10) return i;
  return stop;
}

function lineEndBounded(text: string, p: number): number {
  const stop = Math.min(text.length, p + WIDEN);
  for (let i = p; i < stop; i++) if (text.charCodeAt(i) === 10) return i;
  return stop;
}
