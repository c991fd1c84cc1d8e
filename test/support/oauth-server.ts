// A real OAuth 2.0 authorization server on 127.0.0.1 for the gate's tests: oidc-provider with client
// credentials, introspection (plain and RFC 9701 signed), resource indicators (RFC 8707), revocation and opaque
// tokens whose `artifact_digest` claim is whatever the test approved when the token was issued.
// Client secrets are random per run; nothing credential-shaped lives in the repository.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportPKCS8, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

export interface TestClient {
  id: string;
  secret: string;
}

export interface OAuthServer {
  issuer: string;
  port: number;
  /** Issues tokens with the digest claim (deployer), authenticates with client_secret_basic. */
  deployer: TestClient;
  /** Introspects with client_secret_basic / client_secret_post / client_secret_basic + signed responses. */
  gateBasic: TestClient;
  gatePost: TestClient;
  gateSigned: TestClient;
  /** private_key_jwt clients (token endpoint / introspection), both registered with the public half of `clientKeyPem`. */
  deployerJwt: string;
  gateJwt: string;
  /** PKCS#8 PEM of the private_key_jwt clients' key (generated per run). */
  clientKeyPem: string;
  /** The digest claim of tokens issued from now on (string, array, or undefined for none). */
  approve(value: unknown): void;
  /** Extra claims of tokens issued from now on. */
  setExtra(extra: Record<string, unknown>): void;
  /** Lifetime of tokens issued from now on. */
  setTtl(seconds: number): void;
  /** A token issued to the deployer with the client-credentials grant. */
  issueToken(resource: string, scope: string, authorizationDetails?: object[]): Promise<string>;
  revoke(token: string): Promise<void>;
  close(): Promise<void>;
}

export const RESOURCE = 'https://deploy.example.test/';
export const OTHER_RESOURCE = 'https://other.example.test/';

const secret = () => randomBytes(24).toString('base64url');

/** `tls`: serve HTTPS with this key and certificate (for 127.0.0.1), so the issuer is an https:// URL. */
export async function startOAuthServer(opts: { tls?: { key: string; cert: string } } = {}): Promise<OAuthServer> {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_q, r) => r.end();
  const http: Server = opts.tls ? createHttpsServer(opts.tls, (q, r) => handler(q, r)) : createServer((q, r) => handler(q, r));
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const port = (http.address() as AddressInfo).port;
  const issuer = `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}`;

  const deployer = { id: 'deployer', secret: secret() };
  const gateBasic = { id: 'gate-basic', secret: secret() };
  const gatePost = { id: 'gate-post', secret: secret() };
  const gateSigned = { id: 'gate-signed', secret: secret() };
  let approved: unknown;
  let extra: Record<string, unknown> = {};
  let ttl = 300;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'gate-test', alg: 'RS256', use: 'sig' };

  const client = await generateKeyPair('ES256', { extractable: true });
  const clientJwk = { ...(await exportJWK(client.publicKey)), kid: 'client-key', alg: 'ES256', use: 'sig' };
  const clientKeyPem = await exportPKCS8(client.privateKey);
  const base = { grant_types: ['client_credentials'], redirect_uris: [], response_types: [] };
  const provider = new Provider(issuer, {
    clients: [
      { ...base, client_id: deployer.id, client_secret: deployer.secret, token_endpoint_auth_method: 'client_secret_basic', scope: 'deploy read', authorization_details_types: ['deployment'] },
      { ...base, client_id: gateBasic.id, client_secret: gateBasic.secret, token_endpoint_auth_method: 'client_secret_basic' },
      { ...base, client_id: gatePost.id, client_secret: gatePost.secret, token_endpoint_auth_method: 'client_secret_post' },
      { ...base, client_id: 'deployer-jwt', token_endpoint_auth_method: 'private_key_jwt', token_endpoint_auth_signing_alg: 'ES256', jwks: { keys: [clientJwk] }, scope: 'deploy read' },
      { ...base, client_id: 'gate-jwt', token_endpoint_auth_method: 'private_key_jwt', token_endpoint_auth_signing_alg: 'ES256', jwks: { keys: [clientJwk] } },
      { ...base, client_id: gateSigned.id, client_secret: gateSigned.secret, token_endpoint_auth_method: 'client_secret_basic', introspection_signed_response_alg: 'RS256' },
    ],
    jwks: { keys: [jwk] },
    scopes: ['deploy', 'read'],
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      jwtIntrospection: { enabled: true },
      revocation: { enabled: true },
      // RFC 9396: the details a client asks for are granted as asked and shown by introspection.
      richAuthorizationRequests: {
        enabled: true,
        types: { deployment: { validate: () => undefined } },
        authorizationDetailsForGrantSource: () => undefined,
        authorizationDetailsForAccessToken: (ctx: { oidc: { params: { authorization_details?: string } } }) => JSON.parse(ctx.oidc.params.authorization_details ?? '[]') as unknown,
        authorizationDetailsForIntrospection: (_ctx: unknown, token: { rar?: unknown }) => token.rar,
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: 'deploy read', accessTokenFormat: 'opaque', accessTokenTTL: ttl }),
      },
    },
    extraTokenClaims: () => (approved === undefined ? { ...extra } : { ...extra, artifact_digest: approved }),
  });
  handler = provider.callback();

  const basic = (c: TestClient) => `Basic ${Buffer.from(`${encodeURIComponent(c.id)}:${encodeURIComponent(c.secret)}`).toString('base64')}`;
  return {
    issuer,
    port,
    deployer,
    gateBasic,
    gatePost,
    gateSigned,
    deployerJwt: 'deployer-jwt',
    gateJwt: 'gate-jwt',
    clientKeyPem,
    approve: (v) => (approved = v),
    setExtra: (e) => (extra = e),
    setTtl: (s) => (ttl = s),
    async issueToken(resource, scope, authorizationDetails) {
      const res = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: { authorization: basic(deployer), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', resource, scope, ...(authorizationDetails ? { authorization_details: JSON.stringify(authorizationDetails) } : {}) }).toString(),
      });
      const doc = (await res.json()) as { access_token?: string; error?: string; error_description?: string };
      if (!doc.access_token) throw new Error(`token request failed: ${doc.error} ${doc.error_description}`);
      return doc.access_token;
    },
    async revoke(token) {
      const res = await fetch(`${issuer}/token/revocation`, {
        method: 'POST',
        headers: { authorization: basic(deployer), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token }).toString(),
      });
      if (res.status !== 200) throw new Error(`revocation failed: ${res.status}`);
    },
    close: () => new Promise<void>((r) => { http.closeAllConnections(); http.close(() => r()); }),
  };
}
