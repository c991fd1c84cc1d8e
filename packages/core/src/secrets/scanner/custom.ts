// `.bulkhead.yml` custom rules -> SecretRule. The regex is the user's: flags stripped to our own, group `secret` honoured.
import { ConfigError } from '../../errors.ts';
import type { CustomRuleConfig, SecretRule } from '../types.ts';

export function customRule(c: CustomRuleConfig): SecretRule {
  let pattern: RegExp;
  try {
    pattern = new RegExp(c.regex);
  } catch (e) {
    throw new ConfigError({
      input: `secret-scan.rules[${c.id}].regex`,
      problem: `is not a valid JavaScript regular expression (${(e as Error).message.replace(/^Invalid regular expression: /, '')})`,
      fix: 'fix the pattern; test it with `new RegExp(...)` in Node',
    });
  }
  return {
    id: c.id,
    name: c.id.replace(/(^|[-_ ])(\w)/g, (_m, _s, ch: string) => ch.toUpperCase()),
    severity: c.severity ?? 'high',
    description: c.description ?? `Custom rule ${c.id}`,
    remediation: 'Revoke the credential, replace it, and load it from a secret store at run time.',
    keywords: c.keywords.map((k) => k.toLowerCase()),
    pattern,
    minEntropy: c.entropy,
    family: 'custom',
  };
}
