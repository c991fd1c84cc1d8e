// The keyword automaton's byte loop as a tiny WebAssembly function, assembled here from its opcodes (no
// toolchain, no binary file in the repository). Same table as the JavaScript loop (keywords.ts): state
// values premultiplied by 128 with the accept flag in the sign bit, any non-ASCII byte back to the root.
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
const [BLOCK, LOOP, IF, ELSE, END, BR, BR_IF, RETURN] = [0x02, 0x03, 0x04, 0x05, 0x0b, 0x0c, 0x0d, 0x0f];
const [GET, SET, TEE, GGET, GSET] = [0x20, 0x21, 0x22, 0x23, 0x24];
const [LOAD, LOAD8U, STORE] = [0x28, 0x2d, 0x36];
const [LT_S, LT_U, GE_U, ADD, AND, SHL] = [0x48, 0x49, 0x4f, 0x6a, 0x71, 0x74];
const VOID = 0x40;
const k = (n: number) => [0x41, ...sleb(n)];

// scan(s, p, end, out, outEnd) -> out'   (params 0-4, local 5 = c; globals 0 = state, 1 = pos)
const [S, P, ENDP, OUT, OUTEND, C] = [0, 1, 2, 3, 4, 5];
const body = [
  BLOCK, VOID,
  LOOP, VOID,
  GET, P, GET, ENDP, GE_U, BR_IF, 1,
  GET, P, LOAD8U, 0, 0, SET, C,
  GET, C, ...k(128), LT_U,
  IF, VOID,
  GET, S, GET, C, ADD, ...k(2), SHL, LOAD, 2, 0, TEE, S,
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
  ELSE,
  ...k(0), SET, S,
  END,
  GET, P, ...k(1), ADD, SET, P,
  BR, 0,
  END,
  END,
  GET, S, GSET, 0, GET, P, GSET, 1, GET, OUT,
  END,
];

function moduleBytes(pages: number): Uint8Array {
  const global0 = [I32, 1, ...k(0), END];
  const func = [...vec([[1, I32]]), ...body];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, ...vec([[I32], [I32], [I32], [I32], [I32]]), ...vec([[I32]])]])),
    ...section(3, vec([[0]])),
    ...section(5, vec([[0x00, ...uleb(pages)]])),
    ...section(6, vec([global0, global0])),
    ...section(7, vec([[...name('scan'), 0x00, 0], [...name('memory'), 0x02, 0], [...name('state'), 0x03, 0], [...name('pos'), 0x03, 1]])),
    ...section(10, vec([[...uleb(func.length), ...func]])),
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
  memory: { buffer: ArrayBuffer };
  state: WasmGlobal;
  pos: WasmGlobal;
}

/** WebAssembly of this runtime; undefined under `node --jitless`. */
export const wasmApi = (): WasmApi | undefined => (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

const PAGE = 65_536;
const OUT_BYTES = 64 * 1024;
const CHUNK = 1 << 20;

/** The automaton's byte pass in WebAssembly: table copied in once; input copied in 1 MiB at a time. */
export class WasmDfa {
  private readonly scan: DfaExports['scan'];
  private readonly state: WasmGlobal;
  private readonly pos: WasmGlobal;
  private readonly mem: Uint8Array;
  private readonly words: Int32Array;
  private readonly outBase: number;
  private readonly inBase: number;

  constructor(wasm: WasmApi, delta: Int32Array) {
    const tableBytes = delta.length * 4;
    this.outBase = tableBytes;
    this.inBase = tableBytes + OUT_BYTES;
    const pages = Math.ceil((this.inBase + CHUNK) / PAGE);
    const ex = new wasm.Instance(new wasm.Module(moduleBytes(pages))).exports as DfaExports;
    this.scan = ex.scan;
    this.state = ex.state;
    this.pos = ex.pos;
    this.mem = new Uint8Array(ex.memory.buffer);
    this.words = new Int32Array(ex.memory.buffer);
    this.words.set(delta, 0);
  }

  /** Calls onAccept(premultipliedState, offset) for every accepting step over `buf`, in order. */
  run(buf: Uint8Array, onAccept: (state: number, offset: number) => void): void {
    const { mem, words, outBase, inBase } = this;
    let s = 0;
    for (let at = 0; at < buf.length; at += CHUNK) {
      const n = Math.min(CHUNK, buf.length - at);
      mem.set(buf.subarray(at, at + n), inBase);
      let p = inBase;
      const end = inBase + n;
      while (p < end) {
        const out = this.scan(s, p, end, outBase, outBase + OUT_BYTES);
        s = this.state.value as number;
        p = this.pos.value as number;
        for (let w = outBase >> 2, stop = out >> 2; w < stop; w += 2) onAccept(words[w], at + words[w + 1] - inBase);
      }
    }
  }
}
