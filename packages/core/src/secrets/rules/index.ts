// The built-in rule set, one module per family.
import type { SecretRule } from '../types.ts';
import { CLOUD_RULES } from './cloud.ts';
import { VCS_RULES } from './vcs.ts';
import { REGISTRY_RULES } from './registry.ts';
import { SAAS_RULES } from './saas.ts';
import { CHAT_RULES } from './chat.ts';
import { PAYMENT_RULES } from './payments.ts';
import { AI_RULES } from './ai.ts';
import { KEY_RULES } from './keys.ts';
import { JWT_RULES } from './jwt.ts';
import { URL_RULES } from './urls.ts';
import { GENERIC_RULES } from './generic.ts';
import { ENCODED_RULES } from './encoded.ts';
import { FILE_RULES } from './files.ts';
import { CLI_RULES } from './cli.ts';
import { PROSE_RULES } from './prose.ts';

export const BUILTIN_RULES: readonly SecretRule[] = Object.freeze([
  ...CLOUD_RULES,
  ...VCS_RULES,
  ...REGISTRY_RULES,
  ...SAAS_RULES,
  ...CHAT_RULES,
  ...PAYMENT_RULES,
  ...AI_RULES,
  ...KEY_RULES,
  ...JWT_RULES,
  ...URL_RULES,
  ...GENERIC_RULES,
  ...ENCODED_RULES,
  ...FILE_RULES,
  ...CLI_RULES,
  ...PROSE_RULES,
]);

const BY_ID = new Map(BUILTIN_RULES.map((r) => [r.id, r]));

export function ruleById(id: string): SecretRule | undefined {
  return BY_ID.get(id);
}

/** Rule count per family, for reports and docs. */
export function rulesPerFamily(rules: readonly SecretRule[] = BUILTIN_RULES): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rules) out[r.family] = (out[r.family] ?? 0) + 1;
  return out;
}

export { signedJwtHeader } from './jwt.ts';
export { placeholderUrlPassword, isDocumentationHost } from './urls.ts';
