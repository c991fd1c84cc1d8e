// diff-telemetry's options, declared once: action.yml, the runner and the CLI follow this.
import type { ActionDecl } from '../options/types.ts';
import { DEFAULT_LEAK_PATTERN } from '../files/leak-patterns.ts';

export const DIFF_TELEMETRY_DECL = {
  name: 'diff-telemetry',
  title: 'Bulkhead diff-telemetry',
  description:
    'Measures a change from local git (bytes, files, binaries, lockfiles, generated and leak-pattern files), alerts on size thresholds and tracks leak risk over time.',
  summary: 'Measure a commit range (bytes, files, binaries, leak-pattern files) and alert on size thresholds.',
  usage: 'bulkhead diff-telemetry [PATH] --base REF [--head REF] [flags]',
  options: [
    {
      name: 'path',
      type: 'string',
      default: '.',
      description: 'Repository to measure.',
      surface: 'cli',
      positional: true,
    },
    {
      name: 'base',
      type: 'string',
      description: 'Base commit or ref. Default: from the event (pull request base, merge group base, push before).',
    },
    {
      name: 'head',
      type: 'string',
      description: 'Head commit or ref. Default: from the event, else HEAD.',
    },
    {
      name: 'max-diff-bytes',
      type: 'bytes',
      default: '5MB',
      description: 'Alert when the counted diff bytes (patch bytes plus binary bytes) exceed this (e.g. 5MB, 512KiB).',
    },
    { name: 'max-file-bytes', type: 'bytes', description: "Alert when one counted file's change (its patch bytes, or its bytes for a binary) is larger than this." },
    { name: 'max-files', type: 'integer', min: 0, description: 'Alert when more counted files than this changed.' },
    { name: 'max-binary-bytes', type: 'bytes', description: 'Alert when counted binary files add more bytes than this.' },
    {
      name: 'exclude',
      type: 'globs',
      description: 'Extra paths to leave out of the counted totals (globs; a pattern without `/` matches at any depth).',
    },
    {
      name: 'exclude-classes',
      type: 'list',
      default: 'generated, lockfile, vendored',
      description:
        'File classes left out of the counted totals: generated, lockfile, vendored, binary, leak; `none` counts everything.',
    },
    {
      name: 'leak-patterns',
      type: 'globs',
      default: DEFAULT_LEAK_PATTERN,
      description: 'Files that must never be committed; each changed one is reported and counted in leaked-files.',
    },
    {
      name: 'fail-on-alert',
      type: 'boolean',
      default: 'false',
      description: 'Fail the step when a threshold is crossed (otherwise a warning).',
    },
    {
      name: 'bypass-label',
      type: 'string',
      description: 'A pull request label that turns an alert failure back into a warning.',
    },
    {
      name: 'bypass-trailer',
      type: 'string',
      description: 'A commit trailer key (e.g. `Bulkhead-Bypass`) in the head commit that turns an alert failure back into a warning.',
    },
    {
      name: 'raw-velocity',
      type: 'string',
      description: 'Raw velocity (story points, a number). Default: merged changes per week from the history.',
    },
    {
      name: 'risk-window',
      type: 'duration',
      default: '7d',
      description: 'Window of recent leak events the risk coefficient looks at.',
    },
    {
      name: 'risk-weights',
      type: 'list',
      description: 'Weights of leak event kinds in the risk coefficient, as kind=weight pairs (defaults in METRICS.md).',
    },
    {
      name: 'reports',
      type: 'list',
      description: 'Paths of other Bulkhead JSON reports (secret-scan, egress-gate, ...) to count leak events from.',
    },
    {
      name: 'history',
      type: 'string',
      default: 'cache',
      description: 'Where run history is kept: `cache` (actions cache), `file:PATH` (a JSON file), or `none`.',
    },
    {
      name: 'report-file',
      type: 'string',
      description: 'Where to write the JSON report. Default: $RUNNER_TEMP/bulkhead-diff-telemetry.json.',
    },
    {
      name: 'format',
      type: 'enum',
      values: ['text', 'json'],
      default: 'text',
      description: 'Output format.',
      surface: 'cli',
    },
  ],
  outputs: [
    { name: 'diff-bytes', description: 'Counted patch bytes of the change.' },
    { name: 'files-changed', description: 'Counted files changed.' },
    { name: 'binary-bytes', description: 'Counted bytes of binary files.' },
    { name: 'leaked-files', description: 'Number of changed files matching leak-patterns.' },
    { name: 'alert', description: '`true` when a threshold was crossed.' },
    { name: 'risk-coefficient', description: 'Leak risk coefficient r in [0, 1) over risk-window.' },
    { name: 'adjusted-velocity', description: 'Raw velocity × (1 − r).' },
    { name: 'lead-time-hours', description: 'Hours from the first commit of the change to this run.' },
    { name: 'report-file', description: 'Path of the JSON report.' },
  ],
} as const satisfies ActionDecl;

export type DiffTelemetryDecl = typeof DIFF_TELEMETRY_DECL;
