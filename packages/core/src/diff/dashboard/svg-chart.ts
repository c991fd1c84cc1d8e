// A small inline SVG line chart: no library, no script, so the dashboard stays one offline file.
import { escapeHtml } from './escape.ts';

export interface ChartSpec {
  /** Stable id: the SVG gets data-testid="chart-<id>". */
  id: string;
  title: string;
  unit: string;
  labels: readonly string[];
  /** One per label; null = not measured in that run (no point drawn). */
  values: readonly (number | null)[];
  color: string;
  /** Fixed y maximum (r: 1); default the data's maximum. */
  yMax?: number;
  format?: (v: number) => string;
}

const W = 560;
const H = 200;
const PAD = { left: 56, right: 12, top: 28, bottom: 28 };

const fmtDefault = (v: number) => (Math.abs(v) >= 100 ? String(Math.round(v)) : String(Math.round(v * 100) / 100));

export function renderLineChart(spec: ChartSpec): string {
  const fmt = spec.format ?? fmtDefault;
  const known = spec.values.filter((v): v is number => v !== null);
  const yMax = spec.yMax ?? Math.max(1, ...known) * 1.1;
  const n = spec.values.length;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => PAD.top + plotH - (Math.min(v, yMax) / yMax) * plotH;
  const r2 = (v: number) => Math.round(v * 100) / 100;

  // A null breaks the line: a gap says "not measured", not "zero".
  const segments: string[][] = [[]];
  const points: string[] = [];
  spec.values.forEach((v, i) => {
    if (v === null) {
      if (segments[segments.length - 1].length) segments.push([]);
      return;
    }
    segments[segments.length - 1].push(`${r2(x(i))},${r2(y(v))}`);
    points.push(
      `<circle data-testid="point" cx="${r2(x(i))}" cy="${r2(y(v))}" r="3" fill="${spec.color}"><title>${escapeHtml(spec.labels[i] ?? '')}: ${escapeHtml(fmt(v))} ${escapeHtml(spec.unit)}</title></circle>`,
    );
  });
  const lines = segments
    .filter((s) => s.length > 1)
    .map((s) => `<polyline fill="none" stroke="${spec.color}" stroke-width="2" points="${s.join(' ')}"/>`);
  const latest = known.length ? fmt(known[known.length - 1]) : '–';
  const first = spec.labels[0] ?? '';
  const last = spec.labels[n - 1] ?? '';
  return [
    `<svg data-testid="chart-${escapeHtml(spec.id)}" role="img" aria-label="${escapeHtml(spec.title)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">`,
    `<text x="${PAD.left}" y="18" class="t">${escapeHtml(spec.title)} <tspan class="m">latest ${escapeHtml(latest)} ${escapeHtml(spec.unit)}</tspan></text>`,
    `<line x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${W - PAD.right}" y2="${PAD.top + plotH}" class="ax"/>`,
    `<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${PAD.top + plotH}" class="ax"/>`,
    `<text x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end" class="m">${escapeHtml(fmt(yMax))}</text>`,
    `<text x="${PAD.left - 6}" y="${PAD.top + plotH}" text-anchor="end" class="m">0</text>`,
    `<text x="${PAD.left}" y="${H - 8}" class="m">${escapeHtml(first)}</text>`,
    `<text x="${W - PAD.right}" y="${H - 8}" text-anchor="end" class="m">${escapeHtml(last)}</text>`,
    ...lines,
    ...points,
    known.length ? '' : `<text x="${W / 2}" y="${H / 2}" text-anchor="middle" class="m">no data</text>`,
    '</svg>',
  ].join('\n');
}
