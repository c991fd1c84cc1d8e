// Leak events read from other Bulkhead JSON reports, on real files in a temp dir.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResourceError, readLeakReports, parseLeakReport } from '@bulkhead/core';
import { ACTION_DECLS } from '../../packages/core/src/decls.ts';

const RUN = '2024-03-08T12:00:00.000Z';
const env = (kind: string, data: unknown, generatedAt = '2024-03-08T10:00:00.000Z') =>
  JSON.stringify({ kind, schemaVersion: 1, tool: { name: 'bulkhead', version: '0.1.0' }, generatedAt, data });
// Fingerprints are SHA-256 hex of rule + secret; any 64 hex digits do here.
const fp = (n: number) => n.toString(16).padStart(64, '0');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulkhead-reports-'));
  await writeFile(join(dir, 'secrets.json'), env('secret-scan', {
    findings: [
      { ruleId: 'r1', fingerprint: fp(1), location: { path: 'a.txt', commit: 'c1', commitDate: '2024-03-07T10:00:00Z' } },
      { ruleId: 'r2', fingerprint: fp(2), location: { path: 'b.txt' } },
    ],
  }));
  await writeFile(join(dir, 'egress.json'), env('egress-gate', { blocked: 3 }));
  await writeFile(join(dir, 'gate.json'), env('oauth-signature-gate', { passed: false }));
  await writeFile(join(dir, 'dt.json'), env('diff-telemetry', { leakedFiles: ['x.leak', 'y.leak'] }));
  await writeFile(join(dir, 'other.json'), env('sbom', { findings: [1, 2] }));
  await writeFile(join(dir, 'broken.json'), '{"kind": "secret-scan", "da');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readLeakReports', () => {
  it('maps each known kind to its events', async () => {
    const reps = await readLeakReports(['secrets.json', 'egress.json', 'gate.json', 'dt.json', 'other.json'], RUN, dir);
    const secret = reps[0];
    expect(secret.events).toHaveLength(2);
    expect(secret.events[0]).toEqual({ kind: 'secret', detectedAt: '2024-03-08T10:00:00.000Z', introducedAt: '2024-03-07T10:00:00Z', source: 'secrets.json', key: fp(1) });
    expect(secret.events[1].introducedAt).toBeUndefined();
    expect(reps[1].events.map((e) => e.kind)).toEqual(['egress-blocked', 'egress-blocked', 'egress-blocked']);
    expect(reps[2].events.map((e) => e.kind)).toEqual(['gate-failure']);
    expect(reps[3].events.map((e) => e.key)).toEqual(['x.leak', 'y.leak']);
    expect(reps[4].events).toEqual([]);
    expect(reps[4].note).toMatch(/"sbom" is not a leak source; ignored/);
  });

  it('uses the run time when the report has no generatedAt', () => {
    const rep = parseLeakReport(JSON.stringify({ kind: 'egress-gate', data: { events: 1 } }), 'e.json', RUN);
    expect(rep.events[0].detectedAt).toBe(RUN);
  });

  it('names the reports input for a missing or malformed file', async () => {
    for (const [file, msg] of [['nope.json', /nope\.json: cannot be read \(no such file\)/], ['broken.json', /broken\.json: is not valid JSON/]] as const) {
      const err = await readLeakReports([file], RUN, dir).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ResourceError);
      expect((err as ResourceError).input).toBe('reports');
      expect((err as ResourceError).problem).toMatch(msg);
    }
    expect(() => parseLeakReport('[1,2]', 'arr.json', RUN)).toThrow(/no Bulkhead report envelope/);
    // The fix names only inputs and flags that some action declares.
    const fix = (() => {
      try {
        parseLeakReport('[1,2]', 'arr.json', RUN);
      } catch (e) {
        return (e as ResourceError).fix;
      }
      return '';
    })();
    const named = [...fix.matchAll(/`(?:--)?([a-z-]+)[^`]*`/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(1);
    for (const name of named) expect(ACTION_DECLS.some((d) => d.options.some((o) => o.name === name)), `\`${name}\` is no option`).toBe(true);
  });
});
