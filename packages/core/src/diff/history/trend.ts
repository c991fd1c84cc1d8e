// Mermaid `xychart-beta` trend for the job summary (GitHub renders Mermaid in markdown): diff size
// as bars and r as a line, one chart each since xychart-beta has a single y-axis.
import type { HistoryRecord } from './types.ts';

export const DEFAULT_TREND_RUNS = 30;

/** `MM-DD` labels; repeats on the same day get b, c, … so categories stay distinct. */
function labels(records: readonly HistoryRecord[]): string[] {
  const seen = new Map<string, number>();
  return records.map((r) => {
    const d = new Date(r.time);
    const base = `${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}${String.fromCharCode(97 + Math.min(n, 25))}`;
  });
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);
/** Mermaid strings cannot hold a double quote; nothing here needs one. */
const quote = (s: string) => `"${s.replace(/"/g, "'")}"`;

function chart(title: string, xs: string[], yLabel: string, yMax: number, kind: 'bar' | 'line', values: number[]): string {
  return [
    '```mermaid',
    'xychart-beta',
    `    title ${quote(title)}`,
    `    x-axis [${xs.map(quote).join(', ')}]`,
    `    y-axis ${quote(yLabel)} 0 --> ${num(yMax)}`,
    `    ${kind} [${values.map(num).join(', ')}]`,
    '```',
  ].join('\n');
}

/** Markdown with two Mermaid charts over the last `last` records; '' when there is no history. */
export function renderTrendChart(records: readonly HistoryRecord[], last = DEFAULT_TREND_RUNS): string {
  const shown = [...records].sort((a, b) => Date.parse(a.time) - Date.parse(b.time)).slice(-last);
  if (shown.length === 0) return '';
  const xs = labels(shown);
  const kib = shown.map((r) => r.diffBytes / 1024);
  const maxKib = Math.max(1, ...kib);
  const yMax = Math.ceil(maxKib * 1.1);
  return [
    chart(`Diff size (KiB), last ${shown.length} runs`, xs, 'KiB', yMax, 'bar', kib.map((v) => Math.round(v * 10) / 10)),
    '',
    chart(`Leak risk r, last ${shown.length} runs`, xs, 'r', 1, 'line', shown.map((r) => r.r)),
  ].join('\n');
}
