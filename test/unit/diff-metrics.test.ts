// Metric functions against hand-computed examples (METRICS.md).
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import {
  InputError,
  adjustedLeadTime,
  computeDiffMetrics,
  detectionLatency,
  leadTime,
  leakRisk,
  leakedFilesPerPipeline,
  mergedChangesPerWeek,
  metricsTableRows,
  parseRiskWeights,
  riskAdjustedVelocity,
  toHistoryRecord,
  zeroCounts,
  type HistoryRecord,
  type MetricsInput,
} from '@bulkhead/core';

function rec(over: Partial<HistoryRecord>): HistoryRecord {
  return {
    runId: '1', time: '2024-03-01T00:00:00.000Z', workflow: 'ci', runs: 1, diffBytes: 0, files: 0, binaryBytes: 0,
    leakedFiles: 0, alerts: 0, r: 0, leadTimeHours: null, detectionLatencyHours: null, adjustedVelocity: null,
    leakDetected: false, changes: 1, events: zeroCounts(), ...over,
  };
}

describe('lead time and detection latency', () => {
  it('lead time is hours from the first commit to the run', () => {
    expect(leadTime('2024-03-01T00:00:00Z', '2024-03-02T12:30:00Z')).toEqual({
      hours: 36.5, firstCommitAt: '2024-03-01T00:00:00.000Z', shippedAt: '2024-03-02T12:30:00.000Z',
    });
    expect(leadTime(undefined, '2024-03-02T12:30:00Z').hours).toBeNull();
    // A committer clock ahead of the runner never gives a negative lead time.
    expect(leadTime('2024-03-03T00:00:00Z', '2024-03-02T00:00:00Z').hours).toBe(0);
  });

  it('detection latency is the worst leak, each taken at its first detection', () => {
    const m = detectionLatency([
      { kind: 'secret', introducedAt: '2024-03-01T00:00:00Z', detectedAt: '2024-03-01T06:00:00Z', source: 'a', key: 'k1' },
      { kind: 'secret', introducedAt: '2024-02-28T00:00:00Z', detectedAt: '2024-03-02T12:00:00Z', source: 'b', key: 'k2' },
      // k2 was flagged earlier by another report: that first flag counts (2024 is a leap year: 60 h, not 84 h).
      { kind: 'secret', introducedAt: '2024-02-28T00:00:00Z', detectedAt: '2024-03-01T12:00:00Z', source: 'c', key: 'k2' },
      { kind: 'egress-blocked', detectedAt: '2024-03-01T12:00:00Z', source: 'd' }, // undated: not a latency
    ]);
    expect(m).toEqual({ hours: 60, leaks: 2, introducedAt: '2024-02-28T00:00:00.000Z', detectedAt: '2024-03-01T12:00:00.000Z' });
    expect(detectionLatency([]).hours).toBeNull();
  });

  it('adjusted lead time adds the buckets and keeps them apart', () => {
    expect(adjustedLeadTime(36.5, 36)).toEqual({ hours: 72.5, buckets: { leadTimeHours: 36.5, detectionLatencyHours: 36 } });
    expect(adjustedLeadTime(36.5, null).hours).toBe(36.5);
    expect(adjustedLeadTime(null, 4).hours).toBeNull();
  });
});

describe('leak risk coefficient r', () => {
  it('matches 1 − exp(−Σ w·e) with the default weights', () => {
    expect(leakRisk({})).toBe(0);
    expect(leakRisk({ secret: 1 })).toBe(0.259); // 1 − e^−0.3 = 0.2592
    expect(leakRisk({ secret: 1, 'leaked-file': 2 })).toBe(0.393); // 1 − e^−0.5 = 0.3935
    expect(leakRisk({ 'egress-blocked': 2, 'gate-failure': 1 })).toBe(0.221); // 1 − e^−0.25 = 0.2212
  });

  it('clamps: never reaches 1, never below 0', () => {
    expect(leakRisk({ secret: 10_000 })).toBe(0.999);
    expect(leakRisk({ secret: 25 })).toBe(0.999); // 1 − e^−7.5 = 0.99945 would round to 0.999 anyway
    expect(leakRisk({ secret: -5 })).toBe(0);
    expect(leakRisk({ secret: 3 }, { secret: 0, 'leaked-file': 0, 'egress-blocked': 0, 'gate-failure': 0 })).toBe(0);
  });

  fcTest.prop([fc.nat(200), fc.nat(200), fc.nat(200), fc.nat(200), fc.constantFrom('secret', 'leaked-file', 'egress-blocked', 'gate-failure')])(
    'is in [0, 1) and monotone in every count',
    (a, b, c, d, k) => {
      const counts = { secret: a, 'leaked-file': b, 'egress-blocked': c, 'gate-failure': d };
      const r = leakRisk(counts);
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThan(1);
      expect(leakRisk({ ...counts, [k]: counts[k as keyof typeof counts] + 1 })).toBeGreaterThanOrEqual(r);
    },
  );

  it('parses configurable weights and rejects bad ones naming the input', () => {
    expect(parseRiskWeights(['secret=1', 'gate-failure: 0.5'])).toEqual({ secret: 1, 'leaked-file': 0.1, 'egress-blocked': 0.05, 'gate-failure': 0.5 });
    expect(parseRiskWeights('leaked-file=0.4\negress-blocked=0')['egress-blocked']).toBe(0);
    expect(() => parseRiskWeights('secrets=1')).toThrow(/unknown event kind "secrets"/);
    expect(() => parseRiskWeights('secret=-1')).toThrow(InputError);
    const e = (() => { try { parseRiskWeights('secret'); } catch (err) { return err as InputError; } })();
    expect(e?.input).toBe('risk-weights');
  });
});

describe('risk-adjusted velocity', () => {
  it('is round(raw × (1 − r))', () => {
    expect(riskAdjustedVelocity(45, 0.156)).toBe(38); // 37.98
    expect(riskAdjustedVelocity(45, 0)).toBe(45);
    expect(riskAdjustedVelocity(10, 0.25)).toBe(8); // 7.5 rounds up
    expect(riskAdjustedVelocity(12, 0.999)).toBe(0);
    expect(() => riskAdjustedVelocity(-1, 0)).toThrow(InputError);
  });
});

describe('history aggregations', () => {
  it('counts merged changes in the 7 days ending now', () => {
    const h = [
      rec({ time: '2024-03-01T00:00:00Z' }), // exactly 7 days before: outside
      rec({ time: '2024-03-01T00:00:01Z' }),
      rec({ time: '2024-03-05T00:00:00Z', changes: 0 }),
      rec({ time: '2024-03-07T23:00:00Z' }),
      rec({ time: '2024-03-09T00:00:00Z' }), // after now
    ];
    expect(mergedChangesPerWeek(h, '2024-03-08T00:00:00Z')).toBe(2);
  });

  it('reports leaked files per workflow', () => {
    const h = [
      rec({ workflow: 'ci', leakedFiles: 2, time: '2024-03-01T00:00:00Z' }),
      rec({ workflow: 'ci', leakedFiles: 0, time: '2024-03-02T00:00:00Z' }),
      rec({ workflow: 'ci', leakedFiles: 1, time: '2024-03-03T00:00:00Z' }),
      rec({ workflow: 'release', leakedFiles: 0 }),
    ];
    expect(leakedFilesPerPipeline(h)).toEqual([
      { workflow: 'ci', runs: 3, leakedFiles: 3, perRun: 1, latest: 1 },
      { workflow: 'release', runs: 1, leakedFiles: 0, perRun: 0, latest: 0 },
    ]);
  });
});

describe('computeDiffMetrics', () => {
  const counted = { diffBytes: 2560, patchBytes: 2048, blobBytesAdded: 0, filesChanged: 3, filesAdded: 1, filesDeleted: 0, filesRenamed: 0, linesAdded: 10, linesDeleted: 2, binaryFiles: 0, binaryBytes: 512 };
  const base: MetricsInput = {
    now: '2024-03-08T12:00:00Z',
    runId: '42',
    workflow: 'ci',
    measurement: { counted, leakedFiles: ['config/prod.leak'], firstCommitDate: '2024-03-07T12:00:00Z' },
    alert: true,
    history: [
      rec({ runId: '40', time: '2024-03-07T00:00:00Z', events: { ...zeroCounts(), secret: 1 } }),
      rec({ runId: '39', time: '2024-02-01T00:00:00Z', events: { ...zeroCounts(), secret: 9 } }), // outside the 7-day window
    ],
  };

  it('puts the run and the window together (hand-computed)', () => {
    const m = computeDiffMetrics(base);
    expect(m.leadTime.hours).toBe(24);
    expect(m.detectionLatency.hours).toBe(24); // leak file bounded by the oldest commit of the range
    expect(m.adjustedLeadTime.hours).toBe(48);
    expect(m.risk.runEvents).toEqual({ ...zeroCounts(), 'leaked-file': 1 });
    expect(m.risk.events).toEqual({ ...zeroCounts(), secret: 1, 'leaked-file': 1 });
    expect(m.risk.r).toBe(0.33); // 1 − e^−(0.3 + 0.1) = 0.3297
    expect(m.risk.window).toEqual({ from: '2024-03-01T12:00:00.000Z', to: '2024-03-08T12:00:00.000Z', days: 7 });
    // Merged changes in the week: run 40 and this run = 2; 2 × 0.67 = 1.34 -> 1.
    expect(m.velocity).toEqual({ raw: 2, rawSource: 'merged-changes-per-week', r: 0.33, adjusted: 1 });
    expect(m.leakedFiles.thisRun).toBe(1);
    expect(m.leakedFiles.perPipeline).toEqual([{ workflow: 'ci', runs: 3, leakedFiles: 1, perRun: 0.33, latest: 1 }]);
  });

  it('uses a given raw velocity and counts report events', () => {
    const m = computeDiffMetrics({
      ...base,
      history: [],
      measurement: { counted, leakedFiles: [] },
      rawVelocity: 45,
      weights: { secret: 0.169, 'leaked-file': 0.1, 'egress-blocked': 0.05, 'gate-failure': 0.15 },
      reports: [{ path: 's.json', kind: 'secret-scan', generatedAt: '2024-03-08T11:00:00Z', events: [{ kind: 'secret', detectedAt: '2024-03-08T11:00:00Z', introducedAt: '2024-03-08T01:00:00Z', source: 's.json' }] }],
    });
    expect(m.risk.r).toBe(0.155); // 1 − e^−0.169 = 0.1555
    expect(m.velocity).toEqual({ raw: 45, rawSource: 'input', r: 0.155, adjusted: 38 });
    expect(m.detectionLatency.hours).toBe(10);
    expect(m.leadTime.hours).toBeNull();
    expect(m.adjustedLeadTime.hours).toBeNull();
  });

  it('makes a small history record', () => {
    const m = computeDiffMetrics(base);
    const r = toHistoryRecord(base, m);
    expect(r).toEqual({
      runId: '42', time: '2024-03-08T12:00:00.000Z', workflow: 'ci', runs: 1, diffBytes: 2560, files: 3, binaryBytes: 512,
      leakedFiles: 1, alerts: 1, r: 0.33, leadTimeHours: 24, detectionLatencyHours: 24, adjustedVelocity: 1,
      leakDetected: true, changes: 1, events: { ...zeroCounts(), 'leaked-file': 1 },
    });
    expect(JSON.stringify(r).length).toBeLessThan(400);
  });
});

describe('metricsTableRows', () => {
  it('renders each metric in one row', () => {
    const m = computeDiffMetrics({
      now: '2024-03-08T12:00:00Z', runId: '1', workflow: 'ci', alert: false, rawVelocity: 45,
      weights: { secret: 0.169, 'leaked-file': 0.1, 'egress-blocked': 0.05, 'gate-failure': 0.15 },
      measurement: { counted: { diffBytes: 1, patchBytes: 1, blobBytesAdded: 0, filesChanged: 1, filesAdded: 0, filesDeleted: 0, filesRenamed: 0, linesAdded: 1, linesDeleted: 0, binaryFiles: 0, binaryBytes: 0 }, leakedFiles: [], firstCommitDate: '2024-03-08T10:00:00Z' },
      reports: [{ path: 's.json', kind: 'secret-scan', generatedAt: null, events: [{ kind: 'secret', detectedAt: '2024-03-08T12:00:00Z', introducedAt: '2024-03-08T09:00:00Z', source: 's.json' }] }],
    });
    expect(metricsTableRows(m)).toEqual([
      ['Lead time', '2 h'],
      ['Detection latency', '3 h (1 leak)'],
      ['Adjusted lead time', '5 h'],
      ['Leak risk r', '0.155 (1 secret in 7 d)'],
      ['Velocity', '45 raw (given) → 38 adjusted'],
      ['Leaked files', '0 this run; 0 in 1 runs of this workflow'],
    ]);
  });
});
