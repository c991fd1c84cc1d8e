// Seeded generator of synthetic, format-valid secrets for every built-in rule, and of hard
// negatives. Everything is assembled at run time from split prefixes and random parts, so this
// file contains no credential-shaped literal (the repo must scan clean).
import { withBase62Checksum, BUILTIN_RULES, shannonEntropy } from '@bulkhead/core';

export type Rng = () => number;

/** mulberry32: tiny, fast, good enough for test data; same seed -> same corpus. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LO = 'abcdefghijklmnopqrstuvwxyz';
const DIG = '0123456789';
export const CS = {
  alnum: UP + LO + DIG,
  lowerAlnum: LO + DIG,
  upperAlnum: UP + DIG,
  hex: '0123456789abcdef',
  b64: UP + LO + DIG + '+/',
  b64url: UP + LO + DIG + '-_',
  base32: UP + '234567',
  letters: UP + LO,
  digits: DIG,
};

export const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
export function chars(rng: Rng, set: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += set[Math.floor(rng() * set.length)];
  return s;
}
export const hex = (rng: Rng, n: number) => chars(rng, CS.hex, n);
/** `n` characters of `set` whose Shannon entropy lies in [lo, hi) and that `accept` takes, drawn until one does. */
export function charsWithEntropy(rng: Rng, set: string, n: number, lo: number, hi: number, accept: (s: string) => boolean = () => true): string {
  for (;;) {
    const s = chars(rng, set, n);
    const h = shannonEntropy(s);
    if (h >= lo && h < hi && accept(s)) return s;
  }
}
export const alnum = (rng: Rng, n: number) => chars(rng, CS.alnum, n);
export function bytes(rng: Rng, n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(rng() * 256);
  return b;
}
export const uuid = (rng: Rng) => `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-${pick(rng, ['8', '9', 'a', 'b'])}${hex(rng, 3)}-${hex(rng, 12)}`;
/** Joins parts so no full prefix literal appears in source. */
const J = (...p: string[]) => p.join('');
const b64json = (o: unknown, url = true) => Buffer.from(JSON.stringify(o)).toString(url ? 'base64url' : 'base64');
const word = (rng: Rng) => pick(rng, ['alpha', 'orbit', 'cedar', 'delta', 'ember', 'falcon', 'garnet', 'harbor', 'indigo', 'juniper', 'kestrel', 'lumen']);

export interface Generated {
  /** Exactly what the rule reports (its `secret` group, or the whole match). */
  secret: string;
  /** The secret in the context the rule needs (one or more lines). */
  text: string;
}
type Gen = (rng: Rng) => Generated;
const same = (secret: string, text = secret): Generated => ({ secret, text });
/** `NAME=value` env-file style context. */
const env = (name: string, secret: string): Generated => ({ secret, text: `${name}=${secret}` });
/** Random case/quote style for a prefixed token in code. */
function inCode(rng: Rng, name: string, secret: string): Generated {
  const t = pick(rng, [
    `const ${name} = "${secret}";`,
    `${name}: "${secret}"`,
    `${name} = '${secret}'`,
    `export ${name.toUpperCase()}=${secret}`,
    `  "${name}": "${secret}",`,
    `headers["X-Token"] = "${secret}"`,
  ]);
  return { secret, text: t };
}

// ---- PEM and friends ---------------------------------------------------------------------
const DASH = '-----';
const begin = (label: string) => `${DASH}BEGIN ${label} ${'KEY'}${DASH}`;
const end = (label: string) => `${DASH}END ${label} ${'KEY'}${DASH}`;
function wrap(b64: string, width: number): string {
  const out: string[] = [];
  for (let i = 0; i < b64.length; i += width) out.push(b64.slice(i, i + width));
  return out.join('\n');
}
/** DER-looking bytes (SEQUENCE with 2-byte length) so the body starts with `MII` like a real key. */
function derBody(rng: Rng, n: number): string {
  const b = bytes(rng, n);
  b[0] = 0x30;
  b[1] = 0x82;
  b[2] = ((n - 4) >> 8) & 0xff;
  b[3] = (n - 4) & 0xff;
  return b.toString('base64');
}
function pemKey(rng: Rng, label: string, derLen: number): Generated {
  const body = '\n' + wrap(derBody(rng, derLen), 64) + '\n';
  return { secret: body, text: begin(label) + body + end(label) + '\n' };
}
function opensshKey(rng: Rng): Generated {
  const raw = Buffer.concat([Buffer.from('openssh-key-v1\0'), Buffer.from([0, 0, 0, 4]), Buffer.from('none'), bytes(rng, 380)]);
  const body = '\n' + wrap(raw.toString('base64'), 70) + '\n';
  return { secret: body, text: begin('OPENSSH PRIVATE') + body + end('OPENSSH PRIVATE') + '\n' };
}
function encryptedKey(rng: Rng): Generated {
  if (rng() < 0.5) {
    const body = '\n' + wrap(derBody(rng, 1298), 64) + '\n';
    return { secret: body, text: begin('ENCRYPTED PRIVATE') + body + end('ENCRYPTED PRIVATE') + '\n' };
  }
  const lines = wrap(bytes(rng, 1192).toString('base64'), 64) + '\n';
  const head = `Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${hex(rng, 32).toUpperCase()}\n\n`;
  return { secret: lines, text: begin('RSA PRIVATE') + '\n' + head + lines + end('RSA PRIVATE') + '\n' };
}
function pgpKey(rng: Rng): Generated {
  const label = 'PGP PRIVATE KEY BLOCK';
  const crc = bytes(rng, 3).toString('base64');
  const body = '\n\n' + wrap(bytes(rng, 900).toString('base64'), 64) + '\n=' + crc + '\n';
  const header = rng() < 0.5 ? 'Comment: generated for tests' : '';
  return { secret: body, text: `${DASH}BEGIN ${label}${DASH}\n${header}`.replace(/\n$/, '') + body + `${DASH}END ${label}${DASH}\n` };
}
function puttyKey(rng: Rng): Generated {
  const pub = wrap(bytes(rng, 51).toString('base64'), 64);
  const priv = wrap(bytes(rng, 48).toString('base64'), 64) + '\n';
  const text =
    `${J('PuTTY', '-User-Key-File-3')}: ssh-ed25519\nEncryption: none\nComment: ${word(rng)}@build-host\n` +
    `Public-Lines: ${pub.split('\n').length}\n${pub}\nPrivate-Lines: ${priv.trimEnd().split('\n').length}\n${priv}Private-MAC: ${hex(rng, 64)}\n`;
  return { secret: priv, text };
}

function jwt(rng: Rng): string {
  const header = { alg: pick(rng, ['HS256', 'RS256', 'ES256', 'PS384']), typ: 'JWT' };
  const payload = { sub: uuid(rng), iss: `https://auth.${word(rng)}.internal`, iat: int(rng, 1.6e9, 1.8e9), scope: 'read write' };
  return `${b64json(header)}.${b64json(payload)}.${bytes(rng, pick(rng, [32, 64, 256])).toString('base64url')}`;
}

function password(rng: Rng, n = int(rng, 14, 22)): string {
  return chars(rng, CS.alnum + '!#%^*_+=-', n - 2) + chars(rng, DIG, 1) + chars(rng, '!#%^*', 1);
}
function dbUrl(rng: Rng, scheme: string, port: number): Generated {
  const pw = password(rng);
  const user = pick(rng, ['app', 'svc_orders', 'reporting', 'deploy', 'etl']);
  return { secret: pw, text: `DATABASE_URL=${scheme}://${user}:${pw}@${word(rng)}-db.internal.corp:${port}/${word(rng)}` };
}

const gh = (k: string) => (rng: Rng) => {
  const t = J('gh', k, '_') + withBase62Checksum(alnum(rng, 30));
  return inCode(rng, 'github_token', t);
};
const pre = (prefix: string, set: string, n: number, name = 'api_token') => (rng: Rng) => inCode(rng, name, prefix + chars(rng, set, n));
const pemOf = (label: string, n: number) => (rng: Rng) => pemKey(rng, label, n);

/** One generator per built-in rule id. */
const GENERATORS: Record<string, Gen> = {
  // cloud
  'aws-access-key-id': (rng) => {
    const s = J(pick(rng, ['AK', 'AS']), 'IA') + chars(rng, CS.base32, 16);
    return { secret: s, text: pick(rng, [`aws_access_key_id = ${s}`, `AWS_ACCESS_KEY_ID=${s}`, `  accessKeyId: "${s}",`]) };
  },
  'aws-secret-access-key': (rng) => { const s = chars(rng, CS.alnum + '+/', 40); return { secret: s, text: pick(rng, [`aws_secret_access_key = ${s}`, `AWS_SECRET_ACCESS_KEY="${s}"`, `  awsSecretKey: '${s}'`]) }; },
  'aws-session-token': (rng) => { const s = J('FwoGZXIv', 'YXdz') + chars(rng, CS.b64, 300); return { secret: s, text: `aws_session_token = ${s}` }; },
  'gcp-service-account-key': (rng) => {
    const id = hex(rng, 40);
    const body = wrap(derBody(rng, 1216), 64).replaceAll('\n', '\\n');
    const text = `{\n  "type": "service_account",\n  "project_id": "${word(rng)}-${int(rng, 100, 999)}",\n  "private_key_id": "${id}",\n  "private_key": "${begin('PRIVATE')}\\n${body}\\n${end('PRIVATE')}\\n",\n  "client_email": "ci@${word(rng)}.iam.gserviceaccount.com"\n}\n`;
    return { secret: id, text };
  },
  'google-api-key': (rng) => inCode(rng, 'mapsKey', J('AI', 'za') + chars(rng, CS.b64url, 35)),
  'gcp-oauth-client-secret': pre(J('GOC', 'SPX-'), CS.b64url, 28, 'client_secret'),
  'google-oauth-access-token': pre(J('ya', '29.'), CS.b64url, 150, 'access_token'),
  'azure-storage-account-key': (rng) => { const s = chars(rng, CS.b64, 86) + '=='; return { secret: s, text: `DefaultEndpointsProtocol=https;AccountName=${word(rng)}${int(rng, 1, 99)};AccountKey=${s};EndpointSuffix=core.windows.net` }; },
  'azure-sas-token': (rng) => {
    const sig = bytes(rng, 32).toString('base64').replaceAll('+', '%2B').replaceAll('/', '%2F').replaceAll('=', '%3D');
    return { secret: sig, text: `https://${word(rng)}.blob.core.windows.net/builds/app.zip?sv=2022-11-02&ss=b&srt=o&sp=r&se=2031-01-01T00:00:00Z&spr=https&sig=${sig}` };
  },
  'azure-ad-client-secret': (rng) => inCode(rng, 'azureClientSecret', chars(rng, CS.alnum, 3) + chars(rng, DIG, 1) + 'Q~' + chars(rng, CS.alnum + '_~-', 34)),
  'digitalocean-pat': pre(J('do', 'p_v1_'), CS.hex, 64),
  'digitalocean-oauth-token': pre(J('do', 'o_v1_'), CS.hex, 64),
  'digitalocean-refresh-token': pre(J('do', 'r_v1_'), CS.hex, 64),
  'alibaba-access-key-id': pre(J('LT', 'AI'), CS.alnum, 20, 'accessKeyId'),
  'ibm-cloud-api-key': (rng) => env('IBM_CLOUD_API_KEY', chars(rng, CS.b64url, 44)),
  'heroku-api-key': (rng) => env('HEROKU_API_KEY', uuid(rng)),
  'heroku-api-key-v2': (rng) => inCode(rng, 'herokuKey', J('HR', 'KU-') + chars(rng, CS.b64url, 60)),
  'cloudflare-api-token': (rng) => env('CLOUDFLARE_API_TOKEN', chars(rng, CS.b64url, 40)),
  'cloudflare-global-api-key': (rng) => env('CF_API_KEY', hex(rng, 37)),
  'cloudflare-origin-ca-key': (rng) => inCode(rng, 'originCaKey', J('v1', '.0-') + hex(rng, 24) + '-' + hex(rng, 146)),
  'linode-api-token': (rng) => env('LINODE_TOKEN', hex(rng, 64)),
  'flyio-access-token': pre(J('fo', '1_'), CS.b64url, 43),
  'vercel-token': (rng) => env('VERCEL_TOKEN', alnum(rng, 24)),
  'netlify-token': (rng) => env('NETLIFY_AUTH_TOKEN', chars(rng, CS.b64url, 43)),
  'netlify-pat': pre(J('nf', 'p_'), CS.alnum, 36, 'netlifyToken'),
  'supabase-access-token': pre(J('sb', 'p_'), CS.hex, 40),
  'supabase-secret-key': pre(J('sb_', 'secret_'), CS.alnum, 32, 'supabaseKey'),
  'terraform-cloud-token': (rng) => inCode(rng, 'tfcToken', alnum(rng, 14) + J('.atlas', 'v1.') + chars(rng, CS.alnum, 67)),
  'vault-service-token': pre(J('hv', 's.'), CS.b64url, 91, 'vault_token'),
  'vault-batch-token': pre(J('hv', 'b.'), CS.b64url, 134, 'vault_token'),
  'vault-recovery-token': pre(J('hv', 'r.'), CS.b64url, 24, 'vault_token'),
  // vcs
  'github-pat-classic': gh('p'),
  'github-oauth-token': gh('o'),
  'github-app-user-token': gh('u'),
  'github-app-installation-token': gh('s'),
  'github-refresh-token': gh('r'),
  'github-pat-fine-grained': (rng) => inCode(rng, 'gh_token', J('github', '_pat_') + alnum(rng, 22) + '_' + alnum(rng, 59)),
  'gitlab-pat': pre(J('gl', 'pat-'), CS.b64url, 20),
  'gitlab-deploy-token': pre(J('gl', 'dt-'), CS.b64url, 20),
  'gitlab-runner-auth-token': pre(J('gl', 'rt-'), CS.b64url, 20),
  'gitlab-runner-registration-token': pre(J('GR13', '48941'), CS.b64url, 20),
  'gitlab-pipeline-trigger-token': pre(J('gl', 'ptt-'), CS.hex, 40),
  'gitlab-oauth-app-secret': pre(J('gl', 'oas-'), CS.hex, 64),
  'gitlab-feed-token': pre(J('gl', 'ft-'), CS.b64url, 20),
  'bitbucket-app-password': pre(J('AT', 'BB'), CS.alnum, 32, 'bitbucket_password'),
  'atlassian-api-token': (rng) => inCode(rng, 'jira_token', J('ATA', 'TT3') + chars(rng, CS.b64url, 180) + '=' + hex(rng, 8).toUpperCase()),
  // registries
  'npm-access-token': (rng) => { const t = J('np', 'm_') + withBase62Checksum(alnum(rng, 30)); return { secret: t, text: `//registry.npmjs.org/:_authToken=${t}` }; },
  'pypi-upload-token': pre(J('pypi-', 'AgEIcHlw', 'aS5vcmc'), CS.b64url, 160, 'password'),
  'dockerhub-access-token': pre(J('dckr', '_pat_'), CS.b64url, 27, 'docker_token'),
  'rubygems-api-key': pre(J('ruby', 'gems_'), CS.hex, 48),
  'nuget-api-key': pre(J('oy', '2'), CS.lowerAlnum, 43, 'nugetKey'),
  'artifactory-api-key': pre(J('AK', 'Cp'), CS.alnum, 69, 'artifactoryKey'),
  'artifactory-reference-token': pre(J('cmVm', 'dGtu'), CS.alnum, 56, 'jfrogToken'),
  // saas
  'grafana-cloud-token': (rng) => inCode(rng, 'grafanaToken', J('gl', 'c_') + b64json({ o: String(int(rng, 1e5, 9e5)), n: `stack-${int(rng, 1e5, 9e5)}-hm-read`, k: alnum(rng, 24), m: { r: 'us' } }, false)),
  'grafana-service-account-token': (rng) => inCode(rng, 'grafanaToken', J('gl', 'sa_') + alnum(rng, 32) + '_' + hex(rng, 8)),
  'postman-api-key': (rng) => inCode(rng, 'postmanKey', J('PM', 'AK-') + hex(rng, 24) + '-' + hex(rng, 34)),
  'doppler-token': (rng) => inCode(rng, 'dopplerToken', J('dp', '.', pick(rng, ['pt', 'st', 'sa']), '.') + alnum(rng, 43)),
  'pulumi-access-token': pre(J('pu', 'l-'), CS.hex, 40),
  'linear-api-key': pre(J('lin', '_api_'), CS.alnum, 40, 'linearKey'),
  'datadog-api-key': (rng) => env('DD_API_KEY', hex(rng, 32)),
  'datadog-app-key': (rng) => env('DATADOG_APP_KEY', hex(rng, 40)),
  'newrelic-user-api-key': pre(J('NR', 'AK-'), CS.upperAlnum, 27, 'newRelicKey'),
  'newrelic-browser-key': pre(J('NR', 'JS-'), CS.hex, 19, 'nrBrowserKey'),
  'newrelic-insert-key': pre(J('NR', 'II-'), CS.b64url, 32, 'nrInsertKey'),
  'sentry-org-token': (rng) => inCode(rng, 'sentryToken', J('sntr', 'ys_') + b64json({ iat: int(rng, 1.6e9, 1.8e9), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: word(rng) }, false) + '_' + chars(rng, CS.b64, 43)),
  'sentry-user-token': pre(J('sntr', 'yu_'), CS.hex, 64, 'sentryToken'),
  'sentry-dsn': (rng) => { const k = hex(rng, 32); return { secret: k, text: `SENTRY_DSN=https://${k}@o${int(rng, 1e5, 9e6)}.ingest.${'sentry'}.io/${int(rng, 1e5, 9e6)}` }; },
  'algolia-admin-key': (rng) => env('ALGOLIA_ADMIN_KEY', hex(rng, 32)),
  'asana-pat': (rng) => { const s = `1/${chars(rng, DIG, 16)}/${chars(rng, DIG, 16)}:${hex(rng, 32)}`; return { secret: s, text: `ASANA_PAT=${s}` }; },
  'dropbox-access-token': (rng) => env('DROPBOX_ACCESS_TOKEN', J('s', 'l.') + chars(rng, CS.b64url, 138)),
  'figma-pat': pre(J('fig', 'd_'), CS.b64url, 40, 'figmaToken'),
  'notion-integration-token': (rng) => inCode(rng, 'notionToken', J('nt', 'n_') + chars(rng, DIG, 11) + alnum(rng, 35)),
  'airtable-pat': (rng) => env('AIRTABLE_TOKEN', 'pat' + alnum(rng, 14) + '.' + hex(rng, 64)),
  'okta-api-token': (rng) => env('OKTA_API_TOKEN', '00' + chars(rng, CS.b64url, 40)),
  'pagerduty-api-key': (rng) => env('PAGERDUTY_API_KEY', chars(rng, CS.alnum + '+_', 20)),
  'zendesk-api-token': (rng) => env('ZENDESK_API_TOKEN', alnum(rng, 40)),
  'hubspot-private-app-token': (rng) => inCode(rng, 'hubspotToken', J('pat-', pick(rng, ['na1', 'eu1']), '-') + uuid(rng)),
  'mapbox-secret-token': (rng) => inCode(rng, 'mapboxToken', J('sk', '.') + b64json({ u: word(rng), a: alnum(rng, 25) }) + '.' + chars(rng, CS.b64url, 22)),
  'onepassword-service-account-token': (rng) => inCode(rng, 'opToken', J('op', 's_') + b64json({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: alnum(rng, 22) }, email: `${alnum(rng, 26).toLowerCase()}@1passwordserviceaccounts.com`, srpX: hex(rng, 64), muk: { alg: 'A256GCM', k: alnum(rng, 43) }, secretKey: 'A3-' + alnum(rng, 30), throttleSecret: { seed: hex(rng, 64), deviceUuid: alnum(rng, 26).toLowerCase() }, deviceUuid: alnum(rng, 26).toLowerCase() }, false)),
  'sendgrid-api-key': (rng) => inCode(rng, 'sendgridKey', J('S', 'G.') + chars(rng, CS.b64url, 22) + '.' + chars(rng, CS.b64url, 43)),
  'mailgun-api-key': (rng) => env('MAILGUN_API_KEY', J('ke', 'y-') + hex(rng, 32)),
  'mailchimp-api-key': (rng) => inCode(rng, 'mailchimpKey', hex(rng, 32) + J('-u', 's') + int(rng, 1, 21)),
  // chat
  'slack-bot-token': (rng) => inCode(rng, 'slackToken', J('xo', 'xb-') + chars(rng, DIG, 11) + '-' + chars(rng, DIG, 13) + '-' + alnum(rng, 24)),
  'slack-user-token': (rng) => inCode(rng, 'slackToken', J('xo', 'xp-') + chars(rng, DIG, 11) + '-' + chars(rng, DIG, 12) + '-' + chars(rng, DIG, 13) + '-' + hex(rng, 32)),
  'slack-workspace-token': (rng) => inCode(rng, 'slackToken', J('xo', 'xa-2-') + chars(rng, DIG, 11) + '-' + alnum(rng, 40)),
  'slack-refresh-token': (rng) => inCode(rng, 'slackRefresh', J('xo', 'xe-1-') + alnum(rng, 146)),
  'slack-config-token': (rng) => inCode(rng, 'slackConfig', J('xo', 'xe.xoxp-1-') + alnum(rng, 160)),
  'slack-app-token': (rng) => inCode(rng, 'slackAppToken', J('xa', 'pp-1-A') + chars(rng, CS.upperAlnum, 10) + '-' + chars(rng, DIG, 13) + '-' + hex(rng, 64)),
  'slack-webhook-url': (rng) => { const s = J('hooks.', 'slack.com/services/T') + chars(rng, CS.upperAlnum, 10) + '/B' + chars(rng, CS.upperAlnum, 10) + '/' + alnum(rng, 24); return { secret: s, text: `SLACK_WEBHOOK=https://${s}` }; },
  'discord-bot-token': (rng) => env('DISCORD_BOT_TOKEN', Buffer.from('1' + chars(rng, DIG, 17)).toString('base64') + '.' + chars(rng, CS.b64url, 6) + '.' + chars(rng, CS.b64url, 38)),
  'discord-webhook-url': (rng) => { const s = chars(rng, CS.b64url, 68); return { secret: s, text: `webhook: https://${'discord'}.com/api/webhooks/${chars(rng, DIG, 18)}/${s}` }; },
  'telegram-bot-token': (rng) => env('TELEGRAM_BOT_TOKEN', String(int(rng, 1, 9)) + chars(rng, DIG, 9) + J(':A', 'A') + chars(rng, CS.b64url, 33)),
  'twilio-api-key': (rng) => env('TWILIO_API_KEY', 'SK' + hex(rng, 32)),
  'twilio-auth-token': (rng) => env('TWILIO_AUTH_TOKEN', hex(rng, 32)),
  // payments
  'stripe-live-secret-key': (rng) => inCode(rng, 'stripeKey', J('sk', '_live_') + alnum(rng, pick(rng, [24, 99]))),
  'stripe-live-restricted-key': (rng) => inCode(rng, 'stripeKey', J('rk', '_live_') + alnum(rng, pick(rng, [24, 99]))),
  'stripe-webhook-secret': pre(J('wh', 'sec_'), CS.alnum, 32, 'webhookSecret'),
  'shopify-access-token': pre(J('sh', 'pat_'), CS.hex, 32, 'shopifyToken'),
  'shopify-custom-app-token': pre(J('sh', 'pca_'), CS.hex, 32, 'shopifyToken'),
  'shopify-private-app-token': pre(J('sh', 'ppa_'), CS.hex, 32, 'shopifyToken'),
  'shopify-shared-secret': pre(J('sh', 'pss_'), CS.hex, 32, 'shopifySecret'),
  'square-access-token': (rng) => inCode(rng, 'squareToken', rng() < 0.7 ? J('EA', 'AA') + chars(rng, CS.b64url, 60) : J('sq0', 'atp-') + chars(rng, CS.b64url, 22)),
  'square-oauth-secret': pre(J('sq0', 'csp-'), CS.b64url, 43, 'squareSecret'),
  'paypal-braintree-access-token': (rng) => inCode(rng, 'braintreeToken', J('access_token$', 'production$') + chars(rng, CS.lowerAlnum, 16) + '$' + hex(rng, 32)),
  // ai
  'openai-project-key': pre(J('sk-', 'proj-'), CS.b64url, 156, 'openaiKey'),
  'openai-service-account-key': pre(J('sk-', 'svcacct-'), CS.b64url, 156, 'openaiKey'),
  'openai-admin-key': pre(J('sk-', 'admin-'), CS.b64url, 156, 'openaiKey'),
  'openai-legacy-key': (rng) => inCode(rng, 'openaiKey', 'sk-' + alnum(rng, 20) + J('T3Blbk', 'FJ') + alnum(rng, 20)),
  'anthropic-api-key': (rng) => inCode(rng, 'anthropicKey', J('sk-ant-', 'api03-') + chars(rng, CS.b64url, 93) + 'AA'),
  'anthropic-admin-key': (rng) => inCode(rng, 'anthropicKey', J('sk-ant-', 'admin01-') + chars(rng, CS.b64url, 93) + 'AA'),
  'huggingface-token': pre(J('h', 'f_'), CS.letters, 34, 'hfToken'),
  'google-gemini-api-key': (rng) => env('GEMINI_API_KEY', J('AI', 'za') + chars(rng, CS.b64url, 35)),
  'groq-api-key': pre(J('gs', 'k_'), CS.alnum, 52, 'groqKey'),
  'replicate-api-token': pre(J('r', '8_'), CS.alnum, 37, 'replicateToken'),
  'perplexity-api-key': pre(J('pp', 'lx-'), CS.alnum, 48, 'pplxKey'),
  'mistral-api-key': (rng) => env('MISTRAL_API_KEY', alnum(rng, 32)),
  'cohere-api-key': (rng) => env('COHERE_API_KEY', alnum(rng, 40)),
  'xai-api-key': pre(J('xa', 'i-'), CS.alnum, 80, 'xaiKey'),
  'deepseek-api-key': (rng) => env('DEEPSEEK_API_KEY', 'sk-' + hex(rng, 32)),
  'langsmith-api-key': (rng) => inCode(rng, 'langsmithKey', J('lsv2', '_', pick(rng, ['pt', 'sk']), '_') + hex(rng, 32) + '_' + hex(rng, 10)),
  'openrouter-api-key': pre(J('sk-or-', 'v1-'), CS.hex, 64, 'openrouterKey'),
  // keys
  'private-key-rsa': pemOf('RSA PRIVATE', 1190),
  'private-key-ec': pemOf('EC PRIVATE', 121),
  'private-key-dsa': pemOf('DSA PRIVATE', 443),
  'private-key-openssh': opensshKey,
  'private-key-pkcs8': pemOf('PRIVATE', 1218),
  'private-key-encrypted': encryptedKey,
  'private-key-pgp': pgpKey,
  'putty-private-key': puttyKey,
  // jwt
  jwt: (rng) => { const t = jwt(rng); return { secret: t, text: pick(rng, [`const session = "${t}";`, `id_token: ${t}`, `"jwt": "${t}"`]) }; },
  // urls
  'postgres-url': (rng) => dbUrl(rng, pick(rng, ['postgres', 'postgresql', 'postgresql+psycopg2']), 5432),
  'mysql-url': (rng) => dbUrl(rng, pick(rng, ['mysql', 'mariadb', 'mysql+pymysql']), 3306),
  'mongodb-url': (rng) => dbUrl(rng, pick(rng, ['mongodb', 'mongodb+srv']), 27017),
  'redis-url': (rng) => dbUrl(rng, pick(rng, ['redis', 'rediss']), 6379),
  'amqp-url': (rng) => dbUrl(rng, pick(rng, ['amqp', 'amqps']), 5672),
  'mssql-url': (rng) => dbUrl(rng, pick(rng, ['mssql', 'sqlserver']), 1433),
  'clickhouse-url': (rng) => dbUrl(rng, 'clickhouse', 9000),
  'cockroachdb-url': (rng) => dbUrl(rng, 'cockroachdb', 26257),
  'basic-auth-url': (rng) => { const pw = password(rng); return { secret: pw, text: `git remote add mirror https://deploy:${pw}@git.${word(rng)}.corp/team/app.git` }; },
  // generic
  'generic-password': (rng) => { const pw = password(rng); return { secret: pw, text: pick(rng, [`db_password = "${pw}"`, `  password: '${pw}'`, `"smtpPassword": "${pw}",`, `PASSWORD := "${pw}"`]) }; },
  'generic-secret': (rng) => { const s = alnum(rng, 32); return { secret: s, text: pick(rng, [`client_secret: "${s}"`, `app.config["SECRET_KEY"] = "${s}"`, `  jwtSecret: '${s}',`]) }; },
  'generic-api-key': (rng) => { const s = alnum(rng, 32); return { secret: s, text: pick(rng, [`const apiKey = "${s}";`, `api_key: ${s}`, `"x-api-key": "${s}"`]) }; },
  'generic-token': (rng) => { const s = alnum(rng, 40); return { secret: s, text: pick(rng, [`auth_token = '${s}'`, `  accessToken: "${s}",`, `refresh_token: ${s}`]) }; },
  'generic-dotenv-secret': (rng) => { const s = password(rng, 28); return env(pick(rng, ['SESSION_SECRET', 'STRIPE_SIGNING_SECRET', 'INTERNAL_API_KEY', 'SMTP_PASSWORD', 'GOOGLE_CREDENTIALS']), s); },
  'generic-properties-secret': (rng) => { const pw = password(rng).replace(/^(.{4})/, '$1,') + ';'; return { secret: pw, text: `${pick(rng, ['db.password', 'spring.datasource.password', 'client.secret', 'mail.smtp.password'])}=${pw}` }; },
  'generic-key': (rng) => { const s = alnum(rng, 32); return { secret: s, text: pick(rng, [`signing_key = "${s}"`, `  hmacKey: '${s}',`, `encryption_key: "${s}"`]) }; },
  'prose-secret': (rng) => { const s = alnum(rng, 28); return { secret: s, text: pick(rng, [`The staging password is \`${s}\`.`, `Set \`auth_token\` to \`${s}\` first.`, `# the api key is ${s}`]) }; },
  // newer provider formats
  'facebook-access-token': (rng) => inCode(rng, 'fbToken', J('EA', 'A') + pick(rng, ['B', 'G', 'I']) + alnum(rng, 180)),
  'facebook-app-secret': (rng) => env(pick(rng, ['FACEBOOK_APP_SECRET', 'FB_APP_SECRET']), hex(rng, 32)),
  'sourcegraph-access-token': (rng) => env('SRC_ACCESS_TOKEN', J('sg', 'p_') + (rng() < 0.5 ? '' : hex(rng, 16) + '_') + hex(rng, 40)),
  'sonarqube-token': (rng) => env('SONAR_TOKEN', J('sq', pick(rng, ['u', 'p', 'a']), '_') + hex(rng, 40)),
  'snyk-api-token': (rng) => env('SNYK_TOKEN', uuid(rng)),
  'sidekiq-enterprise-credentials': (rng) => env(J('BUNDLE_ENTERPRISE__', 'CONTRIBSYS__COM'), `${hex(rng, 8)}:${hex(rng, 8)}`),
  'sumologic-access-id': (rng) => env('SUMO_ACCESS_ID', J('s', 'u') + alnum(rng, 12)),
  'sumologic-access-key': (rng) => env('SUMO_ACCESS_KEY', alnum(rng, 64)),
  'onepassword-secret-key': (rng) => { const g = (n: number) => chars(rng, CS.upperAlnum, n); const s = `${J('A', '3-')}${g(6)}-${g(6)}-${g(5)}-${g(5)}-${g(5)}-${g(5)}`; return { secret: s, text: `Secret Key: ${s}` }; },
  'huggingface-org-token': pre(J('api', '_org_'), CS.letters, 34, 'hfOrgToken'),
  'aws-bedrock-api-key': (rng) => env('AWS_BEARER_TOKEN_BEDROCK', J('ABSK', 'QmVkcm9ja0FQSUtleS0') + chars(rng, CS.b64, 120)),
  // format-wrapped (base64) credentials: the reported secret is the encoded value
  'kubernetes-secret-data': (rng) => { const v = Buffer.from(password(rng)).toString('base64'); return { secret: v, text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${word(rng)}\ntype: Opaque\ndata:\n  ${pick(rng, ['password', 'db-password', 'API_TOKEN'])}: ${v}\n` }; },
  'docker-config-auth': (rng) => { const v = Buffer.from(`${word(rng)}:${password(rng)}`).toString('base64'); return { secret: v, text: `{"auths": {"registry.${word(rng)}.corp": {"auth": "${v}"}}}` }; },
  'basic-auth-header': (rng) => { const v = Buffer.from(`${word(rng)}:${password(rng)}`).toString('base64'); return { secret: v, text: pick(rng, [`Authorization: Basic ${v}`, `curl -H 'Authorization: Basic ${v}' https://api.${word(rng)}.corp/`]) }; },
  'npm-auth': (rng) => { const v = Buffer.from(`${word(rng)}:${password(rng)}`).toString('base64'); return { secret: v, text: `//npm.${word(rng)}.corp/:_auth=${v}` }; },
  'netrc-password': (rng) => { const pw = password(rng); return { secret: pw, text: `machine git.${word(rng)}.corp login deploy password ${pw}` }; },
  'maven-settings-password': (rng) => { const pw = password(rng); return { secret: pw, text: `      <password>${pw}</password>` }; },
  'nuget-cleartext-password': (rng) => { const pw = password(rng); return { secret: pw, text: `      <add key="${'ClearText'}Password" value="${pw}" />` }; },
  'cli-user-password': (rng) => { const pw = password(rng); return { secret: pw, text: pick(rng, [`curl -u deploy:${pw} https://api.${word(rng)}.corp/upload`, `docker login -u ci -p ${pw} registry.${word(rng)}.corp`, `wget --password=${pw} https://files.${word(rng)}.corp/a.tgz`]) }; },
  'authorization-token-header': (rng) => { const s = alnum(rng, 40); return { secret: s, text: `curl -H "Authorization: Token ${s}" https://api.${word(rng)}.corp/v1/items` }; },
  'generic-bearer-token': (rng) => { const s = chars(rng, CS.alnum + '-._~', 48); return { secret: s, text: `curl -H "Authorization: Bearer ${s}" https://api.${word(rng)}.corp/v1/items` }; },
};

export const ALL_RULE_IDS_WITH_GENERATORS: readonly string[] = BUILTIN_RULES.map((r) => r.id).filter((id) => id in GENERATORS);

export function generateSecret(ruleId: string, rng: Rng): Generated {
  const g = GENERATORS[ruleId];
  if (!g) throw new Error(`no generator for rule ${ruleId}`);
  return g(rng);
}

// ---- hard negatives ----------------------------------------------------------------------
export const NEGATIVE_KINDS = [
  'uuid', 'hex-digest', 'integrity', 'aws-example', 'placeholder', 'public-key', 'certificate', 'wrong-checksum',
  'stripe-test-key', 'env-reference', 'code-reference', 'type-annotation', 'i18n-label', 'minified', 'lockfile',
  'data-uri', 'repeated', 'jwt-unsigned', 'url-placeholder', 'git-sha',
] as const;
export type NegativeKind = (typeof NEGATIVE_KINDS)[number];

export interface Negative {
  kind: NegativeKind;
  /** The text (one or more lines) that must produce no finding. */
  text: string;
  /** A file name whose path matters for the filter (lockfiles, minified bundles), if any. */
  path?: string;
}

function badChecksum(rng: Rng, prefix: string): string {
  const good = withBase62Checksum(alnum(rng, 30));
  const last = good[good.length - 1];
  const swap = last === 'A' ? 'B' : 'A';
  return prefix + good.slice(0, -1) + swap;
}

function soup(rng: Rng, approxLen: number): string {
  const ids = ['getElementById', 'addEventListener', 'createElement', 'querySelectorAll', 'setAttribute', 'preventDefault', 'stopPropagation', 'dispatchEvent', 'removeChild', 'appendChild', 'forEach', 'hasOwnProperty', 'defineProperty', 'useState', 'useEffect'];
  const parts: string[] = [];
  let n = 0;
  while (n < approxLen) {
    const a = pick(rng, ids) + pick(rng, ids).replace(/^./, (c) => c.toUpperCase());
    const p = pick(rng, [
      `function ${a}(e,t){return e.${pick(rng, ids)}(t)}`,
      `var ${a}=t.${pick(rng, ids)};`,
      `e.token=n.${a};`,
      `apiKey:r.${a},`,
      `secret:${a}${pick(rng, ids)},`,
      `password:o.${a}||"",`,
    ]);
    parts.push(p);
    n += p.length;
  }
  return parts.join('');
}

export function generateNegative(kind: NegativeKind, rng: Rng): Negative {
  switch (kind) {
    case 'uuid':
      return { kind, text: pick(rng, [`session_token = "${uuid(rng)}"`, `request_id: ${uuid(rng)}`, `"api_key_id": "${uuid(rng)}"`]) };
    case 'hex-digest':
      return { kind, text: pick(rng, [`secret_sha256 = "${hex(rng, 64)}"`, `api_key_hash: ${hex(rng, 40)}`, `token_digest = "${hex(rng, 128)}"`, `password_md5 = "${hex(rng, 32)}"`]) };
    case 'git-sha':
      return { kind, text: `  token-commit: ${hex(rng, 40)}  # pinned` };
    case 'integrity':
      return { kind, path: 'package-lock.json', text: `      "integrity": "sha512-${bytes(rng, 64).toString('base64')}",` };
    case 'aws-example':
      return {
        kind,
        text: pick(rng, [
          `aws_access_key_id = ${J('AK', 'IA', 'IOSFODNN7', 'EXAMPLE')}`,
          `aws_secret_access_key = ${J('wJalrXUtnFEMI', '/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY')}`,
        ]),
      };
    case 'placeholder':
      return {
        kind,
        text: pick(rng, [
          'api_key = "<YOUR_API_KEY>"', 'password: changeme', 'token = "your_api_key_here"', 'secret: "xxxxxxxxxxxxxxxxxxxxxxxx"',
          'password: "********"', 'token: ${{ secrets.GH_TOKEN }}', 'password = "${DB_PASSWORD}"', 'API_TOKEN=$API_TOKEN',
          'token: {{ .Values.auth.token }}', 'password = "%(db_password)s"', 'api_key = "<redacted>"', 'client_secret = "dummy-client-secret-value"',
          `github_token: ${J('gh', 'p_')}${'x'.repeat(36)}`, 'SESSION_SECRET=replace-me-with-a-long-random-value', 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}',
        ]),
      };
    case 'public-key':
      return { kind, text: `ssh-${'rsa'} AAAA${bytes(rng, 279).toString('base64')} ${word(rng)}@laptop` };
    case 'certificate': {
      const label = pick(rng, ['CERTIFICATE', 'PUBLIC KEY']);
      return { kind, text: `${DASH}BEGIN ${label}${DASH}\n${wrap(derBody(rng, 900), 64)}\n${DASH}END ${label}${DASH}\n` };
    }
    case 'wrong-checksum':
      return { kind, text: rng() < 0.5 ? `github_token = "${badChecksum(rng, J('gh', pick(rng, ['p', 'o', 's']), '_'))}"` : `//registry.npmjs.org/:_authToken=${badChecksum(rng, J('np', 'm_'))}` };
    case 'stripe-test-key':
      return { kind, text: `const stripe = new Stripe("${J('sk', '_test_')}${alnum(rng, 24)}");` };
    case 'env-reference':
      return {
        kind,
        text: pick(rng, [
          'password = os.getenv("DB_PASSWORD")', 'const token = process.env.GITHUB_TOKEN;', 'secret = os.environ["APP_SECRET_VALUE"]',
          'api_key = settings.EXTERNAL_API_KEY', 'TOKEN: ${{ secrets.DEPLOY_TOKEN }}', 'password: "${env:DB_PASSWORD}"', 'apiKey: import.meta.env.VITE_API_KEY,',
        ]),
      };
    case 'code-reference':
      return {
        kind,
        path: pick(rng, ['src/auth.ts', 'app/login.py', 'pkg/client.go']),
        text: pick(rng, [
          'if (password === userSuppliedPassword) {', 'token = getAuthorizationToken(request)', 'this.apiKey = options.apiKey;',
          'secret := config.ClientSecretValue', 'password = self.passwordHasher.hash(raw)', 'const accessToken = await refreshAccessToken(session);',
          'if password != confirmPasswordField:',
        ]),
      };
    case 'type-annotation':
      return { kind, path: 'src/types.ts', text: pick(rng, ['  password: string;', '  apiKey?: string | undefined;', 'def login(username: str, password: Optional[str]) -> Session:', '  token: SecretString']) };
    case 'i18n-label':
      return { kind, path: 'locales/en.json', text: pick(rng, ['  "password": "Password",', '  "forgotPassword": "Forgot your password?",', '  "apiKey": "API key",', '  "token_expired": "Your session token has expired"']) };
    case 'minified':
      return { kind, path: 'dist/vendor.min.js', text: soup(rng, 50_000) };
    case 'lockfile':
      return {
        kind,
        ...pick(rng, [
          { path: 'yarn.lock', text: `  resolved "https://registry.yarnpkg.com/${word(rng)}/-/${word(rng)}-1.2.3.tgz#${hex(rng, 40)}"\n  integrity sha512-${bytes(rng, 64).toString('base64')}` },
          { path: 'go.sum', text: `github.com/${word(rng)}/${word(rng)} v1.2.3 h1:${bytes(rng, 32).toString('base64')}` },
          { path: 'Cargo.lock', text: `checksum = "${hex(rng, 64)}"` },
          { path: 'poetry.lock', text: `    {file = "${word(rng)}-2.0.0.tar.gz", hash = "sha256:${hex(rng, 64)}"},` },
        ]),
      };
    case 'data-uri': {
      const payload = bytes(rng, 300).toString('base64') + '+' + J('AK', 'IA') + chars(rng, CS.base32, 16) + '/' + bytes(rng, 300).toString('base64');
      return { kind, path: 'web/styles.css', text: `.logo{background:url(data:image/png;base64,${payload})}` };
    }
    case 'repeated':
      return { kind, text: pick(rng, ['api_key = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"', 'token = "abcdefghijklmnopqrstuvwxyz012345"', 'password = "1234567890123456"', 'secret: "0000000000000000000000000000"']) };
    case 'jwt-unsigned': {
      const t = `${b64json({ alg: 'none', typ: 'JWT' })}.${b64json({ sub: uuid(rng), iat: int(rng, 1.6e9, 1.8e9) })}.${bytes(rng, 32).toString('base64url')}`;
      return { kind, text: `const unsigned = "${t}";` };
    }
    case 'url-placeholder':
      return {
        kind,
        text: pick(rng, [
          'DATABASE_URL=postgres://user:password@localhost:5432/app', 'redis://:${REDIS_PASSWORD}@cache:6379/0', 'mongodb://admin:<password>@cluster0.mongodb.net/test',
          'https://username:password@example.com/path', 'amqp://guest:guest@localhost:5672/', 'mysql://root:root@127.0.0.1:3306/db',
        ]),
      };
  }
}
