// Table and section markup shared by the page's sections; every cell is escaped text.
import { escapeHtml } from './escape.ts';

export type Cell = string | number | { text: string; cls: string };

export function table(testId: string, head: readonly string[], rows: readonly (readonly Cell[])[], rowClass: (i: number) => string = () => ''): string {
  // Numbers never wrap; text may break anywhere (long digests and hostile names must not widen the page).
  const cell = (c: Cell) =>
    typeof c === 'object' ? `<td class="${c.cls}">${escapeHtml(c.text)}</td>` : typeof c === 'number' ? `<td class="num">${c}</td>` : `<td>${escapeHtml(c)}</td>`;
  const body = rows.map((r, i) => `<tr${rowClass(i) ? ` class="${rowClass(i)}"` : ''}>${r.map(cell).join('')}</tr>`).join('');
  return `<table data-testid="${testId}"><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A page section: heading, then its body, or a line saying which reports would fill it. */
export function section(id: string, heading: string, body: string | null, empty: string): string {
  return `<section data-testid="section-${id}"><h2>${escapeHtml(heading)}</h2>\n${body ?? `<p class="none">${escapeHtml(empty)}</p>`}\n</section>`;
}
