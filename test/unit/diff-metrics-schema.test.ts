// The versioned schema (schema/diff-telemetry-report.v1.json) accepts what computeDiffMetrics
// produces, for hand-picked and generated inputs, and rejects what the definitions rule out.
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { computeDiffMetrics, zeroCounts, type DiffTotals, type HistoryRecord } from '@bulkhead/core';

const schema = JSON.parse(readFileSync(new URL('../../schema/diff-telemetry-report.v1.json', import.meta.url), 'utf8'));
// Formats are documentation here (no ajv-formats); the shapes and bounds are what is checked.
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false }).compile(schema);

const counted: DiffTotals = { diffBytes: 10, patchBytes: 10, blobBytesAdded: 0, filesChanged: 1, filesAdded: 0, filesDeleted: 0, filesRenamed: 0, linesAdded: 1, linesDeleted: 0, binaryFiles: 0, binaryBytes: 0 };
const NOW = Date.UTC(2024, 5, 1);

const histRec = fc.record({
  ageH: fc.integer({ min: 0, max: 24 * 30 }),
  secret: fc.nat(5000),
  leaked: fc.nat(50),
  changes: fc.constantFrom(0, 1),
}).map(({ ageH, secret, leaked, changes }): HistoryRecord => ({
  runId: `r${ageH}`, time: new Date(NOW - ageH * 3_600_000).toISOString(), workflow: 'ci', runs: 1, diffBytes: 1, files: 1, binaryBytes: 0,
  leakedFiles: leaked, alerts: 0, r: 0, leadTimeHours: null, detectionLatencyHours: null, adjustedVelocity: null, leakDetected: leaked > 0,
  changes, events: { ...zeroCounts(), secret, 'leaked-file': leaked },
}));

describe('diff-telemetry-report.v1.json', () => {
  it('accepts a full example', () => {
    const m = computeDiffMetrics({
      now: new Date(NOW), runId: '1', workflow: 'ci', alert: false, rawVelocity: 45,
      measurement: { counted, leakedFiles: ['a.leak'], firstCommitDate: new Date(NOW - 3_600_000).toISOString() },
    });
    expect(validate(m), JSON.stringify(validate.errors)).toBe(true);
  });

  fcTest.prop([fc.array(histRec, { maxLength: 30 }), fc.option(fc.nat(1000), { nil: undefined }), fc.boolean(), fc.nat(20)])(
    'accepts generated runs (r stays below 1 however many events)',
    (history, raw, withCommit, leaks) => {
      const m = computeDiffMetrics({
        now: new Date(NOW), runId: 'x', workflow: 'ci', alert: true, history, rawVelocity: raw,
        measurement: { counted, leakedFiles: Array.from({ length: leaks }, (_, i) => `f${i}.leak`), ...(withCommit ? { firstCommitDate: new Date(NOW - 7_200_000).toISOString() } : {}) },
      });
      expect(validate(m), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it('rejects r = 1, a fractional adjusted velocity and unknown fields', () => {
    const m = computeDiffMetrics({ now: new Date(NOW), runId: '1', workflow: 'ci', alert: false, measurement: { counted, leakedFiles: [] } });
    expect(validate({ ...m, risk: { ...m.risk, r: 1 } })).toBe(false);
    expect(validate({ ...m, velocity: { ...m.velocity, adjusted: 37.98 } })).toBe(false);
    expect(validate({ ...m, extra: true })).toBe(false);
    expect(validate({ ...m, schemaVersion: 2 })).toBe(false);
  });
});
