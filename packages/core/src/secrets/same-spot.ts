// One finding per secret and place: when several rules report the same value at the same span (a Kubernetes
// Secret's data value is both `kubernetes-secret-data` and a generic assignment), the user gets the most
// telling one: a checksum-validated or more confident match first, then a provider rule over a generic one.
// A value that starts where another does and is a prefix of it is the same secret cut short: the provider
// rule's match is kept, else the longer one.
import type { RawMatch } from './scanner/types.ts';
import type { SecretRule } from './types.ts';

interface Placed extends RawMatch {
  path: string;
  commit?: string;
}

const VAGUE = new Set(['generic', 'entropy']);

export function oneFindingPerSpot<M extends Placed>(matches: readonly M[], rules: ReadonlyMap<string, SecretRule>): M[] {
  const order = new Map([...rules.keys()].map((id, i) => [id, i]));
  // Matches that start at one place: the same secret, or one a prefix of the other (a rule whose value stops
  // at `,` beside one that reads a command-line value to its end), are one secret.
  const spots = new Map<string, M[]>();
  for (const m of matches) {
    const key = [m.path, m.commit ?? '', m.line, m.column].join('\0');
    const kept = spots.get(key);
    if (!kept) {
      spots.set(key, [m]);
      continue;
    }
    const i = kept.findIndex((k) => k.secret.startsWith(m.secret) || m.secret.startsWith(k.secret));
    if (i === -1) kept.push(m);
    else if (wins(m, kept[i], rules, order)) kept[i] = m;
  }
  // Keep the input's order (only the dropped twins go).
  const keep = new Set([...spots.values()].flat());
  return matches.filter((m) => keep.has(m));
}

/** Between two matches of one secret at one place: for the same value, `better`; for a value and a longer one, the provider rule's, then the longer. */
function wins(a: Placed, b: Placed, rules: ReadonlyMap<string, SecretRule>, order: ReadonlyMap<string, number>): boolean {
  if (a.secret === b.secret) return better(a, b, rules, order);
  const vagueA = isVague(a, rules);
  if (vagueA !== isVague(b, rules)) return !vagueA;
  return a.secret.length > b.secret.length;
}

function better(a: Placed, b: Placed, rules: ReadonlyMap<string, SecretRule>, order: ReadonlyMap<string, number>): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  const vagueA = isVague(a, rules);
  if (vagueA !== isVague(b, rules)) return !vagueA;
  return (order.get(a.ruleId) ?? Infinity) < (order.get(b.ruleId) ?? Infinity);
}

/** A generic or entropy rule's match (any provider rule says more). */
function isVague(m: Placed, rules: ReadonlyMap<string, SecretRule>): boolean {
  return VAGUE.has(rules.get(m.ruleId)?.family ?? '');
}
