// The gate's result (from its records), and how it is shown: outputs, job summary, JSON report envelope
// (`data.blocked` is what diff-telemetry's risk coefficient counts).
import { buildJsonReport, type JsonReport } from '../report/json.ts';
import { SummaryBuilder } from '../report/summary.ts';
import { BULKHEAD_VERSION } from '../version.ts';
import type { Mode } from './nft.ts';
import { attachNames, parseRecordSets, summariseDns, summariseWatchdog, type ConnectionRecord, type DnsRecord, type ProcessRecord } from './records.ts';

export interface BlockedItem {
  kind: 'connection' | 'dns';
  /** Address (connection) or name (dns). */
  destination: string;
  protocol?: string;
  port?: number;
  names?: string[];
  /** `blocked`: refused; `audited`: would have been refused in block mode. */
  verdict: 'blocked' | 'audited';
  why?: string;
  count: number;
  firstSeen: string;
}

export interface EgressResult {
  mode: Mode;
  connections: ConnectionRecord[];
  dns: DnsRecord[];
  processes: ProcessRecord[];
  blocked: BlockedItem[];
  startedAt?: string;
  setupMs?: number;
  upstreams: string[];
  tableRemoved: boolean;
  resolverRestored: boolean;
  /** Things the post step could not do or found undone. */
  problems: string[];
  warnings: string[];
}

export interface ResultInput {
  mode: Mode;
  tableJson?: string;
  proxyLog: string;
  watchdogLog: string;
  nowMs: number;
  startedAt?: string;
  setupMs?: number;
  upstreams?: string[];
  tableRemoved: boolean;
  resolverRestored: boolean;
  problems?: string[];
  warnings?: string[];
}

export function buildResult(i: ResultInput): EgressResult {
  const dns = summariseDns(i.proxyLog);
  const connections = attachNames(i.tableJson ? parseRecordSets(i.tableJson, i.nowMs) : [], dns);
  const connected = new Set(connections.map((c) => c.address));
  const blocked: BlockedItem[] = [
    ...connections.map((c): BlockedItem => ({ kind: 'connection', destination: c.address, protocol: c.protocol, port: c.port, names: c.names, verdict: c.verdict, count: c.packets, firstSeen: c.firstSeen })),
    // A refused or unlisted name counts unless a connection to one of its addresses is already counted.
    ...dns
      .filter((d) => d.verdict !== 'allowed' && !d.addresses.some((a) => connected.has(a)))
      .map((d): BlockedItem => ({ kind: 'dns', destination: d.name, verdict: d.verdict === 'blocked' ? 'blocked' : 'audited', why: d.why, count: d.count, firstSeen: d.firstSeen })),
  ].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.destination.localeCompare(b.destination));
  return {
    mode: i.mode,
    connections,
    dns,
    processes: summariseWatchdog(i.watchdogLog),
    blocked,
    startedAt: i.startedAt,
    setupMs: i.setupMs,
    upstreams: i.upstreams ?? [],
    tableRemoved: i.tableRemoved,
    resolverRestored: i.resolverRestored,
    problems: i.problems ?? [],
    warnings: i.warnings ?? [],
  };
}

export function egressOutputs(r: EgressResult): Record<string, string> {
  return { 'blocked-count': String(r.blocked.length) };
}

export function egressHeadline(r: EgressResult): string {
  const what = r.mode === 'block' ? 'blocked' : 'not allow-listed (audit: let through)';
  return `egress-gate (${r.mode}): ${r.blocked.length} destination(s) ${what}, ${r.dns.filter((d) => d.verdict === 'allowed').length} allowed name(s), ${r.processes.length} process(es) ended or reported`;
}

export function egressJson(r: EgressResult, generatedAt: string): JsonReport<EgressResult> {
  return buildJsonReport({ kind: 'bulkhead.egress-gate', schemaVersion: '1.0', tool: { name: 'bulkhead', version: BULKHEAD_VERSION }, generatedAt, data: r });
}

const SUDO_WARNING =
  'A step that can run `sudo` can remove the gate (`nft delete table inet bulkhead_egress`) or restore the resolver. Set `disable-sudo: true` to take sudo away from the rest of the job.';

export function egressSummary(r: EgressResult, opts: { sudoDisabled?: boolean } = {}): string {
  const s = new SummaryBuilder();
  s.heading(`Egress gate (${r.mode} mode)`, 2);
  s.paragraph(`${egressHeadline(r)}.${r.setupMs !== undefined ? ` Set up in ${r.setupMs} ms.` : ''}`);
  const rows: string[][] = [];
  for (const b of r.blocked) {
    rows.push([b.destination, b.port !== undefined ? `${b.protocol}/${b.port}` : 'DNS', (b.names ?? []).join(', ') || (b.kind === 'dns' ? b.destination : ''), b.verdict === 'blocked' ? 'blocked' : 'audit: not listed', String(b.count), b.firstSeen]);
  }
  for (const d of r.dns.filter((x) => x.verdict === 'allowed')) rows.push([d.addresses.join(', ') || '(no address)', 'any listed', d.name, 'allowed', String(d.count), d.firstSeen]);
  if (rows.length > 0) s.table(['Destination', 'Port', 'Resolved name', 'Verdict', 'Count', 'First seen'], rows, { maxRows: 200 });
  else s.paragraph('No outbound connection or DNS query was recorded.');
  if (r.processes.length > 0) {
    s.heading('Processes ended or reported by the watchdog', 3);
    s.table(
      ['PID', 'Command', 'Reason', 'Action', 'Age (s)', 'CPU (s)', 'RSS (MiB)'],
      r.processes.map((p) => [String(p.pid), p.cmd, p.reason, p.action, (p.ageMs / 1000).toFixed(1), (p.cpuMs / 1000).toFixed(1), (p.rssBytes / 1048576).toFixed(1)]),
      { maxRows: 100 },
    );
  }
  const notes = [...r.problems, ...r.warnings, ...(opts.sudoDisabled ? [] : [SUDO_WARNING])];
  if (!r.tableRemoved) notes.push('The egress table could not be removed.');
  if (!r.resolverRestored) notes.push('The resolver could not be restored.');
  if (notes.length > 0) s.raw(`${notes.map((n) => `- ${n.replace(/\s+/g, ' ')}`).join('\n')}\n`);
  return s.toString();
}
