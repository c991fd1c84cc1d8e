// The `.bulkhead.yml` keys of the secret-scan section that are not options, for the config loader
// (validation, unknown-key suggestions) and the JSON schema: put into the ActionDecl's `config`.
import type { ConfigShape } from '../../config/shape.ts';
import { SEVERITIES } from '../../report/types.ts';

export const ALLOW_CONFIG_SHAPE = {
  type: 'object',
  description: 'Findings to accept without a baseline.',
  properties: {
    paths: { type: 'array', items: { type: 'string' }, description: 'Globs of paths whose findings are accepted (a pattern without `/` matches the file name anywhere).' },
    rules: { type: 'array', items: { type: 'string' }, description: 'Rule ids whose findings are accepted.' },
    fingerprints: { type: 'array', items: { type: 'string' }, description: 'Fingerprints (SHA-256 hex) of accepted findings.' },
  },
} as const satisfies ConfigShape;

export const CUSTOM_RULES_CONFIG_SHAPE = {
  type: 'array',
  description: 'Extra secret rules, run next to the built-in ones.',
  items: {
    type: 'object',
    required: ['id', 'regex', 'keywords'],
    properties: {
      id: { type: 'string', description: 'Lower-case rule id, e.g. acme-api-key.' },
      description: { type: 'string', description: 'What the rule finds.' },
      regex: { type: 'string', description: 'JavaScript regex; a named group `secret` marks the secret. May start with (?i).' },
      keywords: { type: 'array', items: { type: 'string' }, description: 'Literals near which the regex runs (case-insensitive).' },
      severity: { type: 'string', enum: SEVERITIES, description: 'Severity of its findings (default high).' },
      entropy: { type: 'number', minimum: 0, maximum: 8, description: 'Minimum Shannon entropy (bits/char) of the secret.' },
    },
  },
} as const satisfies ConfigShape;

export const SECRET_SCAN_CONFIG_SHAPES = {
  allow: ALLOW_CONFIG_SHAPE,
  rules: CUSTOM_RULES_CONFIG_SHAPE,
  entropy: { type: 'boolean', description: 'Also report any high-entropy string assigned to a name (off by default: costs precision).' },
  'entropy-threshold': { type: 'number', minimum: 3, maximum: 6, description: 'Minimum Shannon entropy (bits/char) for the `entropy` rule (default 4.5).' },
} as const satisfies Record<string, ConfigShape>;
