// policy-audit's cpu-hours in diff-telemetry's history: read from the report envelope (no leak events),
// kept by weekly compaction as the week's maximum, checked when a history file is read back.
import { describe, expect, it } from 'vitest';
import { aggregateWeek, parseHistory, parseLeakReport, serializeHistory, zeroCounts, type HistoryRecord } from '@bulkhead/core';

const rec = (i: number, cpuHours?: number | null): HistoryRecord => ({
  runId: String(i), time: new Date(Date.UTC(2026, 2, 2) + i * 3_600_000).toISOString(), workflow: 'ci', runs: 1, diffBytes: 1, files: 1, binaryBytes: 0,
  leakedFiles: 0, alerts: 0, r: 0, leadTimeHours: null, detectionLatencyHours: null, adjustedVelocity: null, leakDetected: false, changes: 1, events: zeroCounts(),
  ...(cpuHours === undefined ? {} : { cpuHours }),
});

describe('cpu-hours in the history', () => {
  it('a policy-audit report adds cpuHours and no leak events; without the figure, nothing', () => {
    const env = (data: object) => JSON.stringify({ kind: 'bulkhead.policy-audit', schemaVersion: '1.0', tool: { name: 'bulkhead', version: '0.1.0' }, generatedAt: '2026-03-02T00:00:00Z', data });
    const r = parseLeakReport(env({ findings: [{ ruleId: 'x' }], cpuHours: 12.5 }), 'pa.json', '2026-03-02T00:00:00Z');
    expect(r).toMatchObject({ events: [], cpuHours: 12.5 });
    expect(r.note).toBeUndefined();
    expect(parseLeakReport(env({ cpuHours: null }), 'pa.json', '2026-03-02T00:00:00Z').cpuHours).toBeUndefined();
    expect(parseLeakReport(env({ cpuHours: -3 }), 'pa.json', '2026-03-02T00:00:00Z').cpuHours).toBeUndefined();
  });

  it('weekly compaction keeps the largest figure, and only when some run had one', () => {
    expect(aggregateWeek('2026-W10', [rec(0, 3), rec(1), rec(2, 7.25), rec(3, null)]).cpuHours).toBe(7.25);
    expect('cpuHours' in aggregateWeek('2026-W10', [rec(0), rec(1)])).toBe(false);
  });

  it('a history file with a bad cpuHours is refused; absent or null is fine', () => {
    expect(parseHistory(serializeHistory([rec(0), rec(1, null), rec(2, 4)]), 'h.json').map((r) => r.cpuHours)).toEqual([undefined, null, 4]);
    const doc = JSON.parse(serializeHistory([rec(0, 4)]));
    doc.records[0].cpuHours = '4';
    const bad = JSON.stringify(doc);
    expect(() => parseHistory(bad, 'h.json')).toThrow(/record 0: cpuHours is not a number/);
  });
});
