import { describe, expect, it } from 'vitest';
import { buildJsonReport, serializeJson } from '../../packages/core/src/report/json.ts';

describe('JSON report envelope', () => {
  it('wraps data with kind, version, tool and time, in stable key order', () => {
    const report = buildJsonReport({
      kind: 'bulkhead.secret-scan',
      schemaVersion: '1.0',
      tool: { name: 'bulkhead', version: '0.1.0' },
      generatedAt: '2025-01-02T03:04:05.000Z',
      data: { z: 1, a: [{ y: 2, b: undefined, c: null }] },
    });
    expect(report.kind).toBe('bulkhead.secret-scan');
    const text = serializeJson(report);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({ ...report, data: { z: 1, a: [{ y: 2, c: null }] } });
    expect(Object.keys(JSON.parse(text))).toEqual(['data', 'generatedAt', 'kind', 'schemaVersion', 'tool']);
    expect(text.indexOf('"a"')).toBeLessThan(text.indexOf('"z"'));
    // Same content built in another key order serializes to the same bytes.
    expect(serializeJson({ tool: report.tool, data: { a: [{ c: null, y: 2 }], z: 1 }, kind: report.kind, schemaVersion: '1.0', generatedAt: report.generatedAt })).toBe(text);
  });
});
