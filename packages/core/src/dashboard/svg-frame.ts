// What every run chart shares: size, padding, axes with unit titles, run labels under the plot and the legend.
import { escapeHtml } from './escape.ts';

export const CHART_W = 560;
export const CHART_H = 236;
export const PAD = { left: 64, right: 14, top: 34, bottom: 52 };
export const PLOT_W = CHART_W - PAD.left - PAD.right;
export const PLOT_H = CHART_H - PAD.top - PAD.bottom;
export const BOTTOM = PAD.top + PLOT_H;
export const RUN_AXIS = 'run (workflow #number)';

export const r2 = (v: number) => Math.round(v * 100) / 100;
/** Long run labels are cut for the axis; tooltips keep the whole label. */
export const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export interface FrameSpec {
  id: string;
  title: string;
  /** Grey text after the title (`latest 6 h of 5 h`). */
  headline: string;
  yAxis: string;
  xAxis?: string;
  labels: readonly string[];
  /** x of label i's point or column. */
  x: (i: number) => number;
  yMaxText: string;
  legend: readonly { name: string; color: string }[];
}

/** Opening tag, title, axes and labels; the caller adds its marks and `</svg>`. */
export function frame(f: FrameSpec): string[] {
  const n = f.labels.length;
  // A few runs: each is named under its mark; more: the first and the last.
  const few = n <= 5;
  const tick = (i: number) => {
    const x = few ? f.x(i) : i === 0 ? PAD.left : CHART_W - PAD.right;
    // A label at the plot's edge grows inwards; one inside is centred under its mark.
    const anchor = x - PAD.left < 20 && n > 1 ? 'start' : CHART_W - PAD.right - x < 20 && n > 1 ? 'end' : 'middle';
    const room = n === 1 ? 60 : Math.floor(PLOT_W / Math.max(2, n) / 7);
    return `<text x="${r2(x)}" y="${BOTTOM + 16}" text-anchor="${anchor}" class="m">${escapeHtml(cut(f.labels[i] ?? '', few ? room : 38))}</text>`;
  };
  const ticks = n === 0 ? [] : few ? f.labels.map((_, i) => tick(i)) : [tick(0), tick(n - 1)];
  const legend =
    f.legend.length > 1
      ? f.legend.map((s, i) => {
          const lx = CHART_W - PAD.right - (f.legend.length - i) * 88;
          return `<rect x="${lx}" y="${PAD.top - 14}" width="10" height="10" fill="${s.color}"/><text x="${lx + 14}" y="${PAD.top - 5}" class="m">${escapeHtml(cut(s.name, 12))}</text>`;
        })
      : [];
  const midY = PAD.top + PLOT_H / 2;
  return [
    `<svg data-testid="chart-${escapeHtml(f.id)}" role="img" aria-label="${escapeHtml(f.title)}" viewBox="0 0 ${CHART_W} ${CHART_H}" width="${CHART_W}" height="${CHART_H}">`,
    `<text x="${PAD.left}" y="16" class="t">${escapeHtml(f.title)}${f.headline ? ` <tspan class="m">${escapeHtml(f.headline)}</tspan>` : ''}</text>`,
    `<line x1="${PAD.left}" y1="${BOTTOM}" x2="${CHART_W - PAD.right}" y2="${BOTTOM}" class="ax"/>`,
    `<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${BOTTOM}" class="ax"/>`,
    `<text x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end" class="m">${escapeHtml(f.yMaxText)}</text>`,
    `<text x="${PAD.left - 6}" y="${BOTTOM}" text-anchor="end" class="m">0</text>`,
    `<text data-testid="y-axis" x="14" y="${midY}" transform="rotate(-90 14 ${midY})" text-anchor="middle" class="m">${escapeHtml(f.yAxis)}</text>`,
    ...ticks,
    `<text data-testid="x-axis" x="${PAD.left + PLOT_W / 2}" y="${CHART_H - 8}" text-anchor="middle" class="m">${escapeHtml(f.xAxis ?? RUN_AXIS)}</text>`,
    ...legend,
  ];
}

/** A count axis ends on a whole number a little above the largest value. */
export function countMax(values: readonly number[]): number {
  return Math.max(1, Math.ceil(Math.max(0, ...values) * 1.1));
}
