// `bulkhead dashboard` flags, declared once for the CLI's parser and help.
import type { ActionDecl } from '../../options/types.ts';

export const DASHBOARD_DECL = {
  name: 'dashboard',
  title: 'Bulkhead dashboard',
  description: 'Renders the diff-telemetry run history into one self-contained HTML file (no network needed to view it).',
  summary: 'Render the diff-telemetry history into a self-contained HTML dashboard.',
  options: [
    {
      name: 'history',
      type: 'string',
      default: 'bulkhead-history.json',
      description: 'History JSON file, as kept by diff-telemetry with `history: file:PATH` (the `file:` prefix is optional).',
      surface: 'cli',
      positional: true,
    },
    { name: 'output', type: 'string', default: 'bulkhead-dashboard.html', description: 'Where to write the HTML file.', surface: 'cli' },
    { name: 'title', type: 'string', default: 'Bulkhead diff-telemetry', description: 'Page title.', surface: 'cli' },
    { name: 'last', type: 'integer', default: '100', min: 1, max: 10000, description: 'Newest runs shown in the charts.', surface: 'cli' },
  ],
  outputs: [],
} as const satisfies ActionDecl;

export type DashboardDecl = typeof DASHBOARD_DECL;
