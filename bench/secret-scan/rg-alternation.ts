// The rules' regular expressions as ONE alternation that ripgrep's default (Rust) engine accepts: the
// floor for any regex scanner running these rules over the same bytes. JavaScript syntax that engine
// lacks is relaxed, never tightened, so ripgrep's work is at most the rules' own:
// - lookarounds (boundaries such as (?<![A-Za-z0-9_])) are dropped: more text can match, none less;
// - `\n` becomes `\s` (ripgrep searches line by line and refuses a literal `\n` without --multiline);
// - group names are dropped, `\/` becomes `/`, `\d`/`\w` get JavaScript's ASCII meaning;
// - a backreference becomes `.*?` (any text, the captured one included);
// - a bounded repetition `{n,m}` becomes `{n,}` (bounds in the thousands made a Rust automaton of
//   hundreds of MB that ran at well under 1 MB/s: that measures the automaton's size, not the scan);
// - a rule's `i` flag becomes an inline `(?i:...)` group;
// - a multi-line rule (PEM blocks) becomes its keywords: ripgrep matches line by line, and every match of
//   such a rule starts with a line holding one of them.
import type { SecretRule } from '../../packages/core/src/secrets/types.ts';

/** Remove `(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)` groups (balanced, escapes and classes respected). */
function dropLookarounds(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; ) {
    const look = /^\(\?(?:=|!|<=|<!)/.exec(src.slice(i, i + 4));
    if (!look) {
      const c = src[i];
      if (c === '\\') {
        out += src.slice(i, i + 2);
        i += 2;
      } else if (c === '[') {
        const end = classEnd(src, i);
        out += src.slice(i, end);
        i = end;
      } else {
        out += c;
        i++;
      }
      continue;
    }
    let depth = 0;
    for (; i < src.length; ) {
      const c = src[i];
      if (c === '\\') i += 2;
      else if (c === '[') i = classEnd(src, i);
      else {
        if (c === '(') depth++;
        else if (c === ')' && --depth === 0) {
          i++;
          break;
        }
        i++;
      }
    }
  }
  return out;
}

/** Index just past the character class that opens at `i`. */
function classEnd(src: string, i: number): number {
  let j = i + 1;
  if (src[j] === '^') j++;
  if (src[j] === ']') j++;
  for (; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === ']') return j + 1;
  }
  return src.length;
}

const escapeLiteral = (k: string) => k.replace(/[\\.+*?()|[\]{}^$#&~-]/g, (c) => `\\${c}`);

export function rustPattern(rule: SecretRule): string {
  if (rule.multiline) return `(?i:${rule.keywords.map(escapeLiteral).join('|')})`;
  const src = dropLookarounds(rule.pattern.source);
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const e = src[i + 1];
      i++;
      if (e === 'd') out += inClass ? '0-9' : '[0-9]';
      else if (e === 'w') out += inClass ? '0-9A-Za-z_' : '[0-9A-Za-z_]';
      else if (e === '/') out += '/';
      else if (e === 'n') out += '\\s';
      else if (!inClass && e === 'k' && src[i + 1] === '<') {
        i = src.indexOf('>', i);
        out += '.*?'; // a backreference: relaxed to any text (the captured one included)
      } else if (!inClass && /[1-9]/.test(e)) out += '.*?'; // the same, by number
      else out += `\\${e}`;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c === '[' ? '\\[' : c; // a nested class in Rust, a plain '[' in JavaScript
    } else if (c === '[') {
      inClass = true;
      out += c;
      if (src[i + 1] === '^') out += src[++i];
      if (src[i + 1] === ']') out += src[++i];
    } else if (c === '(' && src.startsWith('(?<', i)) {
      i = src.indexOf('>', i); // named group: Rust wants names unique across the alternation, so name none
      out += '(';
    } else if (c === '{') {
      const q = /^\{(\d+),(\d+)\}/.exec(src.slice(i, i + 24));
      if (q) {
        out += `{${q[1]},}`;
        i += q[0].length - 1;
      } else out += c;
    } else out += c;
  }
  return rule.pattern.flags.includes('i') ? `(?i:${out})` : `(?:${out})`;
}

export function rulesAlternation(rules: readonly SecretRule[]): string {
  return rules.map(rustPattern).join('|');
}
