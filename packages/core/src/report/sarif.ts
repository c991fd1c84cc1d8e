// SARIF 2.1.0 for GitHub code scanning: one run, rules with help, stable partialFingerprints.
// Only rules that some finding references are written (a 200-rule catalogue in every upload is
// noise); mergeSarif unions them across shards.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ResourceError } from '../errors.ts';
import { stableStringify } from './stable-json.ts';
import type { Finding, RuleInfo, Severity } from './types.ts';
import type {
  SarifArtifactLocation,
  SarifLevel,
  SarifLog,
  SarifPrecision,
  SarifPropertyValue,
  SarifRegion,
  SarifResult,
  SarifRule,
} from './sarif-types.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'bulkhead/v1';

/** GitHub reads `security-severity` as a CVSS-like score: >9 critical, 7–8.9 high, 4–6.9 medium, else low. */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
export const SARIF_LEVEL: Readonly<Record<Severity, SarifLevel>> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

export interface BuildSarifInput {
  toolName?: string;
  toolVersion: string;
  informationUri?: string;
  rules: readonly RuleInfo[];
  findings: readonly Finding[];
  /** Absolute `file://` URI of the scanned root (ending in `/`), when known. */
  srcRootUri?: string;
}

function sentence(text: string): string {
  const t = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function firstSentence(text: string): string {
  const t = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const m = /^(.+?[.!?])(\s|$)/.exec(t);
  return sentence(m ? m[1] : t);
}

/** SARIF rule names are PascalCase identifiers. */
function pascal(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const p = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z]/.test(p) ? p : `Rule${p}`;
}

/** Confidence 0..1 → SARIF precision. */
export function precisionFor(confidence: number | undefined): SarifPrecision {
  if (confidence === undefined) return 'high';
  if (confidence >= 0.95) return 'very-high';
  if (confidence >= 0.8) return 'high';
  if (confidence >= 0.5) return 'medium';
  return 'low';
}

/**
 * A relative, `/`-separated, percent-encoded URI for a scan path. Archive entries (`a.zip!/x`) keep
 * the `!` (legal in a URI path); anything that could read as a scheme, query or fragment is encoded.
 */
export function pathToUri(path: string): string {
  const segments = path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .split('/')
    .filter((s, i, all) => s !== '' || i === all.length - 1);
  const uri = segments.map((s) => encodeURIComponent(s)).join('/');
  return uri === '' ? '.' : uri;
}

/**
 * Where a finding is: relative to SRCROOT under the scanned root; an absolute `file://` URI outside it
 * (artifacts the build put elsewhere), which the validator and code scanning both accept.
 */
export function artifactLocationFor(path: string): { uri: string; uriBaseId?: string } {
  return isAbsolute(path) ? { uri: pathToFileURL(path).href } : { uri: pathToUri(path), uriBaseId: 'SRCROOT' };
}

function ruleFor(info: RuleInfo, findings: readonly Finding[]): SarifRule {
  const maxConfidence = findings.reduce<number | undefined>(
    (m, f) => (f.confidence === undefined ? m : Math.max(m ?? 0, f.confidence)),
    undefined,
  );
  const tags = [...new Set(['security', ...(info.tags ?? [])])];
  const name = pascal(info.name || info.id);
  const rule: SarifRule = {
    id: info.id,
    ...(name.toLowerCase() === info.id.toLowerCase() ? {} : { name }),
    shortDescription: { text: firstSentence(info.description || info.id) },
    fullDescription: { text: sentence(info.description || info.id) },
    help: { text: sentence(info.remediation || info.description || info.id), markdown: info.remediation || info.description || info.id },
    defaultConfiguration: { level: SARIF_LEVEL[info.severity] },
    properties: { tags, 'security-severity': SECURITY_SEVERITY[info.severity], precision: precisionFor(maxConfidence) },
  };
  if (info.helpUri) rule.helpUri = info.helpUri;
  return rule;
}

function regionFor(f: Finding): SarifRegion {
  const region: SarifRegion = { startLine: Math.max(1, Math.floor(f.location.line ?? 1)) };
  const col = f.location.column;
  if (col !== undefined && col >= 1) {
    region.startColumn = Math.floor(col);
    const end = f.location.endColumn;
    if (end !== undefined && end > region.startColumn) region.endColumn = Math.floor(end);
  }
  return region;
}

function resultFor(f: Finding, ruleIndex: number): SarifResult {
  const partialFingerprints: Record<string, string> = { [FINGERPRINT_KEY]: f.fingerprint };
  if (f.location.commit) partialFingerprints.commitSha = f.location.commit;
  const properties: Record<string, SarifPropertyValue> = { ...(f.properties ?? {}) };
  if (f.location.commit) properties.commit = f.location.commit;
  if (f.location.commitDate) properties.commitDate = f.location.commitDate;
  if (f.confidence !== undefined) properties.confidence = f.confidence;
  if (f.redacted !== undefined) properties.redacted = f.redacted;
  const result: SarifResult = {
    ruleId: f.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[f.severity],
    message: { text: sentence(f.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocationFor(f.location.path),
          region: regionFor(f),
        },
      },
    ],
    partialFingerprints,
  };
  if (Object.keys(properties).length > 0) result.properties = properties;
  return result;
}

export function buildSarif(input: BuildSarifInput): SarifLog {
  const known = new Map(input.rules.map((r) => [r.id, r]));
  const order: string[] = [];
  const byRule = new Map<string, Finding[]>();
  for (const f of input.findings) {
    let list = byRule.get(f.ruleId);
    if (!list) {
      list = [];
      byRule.set(f.ruleId, list);
      order.push(f.ruleId);
    }
    list.push(f);
  }
  // Rules in the order given, then any rule a finding names that was not given (described minimally).
  const ids = [...input.rules.map((r) => r.id).filter((id) => byRule.has(id)), ...order.filter((id) => !known.has(id))];
  const rules = ids.map((id) => {
    const fs = byRule.get(id) ?? [];
    const info: RuleInfo = known.get(id) ?? {
      id,
      name: id,
      severity: fs[0].severity,
      description: `Findings of rule ${id}.`,
      remediation: 'Review the finding.',
    };
    return ruleFor(info, fs);
  });
  const index = new Map(ids.map((id, i) => [id, i]));
  const root: SarifArtifactLocation = input.srcRootUri
    ? { uri: input.srcRootUri.endsWith('/') ? input.srcRootUri : `${input.srcRootUri}/`, description: { text: 'The scanned root.' } }
    : { description: { text: 'The scanned root; result URIs are relative to it.' } };
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: input.toolName ?? 'bulkhead',
            semanticVersion: input.toolVersion,
            ...(input.informationUri ? { informationUri: input.informationUri } : {}),
            rules,
          },
        },
        originalUriBaseIds: { SRCROOT: root },
        columnKind: 'utf16CodeUnits',
        results: input.findings.map((f) => resultFor(f, index.get(f.ruleId) ?? 0)),
      },
    ],
  };
}

function resultKey(r: SarifResult): string {
  const fp = Object.entries(r.partialFingerprints).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const loc = r.locations.map((l) => {
    const { artifactLocation: a, region: g } = l.physicalLocation;
    return [a.uriBaseId, a.uri, g.startLine, g.startColumn ?? 0, g.endColumn ?? 0];
  });
  return JSON.stringify([r.ruleId, fp, loc]);
}

/**
 * Merges shard logs of the same tool into one run: rules unioned by id (first description wins,
 * ruleIndex renumbered), results concatenated in order, duplicates (same fingerprints and location) dropped.
 */
export function mergeSarif(logs: readonly SarifLog[]): SarifLog {
  const runs = logs.flatMap((l) => l.runs);
  if (runs.length === 0) {
    throw new ResourceError({ input: 'sarif', problem: 'there are no SARIF runs to merge', fix: 'pass at least one SARIF file written by bulkhead' });
  }
  const first = runs[0];
  const names = new Set(runs.map((r) => r.tool.driver.name));
  if (names.size > 1) {
    throw new ResourceError({
      input: 'sarif',
      problem: `the logs come from different tools (${[...names].join(', ')})`,
      fix: 'merge only logs written by the same tool; upload the others separately',
    });
  }
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const results: SarifResult[] = [];
  const seen = new Set<string>();
  for (const run of runs) {
    for (const rule of run.tool.driver.rules) {
      if (!ruleIndex.has(rule.id)) {
        ruleIndex.set(rule.id, rules.length);
        rules.push(rule);
      }
    }
    for (const r of run.results) {
      const key = resultKey(r);
      if (seen.has(key)) continue;
      seen.add(key);
      results.push({ ...r, ruleIndex: ruleIndex.get(r.ruleId) ?? 0 });
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { ...first.tool.driver, rules } },
        originalUriBaseIds: first.originalUriBaseIds,
        columnKind: first.columnKind,
        results,
      },
    ],
  };
}

/** Stable JSON (sorted keys, newline at end). */
export function serializeSarif(log: SarifLog): string {
  return stableStringify(log);
}
