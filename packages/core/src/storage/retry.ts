// Retries with backoff for transient store errors (connection refused/reset, timeouts, 5xx, 429), and the one
// wording of a store failure: which store, what it was doing, why — with credentials and URL queries removed.
import { setTimeout as sleep } from 'node:timers/promises';
import { scrub } from '../redact/redact.ts';

export interface RetryPolicy {
  /** Attempts in all (1 = no retry). */
  attempts: number;
  /** First backoff in ms; doubled each time, with jitter. */
  baseMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseMs: 250 };

const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

function statusOf(e: unknown): number | undefined {
  const o = e as { $metadata?: { httpStatusCode?: number }; statusCode?: number; status?: number };
  return o?.$metadata?.httpStatusCode ?? o?.statusCode ?? o?.status;
}

/** Network trouble or a server saying "later": worth another try. */
export function isTransient(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? (e as { cause?: { code?: string } })?.cause?.code;
  if (code && TRANSIENT_CODES.has(code)) return true;
  const s = statusOf(e);
  return s !== undefined && (s >= 500 || s === 429 || s === 408);
}

export async function withRetry<T>(op: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await op();
    } catch (e) {
      if (attempt >= policy.attempts || !isTransient(e)) throw e;
      const wait = policy.baseMs * 2 ** (attempt - 1);
      await sleep(wait / 2 + Math.random() * wait);
    }
  }
}

/** A short, safe reason for an error: its code or status and first line, URL queries (SAS tokens) and secrets removed. */
export function describeCause(e: unknown, secrets: Iterable<string> = []): string {
  const o = e as { code?: string; name?: string; message?: string };
  const status = statusOf(e);
  const first = String(o?.message ?? e).split('\n')[0].slice(0, 300);
  const noQuery = first.replace(/(https?:\/\/[^\s?#'"]+)\?[^\s'"]*/g, '$1?…');
  const parts = [o?.code, status !== undefined ? `HTTP ${status}` : undefined, noQuery].filter((p): p is string => !!p && p !== 'undefined');
  return scrub([...new Set(parts)].join(': '), secrets);
}
