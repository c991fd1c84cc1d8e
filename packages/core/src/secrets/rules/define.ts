// Small helpers shared by the rule families: one place for defaults, boundaries and remediation text.
import type { SecretRule } from '../types.ts';

export type RuleSpec = Omit<SecretRule, 'name'> & { name?: string };

/** PascalCase SARIF name from a kebab-case id. */
function nameFromId(id: string): string {
  return id
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}

export function rule(spec: RuleSpec): SecretRule {
  if (spec.pattern.global || spec.pattern.sticky) throw new Error(`rule ${spec.id}: pattern must not be global/sticky`);
  return { ...spec, name: spec.name ?? nameFromId(spec.id), confidence: spec.confidence ?? 0.8 };
}

/**
 * Builds a RegExp from raw source text so rules can share boundary fragments without
 * double-escaping. Usage: rx('i')`${B}ghp_[A-Za-z0-9]{36}${E}`.
 */
export function rx(flags = '') {
  return (strings: TemplateStringsArray, ...parts: string[]): RegExp =>
    new RegExp(String.raw({ raw: strings.raw }, ...parts), flags);
}

/** Token boundaries: not glued to other token characters. */
export const B = '(?<![A-Za-z0-9_])';
export const E = '(?![A-Za-z0-9_])';
/** Stricter end for tokens whose alphabet includes '-'. */
export const ED = '(?![A-Za-z0-9_-])';
export const BD = '(?<![A-Za-z0-9_-])';
/** One type name: `string`, `Optional[str]`, or a Rust reference (`&str`, `&'static str`). */
const TYPE_NAME = String.raw`(?:&(?:'[a-z_]{1,10}\s{1,2})?)?[A-Za-z_][\w.<>\[\]?]{0,30}`;
/**
 * A type annotation between a name and its `=` (`: string`, `: String`, `: string | undefined`, `: Optional[str]`,
 * `: &'static str`), so typed declarations (TypeScript, Kotlin, Python, Swift, Rust) assign the value rather than the type name.
 */
export const TYPE_ANNOTATION = String.raw`(?:\s{0,3}:\s{0,3}${TYPE_NAME}(?:\s{0,2}\|\s{0,2}${TYPE_NAME}){0,3}\s{0,3}(?==))?`;
/** PHP `define('NAME', 'value')`: the comma assigns, only inside a define call. */
const DEFINE_COMMA = String.raw`(?<=define\(\s{0,3}['"][\w.-]{1,80}['"]\s{0,5}),`;
/** Rust `String::from("…")` around a literal. */
const STRING_FROM = String.raw`(?:String::from\()?`;
/**
 * `name ... = "value"` glue between a keyword and a value: up to 20 name chars, quotes, an optional type,
 * := / : / = / => (or a PHP define's comma).
 */
export const ASSIGN = String.raw`[A-Za-z0-9_.-]{0,20}['"]?\]?${TYPE_ANNOTATION}\s{0,5}(?::=|=>|=(?!=)|:(?!:)|${DEFINE_COMMA})\s{0,5}${STRING_FROM}['"\x60]?`;

/** Revocation advice in one consistent shape. */
export function revoke(what: string, where: string, extra = ''): string {
  return (
    `Revoke the ${what} now (${where}) and create a replacement. ` +
    `Store the new value in a secret manager or CI secret and read it from the environment at run time. ` +
    `Deleting the line is not enough: it stays in git history and forks, so treat it as compromised` +
    (extra ? `. ${extra}` : '.')
  );
}
