// Token introspection (RFC 7662), and its signed form (RFC 9701): with `signed`, the response must be an
// `application/token-introspection+jwt` whose signature verifies against the issuer's JWKS with an asymmetric
// algorithm (no `none`, no HMAC keyed with a public key), whose `typ`, `iss`, `aud` and `iat` are right; only
// then are the claims in `token_introspection` looked at.
import { createLocalJWKSet, jwtVerify, errors as joseErrors, type JSONWebKeySet } from 'jose';
import { GateError } from '../errors.ts';
import { clientAuthParts, formBody, type ClientAuth } from './client-auth.ts';
import { describeBody, jsonObject, request, type HttpResponse, type HttpSettings } from './http.ts';
import { oauthErrorText } from './oauth-error.ts';

export type Claims = Record<string, unknown>;

export interface IntrospectionRequest {
  endpoint: URL;
  token: string;
  auth: ClientAuth;
  assertionAudience: string;
  /** RFC 9701: ask for and verify a signed response. */
  signed?: { jwksUri: URL; issuer: string; clockSkewSec: number };
}

const JWT_TYPE = 'application/token-introspection+jwt';
/** Asymmetric only: a JWKS holds public keys, so an HMAC algorithm here would be algorithm confusion. */
const SIGNED_ALGS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

export async function introspect(req: IntrospectionRequest, http: HttpSettings, onSecret: (v: string) => void): Promise<Claims> {
  const auth = await clientAuthParts(req.auth, req.assertionAudience);
  auth.secrets.forEach(onSecret);
  const res = await request('introspection-endpoint', req.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: req.signed ? JWT_TYPE : 'application/json',
      ...auth.headers,
    },
    body: formBody({ token: req.token, token_type_hint: 'access_token' }, auth),
  }, http);
  if (res.status !== 200) {
    throw new GateError({ input: 'introspection-endpoint', problem: `introspection was refused: ${oauthErrorText(res)}`, fix: 'check the introspecting client (introspection-client-id, its secret or key, introspection-auth-method) and the endpoint URL' });
  }
  if (!req.signed) return jsonObject('introspection-endpoint', res);
  return verifySigned(res, req.signed, req.auth.clientId, http);
}

async function verifySigned(res: HttpResponse, s: NonNullable<IntrospectionRequest['signed']>, clientId: string, http: HttpSettings): Promise<Claims> {
  const type = res.contentType.split(';')[0]!.trim().toLowerCase();
  if (type !== JWT_TYPE) {
    throw new GateError({ input: 'signed-response', problem: `the server answered ${describeBody(res)} instead of a signed ${JWT_TYPE}`, fix: 'enable signed introspection responses for the introspecting client (introspection_signed_response_alg), or turn signed-response off' });
  }
  const jwks = await fetchJwks(s.jwksUri, http);
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(res.body.toString('utf8').trim(), createLocalJWKSet(jwks), {
      algorithms: SIGNED_ALGS,
      typ: 'token-introspection+jwt',
      issuer: s.issuer,
      audience: clientId,
      clockTolerance: s.clockSkewSec,
      requiredClaims: ['iat'],
    }));
  } catch (e) {
    throw new GateError({ input: 'signed-response', problem: `the signed introspection response was refused: ${joseReason(e)}`, fix: 'the response was not signed by the issuer for this client; check issuer, jwks-uri and introspection-client-id, and whether something between the gate and the server alters responses' });
  }
  const inner = payload.token_introspection;
  if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) {
    throw new GateError({ input: 'signed-response', problem: 'the signed response has no token_introspection object', fix: 'check that the server implements RFC 9701' });
  }
  return inner as Claims;
}

function joseReason(e: unknown): string {
  if (e instanceof joseErrors.JOSEAlgNotAllowed) return 'its algorithm is not an allowed asymmetric one (none and HMAC are refused)';
  if (e instanceof joseErrors.JWSSignatureVerificationFailed) return 'the signature does not verify';
  if (e instanceof joseErrors.JWKSNoMatchingKey) return 'no key of the issuer\'s JWKS matches it';
  if (e instanceof joseErrors.JWTClaimValidationFailed) return `claim ${e.claim} ${e.reason === 'missing' ? 'is missing' : 'is wrong'} (${e.message})`;
  if (e instanceof joseErrors.JWTExpired) return 'it has expired';
  if (e instanceof joseErrors.JOSEError) return `${e.code}: ${e.message}`;
  return e instanceof Error ? e.message : 'not a JWT';
}

async function fetchJwks(url: URL, http: HttpSettings): Promise<JSONWebKeySet> {
  const res = await request('jwks-uri', url, { method: 'GET', headers: { accept: 'application/json, application/jwk-set+json' } }, http);
  if (res.status !== 200) throw new GateError({ input: 'jwks-uri', problem: `${url.origin}${url.pathname} answered HTTP ${res.status}`, fix: 'check jwks-uri (or the issuer metadata\'s jwks_uri)' });
  const doc = jsonObject('jwks-uri', res);
  if (!Array.isArray(doc.keys)) throw new GateError({ input: 'jwks-uri', problem: 'the JWKS has no keys array', fix: 'check jwks-uri' });
  return doc as unknown as JSONWebKeySet;
}
