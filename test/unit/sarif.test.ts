// SARIF from the builder, checked by structure and by Microsoft's official validator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSarif, mergeSarif, pathToUri, serializeSarif } from '../../packages/core/src/report/sarif.ts';
import type { SarifLog } from '../../packages/core/src/report/sarif-types.ts';
import type { Finding, RuleInfo, Severity } from '../../packages/core/src/report/types.ts';
import { fingerprint, redact } from '../../packages/core/src/redact/index.ts';
import { sarifValidationErrors } from '../support/sarif-validator.ts';


// Seeded synthetic secrets: the source holds no complete token.
function synthetic(seed: number, prefix: string, length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let x = seed;
  let out = prefix;
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

const rules: RuleInfo[] = [
  { id: 'github-pat', name: 'github pat', severity: 'high', description: 'GitHub personal access token. It grants repository access', remediation: 'Revoke the token in **Settings → Developer settings** and rotate it.', tags: ['vcs'], helpUri: 'https://docs.github.com/en/authentication' },
  { id: 'private-key', name: 'PrivateKey', severity: 'critical', description: 'A PEM private key', remediation: 'Remove the key and rotate it.' },
  { id: 'generic-password', name: 'generic password', severity: 'low', description: 'A password assignment', remediation: 'Move it to a secret store.' },
  { id: 'unused-rule', name: 'Unused', severity: 'medium', description: 'Never matches here', remediation: 'n/a' },
];

function finding(ruleId: string, severity: Severity, secret: string, location: Finding['location'], extra: Partial<Finding> = {}): Finding {
  return { ruleId, severity, message: `Possible ${ruleId}: ${redact(secret)}`, location, fingerprint: fingerprint(ruleId, secret), redacted: redact(secret), ...extra };
}

const s1 = synthetic(1, 'gh' + 'p_', 40);
const s2 = synthetic(2, 'k', 64);
const s3 = synthetic(3, 'pw', 16);
const findings: Finding[] = [
  finding('github-pat', 'high', s1, { path: 'src/app.ts', line: 1, column: 14, endColumn: 54 }, { confidence: 1, properties: { family: 'vcs' } }),
  finding('github-pat', 'high', s1, { path: 'src/app.ts', line: 3, commit: 'a'.repeat(40), commitDate: '2025-01-02T03:04:05Z', author: 'dev' }),
  finding('private-key', 'critical', s2, { path: 'dist/app.zip!/config/key.pem', line: 12 }),
  finding('generic-password', 'low', s3, { path: 'docs/my notes/héllo wörld #1?.md', line: 0, column: 0 }, { confidence: 0.4 }),
  finding('ad-hoc', 'medium', s3, { path: '.\\win\\path.txt', line: 7 }),
];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-sarif-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The official validator's errors per log name (one validator run for all of them). */
function validateAll(logs: Record<string, SarifLog>): Record<string, string[]> {
  const files = Object.keys(logs).map((name) => {
    const file = join(dir, `${name}.sarif`);
    writeFileSync(file, serializeSarif(logs[name]));
    return file;
  });
  const errors = sarifValidationErrors(files);
  expect(Object.keys(errors).sort()).toEqual([...files].sort()); // no error that names no log
  return Object.fromEntries(Object.keys(logs).map((name, i) => [name, errors[files[i]!]!]));
}

describe('buildSarif', () => {
  const log = buildSarif({ toolVersion: '0.1.0', informationUri: 'https://example.com/bulkhead', rules, findings });
  const run = log.runs[0];

  it('has the envelope GitHub code scanning expects', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'bulkhead', semanticVersion: '0.1.0', informationUri: 'https://example.com/bulkhead' });
    expect(run.originalUriBaseIds.SRCROOT).toBeDefined();
  });
  it('writes referenced rules only, given ones first, with help and severity', () => {
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['github-pat', 'private-key', 'generic-password', 'ad-hoc']);
    const [pat, key, pw, adhoc] = run.tool.driver.rules;
    expect(pat).toMatchObject({
      name: 'GithubPat',
      shortDescription: { text: 'GitHub personal access token.' },
      fullDescription: { text: 'GitHub personal access token. It grants repository access.' },
      help: { markdown: rules[0].remediation },
      helpUri: 'https://docs.github.com/en/authentication',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'vcs'], 'security-severity': '8.0', precision: 'very-high' },
    });
    expect(key.properties['security-severity']).toBe('9.5');
    expect(pw).toMatchObject({ defaultConfiguration: { level: 'note' }, properties: { 'security-severity': '3.0', precision: 'low' } });
    expect(adhoc).toMatchObject({ defaultConfiguration: { level: 'warning' }, properties: { 'security-severity': '5.5' } });
  });
  it('maps results: level, index, location, fingerprints, properties', () => {
    const [r0, r1, r2, r3, r4] = run.results;
    expect(r0).toMatchObject({ ruleId: 'github-pat', ruleIndex: 0, level: 'error' });
    expect(r0.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'src/app.ts', uriBaseId: 'SRCROOT' }, region: { startLine: 1, startColumn: 14, endColumn: 54 } });
    expect(r0.properties).toEqual({ family: 'vcs', confidence: 1, redacted: redact(s1) });
    expect(r1.partialFingerprints).toEqual({ 'bulkhead/v1': fingerprint('github-pat', s1), commitSha: 'a'.repeat(40) });
    expect(r1.properties).toMatchObject({ commit: 'a'.repeat(40), commitDate: '2025-01-02T03:04:05Z' });
    expect(r2.locations[0].physicalLocation.artifactLocation.uri).toBe('dist/app.zip!/config/key.pem');
    expect(r2.level).toBe('error');
    expect(r3.level).toBe('note');
    expect(r3.locations[0].physicalLocation.artifactLocation.uri).toBe('docs/my%20notes/h%C3%A9llo%20w%C3%B6rld%20%231%3F.md');
    expect(r3.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
    expect(r4).toMatchObject({ ruleIndex: 3, level: 'warning' });
    expect(r4.locations[0].physicalLocation.artifactLocation.uri).toBe('win/path.txt');
  });
  it('never carries a secret', () => {
    const text = serializeSarif(log);
    for (const s of [s1, s2, s3]) expect(text).not.toContain(s);
  });
  it('makes URIs that cannot read as a scheme, query or fragment', () => {
    expect(pathToUri('c:evil')).toBe('c%3Aevil');
    expect(pathToUri('/abs/./x')).toBe('abs/./x');
    expect(pathToUri('a?b#c')).toBe('a%3Fb%23c');
    expect(pathToUri('')).toBe('.');
  });
});

describe('mergeSarif', () => {
  it('unions rules, re-indexes and drops duplicate results', () => {
    const a = buildSarif({ toolVersion: '0.1.0', rules, findings: [findings[3], findings[0]] });
    const b = buildSarif({ toolVersion: '0.1.0', rules, findings: [findings[0], findings[2], findings[4]] });
    const merged = mergeSarif([a, b]);
    const run = merged.runs[0];
    expect(merged.runs).toHaveLength(1);
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['github-pat', 'generic-password', 'private-key', 'ad-hoc']);
    expect(run.results.map((r) => r.ruleId)).toEqual(['generic-password', 'github-pat', 'private-key', 'ad-hoc']);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });
  it('refuses logs of different tools', () => {
    const a = buildSarif({ toolVersion: '1', rules, findings: [] });
    const b = buildSarif({ toolName: 'other', toolVersion: '1', rules, findings: [] });
    expect(() => mergeSarif([a, b])).toThrow(/different tools/);
    expect(() => mergeSarif([])).toThrow(/no SARIF runs/);
  });
  it('serializes stably', () => {
    const a = buildSarif({ toolVersion: '0.1.0', rules, findings });
    expect(serializeSarif(a)).toBe(serializeSarif(JSON.parse(serializeSarif(a)) as SarifLog));
    expect(serializeSarif(a).endsWith('\n')).toBe(true);
  });
});

describe('official validator (sarif-multitool)', () => {
  it('accepts the built and the merged log with no errors, and rejects a broken one', () => {
    const log = buildSarif({ toolVersion: '0.1.0', informationUri: 'https://example.com/bulkhead', rules, findings });
    const merged = mergeSarif([
      buildSarif({ toolVersion: '0.1.0', rules, findings: findings.slice(0, 3) }),
      buildSarif({ toolVersion: '0.1.0', rules, findings: findings.slice(2) }),
    ]);
    expect(merged.runs[0].results).toHaveLength(findings.length);
    // A deliberately broken copy proves the validator run can fail this test.
    const broken = JSON.parse(serializeSarif(log)) as SarifLog;
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    broken.runs[0].results[1].ruleIndex = 99;
    // Artifacts outside the scanned root carry absolute paths: an absolute file:// URI, no uriBaseId.
    const outside = buildSarif({ toolVersion: '0.1.0', rules, findings: [{ ...findings[0]!, location: { path: '/tmp/runner temp/dist/app.zip!/conf/a b.env', line: 2 } }] });
    const loc = outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(loc).toEqual({ uri: 'file:///tmp/runner%20temp/dist/app.zip!/conf/a%20b.env' });
    const errors = validateAll({ single: log, merged, broken, outside });
    expect(errors.single).toEqual([]);
    expect(errors.merged).toEqual([]);
    expect(errors.outside).toEqual([]);
    expect(errors.broken.length).toBeGreaterThan(0);
  });
});
