// `.bulkhead.yml` → `secret-scan: rules: [{ id, description, regex, keywords, severity, entropy }]`
// compiled into SecretRules the scanner runs next to the built-in ones.
import type { SecretRule } from '../types.ts';
import type { Severity } from '../../report/types.ts';
import { SEVERITIES } from '../../report/types.ts';
import { ConfigError } from '../../errors.ts';
import { probeBacktracking } from './redos.ts';

const ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const FIELDS = ['id', 'description', 'regex', 'keywords', 'severity', 'entropy'] as const;

export interface CompileCustomRulesOptions {
  /** Ids already taken (the built-in rules); a custom rule may not shadow one. */
  reservedIds?: Iterable<string>;
  /** Config path used in error messages. */
  key?: string;
  /** Time limit of the backtracking probe per rule. */
  probeTimeoutMs?: number;
}

/**
 * Validates and compiles custom rules. Every problem is a ConfigError naming the exact key
 * (`secret-scan.rules[2].regex`). A regex may start with `(?i)` (as in gitleaks configs) for
 * case-insensitive matching; it must not match the empty string and must pass the backtracking probe.
 */
export function compileCustomRules(configs: unknown, opts: CompileCustomRulesOptions = {}): SecretRule[] {
  const key = opts.key ?? 'secret-scan.rules';
  if (configs === undefined || configs === null) return [];
  if (!Array.isArray(configs)) throw new ConfigError({ input: key, problem: 'must be a list of rules', fix: 'write each rule as a list item (`- id: ...`)' });
  const reserved = new Set(opts.reservedIds ?? []);
  const seen = new Set<string>();
  return configs.map((raw: unknown, i) => {
    const at = `${key}[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new ConfigError({ input: at, problem: 'must be a mapping', fix: 'give the rule id, regex and keywords' });
    }
    const c = raw as Record<string, unknown>;
    for (const k of Object.keys(c)) {
      if (!(FIELDS as readonly string[]).includes(k)) throw new ConfigError({ input: `${at}.${k}`, problem: 'is not a rule field', fix: `use ${FIELDS.join(', ')}` });
    }
    const id = c.id;
    if (typeof id !== 'string' || !ID.test(id)) {
      throw new ConfigError({ input: `${at}.id`, problem: 'must be a lower-case id of letters, digits, ".", "_" or "-" (at most 64)', fix: 'e.g. `id: acme-api-key`' });
    }
    if (reserved.has(id) || seen.has(id)) {
      throw new ConfigError({ input: `${at}.id`, problem: `"${id}" is already ${reserved.has(id) ? 'a built-in rule' : 'used by another custom rule'}`, fix: 'choose a different id' });
    }
    seen.add(id);
    const description = optionalString(c.description, `${at}.description`) ?? `Custom rule ${id}`;
    const severity = parseSeverity(c.severity, `${at}.severity`);
    const keywords = parseKeywords(c.keywords, `${at}.keywords`);
    const minEntropy = parseEntropy(c.entropy, `${at}.entropy`);
    const pattern = parseRegex(c.regex, `${at}.regex`, keywords, opts.probeTimeoutMs);
    const rule: SecretRule = {
      id,
      name: pascal(id),
      severity,
      description,
      remediation: `Remove the value matched by the custom rule \`${id}\` and rotate it if it is a real credential; load it from a secret store at run time instead.`,
      keywords,
      pattern,
      family: 'custom',
      confidence: 0.8,
      tags: ['security', 'secret', 'custom'],
    };
    if (minEntropy !== undefined) rule.minEntropy = minEntropy;
    return rule;
  });
}

function parseRegex(v: unknown, key: string, keywords: readonly string[], timeoutMs?: number): RegExp {
  if (typeof v !== 'string' || v === '') throw new ConfigError({ input: key, problem: 'is required', fix: 'give a JavaScript regular expression as a string' });
  let source = v;
  let flags = '';
  if (source.startsWith('(?i)')) {
    source = source.slice(4);
    flags = 'i';
  }
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (err) {
    throw new ConfigError({ input: key, problem: `is not a valid JavaScript regular expression: ${(err as Error).message}`, fix: 'fix the syntax (JavaScript flavour; `(?i)` is only allowed at the start)' });
  }
  if (re.test('')) throw new ConfigError({ input: key, problem: 'matches the empty string', fix: 'require at least one character (use `+` or `{n,}` instead of `*`)' });
  if (!probeBacktracking(source, flags, keywords, timeoutMs).ok) {
    throw new ConfigError({
      input: key,
      problem: 'backtracks catastrophically (a 20 KB probe string did not finish in time)',
      fix: 'avoid nested or overlapping quantifiers such as `(a+)+` or `(\\w|\\d)*`; bound repeats with `{n,m}`',
    });
  }
  return re;
}

function parseKeywords(v: unknown, key: string): string[] {
  if (!Array.isArray(v) || v.length === 0) {
    throw new ConfigError({ input: key, problem: 'is required: at least one literal the secret (or its context) always contains', fix: 'e.g. `keywords: [acme_]`; the regex only runs near a keyword' });
  }
  return [
    ...new Set(
      v.map((k, i) => {
        if (typeof k !== 'string' || k.trim() === '') throw new ConfigError({ input: `${key}[${i}]`, problem: 'must be a non-empty string', fix: 'remove the empty keyword' });
        return k.trim().toLowerCase();
      }),
    ),
  ];
}

function parseSeverity(v: unknown, key: string): Severity {
  if (v === undefined) return 'high';
  if (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)) return v as Severity;
  throw new ConfigError({ input: key, problem: `must be one of ${SEVERITIES.join(', ')}`, fix: 'e.g. `severity: high`' });
}

function parseEntropy(v: unknown, key: string): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 8) return v;
  throw new ConfigError({ input: key, problem: 'must be a number of bits per character between 0 and 8', fix: 'e.g. `entropy: 3.5` (random base64 is about 6)' });
}

function optionalString(v: unknown, key: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v;
  throw new ConfigError({ input: key, problem: 'must be a string', fix: 'quote the value' });
}

function pascal(id: string): string {
  return id
    .split(/[-._]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}
