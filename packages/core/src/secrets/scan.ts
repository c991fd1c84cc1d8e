// secret-scan's orchestrator: target -> matches (tree / history / staged / artifacts) -> findings
// -> suppression -> sorted result. Pure engine: everything it needs arrives in SecretScanOptions.
import { stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { Finding, RuleInfo } from '../report/types.ts';
import { fingerprint, redact } from '../redact/redact.ts';
import type { ScanTarget } from '../git/types.ts';
import { ensureCommits } from '../git/availability.ts';
import type { CustomRuleConfig, SecretRule } from './types.ts';
import { loadRuleSet, type RuleSetSpec } from './scanner/ruleset.ts';
import { compileRules } from './scanner/compile.ts';
import { walkTree } from './scanner/tree.ts';
import { scanFiles } from './scanner/workers.ts';
import { prestartScanWorkers } from './scanner/spare-workers.ts';
import { scanHistory } from './scanner/history.ts';
import { scanStaged } from './scanner/staged.ts';
import { scanBuffer } from './scanner/buffer.ts';
import type { RawMatch } from './scanner/types.ts';
import type { Shard } from './scanner/shard.ts';
import { expandArtifactGlobs } from '../files/expand-globs.ts';
import { readArtifact } from './artifacts/read.ts';
import { isProblem, type ArtifactLimits } from './artifacts/types.ts';
import { artifactProblemFinding, leakPatternChecker, leakPatternFindings, oversizeFiles } from './artifacts/findings.ts';
import { ARTIFACT_RULES } from './artifacts/rules.ts';
import { oneFindingPerSpot } from './same-spot.ts';
import { compareFindings, type SecretScanResult } from './result.ts';
import { applySuppression, type SuppressionInput } from './suppression.ts';

export interface SecretScanOptions {
  /** Absolute path of the directory / repository to scan. */
  root: string;
  target: ScanTarget;
  /** Deepen shallow clones when commits are missing. */
  fetch?: boolean;
  /** Commits the event says the range holds (sizes the first deepen step and the fetch-depth hint). */
  commitCount?: number;
  artifacts?: readonly string[];
  leakPatterns?: readonly string[];
  maxArtifactSize?: number;
  artifactLimits?: Partial<ArtifactLimits>;
  exclude?: readonly string[];
  gitignore?: boolean;
  shard?: Shard;
  customRules?: readonly CustomRuleConfig[];
  suppression?: SuppressionInput;
  /** Worker threads for tree scans (default: one per core; 0 = inline). */
  threads?: number;
  /** For tests and benches: a rules module instead of the built-ins (not available in bundles). */
  ruleSet?: RuleSetSpec;
  /** The opt-in high-entropy rule (`entropy: true`, `entropy-threshold` in .bulkhead.yml). */
  entropy?: { threshold?: number };
  log?: (message: string) => void;
}

interface Located extends RawMatch {
  path: string;
  commit?: string;
  commitDate?: string;
  author?: string;
  commits?: number;
}

export async function secretScan(opts: SecretScanOptions): Promise<SecretScanResult> {
  const started = Date.now();
  // A tree scan's threads boot while the rules load and the walk starts (spare-workers.ts).
  if (opts.target.kind === 'tree' && opts.threads !== 0) prestartScanWorkers({ threads: opts.threads });
  const notes: string[] = [];
  const log = (m: string) => {
    notes.push(m);
    opts.log?.(m);
  };
  const spec: RuleSetSpec = { ...(opts.ruleSet ?? {}), custom: [...(opts.ruleSet?.custom ?? []), ...(opts.customRules ?? [])] };
  if (opts.entropy) spec.entropy = opts.entropy;
  const { rules, isFalsePositive, isRuleOffForPath } = await loadRuleSet(spec);
  const byId = new Map<string, SecretRule>(rules.map((r) => [r.id, r]));

  const target = await ensureCommits(opts.root, opts.target, { fetch: opts.fetch, commitCount: opts.commitCount, log });
  if (target.kind !== opts.target.kind) log(`The old head is gone (force-push): scanning the commits not on the default branch instead.`);
  if (opts.shard && opts.shard.count > 1) log(`Shard ${opts.shard.index}/${opts.shard.count}.`);

  const matches: Located[] = [];
  const extra: Finding[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const stats = { files: 0, bytes: 0, commits: 0, archives: 0, durationMs: 0 };

  switch (target.kind) {
    case 'tree': {
      const walk = walkTree(opts.root, { honourGitignore: opts.gitignore, exclude: opts.exclude, shard: opts.shard });
      // Streamed into the pool as the walk finds them, so walking and scanning overlap; leak patterns are
      // checked on the way, while workers scan, not after.
      const r = await scanFiles(checkLeaks(await walk.files(), leakPatternChecker(opts.root, opts.leakPatterns), extra), { rules: spec, threads: opts.threads });
      skipped.push(...walk.skipped);
      for (const f of r.files) for (const m of f.matches) matches.push({ ...m, path: f.path });
      skipped.push(...r.skipped);
      stats.files = r.filesScanned;
      stats.bytes = r.bytesScanned;
      break;
    }
    case 'history':
    case 'range':
    case 'new-branch': {
      const r = await scanHistory(opts.root, target, rules, { isFalsePositive, isRuleOffForPath, shard: opts.shard });
      matches.push(...r.matches);
      stats.commits = r.commitsScanned;
      break;
    }
    case 'staged': {
      matches.push(...(await scanStaged(opts.root, rules, { isFalsePositive, isRuleOffForPath })));
      break;
    }
    case 'none':
      log(target.reason);
      break;
  }

  if (opts.artifacts?.length) {
    const cr = compileRules(rules);
    const paths = await expandArtifactGlobs(opts.root, opts.artifacts);
    if (paths.length === 0) log(`No artifact matched ${opts.artifacts.join(', ')}.`);
    const sized: { path: string; size: number }[] = [];
    const entryNames: string[] = [];
    for (const path of paths) {
      const abs = isAbsolute(path) ? path : join(opts.root, path); // artifacts outside the root keep their absolute path
      sized.push({ path, size: (await stat(abs)).size });
      stats.archives++;
      for await (const entry of readArtifact(abs, path, opts.artifactLimits)) {
        if (isProblem(entry)) {
          extra.push(artifactProblemFinding(entry));
          continue;
        }
        entryNames.push(entry.path);
        stats.files++;
        stats.bytes += entry.data.length;
        for (const m of scanBuffer(entry.data, entry.path, cr, { isFalsePositive, isRuleOffForPath })) matches.push({ ...m, path: entry.path });
      }
    }
    if (opts.maxArtifactSize !== undefined) extra.push(...oversizeFiles(sized, opts.maxArtifactSize));
    extra.push(...leakPatternFindings(opts.root, entryNames, opts.leakPatterns));
  }

  const secretValues = new Set<string>();
  const found: { finding: Finding; lineText: string }[] = [];
  for (const m of oneFindingPerSpot(matches, byId)) {
    const rule = byId.get(m.ruleId);
    if (!rule) continue;
    secretValues.add(m.secret);
    // A base64-wrapped credential is masked in its decoded form too.
    for (const d of rule.decoded?.(m.secret) ?? []) secretValues.add(d);
    found.push({ finding: toFinding(rule, m), lineText: m.lineText });
  }
  for (const f of dedupe(extra)) found.push({ finding: f, lineText: '' });

  const { kept, baselined, suppressed } = await applySuppression(opts.root, found, opts.suppression ?? {});
  kept.sort(compareFindings);
  stats.durationMs = Date.now() - started;
  const ruleInfos: RuleInfo[] = [...rules.map(ruleInfo), ...ARTIFACT_RULES];
  return { target, findings: kept, suppressed, rules: ruleInfos, stats, skipped, notes, secretValues: [...secretValues], baselined };
}

function* checkLeaks<T extends { path: string }>(files: Iterable<T>, check: (path: string) => Finding | undefined, into: Finding[]): Generator<T> {
  for (const f of files) {
    const leak = check(f.path);
    if (leak) into.push(leak);
    yield f;
  }
}

function ruleInfo(r: SecretRule): RuleInfo {
  return { id: r.id, name: r.name, severity: r.severity, description: r.description, remediation: r.remediation, helpUri: r.helpUri, tags: r.tags };
}

function toFinding(rule: SecretRule, m: Located): Finding {
  const properties: Record<string, string | number> = {};
  if (m.commits && m.commits > 1) properties.commits = m.commits;
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message: `${rule.name}: ${redact(m.secret)}`,
    location: {
      path: m.path,
      line: m.line,
      column: m.column,
      endColumn: m.endLine === m.line ? m.endColumn : undefined,
      commit: m.commit,
      commitDate: m.commitDate,
      author: m.author,
    },
    fingerprint: fingerprint(rule.id, m.secret),
    redacted: redact(m.secret),
    confidence: m.confidence,
    properties,
  };
}

/** Same rule + fingerprint + place once; the same secret in two places stays two findings. */
function dedupe(list: Finding[]): Finding[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const k = `${f.ruleId}\0${f.fingerprint}\0${f.location.path}\0${f.location.line ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
