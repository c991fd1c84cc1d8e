// The gate: hash the artifact, then ask the authorization server (once, or polling with backoff and jitter
// until wait-timeout) whether an active token vouches for that digest. Opens only when every check passes;
// every error while deciding counts as "closed" (InputErrors are thrown: the configuration cannot work).
import { BulkheadError, InputError } from '../errors.ts';
import { digestArtifact, type ArtifactDigest } from './artifact.ts';
import { checkClaims, type Check } from './claims.ts';
import { discover, metadataEndpoint, type ServerMetadata } from './discovery.ts';
import { introspect, type Claims } from './introspect.ts';
import { trustCaFile } from './ca.ts';
import { attestationUnsupported, gateSettings, type GateOptions, type GateSettings } from './settings.ts';
import { clientCredentials } from './token.ts';

export interface GateDeps {
  /** Base for relative artifact paths (the workspace). */
  cwd: string;
  /** Progress lines (never a secret). */
  log: (line: string) => void;
  /** Called with every credential the gate obtains or creates, before it is used (the runner masks it). */
  onSecret?: (value: string) => void;
  /** The GitHub Actions OIDC ID token for an audience (github-oidc); only the runner can give it. */
  idToken?: (audience: string) => Promise<string>;
  /** Clock and timers, replaceable in tests of the schedule. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface PollRecord {
  /** ISO time of the poll. */
  at: string;
  approved: boolean;
  /** One line: what was decided or what went wrong. */
  outcome: string;
}

export interface Approval {
  clientId?: string;
  sub?: string;
  iss?: string;
  /** ISO 8601. */
  expiresAt?: string;
}

export interface GateResult {
  approved: boolean;
  artifact: ArtifactDigest;
  /** One line: why the gate is closed, or who opened it. */
  reason: string;
  /** The checks of the last poll that got an answer. */
  checks: Check[];
  /** Second-source checks (expected-digest, attestation-bundle). */
  sources: Check[];
  polls: PollRecord[];
  approval?: Approval;
  /** When the last poll failed on an error: how to fix it. */
  fix?: string;
  durationMs: number;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function runGate(options: GateOptions, deps: GateDeps): Promise<GateResult> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? realSleep;
  const random = deps.random ?? Math.random;
  const onSecret = deps.onSecret ?? (() => undefined);
  const started = now();
  const settings = gateSettings(options, deps.idToken, options['oidc-audience']);
  if (settings.token) onSecret(settings.token);
  const caFile = options['ca-file']?.trim();
  if (caFile) deps.log(`ca-file: trusting ${await trustCaFile(deps.cwd, caFile)} extra CA certificate(s) from ${caFile}`);

  const artifact = await digestArtifact(deps.cwd, options.artifact);
  deps.log(`artifact: ${artifact.digest} (${artifact.kind === 'file' ? 'one file' : `manifest of ${artifact.files} files`}, ${artifact.bytes} bytes)`);

  const sources = secondSources(options, settings, artifact);
  const result = (approved: boolean, reason: string, checks: Check[], polls: PollRecord[], approval?: Approval): GateResult => ({
    approved, artifact, reason, checks, sources, polls, approval, durationMs: now() - started,
  });
  const failedSource = sources.find((s) => !s.ok);
  if (failedSource) return result(false, `${failedSource.name}: ${failedSource.detail}`, [], []);

  const ask = asker(settings, options, onSecret, now);
  const polls: PollRecord[] = [];
  const deadline = started + options['wait-timeout'];
  let interval = options['poll-interval'];
  let lastChecks: Check[] = [];
  let lastFix: string | undefined;
  for (let n = 1; ; n++) {
    let outcome: { approved: boolean; line: string; fix?: string; checks?: Check[]; claims?: Claims };
    try {
      outcome = await ask(artifact.hex);
    } catch (e) {
      if (e instanceof InputError || !(e instanceof BulkheadError)) throw e;
      outcome = { approved: false, line: e.input ? `${e.input}: ${e.problem}` : e.problem, fix: e.fix };
    }
    lastFix = outcome.fix;
    if (outcome.checks) lastChecks = outcome.checks;
    polls.push({ at: new Date(now()).toISOString(), approved: outcome.approved, outcome: outcome.line });
    if (outcome.approved) {
      deps.log(`poll ${n}: approved (${outcome.line})`);
      const c = outcome.claims!;
      const approval: Approval = {
        clientId: typeof c.client_id === 'string' ? c.client_id : undefined,
        sub: typeof c.sub === 'string' ? c.sub : undefined,
        iss: typeof c.iss === 'string' ? c.iss : undefined,
        expiresAt: typeof c.exp === 'number' ? new Date(c.exp * 1000).toISOString() : undefined,
      };
      return result(true, `approved by ${approval.sub ?? approval.clientId ?? 'the token'}${approval.expiresAt ? ` until ${approval.expiresAt}` : ''}`, lastChecks, polls, approval);
    }
    const remaining = deadline - now();
    if (remaining <= 0) {
      deps.log(`poll ${n}: closed (${outcome.line})`);
      const waited = options['wait-timeout'] > 0 ? ` after waiting ${Math.round((now() - started) / 1000)} s (${n} polls)` : '';
      return { ...result(false, `${outcome.line}${waited}`, lastChecks, polls), fix: lastFix };
    }
    // Jitter of +-20% spreads gates started together; the wait grows 1.5x per poll up to 4x the interval.
    const delay = Math.max(0, Math.min(interval * (0.8 + 0.4 * random()), remaining));
    deps.log(`poll ${n}: not approved (${outcome.line}); next poll in ${(delay / 1000).toFixed(1)} s`);
    await sleep(delay);
    interval = Math.min(interval * 1.5, options['poll-interval'] * 4);
  }
}

function secondSources(o: GateOptions, s: GateSettings, a: ArtifactDigest): GateResult['sources'] {
  const out: Check[] = [];
  if (s.expectedDigest) {
    const ok = s.expectedDigest === a.hex;
    out.push({ name: 'expected-digest', ok, detail: ok ? `equals ${a.digest}` : `is sha256:${s.expectedDigest}, but the artifact is ${a.digest}` });
  }
  const bundle = o['attestation-bundle']?.trim();
  if (bundle) out.push({ name: 'attestation-bundle', ok: false, detail: attestationUnsupported(bundle).problem });
  return out;
}

/** One question to the server per call: (token), introspection, checks. Metadata is discovered once. */
function asker(s: GateSettings, o: GateOptions, onSecret: (v: string) => void, now: () => number) {
  let meta: ServerMetadata | undefined;
  const metadata = async (): Promise<ServerMetadata> => (meta ??= await discover(s.issuer!, s.issuerId!, s.http));
  const endpoint = async (given: URL | undefined, key: 'token_endpoint' | 'introspection_endpoint' | 'jwks_uri', input: string): Promise<URL> =>
    given ?? metadataEndpoint(await metadata(), key, input, s.http.allowInsecureHttp);

  return async (digestHex: string) => {
    let token = s.token;
    if (!token) {
      const tokenEndpoint = await endpoint(s.tokenEndpoint, 'token_endpoint', 'token-endpoint');
      token = (await clientCredentials({ endpoint: tokenEndpoint, auth: s.client!, assertionAudience: s.issuerId ?? tokenEndpoint.href, resource: s.resource, scope: s.scope }, s.http, onSecret)).accessToken;
    }
    const introspectionEndpoint = await endpoint(s.introspectionEndpoint, 'introspection_endpoint', 'introspection-endpoint');
    const claims = await introspect({
      endpoint: introspectionEndpoint,
      token,
      auth: s.introspectionClient,
      assertionAudience: s.issuerId ?? introspectionEndpoint.href,
      signed: s.signed ? { jwksUri: await endpoint(s.jwksUri, 'jwks_uri', 'jwks-uri'), issuer: s.issuerId!, clockSkewSec: o['clock-skew'] / 1000 } : undefined,
    }, s.http, onSecret);
    const checks = checkClaims(claims, {
      digest: digestHex,
      digestClaim: o['digest-claim'],
      issuer: s.issuerId,
      audience: s.audience,
      requiredScopes: (o['required-scope'] ?? '').split(/\s+/).filter(Boolean),
      allowedClientIds: o['allowed-client-ids'] ?? [],
      allowedSubjects: o['allowed-subjects'] ?? [],
      clockSkewSec: o['clock-skew'] / 1000,
      nowSec: Math.floor(now() / 1000),
    });
    const failed = checks.filter((c) => !c.ok);
    const line = failed.length === 0 ? checks.find((c) => c.name === 'digest')!.detail : failed.map((c) => `${c.name}: ${c.detail}`).join('; ');
    const fix = failed.some((c) => c.name === 'digest' || c.name === 'active')
      ? `have the authorization server vouch for sha256:${digestHex} (an active token whose ${o['digest-claim']} claim carries it), or set wait-timeout to wait for the approval`
      : 'align issuer, audience, required-scope and the allow-lists with the tokens the server issues, or fix the client registration';
    return { approved: failed.length === 0, line, checks, claims, fix };
  };
}
