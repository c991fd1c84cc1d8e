// Accuracy of the real engine (secretScan: tree walk, workers, rules, filters, suppression) on a labelled,
// generated corpus: ≥ 0.95 recall and precision, printed. The history variant finds deleted secrets.
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { secretScan, type Finding } from '@bulkhead/core';
import { buildCorpus, buildHistoryRepo } from '../support/corpus.ts';

const dirs: string[] = [];
const temp = (p: string) => {
  const d = mkdtempSync(join(tmpdir(), p));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const key = (path: string, line: number | undefined) => `${path}:${line ?? 0}`;
/** The documented fingerprint (SHA-256 of rule id, NUL, secret), computed here from the label, not by the engine. */
const labelFingerprint = (ruleId: string, secret: string) => createHash('sha256').update(`${ruleId}\0${secret}`).digest('hex');

describe('secret-scan accuracy', () => {
  it('tree scan: recall and precision ≥ 0.95 on 330 planted secrets and 330 hard negatives', async () => {
    const corpus = await buildCorpus(temp('bulkhead-corpus-'), 20261124, { positives: 330, negatives: 330 });
    const result = await secretScan({ root: corpus.dir, target: { kind: 'tree' }, threads: 2 });
    const findings = result.findings.filter((f) => f.location.line !== undefined);
    const byLine = new Map<string, Finding[]>();
    for (const f of findings) byLine.set(key(f.location.path, f.location.line), [...(byLine.get(key(f.location.path, f.location.line)) ?? []), f]);

    const positiveLines = new Set(corpus.positives.map((p) => key(p.path, p.line)));
    const missed = corpus.positives.filter((p) => !byLine.has(key(p.path, p.line)));
    const truePositives = findings.filter((f) => positiveLines.has(key(f.location.path, f.location.line)));
    const falsePositives = findings.filter((f) => !positiveLines.has(key(f.location.path, f.location.line)));
    const negativeHits = corpus.negatives.filter((n) => byLine.has(key(n.path, n.line)));

    const recall = (corpus.positives.length - missed.length) / corpus.positives.length;
    const precision = truePositives.length / Math.max(1, findings.length);
    const families = new Set(corpus.positives.map((p) => p.ruleFamily));
    console.log(
      `secret-scan accuracy: recall ${recall.toFixed(3)} (${corpus.positives.length - missed.length}/${corpus.positives.length}), ` +
        `precision ${precision.toFixed(3)} (${truePositives.length}/${findings.length}), ${corpus.negatives.length} hard negatives, ` +
        `${negativeHits.length} hit; families ${[...families].sort().join(',')}`,
    );
    if (missed.length) console.log('missed:', missed.slice(0, 10).map((m) => `${m.ruleId} ${m.path}:${m.line}`).join('; '));
    if (falsePositives.length) console.log('false positives:', falsePositives.slice(0, 10).map((f) => `${f.ruleId} ${f.location.path}:${f.location.line}`).join('; '));
    expect(families.size).toBeGreaterThanOrEqual(10);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    // The result carries no raw secret outside secretValues (which is for masking only), for every planted value...
    const serialized = JSON.stringify({ ...result, secretValues: [] });
    expect(corpus.positives.filter((p) => serialized.includes(p.secret)).map((p) => p.ruleId)).toEqual([]);
    // ...and every secret behind a finding is in secretValues, so the action masks it.
    const masked = new Set(result.secretValues);
    const found = corpus.positives.filter((p) => (byLine.get(key(p.path, p.line)) ?? []).some((f) => f.ruleId === p.ruleId));
    expect(found.length).toBeGreaterThanOrEqual(corpus.positives.length * 0.95);
    expect(found.filter((p) => !masked.has(p.secret)).map((p) => p.ruleId)).toEqual([]);
  }, 120_000);

  it('history scan: finds every planted secret at the commit that added it, including deleted ones', async () => {
    const repo = await buildHistoryRepo(temp('bulkhead-history-'), 7);
    const result = await secretScan({ root: repo.dir, target: { kind: 'history' } });
    const deleted = repo.positives.filter((p) => p.removedIn);
    expect(deleted.length).toBeGreaterThan(0);
    for (const p of repo.positives) {
      const f = result.findings.find((x) => x.ruleId === p.ruleId && x.fingerprint === labelFingerprint(p.ruleId, p.secret) && x.location.path === p.path);
      expect(f, `${p.ruleId} in ${p.path}`).toBeDefined();
      expect(f!.location.commit).toBe(p.commit);
      expect(f!.location.line).toBe(p.line);
      expect(f!.location.commitDate).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    // The tree at HEAD no longer has the deleted ones.
    const tree = await secretScan({ root: repo.dir, target: { kind: 'tree' }, threads: 0 });
    expect(tree.findings.length).toBeGreaterThan(0); // the secret still at HEAD is found, so the scan did run
    for (const p of deleted) expect(tree.findings.some((x) => x.fingerprint === labelFingerprint(p.ruleId, p.secret))).toBe(false);
  }, 60_000);
});
