// How the gate proves who it is at the token and introspection endpoints: client_secret_basic, client_secret_post
// (RFC 6749 §2.3.1), private_key_jwt (RFC 7523 §2.2, an assertion signed with the client's key) or github-oidc
// (the job's GitHub OIDC ID token sent as that assertion; the server must trust GitHub's issuer for the client).
import { createPrivateKey, randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { InputError } from '../errors.ts';

export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'private_key_jwt' | 'github-oidc';

export interface ClientAuth {
  method: ClientAuthMethod;
  clientId: string;
  secret?: string;
  /** private_key_jwt: PKCS#8 PEM or a private JWK (JSON). */
  privateKey?: string;
  /** github-oidc: returns the job's ID token. */
  idToken?: () => Promise<string>;
  /** Names of the inputs these came from, for messages. */
  inputs: { clientId: string; secret: string; privateKey: string; method: string };
}

export interface AuthParts {
  headers: Record<string, string>;
  params: Record<string, string>;
  /** Values that must be masked (assertions, ID tokens). */
  secrets: string[];
}

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** RFC 6749 §2.3.1: id and secret are form-urlencoded before the Basic encoding. */
function formEncode(s: string): string {
  return encodeURIComponent(s).replace(/%20/g, '+');
}

export async function clientAuthParts(auth: ClientAuth, audience: string): Promise<AuthParts> {
  const need = (value: string | undefined, input: string, why: string): string => {
    if (value) return value;
    throw new InputError({ input, problem: `is empty but ${auth.inputs.method} is ${auth.method}`, fix: why });
  };
  switch (auth.method) {
    case 'client_secret_basic': {
      const secret = need(auth.secret, auth.inputs.secret, `give the client secret (as a secret: \${{ secrets.NAME }})`);
      return { headers: { authorization: `Basic ${Buffer.from(`${formEncode(auth.clientId)}:${formEncode(secret)}`).toString('base64')}` }, params: {}, secrets: [] };
    }
    case 'client_secret_post': {
      const secret = need(auth.secret, auth.inputs.secret, `give the client secret (as a secret: \${{ secrets.NAME }})`);
      return { headers: {}, params: { client_id: auth.clientId, client_secret: secret }, secrets: [] };
    }
    case 'private_key_jwt': {
      const pem = need(auth.privateKey, auth.inputs.privateKey, 'give the client\'s private key (PKCS#8 PEM or JWK) as a secret');
      const assertion = await signAssertion(loadKey(pem, auth.inputs.privateKey), auth.clientId, audience);
      return { headers: {}, params: { client_id: auth.clientId, client_assertion_type: JWT_BEARER, client_assertion: assertion }, secrets: [assertion] };
    }
    case 'github-oidc': {
      if (!auth.idToken) {
        throw new InputError({ input: auth.inputs.method, problem: 'github-oidc needs the GitHub Actions OIDC ID token, which is only available inside a workflow job', fix: 'run it as the action with `permissions: id-token: write`, or use another method' });
      }
      const token = await auth.idToken();
      return { headers: {}, params: { client_id: auth.clientId, client_assertion_type: JWT_BEARER, client_assertion: token }, secrets: [token] };
    }
  }
}

interface SigningKey {
  key: KeyObject;
  alg: string;
}

function loadKey(text: string, input: string): SigningKey {
  let key: KeyObject;
  try {
    const t = text.trim();
    key = t.startsWith('{') ? createPrivateKey({ key: JSON.parse(t) as import('node:crypto').JsonWebKey, format: 'jwk' }) : createPrivateKey(t);
  } catch {
    throw new InputError({ input, problem: 'is not a private key in PKCS#8 PEM or JWK form', fix: 'export the key as PKCS#8 PEM (BEGIN PRIVATE KEY) or as a private JWK' });
  }
  const type = key.asymmetricKeyType;
  if (type === 'rsa') return { key, alg: 'RS256' };
  if (type === 'ed25519') return { key, alg: 'EdDSA' };
  if (type === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve === 'prime256v1') return { key, alg: 'ES256' };
    if (curve === 'secp384r1') return { key, alg: 'ES384' };
  }
  throw new InputError({ input, problem: `holds a ${type ?? 'unknown'} key, which private_key_jwt here does not sign with`, fix: 'use an RSA, P-256, P-384 or Ed25519 key' });
}

/** RFC 7523 §3: iss = sub = client_id, aud = the server, short-lived, unique jti. */
function signAssertion(k: SigningKey, clientId: string, audience: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: k.alg, typ: 'JWT' })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(audience)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(k.key);
}

/** The form body of a request: the request's own fields plus the client's credentials. */
export function formBody(fields: Record<string, string | undefined>, auth: AuthParts): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...fields, ...auth.params })) if (v !== undefined && v !== '') p.set(k, v);
  return p.toString();
}
