// Stacked columns, one per run (findings by severity, destinations by verdict): counts read better as
// columns than as lines that lie on top of each other at zero. Same frame as the line chart.
import { escapeHtml } from './escape.ts';
import { BOTTOM, PAD, PLOT_H, PLOT_W, countMax, frame, r2 } from './svg-frame.ts';

export interface ColumnSpec {
  id: string;
  title: string;
  headline: string;
  /** Unit in tooltips (`findings`). */
  unit: string;
  yAxis: string;
  labels: readonly string[];
  /** Stacked bottom to top. */
  series: readonly { name: string; color: string; values: readonly number[] }[];
  /** A limit drawn as a dashed line across the plot (the CPU-hour budget). */
  limit?: { name: string; value: number; color: string };
}

export function renderColumnChart(spec: ColumnSpec): string {
  const n = spec.labels.length;
  const totals = spec.labels.map((_, i) => spec.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const yMax = countMax([...totals, spec.limit?.value ?? 0]);
  const band = PLOT_W / Math.max(1, n);
  const width = Math.min(44, band * 0.7);
  const x = (i: number) => PAD.left + band * (i + 0.5);
  const h = (v: number) => (v / yMax) * PLOT_H;
  const marks: string[] = [];
  spec.labels.forEach((label, i) => {
    let top = BOTTOM;
    for (const s of spec.series) {
      const v = s.values[i] ?? 0;
      if (v <= 0) continue;
      top -= h(v);
      marks.push(
        `<rect data-testid="segment" data-series="${escapeHtml(s.name)}" x="${r2(x(i) - width / 2)}" y="${r2(top)}" width="${r2(width)}" height="${r2(h(v))}" fill="${s.color}"><title>${escapeHtml(`${label}: ${r2(v)} ${spec.series.length > 1 ? `${s.name} ` : ''}${spec.unit}`)}</title></rect>`,
      );
    }
    // The total above each column, so a person need not add up the segments.
    marks.push(`<text x="${r2(x(i))}" y="${r2(top - 4)}" text-anchor="middle" class="m">${r2(totals[i])}</text>`);
  });
  const lim = spec.limit;
  if (lim) {
    const y = r2(BOTTOM - h(lim.value));
    marks.push(
      `<line data-testid="limit" x1="${PAD.left}" y1="${y}" x2="${PAD.left + PLOT_W}" y2="${y}" stroke="${lim.color}" stroke-width="2" stroke-dasharray="6 4"><title>${escapeHtml(`${lim.name}: ${lim.value} ${spec.unit}`)}</title></line>`,
      `<text x="${PAD.left + PLOT_W - 2}" y="${y - 4}" text-anchor="end" class="m">${escapeHtml(`${lim.name} ${lim.value} ${spec.unit}`)}</text>`,
    );
  }
  return [...frame({ id: spec.id, title: spec.title, headline: spec.headline, yAxis: spec.yAxis, labels: spec.labels, x, yMaxText: String(yMax), legend: lim ? [...spec.series, lim] : spec.series }), ...marks, '</svg>'].join('\n');
}
