// A small declaration for config tests; the real actions' decls are written elsewhere.
import type { ConfigSection } from '../../packages/core/src/config/index.ts';
import type { ActionDecl } from '../../packages/core/src/options/types.ts';

export const demoDecl = {
  name: 'secret-scan',
  title: 'Secret scan',
  description: 'demo',
  outputs: [],
  options: [
    { name: 'fail-on', type: 'enum', values: ['low', 'medium', 'high', 'critical', 'none'], default: 'low', description: 'Fail threshold.' },
    { name: 'max-artifact-size', type: 'bytes', default: '100MB', description: 'Largest artifact.' },
    { name: 'history', type: 'boolean', default: 'false', description: 'Scan history.' },
    { name: 'exclude', type: 'globs', default: '', description: 'Paths not to scan.' },
    { name: 'timeout', type: 'duration', default: '5m', description: 'Give up after.' },
    { name: 'jobs', type: 'integer', min: 1, max: 64, description: 'Parallel jobs.' },
  ],
  config: {
    rules: {
      type: 'array',
      description: 'Custom rules.',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          regex: { type: 'string' },
          keywords: { type: 'array', items: { type: 'string' } },
          severity: { type: 'string', enum: ['low', 'medium', 'high', 'critical'] },
          entropy: { type: 'number', minimum: 0, maximum: 8 },
        },
        required: ['id', 'regex', 'keywords'],
      },
    },
    allow: {
      type: 'object',
      properties: { paths: { type: 'array', items: { type: 'string' } }, rules: { type: 'array', items: { type: 'string' } }, fingerprints: { type: 'array', items: { type: 'string' } } },
    },
  },
} as const satisfies ActionDecl;

export const demoSections: ConfigSection[] = [
  { action: demoDecl.name, options: demoDecl.options, extra: demoDecl.config },
  { action: 'diff-telemetry', options: [{ name: 'max-files', type: 'integer', description: 'Most files.' }] },
];
