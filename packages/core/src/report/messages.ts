// The ONE mapping from an error to the line a user sees (core.setFailed, CLI stderr).
import { BulkheadError, ConfigError, InputError } from '../errors.ts';

export interface MessageOptions {
  /** 'cli' names inputs as flags (`--max-diff-bytes`); default 'action' names them as inputs. */
  surface?: 'action' | 'cli';
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Ends a clause with a period unless it already ends with sentence punctuation. */
function sentence(text: string): string {
  const t = oneLine(text);
  return t === '' || /[.!?]$/.test(t) ? t : `${t}.`;
}

function subject(e: BulkheadError, surface: 'action' | 'cli'): string | undefined {
  const input = e.input;
  if (input === undefined || input === '') return undefined;
  if (e instanceof ConfigError) {
    // Config errors carry `<file>: <section.key>`, or just `<file>` for file-level problems.
    const m = /^(.*?): (.+)$/.exec(input);
    return m ? `${m[1]} key '${m[2]}'` : input;
  }
  if (e instanceof InputError) return surface === 'cli' ? `Option '--${input}'` : `Input '${input}'`;
  return input;
}

/**
 * `Input 'max-diff-bytes': "5XB" is not a byte size. Fix: use a number with a unit such as 5MB or 512KiB.`
 * Always a single line. Anything that is not a BulkheadError is a bug: `Unexpected error: <message>`.
 */
export function userMessage(e: unknown, options: MessageOptions = {}): string {
  if (e instanceof BulkheadError) {
    const who = subject(e, options.surface ?? 'action');
    const problem = sentence(e.problem);
    const fix = sentence(e.fix);
    return oneLine(`${who ? `${who}: ` : ''}${problem}${fix ? ` Fix: ${fix}` : ''}`);
  }
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : safeString(e);
  return oneLine(`Unexpected error: ${message || (e instanceof Error ? e.name : 'unknown')}`);
}

function safeString(v: unknown): string {
  try {
    return typeof v === 'object' && v !== null ? JSON.stringify(v) ?? String(v) : String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/**
 * Process exit code for a thrown error: 2 for every error (usage, input, config, runtime or bug),
 * since 1 is reserved for "findings / gate closed" decided by an engine's result, not by a throw.
 */
export function exitCodeFor(e: unknown): number {
  void e;
  return 2;
}
