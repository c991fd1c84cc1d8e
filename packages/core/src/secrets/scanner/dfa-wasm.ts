// The keyword automaton's byte loop as a tiny WebAssembly function, assembled here from its opcodes (no
// toolchain, no binary file in the repository). The JavaScript loop's tables (keywords.ts: a byte's class,
// state values premultiplied by the row width with the accept flag in the sign bit), copied in as byte
// offsets (see CLASS_BASE). It writes (state, offset) pairs of accepting steps, states in the JavaScript
// tables' units, to an output area and stops when that is full, so the caller resumes with the returned
// state; the caller expands each pair to its keywords.

/** Unsigned LEB128. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 (i32). */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const name = (s: string) => [...uleb(s.length), ...Buffer.from(s, 'latin1')];

// Opcodes used below.
const I32 = 0x7f;
const [BLOCK, LOOP, IF, END, BR, BR_IF, RETURN] = [0x02, 0x03, 0x04, 0x0b, 0x0c, 0x0d, 0x0f];
const [GET, SET, TEE] = [0x20, 0x21, 0x22];
const [LOAD, LOAD8U, LOAD16U, STORE] = [0x28, 0x2d, 0x2f, 0x36];
const [LT_S, GE_S, GE_U, ADD, AND, SHL, SHR_U] = [0x48, 0x4e, 0x4f, 0x6a, 0x71, 0x74, 0x76];
const VOID = 0x40;
const k = (n: number) => [0x41, ...sleb(n)];

/**
 * The byte -> class table sits at the start of memory (a load's constant offset); then where scan() stops
 * (state, position: read from memory, as reading exported globals is a call into the runtime each), and the
 * automaton after them. Here the tables hold byte offsets: a class is its column times 4 (16 bits: 128
 * columns times 4 do not fit a byte), a next state its row offset times 4 with the accept flag kept in the
 * sign bit, so a step is one add and one load with no shift on the state's path (the JavaScript loop's
 * tables count elements). Accepting states are written out in the JavaScript tables' units (shifted back).
 */
const CLASS_BASE = 0;
const RESUME = 512;
const TABLE_BASE = 520;

// scan(s, p, end, out, outEnd) -> out'   (params 0-4, local 5 = c; stores state and position at RESUME)
const [S, P, ENDP, OUT, OUTEND, C] = [0, 1, 2, 3, 4, 5];
const scanBody = [
  BLOCK, VOID,
  LOOP, VOID,
  GET, P, GET, ENDP, GE_U, BR_IF, 1,
  GET, P, LOAD8U, 0, 0, ...k(1), SHL, LOAD16U, 1, ...uleb(CLASS_BASE), SET, C,
  GET, S, GET, C, ADD, LOAD, 2, ...uleb(TABLE_BASE), TEE, S,
  ...k(0), LT_S,
  IF, VOID,
  GET, S, ...k(0x7fffffff), AND, SET, S,
  GET, OUT, GET, S, ...k(2), SHR_U, STORE, 2, 0,
  GET, OUT, GET, P, STORE, 2, 4,
  GET, OUT, ...k(8), ADD, TEE, OUT, GET, OUTEND, GE_U,
  IF, VOID,
  ...k(0), GET, S, STORE, 2, ...uleb(RESUME), ...k(0), GET, P, ...k(1), ADD, STORE, 2, ...uleb(RESUME + 4), GET, OUT, RETURN,
  END,
  END,
  GET, P, ...k(1), ADD, SET, P,
  BR, 0,
  END,
  END,
  ...k(0), GET, S, STORE, 2, ...uleb(RESUME), ...k(0), GET, P, STORE, 2, ...uleb(RESUME + 4), GET, OUT,
  END,
];

// scanMulti(ctl, n): STREAMS streams in lockstep for n bytes each. Each step of the automaton waits for the
// previous one's table load; independent streams let the CPU overlap those waits. The streams' state,
// input pointer and output pointer live in a control block at `ctl` (12 bytes per stream), read into
// locals first and written back at the end. Output areas hold 8 bytes per step, so they cannot fill.
// Three streams: on the 300 MB source tree's files (in memory, alternating runs, same hits) the byte pass
// took 12-17% less time than with two; four took more than two (too many live locals for the registers).
const STREAMS = 3;
const local = { s: (i: number) => 2 + i, p: (i: number) => 2 + STREAMS + i, o: (i: number) => 2 + 2 * STREAMS + i };
const [CTL, NSTEPS] = [0, 1];
const CM = 2 + 3 * STREAMS; // scratch local for a byte's class
const STOPM = CM + 1;
/** One step of a stream at byte p + at (at: a load's constant offset; p moves once per UNROLL steps). */
const step = (s: number, p: number, o: number, c: number, at: number) => [
  GET, p, LOAD8U, 0, ...uleb(at), ...k(1), SHL, LOAD16U, 1, ...uleb(CLASS_BASE), SET, c,
  GET, s, GET, c, ADD, LOAD, 2, ...uleb(TABLE_BASE), TEE, s,
  ...k(0), LT_S,
  IF, VOID,
  GET, s, ...k(0x7fffffff), AND, SET, s,
  GET, o, GET, s, ...k(2), SHR_U, STORE, 2, 0,
  GET, o, GET, p, ...(at > 0 ? [...k(at), ADD] : []), STORE, 2, 4,
  GET, o, ...k(8), ADD, SET, o,
  END,
];
/**
 * Steps per stream in one turn of the lockstep loop: the pointers move and the loop tests once per turn.
 * With two (and the shift-free tables) the byte pass took 0.91x the time of the earlier loop (one step per turn,
 * shifted tables), with four 1.02x, with eight 1.01x (the 300 MB source tree in memory, same hits, medians of 12
 * alternating rounds). The caller's step counts are multiples of it.
 */
const UNROLL = 2;
const streams = Array.from({ length: STREAMS }, (_, i) => i);
const scanMultiBody = [
  ...streams.flatMap((i) => [
    GET, CTL, LOAD, 2, ...uleb(12 * i), SET, local.s(i),
    GET, CTL, LOAD, 2, ...uleb(12 * i + 4), SET, local.p(i),
    GET, CTL, LOAD, 2, ...uleb(12 * i + 8), SET, local.o(i),
  ]),
  GET, local.p(0), GET, NSTEPS, ADD, SET, STOPM,
  BLOCK, VOID,
  LOOP, VOID,
  GET, local.p(0), GET, STOPM, GE_U, BR_IF, 1,
  ...Array.from({ length: UNROLL }, (_, at) => streams.flatMap((i) => step(local.s(i), local.p(i), local.o(i), CM, at))).flat(),
  ...streams.flatMap((i) => [GET, local.p(i), ...k(UNROLL), ADD, SET, local.p(i)]),
  BR, 0,
  END,
  END,
  ...streams.flatMap((i) => [
    GET, CTL, GET, local.s(i), STORE, 2, ...uleb(12 * i),
    GET, CTL, GET, local.p(i), STORE, 2, ...uleb(12 * i + 4),
    GET, CTL, GET, local.o(i), STORE, 2, ...uleb(12 * i + 8),
  ]),
  END,
];

// sniff(p, n) -> 1 when the n bytes at p look binary (buffer.ts's isBinary, same rule): a NUL in the first
// 8 KB, or more than 10% control bytes (other than tab, LF, FF, CR, ESC) in the first 1 KB. 16 bytes at a
// time with SIMD compares; the tails one byte at a time.
const V128 = 0x7b;
const simd = (op: number) => [0xfd, ...uleb(op)];
const [V_LOAD, I8_SPLAT, I8_EQ, I8_LT_U, V_OR, V_ANDNOT, V_ANY, I8_BITMASK] = [0x00, 0x0f, 0x23, 0x26, 0x50, 0x4f, 0x53, 0x64];
const [POPCNT, GT_S, MUL, LT_U, I32_EQZ] = [0x69, 0x4a, 0x6c, 0x49, 0x45];
const SELECT = 0x1b;
// Control bytes below 32 that do not count: tab (9), LF (10), FF (12), CR (13), ESC (27).
const CONTROL_MASK = ~((1 << 9) | (1 << 10) | (1 << 12) | (1 << 13) | (1 << 27)) | 0;
const [SP, SN, SI, SLIM, SCOUNT, SBYTE, SV] = [0, 1, 2, 3, 4, 5, 6]; // params p, n; i32 locals; v128 local
const splat = (b: number) => [...k(b), ...simd(I8_SPLAT)];
const sniffBody = [
  // NUL in the first min(n, 8192) bytes.
  GET, SN, ...k(8192), GET, SN, ...k(8192), LT_U, SELECT, SET, SLIM,
  BLOCK, VOID, LOOP, VOID,
  GET, SI, ...k(16), ADD, GET, SLIM, GT_S, BR_IF, 1,
  GET, SP, GET, SI, ADD, ...simd(V_LOAD), 0, 0, ...splat(0), ...simd(I8_EQ), ...simd(V_ANY),
  IF, VOID, ...k(1), RETURN, END,
  GET, SI, ...k(16), ADD, SET, SI,
  BR, 0, END, END,
  BLOCK, VOID, LOOP, VOID,
  GET, SI, GET, SLIM, GE_S, BR_IF, 1,
  GET, SP, GET, SI, ADD, LOAD8U, 0, 0, I32_EQZ,
  IF, VOID, ...k(1), RETURN, END,
  GET, SI, ...k(1), ADD, SET, SI,
  BR, 0, END, END,
  // Control bytes in the first min(n, 1024).
  GET, SN, ...k(1024), GET, SN, ...k(1024), LT_U, SELECT, SET, SLIM,
  ...k(0), SET, SI,
  BLOCK, VOID, LOOP, VOID,
  GET, SI, ...k(16), ADD, GET, SLIM, GT_S, BR_IF, 1,
  GET, SP, GET, SI, ADD, ...simd(V_LOAD), 0, 0, SET, SV,
  GET, SV, ...splat(32), ...simd(I8_LT_U),
  GET, SV, ...splat(9), ...simd(I8_EQ),
  GET, SV, ...splat(10), ...simd(I8_EQ), ...simd(V_OR),
  GET, SV, ...splat(12), ...simd(I8_EQ), ...simd(V_OR),
  GET, SV, ...splat(13), ...simd(I8_EQ), ...simd(V_OR),
  GET, SV, ...splat(27), ...simd(I8_EQ), ...simd(V_OR),
  ...simd(V_ANDNOT), ...simd(I8_BITMASK), POPCNT, GET, SCOUNT, ADD, SET, SCOUNT,
  GET, SI, ...k(16), ADD, SET, SI,
  BR, 0, END, END,
  BLOCK, VOID, LOOP, VOID,
  GET, SI, GET, SLIM, GE_S, BR_IF, 1,
  GET, SP, GET, SI, ADD, LOAD8U, 0, 0, SET, SBYTE,
  GET, SBYTE, ...k(32), LT_U,
  IF, VOID,
  GET, SCOUNT, ...k(CONTROL_MASK), GET, SBYTE, SHR_U, ...k(1), AND, ADD, SET, SCOUNT,
  END,
  GET, SI, ...k(1), ADD, SET, SI,
  BR, 0, END, END,
  // count * 10 > limit (and limit > 0, which count > 0 implies)
  GET, SCOUNT, ...k(10), MUL, GET, SLIM, GT_S,
  END,
];

function moduleBytes(pages: number): Uint8Array {
  const code = (locals: number[][], body: number[]) => {
    const f = [...vec(locals), ...body];
    return [...uleb(f.length), ...f];
  };
  const type = (n: number, results: number) => [0x60, ...vec(Array.from({ length: n }, () => [I32])), ...vec(Array.from({ length: results }, () => [I32]))];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([type(5, 1), type(2, 0), type(2, 1)])),
    ...section(3, vec([[0], [1], [2]])),
    ...section(5, vec([[0x00, ...uleb(pages)]])),
    ...section(
      7,
      vec([
        [...name('scan'), 0x00, 0],
        [...name('scanMulti'), 0x00, 1],
        [...name('sniff'), 0x00, 2],
        [...name('memory'), 0x02, 0],
      ]),
    ),
    ...section(10, vec([code([[1, I32]], scanBody), code([[3 * STREAMS + 2, I32]], scanMultiBody), code([[4, I32], [1, V128]], sniffBody)])),
  ]);
}

// The project's TypeScript libraries do not declare WebAssembly (a global of Node): the little used here.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}
interface DfaExports {
  scan: (s: number, p: number, end: number, out: number, outEnd: number) => number;
  scanMulti: (ctl: number, n: number) => void;
  sniff: (p: number, n: number) => number;
  memory: { buffer: ArrayBuffer };
}

/** WebAssembly of this runtime; undefined under `node --jitless`. */
export const wasmApi = (): WasmApi | undefined => (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

const PAGE = 65_536;
const OUT_BYTES = 64 * 1024;
/** Input area: files up to this size are read straight into it (inputView) and scanned where they lie. */
export const INPUT_BYTES = 1 << 20;
/** Streams run in lockstep in steps of this many bytes (their output areas hold 8 bytes per step). */
const MULTI_STEP = 64 * 1024;
/** Below this many bytes one stream is cheaper: each extra stream first re-reads up to the longest keyword. */
const MULTI_MIN = 1024;
const CTL_BYTES = 64;

/**
 * The automaton's byte pass in WebAssembly, with the table copied in once. Input is scanned where it lies
 * when it was read into the input area (inputView), else copied in (up to 1 MiB at a time). Inputs of
 * MULTI_MIN bytes or more run as STREAMS streams over equal parts; each stream after the first starts
 * `warmUp` bytes (the longest keyword) early from the root, so by the start of its part its state is
 * exactly the one a single pass would have (an automaton state stands for at most that many last bytes),
 * and it reports only the hits that end inside its own part.
 */
export class WasmDfa {
  private readonly ex: DfaExports;
  /**
   * The memory's buffer, read once: the memory never grows (its size is fixed here), so it stays the same
   * object, and the `memory.buffer` getter is a call into the runtime (two per file: ~1% of a tree scan).
   */
  private readonly memBuffer: ArrayBuffer;
  private readonly mem: Uint8Array;
  private readonly words: Int32Array;
  private readonly ctl: number;
  private readonly outBase: number;
  private readonly inBase: number;
  private readonly outMulti: number;
  private readonly warmUp: number;
  private input: Buffer | undefined;
  /** Per stream: where it starts, and (after the first) the hits it reports after the first's. Reused. */
  private readonly start = new Int32Array(STREAMS);
  private readonly later: number[][] = Array.from({ length: STREAMS - 1 }, () => []);

  constructor(wasm: WasmApi, delta: Int32Array, classOf: Uint8Array, longestKeyword: number) {
    const tableBytes = delta.length * 4;
    this.ctl = TABLE_BASE + tableBytes;
    this.outBase = this.ctl + CTL_BYTES;
    this.inBase = this.outBase + OUT_BYTES;
    this.outMulti = this.inBase + INPUT_BYTES + 16; // (16: SIMD loads may read past the input's last byte)
    this.warmUp = longestKeyword;
    const pages = Math.ceil((this.outMulti + STREAMS * MULTI_STEP * 8) / PAGE);
    this.ex = new wasm.Instance(new wasm.Module(moduleBytes(pages))).exports as DfaExports;
    this.memBuffer = this.ex.memory.buffer;
    this.mem = new Uint8Array(this.memBuffer);
    this.words = new Int32Array(this.memBuffer);
    const classes = new Uint16Array(this.memBuffer, CLASS_BASE, 256);
    for (let b = 0; b < 256; b++) classes[b] = classOf[b] * 4;
    const table = this.words.subarray(TABLE_BASE >> 2, (TABLE_BASE >> 2) + delta.length);
    for (let i = 0; i < delta.length; i++) table[i] = ((delta[i] & 0x7fffffff) << 2) | (delta[i] & (0x80000000 | 0));
  }

  /**
   * The first `n` bytes of the input area (n <= INPUT_BYTES), for a caller to read a file into: run() and
   * sniff() then work on it in place, without a copy. Valid until the next call to inputView.
   */
  inputView(n: number): Buffer {
    this.input ??= Buffer.from(this.memBuffer, this.inBase, INPUT_BYTES);
    return n === INPUT_BYTES ? this.input : this.input.subarray(0, n); // (scanFile asks for all of it: no new view per file)
  }

  /** True when `buf` lies in this instance's memory (from inputView). */
  private pointerOf(buf: Uint8Array): number {
    return buf.buffer === this.memBuffer ? buf.byteOffset : -1;
  }

  /** isBinary's rule (buffer.ts) over `buf`, in SIMD. */
  sniff(buf: Uint8Array): boolean {
    let p = this.pointerOf(buf);
    const n = Math.min(buf.length, 8192);
    if (p < 0) {
      this.mem.set(buf.subarray(0, n), this.inBase);
      p = this.inBase;
    }
    return this.ex.sniff(p, n) === 1;
  }

  /** Calls onAccept(premultipliedState, offset) for every accepting step over `buf`, in order. */
  run(buf: Uint8Array, onAccept: (state: number, offset: number) => void): void {
    const p = this.pointerOf(buf);
    if (p >= 0) {
      this.runAt(p, buf.length, 0, 0, onAccept);
      return;
    }
    let s = 0;
    for (let at = 0; at < buf.length; at += INPUT_BYTES) {
      const n = Math.min(INPUT_BYTES, buf.length - at);
      this.mem.set(buf.subarray(at, at + n), this.inBase);
      s = this.runAt(this.inBase, n, s, at, onAccept);
    }
  }

  /** The automaton over n bytes at `ptr` from state `s0`; offsets reported plus `base`. Returns the end state. */
  private runAt(ptr: number, n: number, s0: number, base: number, onAccept: (state: number, offset: number) => void): number {
    if (n < MULTI_MIN) return this.single(ptr, ptr + n, s0, ptr - base, onAccept);
    const { ex, words, outMulti, start, later } = this;
    const c = this.ctl >> 2;
    const part = Math.floor(n / STREAMS / UNROLL) * UNROLL; // (MULTI_STEP is a multiple of UNROLL too)
    // Stream i covers [i * part, (i + 1) * part) (the last one up to n), starting warmUp bytes early; all run
    // `part` steps together.
    for (let i = 0; i < STREAMS; i++) {
      start[i] = i === 0 ? 0 : Math.max(0, i * part - this.warmUp);
      words[c + 3 * i] = i === 0 ? s0 : 0;
      words[c + 3 * i + 1] = ptr + start[i];
    }
    for (const keep of later) keep.length = 0;
    for (let done = 0; done < part; ) {
      const steps = Math.min(MULTI_STEP, part - done);
      for (let i = 0; i < STREAMS; i++) words[c + 3 * i + 2] = outMulti + i * MULTI_STEP * 8;
      ex.scanMulti(this.ctl, steps);
      for (let i = 0; i < STREAMS; i++) {
        const from = (outMulti + i * MULTI_STEP * 8) >> 2;
        const to = words[c + 3 * i + 2] >> 2;
        if (i === 0) for (let w = from; w < to; w += 2) onAccept(words[w], base + words[w + 1] - ptr);
        else {
          const keep = later[i - 1];
          const own = ptr + i * part; // hits before this are the previous stream's
          for (let w = from; w < to; w += 2) if (words[w + 1] >= own) keep.push(words[w], base + words[w + 1] - ptr);
        }
      }
      done += steps;
    }
    // Streams after the first finish their longer parts alone, from where the lockstep left them.
    let end = 0;
    for (let i = 1; i < STREAMS; i++) {
      end = this.singleInto(ptr + start[i] + part, i === STREAMS - 1 ? ptr + n : ptr + (i + 1) * part, words[c + 3 * i], ptr - base, later[i - 1], ptr + i * part);
    }
    for (const keep of later) for (let j = 0; j < keep.length; j += 2) onAccept(keep[j], keep[j + 1]);
    return end;
  }

  /** single(), collecting into `keep` the hits at or after pointer `own`. */
  private singleInto(p: number, end: number, s: number, shift: number, keep: number[], own: number): number {
    const { words, ex, outBase } = this;
    while (p < end) {
      const out = ex.scan(s, p, end, outBase, outBase + OUT_BYTES);
      s = words[RESUME >> 2];
      p = words[(RESUME >> 2) + 1];
      for (let w = outBase >> 2, stop = out >> 2; w < stop; w += 2) if (words[w + 1] >= own) keep.push(words[w], words[w + 1] - shift);
    }
    return s;
  }

  /** One stream over memory [p, end) from state `s`; reported offsets are pointer minus `shift`. Returns the end state. */
  private single(p: number, end: number, s: number, shift: number, onAccept: (state: number, offset: number) => void): number {
    const { words, ex, outBase } = this;
    while (p < end) {
      const out = ex.scan(s, p, end, outBase, outBase + OUT_BYTES);
      s = words[RESUME >> 2];
      p = words[(RESUME >> 2) + 1];
      for (let w = outBase >> 2, stop = out >> 2; w < stop; w += 2) onAccept(words[w], words[w + 1] - shift);
    }
    return s;
  }
}
