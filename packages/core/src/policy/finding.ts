// A policy finding in the kit's shape: severity from the rule, a fingerprint stable across runs.
import { sha256Bytes } from '../digest/sha256.ts';
import type { Finding, Location } from '../report/types.ts';
import { policyRule } from './rules.ts';

/** `key` identifies the finding across runs (path, URL, commit...); it never holds a secret. */
export function policyFinding(ruleId: string, key: string, message: string, location: Location, properties?: Finding['properties']): Finding {
  const f: Finding = { ruleId, severity: policyRule(ruleId).severity, message, location, fingerprint: sha256Bytes(`${ruleId}\0${key}`) };
  if (properties && Object.keys(properties).length > 0) f.properties = properties;
  return f;
}
