// `bulkhead dashboard [HISTORY] [--reports DIR|FILE|GLOB]... --output FILE`: the diff-telemetry history and every
// action's JSON reports as one offline HTML page.
import { resolve } from 'node:path';
import { dashboardPipelines, loadReports, renderDashboard, type DashboardInput } from '@bulkhead/core/dashboard';
import type { DashboardDecl } from '@bulkhead/core/dashboard';
import { DASHBOARD_DECL } from '@bulkhead/core/dashboard';
import { FileHistoryStore } from '@bulkhead/core/diff';
import { InputError } from '@bulkhead/core/errors';
import { writeOutputFile } from '@bulkhead/core/fs';
import type { Command } from '../types.ts';

export const command: Command<DashboardDecl> = {
  name: 'dashboard',
  summary: DASHBOARD_DECL.summary,
  decl: DASHBOARD_DECL,
  async run(args, io) {
    const o = args.options;
    const historyPath = resolve(io.cwd, o.history.replace(/^file:/, ''));
    const history = await new FileHistoryStore(historyPath).load();
    const given = o.reports ?? [];
    const loaded = given.length ? await loadReports(given, io.cwd) : { reports: [], notes: [], files: [] };
    // With reports, a missing history (a first nightly run) only leaves the trends empty; with neither there is no page.
    if (history.length === 0 && given.length === 0) {
      throw new InputError({
        input: 'reports',
        problem: `nothing to show: no --reports given and ${o.history} has no runs (missing or empty)`,
        fix: 'pass --reports DIR (a folder of Bulkhead JSON reports) and/or a diff-telemetry history file kept with `history: file:PATH`',
      });
    }
    if (history.length === 0 && args.explicit.has('history')) loaded.notes.push(`${o.history}: no diff-telemetry runs (missing or empty); trends left empty`);
    for (const n of loaded.notes) io.stderr(`bulkhead dashboard: note: ${n}\n`);
    const input: DashboardInput = { history, reports: loaded.reports, notes: loaded.notes };
    const html = renderDashboard(input, { title: o.title, last: o.last, generatedAt: new Date().toISOString() });
    await writeOutputFile(resolve(io.cwd, o.output), html, 'output', o.output);
    const flagged = dashboardPipelines(input).filter((p) => p.reasons.length);
    const skipped = loaded.notes.length ? ` (${loaded.notes.length} skipped)` : '';
    io.stdout(`wrote ${o.output}: ${history.length} history records, ${loaded.reports.length} reports${skipped}${flagged.length ? `; leak in the newest run of: ${flagged.map((p) => p.workflow).join(', ')}` : ''}\n`);
    return 0;
  },
};
