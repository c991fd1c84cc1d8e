// History: compaction bounds, the file store on a real temp dir, recordRun, Mermaid trend shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FileHistoryStore,
  ResourceError,
  compactHistory,
  isoWeek,
  recordRun,
  renderTrendChart,
  zeroCounts,
  type HistoryRecord,
} from '@bulkhead/core';

function rec(i: number, over: Partial<HistoryRecord> = {}): HistoryRecord {
  return {
    runId: String(i), time: new Date(Date.UTC(2024, 0, 1) + i * 6 * 3_600_000).toISOString(), workflow: 'ci', runs: 1,
    diffBytes: 1000 + i, files: i % 7, binaryBytes: 0, leakedFiles: i % 10 === 0 ? 1 : 0, alerts: i % 5 === 0 ? 1 : 0,
    r: (i % 10) / 20, leadTimeHours: i % 3 === 0 ? null : i, detectionLatencyHours: null, adjustedVelocity: 5,
    leakDetected: i % 10 === 0, changes: 1, events: { ...zeroCounts(), 'leaked-file': i % 10 === 0 ? 1 : 0 }, ...over,
  };
}

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'bulkhead-history-')); });
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('isoWeek', () => {
  it('follows ISO 8601 (week 1 holds the first Thursday)', () => {
    expect(isoWeek('2024-01-01T00:00:00Z')).toBe('2024-W01'); // a Monday
    expect(isoWeek('2021-01-03T00:00:00Z')).toBe('2020-W53'); // Sunday before 2021-W01
    expect(isoWeek('2024-12-30T00:00:00Z')).toBe('2025-W01');
  });
});

describe('compactHistory', () => {
  const runs = Array.from({ length: 500 }, (_, i) => rec(i));
  const out = compactHistory(runs, { keep: 200 });

  it('keeps the newest runs and folds older ones per week', () => {
    const singles = out.filter((r) => !r.runId.startsWith('week:'));
    expect(singles.map((r) => r.runId)).toEqual(runs.slice(300).map((r) => r.runId));
    const weeks = out.filter((r) => r.runId.startsWith('week:'));
    // 300 runs at 4 a day = 75 days, from Monday 2024-01-01: weeks 1–11 (week 11 partly).
    expect(weeks.map((w) => w.runId)).toEqual(Array.from({ length: 11 }, (_, i) => `week:2024-W${String(i + 1).padStart(2, '0')}`));
    expect(weeks.reduce((n, w) => n + w.runs, 0)).toBe(300);
    expect(weeks.reduce((n, w) => n + w.leakedFiles, 0)).toBe(30); // every 10th run leaked one file
    const w1 = weeks[0];
    expect(w1.runs).toBe(28);
    expect(w1.diffBytes).toBe(Math.round(1000 + 13.5)); // mean of 1000..1027
    expect(w1.alerts).toBe(6); // 0,5,…,25
    expect(w1.r).toBe(0.45);
    expect(w1.events['leaked-file']).toBe(3);
  });

  it('is idempotent and bounded', () => {
    expect(compactHistory(out, { keep: 200 })).toEqual(out);
    expect(compactHistory(runs, { keep: 10, keepWeeks: 3 })).toHaveLength(13);
  });
});

describe('FileHistoryStore', () => {
  it('starts empty, round-trips, compacts and leaves no temp file', async () => {
    const store = new FileHistoryStore(join(dir, 'sub', 'history.json'), { keep: 5 });
    expect(await store.load()).toEqual([]);
    await store.save(Array.from({ length: 8 }, (_, i) => rec(i)));
    const back = await store.load();
    expect(back.filter((r) => r.runs === 1 && !r.runId.startsWith('week:'))).toHaveLength(5);
    expect(back.reduce((n, r) => n + r.runs, 0)).toBe(8);
    expect(await readdir(join(dir, 'sub'))).toEqual(['history.json']);
  });

  it('reports a corrupt file clearly', async () => {
    const p = join(dir, 'corrupt.json');
    await writeFile(p, '{"schema":"bulkhead/diff-history","version":1,"records":[{"runId":');
    const err = await new FileHistoryStore(p).load().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResourceError);
    expect((err as ResourceError).input).toBe('history');
    expect((err as ResourceError).problem).toMatch(/corrupt\.json: is not valid JSON/);
    await writeFile(p, JSON.stringify({ schema: 'bulkhead/diff-history', version: 1, records: [{ ...rec(1), r: 'high' }] }));
    await expect(new FileHistoryStore(p).load()).rejects.toThrow(/record 0: r is not a number/);
    await writeFile(p, JSON.stringify({ schema: 'bulkhead/diff-history', version: 9, records: [] }));
    await expect(new FileHistoryStore(p).load()).rejects.toThrow(/history version 9/);
  });

  it('recordRun appends one record per run and replaces a re-run', async () => {
    const store = new FileHistoryStore(join(dir, 'runs.json'));
    const counted = { diffBytes: 300, patchBytes: 300, blobBytesAdded: 0, filesChanged: 1, filesAdded: 0, filesDeleted: 0, filesRenamed: 0, linesAdded: 1, linesDeleted: 0, binaryFiles: 0, binaryBytes: 0 };
    const input = { runId: '7', workflow: 'ci', alert: false, measurement: { counted, leakedFiles: ['a.leak'] } };
    await recordRun(store, { ...input, now: '2024-03-01T00:00:00Z' });
    const second = await recordRun(store, { ...input, runId: '8', now: '2024-03-02T00:00:00Z' });
    expect(second.metrics.risk.events['leaked-file']).toBe(2); // run 7's event is in the window
    expect(second.metrics.risk.r).toBe(0.181); // 1 − e^−0.2
    const again = await recordRun(store, { ...input, runId: '8', now: '2024-03-02T00:05:00Z' });
    expect(again.history.map((r) => r.runId)).toEqual(['7', '8']);
    const file = JSON.parse(await readFile(join(dir, 'runs.json'), 'utf8'));
    expect(file.records).toHaveLength(2);
  });
});

describe('renderTrendChart', () => {
  it('emits two xychart-beta blocks over the last runs', () => {
    const md = renderTrendChart(Array.from({ length: 40 }, (_, i) => rec(i)), 30);
    const blocks = [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1].split('\n'));
    expect(blocks).toHaveLength(2);
    for (const lines of blocks) {
      expect(lines[0]).toBe('xychart-beta');
      expect(lines[1]).toMatch(/^ {4}title "[^"]+"$/);
      expect(lines[2]).toMatch(/^ {4}x-axis \[("[^"]+", ){29}"[^"]+"\]$/);
      expect(lines[3]).toMatch(/^ {4}y-axis "[^"]+" 0 --> [\d.]+$/);
      expect(lines[4]).toMatch(/^ {4}(bar|line) \[([\d.]+, ){29}[\d.]+\]$/);
    }
    const [size, risk] = blocks;
    expect(size[4]).toContain('bar [1, 1'); // 1010 B ≈ 1.0 KiB
    expect(risk[3]).toBe('    y-axis "r" 0 --> 1');
    expect(risk[4]).toBe(`    line [${Array.from({ length: 30 }, (_, k) => ((k + 10) % 10) / 20).join(', ')}]`);
    // Four runs a day: labels repeat the date with a suffix so categories stay distinct.
    const xs = size[2].match(/"[^"]+"/g)!;
    expect(new Set(xs).size).toBe(30);
    expect(renderTrendChart([])).toBe('');
  });
});
