// Options -> the gate's settings, checked before anything is hashed or sent: which endpoints (validated URLs,
// or discovered later from the issuer), which credentials, which claims are required.
import { GateError, InputError } from '../errors.ts';
import type { ParsedOptions } from '../options/types.ts';
import { parseDigestTag } from '../digest/index.ts';
import type { ClientAuth, ClientAuthMethod } from './client-auth.ts';
import type { OauthSignatureGateDecl } from './decl.ts';
import { checkEndpoint, type HttpSettings } from './http.ts';

export type GateOptions = ParsedOptions<OauthSignatureGateDecl>;

export interface GateSettings {
  issuer?: URL;
  /** The issuer exactly as given: what `iss` and the metadata's `issuer` must equal. */
  issuerId?: string;
  introspectionEndpoint?: URL;
  tokenEndpoint?: URL;
  jwksUri?: URL;
  /** A given token; otherwise one is obtained per poll with the client-credentials grant. */
  token?: string;
  client?: ClientAuth;
  introspectionClient: ClientAuth;
  resource?: string;
  scope?: string;
  signed: boolean;
  http: HttpSettings;
  expectedDigest?: string;
  audience?: string;
}

const opt = (v: string | undefined): string | undefined => (v === undefined || v.trim() === '' ? undefined : v.trim());

export function gateSettings(o: GateOptions, idToken?: (audience: string) => Promise<string>, oidcAudience?: string): GateSettings {
  const insecure = o['allow-insecure-http'];
  const url = (name: 'issuer' | 'introspection-endpoint' | 'token-endpoint' | 'jwks-uri') => {
    const v = opt(o[name]);
    return v === undefined ? undefined : checkEndpoint(name, v, insecure);
  };
  const issuer = url('issuer');
  const introspectionEndpoint = url('introspection-endpoint');
  const tokenEndpoint = url('token-endpoint');
  const jwksUri = url('jwks-uri');
  if (!issuer && !introspectionEndpoint) {
    throw new InputError({ input: 'issuer', problem: 'neither issuer nor introspection-endpoint is set', fix: 'set issuer (endpoints are discovered from its metadata) or introspection-endpoint' });
  }
  if (o['signed-response'] && !issuer) {
    throw new InputError({ input: 'issuer', problem: 'signed-response needs the issuer the signature must come from', fix: 'set issuer' });
  }
  const clientId = opt(o['client-id']);
  const method = o['client-auth-method'] as ClientAuthMethod;
  const fetchIdToken = idToken ? () => idToken(opt(oidcAudience) ?? opt(o.issuer) ?? '') : undefined;
  const client: ClientAuth | undefined = clientId
    ? { method, clientId, secret: opt(o['client-secret']), privateKey: opt(o['client-private-key']), idToken: fetchIdToken, inputs: { clientId: 'client-id', secret: 'client-secret', privateKey: 'client-private-key', method: 'client-auth-method' } }
    : undefined;
  const token = opt(o.token);
  if (!token && !client) {
    throw new InputError({ input: 'token', problem: 'no token and no client-id to obtain one', fix: 'give token, or client-id with client-secret (client-credentials grant)' });
  }
  if (!token && !tokenEndpoint && !issuer) {
    throw new InputError({ input: 'token-endpoint', problem: 'no token-endpoint and no issuer to discover it from', fix: 'set token-endpoint or issuer' });
  }
  const introspectionId = opt(o['introspection-client-id']) ?? clientId;
  if (!introspectionId) {
    throw new InputError({ input: 'introspection-client-id', problem: 'no client to introspect as', fix: 'set introspection-client-id (and its secret), or client-id' });
  }
  // The introspecting client's credentials default to the client's (as the inputs document).
  const introspectionClient: ClientAuth = {
    method: (o['introspection-auth-method'] ?? method) as ClientAuthMethod,
    clientId: introspectionId,
    secret: opt(o['introspection-client-secret']) ?? opt(o['client-secret']),
    privateKey: opt(o['introspection-private-key']) ?? opt(o['client-private-key']),
    idToken: fetchIdToken,
    inputs: { clientId: 'introspection-client-id', secret: 'introspection-client-secret', privateKey: 'introspection-private-key', method: 'introspection-auth-method' },
  };
  let expectedDigest: string | undefined;
  const expected = opt(o['expected-digest']);
  if (expected !== undefined) {
    expectedDigest = parseDigestTag(expected);
    if (!expectedDigest) throw new InputError({ input: 'expected-digest', problem: 'is not a SHA-256 digest', fix: 'give sha256:<64 hex digits>, as upload-artifact\'s artifact-digest output' });
  }
  return {
    issuer,
    issuerId: opt(o.issuer),
    introspectionEndpoint,
    tokenEndpoint,
    jwksUri,
    token,
    client,
    introspectionClient,
    resource: opt(o.resource),
    scope: opt(o.scope),
    signed: o['signed-response'],
    http: { timeoutMs: o.timeout, maxBytes: o['max-response-bytes'], allowInsecureHttp: insecure },
    expectedDigest,
    audience: opt(o.audience) ?? opt(o.resource),
  };
}

export function attestationUnsupported(path: string): GateError {
  return new GateError({
    input: 'attestation-bundle',
    problem: `${path} was given, but this version does not verify Sigstore attestation bundles, so it cannot count as a second source`,
    fix: 'remove attestation-bundle and use expected-digest (or verify the bundle with `gh attestation verify` in an earlier step)',
  });
}
