// The keyword automaton's WebAssembly byte loop against a naive search written here, including inputs
// longer than its 1 MiB input window and with more hits than its output area holds (resumed runs), and
// the JavaScript loop it replaces where WebAssembly is missing (node --jitless).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { KeywordMatcher } from '../../packages/core/src/secrets/scanner/keywords.ts';
import { isBinary } from '../../packages/core/src/secrets/scanner/buffer.ts';
import { makeRng, int, pick } from '../support/secret-gen.ts';
import { readFileSync } from 'node:fs';
import { BUILTIN_RULES } from '../../packages/core/src/secrets/index.ts';

/** Every (keyword, start) of a case-insensitive ASCII search over bytes, sorted. */
function naive(bytes: Buffer, keywords: string[]): [number, number][] {
  const lower = Buffer.from(bytes.toString('latin1').toLowerCase(), 'latin1');
  const out: [number, number][] = [];
  keywords.forEach((k, i) => {
    for (let p = lower.indexOf(k); p !== -1; p = lower.indexOf(k, p + 1)) out.push([i, p]);
  });
  return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

function viaMatcher(m: KeywordMatcher, bytes: Buffer): [number, number][] {
  const got: [number, number][] = [];
  m.scanBytes(bytes, (k, s) => got.push([k, s]));
  return got.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

describe('keyword byte pass (WebAssembly)', () => {
  it('finds exactly what a naive search finds (property, non-ASCII bytes reset the automaton)', () => {
    const unit = fc.constantFrom('a', 'b', 'A', 'B', '_', '-', 'é', '\n', 'c', '\u00ff');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', '_', '-', 'c'), minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.string({ unit, maxLength: 300 }),
        (keywords, text) => {
          const bytes = Buffer.from(text, 'latin1');
          expect(viaMatcher(new KeywordMatcher(keywords), bytes)).toEqual(naive(bytes, keywords));
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('splits longer inputs without losing or repeating a hit at the middle (property)', () => {
    const keywords = ['token', 'secret', '-----begin rsa private key-----', 'ab', 'b'];
    const m = new KeywordMatcher(keywords);
    fc.assert(
      fc.property(
        fc.integer({ min: 8192, max: 40_000 }),
        fc.integer({ min: -40, max: 8 }),
        fc.constantFrom(...keywords.map((k) => k.toUpperCase()), 'tok\u00e9en'),
        fc.integer({ min: 0, max: 1000 }),
        (length, shift, word, seed) => {
          const rng = makeRng(seed);
          const filler = Array.from({ length }, () => pick(rng, ['x', 'y', ' ', '\n', 'a', 'q'])).join('');
          const at = (length >> 1) + shift; // around the split point
          const bytes = Buffer.from(filler.slice(0, at) + word + filler.slice(at), 'latin1');
          expect(viaMatcher(m, bytes)).toEqual(naive(bytes, keywords));
        },
      ),
      { numRuns: 60, seed: 11 },
    );
  });

  it('splits inputs into parallel streams without losing or repeating a hit at any split, in place or copied (property)', () => {
    const keywords = ['token', 'secret', '-----begin rsa private key-----', 'ab', 'b'];
    const m = new KeywordMatcher(keywords);
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 30_000 }),
        fc.integer({ min: -40, max: 8 }),
        fc.constantFrom(...keywords.map((k) => k.toUpperCase()), 'tok\u00e9en'),
        fc.integer({ min: 0, max: 1000 }),
        (length, shift, word, seed) => {
          const rng = makeRng(seed);
          let text = Array.from({ length }, () => pick(rng, ['x', 'y', ' ', '\n', 'a', 'q'])).join('');
          // A keyword across every twelfth (the split points of two, three or four streams) and at both ends.
          for (let q = 1; q < 12; q++) {
            const at = Math.max(0, Math.floor((text.length * q) / 12) + shift);
            text = text.slice(0, at) + word + text.slice(at + word.length);
          }
          text = word + text.slice(word.length, text.length - word.length) + word;
          const bytes = Buffer.from(text, 'latin1');
          const want = naive(bytes, keywords);
          expect(viaMatcher(m, bytes)).toEqual(want);
          // The same bytes read into the automaton's own memory (as scanFile does) are scanned in place.
          const view = m.inputView(bytes.length)!;
          bytes.copy(view);
          expect(viaMatcher(m, view)).toEqual(want);
        },
      ),
      { numRuns: 80, seed: 12 },
    );
  });

  it('sniffs binary bytes in SIMD exactly as the JavaScript rule does, in place or copied (property)', () => {
    const m = new KeywordMatcher(['token']);
    const byte = fc.oneof(
      { weight: 20, arbitrary: fc.integer({ min: 32, max: 126 }) },
      { weight: 3, arbitrary: fc.constantFrom(9, 10, 12, 13, 27) },
      { weight: 2, arbitrary: fc.integer({ min: 1, max: 31 }) },
      { weight: 1, arbitrary: fc.integer({ min: 127, max: 255 }) },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12_000 }),
        fc.array(byte, { minLength: 1, maxLength: 64 }),
        fc.option(fc.integer({ min: 0, max: 12_000 }), { nil: undefined }),
        fc.integer({ min: 0, max: 300 }),
        (length, pattern, nulAt, controlRun) => {
          const bytes = Buffer.alloc(length);
          for (let i = 0; i < length; i++) bytes[i] = pattern[i % pattern.length];
          // A run of control bytes somewhere in the first KB, and maybe a NUL (found only within 8 KB).
          for (let i = 0; i < controlRun && i < length; i++) bytes[(i * 7) % Math.min(length, 1024)] = 1 + (i % 8);
          if (nulAt !== undefined && nulAt < length) bytes[nulAt] = 0;
          const want = isBinary(bytes);
          expect(m.looksBinary(bytes)).toBe(want);
          if (length <= 1 << 20) {
            const view = m.inputView(length)!;
            bytes.copy(view);
            expect(m.looksBinary(view)).toBe(want);
          }
        },
      ),
      { numRuns: 400, seed: 13 },
    );
    // The edges of the rule itself: a NUL at byte 8191 counts, at 8192 not; 10% control bytes is not binary, more is.
    const text = (n: number) => Buffer.alloc(n, 0x61);
    const nul = (n: number, at: number) => Object.assign(text(n), { [at]: 0 });
    expect([m.looksBinary(nul(9000, 8191)), m.looksBinary(nul(9000, 8192))]).toEqual([true, false]);
    const ctl = (k: number) => {
      const b = text(1024);
      for (let i = 0; i < k; i++) b[i * 9] = 1;
      return b;
    };
    expect([m.looksBinary(ctl(102)), m.looksBinary(ctl(103))]).toEqual([false, true]);
    expect([isBinary(ctl(102)), isBinary(ctl(103))]).toEqual([false, true]);
    // Tab, LF, FF, CR and ESC never count, however many (a quarter of the bytes here).
    // (15 bytes: all in the byte-at-a-time tail; 1024: all in 16-byte blocks.)
    for (const n of [15, 1024])
      for (const c of [9, 10, 12, 13, 27]) {
        const b = text(n);
        for (let i = 0; i < n; i += 4) b[i] = c;
        expect([n, c, m.looksBinary(b), isBinary(b)]).toEqual([n, c, false, false]);
      }
  });

  it('carries every stream across its 64 KiB steps, dense in hits', () => {
    const rng = makeRng(99);
    const keywords = ['token', 'secret', 'ab', 'a'];
    // 600 KB of text dense in hits (`a` alone hits about every 5th byte), with keywords across step boundaries.
    const parts: string[] = [];
    let n = 0;
    while (n < 600_000) {
      const p = pick(rng, ['token', 'SeCrEt', 'ab', 'xyz', 'a', '\n', 'é', 'q'.repeat(int(rng, 1, 40))]);
      parts.push(p);
      n += p.length;
    }
    let text = parts.join('');
    const step = 64 * 1024;
    for (const at of [step - 2, 2 * step - 4, text.length / 2 + step - 3]) text = text.slice(0, at) + 'TOKEN' + text.slice(at + 5);
    const bytes = Buffer.from(text, 'latin1');
    const want = naive(bytes, keywords);
    expect(want.length).toBeGreaterThan(50_000);
    expect(want).toContainEqual([0, step - 2]);
    expect(viaMatcher(new KeywordMatcher(keywords), bytes).join(';')).toBe(want.join(';')); // (as text: fast to compare)
  });

  it('falls back to the JavaScript loop where WebAssembly is missing (node --jitless), with the same hits', () => {
    // Node needs WebAssembly to load TypeScript, so the module is loaded first and WebAssembly removed after.
    const text = 'a TOKEN é key_token, keykey';
    const script = `
      const { KeywordMatcher } = await import(${JSON.stringify(new URL('../../packages/core/src/secrets/scanner/keywords.ts', import.meta.url).href)});
      delete globalThis.WebAssembly;
      const m = new KeywordMatcher(['token', 'key']);
      const hits = [];
      m.scanBytes(Buffer.from(${JSON.stringify(text)}), (k, s) => hits.push([k, s]));
      console.log(typeof WebAssembly, JSON.stringify(hits.sort((a, b) => a[1] - b[1] || a[0] - b[0])));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`undefined ${JSON.stringify(naive(Buffer.from(text), ['token', 'key']))}`);
  });

  it('finds what a naive search finds with the built-in keywords (over 1,500 states) on real source text', () => {
    // The automaton is built in class space from fail rows (keywords.ts); the property tests above use a few
    // characters, this is the table every scan uses, on text nobody here wrote plus every keyword planted in it.
    const keywords = [...new Set(BUILTIN_RULES.flatMap((r) => r.keywords.map((k) => k.toLowerCase())))].filter((k) => /^[\x00-\x7f]+$/.test(k));
    const real = ['typescript/lib/lib.dom.d.ts', '@actions/core/lib/core.js', 'yaml/dist/compose/composer.js'].map((m) => readFileSync(new URL(`../../node_modules/${m}`, import.meta.url), 'latin1')).join('\n');
    const rng = makeRng(23);
    const planted = keywords.map((k) => `${pick(rng, [' ', '_', '.', '"'])}${rng() < 0.5 ? k.toUpperCase() : k}=${pick(rng, ['x', '1', '\n'])}`).join('');
    const bytes = Buffer.from(real + planted + keywords.join(''), 'latin1');
    const m = new KeywordMatcher(keywords);
    const want = naive(bytes, keywords);
    expect(new Set(want.map(([k]) => k)).size).toBe(keywords.length); // every keyword occurs
    expect(viaMatcher(m, bytes)).toEqual(want);
    const viaString: [number, number][] = [];
    m.scanString(bytes.toString('latin1'), (k, s) => viaString.push([k, s]));
    expect(viaString.sort((a, b) => a[1] - b[1] || a[0] - b[0])).toEqual(want);
  });

  it('keeps exact hits when keywords use more than 63 distinct characters (wider table rows)', () => {
    // Every printable ASCII character in some keyword: more byte classes than the narrow 64-wide rows hold.
    const printable = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i));
    const rng = makeRng(11);
    const keywords = [...new Set(Array.from({ length: 200 }, () => Array.from({ length: int(rng, 1, 3) }, () => pick(rng, printable)).join('').toLowerCase()))];
    const text = Array.from({ length: 20_000 }, () => pick(rng, [...printable, ' ', '\n', 'é'])).join('');
    const bytes = Buffer.from(text, 'latin1');
    expect(new Set(keywords.join('')).size).toBeGreaterThanOrEqual(64); // plus class 0: over 64 columns
    expect(viaMatcher(new KeywordMatcher(keywords), bytes)).toEqual(naive(bytes, keywords));
  });
});
