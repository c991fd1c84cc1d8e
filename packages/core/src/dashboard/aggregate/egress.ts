// egress-gate's `data.blocked` (BlockedItem: a connection's address or a DNS name, verdict blocked or audited,
// count = packets or queries) summed per destination over every report, and per run.
import type { RunIndex } from '../runs.ts';
import { isObj, type Json, type KitReport, type RunRef } from '../types.ts';

export interface DestinationRow {
  destination: string;
  kind: 'connection' | 'dns';
  /** `tcp/443` for a connection, empty for a name. */
  port: string;
  /** DNS names seen for a connection's address. */
  names: string[];
  /** Packets (connection) or queries (dns) refused in block mode. */
  blocked: number;
  /** Would have been refused: audit mode let them through. */
  audited: number;
  /** Runs it appeared in. */
  runs: number;
  lastRun: RunRef;
}

export interface EgressRun {
  run: RunRef;
  /** Destinations (items of data.blocked) by verdict. */
  blocked: number;
  audited: number;
}

const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 1);

function items(r: KitReport): Json[] {
  return (r.data.blocked as unknown[]).filter((b): b is Json => isObj(b) && typeof b.destination === 'string');
}

/** Destinations over every egress-gate report, or over those of `within` runs only (the page's newest runs). */
export function blockedDestinations(reports: readonly KitReport[], idx: RunIndex, within?: ReadonlySet<RunRef>): DestinationRow[] {
  const rows = new Map<string, DestinationRow & { seen: Set<RunRef> }>();
  for (const r of reports) {
    if (r.kind !== 'egress-gate') continue;
    const run = idx.ofReport(r);
    if (within && !within.has(run)) continue;
    for (const b of items(r)) {
      const kind = b.kind === 'dns' ? 'dns' : 'connection';
      const port = kind === 'connection' && typeof b.port === 'number' ? `${typeof b.protocol === 'string' ? b.protocol : ''}/${b.port}` : '';
      const key = `${kind}\u0000${b.destination}\u0000${port}`;
      const row = rows.get(key) ?? { destination: b.destination as string, kind, port, names: [], blocked: 0, audited: 0, runs: 0, lastRun: run, seen: new Set<RunRef>() };
      rows.set(key, row);
      if (b.verdict === 'audited') row.audited += count(b.count);
      else row.blocked += count(b.count);
      for (const n of Array.isArray(b.names) ? b.names : []) if (typeof n === 'string' && !row.names.includes(n)) row.names.push(n);
      row.seen.add(run);
      if (Date.parse(run.time) >= Date.parse(row.lastRun.time)) row.lastRun = run;
    }
  }
  return [...rows.values()]
    .map(({ seen, ...row }) => ({ ...row, runs: seen.size }))
    .sort((a, b) => b.blocked + b.audited - (a.blocked + a.audited) || a.destination.localeCompare(b.destination));
}

export function egressPerRun(reports: readonly KitReport[], idx: RunIndex): EgressRun[] {
  const by = new Map<RunRef, EgressRun>();
  for (const r of reports) {
    if (r.kind !== 'egress-gate') continue;
    const run = idx.ofReport(r);
    const cur = by.get(run) ?? { run, blocked: 0, audited: 0 };
    by.set(run, cur);
    for (const b of items(r)) {
      if (b.verdict === 'audited') cur.audited++;
      else cur.blocked++;
    }
  }
  return idx.runs.filter((run) => by.has(run)).map((run) => by.get(run)!);
}
