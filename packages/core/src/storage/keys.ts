// The keyring of a run: the active encryption key, earlier keys for restoring after a rotation, and the age check.
import { InputError } from '../errors.ts';
import { formatDuration } from '../options/duration.ts';
import { parseKey, type Key } from './crypto.ts';

export interface Keyring {
  active?: Key;
  /** Active first, then previous keys: every key a restore may open a copy with. */
  all: Key[];
  warnings: string[];
}

export interface KeyOptions {
  'encryption-key'?: string;
  'previous-keys'?: string[];
  'key-created'?: string;
  'key-max-age': number;
}

const DAY = 86_400_000;
const maxAge = (ms: number) => (ms % DAY === 0 ? `${ms / DAY} days` : formatDuration(ms));

export function keyring(o: KeyOptions, now: Date): Keyring {
  const active = o['encryption-key'] ? parseKey(o['encryption-key'], 'encryption-key') : undefined;
  const previous = (o['previous-keys'] ?? []).map((k) => parseKey(k, 'previous-keys'));
  const warnings: string[] = [];
  if (o['key-created']) {
    const created = Date.parse(o['key-created']);
    if (Number.isNaN(created)) throw new InputError({ input: 'key-created', problem: `${o['key-created']} is not a date`, fix: 'write the date the key was made as YYYY-MM-DD or ISO 8601' });
    const age = now.getTime() - created;
    if (active && age > o['key-max-age']) {
      warnings.push(`encryption-key (id ${active.id}) is ${Math.floor(age / DAY)} days old, past key-max-age (${maxAge(o['key-max-age'])}): make a new key, move this one to previous-keys, and update key-created`);
    }
  }
  return { active, all: active ? [active, ...previous] : previous, warnings };
}
