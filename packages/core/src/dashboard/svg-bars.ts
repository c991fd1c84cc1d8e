// Horizontal bars (one per item, e.g. a blocked destination), inline SVG like the line chart.
import { escapeHtml } from './escape.ts';

export interface BarSpec {
  id: string;
  title: string;
  /** X axis title with its unit. */
  xAxis: string;
  /** Y axis title (what the bars are). */
  yAxis: string;
  bars: readonly { label: string; value: number; color: string; tip: string }[];
}

const W = 560;
const ROW = 22;
const PAD = { left: 210, right: 56, top: 30, bottom: 40 };

export function renderBarChart(spec: BarSpec): string {
  const h = PAD.top + Math.max(1, spec.bars.length) * ROW + PAD.bottom;
  const plotW = W - PAD.left - PAD.right;
  const max = Math.max(1, ...spec.bars.map((b) => b.value));
  const bottom = h - PAD.bottom;
  const rows = spec.bars.map((b, i) => {
    const y = PAD.top + i * ROW;
    const w = Math.max(1, Math.round((b.value / max) * plotW));
    const label = b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label;
    return [
      `<text x="${PAD.left - 8}" y="${y + 15}" text-anchor="end" class="m">${escapeHtml(label)}</text>`,
      `<rect data-testid="bar" x="${PAD.left}" y="${y + 4}" width="${w}" height="${ROW - 8}" fill="${b.color}"><title>${escapeHtml(b.tip)}</title></rect>`,
      `<text x="${PAD.left + w + 6}" y="${y + 15}" class="m">${b.value}</text>`,
    ].join('');
  });
  return [
    `<svg data-testid="chart-${escapeHtml(spec.id)}" role="img" aria-label="${escapeHtml(spec.title)}" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}">`,
    `<text x="8" y="18" class="t">${escapeHtml(spec.title)}</text>`,
    `<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${bottom}" class="ax"/>`,
    `<line x1="${PAD.left}" y1="${bottom}" x2="${W - PAD.right}" y2="${bottom}" class="ax"/>`,
    `<text x="${PAD.left}" y="${bottom + 14}" class="m">0</text>`,
    `<text x="${W - PAD.right}" y="${bottom + 14}" text-anchor="end" class="m">${max}</text>`,
    `<text data-testid="x-axis" x="${PAD.left + plotW / 2}" y="${h - 8}" text-anchor="middle" class="m">${escapeHtml(spec.xAxis)}</text>`,
    `<text data-testid="y-axis" x="8" y="${h - 8}" class="m">${escapeHtml(spec.yAxis)}</text>`,
    ...rows,
    spec.bars.length ? '' : `<text x="${W / 2}" y="${PAD.top + 14}" text-anchor="middle" class="m">none</text>`,
    '</svg>',
  ].join('\n');
}
