// Authorization server metadata (RFC 8414): `/.well-known/oauth-authorization-server` inserted before the
// issuer's path, then OpenID Connect discovery (`<issuer>/.well-known/openid-configuration`) for servers that
// only publish that. The document's `issuer` must equal the configured one (RFC 8414 §3.3).
import { GateError } from '../errors.ts';
import { checkEndpoint, jsonObject, request, type HttpSettings } from './http.ts';

export interface ServerMetadata {
  issuer: string;
  token_endpoint?: string;
  introspection_endpoint?: string;
  jwks_uri?: string;
}

export function metadataUrls(issuer: URL): URL[] {
  const path = issuer.pathname === '/' ? '' : issuer.pathname.replace(/\/$/, '');
  return [
    new URL(`${issuer.origin}/.well-known/oauth-authorization-server${path}`),
    new URL(`${issuer.origin}${path}/.well-known/openid-configuration`),
  ];
}

export async function discover(issuer: URL, issuerId: string, http: HttpSettings): Promise<ServerMetadata> {
  const tried: string[] = [];
  for (const url of metadataUrls(issuer)) {
    const res = await request('issuer', url, { method: 'GET', headers: { accept: 'application/json' } }, http);
    if (res.status === 404) {
      tried.push(url.pathname);
      continue;
    }
    if (res.status !== 200) {
      throw new GateError({ input: 'issuer', problem: `metadata at ${url.origin}${url.pathname} answered HTTP ${res.status}`, fix: 'check the issuer URL and that the server is healthy' });
    }
    const doc = jsonObject('issuer', res);
    if (doc.issuer !== issuerId) {
      throw new GateError({ input: 'issuer', problem: `the metadata names a different issuer (${String(doc.issuer).slice(0, 200)})`, fix: 'set issuer to exactly the issuer the server publishes' });
    }
    const str = (k: string) => (typeof doc[k] === 'string' ? (doc[k] as string) : undefined);
    return { issuer: String(doc.issuer), token_endpoint: str('token_endpoint'), introspection_endpoint: str('introspection_endpoint'), jwks_uri: str('jwks_uri') };
  }
  throw new GateError({ input: 'issuer', problem: `publishes no authorization server metadata (404 at ${tried.join(' and ')})`, fix: 'set introspection-endpoint (and token-endpoint / jwks-uri) explicitly' });
}

/** An endpoint from the metadata, checked like an input. */
export function metadataEndpoint(meta: ServerMetadata, key: 'token_endpoint' | 'introspection_endpoint' | 'jwks_uri', input: string, allowInsecureHttp: boolean): URL {
  const v = meta[key];
  if (!v) throw new GateError({ input, problem: `is not given and the issuer metadata has no ${key}`, fix: `set ${input} explicitly` });
  return checkEndpoint(input, v, allowInsecureHttp);
}
