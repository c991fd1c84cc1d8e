// The client-credentials grant (RFC 6749 §4.4) with an optional resource indicator (RFC 8707) and scope.
import { GateError } from '../errors.ts';
import { clientAuthParts, formBody, type ClientAuth } from './client-auth.ts';
import { jsonObject, request, type HttpSettings } from './http.ts';
import { oauthErrorText } from './oauth-error.ts';

export interface TokenRequest {
  endpoint: URL;
  auth: ClientAuth;
  /** Audience of a private_key_jwt assertion: the issuer when known, else the endpoint. */
  assertionAudience: string;
  resource?: string;
  scope?: string;
}

export interface IssuedToken {
  accessToken: string;
  /** Credentials sent (assertions), to be masked along with the token. */
  secrets: string[];
}

export async function clientCredentials(req: TokenRequest, http: HttpSettings, onSecret: (v: string) => void): Promise<IssuedToken> {
  const auth = await clientAuthParts(req.auth, req.assertionAudience);
  auth.secrets.forEach(onSecret);
  const body = formBody({ grant_type: 'client_credentials', scope: req.scope, resource: req.resource }, auth);
  const res = await request('token-endpoint', req.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...auth.headers },
    body,
  }, http);
  if (res.status !== 200) {
    throw new GateError({ input: 'token-endpoint', problem: `the client-credentials grant was refused: ${oauthErrorText(res)}`, fix: 'check client-id, the client secret or key, client-auth-method, scope and resource against the client registered at the server' });
  }
  const doc = jsonObject('token-endpoint', res);
  if (typeof doc.access_token !== 'string' || doc.access_token === '') {
    throw new GateError({ input: 'token-endpoint', problem: 'the token response has no access_token', fix: 'check that token-endpoint is the server\'s token endpoint' });
  }
  onSecret(doc.access_token);
  return { accessToken: doc.access_token, secrets: auth.secrets };
}
