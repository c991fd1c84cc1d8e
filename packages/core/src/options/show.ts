// How a rejected raw value is quoted inside an error message: one line, bounded, never a secret.

const MAX_SHOWN = 60;

/** JSON-quoted (so newlines and control characters are visible) and cut to a readable length. */
export function showValue(raw: string): string {
  const cut = raw.length > MAX_SHOWN ? raw.slice(0, MAX_SHOWN) + '…' : raw;
  return JSON.stringify(cut);
}

/** Errors about a secret option say "the value" instead of quoting it. */
export function describeValue(raw: string, secret: boolean): string {
  return secret ? 'the value' : showValue(raw);
}
