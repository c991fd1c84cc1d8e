// `.bulkhead.yml` → `secret-scan: allow: { paths, rules, fingerprints }`.
import type { Finding } from '../../report/types.ts';
import { ConfigError } from '../../errors.ts';
import { compilePathGlobs } from '../../options/glob-match.ts';

export interface AllowConfig {
  paths?: string[];
  rules?: string[];
  fingerprints?: string[];
}

export interface AllowList {
  /** Glob match on the finding path, gitignore-style (a pattern without `/` matches at any depth). */
  allowsPath(path: string): boolean;
  allowsRule(ruleId: string): boolean;
  allowsFingerprint(fingerprint: string): boolean;
  /** Any of the three. */
  allows(finding: Finding): boolean;
}

const KEYS = ['paths', 'rules', 'fingerprints'] as const;

/** Validates the `allow` section (`undefined` = allow nothing). `key` names it in errors. */
export function compileAllowList(config: unknown, key = 'secret-scan.allow'): AllowList {
  const c = config ?? {};
  if (typeof c !== 'object' || Array.isArray(c)) {
    throw new ConfigError({ input: key, problem: 'must be a mapping with paths, rules and/or fingerprints', fix: `write e.g. \`allow: { paths: ["test/fixtures/**"] }\`` });
  }
  const rec = c as Record<string, unknown>;
  for (const k of Object.keys(rec)) {
    if (!(KEYS as readonly string[]).includes(k)) {
      throw new ConfigError({ input: `${key}.${k}`, problem: 'is not a known key', fix: `use one of ${KEYS.join(', ')}` });
    }
  }
  const paths = strings(rec.paths, `${key}.paths`);
  const rules = new Set(strings(rec.rules, `${key}.rules`));
  const fingerprints = strings(rec.fingerprints, `${key}.fingerprints`).map((fp, i) => {
    if (!/^[0-9a-f]{64}$/i.test(fp)) {
      throw new ConfigError({ input: `${key}.fingerprints[${i}]`, problem: 'is not a 64-character hex fingerprint', fix: 'copy the fingerprint from the report (JSON `fingerprint` or the `fingerprints` output)' });
    }
    return fp.toLowerCase();
  });
  const fpSet = new Set(fingerprints);
  const pathGlobs = compilePathGlobs(paths);
  const allowsPath = (path: string): boolean => pathGlobs.matches(path);
  return {
    allowsPath,
    allowsRule: (id) => rules.has(id),
    allowsFingerprint: (fp) => fpSet.has(fp.toLowerCase()),
    allows: (f) => fpSet.has(f.fingerprint) || rules.has(f.ruleId) || allowsPath(f.location.path),
  };
}

function strings(v: unknown, key: string): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new ConfigError({ input: key, problem: 'must be a list', fix: 'write it as a YAML list (`- item`)' });
  return v.map((s, i) => {
    if (typeof s !== 'string' || s.trim() === '') {
      throw new ConfigError({ input: `${key}[${i}]`, problem: 'must be a non-empty string', fix: 'quote the value or remove the empty item' });
    }
    return s.trim();
  });
}
