// Glob lists (`paths-ignore`, `artifacts`): split like a list but keeping `{a,b}` braces whole,
// then check every pattern compiles and (unless the option says otherwise) stays inside the scanned root.
import picomatch from 'picomatch';
import { InputError } from '../errors.ts';
import { describeValue } from './show.ts';
import type { ParseSettings } from './parse.ts';

/** Split on newlines, and on commas outside `{}` / `[]`, so `src/{a,b}/**` stays one pattern. */
export function splitGlobList(raw: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\' && i + 1 < raw.length && raw[i + 1] !== '\n' && raw[i + 1] !== '\r') {
      cur += ch + raw[++i];
      continue;
    }
    if (ch === '{' || ch === '[') depth++;
    else if ((ch === '}' || ch === ']') && depth > 0) depth--;
    if (ch === '\n' || ch === '\r') {
      depth = 0; // a newline always ends a pattern, even an unbalanced one (picomatch reports it)
      out.push(cur);
      cur = '';
    } else if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Why a single pattern is unusable, or undefined when it is fine. */
export function globProblem(pattern: string, opts: GlobSettings = {}): { problem: string; fix: string } | undefined {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  if (body.length === 0) return { problem: 'is empty', fix: 'remove the empty pattern or write one such as **/*.log' };
  if (!opts.anywhere && /^([/\\]|[A-Za-z]:[/\\]?)/.test(body)) {
    return { problem: 'is an absolute path', fix: 'write patterns relative to the repository root, e.g. dist/**' };
  }
  if (!opts.anywhere && body.split(/[/\\]/).includes('..')) {
    return { problem: "climbs out of the root with '..'", fix: 'write patterns relative to the repository root without ..' };
  }
  if (/(^|[^\\])(\\\\)*\\$/.test(body)) return { problem: 'ends with a lone backslash', fix: 'remove it or escape it as \\\\' };
  try {
    picomatch.makeRe(body, { strictBrackets: true });
  } catch (e) {
    return { problem: `is not a valid glob (${(e as Error).message.split(' - ')[0]})`, fix: 'close every bracket or brace, or escape it with a backslash' };
  }
  return undefined;
}

export interface GlobSettings {
  /** Absolute patterns and `..` are fine (artifacts, which builds often put outside the checkout). */
  anywhere?: boolean;
}

/** A validated list of glob patterns (a leading `!` negates a pattern). */
export function parseGlobs(name: string, raw: string, settings?: ParseSettings & GlobSettings): string[] {
  const patterns = splitGlobList(raw);
  for (const p of patterns) {
    const bad = globProblem(p, settings);
    if (bad) throw new InputError({ input: name, problem: `${settings?.secret ? 'a pattern' : `pattern ${describeValue(p, false)}`} ${bad.problem}`, fix: bad.fix });
  }
  return patterns;
}
