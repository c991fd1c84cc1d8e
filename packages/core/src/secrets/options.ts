// From parsed options (action inputs or CLI flags) + the config section to the engine's SecretScanOptions.
// Shared by the action and the CLI so both validate and behave the same.
import { isAbsolute, resolve } from 'node:path';
import { InputError } from '../errors.ts';
import type { ParsedOptions } from '../options/types.ts';
import type { ScanTarget } from '../git/types.ts';
import type { CustomRuleConfig } from './types.ts';
import type { SECRET_SCAN_DECL } from './decl.ts';
import type { SecretScanOptions } from './scan.ts';
import type { Shard } from './scanner/shard.ts';
import { compileAllowList } from './suppress/allow.ts';

export type SecretScanParsed = ParsedOptions<typeof SECRET_SCAN_DECL>;

/** `i/n` with 1 ≤ i ≤ n. */
export function parseShard(raw: string | undefined): Shard | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count || count > 1024) {
    throw new InputError({
      input: 'shard',
      problem: `"${raw.slice(0, 40)}" is not a shard of the form i/n with 1 ≤ i ≤ n ≤ 1024`,
      fix: 'use e.g. 2/4 for the second of four matrix jobs (${{ matrix.shard }}/4)',
    });
  }
  return { index, count };
}

/** CLI-only flags: --staged, --range, --history (in that order of precedence). */
export function cliTarget(o: SecretScanParsed): ScanTarget {
  if (o.staged) return { kind: 'staged' };
  if (o.range) {
    const m = /^([^.\s]+)\.\.(\.)?([^.\s]*)$/.exec(o.range.trim());
    if (!m || m[2]) {
      throw new InputError({ input: 'range', problem: `"${o.range}" is not a BASE..HEAD range`, fix: 'write two refs separated by two dots, e.g. --range origin/main..HEAD' });
    }
    const base = m[1]!;
    const head = m[3] || 'HEAD';
    return base === head ? { kind: 'none', reason: `base and head are both ${base}` } : { kind: 'range', base, head };
  }
  if (o.history) return { kind: 'history' };
  return { kind: 'tree' };
}

export interface EngineOptionsInput {
  options: SecretScanParsed;
  target: ScanTarget;
  /** Workspace / cwd that relative paths are resolved against. */
  base: string;
  /** The config section's non-option keys (allow, rules). */
  extra: Readonly<Record<string, unknown>>;
  commitCount?: number;
  fetch?: boolean;
  log?: (message: string) => void;
}

export function engineOptions(i: EngineOptionsInput): SecretScanOptions {
  const o = i.options;
  const root = resolve(i.base, o.path);
  const abs = (p: string | undefined) => (p ? (isAbsolute(p) ? p : resolve(i.base, p)) : undefined);
  return {
    root,
    target: i.target,
    fetch: i.fetch,
    commitCount: i.commitCount,
    artifacts: o.artifacts,
    leakPatterns: o['leak-patterns'],
    maxArtifactSize: o['max-artifact-size'],
    exclude: o.exclude,
    gitignore: o.gitignore,
    shard: parseShard(o.shard),
    customRules: (i.extra.rules as CustomRuleConfig[] | undefined) ?? [],
    entropy: i.extra.entropy === true || i.extra.entropy === 'true' ? { threshold: i.extra['entropy-threshold'] as number | undefined } : undefined,
    suppression: { allow: compileAllowList(i.extra.allow), baseline: abs(o.baseline) },
    log: i.log,
  };
}
