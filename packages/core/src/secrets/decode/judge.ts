// Is a decoded value a credential? A token of a known provider format, a URL with a password, or a
// password that is not a placeholder, a reference, a plain word or empty.
import { BUILTIN_RULES } from '../rules/index.ts';
import { isPlaceholder, isPlainWord, isRepetitiveOrSequential } from '../filters.ts';
import { isPlaceholderPassword } from '../rules/urls.ts';
import { shannonEntropy } from '../entropy.ts';

/** A provider-format rule (not a generic one) finds a token in the decoded text. */
export function holdsKnownToken(text: string): boolean {
  const lower = text.toLowerCase();
  for (const r of BUILTIN_RULES) {
    if (r.family === 'generic' || r.family === 'encoded' || r.multiline) continue;
    if (!r.keywords.some((k) => lower.includes(k))) continue;
    const m = r.pattern.exec(text);
    if (!m) continue;
    const secret = m.groups?.secret ?? m[0];
    if (r.validate && !r.validate(secret)) continue;
    if (r.reject?.(secret, text)) continue;
    return true;
  }
  return false;
}

/** A password worth reporting: not empty, not a placeholder or `${VAR}` reference, not a dictionary word. */
export function isRealPassword(password: string): boolean {
  const p = password.trim();
  if (p.length < 6 || /\s/.test(p)) return false;
  if (isPlaceholderPassword(p) || isPlaceholder(p) || isPlainWord(p) || isRepetitiveOrSequential(p)) return false;
  return shannonEntropy(p) >= 2.5;
}

/** A decoded value is a credential: a known token anywhere in it, or a real password as a whole. */
export function isCredentialText(text: string): boolean {
  return holdsKnownToken(text) || isRealPassword(text);
}
