// The labelled corpus and history repo builders: labels point at real lines, every rule family
// is planted, the same seed gives the same corpus, and (through the real engine, on worker threads)
// the planted secrets are found while the hard negatives stay silent.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BUILTIN_RULES } from '@bulkhead/core';
import { buildCorpus, buildHistoryRepo } from '../support/corpus.ts';
import type { Corpus, HistoryRepo } from '../support/corpus.ts';
import { probeTexts } from '../support/rule-probe.ts';
import { ALL_RULE_IDS_WITH_GENERATORS } from '../support/secret-gen.ts';

let tmp: string;
let corpus: Corpus;
let history: HistoryRepo;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'bulkhead-corpus-'));
  corpus = await buildCorpus(join(tmp, 'c'), 20240601, {});
  history = await buildHistoryRepo(join(tmp, 'h'), 7);
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('buildCorpus', () => {
  test('default size, all rules and families planted, realistic file kinds', () => {
    expect(corpus.positives).toHaveLength(330);
    expect(corpus.negatives).toHaveLength(330);
    expect(new Set(corpus.positives.map((p) => p.ruleId))).toEqual(new Set(ALL_RULE_IDS_WITH_GENERATORS));
    const exts = new Set(corpus.files.map((f) => f.replace(/^.*\//, '').replace(/^[^.]*(?=\.)/, '').replace(/\.\d+$/, '')));
    for (const e of ['.js', '.ts', '.py', '.go', '.yml', '.json', '.tf', '.md', '.pem', '.lock', '.min.js']) expect([...exts], e).toContain(e);
    expect(corpus.files.some((f) => f.includes('.env'))).toBe(true);
    expect(corpus.files.some((f) => f.endsWith('Dockerfile'))).toBe(true);
  });

  test('labels point at the line holding the secret', async () => {
    const cache = new Map<string, string[]>();
    for (const p of corpus.positives) {
      if (!cache.has(p.path)) cache.set(p.path, (await readFile(join(corpus.dir, p.path), 'utf8')).split('\n'));
      const line = cache.get(p.path)![p.line - 1];
      const head = p.secret.replace(/^\s+/, '').split('\n')[0].slice(0, 20);
      const text = cache.get(p.path)!.slice(p.line - 1, p.line + 2).join('\n');
      expect(text.includes(head) || line.includes(p.secret.slice(0, 20)), `${p.ruleId} ${p.path}:${p.line}`).toBe(true);
    }
    for (const n of corpus.negatives) {
      if (!cache.has(n.path)) cache.set(n.path, (await readFile(join(corpus.dir, n.path), 'utf8')).split('\n'));
      expect(cache.get(n.path)![n.line - 1]).toBe(n.text.split('\n')[0]);
    }
  });

  test('long minified lines carry some positives', async () => {
    const mins = corpus.positives.filter((p) => p.path.endsWith('.min.js'));
    expect(mins.length).toBeGreaterThan(5);
    const body = await readFile(join(corpus.dir, mins[0].path), 'utf8');
    expect(body.split('\n')[1].length).toBeGreaterThan(40_000);
  });

  test('same seed, same corpus; other seed, other secrets', async () => {
    const again = await buildCorpus(join(tmp, 'c2'), 20240601, { positives: 40, negatives: 40 });
    const twice = await buildCorpus(join(tmp, 'c3'), 20240601, { positives: 40, negatives: 40 });
    const other = await buildCorpus(join(tmp, 'c4'), 99, { positives: 40, negatives: 40 });
    expect(twice.positives).toEqual(again.positives);
    expect(twice.files).toEqual(again.files);
    expect(other.positives.map((p) => p.secret)).not.toEqual(again.positives.map((p) => p.secret));
  });

  test('recall and precision over the corpus files, through the real engine', async () => {
    const texts = await Promise.all(corpus.files.map(async (f) => ({ path: f, text: await readFile(join(corpus.dir, f), 'utf8') })));
    const hits = await probeTexts(texts);
    const wanted = new Set(corpus.positives.map((p) => `${p.path}:${p.line}:${p.ruleId}`));
    const positiveLines = new Set(corpus.positives.map((p) => `${p.path}:${p.line}`));
    const negLines = new Set(corpus.negatives.map((n) => `${n.path}:${n.line}`));
    const found = new Set<string>();
    let total = 0;
    let onPositiveLines = 0;
    let onNegatives = 0;
    corpus.files.forEach((f, i) => {
      for (const h of hits[i]!) {
        total++;
        const key = `${f}:${h.line}:${h.ruleId}`;
        if (wanted.has(key)) found.add(key);
        if (positiveLines.has(`${f}:${h.line}`)) onPositiveLines++;
        if (negLines.has(`${f}:${h.line}`)) onNegatives++;
      }
    });
    const recall = found.size / wanted.size;
    // A finding is a true positive when it sits on a line where a secret was planted (a second rule
    // naming the same planted secret is not a false alarm); everything else is a false positive.
    const precision = onPositiveLines / total;
    console.log(`corpus (engine): recall ${(recall * 100).toFixed(1)}% (${found.size}/${wanted.size}), precision ${(precision * 100).toFixed(1)}% (${onPositiveLines}/${total}), findings on negative lines ${onNegatives}`);
    expect(recall).toBeGreaterThanOrEqual(0.99);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(onNegatives).toBe(0);
  }, 120_000);

  test('minified bundles hold self-naming tokens of several providers, chosen without the scanner', () => {
    const mins = corpus.positives.filter((p) => p.path.endsWith('.min.js'));
    expect(new Set(mins.map((p) => p.ruleFamily)).size).toBeGreaterThanOrEqual(3);
    for (const p of mins) {
      const rule = BUILTIN_RULES.find((r) => r.id === p.ruleId)!;
      expect(rule.keywords.some((k) => p.secret.toLowerCase().includes(k)), p.ruleId).toBe(true);
    }
  });
});

describe('buildHistoryRepo', () => {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: history.dir, encoding: 'utf8' }).stdout;

  test('real commits with fixed dates; labels name the adding commit', () => {
    expect(history.commits).toHaveLength(6);
    expect(git('rev-list', '--count', 'HEAD').trim()).toBe('6');
    expect(git('log', '-1', '--format=%aI').trim()).toBe('2024-01-06T10:00:00Z'.replace('Z', '+00:00'));
    expect(history.positives.length).toBeGreaterThanOrEqual(7);
    for (const p of history.positives) {
      const at = git('show', `${p.commit}:${p.path}`).split('\n');
      expect(at[p.line - 1], `${p.ruleId} in ${p.commit}`).toContain(p.secret);
      const parent = git('show', `${p.commit}^:${p.path}`);
      expect(parent.includes(p.secret)).toBe(false);
    }
  });

  test('removed secrets are gone at HEAD, others remain', () => {
    const removed = history.positives.filter((p) => p.removedIn);
    expect(removed.length).toBeGreaterThanOrEqual(5);
    for (const p of history.positives) {
      const head = spawnSync('git', ['show', `HEAD:${p.path}`], { cwd: history.dir, encoding: 'utf8' }).stdout ?? '';
      expect(head.includes(p.secret), p.ruleId).toBe(!p.removedIn);
    }
  });

  test('deterministic SHAs for a seed', async () => {
    const again = await buildHistoryRepo(join(tmp, 'h2'), 7);
    expect(again.commits.map((c) => c.sha)).toEqual(history.commits.map((c) => c.sha));
  });
});
