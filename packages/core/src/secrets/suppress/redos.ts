// A quick probe for catastrophic backtracking in user-supplied regexes: run the pattern, anchored
// at the start, against 20 KB adversarial strings inside a vm with a time limit (V8 interrupts a
// running regex on timeout). It catches exponential and high-polynomial patterns such as
// `(a+)+$` or `(\w|\d)*x`; it is a probe, not a proof, and a merely quadratic pattern (fine in
// the scanner's keyword windows) may pass.
import vm from 'node:vm';

const LENGTH = 20 * 1024;
const FILLERS = ['a', 'A', '0', '1', 'f', ' ', '\t', '-', '_', '.', '=', '/', '+', 'aA0', 'a ', 'a-', 'a_', '0.', 'a\n'];
const JOINERS = ['', '=', ': ', ' = "', '="', "='", '_', '-', ':'];

export interface ProbeResult {
  ok: boolean;
  /** Milliseconds spent. */
  ms: number;
}

export function probeBacktracking(source: string, flags: string, keywords: readonly string[], timeoutMs = 500): ProbeResult {
  const prefixes = ['', ...keywords.flatMap((k) => JOINERS.map((j) => k + j))];
  // The pattern's own literal characters are the likeliest to feed its quantifiers.
  const literals = [...new Set(source.replace(/\\./g, '').match(/[A-Za-z0-9]/g) ?? [])].slice(0, 24);
  const fillers = [...new Set([...FILLERS, ...literals])];
  const t = performance.now();
  try {
    vm.runInNewContext(
      `const re = new RegExp(src, flags.replace(/[gy]/g, '') + 'y');
       for (const p of prefixes) for (const f of fillers) {
         const s = p + f.repeat(Math.ceil(len / f.length)) + '\\u0000!';
         re.lastIndex = 0; re.test(s);
       }`,
      { src: source, flags, prefixes, fillers, len: LENGTH },
      { timeout: timeoutMs },
    );
    return { ok: true, ms: performance.now() - t };
  } catch {
    return { ok: false, ms: performance.now() - t };
  }
}
