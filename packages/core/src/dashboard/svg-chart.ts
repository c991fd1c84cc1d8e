// A small inline SVG line chart (one or more series): no library, no script, so the dashboard stays one
// offline file. Both axes carry a title with the unit; every point has a tooltip naming its run.
import { escapeHtml } from './escape.ts';

export interface Series {
  name: string;
  color: string;
  /** One per label; null = not measured in that run (no point drawn, the line breaks). */
  values: readonly (number | null)[];
  /** Drawn dashed (a limit such as the budget). */
  dashed?: boolean;
}

export interface ChartSpec {
  /** Stable id: the SVG gets data-testid="chart-<id>". */
  id: string;
  title: string;
  /** Short unit after values in tooltips and the headline (`h`, `KiB`, `findings`). */
  unit: string;
  /** Y axis title, with its unit: `CPU-hours (h)`. */
  yAxis: string;
  /** X axis title. Default `run (workflow #number)`. */
  xAxis?: string;
  labels: readonly string[];
  series: readonly Series[];
  /** Fixed y maximum (r: 1); default the data's maximum. */
  yMax?: number;
  format?: (v: number) => string;
  /** Text after the title; default `latest <value> <unit>` of the first series. */
  headline?: string;
}

export const CHART_W = 560;
export const CHART_H = 236;
const PAD = { left: 64, right: 14, top: 34, bottom: 52 };
export const RUN_AXIS = 'run (workflow #number)';

const fmtDefault = (v: number) => (Math.abs(v) >= 100 ? String(Math.round(v)) : String(Math.round(v * 100) / 100));
const r2 = (v: number) => Math.round(v * 100) / 100;
/** Long run labels are cut for the axis; the tooltip keeps the whole label. */
const cut = (s: string, n = 38) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function renderLineChart(spec: ChartSpec): string {
  const fmt = spec.format ?? fmtDefault;
  const known = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const yMax = spec.yMax ?? Math.max(1, ...known) * 1.1;
  const n = spec.labels.length;
  const plotW = CHART_W - PAD.left - PAD.right;
  const plotH = CHART_H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => PAD.top + plotH - (Math.min(v, yMax) / yMax) * plotH;
  const bottom = PAD.top + plotH;

  const drawn: string[] = [];
  for (const s of spec.series) {
    const segments: string[][] = [[]];
    s.values.forEach((v, i) => {
      if (v === null) {
        if (segments[segments.length - 1].length) segments.push([]);
        return;
      }
      segments[segments.length - 1].push(`${r2(x(i))},${r2(y(v))}`);
      const who = spec.series.length > 1 ? `${s.name}, ` : '';
      drawn.push(
        `<circle data-testid="point" data-series="${escapeHtml(s.name)}" cx="${r2(x(i))}" cy="${r2(y(v))}" r="3" fill="${s.color}"><title>${escapeHtml(who + (spec.labels[i] ?? ''))}: ${escapeHtml(fmt(v))} ${escapeHtml(spec.unit)}</title></circle>`,
      );
    });
    for (const seg of segments.filter((g) => g.length > 1)) {
      drawn.unshift(`<polyline fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''} points="${seg.join(' ')}"/>`);
    }
  }
  const legend =
    spec.series.length > 1
      ? spec.series.map((s, i) => {
          const lx = CHART_W - PAD.right - (spec.series.length - i) * 88;
          return `<rect x="${lx}" y="${PAD.top - 14}" width="10" height="10" fill="${s.color}"/><text x="${lx + 14}" y="${PAD.top - 5}" class="m">${escapeHtml(cut(s.name, 12))}</text>`;
        })
      : [];
  const lastKnown = spec.series[0]?.values.filter((v): v is number => v !== null).at(-1);
  const head = spec.headline ?? (lastKnown === undefined ? '' : `latest ${fmt(lastKnown)} ${spec.unit}`);
  const headline = head ? ` <tspan class="m">${escapeHtml(head)}</tspan>` : '';
  // A few runs: every run is named under its point; more: the first and the last (tooltips name each point).
  const few = n <= 5;
  const tick = (i: number) => {
    const anchor = n === 1 ? 'middle' : i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle';
    const room = n === 1 ? 60 : Math.floor(plotW / Math.max(2, n) / 6);
    return `<text x="${r2(few ? x(i) : i === 0 ? PAD.left : CHART_W - PAD.right)}" y="${bottom + 16}" text-anchor="${anchor}" class="m">${escapeHtml(cut(spec.labels[i] ?? '', few ? room : 38))}</text>`;
  };
  const ticks = few ? spec.labels.map((_, i) => tick(i)) : [tick(0), tick(n - 1)];
  return [
    `<svg data-testid="chart-${escapeHtml(spec.id)}" role="img" aria-label="${escapeHtml(spec.title)}" viewBox="0 0 ${CHART_W} ${CHART_H}" width="${CHART_W}" height="${CHART_H}">`,
    `<text x="${PAD.left}" y="16" class="t">${escapeHtml(spec.title)}${headline}</text>`,
    `<line x1="${PAD.left}" y1="${bottom}" x2="${CHART_W - PAD.right}" y2="${bottom}" class="ax"/>`,
    `<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${bottom}" class="ax"/>`,
    `<text x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end" class="m">${escapeHtml(fmt(yMax))}</text>`,
    `<text x="${PAD.left - 6}" y="${bottom}" text-anchor="end" class="m">0</text>`,
    `<text data-testid="y-axis" x="14" y="${PAD.top + plotH / 2}" transform="rotate(-90 14 ${PAD.top + plotH / 2})" text-anchor="middle" class="m">${escapeHtml(spec.yAxis)}</text>`,
    ...(n ? ticks : []),
    `<text data-testid="x-axis" x="${PAD.left + plotW / 2}" y="${CHART_H - 8}" text-anchor="middle" class="m">${escapeHtml(spec.xAxis ?? RUN_AXIS)}</text>`,
    ...legend,
    ...drawn,
    known.length ? '' : `<text x="${CHART_W / 2}" y="${CHART_H / 2}" text-anchor="middle" class="m">no data</text>`,
    '</svg>',
  ].join('\n');
}
