// Labelled corpus for the secret families of issue 8 (format-wrapped base64, typed assignments,
// hex under secret names, AWS secret keys, prose, punctuated passwords, command lines and headers,
// newer provider formats, code references, any high-entropy string). Every case is one small file
// with a planted secret on a known line, or a hard negative that must stay silent. Seeded: the
// same seed writes the same bytes; the accuracy test tunes on one seed and reports another.
import { mkdir, writeFile, rm } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { secretScan, fingerprint, type Finding } from '@bulkhead/core';
import { makeRng, chars, pick, int, hex, alnum, uuid, CS, generateSecret, type Rng } from './secret-gen.ts';

export const FAMILIES = ['encoded', 'typed', 'hex', 'aws', 'prose', 'punctuation', 'cmdline', 'providers', 'code-fp', 'entropy'] as const;
export type Family = (typeof FAMILIES)[number];

export interface FamilyCase {
  family: Family;
  positive: boolean;
  /** File path inside the case's own folder. */
  path: string;
  text: string;
  /** 1-based line of the secret (positives) or of the tempting line (negatives). */
  line: number;
  /** Exactly what should be reported (positives): a finding counts only when its fingerprint is of this value. */
  secret?: string;
  /** Lines holding another real credential (an AWS key id beside its secret key): their findings are not scored. */
  ignoreLines?: number[];
}

export type Case = Omit<FamilyCase, 'family' | 'positive' | 'line'> & { line?: number };
export type Gen = (rng: Rng) => Case;

/** Joins parts so that no full provider prefix or documented key appears in source. */
export const J = (...p: string[]) => p.join('');
export const b64 = (s: string) => Buffer.from(s).toString('base64');
export const word = (rng: Rng) => pick(rng, ['orders', 'billing', 'ledger', 'atlas', 'relay', 'beacon', 'quartz', 'harbor', 'summit', 'vector']);
export const user = (rng: Rng) => pick(rng, ['deploy', 'ci-bot', 'svc_reports', 'jenkins', 'release', 'etl_user', 'admin-ops']);
export const host = (rng: Rng) => `${word(rng)}.${pick(rng, ['corp.net', 'internal.io', 'svc.acme-cloud.com', 'infra.local'])}`;
export const registry = (rng: Rng) => pick(rng, ['registry.gitlab.acme-cloud.com', 'ghcr.io', `docker.${host(rng)}`, 'quay.io', `${word(rng)}.azurecr.io`]);
/** A password as people pick them: letters, digits and some punctuation. */
export function password(rng: Rng, n = int(rng, 12, 22)): string {
  return chars(rng, CS.alnum, n - 3) + chars(rng, '!#%*^~', 1) + chars(rng, CS.digits, 1) + chars(rng, CS.alnum, 1);
}
/** A random token (alphanumerics, sometimes with - and _). */
export const token = (rng: Rng, n = int(rng, 24, 48)) => chars(rng, pick(rng, [CS.alnum, CS.b64url]), n);
/** The line (1-based) where `needle` first occurs in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`corpus: ${needle.slice(0, 4)}… not in its text`);
  return text.slice(0, at).split('\n').length;
}
/** A positive whose secret is `secret`, located in `text`. */
export const P = (path: string, text: string, secret: string): Case => ({ path, text, secret, line: lineOf(text, secret) });
/** A negative; `mark` is the tempting part (for the line). */
export const N = (path: string, text: string, mark: string): Case => ({ path, text, line: text.includes(mark) ? lineOf(text, mark) : 1 });
export const PLACEHOLDERS = ['${DB_PASSWORD}', '<password>', 'changeme', '${{ secrets.REGISTRY_PASSWORD }}', '{{ .Values.password }}', 'REPLACE_ME', '$PASSWORD', '********'];

// ---- format-wrapped (base64 by format, or a fixed credential file layout) ----------------

/** A credential someone would put in such a file: a password, a provider token, or a URL with a password. */
function credential(rng: Rng): string {
  const r = rng();
  if (r < 0.45) return password(rng);
  if (r < 0.8) return generateSecret(pick(rng, ['github-pat-classic', 'gitlab-pat', 'slack-bot-token', 'npm-access-token', 'stripe-live-secret-key']), rng).secret;
  return `postgres://${user(rng)}:${password(rng)}@${host(rng)}:5432/${word(rng)}`;
}

const ENCODED_POS: Gen[] = [
  (rng) => {
    const key = pick(rng, ['password', 'DB_PASSWORD', 'api-token', 'token', 'DATABASE_URL', 'connection-string', 'credentials', 'auth']);
    const v = b64(credential(rng));
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${word(rng)}-secrets\n  namespace: ${word(rng)}\ntype: Opaque\ndata:\n  username: ${b64(user(rng))}\n  ${key}: ${v}\n`;
    return P(`k8s/${word(rng)}-secret.yaml`, text, v);
  },
  (rng) => {
    const v = b64(`${user(rng)}:${credential(rng)}`);
    const reg = registry(rng);
    const text = `{\n  "auths": {\n    "${reg}": {\n      "auth": "${v}"\n    }\n  }\n}\n`;
    return P(pick(rng, ['.docker/config.json', 'ci/docker-config.json', 'deploy/dockerconfig.json']), text, v);
  },
  (rng) => {
    const v = b64(`${user(rng)}:${credential(rng)}`);
    const text = pick(rng, [
      `GET /api/v2/builds HTTP/1.1\nHost: ${host(rng)}\nAuthorization: Basic ${v}\nAccept: application/json\n`,
      `headers:\n  Accept: application/json\n  Authorization: "Basic ${v}"\n`,
      `const headers = {\n  'Content-Type': 'application/json',\n  Authorization: 'Basic ${v}',\n};\n`,
      `requests.get(url, headers={"Authorization": "Basic ${v}"})\n`,
    ]);
    return P(pick(rng, ['api/requests.http', 'config/client.yml', 'src/client.ts', 'tools/fetch.py']), text, v);
  },
  (rng) => {
    const s = credential(rng).replace(/[@:/]/g, '');
    const text = `https://${user(rng)}:${s}@${pick(rng, ['github.com', 'gitlab.com', 'bitbucket.org', host(rng)])}\n`;
    return P('.git-credentials', text, s);
  },
  (rng) => {
    const s = password(rng);
    const text = pick(rng, [
      `machine ${host(rng)}\n  login ${user(rng)}\n  password ${s}\n`,
      `machine ${host(rng)} login ${user(rng)} password ${s}\n`,
    ]);
    return P(pick(rng, ['.netrc', 'ci/netrc', '_netrc']), text, s);
  },
  (rng) => {
    const s = password(rng);
    const text = `[distutils]\nindex-servers =\n    internal\n\n[internal]\nrepository = https://${host(rng)}/pypi/\nusername = ${user(rng)}\npassword = ${s}\n`;
    return P('.pypirc', text, s);
  },
  (rng) => {
    const s = password(rng);
    const text = `<settings>\n  <servers>\n    <server>\n      <id>${word(rng)}-releases</id>\n      <username>${user(rng)}</username>\n      <password>${s}</password>\n    </server>\n  </servers>\n</settings>\n`;
    return P(pick(rng, ['settings.xml', '.m2/settings.xml', 'ci/maven-settings.xml']), text, s);
  },
  (rng) => {
    const v = b64(`${user(rng)}:${password(rng)}`);
    const text = pick(rng, [
      `registry=https://${host(rng)}/npm/\n_auth=${v}\nalways-auth=true\n`,
      `//${host(rng)}/npm/:_auth=${v}\n`,
      `//${host(rng)}/npm/:username=${user(rng)}\n//${host(rng)}/npm/:_password=${b64(password(rng))}\n`,
    ]);
    const m = /_(?:auth|password)=(\S+)/.exec(text)!;
    return P('.npmrc', text, m[1]);
  },
];

const ENCODED_NEG: Gen[] = [
  (rng) => {
    const key = pick(rng, ['password', 'token', 'auth']);
    const v = pick(rng, [`""`, `'{{ .Values.${key} | b64enc }}'`, '${DB_PASSWORD_B64}', b64('changeme'), b64(''), b64(pick(rng, PLACEHOLDERS))]);
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${word(rng)}\ntype: Opaque\ndata:\n  username: ${b64(user(rng))}\n  ${key}: ${v}\n`;
    return N(`k8s/${word(rng)}-secret.yaml`, text, `${key}: `);
  },
  (rng) => {
    // Non-credential data under innocuous keys: config files, certificates' public halves, usernames.
    const v = pick(rng, [b64(`log_level: info\nworkers: ${int(rng, 2, 16)}\n`), b64(user(rng)), b64(`${word(rng)}.${word(rng)}.svc.cluster.local`), b64('true')]);
    const key = pick(rng, ['config.yaml', 'username', 'host', 'enabled']);
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${word(rng)}\ndata:\n  ${key}: ${v}\n`;
    return N(`k8s/${word(rng)}.yaml`, text, v);
  },
  (rng) => {
    const v = pick(rng, ['', '${DOCKER_AUTH}', b64(`${user(rng)}:`), b64(user(rng)), b64(`${user(rng)}:${pick(rng, PLACEHOLDERS)}`)]);
    const text = `{\n  "auths": {\n    "${registry(rng)}": {\n      "auth": "${v}"\n    }\n  }\n}\n`;
    return N('.docker/config.json', text, '"auth"');
  },
  (rng) => {
    const v = pick(rng, ['${BASIC_AUTH}', '$CREDENTIALS', '<credentials>', b64(`${user(rng)}:${pick(rng, PLACEHOLDERS)}`), '$(echo -n "$USER:$PASS" | base64)', b64('username:password')]);
    const text = `curl -H "Authorization: Basic ${v}" https://${host(rng)}/api/v1/status\n`;
    return N(pick(rng, ['scripts/status.sh', 'docs/api.md']), text, 'Basic');
  },
  (rng) => N('.git-credentials', `https://${user(rng)}:${pick(rng, ['${GIT_TOKEN}', '$TOKEN', '<token>'])}@github.com\n`, 'https'),
  (rng) => {
    const v = pick(rng, ['$NETRC_PASSWORD', '${ARTIFACTORY_PASSWORD}', '<password>', 'changeme']);
    return N('.netrc', `machine ${host(rng)}\n  login ${user(rng)}\n  password ${v}\n`, 'password');
  },
  (rng) => N('.pypirc', `[internal]\nrepository = https://${host(rng)}/pypi/\nusername = ${user(rng)}\npassword = ${pick(rng, ['%(PYPI_PASSWORD)s', '${PYPI_PASSWORD}', '<your password>', ''])}\n`, 'password'),
  (rng) => N('settings.xml', `<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>${user(rng)}</username>\n      <password>${pick(rng, ['${env.MAVEN_PASSWORD}', '${maven.password}', '', '{COQLCE6DU6GtcS5P=}'.replace(/./g, (c) => (c === '{' || c === '}' ? c : 'x'))])}</password>\n    </server>\n  </servers>\n</settings>\n`, '<password>'),
  (rng) => N('.npmrc', `//${host(rng)}/npm/:_auth=${pick(rng, ['${NPM_AUTH}', '', b64(user(rng))])}\nalways-auth=true\n`, '_auth'),
];

// ---- typed languages and config dialects ---------------------------------------------------

const SECRET_NAMES = ['apiKey', 'api_key', 'API_KEY', 'api-key', 'authToken', 'auth_token', 'AUTH_TOKEN', 'clientSecret', 'client_secret', 'CLIENT_SECRET', 'accessToken', 'secretKey', 'SECRET_KEY', 'dbPassword', 'DB_PASSWORD', 'signingSecret', 'privateToken', 'webhookSecret'];
const typedValue = (rng: Rng) => (rng() < 0.6 ? token(rng) : password(rng, int(rng, 14, 24)));

const TYPED_POS: Gen[] = [
  (rng) => { const n = pick(rng, ['apiKey', 'authToken', 'clientSecret', 'accessToken', 'dbPassword']); const v = typedValue(rng); return P('src/config.ts', `import { env } from './env';\n${pick(rng, [`const ${n}: string = "${v}";`, `export const ${n}: string = '${v}';`, `  private readonly ${n}: string = "${v}";`, `  readonly ${n} = "${v}";`, `let ${n}: string | undefined = "${v}";`])}\n`, v); },
  (rng) => { const n = pick(rng, ['token', 'apiKey', 'secret', 'password']); const v = typedValue(rng); return P('app/src/main/kotlin/Config.kt', `package com.acme.app\n\nobject Config {\n    ${pick(rng, [`val ${n}: String = "${v}"`, `const val ${n.toUpperCase()} = "${v}"`, `private val ${n}: String = "${v}"`])}\n}\n`, v); },
  (rng) => { const n = pick(rng, ['SECRET', 'API_KEY', 'AUTH_TOKEN', 'DB_PASSWORD', 'CLIENT_SECRET']); const v = typedValue(rng); return P('src/main/java/com/acme/Settings.java', `package com.acme;\n\npublic final class Settings {\n    ${pick(rng, ['private', 'public', 'protected'])} static final String ${n} = "${v}";\n}\n`, v); },
  (rng) => { const n = pick(rng, ['Password', 'APIKey', 'Token', 'ClientSecret', 'SecretKey']); const v = typedValue(rng); return P('internal/store/config.go', `package store\n\nvar defaults = Config{\n\tHost:     "${host(rng)}",\n\t${n}: "${v}",\n}\n`, v); },
  (rng) => { const n = pick(rng, ['apiKey', 'clientSecret', 'ConnectionPassword', 'AuthToken']); const v = typedValue(rng); return P('src/Services/Client.cs', `namespace Acme.Services;\n\npublic class Client\n{\n    ${pick(rng, [`var ${n} = "${v}";`, `private const string ${n} = "${v}";`, `public static readonly string ${n} = "${v}";`])}\n}\n`, v); },
  (rng) => { const v = typedValue(rng); const k = pick(rng, ['db.password', 'spring.datasource.password', 'app.api.key', 'client.secret', 'auth.token', 'mail.smtp.password', 'oauth2.client-secret']); return P('src/main/resources/application.properties', `server.port=8080\n${k}=${v}\nlogging.level.root=INFO\n`, v); },
  (rng) => { const v = typedValue(rng); const k = pick(rng, ['client_secret', 'api_token', 'password', 'admin_password', 'secret_key']); return P(`infra/${word(rng)}.tf`, `resource "acme_integration" "main" {\n  name ${' '.repeat(int(rng, 1, 8))}= "${word(rng)}"\n  ${k} = "${v}"\n}\n`, v); },
  (rng) => { const v = typedValue(rng); const k = pick(rng, ['api_token', 'password', 'secret', 'auth-token', 'apiKey']); return P('config.toml', `[service]\nname = "${word(rng)}"\n${k} = "${v}"\n`, v); },
  (rng) => { const v = typedValue(rng); const k = pick(rng, ['password', 'secret_key', 'token', 'api_key']); return P(pick(rng, ['config.ini', 'setup.cfg', 'odbc.ini']), `[${word(rng)}]\nhost = ${host(rng)}\n${k} = ${v}\n`, v); },
  (rng) => { const v = typedValue(rng); const n = pick(rng, ['API_TOKEN', 'NPM_TOKEN', 'DB_PASSWORD', 'SECRET_KEY', 'GH_TOKEN']); return P('Dockerfile', `FROM node:24-slim\n${pick(rng, [`ENV ${n}=${v}`, `ARG ${n}=${v}`, `ENV ${n} ${v}`, `ENV ${n}="${v}"`])}\nRUN npm ci\n`, v); },
  (rng) => { const v = typedValue(rng); const n = pick(rng, ['API_KEY', 'AUTH_TOKEN', 'CLIENT_SECRET', 'DB_PASSWORD']); return P(pick(rng, ['scripts/env.sh', 'deploy.sh']), `#!/bin/sh\nset -eu\nexport ${n}=${pick(rng, [`"${v}"`, `'${v}'`, v])}\n`, v); },
  (rng) => { const v = typedValue(rng); const k = pick(rng, ['aws.secret.access.key', 'api-key', 'client-secret', 'authToken', 'SIGNING_SECRET']); return P('config/app.yml', `service:\n  name: ${word(rng)}\n  ${k}: ${v}\n`, v); },
];

const TYPED_NEG: Gen[] = [
  (rng) => N('src/types.ts', pick(rng, ['export interface Creds {\n  apiKey: string;\n  clientSecret?: string;\n}\n', 'const apiKey: string = process.env.API_KEY ?? "";\n', 'private readonly clientSecret: string = config.get("clientSecret");\n', 'export const AUTH_TOKEN_HEADER: string = "X-Auth-Token";\n']), pick(rng, ['apiKey', 'AUTH', 'client'])),
  (rng) => N('Config.kt', pick(rng, ['val token: String = System.getenv("TOKEN")\n', 'val apiKey: String = BuildConfig.API_KEY\n', 'const val SECRET_HEADER = "X-Secret-Token"\n']), pick(rng, ['token', 'apiKey', 'SECRET'])),
  (rng) => N('Settings.java', pick(rng, ['private static final String SECRET = System.getenv("APP_SECRET");\n', 'public static final String API_KEY_PARAM = "api_key";\n', 'private static final String PASSWORD_FIELD = "password";\n']), pick(rng, ['SECRET', 'API', 'PASSWORD'])),
  (rng) => N('config.go', pick(rng, ['\tPassword: os.Getenv("DB_PASSWORD"),\n', '\tAPIKey:   cfg.APIKey,\n', '\tToken:    "",\n', '\tSecretKey: viper.GetString("secret_key"),\n']), pick(rng, ['Password', 'APIKey', 'Token', 'SecretKey'])),
  (rng) => N('Client.cs', pick(rng, ['var apiKey = configuration["ApiKey"];\n', 'private const string PasswordKey = "ConnectionStrings:Password";\n', 'var clientSecret = Environment.GetEnvironmentVariable("CLIENT_SECRET");\n']), pick(rng, ['apiKey', 'Password', 'clientSecret'])),
  (rng) => N('application.properties', pick(rng, ['spring.datasource.password=${DB_PASSWORD}\n', 'app.api.key=${API_KEY:}\n', 'client.secret=\n', 'mail.smtp.password=changeme\n']), pick(rng, ['password', 'key', 'secret'])),
  (rng) => N('main.tf', pick(rng, ['  client_secret = var.client_secret\n', '  password      = random_password.db.result\n', '  api_token = data.vault_generic_secret.acme.data["token"]\n']), pick(rng, ['client_secret', 'password', 'api_token'])),
  (rng) => N('Dockerfile', pick(rng, ['ARG NPM_TOKEN\n', 'ENV API_TOKEN=${API_TOKEN}\n', 'ENV DB_PASSWORD=$DB_PASSWORD\n', 'ARG GH_TOKEN=""\n']), pick(rng, ['NPM', 'API', 'DB', 'GH'])),
  (rng) => N('deploy.sh', pick(rng, ['export API_KEY="$(vault kv get -field=key secret/acme)"\n', 'export AUTH_TOKEN=${AUTH_TOKEN:?missing}\n', "export CLIENT_SECRET=''\n"]), pick(rng, ['API', 'AUTH', 'CLIENT'])),
  (rng) => N('config.toml', pick(rng, ['api_token = ""\n', 'password = "<set me>"\n', 'secret = "${SECRET}"\n']), pick(rng, ['api_token', 'password', 'secret'])),
];

// ---- hex under secret names / digests under digest names ----------------------------------

const HEX_POS: Gen[] = [
  (rng) => {
    const n = pick(rng, [32, 40, 48, 64]);
    const v = hex(rng, n);
    const k = pick(rng, ['client_secret', 'ENCRYPTION_KEY', 'AUTH_TOKEN', 'api_key', 'secretKey', 'signing_key', 'SESSION_SECRET', 'webhook_secret', 'MASTER_KEY', 'app_secret', 'access_token', 'hmacKey']);
    const text = pick(rng, [`${k}: ${v}\n`, `${k}=${v}\n`, `${k} = "${v}"\n`, `  "${k}": "${v}",\n`, `const ${k} = '${v}';\n`]);
    return P(pick(rng, ['config/app.yml', '.env', 'settings.py', 'config.json', 'src/keys.js']), `# ${word(rng)} settings\n${text}`, v);
  },
];
const HEX_NEG: Gen[] = [
  (rng) => {
    const n = pick(rng, [32, 40, 64]);
    const v = hex(rng, n);
    const k = pick(rng, ['sha256', 'integrity', 'checksum', 'etag', 'commit', 'secret_sha256', 'token_hash', 'api_key_digest', 'password_md5', 'commit_sha', 'git_sha', 'content_hash', 'fingerprint', 'key_checksum', 'md5', 'revision']);
    const text = pick(rng, [`${k}: ${v}\n`, `${k}=${v}\n`, `${k} = "${v}"\n`, `  "${k}": "${v}",\n`]);
    return N(pick(rng, ['config/app.yml', 'manifest.json', 'build.cfg']), `# build metadata\n${text}`, v);
  },
];

// ---- AWS secret access keys under any spelling ---------------------------------------------

const awsSecret = (rng: Rng) => chars(rng, CS.alnum + '+/', 40);
const AWS_POS: Gen[] = [
  (rng) => {
    const v = awsSecret(rng);
    const k = pick(rng, ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'secretAccessKey', 'SecretAccessKey', 'secret_access_key', 'aws.secret.access.key', 'AWSSecretKey', 'secret-access-key', 'awsSecretAccessKey', 'SECRET_ACCESS_KEY', 'aws_secret_key']);
    const text = pick(rng, [`${k}=${v}`, `${k} = ${v}`, `${k}: "${v}"`, `  "${k}": "${v}",`, `${k}: '${v}'`]);
    const id = rng() < 0.5 ? `aws_access_key_id = ${J('AK', 'IA')}${chars(rng, CS.base32, 16)}\n` : '';
    return { ...P(pick(rng, ['config/aws.yml', '.aws/credentials', 'deploy/creds.json', 'app.properties']), `${id}${text}\n`, v), ignoreLines: id ? [1] : [] };
  },
  (rng) => {
    const v = awsSecret(rng);
    return P(pick(rng, ['src/s3.ts', 'S3Config.kt', 'aws.go']), pick(rng, [`const secretAccessKey: string = "${v}";\n`, `private val secretAccessKey: String = "${v}"\n`, `\tSecretAccessKey: "${v}",\n`, `    private static final String AWS_SECRET_KEY = "${v}";\n`]), v);
  },
  (rng) => {
    const v = awsSecret(rng);
    const text = `{\n    "AccessKey": {\n        "UserName": "${user(rng)}",\n        "AccessKeyId": "${J('AK', 'IA')}${chars(rng, CS.base32, 16)}",\n        "Status": "Active",\n        "SecretAccessKey": "${v}"\n    }\n}\n`;
    return { ...P('notes/create-access-key.json', text, v), ignoreLines: [4] };
  },
];
const AWS_NEG: Gen[] = [
  (rng) => N(pick(rng, ['config/aws.yml', 'src/s3.ts', '.aws/credentials']), pick(rng, [
    `secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,\n`,
    `aws_secret_access_key = ${J('wJalrXUtnFEMI', '/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY')}\n`,
    'SecretAccessKey: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n',
    'aws_secret_access_key = <your-secret-access-key>\n',
    'secret_access_key: ""\n',
    '\tSecretAccessKey: creds.SecretAccessKey,\n',
    `AWS_SECRET_ACCESS_KEY=${'x'.repeat(40)}\n`,
  ]), pick(rng, ['ecret', 'ECRET'])),
];

// ---- prose ----------------------------------------------------------------------------------

const PROSE_POS: Gen[] = [
  (rng) => {
    const v = pick(rng, [token(rng), password(rng)]);
    const name = pick(rng, ['auth_token', 'api_key', 'password', 'client secret', 'access token', 'API key', 'admin password', 'token']);
    const text = pick(rng, [
      `## Staging\n\nSet \`${name}\` to \`${v}\` before running the suite.\n`,
      `The ${name} is \`${v}\`, ask ops to rotate it.\n`,
      `The ${name} for staging is ${v} (do not share).\n`,
      `Staging ${name}: \`${v}\`\n`,
      `Use the ${name} **${v}** when prompted.\n`,
    ]);
    return P(pick(rng, ['docs/staging.md', 'README.md', 'NOTES.md']), text, v);
  },
  (rng) => {
    const v = pick(rng, [token(rng), password(rng)]);
    const name = pick(rng, ['password', 'api key', 'token', 'secret']);
    return P('docs/setup.rst', `Setup\n=====\n\nThe ${name} is \`\`${v}\`\`.\n`, v);
  },
  (rng) => {
    const v = pick(rng, [token(rng), password(rng)]);
    const c = pick(rng, ['//', '#', '--']);
    return P(pick(rng, ['src/legacy.js', 'tools/sync.py', 'db/seed.sql']), `${c} TODO remove: the ${pick(rng, ['password', 'api key', 'token', 'admin password'])} is ${v}\n${c} keep below\n`, v);
  },
  (rng) => {
    const v = token(rng, int(rng, 28, 40));
    const n = pick(rng, ['API_TOKEN', 'STRIPE_SECRET', 'SERVICE_PASSWORD', 'ACME_API_KEY']);
    return P('docs/deploy.md', `# Deploy\n\n\`\`\`sh\nexport ${n}=${v}\n./deploy.sh\n\`\`\`\n`, v);
  },
];
const PROSE_NEG: Gen[] = [
  (rng) => N(pick(rng, ['docs/staging.md', 'README.md', 'docs/setup.rst']), pick(rng, [
    'Set `auth_token` to your personal token before running the suite.\n',
    'The password is stored in Vault under `secret/staging/db`.\n',
    'The password is `changeme` on first boot; change it immediately.\n',
    'The token is `<TOKEN>` in the examples below.\n',
    'The password is at least twelve characters long and is rotated monthly.\n',
    'The API key is required for every request and is sent in the header.\n',
    'The secret is passed through the `APP_SECRET` environment variable.\n',
    'Set `api_key` to `${API_KEY}` in CI.\n',
    'The access token is returned by the `/oauth/token` endpoint.\n',
  ]), pick(rng, ['The', 'Set'])),
  (rng) => N('src/auth.js', pick(rng, ['// the password is hashed with argon2id before storage\n', '// token is refreshed when it expires\n', '# the api key is read from the environment\n']), pick(rng, ['the', 'token'])),
];

// ---- passwords with punctuation -----------------------------------------------------------

function punctPassword(rng: Rng): string {
  const set = CS.alnum + '^,!%*~=';
  let s = chars(rng, CS.alnum, 2);
  for (let i = 0; i < int(rng, 10, 18); i++) s += chars(rng, set, 1);
  // Always some of the punctuation the issue names, and a non-punctuation last character sometimes.
  return s + chars(rng, '^,!%*~=', 1) + chars(rng, rng() < 0.5 ? CS.alnum : '^,!%*~=', 1);
}
const PUNCT_POS: Gen[] = [
  (rng) => { const v = punctPassword(rng); const n = pick(rng, ['DB_PASSWORD', 'SMTP_PASSWORD', 'ADMIN_PASS', 'REDIS_PASSWORD', 'PGPASSWORD']); return P('.env', `NODE_ENV=production\n${n}=${v}\nPORT=8080\n`, v); },
  (rng) => { const v = punctPassword(rng); const n = pick(rng, ['DB_PASSWORD', 'PGPASSWORD', 'MYSQL_ROOT_PASSWORD']); return P('scripts/db.sh', `#!/bin/sh\nexport ${n}='${v}'\npsql -h ${host(rng)} -U ${user(rng)}\n`, v); },
  (rng) => { const v = punctPassword(rng); return P('application.properties', `spring.datasource.url=jdbc:postgresql://${host(rng)}/app\n${pick(rng, ['spring.datasource.password', 'db.password', 'mail.password'])}=${v}\n`, v); },
  (rng) => { const v = punctPassword(rng); const n = pick(rng, ['DB_PASSWORD', 'ADMIN_PASSWORD', 'RABBITMQ_DEFAULT_PASS']); return P('Dockerfile', `FROM postgres:17\nENV ${n}=${v}\nEXPOSE 5432\n`, v); },
];
const PUNCT_NEG: Gen[] = [
  (rng) => N('.env', pick(rng, ['DB_PASSWORD=${DB_PASSWORD}\n', 'ADMIN_PASS=changeme!\n', 'PGPASSWORD=$(cat /run/secrets/pg)\n', 'SMTP_PASSWORD=\n', 'REDIS_PASSWORD=${REDIS_PASSWORD:-}\n', 'DB_PASSWORD=<db password>\n', 'MAIL_PASSWORD=%(mail_password)s\n']), 'PASS'),
];

// ---- command lines and headers --------------------------------------------------------------

const CMD_POS: Gen[] = [
  (rng) => { const v = password(rng).replace(/[!]/g, '%'); return P(pick(rng, ['scripts/upload.sh', 'Dockerfile', 'docs/api.md', '.github/workflows/release.yml']), wrapCmd(rng, `curl ${pick(rng, ['-u', '--user'])} ${user(rng)}:${v} https://${host(rng)}/api/v1/upload -F file=@dist.tgz`), v); },
  (rng) => { const v = b64(`${user(rng)}:${password(rng)}`); return P(pick(rng, ['scripts/check.sh', 'docs/api.md', '.gitlab-ci.yml']), wrapCmd(rng, `curl -H ${pick(rng, ["'", '"'])}Authorization: Basic ${v}${pick(rng, ["'", '"'])} https://${host(rng)}/health`.replace(/(['"])([^'"]*)['"]/, '$1$2$1')), v); },
  (rng) => { const v = token(rng, int(rng, 30, 48)); return P(pick(rng, ['scripts/deploy.sh', 'README.md', '.github/workflows/ci.yml']), wrapCmd(rng, `curl -s -H "Authorization: ${pick(rng, ['Bearer', 'Token', 'token'])} ${v}" https://${host(rng)}/api/items`), v); },
  (rng) => { const v = token(rng, int(rng, 28, 44)); const h = pick(rng, ['X-API-Key', 'X-Api-Key', 'x-api-key', 'X-Auth-Token', 'Api-Key', 'X-Access-Token', 'PRIVATE-TOKEN']); return P(pick(rng, ['scripts/sync.sh', 'docs/usage.md', 'Makefile']), wrapCmd(rng, `curl -H "${h}: ${v}" https://${host(rng)}/v2/sync`), v); },
];
function wrapCmd(rng: Rng, cmd: string): string {
  return pick(rng, [`#!/bin/bash\nset -euo pipefail\n${cmd}\n`, `FROM alpine:3.20\nRUN ${cmd}\n`, `## Upload\n\n\`\`\`sh\n${cmd}\n\`\`\`\n`, `jobs:\n  release:\n    steps:\n      - run: ${cmd}\n`]);
}
const CMD_NEG: Gen[] = [
  (rng) => N(pick(rng, ['scripts/upload.sh', 'docs/api.md', '.github/workflows/ci.yml']), wrapCmd(rng, pick(rng, [
    'curl -u "$USER:$PASS" https://api.acme-cloud.com/upload',
    'curl -u deploy:${DEPLOY_TOKEN} https://api.acme-cloud.com/upload',
    'curl -H "Authorization: Bearer $TOKEN" https://api.acme-cloud.com/items',
    'curl -H "Authorization: Basic ${CREDS}" https://api.acme-cloud.com/items',
    "curl -H 'X-API-Key: <your-api-key>' https://api.acme-cloud.com/items",
    'curl -H "Authorization: Bearer ${{ secrets.API_TOKEN }}" https://api.acme-cloud.com/items',
    'curl -u admin:admin http://localhost:8080/api',
    'curl -H "X-API-Key: $(cat ~/.acme/key)" https://api.acme-cloud.com/items',
    'curl -H "Authorization: Token YOUR_TOKEN" https://api.acme-cloud.com/items',
  ])), 'curl'),
];

// ---- newer provider formats ---------------------------------------------------------------

const PROVIDER_POS: Gen[] = [
  (rng) => { const v = J('EA', 'A') + pick(rng, ['B', 'C', 'G', 'I']) + chars(rng, CS.alnum, int(rng, 150, 220)); return P('config/fb.yml', `facebook:\n  access_token: ${v}\n`, v); },
  (rng) => { const v = hex(rng, 32); return P('.env', `${pick(rng, ['FACEBOOK_APP_SECRET', 'FB_APP_SECRET', 'FACEBOOK_CLIENT_SECRET'])}=${v}\n`, v); },
  (rng) => { const v = J('api', '_org_') + chars(rng, CS.letters, 34); return P('train.py', `HF_ORG_TOKEN = "${v}"\n`, v); },
  (rng) => { const v = J('sg', 'p_') + (rng() < 0.5 ? hex(rng, 40) : `${hex(rng, 16)}_${hex(rng, 40)}`); return P('.env', `SRC_ACCESS_TOKEN=${v}\n`, v); },
  (rng) => { const v = J('sq', pick(rng, ['u', 'p', 'a']), '_') + hex(rng, 40); return P('sonar-project.properties', `sonar.host.url=https://${host(rng)}\nsonar.token=${v}\n`, v); },
  (rng) => { const v = uuid(rng); return P(pick(rng, ['.env', '.github/workflows/snyk.yml']), pick(rng, [`SNYK_TOKEN=${v}\n`, `env:\n  SNYK_TOKEN: ${v}\n`]), v); },
  (rng) => { const v = `${hex(rng, 8)}:${hex(rng, 8)}`; return P(pick(rng, ['.bundle/config', 'Gemfile']), pick(rng, [`---\nBUNDLE_ENTERPRISE__CONTRIBSYS__COM: "${v}"\n`, `source "https://${v}@${J('enterprise', '.contribsys.com')}/" do\n  gem "sidekiq-ent"\nend\n`, `---\nBUNDLE_GEMS__CONTRIBSYS__COM: "${v}"\n`]), v); },
  (rng) => { const id = J('s', 'u') + chars(rng, CS.alnum, 12); const key = chars(rng, CS.alnum, 64); return { ...P('.env', `SUMO_ACCESS_ID=${id}\nSUMO_ACCESS_KEY=${key}\n`, key), ignoreLines: [1] }; },
  (rng) => { const up = CS.upperAlnum; const v = `${J('A', '3-')}${chars(rng, up, 6)}-${chars(rng, up, 6)}-${chars(rng, up, 5)}-${chars(rng, up, 5)}-${chars(rng, up, 5)}-${chars(rng, up, 5)}`; return P('docs/vault-recovery.md', `Emergency kit\n\nSecret Key: ${v}\n`, v); },
  (rng) => { const v = J('ABSK', b64('Bedrock' + 'APIKey-')).replace(/=+$/, '') + chars(rng, CS.b64, int(rng, 110, 140)); return P('.env', `AWS_BEARER_TOKEN_BEDROCK=${v}\n`, v); },
  (rng) => { const v = J('bedrock', '-api-key-') + b64(`bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${J('AS', 'IA')}${chars(rng, CS.base32, 16)}&X-Amz-Signature=${hex(rng, 64)}&Version=1`); return P('.env', `AWS_BEARER_TOKEN_BEDROCK=${v}\n`, v); },
  (rng) => { const v = password(rng); return P('nuget.config', `<configuration>\n  <packageSourceCredentials>\n    <acme>\n      <add key="Username" value="${user(rng)}" />\n      <add key="ClearTextPassword" value="${v}" />\n    </acme>\n  </packageSourceCredentials>\n</configuration>\n`, v); },
  (rng) => { const v = J('hooks.', 'slack.com/', pick(rng, ['workflows', 'triggers']), '/T') + chars(rng, CS.upperAlnum, 10) + '/A' + chars(rng, CS.upperAlnum, 10) + '/' + chars(rng, CS.digits, 18) + '/' + (rng() < 0.5 ? hex(rng, 32) : alnum(rng, 24)); return P('.env', `SLACK_WORKFLOW_URL=https://${v}\n`, v); },
  (rng) => { const v = rng() < 0.5 ? chars(rng, CS.b64url, 40) : hex(rng, 37); return P(pick(rng, ['config/dns.yml', 'terraform.tfvars']), pick(rng, [`cloudflare: ${v}\n`, `cloudflare = "${v}"\n`, `  cloudflare: "${v}"\n`]), v); },
];
const PROVIDER_NEG: Gen[] = [
  (rng) => N('config/fb.yml', pick(rng, [`facebook:\n  app_id: "${chars(rng, CS.digits, 15)}"\n`, 'FACEBOOK_APP_SECRET=${FACEBOOK_APP_SECRET}\n', `EAAB${'x'.repeat(40)}\n`]), pick(rng, ['facebook', 'FACEBOOK', 'EAAB'])),
  (rng) => N('.env', pick(rng, [`SRC_ACCESS_TOKEN=${J('sg', 'p_')}${'0'.repeat(40)}\n`, `SONAR_TOKEN=${J('sq', 'u_')}<token>\n`, 'SNYK_TOKEN=${SNYK_TOKEN}\n', `SNYK_ORG_ID=${uuid(rng)}\n`, 'SUMO_ACCESS_KEY=${SUMO_ACCESS_KEY}\n', `HF_ORG=${J('api', '_org_')}name\n`]), pick(rng, ['SRC', 'SONAR', 'SNYK', 'SUMO', 'HF'])),
  (rng) => N('nuget.config', `<configuration>\n  <packageSourceCredentials>\n    <acme>\n      <add key="ClearTextPassword" value="${pick(rng, ['%NUGET_PASSWORD%', '$(NuGetPassword)', ''])}" />\n    </acme>\n  </packageSourceCredentials>\n</configuration>\n`, 'ClearTextPassword'),
  (rng) => N('docs/1password.md', `Secret Key: ${J('A', '3-')}XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX\n`, 'Secret Key'),
  (rng) => N('config/dns.yml', pick(rng, ['cloudflare: true\n', 'cloudflare:\n  zone: acme-cloud.com\n', 'cloudflare = "${CLOUDFLARE_API_TOKEN}"\n', `cloudflare_zone_id: ${hex(rng, 32)}\n`]), 'cloudflare'),
];

// ---- code references whose text merely contains a secret-ish word; documented SDK example keys ---

/** Example credentials that vendors print in their docs and SDKs (assembled at run time, never stored whole). */
export const DOCUMENTED_EXAMPLES: readonly { what: string; text: string }[] = [
  // jwt.io's default HS256 token, reproduced by countless SDK readmes and tests.
  { what: 'jwt.io example token', text: `const demoToken = "${J('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', '.', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ', '.', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')}";` },
  // Azure Cosmos DB emulator's well-known key, published by Microsoft.
  { what: 'Cosmos DB emulator key', text: `AccountEndpoint=https://localhost:8081/;AccountKey=${J('C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2n', 'Q9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==')};` },
  // Google reCAPTCHA v2 test secret key (documented for automated tests; always passes).
  { what: 'reCAPTCHA test secret', text: `RECAPTCHA_SECRET_KEY=${J('6LeIxAcTAAAAAGG', '-vFI1TnRWxMZNFuojJ4WifJWe')}` },
];

const CODE_FP_NEG: Gen[] = [
  (rng) => N(pick(rng, ['src/crypto.ts', 'lib/kex.py', 'pkg/kex/kex.go', 'docs/crypto.md']), pick(rng, [
    'const secret = X25519.secret_length;',
    'secret: X25519.secret_length,',
    'shared_secret = x25519.secret_length',
    'token: publicToken,',
    'const token = publicToken;',
    'apiKey: keyVault,',
    'password = keyVault.Password2',
    'secret: Ed25519.secretKey2,',
    'token = publishableToken',
    'client_secret: oauth2Config.clientSecret2,',
    'const apiKey = keyVault;',
  ]) + '\n', pick(rng, ['ecret', 'oken', 'pi', 'assword', 'Key'])),
  (rng) => { const e = pick(rng, DOCUMENTED_EXAMPLES); return N(pick(rng, ['docs/example.md', 'test/fixtures/config.env', 'src/demo.js']), `${e.text}\n`, e.text.slice(0, 12)); },
];

// ---- any high-entropy string (for the opt-in entropy rule) -------------------------------------

const ENTROPY_POS: Gen[] = [
  (rng) => {
    const v = pick(rng, [chars(rng, CS.b64, int(rng, 32, 64)), chars(rng, CS.alnum, int(rng, 32, 48)), chars(rng, CS.b64url, int(rng, 32, 56))]);
    const n = pick(rng, ['value', 'k', 'conf', 'blob', 'seed', 'x', 'data', 'ref']);
    return P(pick(rng, ['src/constants.ts', 'config/app.yml', 'lib/util.py', 'settings.json']), pick(rng, [`const ${n} = "${v}";\n`, `${n}: ${v}\n`, `${n} = '${v}'\n`, `  "${n}": "${v}",\n`]), v);
  },
];
const ENTROPY_NEG: Gen[] = [
  (rng) => N(pick(rng, ['src/constants.ts', 'config/app.yml']), pick(rng, [
    `const id = "${uuid(rng)}";\n`,
    `commit: ${hex(rng, 40)}\n`,
    `digest = "sha256:${hex(rng, 64)}"\n`,
    `const label = "${pick(rng, ['ExperimentalFeatureToggleForDashboards', 'https://cdn.acme-cloud.com/assets/app.bundle.js'])}";\n`,
    `image: ghcr.io/acme/${word(rng)}@sha256:${hex(rng, 64)}\n`,
    `const path = "src/components/${word(rng)}/${word(rng)}Panel.tsx";\n`,
  ]), pick(rng, ['id', 'commit', 'digest', 'label', 'image', 'path'])),
];

const GENS: Record<Family, { pos: Gen[]; neg: Gen[] }> = {
  encoded: { pos: ENCODED_POS, neg: ENCODED_NEG },
  typed: { pos: TYPED_POS, neg: TYPED_NEG },
  hex: { pos: HEX_POS, neg: HEX_NEG },
  aws: { pos: AWS_POS, neg: AWS_NEG },
  prose: { pos: PROSE_POS, neg: PROSE_NEG },
  punctuation: { pos: PUNCT_POS, neg: PUNCT_NEG },
  cmdline: { pos: CMD_POS, neg: CMD_NEG },
  providers: { pos: PROVIDER_POS, neg: PROVIDER_NEG },
  'code-fp': { pos: [], neg: CODE_FP_NEG },
  entropy: { pos: ENTROPY_POS, neg: ENTROPY_NEG },
};

// ---- novel shapes: written after the rules were tuned and measured once, never tuned on --------

const NOVEL: Record<Family, { pos: Gen[]; neg: Gen[] }> = {
  encoded: {
    pos: [
      (rng) => { const v = b64(password(rng)); return P('k8s/secret.json', `{\n  "apiVersion": "v1",\n  "kind": "Secret",\n  "metadata": { "name": "${word(rng)}" },\n  "data": {\n    "db-password": "${v}"\n  }\n}\n`, v); },
      (rng) => { const v = b64(`${user(rng)}:${password(rng)}`); return P('nginx/proxy.conf', `location /api/ {\n    proxy_set_header Authorization "Basic ${v}";\n}\n`, v); },
      (rng) => { const v = b64(`${user(rng)}:${password(rng)}`); return P('Jenkinsfile', `sh "curl --header 'Authorization: Basic ${v}' https://${host(rng)}/job/build"\n`, v); },
      (rng) => { const v = b64(password(rng)); return P('helm/values.yaml', `---\napiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  SMTP_PASS: ${v}\n`, v); },
      (rng) => { const s = password(rng); return P('ci/.netrc', `default login ${user(rng)} password ${s}\n`, s); },
    ],
    neg: [
      (rng) => N('k8s/cm.yaml', `kind: ConfigMap\ndata:\n  settings: ${b64('mode=fast\nretries=3')}\n`, 'settings'),
      (rng) => N('k8s/secret.yaml', `kind: Secret\nstringData:\n  password: \${DB_PASSWORD}\n`, 'password'),
      (rng) => N('docs/auth.md', `Send \`Authorization: Basic <base64 of user:password>\` with each request.\n`, 'Basic'),
    ],
  },
  typed: {
    pos: [
      (rng) => { const v = token(rng); return P('app/settings.py', `API_TOKEN: Final[str] = "${v}"\n`, v); },
      (rng) => { const v = token(rng); return P('Sources/Config.swift', `let apiKey: String = "${v}"\n`, v); },
      (rng) => { const v = token(rng); return P('lib/config.rb', `SECRET_KEY = '${v}'.freeze\n`, v); },
      (rng) => { const v = token(rng); return P('src/config.rs', `const AUTH_TOKEN: &str = "${v}";\n`, v); },
      (rng) => { const v = token(rng); return P('config/app.php', `    'client_secret' => '${v}',\n`, v); },
    ],
    neg: [
      (rng) => N('app/settings.py', 'API_TOKEN: Final[str] = os.environ["API_TOKEN"]\n', 'API'),
      (rng) => N('src/config.rs', 'const AUTH_TOKEN_HEADER: &str = "x-auth-token";\n', 'AUTH'),
      (rng) => N('config/app.php', "    'client_secret' => env('CLIENT_SECRET'),\n", 'client'),
    ],
  },
  hex: {
    pos: [
      (rng) => { const v = hex(rng, 64); return P('config/secrets.yml', `production:\n  secret_key_base: ${v}\n`, v); },
      (rng) => { const v = hex(rng, 32); return P('.env', `APP_ENCRYPTION_KEY=${v}\n`, v); },
      (rng) => { const v = hex(rng, 40); return P('config.json', `{ "signingSecret": "${v}" }\n`, v); },
    ],
    neg: [
      (rng) => N('build.json', `{ "sourceHash": "${hex(rng, 64)}" }\n`, 'source'),
      (rng) => N('release.yml', `git_commit_sha: ${hex(rng, 40)}\n`, 'git'),
      (rng) => N('cache.json', `{ "cacheKey": "${hex(rng, 32)}" }\n`, 'cache'),
    ],
  },
  aws: {
    pos: [
      (rng) => { const v = awsSecret(rng); return P('terraform.tfvars', `aws_secret_key = "${v}"\n`, v); },
      (rng) => { const v = awsSecret(rng); return P('serverless.yml', `provider:\n  environment:\n    MY_AWS_SECRET: ${v}\n`, v); },
      (rng) => { const v = awsSecret(rng); return P('boto.py', `session = boto3.Session(aws_access_key_id=KEY_ID, aws_secret_access_key="${v}")\n`, v); },
    ],
    neg: [
      (rng) => N('boto.py', 'session = boto3.Session(aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"])\n', 'session'),
      (rng) => N('docs/aws.md', 'Set `aws_secret_access_key` in `~/.aws/credentials`.\n', 'Set'),
    ],
  },
  prose: {
    pos: [
      (rng) => { const v = token(rng); return P('docs/onboarding.md', `Your temporary password: ${v}\n`, v); },
      (rng) => { const v = token(rng); return P('README.md', `- **API key**: \`${v}\`\n`, v); },
      (rng) => { const v = token(rng); return P('docs/notes.txt', `Login with admin / ${v}\n`, v); },
    ],
    neg: [
      (rng) => N('docs/onboarding.md', 'Your temporary password will be emailed to you.\n', 'Your'),
      (rng) => N('README.md', '- **API key**: create one under Settings > API.\n', 'API'),
    ],
  },
  punctuation: {
    pos: [
      (rng) => { const v = punctPassword(rng); return P('docker-compose.yml', `services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=${v}\n`, v); },
      (rng) => { const v = punctPassword(rng); return P('config.ini', `[database]\npassword=${v}\n`, v); },
    ],
    neg: [(rng) => N('docker-compose.yml', 'services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}\n', 'POSTGRES')],
  },
  cmdline: {
    pos: [
      (rng) => { const v = password(rng); return P('scripts/db.sh', `mysql -u root -p'${v}' -h ${host(rng)} app\n`, v); },
      (rng) => { const v = token(rng); return P('scripts/call.sh', `http GET https://${host(rng)}/items "Authorization:Bearer ${v}"\n`, v); },
      (rng) => { const v = password(rng); return P('Makefile', `login:\n\tdocker login --username ci --password ${v} ${registry(rng)}\n`, v); },
    ],
    neg: [
      (rng) => N('scripts/db.sh', 'mysql -u root -p"$MYSQL_ROOT_PASSWORD" app\n', 'mysql'),
      (rng) => N('Makefile', 'login:\n\techo "$TOKEN" | docker login --username ci --password-stdin ghcr.io\n', 'docker'),
    ],
  },
  providers: {
    pos: [
      (rng) => { const v = J('sq', 'u_') + hex(rng, 40); return P('Jenkinsfile', `withSonarQubeEnv { sh "sonar-scanner -Dsonar.login=${v}" }\n`, v); },
      (rng) => { const v = J('api', '_org_') + chars(rng, CS.letters, 34); return P('notebook.ipynb', `{"source": ["login(token=\\"${v}\\")"]}\n`, v); },
      (rng) => { const v = J('sg', 'p_') + hex(rng, 40); return P('docs/src.md', `src login https://sourcegraph.${host(rng)} --token ${v}\n`, v); },
    ],
    neg: [
      (rng) => N('Jenkinsfile', 'withSonarQubeEnv { sh "sonar-scanner -Dsonar.login=$SONAR_TOKEN" }\n', 'sonar'),
      (rng) => N('docs/src.md', `Tokens start with ${J('sg', 'p_')} followed by 40 hex characters.\n`, 'Tokens'),
    ],
  },
  'code-fp': {
    pos: [],
    neg: [
      (rng) => N('src/tokens.ts', 'export const refreshTokenExpiry = config.auth.refreshTokenTtlSeconds;\n', 'export'),
      (rng) => N('src/keys.py', 'secret_key_length = nacl.secret.SecretBox.KEY_SIZE\n', 'secret'),
      (rng) => N('src/vault.cs', 'var secret = await keyVaultClient.GetSecretAsync(vaultUri, secretName);\n', 'var'),
    ],
  },
  entropy: {
    pos: [(rng) => { const v = chars(rng, CS.b64, 44); return P('config/app.yml', `payload_seed: ${v}\n`, v); }],
    neg: [(rng) => N('config/app.yml', `image_digest: sha256:${hex(rng, 64)}\n`, 'image')],
  },
};

/** Cases of the novel shapes (see NOVEL): `perShape` of each positive and negative shape. */
export function novelFamilyCases(seed: number, perShape = 6): FamilyCase[] {
  const rng = makeRng(seed);
  const out: FamilyCase[] = [];
  for (const family of FAMILIES) {
    const { pos, neg } = NOVEL[family];
    for (const g of pos) for (let i = 0; i < perShape; i++) out.push({ family, positive: true, line: 1, ...g(rng) } as FamilyCase);
    for (const g of neg) for (let i = 0; i < perShape; i++) out.push({ family, positive: false, line: 1, ...g(rng) } as FamilyCase);
  }
  return out;
}

/** `perFamily` positives and as many negatives per family (round robin over each family's shapes). */
export function familyCases(seed: number, perFamily = 40, families: readonly Family[] = FAMILIES): FamilyCase[] {
  const rng = makeRng(seed);
  const out: FamilyCase[] = [];
  for (const family of families) {
    const { pos, neg } = GENS[family];
    for (let i = 0; pos.length && i < perFamily; i++) out.push({ family, positive: true, line: 1, ...pos[i % pos.length](rng) } as FamilyCase);
    for (let i = 0; neg.length && i < perFamily; i++) out.push({ family, positive: false, line: 1, ...neg[i % neg.length](rng) } as FamilyCase);
  }
  return out;
}

export async function writeFamilyCases(dir: string, cases: readonly FamilyCase[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [i, c] of cases.entries()) {
    const file = join(dir, `case${i}`, c.path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, c.text);
  }
}

export interface FamilyScore {
  family: Family;
  positives: number;
  found: number;
  findings: number;
  truePositives: number;
  /** Findings in negative cases. */
  negativeHits: number;
  recall: number;
  precision: number;
}

/**
 * A finding is a true positive when it sits on the planted line of a positive case and its fingerprint
 * is of the planted value (so a value cut short or run on counts as a miss and a false positive).
 */
export function scoreFamilies(cases: readonly FamilyCase[], findings: readonly Finding[]): FamilyScore[] {
  const byCase = new Map<number, Finding[]>();
  for (const f of findings) {
    const m = /^case(\d+)\//.exec(f.location.path);
    if (m) byCase.set(Number(m[1]), [...(byCase.get(Number(m[1])) ?? []), f]);
  }
  const scores = new Map<Family, FamilyScore>();
  for (const [i, c] of cases.entries()) {
    const s = scores.get(c.family) ?? { family: c.family, positives: 0, found: 0, findings: 0, truePositives: 0, negativeHits: 0, recall: 1, precision: 1 };
    scores.set(c.family, s);
    const fs = (byCase.get(i) ?? []).filter((f) => !c.ignoreLines?.includes(f.location.line ?? 0));
    s.findings += fs.length;
    if (!c.positive) {
      s.negativeHits += fs.length;
      continue;
    }
    s.positives++;
    const good = fs.filter((f) => f.location.line === c.line && f.fingerprint === fingerprint(f.ruleId, c.secret!));
    if (good.length) s.found++;
    s.truePositives += good.length;
  }
  for (const s of scores.values()) {
    s.recall = s.positives ? s.found / s.positives : 1;
    s.precision = s.findings ? s.truePositives / s.findings : 1;
  }
  return FAMILIES.filter((f) => scores.has(f)).map((f) => scores.get(f)!);
}

/** Writes the cases, scans them through the real engine (tree scan, worker threads) and scores them. */
export async function measureFamilies(dir: string, cases: readonly FamilyCase[], opts: { threads?: number; entropy?: { threshold?: number } } = {}): Promise<{ scores: FamilyScore[]; findings: Finding[] }> {
  await writeFamilyCases(dir, cases);
  const result = await secretScan({ root: dir, target: { kind: 'tree' }, threads: opts.threads ?? 2, entropy: opts.entropy });
  return { scores: scoreFamilies(cases, result.findings), findings: result.findings };
}

export function formatScores(scores: readonly FamilyScore[]): string {
  const rows = scores.map((s) => `${s.family.padEnd(12)} recall ${s.recall.toFixed(3)} (${s.found}/${s.positives})  precision ${s.precision.toFixed(3)} (${s.truePositives}/${s.findings})  negative hits ${s.negativeHits}`);
  return rows.join('\n');
}
