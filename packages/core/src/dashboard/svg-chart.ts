// A small inline SVG line chart (one or more series): no library, no script, so the dashboard stays one
// offline file. Both axes carry a title with the unit; every point has a tooltip naming its run.
import { escapeHtml } from './escape.ts';
import { CHART_H, CHART_W, PAD, PLOT_H, PLOT_W, countMax, frame, r2 } from './svg-frame.ts';

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
  /** Fixed y maximum (r: 1); default a little above the data's maximum. */
  yMax?: number;
  format?: (v: number) => string;
  /** Text after the title; default `latest <value> <unit>` of the first series. */
  headline?: string;
}

const fmtDefault = (v: number) => (Math.abs(v) >= 100 ? String(Math.round(v)) : String(Math.round(v * 100) / 100));

export function renderLineChart(spec: ChartSpec): string {
  const fmt = spec.format ?? fmtDefault;
  const known = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const yMax = spec.yMax ?? (known.every(Number.isInteger) ? countMax(known) : Math.max(1, ...known) * 1.1);
  const n = spec.labels.length;
  const x = (i: number) => PAD.left + (n <= 1 ? PLOT_W / 2 : (i * PLOT_W) / (n - 1));
  const y = (v: number) => PAD.top + PLOT_H - (Math.min(v, yMax) / yMax) * PLOT_H;

  const lines: string[] = [];
  const points: string[] = [];
  for (const s of spec.series) {
    const segments: string[][] = [[]];
    s.values.forEach((v, i) => {
      if (v === null) {
        if (segments[segments.length - 1].length) segments.push([]);
        return;
      }
      segments[segments.length - 1].push(`${r2(x(i))},${r2(y(v))}`);
      const who = spec.series.length > 1 ? `${s.name}, ` : '';
      points.push(
        `<circle data-testid="point" data-series="${escapeHtml(s.name)}" cx="${r2(x(i))}" cy="${r2(y(v))}" r="3" fill="${s.color}"><title>${escapeHtml(who + (spec.labels[i] ?? ''))}: ${escapeHtml(fmt(v))} ${escapeHtml(spec.unit)}</title></circle>`,
      );
    });
    for (const seg of segments.filter((g) => g.length > 1)) {
      lines.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''} points="${seg.join(' ')}"/>`);
    }
  }
  const lastKnown = spec.series[0]?.values.filter((v): v is number => v !== null).at(-1);
  const headline = spec.headline ?? (lastKnown === undefined ? '' : `latest ${fmt(lastKnown)} ${spec.unit}`);
  return [
    ...frame({ id: spec.id, title: spec.title, headline, yAxis: spec.yAxis, xAxis: spec.xAxis, labels: spec.labels, x, yMaxText: fmt(yMax), legend: spec.series }),
    ...lines,
    ...points,
    known.length ? '' : `<text x="${CHART_W / 2}" y="${CHART_H / 2}" text-anchor="middle" class="m">no data</text>`,
    '</svg>',
  ].join('\n');
}
