// oauth-signature-gate's options, declared once: action.yml, the runner, the CLI and .bulkhead.yml follow it.
import type { ActionDecl } from '../options/types.ts';

const AUTH_METHODS = ['client_secret_basic', 'client_secret_post', 'private_key_jwt', 'github-oidc'] as const;

export const OAUTH_SIGNATURE_GATE_DECL = {
  name: 'oauth-signature-gate',
  title: 'Bulkhead oauth-signature-gate',
  description:
    "Holds a deployment until an OAuth 2.0 authorization server, asked through token introspection (RFC 7662, optionally signed per RFC 9701), vouches for the artifact's SHA-256. Fails closed.",
  summary: "Open only when an OAuth server's introspection vouches for the artifact's SHA-256 digest.",
  usage: 'bulkhead oauth-signature-gate ARTIFACT --issuer URL [--client-id ID --client-secret S | --token T] [flags]',
  options: [
    {
      name: 'artifact',
      type: 'globs',
      anywhere: true,
      required: true,
      positional: true,
      description:
        'The artifact: one file (its SHA-256), or a directory or globs (the SHA-256 of the canonical manifest of the files; see the README). Relative to the workspace.',
    },
    { name: 'issuer', type: 'string', description: 'Authorization server issuer URL: the expected `iss`, and where RFC 8414 metadata is discovered when an endpoint is not given.' },
    { name: 'introspection-endpoint', type: 'string', description: 'Token introspection endpoint (RFC 7662). Default: from the issuer metadata.' },
    { name: 'token', type: 'string', secret: true, description: 'An access token to introspect. Empty: obtain one with the client-credentials grant.' },
    { name: 'token-endpoint', type: 'string', description: 'Token endpoint for the client-credentials grant. Default: from the issuer metadata.' },
    { name: 'client-id', type: 'string', description: 'Client id for the client-credentials grant.' },
    { name: 'client-secret', type: 'string', secret: true, description: 'Client secret (client_secret_basic / client_secret_post).' },
    {
      name: 'client-auth-method',
      type: 'enum',
      values: AUTH_METHODS,
      default: 'client_secret_basic',
      description:
        "How the client authenticates at the token endpoint: client_secret_basic, client_secret_post, private_key_jwt (client-private-key signs an RFC 7523 assertion) or github-oidc (the job's GitHub OIDC ID token is the client assertion; needs `id-token: write`).",
    },
    { name: 'client-private-key', type: 'string', secret: true, description: 'Private key (PKCS#8 PEM or a private JWK as JSON) for private_key_jwt.' },
    { name: 'introspection-client-id', type: 'string', description: "Client id the gate introspects as. Default: client-id." },
    { name: 'introspection-client-secret', type: 'string', secret: true, description: "Secret of the introspecting client. Default: client-secret." },
    {
      name: 'introspection-auth-method',
      type: 'enum',
      values: AUTH_METHODS,
      description: 'How the introspecting client authenticates (same values as client-auth-method). Default: client-auth-method.',
    },
    { name: 'introspection-private-key', type: 'string', secret: true, description: 'Private key of the introspecting client for private_key_jwt. Default: client-private-key.' },
    { name: 'oidc-audience', type: 'string', surface: 'action', description: "Audience of the GitHub OIDC ID token for github-oidc. Default: issuer, else GitHub's default (the repository owner's URL)." },
    { name: 'resource', type: 'string', description: 'Resource indicator (RFC 8707) sent with the client-credentials grant.' },
    { name: 'scope', type: 'string', description: 'Scope requested with the client-credentials grant.' },
    { name: 'required-scope', type: 'string', description: 'A scope the introspected token must carry (space-separated list: all of them).' },
    { name: 'audience', type: 'string', description: 'A value the token\'s `aud` must contain. Default: resource, when given.' },
    { name: 'allowed-client-ids', type: 'list', description: 'When set, the token\'s `client_id` must be one of these.' },
    { name: 'allowed-subjects', type: 'list', description: 'When set, the token\'s `sub` must be one of these.' },
    {
      name: 'digest-claim',
      type: 'string',
      default: 'artifact_digest',
      description: 'Claim holding the approved digest(s): a `sha256:<hex>` string or an array of them. RFC 9396 `authorization_details` entries carrying a digest are accepted too.',
    },
    { name: 'signed-response', type: 'boolean', default: 'false', description: 'Ask for a signed introspection response (RFC 9701) and verify it against the issuer\'s JWKS before trusting any claim.' },
    { name: 'jwks-uri', type: 'string', description: "JWKS used to verify signed responses. Default: the issuer metadata's jwks_uri." },
    { name: 'wait-timeout', type: 'duration', default: '0', description: 'Keep polling (with backoff and jitter) until the digest is approved or this much time has passed; 0 decides once.' },
    { name: 'poll-interval', type: 'duration', default: '10s', min: 100, description: 'First wait between polls; it grows up to 4x with jitter.' },
    { name: 'timeout', type: 'duration', default: '15s', min: 1, description: 'Timeout of each HTTP request.' },
    { name: 'max-response-bytes', type: 'bytes', default: '1MiB', min: 1024, description: 'Largest response body accepted from any endpoint.' },
    { name: 'clock-skew', type: 'duration', default: '60s', description: 'Allowance when checking exp, nbf and iat.' },
    { name: 'expected-digest', type: 'string', description: 'A second source: the artifact digest must also equal this `sha256:<hex>` (e.g. upload-artifact\'s artifact-digest).' },
    { name: 'attestation-bundle', type: 'string', description: 'A Sigstore attestation bundle to require as a second source. Not verified by this version: giving it closes the gate (see the README).' },
    { name: 'allow-insecure-http', type: 'boolean', default: 'false', description: 'Allow http:// endpoints on loopback hosts (127.0.0.0/8, ::1, localhost) only; for tests.' },
    { name: 'ca-file', type: 'string', description: 'PEM file of extra CA certificates trusted for every endpoint (private PKI).' },
    { name: 'report-file', type: 'string', description: 'Where to write the JSON report. Action default: $RUNNER_TEMP/bulkhead-oauth-signature-gate.json.' },
    { name: 'format', type: 'enum', values: ['text', 'json'], default: 'text', surface: 'cli', description: 'Output format.' },
  ],
  outputs: [
    { name: 'digest', description: 'The artifact digest, `sha256:<hex>` (the form of upload-artifact\'s artifact-digest and attestation subjects).' },
    { name: 'approved', description: '`true` when the gate opened.' },
    { name: 'subject', description: 'Who vouched: the token\'s `sub`, else its `client_id`.' },
    { name: 'expires-at', description: 'Expiry of the vouching token (ISO 8601), when it has one.' },
    { name: 'report-file', description: 'Path of the JSON report.' },
  ],
} as const satisfies ActionDecl;

export type OauthSignatureGateDecl = typeof OAUTH_SIGNATURE_GATE_DECL;
