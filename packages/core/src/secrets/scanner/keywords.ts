// Multi-keyword matcher: an Aho-Corasick automaton compiled to a dense DFA over ASCII, case-folded.
// Measured on 42 MB of node_modules source (Node 24, one core, busy machine): with ~90 keywords this DFA
// ran 300-440 MB/s, one combined /kw1|kw2|.../gi RegExp 120-145 MB/s, a 2-byte-prefix filter no faster once
// its candidates were verified. With the 185 built-in keywords (1,109 states) the table layout matters:
// next-state values premultiplied by 128 with the accept flag in the sign bit ran 480 MB/s vs 340 MB/s for
// a plain table plus a separate output check. So: that DFA. It runs over raw bytes, so files without a
// hit are never decoded, and only the regions around hits are (see buffer.ts).
// Over bytes the same table runs in a small WebAssembly loop (dfa-wasm.ts), several streams at a time for
// inputs of 1 KB or more. On 60 MB of node_modules source (CPU time, loaded 2-core machine, same hits):
// JavaScript loop 230-275 MB/s, WebAssembly one stream 315-365, two streams 380-465; three streams took
// 12-17% less time than two on the 300 MB source tree. Files are read straight into its memory (no copy).
// The JavaScript loop stays for strings and for runtimes without WebAssembly (node --jitless).
import { INPUT_BYTES, WasmDfa, wasmApi } from './dfa-wasm.ts';

const ALPHA = 128;
/**
 * Rows of the table are indexed by byte class, not byte: one class per character that occurs in a keyword
 * (upper- and lower-case letters alike) and class 0 for every other byte, non-ASCII included, which always
 * leads back to the root. With the built-in keywords (48 characters) rows are 64 wide instead of 128: half
 * the table (1,559 states: 780 KB to 390 KB), no ASCII branch in the byte loop, and the byte pass ran
 * ~20% faster (CPU time, 20 MB trees, same hits). Custom keywords with more characters get 128.
 */
const SIGN = 0x80000000 | 0;
const MASK = 0x7fffffff;

export class KeywordMatcher {
  readonly keywords: readonly string[];
  /** delta[(state << shift) + class] = next state << shift, with the sign bit set when that state has outputs. */
  private readonly delta: Int32Array;
  /** Byte (or UTF-16 unit below 128) -> class; 0 for bytes in no keyword. */
  private readonly classOf: Uint8Array;
  /** log2 of the row width. */
  private readonly shift: number;
  /** outputs of state s: outList[outStart[s] .. outStart[s+1]) (keyword indices, longest first). */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;
  /** Keywords with non-ASCII characters cannot be in the DFA; matched by a slow lower-case indexOf fallback. */
  private readonly extra: readonly number[];
  /** Built on the first byte scan; null when WebAssembly is not available. */
  private wasm: WasmDfa | null | undefined;

  constructor(keywords: readonly string[]) {
    this.keywords = keywords.map((k) => k.toLowerCase());
    const gotoMaps: Map<number, number>[] = [new Map()];
    /** Per state, its trie children as pairs: character, state. */
    const kids: number[][] = [[]];
    const outs: number[][] = [[]];
    const extra: number[] = [];
    this.keywords.forEach((k, idx) => {
      if (k.length === 0) return;
      if (!/^[\x00-\x7f]*$/.test(k)) {
        extra.push(idx);
        return;
      }
      let s = 0;
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        let n = gotoMaps[s].get(c);
        if (n === undefined) {
          n = gotoMaps.length;
          gotoMaps.push(new Map());
          kids.push([]);
          outs.push([]);
          gotoMaps[s].set(c, n);
          kids[s].push(c, n);
        }
        s = n;
      }
      outs[s].push(idx);
    });
    this.extra = extra;
    const classOf = new Uint8Array(256);
    let classes = 1;
    for (const k of this.keywords) {
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        if (c < ALPHA && classOf[c] === 0) classOf[c] = classes++;
      }
    }
    const shift = classes <= 64 ? 6 : 7;
    const columns = 1 << shift;
    this.shift = shift;
    // Case folding: an upper-case ASCII letter is in its lower-case letter's class.
    for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32];
    this.classOf = classOf;
    const n = gotoMaps.length;
    const fail = new Int32Array(n);
    // Built in class space: row s holds the next state for each byte class. A state's row starts as a copy of
    // its fail state's row (one native copy), then its own trie edges override it. (Filling 128 columns per
    // state with a Map lookup each had cost every thread ~20 ms of start-up, mostly in the interpreter.)
    const next = new Int32Array(n * columns);
    // BFS: states in order of depth, so fail links and rows of shallower states are final when used.
    const order: number[] = [0];
    for (let qi = 0; qi < order.length; qi++) {
      const s = order[qi];
      const row = s << shift;
      const failRow = fail[s] << shift;
      if (s !== 0) next.copyWithin(row, failRow, failRow + columns); // the root's row: all to the root (zeros)
      const edges = kids[s];
      for (let j = 0; j < edges.length; j += 2) {
        const cls = classOf[edges[j]];
        const t = edges[j + 1];
        fail[t] = s === 0 ? 0 : next[failRow + cls];
        next[row + cls] = t;
        order.push(t);
      }
      if (s !== 0) for (const o of outs[fail[s]]) if (!outs[s].includes(o)) outs[s].push(o);
    }
    // outStart/outList are indexed by the premultiplied state (state << shift) >> shift = state.
    this.outStart = new Int32Array(n + 1);
    const flat: number[] = [];
    for (let s = 0; s < n; s++) {
      this.outStart[s] = flat.length;
      for (const o of outs[s]) flat.push(o);
    }
    this.outStart[n] = flat.length;
    this.outList = Int32Array.from(flat);
    // Class 0 (and unused columns) stay 0: a byte in no keyword leads every state back to the root.
    const code = new Int32Array(n);
    for (let t = 0; t < n; t++) code[t] = (t << shift) | (outs[t].length > 0 ? SIGN : 0);
    const delta = next;
    for (let i = 0; i < delta.length; i++) delta[i] = code[delta[i]];
    this.delta = delta;
  }

  /** Every occurrence (overlapping ones too): onHit(keywordIndex, startOffset) in order of end offset. */
  scanString(text: string, onHit: (keyword: number, start: number) => void): void {
    // Everything the code after the loop reads is read before it: a long text gets this loop compiled on
    // the stack (OSR) before that code ever ran, and reaching it then threw the compiled code away (32
    // times in one 300 MB scan, each followed by a recompile).
    const { delta, classOf, extra } = this;
    const hasExtra = extra.length > 0;
    let s = 0;
    for (let i = 0, len = text.length; i < len; i++) {
      const c = text.charCodeAt(i);
      s = delta[s + (c < ALPHA ? classOf[c] : 0)];
      if (s < 0) {
        s &= MASK;
        this.emit(s, i, onHit);
      }
    }
    if (hasExtra) {
      const lower = text.toLowerCase(); // non-ASCII keywords only; lengths can shift for exotic scripts, accepted
      for (const k of extra) {
        const kw = this.keywords[k];
        for (let p = lower.indexOf(kw); p !== -1; p = lower.indexOf(kw, p + 1)) onHit(k, p);
      }
    }
  }

  /** True when the bytes may contain a keyword (exact for ASCII keywords). No decoding. */
  /** Some keyword is not ASCII: byte scans cannot see it (callers fall back to scanString). */
  get hasNonAscii(): boolean {
    return this.extra.length > 0;
  }

  anyInBytes(buf: Uint8Array): boolean {
    if (this.extra.length > 0) return true;
    const { delta, classOf } = this;
    let s = 0;
    for (let i = 0, len = buf.length; i < len; i++) {
      s = delta[s + classOf[buf[i]]];
      if (s < 0) return true;
    }
    return false;
  }

  /** The WebAssembly byte pass, built on first use; null where WebAssembly is missing (node --jitless). */
  private dfa(): WasmDfa | null {
    if (this.wasm === undefined) {
      try {
        const api = wasmApi();
        this.wasm = api ? new WasmDfa(api, this.delta, this.classOf, Math.max(1, ...this.keywords.map((k) => k.length))) : null;
      } catch {
        this.wasm = null;
      }
    }
    return this.wasm;
  }

  /**
   * A buffer of n bytes to read a file into, which scanBytes and looksBinary then scan where it lies (no
   * copy into WebAssembly memory). Valid until the next call. Undefined when n is too large or there is no
   * WebAssembly: the caller uses a buffer of its own.
   */
  inputView(n: number): Buffer | undefined {
    return n <= INPUT_BYTES ? this.dfa()?.inputView(n) : undefined;
  }

  /** buffer.ts's isBinary rule in SIMD, or undefined without WebAssembly. */
  looksBinary(buf: Uint8Array): boolean | undefined {
    return this.dfa()?.sniff(buf);
  }

  /** Every occurrence in bytes: onHit(keywordIndex, startByteOffset). */
  scanBytes(buf: Uint8Array, onHit: (keyword: number, start: number) => void): void {
    const wasm = this.dfa();
    if (wasm) {
      wasm.run(buf, (state, end) => this.emit(state, end, onHit));
      return;
    }
    const { delta, classOf } = this;
    let s = 0;
    for (let i = 0, len = buf.length; i < len; i++) {
      s = delta[s + classOf[buf[i]]];
      if (s < 0) {
        s &= MASK;
        this.emit(s, i, onHit);
      }
    }
  }

  private emit(premulState: number, end: number, onHit: (keyword: number, start: number) => void): void {
    const st = premulState >> this.shift;
    for (let j = this.outStart[st], b = this.outStart[st + 1]; j < b; j++) {
      const k = this.outList[j];
      onHit(k, end + 1 - this.keywords[k].length);
    }
  }
}
