// One finding per secret and place: when several rules report the same value at the same span (a Kubernetes
// Secret's data value is both `kubernetes-secret-data` and a generic assignment), the user gets the most
// telling one: a checksum-validated or more confident match first, then a provider rule over a generic one.
import type { RawMatch } from './scanner/types.ts';
import type { SecretRule } from './types.ts';

interface Placed extends RawMatch {
  path: string;
  commit?: string;
}

const VAGUE = new Set(['generic', 'entropy']);

export function oneFindingPerSpot<M extends Placed>(matches: readonly M[], rules: ReadonlyMap<string, SecretRule>): M[] {
  const order = new Map([...rules.keys()].map((id, i) => [id, i]));
  const best = new Map<string, M>();
  for (const m of matches) {
    const key = [m.path, m.commit ?? '', m.line, m.column, m.endLine, m.endColumn, m.secret].join('\0');
    const kept = best.get(key);
    if (!kept || better(m, kept, rules, order)) best.set(key, m);
  }
  // Keep the input's order (only the dropped twins go).
  const keep = new Set(best.values());
  return matches.filter((m) => keep.has(m));
}

function better(a: Placed, b: Placed, rules: ReadonlyMap<string, SecretRule>, order: ReadonlyMap<string, number>): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  const vagueA = VAGUE.has(rules.get(a.ruleId)?.family ?? '');
  const vagueB = VAGUE.has(rules.get(b.ruleId)?.family ?? '');
  if (vagueA !== vagueB) return vagueB;
  return (order.get(a.ruleId) ?? Infinity) < (order.get(b.ruleId) ?? Infinity);
}
