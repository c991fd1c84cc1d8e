// Baseline files: findings accepted at some point, so only new ones fail the build.
//
// Entries are keyed by fingerprint = SHA-256(rule id NUL secret) — no line number and no path —
// so editing lines above a secret never churns the file, and a secret that moves to another file
// stays baselined (the `path` stored is where it was first seen, for humans).
import { readFile } from 'node:fs/promises';
import { writeOutputFile } from '../../fs/atomic.ts';
import type { Finding } from '../../report/types.ts';
import { ConfigError } from '../../errors.ts';

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  path: string;
  /** Redacted value (`ghp_…(40)`), never the secret; absent for findings without a value. */
  redacted?: string;
}

export interface BaselineFile {
  version: 1;
  tool: 'bulkhead';
  findings: BaselineEntry[];
}

const FIX_CREATE = 'create one with `bulkhead secret-scan --write-baseline FILE`';
const FIX_REWRITE = 'regenerate it with `bulkhead secret-scan --write-baseline FILE`';
const FP = /^[0-9a-f]{64}$/;

/** Reads and validates a baseline; a missing or malformed file is a ConfigError naming the `baseline` input. */
export async function readBaseline(file: string): Promise<BaselineFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError({
      input: 'baseline',
      problem: code === 'ENOENT' ? `baseline file ${file} does not exist` : `baseline file ${file} cannot be read (${code})`,
      fix: FIX_CREATE,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigError({ input: 'baseline', problem: `${file} is not valid JSON (${(err as Error).message})`, fix: FIX_REWRITE });
  }
  return validate(data, file);
}

function validate(data: unknown, file: string): BaselineFile {
  const bad = (problem: string): ConfigError => new ConfigError({ input: 'baseline', problem: `${file}: ${problem}`, fix: FIX_REWRITE });
  if (!isObject(data)) throw bad('is not a JSON object');
  if (data.version !== 1) throw bad(`has version ${JSON.stringify(data.version)}, this Bulkhead reads version 1`);
  if (data.tool !== 'bulkhead') throw bad(`was written by ${JSON.stringify(data.tool)}, not bulkhead`);
  if (!Array.isArray(data.findings)) throw bad('has no "findings" array');
  const findings = data.findings.map((e: unknown, i: number): BaselineEntry => {
    if (!isObject(e)) throw bad(`findings[${i}] is not an object`);
    if (typeof e.fingerprint !== 'string' || !FP.test(e.fingerprint)) throw bad(`findings[${i}].fingerprint is not a 64-character lower-case hex SHA-256`);
    if (typeof e.ruleId !== 'string' || e.ruleId === '') throw bad(`findings[${i}].ruleId is missing`);
    if (typeof e.path !== 'string') throw bad(`findings[${i}].path is missing`);
    if (e.redacted !== undefined && typeof e.redacted !== 'string') throw bad(`findings[${i}].redacted is not a string`);
    return entry(e.fingerprint, e.ruleId, e.path, e.redacted as string | undefined);
  });
  return { version: 1, tool: 'bulkhead', findings };
}

/** The baseline for `findings`: one entry per fingerprint and path, sorted by path, rule id, fingerprint. */
export function baselineFromFindings(findings: readonly Finding[]): BaselineFile {
  const seen = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const key = `${f.fingerprint}\0${f.location.path}`;
    if (!seen.has(key)) seen.set(key, entry(f.fingerprint, f.ruleId, f.location.path, f.redacted));
  }
  const list = [...seen.values()].sort((a, b) => cmp(a.path, b.path) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint));
  return { version: 1, tool: 'bulkhead', findings: list };
}

/** Canonical text: two-space JSON with a trailing newline, so reruns are byte-identical. */
export function formatBaseline(baseline: BaselineFile): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/**
 * Writes the baseline for `findings` atomically: a temp file in the same directory is written,
 * fsynced and renamed over `file`, so a crash leaves either the old or the new baseline, never half.
 */
export async function writeBaseline(file: string, findings: readonly Finding[]): Promise<BaselineFile> {
  const baseline = baselineFromFindings(findings);
  await writeOutputFile(file, formatBaseline(baseline), 'write-baseline');
  return baseline;
}

/** Splits findings into new ones and those whose fingerprint is in the baseline. */
export function applyBaseline(findings: readonly Finding[], baseline: BaselineFile): { new: Finding[]; baselined: Finding[] } {
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  const out = { new: [] as Finding[], baselined: [] as Finding[] };
  for (const f of findings) (known.has(f.fingerprint) ? out.baselined : out.new).push(f);
  return out;
}


function entry(fingerprint: string, ruleId: string, path: string, redacted: string | undefined): BaselineEntry {
  // Fixed key order keeps the file stable whatever order the caller built its objects in.
  return redacted === undefined ? { fingerprint, ruleId, path } : { fingerprint, ruleId, path, redacted };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
