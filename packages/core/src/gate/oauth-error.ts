// An OAuth error response (RFC 6749 §5.2) in one line: the error code and a short description, never the body.
import type { HttpResponse } from './http.ts';

export function oauthErrorText(res: HttpResponse): string {
  try {
    const doc = JSON.parse(res.body.toString('utf8')) as Record<string, unknown>;
    const code = typeof doc.error === 'string' ? doc.error.slice(0, 60) : undefined;
    const desc = typeof doc.error_description === 'string' ? doc.error_description.slice(0, 160) : undefined;
    if (code) return `HTTP ${res.status} ${code}${desc ? ` (${desc})` : ''}`;
  } catch {
    // not JSON: the status says enough
  }
  return `HTTP ${res.status}`;
}
