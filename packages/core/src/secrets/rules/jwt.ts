// JSON Web Tokens: three base64url parts whose header decodes to JSON with a signing `alg`.
// Unsigned (`alg: none`) tokens carry no secret and are dropped.
import type { SecretRule } from '../types.ts';
import { rule, rx, BD } from './define.ts';
import { jwtFollows } from './near.ts';

/** Decodes the JOSE header and checks it names a real signing algorithm. */
export function signedJwtHeader(token: string): boolean {
  const [head, , sig] = token.split('.');
  if (!head || !sig) return false;
  try {
    const json: unknown = JSON.parse(Buffer.from(head, 'base64url').toString('utf8'));
    if (typeof json !== 'object' || json === null) return false;
    const alg = (json as Record<string, unknown>).alg;
    return typeof alg === 'string' && alg.length > 0 && alg.toLowerCase() !== 'none';
  } catch {
    return false;
  }
}

export const JWT_RULES: readonly SecretRule[] = [
  rule({
    id: 'jwt',
    severity: 'medium',
    family: 'jwt',
    description: 'Signed JSON Web Token (header with alg, payload, non-empty signature). Often a bearer credential for an API or session.',
    remediation:
      'Treat the token as leaked: revoke the session or refresh token that minted it, and rotate the signing key if the token grants long-lived access. ' +
      'Never commit real tokens in fixtures; build them at test time with a throwaway key.',
    keywords: ['eyj'],
    near: jwtFollows,
    pattern: rx()`${BD}eyJ[A-Za-z0-9_-]{8,4000}\.eyJ[A-Za-z0-9_-]{4,16000}\.[A-Za-z0-9_-]{16,1400}(?![A-Za-z0-9_.-])`,
    reject: (secret) => !signedJwtHeader(secret),
    confidence: 0.7,
    tags: ['jwt'],
  }),
];
