// Small rule set for the scanner tests (the engine takes rules as a parameter). Also loaded by worker
// threads through RuleSetSpec.module, so it must stay a plain module exporting `rules`.
import type { SecretRule } from '../../packages/core/src/secrets/types.ts';

const base = { severity: 'high', description: 'test rule', remediation: 'revoke it', family: 'test' } as const;

export const rules: SecretRule[] = [
  // A made-up token shape: prefix + 32 alphanumerics.
  { ...base, id: 'demo-token', name: 'DemoToken', keywords: ['dmo_'], pattern: /(?<![A-Za-z0-9_])dmo_[A-Za-z0-9]{32}(?![A-Za-z0-9_])/ },
  // Assignment with a captured value and an entropy gate.
  {
    ...base,
    id: 'demo-password',
    name: 'DemoPassword',
    keywords: ['passwd'],
    pattern: /passwd\s*[:=]\s*["']?(?<secret>[A-Za-z0-9+/]{12,64})/i,
    minEntropy: 3,
  },
  // Multi-line block.
  {
    ...base,
    id: 'demo-block',
    name: 'DemoBlock',
    keywords: ['-----begin demo'],
    pattern: /-----BEGIN DEMO KEY-----\r?\n(?:[A-Za-z0-9+/=]{8,76}\r?\n){1,60}-----END DEMO KEY-----/,
    multiline: true,
  },
];
