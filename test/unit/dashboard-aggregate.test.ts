// The dashboard's figures against figures computed here from the generating plan (not from the envelopes the
// code reads): seeded random runs of several workflows, secret-scan shards that repeat findings, egress
// reports, gates, double-writes, policy budgets and a history joined by run id.
import { describe, expect, it } from 'vitest';
import {
  blockedDestinations,
  cpuBudget,
  findingsBySeverity,
  gateDecisions,
  indexRuns,
  parseKitReport,
  pipelineStatus,
  renderDashboard,
  verifications,
  type KitReport,
} from '../../packages/core/src/dashboard/index.ts';
import type { HistoryRecord } from '../../packages/core/src/diff/history/types.ts';
import { parseHistory } from '../../packages/core/src/diff/history/parse.ts';
import { buildJsonReport, serializeJson, setReportRun, reportRunFromEnv, type ReportRun } from '../../packages/core/src/report/index.ts';
import { SEVERITIES, type Severity } from '../../packages/core/src/report/types.ts';
import { hex, int, makeRng, pick, type Rng } from '../support/secret-gen.ts';

const WORKFLOWS = ['ci', 'release', 'nightly <b>'];
const t0 = Date.UTC(2026, 0, 5);

interface PlannedRun {
  run: ReportRun;
  time: string;
  /** Fingerprint indices per shard. */
  shards: number[][];
  egress: { dest: number; verdict: 'blocked' | 'audited'; count: number }[];
  gatePassed: boolean | null;
  writeFailed: boolean | null;
  cpu: { hours: number; budget: number } | null;
}

const POOL = Array.from({ length: 30 }, (_, i) => ({ fingerprint: `fp${i}`, severity: SEVERITIES[i % 4] as Severity }));
const DESTS = ['203.0.113.1', '203.0.113.2', 'exfil.example.net', 'paste.example.org'];

function plan(rng: Rng): PlannedRun[] {
  const runs: PlannedRun[] = [];
  const numbers: Record<string, number> = {};
  for (let i = 0; i < 24; i++) {
    const workflow = pick(rng, WORKFLOWS);
    numbers[workflow] = (numbers[workflow] ?? 100) + int(rng, 1, 3);
    const shards = Array.from({ length: int(rng, 1, 3) }, () => Array.from({ length: int(rng, 0, 4) }, () => int(rng, 0, POOL.length - 1)));
    runs.push({
      run: { workflow, number: numbers[workflow], id: `9${hex(rng, 8)}` },
      time: new Date(t0 + i * 3_600_000).toISOString(),
      shards,
      egress: rng() < 0.5 ? Array.from({ length: int(rng, 0, 3) }, () => ({ dest: int(rng, 0, DESTS.length - 1), verdict: rng() < 0.7 ? 'blocked' : 'audited', count: int(rng, 1, 9) })) : [],
      gatePassed: rng() < 0.4 ? rng() < 0.5 : null,
      writeFailed: rng() < 0.3 ? rng() < 0.3 : null,
      cpu: rng() < 0.3 ? { hours: int(rng, 1, 80), budget: 50 } : null,
    });
  }
  return runs;
}

function envelope(kind: string, p: PlannedRun, data: Record<string, unknown>): KitReport {
  const text = serializeJson(buildJsonReport({ kind: `bulkhead.${kind}`, schemaVersion: '1.0', tool: { name: 'bulkhead', version: '0' }, generatedAt: p.time, data, run: p.run }));
  const parsed = parseKitReport(text, `${kind}-${p.run.number}.json`);
  if (!('report' in parsed)) throw new Error(parsed.note);
  return parsed.report;
}

function reportsOf(runs: PlannedRun[]): KitReport[] {
  const out: KitReport[] = [];
  for (const p of runs) {
    for (const shard of p.shards) out.push(envelope('secret-scan', p, { findings: shard.map((i) => ({ ...POOL[i], ruleId: 'r', message: 'm', location: { path: 'a' } })) }));
    if (p.egress.length) out.push(envelope('egress-gate', p, { blocked: p.egress.map((e) => ({ kind: DESTS[e.dest].includes('example') ? 'dns' : 'connection', destination: DESTS[e.dest], verdict: e.verdict, count: e.count })) }));
    if (p.gatePassed !== null) out.push(envelope('oauth-signature-gate', p, { passed: p.gatePassed, reason: p.gatePassed ? 'approved' : 'no approval' }));
    if (p.writeFailed !== null) out.push(envelope('double-write', p, { failed: p.writeFailed, stores: [{ role: 'primary', status: 'committed' }, { role: 'secondary', status: p.writeFailed ? 'failed' : 'committed' }] }));
    if (p.cpu) out.push(envelope('policy-audit', p, { findings: [], budget: { cpuHours: p.cpu.hours, budget: p.cpu.budget, start: '2026-01-01T00:00:00Z', end: '2026-01-31T00:00:00Z' } }));
  }
  return out;
}

describe('dashboard aggregation', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: findings per run by severity, each fingerprint once across shards`, () => {
      const runs = plan(makeRng(seed));
      const reports = reportsOf(runs);
      const got = findingsBySeverity(reports, indexRuns(reports, []), 'secret-scan');
      // A run's label is its workflow and number; the expected counts come from the plan's indices.
      const expected = runs.map((p) => {
        const uniq = new Set(p.shards.flat());
        const counts = { low: 0, medium: 0, high: 0, critical: 0 };
        for (const i of uniq) counts[POOL[i].severity]++;
        return { label: `${p.run.workflow} #${p.run.number}`, counts, total: uniq.size };
      });
      expect(got.map((g) => ({ label: g.run.label, counts: g.counts, total: g.total }))).toEqual(expected);
    });

    it(`seed ${seed}: blocked destinations summed over runs, per verdict`, () => {
      const runs = plan(makeRng(seed));
      const reports = reportsOf(runs);
      const got = blockedDestinations(reports, indexRuns(reports, []));
      const want = new Map<string, { blocked: number; audited: number; runs: Set<number> }>();
      runs.forEach((p, i) =>
        p.egress.forEach((e) => {
          const w = want.get(DESTS[e.dest]) ?? { blocked: 0, audited: 0, runs: new Set<number>() };
          w[e.verdict] += e.count;
          w.runs.add(i);
          want.set(DESTS[e.dest], w);
        }),
      );
      expect(Object.fromEntries(got.map((g) => [g.destination, [g.blocked, g.audited, g.runs]]))).toEqual(Object.fromEntries([...want].map(([d, w]) => [d, [w.blocked, w.audited, w.runs.size]])));
      // Most attempts first.
      const totals = got.map((g) => g.blocked + g.audited);
      expect(totals).toEqual([...totals].sort((a, b) => b - a));
    });

    it(`seed ${seed}: the destinations table of a page with --last N covers the newest N runs with egress reports only`, () => {
      const runs = plan(makeRng(seed));
      const reports = reportsOf(runs);
      const newest = runs.filter((p) => p.egress.length > 0).slice(-2); // plans are in time order
      const want = new Map<string, number>();
      for (const p of newest) for (const e of p.egress) want.set(DESTS[e.dest], (want.get(DESTS[e.dest]) ?? 0) + e.count);
      const all = new Map<string, number>();
      for (const p of runs) for (const e of p.egress) all.set(DESTS[e.dest], (all.get(DESTS[e.dest]) ?? 0) + e.count);
      expect([...all.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan([...want.values()].reduce((a, b) => a + b, 0)); // --last must matter here
      const html = renderDashboard({ reports, history: [], notes: [] }, { last: 2 });
      const table = /<table data-testid="egress-table">[\s\S]*?<\/table>/.exec(html)![0];
      const rows = [...table.matchAll(/<tr><td>([^<]+)<\/td>/g)].map((m) => m[1]);
      expect(new Set(rows)).toEqual(new Set(want.keys()));
    });

    it(`seed ${seed}: gates, double-writes and CPU-hours per report, oldest first`, () => {
      const runs = plan(makeRng(seed));
      const reports = reportsOf(runs);
      const idx = indexRuns(reports, []);
      expect(gateDecisions(reports, idx).map((g) => [g.run.label, g.passed])).toEqual(runs.filter((p) => p.gatePassed !== null).map((p) => [`${p.run.workflow} #${p.run.number}`, p.gatePassed]));
      expect(verifications(reports, idx).map((v) => [v.verified, v.failedStores, v.failed])).toEqual(runs.filter((p) => p.writeFailed !== null).map((p) => (p.writeFailed ? [1, 1, true] : [2, 0, false])));
      expect(cpuBudget(reports, [], idx).map((b) => [b.cpuHours, b.budget])).toEqual(runs.filter((p) => p.cpu).map((p) => [p.cpu!.hours, p.cpu!.budget]));
    });

    it(`seed ${seed}: a pipeline is flagged when the run with its highest number leaked`, () => {
      const runs = plan(makeRng(seed));
      const reports = reportsOf(runs);
      const got = pipelineStatus(reports, [], indexRuns(reports, []));
      const expected = WORKFLOWS.filter((w) => runs.some((p) => p.run.workflow === w)).map((w) => {
        const newest = runs.filter((p) => p.run.workflow === w).sort((a, b) => b.run.number - a.run.number)[0];
        const leaked = newest.shards.flat().length > 0 || newest.egress.length > 0 || newest.gatePassed === false || newest.writeFailed === true;
        return [w, newest.run.number, leaked];
      });
      expect(got.map((g) => [g.workflow, g.latest.number, g.reasons.length > 0]).sort()).toEqual(expected.sort());
    });
  }

  it('history records take the run number from a report with the same run id, else the workflow and time', () => {
    const rec = (runId: string, workflow: string, time: string, leak: boolean): HistoryRecord => ({
      runId, time, workflow, runs: 1, diffBytes: 10, files: 1, binaryBytes: 0, leakedFiles: leak ? 2 : 0, alerts: 0, r: leak ? 0.181 : 0,
      leadTimeHours: null, detectionLatencyHours: null, adjustedVelocity: null, leakDetected: leak, changes: 1, events: { secret: 0, 'leaked-file': leak ? 2 : 0, 'egress-blocked': 0, 'gate-failure': 0 },
    });
    const p: PlannedRun = { run: { workflow: 'ci', number: 12, id: '555' }, time: '2026-01-05T10:00:00.000Z', shards: [[]], egress: [], gatePassed: null, writeFailed: null, cpu: null };
    const reports = reportsOf([p]);
    const history = [rec('555', 'ci', '2026-01-05T10:00:05.000Z', true), rec('777', 'deploy', '2026-01-05T11:30:00.000Z', false), { ...rec('888', 'deploy', '2026-01-05T12:30:00.000Z', false), runNumber: 4 }];
    const idx = indexRuns(reports, history);
    expect(history.map((h) => idx.ofRecord(h).label)).toEqual(['ci #12', 'deploy 2026-01-05 11:30 UTC', 'deploy #4']);
    expect(idx.runs).toHaveLength(3);
    // The clean secret-scan shard does not hide the record's leak-pattern files.
    expect(pipelineStatus(reports, history, idx).map((s) => [s.workflow, s.latest.label, s.reasons, s.r])).toEqual([['ci', 'ci #12', ['2 leak-pattern files'], 0.181], ['deploy', 'deploy #4', [], 0]]);
    // The history file keeps the number; a bad one is refused by name.
    const file = (r: object) => JSON.stringify({ schema: 'bulkhead/diff-history', version: 1, records: [r] });
    expect(parseHistory(file(history[2]), 'h.json')[0].runNumber).toBe(4);
    expect(() => parseHistory(file({ ...history[2], runNumber: 'four' }), 'h.json')).toThrow('h.json: record 0: runNumber is not a whole number ≥ 1');
  });
});

describe('report envelopes for the dashboard', () => {
  it('skips what it cannot read with a note naming the file and why', () => {
    const ok = { kind: 'bulkhead.secret-scan', schemaVersion: '1.0', generatedAt: '2026-01-01T00:00:00Z', data: { findings: [] } };
    const note = (text: string) => {
      const r = parseKitReport(text, 'f.json');
      return 'note' in r ? r.note : 'read';
    };
    expect(note(JSON.stringify(ok))).toBe('read');
    expect(note('{"kind": "bulkhead.secret-scan", ')).toBe('f.json: not valid JSON (truncated download?); skipped');
    expect(note(JSON.stringify({ version: '2.1.0', runs: [] }))).toMatch(/^f\.json: not a Bulkhead report envelope/);
    expect(note(JSON.stringify({ ...ok, kind: 'bulkhead.other' }))).toMatch(/^f\.json: report kind "bulkhead\.other" is not one the dashboard reads/);
    expect(note(JSON.stringify({ ...ok, schemaVersion: '2.0' }))).toBe('f.json: secret-scan report schemaVersion "2.0" is not 1.x, which this dashboard reads; skipped');
    expect(note(JSON.stringify({ ...ok, data: { findings: 3 } }))).toBe("f.json: secret-scan report's data.findings is not a list; skipped");
    expect(note(JSON.stringify({ ...ok, kind: 'bulkhead.double-write', data: { stores: [] } }))).toBe("f.json: double-write report's data.failed is not true or false; skipped");
  });

  it('the envelope names the workflow run from the runner variables, and only inside a run', () => {
    expect(reportRunFromEnv({ GITHUB_WORKFLOW: 'CI', GITHUB_RUN_NUMBER: '41', GITHUB_RUN_ATTEMPT: '2', GITHUB_RUN_ID: '123', GITHUB_REPOSITORY: 'a/b' })).toEqual({ workflow: 'CI', number: 41, attempt: 2, id: '123', repository: 'a/b' });
    expect(reportRunFromEnv({ GITHUB_WORKFLOW: 'CI', GITHUB_RUN_ATTEMPT: '1' })).toBeUndefined();
    expect(reportRunFromEnv({ GITHUB_RUN_NUMBER: '3' })).toBeUndefined();
    const build = () => buildJsonReport({ kind: 'bulkhead.x', schemaVersion: '1', tool: { name: 'bulkhead', version: '0' }, generatedAt: 't', data: {} });
    expect(build().run).toBeUndefined();
    setReportRun({ workflow: 'CI', number: 41 });
    try {
      expect(build().run).toEqual({ workflow: 'CI', number: 41 });
    } finally {
      setReportRun(undefined);
    }
    expect('run' in build()).toBe(false);
  });
});

describe('dashboard page', () => {
  it('keeps every report string as text: hostile names, reasons, destinations and rule messages', () => {
    const evil = (tag: string) => `<img src=x onerror=alert('${tag}')>"&'`;
    const p: PlannedRun = { run: { workflow: evil('wf'), number: 3 }, time: '2026-01-05T10:00:00.000Z', shards: [], egress: [], gatePassed: null, writeFailed: null, cpu: null };
    const reports = [
      envelope('secret-scan', p, { findings: [{ fingerprint: 'f', severity: 'high', ruleId: evil('rule'), message: evil('msg'), location: { path: evil('path') } }] }),
      envelope('egress-gate', p, { blocked: [{ kind: 'dns', destination: evil('dest'), verdict: 'blocked', count: 1 }] }),
      envelope('oauth-signature-gate', p, { passed: false, reason: evil('reason'), digest: evil('digest') }),
      envelope('double-write', p, { failed: true, stores: [{ role: evil('role'), status: 'failed' }] }),
      envelope('policy-audit', p, { findings: [{ fingerprint: 'g', severity: 'low', ruleId: evil('prule'), message: evil('pmsg'), location: { path: 'x' } }], budget: null }),
    ];
    const html = renderDashboard({ history: [], reports, notes: [evil('note')] }, { title: evil('title'), generatedAt: '2026-01-05T12:00:00Z' });
    expect(html).not.toMatch(/<img|<script|onerror=alert\('[a-z]+'\)>/);
    const escaped = (tag: string) => `&lt;img src=x onerror=alert(&#39;${tag}&#39;)&gt;&quot;&amp;&#39;`;
    for (const tag of ['wf', 'dest', 'reason', 'digest', 'role', 'prule', 'pmsg', 'note', 'title']) expect(html, tag).toContain(escaped(tag));
    // The secret-scan findings are counted, never listed: neither the rule's message nor the path appear.
    expect(html).not.toContain(escaped('msg'));
    expect(html).not.toContain(escaped('path'));
    expect(html.match(/data-testid="pipeline-flag"/g)).toHaveLength(1);
  });
});
