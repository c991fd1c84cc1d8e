// Every request the gate makes goes through here: HTTPS only (http:// only on loopback and only when allowed),
// a timeout on the whole exchange, a cap on the body read, and no redirect followed to another origin.
import { GateError, InputError } from '../errors.ts';

export interface HttpSettings {
  timeoutMs: number;
  maxBytes: number;
  allowInsecureHttp: boolean;
  /** Extra request options for fetch (e.g. an undici dispatcher carrying a private CA). */
  dispatcher?: unknown;
}

export interface HttpResponse {
  status: number;
  contentType: string;
  body: Buffer;
  url: string;
}

const LOOPBACK_NAMES = new Set(['localhost', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_NAMES.has(hostname.toLowerCase()) || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/** The URL of an endpoint input, checked: absolute, https (or loopback http when allowed), no credentials in it. */
export function checkEndpoint(input: string, raw: string, allowInsecureHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError({ input, problem: 'is not an absolute URL', fix: 'give a full URL such as https://auth.example.com/oauth2/introspect' });
  }
  if (url.username || url.password) {
    throw new InputError({ input, problem: 'carries credentials in the URL', fix: 'pass credentials through client-id / client-secret, not in the URL' });
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) {
    if (allowInsecureHttp) return url;
    throw new InputError({ input, problem: 'uses http:// (plain text)', fix: 'use https://, or set allow-insecure-http: true for a loopback test server' });
  }
  if (url.protocol === 'http:') {
    throw new InputError({ input, problem: `uses http:// on a non-loopback host (${url.hostname})`, fix: 'use https:// (allow-insecure-http only covers 127.0.0.1, ::1 and localhost)' });
  }
  throw new InputError({ input, problem: `has the unsupported scheme ${url.protocol}`, fix: 'use an https:// URL' });
}

const MAX_REDIRECTS = 3;

/**
 * One request. GET redirects are followed only within the same origin (at most 3); a POST is never redirected
 * (its body carries credentials). Any network failure, timeout or oversized body is a GateError naming `what`.
 */
export async function request(what: string, url: URL, init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string }, s: HttpSettings): Promise<HttpResponse> {
  const signal = AbortSignal.timeout(s.timeoutMs);
  let current = url;
  for (let hop = 0; ; hop++) {
    let res: Response;
    try {
      res = await fetch(current, {
        method: init.method,
        headers: init.headers,
        body: init.body,
        redirect: 'manual',
        signal,
        ...(s.dispatcher ? { dispatcher: s.dispatcher } : {}),
      } as RequestInit);
    } catch (e) {
      throw networkError(what, current, e, s.timeoutMs);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.has('location')) {
      await res.body?.cancel().catch(() => undefined);
      const next = new URL(res.headers.get('location')!, current);
      if (init.method !== 'GET' || next.origin !== current.origin || hop >= MAX_REDIRECTS) {
        throw new GateError({
          input: what,
          problem: `${current.origin}${current.pathname} redirected (HTTP ${res.status}) to ${next.origin}${next.pathname}, which is not followed`,
          fix: 'configure the final endpoint URL directly',
        });
      }
      current = next;
      continue;
    }
    const body = await readCapped(what, current, res, s);
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', body, url: current.href };
  }
}

async function readCapped(what: string, url: URL, res: Response, s: HttpSettings): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > s.maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge(what, url, s.maxBytes);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    if (res.body) {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.byteLength;
        if (size > s.maxBytes) {
          await res.body.cancel().catch(() => undefined);
          throw tooLarge(what, url, s.maxBytes);
        }
        chunks.push(Buffer.from(chunk));
      }
    }
  } catch (e) {
    if (e instanceof GateError) throw e;
    throw networkError(what, url, e, s.timeoutMs);
  }
  return Buffer.concat(chunks, size);
}

function tooLarge(what: string, url: URL, max: number): GateError {
  return new GateError({ input: what, problem: `${url.origin}${url.pathname} sent a response larger than ${max} bytes`, fix: 'check the endpoint URL, or raise max-response-bytes if the server is right' });
}

function networkError(what: string, url: URL, e: unknown, timeoutMs: number): GateError {
  const err = e as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  const where = `${url.origin}${url.pathname}`;
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return new GateError({ input: what, problem: `${where} did not answer within ${timeoutMs} ms`, fix: 'check that the server is up and reachable, or raise timeout' });
  }
  const code = err.cause?.code ?? err.cause?.message ?? err.message ?? 'network error';
  return new GateError({ input: what, problem: `cannot reach ${where} (${code})`, fix: 'check the URL, the network and (for private PKI) ca-file' });
}

/** The body as a JSON object, or a GateError saying the server sent something else. */
export function jsonObject(what: string, res: HttpResponse): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = JSON.parse(res.body.toString('utf8'));
  } catch {
    throw new GateError({ input: what, problem: `${new URL(res.url).pathname} answered HTTP ${res.status} with a body that is not JSON (${describeBody(res)})`, fix: 'check that the URL is the right endpoint' });
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new GateError({ input: what, problem: `${new URL(res.url).pathname} answered HTTP ${res.status} with JSON that is not an object`, fix: 'check that the URL is the right endpoint' });
  }
  return doc as Record<string, unknown>;
}

/** Content type and size only: a body may echo credentials, so it is never quoted. */
export function describeBody(res: HttpResponse): string {
  return `${res.contentType || 'no content type'}, ${res.body.length} bytes`;
}
