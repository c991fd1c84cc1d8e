// `bulkhead dashboard [HISTORY] --output FILE`: the run history as one offline HTML page.
import { resolve } from 'node:path';
import { FileHistoryStore } from '@bulkhead/core/diff';
import { renderDashboard } from '@bulkhead/core/diff/dashboard';
import { ResourceError } from '@bulkhead/core/errors';
import { writeOutputFile } from '@bulkhead/core/fs';
import type { DashboardDecl } from '@bulkhead/core/diff/dashboard';
import { DASHBOARD_DECL } from '@bulkhead/core/diff/dashboard';
import type { Command } from '../types.ts';

export const command: Command<DashboardDecl> = {
  name: 'dashboard',
  summary: 'Render the diff-telemetry history into a self-contained HTML dashboard.',
  decl: DASHBOARD_DECL,
  async run(args, io) {
    const o = args.options;
    const historyPath = resolve(io.cwd, o.history.replace(/^file:/, ''));
    const store = new FileHistoryStore(historyPath);
    const records = await store.load();
    if (records.length === 0) {
      throw new ResourceError({
        input: 'history',
        problem: `${o.history} has no runs (missing or empty)`,
        fix: 'run diff-telemetry with `history: file:PATH` first, or point --history at that file',
      });
    }
    const html = renderDashboard(records, { title: o.title, last: o.last, generatedAt: new Date().toISOString() });
    const out = resolve(io.cwd, o.output);
    await writeOutputFile(out, html, 'output', o.output);
    const latest = records.reduce((a, b) => (Date.parse(b.time) >= Date.parse(a.time) ? b : a));
    io.stdout(`wrote ${o.output}: ${records.length} records${latest.leakDetected ? ', latest run detected a leak' : ''}\n`);
    return 0;
  },
};
