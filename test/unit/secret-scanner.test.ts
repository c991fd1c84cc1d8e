// Matcher and text/buffer scanning: keyword automaton vs a naive search, positions, windows, filters, chunks, binary.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KeywordMatcher } from '../../packages/core/src/secrets/scanner/keywords.ts';
import { scanText } from '../../packages/core/src/secrets/scanner/match.ts';
import { scanBuffer, isBinary } from '../../packages/core/src/secrets/scanner/buffer.ts';
import type { SecretRule } from '../../packages/core/src/secrets/types.ts';
import { rules } from './secret-scanner-fixture-rules.ts';

// Synthetic, seeded values built at run time (the repository never holds a token-shaped literal).
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function token(r: () => number): string {
  let body = '';
  for (let i = 0; i < 32; i++) body += ALNUM[Math.floor(r() * ALNUM.length)];
  return 'dmo' + '_' + body;
}

function naive(text: string, keywords: string[]): [number, number][] {
  const lower = text.toLowerCase();
  const out: [number, number][] = [];
  keywords.forEach((k, i) => {
    for (let p = lower.indexOf(k); p !== -1; p = lower.indexOf(k, p + 1)) out.push([i, p]);
  });
  return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

describe('KeywordMatcher', () => {
  it('finds exactly what a naive case-insensitive search finds (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', 'B', '_', '-', 'é', '\n', 'c');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', '_', '-', 'c'), minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.string({ unit: alphabet, maxLength: 200 }),
        (keywords, text) => {
          const m = new KeywordMatcher(keywords);
          const got: [number, number][] = [];
          m.scanString(text, (k, s) => got.push([k, s]));
          got.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
          expect(got).toEqual(naive(text, keywords));
          const bytesHit = m.anyInBytes(Buffer.from(text));
          expect(bytesHit).toBe(got.length > 0);
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it('matches over bytes with byte offsets', () => {
    const m = new KeywordMatcher(['ghx_', 'key']);
    const hits: [number, number][] = [];
    m.scanBytes(Buffer.from('é KEY ghX_'), (k, s) => hits.push([k, s]));
    expect(hits).toEqual([
      [1, 3],
      [0, 7],
    ]);
  });
});

describe('scanText', () => {
  const r = rng(7);

  it('reports 1-based line/column with LF, CRLF and multi-byte characters (UTF-16 columns)', () => {
    const t1 = token(r);
    const t2 = token(r);
    const t3 = token(r);
    const text = `first\r\n  é€ ${t1}\r\n\n😀${t2} x\nno\n${t3}`;
    const got = scanText(text, 'f.txt', rules).map((m) => [m.secret, m.line, m.column, m.endColumn, m.lineText]);
    expect(got).toEqual([
      [t1, 2, 6, 6 + t1.length, `  é€ ${t1}`],
      [t2, 4, 3, 3 + t2.length, `😀${t2} x`],
      [t3, 6, 1, 1 + t3.length, t3],
    ]);
  });

  it('takes the named group `secret`, applies entropy, validate, reject and the injected filter', () => {
    const hi = 'Zq8Wm2Kp4Lx9Rt';
    const text = `passwd = "${hi}"\npasswd: aaaaaaaaaaaaaaaa\n`;
    const got = scanText(text, 'c.env', rules);
    expect(got.map((m) => [m.ruleId, m.secret, m.line, m.column])).toEqual([['demo-password', hi, 1, 11]]);
    expect(scanText(text, 'c.env', rules, { isFalsePositive: (_r, s, line, path) => s === hi && line.includes('passwd') && path === 'c.env' })).toEqual([]);
    const checked: SecretRule = { ...rules[0], id: 'checked', validate: (s) => s.endsWith('Q') };
    const rejecting: SecretRule = { ...rules[0], id: 'rejecting', reject: (_s, line) => line.includes('example') };
    const good = token(r).slice(0, -1) + 'Q';
    const bad = token(r).slice(0, -1) + 'Z';
    const out = scanText(`${good}\n${bad} example\n`, 'x', [checked, rejecting]);
    expect(out.map((m) => [m.ruleId, m.secret, m.confidence])).toEqual([
      ['checked', good, 1],
      ['rejecting', good, 0.8],
    ]);
  });

  it('finds a multi-line block from its keyword line, with end line/column', () => {
    const body = ['QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=', 'MTIzNDU2Nzg5MA=='];
    const block = ['-----BEGIN DEMO', ' KEY-----', '\n', body.join('\n'), '\n-----END DEMO KEY-----'].join('');
    const got = scanText(`a\nkey = """\n${block}\n"""\n`, 'k.py', rules);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ ruleId: 'demo-block', line: 3, column: 1, endLine: 6, endColumn: 23 });
  });

  it('reports a secret once even when many keyword windows overlap it', () => {
    const t = token(r);
    const text = `dmo_ dmo_ dmo_ ${t} dmo_ dmo_`;
    expect(scanText(text, 'x', rules).map((m) => m.secret)).toEqual([t]);
  });

  it('widens a window when a match runs into its edge, so a long token is not cut (text and region paths)', () => {
    const long: SecretRule = { ...rules[0], id: 'long-token', keywords: ['lng_'], pattern: /lng_[A-Za-z0-9]{100,3000}(?![A-Za-z0-9])/ };
    const r2 = rng(11);
    let body = '';
    for (let i = 0; i < 2500; i++) body += ALNUM[Math.floor(r2() * ALNUM.length)];
    const t = 'lng' + '_' + body;
    const text = 'p\n'.repeat(3000) + `x = "${t}"\n` + 'q\n'.repeat(3000);
    expect(scanText(text, 'f', [long]).map((m) => m.secret)).toEqual([t]);
    expect(scanBuffer(Buffer.from(text), 'f', [long]).map((m) => m.secret)).toEqual([t]);
  });

  it('does not run a rule without a keyword hit, and keeps lineText to ~1 KB', () => {
    const noKw: SecretRule = { ...rules[0], id: 'needs-kw', keywords: ['zzz'] };
    expect(scanText(token(r), 'x', [noKw])).toEqual([]);
    const t = token(r);
    const long = 'x'.repeat(5000) + ' ' + t + ' ' + 'y'.repeat(5000);
    const [m] = scanText(long, 'min.js', rules);
    expect(m.secret).toBe(t);
    expect(m.column).toBe(5002);
    expect(m.lineText.length).toBeLessThanOrEqual(1024);
    expect(m.lineText).toContain(t);
  });
});

describe('scanBuffer', () => {
  it('finds every secret exactly once across chunk boundaries, with the same positions as an unchunked scan', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.array(fc.integer({ min: 0, max: 60_000 }), { minLength: 1, maxLength: 6 }), (seed, cuts) => {
        const r = rng(seed);
        // Filler with multi-byte characters and CRLF lines, tokens planted at arbitrary offsets.
        let text = '';
        const line = 'filler é€ text 😀 and more\r\n';
        while (text.length < 64_000) text += line;
        const planted: string[] = [];
        for (const c of [...new Set(cuts)].sort((a, b) => b - a)) {
          const t = token(r);
          planted.push(t);
          text = text.slice(0, c) + ` ${t} ` + text.slice(c);
        }
        const buf = Buffer.from(text);
        // Without the multi-line rule the reach is ~1.3 KB, so 64 KB are cut into ~12 overlapping parts.
        const short = rules.filter((x) => !x.multiline);
        const whole = scanBuffer(buf, 'big.txt', short, { chunkBytes: 1 << 20 });
        const chunked = scanBuffer(buf, 'big.txt', short, { chunkBytes: 4096 });
        expect(chunked).toEqual(whole);
        expect(whole.map((m) => m.secret).sort()).toEqual(planted.filter((t) => whole.some((m) => m.secret === t)).sort());
        // Tokens cut into surrogate pairs may be broken by the insertion; every intact one is found.
        const intact = planted.filter((t) => text.includes(` ${t} `));
        expect(whole.map((m) => m.secret).sort()).toEqual(intact.sort());
      }),
      { numRuns: 25, seed: 1 },
    );
  });

  it('decoding only the regions around hits gives exactly the positions of a full decode (property)', () => {
    const piece = fc.constantFrom('plain text ', 'é€ ', '😀', '\n', '\r\n', 'x'.repeat(700), 'passwd = ', 'dmo_ ', '\t');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.constant('TOKEN')), { maxLength: 60 }), fc.boolean(), fc.integer({ min: 0, max: 1000 }), (parts, bom, seed) => {
        const r = rng(seed);
        const text = parts.map((p) => (p === 'TOKEN' ? ` ${token(r)} ` : p)).join('') + 'dmo_';
        // Enough plain text that the hit regions stay under half the file, so the region path runs.
        const padded = seed % 2 === 0 ? 'p\n'.repeat(4000) + text : text + 'p\n'.repeat(4000);
        const buf = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(padded)]);
        expect(scanBuffer(buf, 'f', rules)).toEqual(scanText(buf.toString('utf8'), 'f', rules));
      }),
      { numRuns: 150, seed: 9 },
    );
  });

  it('skips binary content unless asked, and strips a BOM from columns', () => {
    const t = token(rng(3));
    const bin = Buffer.concat([Buffer.from([0x89, 0x50, 0, 0, 1, 2]), Buffer.from(` ${t}\n`)]);
    expect(isBinary(bin)).toBe(true);
    expect(scanBuffer(bin, 'x.png', rules)).toEqual([]);
    expect(scanBuffer(bin, 'x.png', rules, { binary: true }).map((m) => m.secret)).toEqual([t]);
    const controls = Buffer.from('\x01\x02\x03\x04\x05abc' + t);
    expect(isBinary(controls)).toBe(true);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]);
    expect(scanBuffer(bom, 'b.txt', rules).map((m) => [m.column, m.endColumn])).toEqual([[1, 1 + t.length]]);
  });
});
