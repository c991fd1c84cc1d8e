// `bulkhead dashboard` flags, declared once for the CLI's parser and help.
import type { ActionDecl } from '../options/types.ts';

export const DASHBOARD_DECL = {
  name: 'dashboard',
  title: 'Bulkhead dashboard',
  description:
    "Renders every action's JSON reports (secret-scan, diff-telemetry, oauth-signature-gate, double-write, egress-gate, policy-audit) and the diff-telemetry run history into one self-contained HTML file (no network needed to view it), with a red flag per pipeline whose newest run shows a leak.",
  summary: "Render every action's reports and the diff-telemetry history into one self-contained HTML dashboard.",
  usage: 'bulkhead dashboard [HISTORY.json] [--reports DIR|FILE|GLOB]... [--output FILE] [--title TEXT] [--last N]',
  options: [
    {
      name: 'history',
      type: 'string',
      default: 'bulkhead-history.json',
      description: 'History JSON file, as kept by diff-telemetry with `history: file:PATH` (the `file:` prefix is optional). Optional when --reports is given.',
      surface: 'cli',
      positional: true,
    },
    {
      name: 'reports',
      type: 'globs',
      anywhere: true,
      description: 'Bulkhead JSON reports (an action\'s report-file, or the CLI\'s --format json output): a directory (every *.json below it), a file or a glob; repeat the flag for more. Files of another kind are skipped with a note.',
      surface: 'cli',
    },
    { name: 'output', type: 'string', default: 'bulkhead-dashboard.html', description: 'Where to write the HTML file.', surface: 'cli' },
    { name: 'title', type: 'string', default: 'Bulkhead dashboard', description: 'Page title.', surface: 'cli' },
    { name: 'last', type: 'integer', default: '100', min: 1, max: 10000, description: 'Newest runs shown in each chart and table.', surface: 'cli' },
  ],
  outputs: [],
} as const satisfies ActionDecl;

export type DashboardDecl = typeof DASHBOARD_DECL;
