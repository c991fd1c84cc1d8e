// The keyword automaton's byte loop as a tiny WebAssembly function, assembled here from its opcodes (no
// toolchain, no binary file in the repository). Same tables as the JavaScript loop (keywords.ts): a byte's
// class from a 256-byte table, state values premultiplied by 64 with the accept flag in the sign bit.
// It writes (state, offset) pairs of accepting steps to an output area and stops when that is full, so
// the caller resumes with the returned state; the caller expands each pair to its keywords.

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
const [GET, SET, TEE, GGET, GSET] = [0x20, 0x21, 0x22, 0x23, 0x24];
const [LOAD, LOAD8U, STORE] = [0x28, 0x2d, 0x36];
const [LT_S, GE_U, ADD, AND, SHL] = [0x48, 0x4f, 0x6a, 0x71, 0x74];
const VOID = 0x40;
const k = (n: number) => [0x41, ...sleb(n)];

/** The byte -> class table sits at the start of memory (a load's constant offset); the automaton after it. */
const CLASS_BASE = 0;
const TABLE_BASE = 256;

// scan(s, p, end, out, outEnd) -> out'   (params 0-4, local 5 = c; globals 0 = state, 1 = pos)
const [S, P, ENDP, OUT, OUTEND, C] = [0, 1, 2, 3, 4, 5];
const scanBody = [
  BLOCK, VOID,
  LOOP, VOID,
  GET, P, GET, ENDP, GE_U, BR_IF, 1,
  GET, P, LOAD8U, 0, 0, LOAD8U, 0, ...uleb(CLASS_BASE), SET, C,
  GET, S, GET, C, ADD, ...k(2), SHL, LOAD, 2, ...uleb(TABLE_BASE), TEE, S,
  ...k(0), LT_S,
  IF, VOID,
  GET, S, ...k(0x7fffffff), AND, SET, S,
  GET, OUT, GET, S, STORE, 2, 0,
  GET, OUT, GET, P, STORE, 2, 4,
  GET, OUT, ...k(8), ADD, TEE, OUT, GET, OUTEND, GE_U,
  IF, VOID,
  GET, S, GSET, 0, GET, P, ...k(1), ADD, GSET, 1, GET, OUT, RETURN,
  END,
  END,
  GET, P, ...k(1), ADD, SET, P,
  BR, 0,
  END,
  END,
  GET, S, GSET, 0, GET, P, GSET, 1, GET, OUT,
  END,
];

// scan2(s1, p1, s2, p2, n, out1, out2) -> out1': two streams in lockstep for n bytes each. Each step of the
// automaton waits for the previous one's table load; two independent streams let the CPU overlap them.
// Output areas hold 8 bytes per input byte, so they cannot fill. Globals: 2 = s2 after, 3 = out2 after.
const [S1, P1, S2, P2, N, O1, O2, C2, STOP] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const step = (s: number, p: number, o: number) => [
  GET, p, LOAD8U, 0, 0, LOAD8U, 0, ...uleb(CLASS_BASE), SET, C2,
  GET, s, GET, C2, ADD, ...k(2), SHL, LOAD, 2, ...uleb(TABLE_BASE), TEE, s,
  ...k(0), LT_S,
  IF, VOID,
  GET, s, ...k(0x7fffffff), AND, SET, s,
  GET, o, GET, s, STORE, 2, 0,
  GET, o, GET, p, STORE, 2, 4,
  GET, o, ...k(8), ADD, SET, o,
  END,
  GET, p, ...k(1), ADD, SET, p,
];
const scan2Body = [
  GET, P1, GET, N, ADD, SET, STOP,
  BLOCK, VOID,
  LOOP, VOID,
  GET, P1, GET, STOP, GE_U, BR_IF, 1,
  ...step(S1, P1, O1),
  ...step(S2, P2, O2),
  BR, 0,
  END,
  END,
  GET, S1, GSET, 0, GET, S2, GSET, 2, GET, O2, GSET, 3, GET, O1,
  END,
];

function moduleBytes(pages: number): Uint8Array {
  const global0 = [I32, 1, ...k(0), END];
  const code = (locals: number, body: number[]) => {
    const f = [...vec([[locals, I32]]), ...body];
    return [...uleb(f.length), ...f];
  };
  const params = (n: number) => [0x60, ...vec(Array.from({ length: n }, () => [I32])), ...vec([[I32]])];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([params(5), params(7)])),
    ...section(3, vec([[0], [1]])),
    ...section(5, vec([[0x00, ...uleb(pages)]])),
    ...section(6, vec([global0, global0, global0, global0])),
    ...section(
      7,
      vec([
        [...name('scan'), 0x00, 0],
        [...name('scan2'), 0x00, 1],
        [...name('memory'), 0x02, 0],
        [...name('state'), 0x03, 0],
        [...name('pos'), 0x03, 1],
        [...name('state2'), 0x03, 2],
        [...name('out2'), 0x03, 3],
      ]),
    ),
    ...section(10, vec([code(1, scanBody), code(2, scan2Body)])),
  ]);
}

// The project's TypeScript libraries do not declare WebAssembly (a global of Node): the little used here.
interface WasmGlobal {
  value: unknown;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}
interface DfaExports {
  scan: (s: number, p: number, end: number, out: number, outEnd: number) => number;
  scan2: (s1: number, p1: number, s2: number, p2: number, n: number, out1: number, out2: number) => number;
  memory: { buffer: ArrayBuffer };
  state: WasmGlobal;
  pos: WasmGlobal;
  state2: WasmGlobal;
  out2: WasmGlobal;
}

/** WebAssembly of this runtime; undefined under `node --jitless`. */
export const wasmApi = (): WasmApi | undefined => (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

const PAGE = 65_536;
const OUT_BYTES = 64 * 1024;
const CHUNK = 1 << 20;
/** Two streams run in steps of this many bytes each; below DUAL_MIN bytes one stream is cheaper (the second
 * stream's warm-up is the longest keyword; most source files are a few KB, so the split pays from 512 bytes). */
const DUAL_STEP = 64 * 1024;
const DUAL_MIN = 512;

/**
 * The automaton's byte pass in WebAssembly: table copied in once, input copied in piecewise. Inputs of
 * DUAL_MIN bytes or more run as two streams, over the first half and over the second half; the second
 * starts `warmUp` bytes (the longest keyword) early from the root, so by the half-way point its state is
 * exactly the one a single pass would have (an automaton state stands for at most that many last bytes).
 */
export class WasmDfa {
  private readonly ex: DfaExports;
  private readonly mem: Uint8Array;
  private readonly words: Int32Array;
  private readonly outBase: number;
  private readonly inBase: number;
  private readonly out1: number;
  private readonly out2: number;
  private readonly in1: number;
  private readonly in2: number;
  private readonly warmUp: number;

  constructor(wasm: WasmApi, delta: Int32Array, classOf: Uint8Array, longestKeyword: number) {
    const tableBytes = delta.length * 4;
    this.outBase = TABLE_BASE + tableBytes;
    this.inBase = this.outBase + OUT_BYTES;
    this.out1 = this.inBase + CHUNK;
    this.out2 = this.out1 + DUAL_STEP * 8;
    this.in1 = this.out2 + DUAL_STEP * 8;
    this.in2 = this.in1 + DUAL_STEP;
    this.warmUp = longestKeyword;
    const pages = Math.ceil((this.in2 + DUAL_STEP) / PAGE);
    this.ex = new wasm.Instance(new wasm.Module(moduleBytes(pages))).exports as DfaExports;
    this.mem = new Uint8Array(this.ex.memory.buffer);
    this.words = new Int32Array(this.ex.memory.buffer);
    this.mem.set(classOf, CLASS_BASE);
    this.words.set(delta, TABLE_BASE >> 2);
  }

  /** Calls onAccept(premultipliedState, offset) for every accepting step over `buf`, in order. */
  run(buf: Uint8Array, onAccept: (state: number, offset: number) => void): void {
    if (buf.length < DUAL_MIN) {
      this.single(buf, 0, 0, onAccept);
      return;
    }
    const { mem, words, ex, in1, in2, out1, out2 } = this;
    const mid = buf.length >> 1;
    let b = Math.max(0, mid - this.warmUp);
    let s1 = 0;
    let s2 = 0;
    const later: number[] = []; // the second stream's accepts, reported after the first stream's
    for (let a = 0; a < mid; ) {
      const n = Math.min(DUAL_STEP, mid - a); // the second stream is never shorter than the first
      mem.set(buf.subarray(a, a + n), in1);
      mem.set(buf.subarray(b, b + n), in2);
      const end1 = ex.scan2(s1, in1, s2, in2, n, out1, out2);
      s1 = ex.state.value as number;
      s2 = ex.state2.value as number;
      const end2 = ex.out2.value as number;
      for (let w = out1 >> 2, stop = end1 >> 2; w < stop; w += 2) onAccept(words[w], a + words[w + 1] - in1);
      for (let w = out2 >> 2, stop = end2 >> 2; w < stop; w += 2) {
        const at = b + words[w + 1] - in2;
        if (at >= mid) later.push(words[w], at); // before `mid` the first stream has it
      }
      a += n;
      b += n;
    }
    this.single(buf, b, s2, (st, at) => later.push(st, at));
    for (let i = 0; i < later.length; i += 2) onAccept(later[i], later[i + 1]);
  }

  /** One stream over buf[from..], starting in state `s`. */
  private single(buf: Uint8Array, from: number, s: number, onAccept: (state: number, offset: number) => void): void {
    const { mem, words, ex, outBase, inBase } = this;
    for (let at = from; at < buf.length; at += CHUNK) {
      const n = Math.min(CHUNK, buf.length - at);
      mem.set(buf.subarray(at, at + n), inBase);
      let p = inBase;
      const end = inBase + n;
      while (p < end) {
        const out = ex.scan(s, p, end, outBase, outBase + OUT_BYTES);
        s = ex.state.value as number;
        p = ex.pos.value as number;
        for (let w = outBase >> 2, stop = out >> 2; w < stop; w += 2) onAccept(words[w], at + words[w + 1] - inBase);
      }
    }
  }
}
