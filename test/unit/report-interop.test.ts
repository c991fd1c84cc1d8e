// diff-telemetry reads the other actions' JSON reports: the envelopes the reporters really write must count.
import { describe, it, expect } from 'vitest';
import { parseLeakReport, secretScanJson, serializeJson, type SecretScanResult, type Finding } from '@bulkhead/core';

function finding(path: string, commitDate?: string): Finding {
  return {
    ruleId: 'github-pat-classic',
    severity: 'critical',
    message: 'GitHub token: ghp_…(40)',
    location: { path, line: 3, commit: commitDate ? 'a'.repeat(40) : undefined, commitDate },
    fingerprint: path.padEnd(64, '0').slice(0, 64),
    redacted: 'ghp_…(40)',
  };
}

describe('report interop', () => {
  it('a real secret-scan report becomes leak events with their introduction time', () => {
    const result: SecretScanResult = {
      target: { kind: 'history' },
      findings: [finding('a.ts', '2026-11-01T10:00:00Z'), finding('b.ts')],
      suppressed: { inline: 0, ignored: 0, baselined: 0, allowed: 0 },
      rules: [],
      stats: { files: 2, bytes: 10, commits: 1, archives: 0, durationMs: 1 },
      skipped: [],
      notes: [],
      secretValues: [],
      baselined: [],
    };
    const text = serializeJson(secretScanJson(result, 'low', '2026-11-03T10:00:00Z'));
    const parsed = parseLeakReport(text, 'secrets.json', '2026-11-04T00:00:00Z');
    expect(parsed.note).toBeUndefined();
    expect(parsed.events).toHaveLength(2);
    expect(parsed.events[0]).toMatchObject({ kind: 'secret', introducedAt: '2026-11-01T10:00:00Z', detectedAt: '2026-11-03T10:00:00Z' });
  });

  it('unknown kinds are ignored with a note, not counted', () => {
    const parsed = parseLeakReport(JSON.stringify({ kind: 'bulkhead.something-else', schemaVersion: '1', data: { findings: [1, 2] } }), 'x.json', '2026-11-04T00:00:00Z');
    expect(parsed.events).toEqual([]);
    expect(parsed.note).toContain('something-else');
  });
});
