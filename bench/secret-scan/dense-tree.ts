// A tree dense in configuration: services with .env files, Kubernetes / Compose / CI YAML, JSON settings,
// .properties, Terraform and Dockerfiles, mixed with copied source files. Keyword hits are frequent
// (password, token, secret, api_key, https://, key names) and almost all of them are not secrets
// (references, placeholders, settings about secrets); a few seeded synthetic secrets are planted.
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeRng, generateSecret, generateNegative, NEGATIVE_KINDS, ALL_RULE_IDS_WITH_GENERATORS, pick, int, alnum, hex, uuid, type Rng } from '../../test/support/secret-gen.ts';

export interface PlantedAt {
  ruleId: string;
  path: string;
  /** 1-based first line of the planted text. */
  line: number;
  lines: number;
}

const WORDS = ['orders', 'billing', 'ingest', 'search', 'ledger', 'relay', 'catalog', 'gateway', 'notify', 'report', 'auth', 'media'];
const w = (rng: Rng) => pick(rng, WORDS);
const UP = (s: string) => s.toUpperCase();

// Settings lines per format. Most name a secret-ish key without holding a secret.
const ENV: ((r: Rng) => string)[] = [
  (r) => `${UP(w(r))}_DB_PASSWORD=\${${UP(w(r))}_DB_PASSWORD}`,
  (r) => `DATABASE_URL=postgres://app:\${DB_PASSWORD}@${w(r)}-db:5432/${w(r)}`,
  () => 'SECRET_KEY=your-secret-key-here',
  () => 'API_TOKEN=',
  (r) => `JWT_SECRET_NAME=${w(r)}/jwt`,
  (r) => `TOKEN_TTL_SECONDS=${int(r, 60, 86400)}`,
  (r) => `AUTH_TOKEN_URL=https://auth.${w(r)}.example.com/oauth/token`,
  () => 'API_KEY_HEADER=X-Api-Key',
  () => 'PASSWORD_MIN_LENGTH=12',
  (r) => `REDIS_URL=redis://${w(r)}-cache:6379/0`,
  () => 'LOG_LEVEL=info',
  (r) => `PORT=${int(r, 3000, 9000)}`,
  () => 'NODE_ENV=production',
  (r) => `FEATURE_${UP(w(r))}=${pick(r, ['true', 'false'])}`,
  (r) => `S3_BUCKET=assets-${w(r)}-${int(r, 1, 99)}`,
  (r) => `CALLBACK_URL=https://app.${w(r)}.example.com/callback`,
  (r) => `SMTP_PASSWORD_FILE=/run/secrets/${w(r)}_smtp`,
];

const K8S_ENV = (r: Rng) =>
  pick(r, [
    `        - name: ${UP(w(r))}_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: ${w(r)}-credentials\n              key: password`,
    `        - name: API_TOKEN_FILE\n          value: /var/run/secrets/${w(r)}/token`,
    `        - name: ${UP(w(r))}_URL\n          value: "https://${w(r)}.svc.cluster.local:8443"`,
    `        - name: SECRET_REF\n          value: ${w(r)}-secret`,
    `        - name: LOG_LEVEL\n          value: debug`,
  ]);

function k8s(r: Rng): string[] {
  const name = w(r);
  const out = [
    'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${name}`, `  namespace: ${w(r)}`, '  annotations:',
    `    docs: https://wiki.${w(r)}.example.com/runbooks/${name}`, 'spec:', `  replicas: ${int(r, 1, 6)}`, '  template:', '    spec:',
    `      serviceAccountName: ${name}`, '      imagePullSecrets:', '        - name: regcred', '      containers:', `      - name: ${name}`,
    `        image: registry.example.com/${name}:${int(r, 1, 9)}.${int(r, 0, 20)}.${int(r, 0, 99)}`, '        env:',
  ];
  for (let i = int(r, 4, 14); i > 0; i--) out.push(K8S_ENV(r));
  out.push('        readinessProbe:', '          httpGet:', '            path: /healthz', `            port: ${int(r, 3000, 9000)}`, '---');
  return out;
}

function workflow(r: Rng): string[] {
  return [
    `name: ${w(r)}`, 'on: [push, pull_request]', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4',
    '      - uses: docker/login-action@v3', '        with:', '          registry: ghcr.io', '          username: ${{ github.actor }}',
    '          password: ${{ secrets.GITHUB_TOKEN }}', `      - run: npm ci && npm test`, '        env:', '          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}',
    `          API_KEY: \${{ secrets.${UP(w(r))}_API_KEY }}`, `      - run: curl -fsSL https://${w(r)}.example.com/install.sh | sh`,
  ];
}

function compose(r: Rng): string[] {
  return [
    'services:', `  ${w(r)}:`, `    image: ${w(r)}:latest`, '    environment:', '      POSTGRES_PASSWORD: example', '      POSTGRES_USER: app',
    `      TOKEN_ISSUER: https://auth.${w(r)}.example.com`, '      SECRET_KEY_BASE: ${SECRET_KEY_BASE}', '    ports:', `      - "${int(r, 3000, 9000)}:80"`,
  ];
}

function appsettings(r: Rng): string[] {
  return [
    '{', '  "ConnectionStrings": {', `    "Default": "Server=${w(r)}-db;Database=${w(r)};User Id=app;Password=\${DB_PASSWORD};"`, '  },',
    '  "Jwt": {', `    "Issuer": "https://auth.${w(r)}.example.com",`, '    "SecretKeyName": "jwt-signing-key",', `    "TokenLifetimeMinutes": ${int(r, 5, 120)}`, '  },',
    '  "apiKeyHeader": "X-API-Key",', `  "tokenUrl": "https://auth.${w(r)}.example.com/oauth/token",`,
    '  "securitySchemes": { "bearerAuth": { "type": "http", "scheme": "bearer", "bearerFormat": "JWT" } },',
    `  "repository": { "url": "https://github.com/${w(r)}/${w(r)}.git" },`, `  "requestId": "${uuid(r)}",`, `  "buildHash": "${hex(r, 40)}"`, '}',
  ];
}

const PROPS: ((r: Rng) => string)[] = [
  (r) => `spring.datasource.url=jdbc:postgresql://${w(r)}-db:5432/${w(r)}`,
  () => 'spring.datasource.username=app',
  () => 'spring.datasource.password=${DB_PASSWORD}',
  () => 'app.jwt.secret=${JWT_SECRET}',
  (r) => `app.jwt.token-validity=${int(r, 600, 86400)}`,
  (r) => `server.port=${int(r, 3000, 9000)}`,
  () => 'management.endpoints.web.exposure.include=health,info',
  (r) => `security.oauth2.client.access-token-uri=https://auth.${w(r)}.example.com/oauth/token`,
  (r) => `${w(r)}.api-key.header=X-Api-Key`,
  (r) => `logging.level.${w(r)}=DEBUG`,
];

function terraform(r: Rng): string[] {
  const n = w(r);
  return [
    `variable "${n}_db_password" {`, '  type      = string', '  sensitive = true', '}', '',
    `resource "aws_db_instance" "${n}" {`, '  engine   = "postgres"', '  username = "app"', `  password = var.${n}_db_password`, `  identifier = "${n}-${int(r, 1, 9)}"`, '}', '',
    `resource "aws_secretsmanager_secret" "${n}_api_key" {`, `  name = "${n}/api-key"`, '}', '',
    `module "vpc" {`, `  source = "git::https://github.com/${w(r)}/terraform-modules.git//vpc?ref=v${int(r, 1, 5)}.${int(r, 0, 9)}.0"`, '}', '',
    `data "vault_generic_secret" "${n}" {`, `  path = "secret/${n}"`, '}', `locals { token = data.vault_generic_secret.${n}.data["token"] }`, '',
  ];
}

function dockerfile(r: Rng): string[] {
  return [
    'FROM node:22-alpine AS build', 'ARG NPM_TOKEN', 'WORKDIR /app', 'COPY package*.json ./',
    'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc',
    `ENV API_URL=https://api.${w(r)}.example.com`, 'RUN --mount=type=secret,id=pip_token pip install -r requirements.txt',
    'COPY . .', 'RUN npm run build', 'FROM node:22-alpine', 'COPY --from=build /app/dist /app', 'HEALTHCHECK CMD curl -f http://localhost:8080/health',
    'USER node', 'EXPOSE 8080', 'CMD ["node", "/app/index.js"]',
  ];
}

const linesOf = (gen: ((r: Rng) => string)[]) => (r: Rng) => Array.from({ length: int(r, 20, 80) }, () => pick(r, gen)(r));
const KINDS: { file: (r: Rng, i: number) => string; body: (r: Rng) => string[] }[] = [
  { file: () => '.env', body: linesOf(ENV) },
  { file: (r) => `.env.${pick(r, ['production', 'staging', 'local'])}`, body: linesOf(ENV) },
  { file: (r, i) => `k8s/${w(r)}-${i}.yaml`, body: (r) => Array.from({ length: int(r, 2, 6) }, () => k8s(r)).flat() },
  { file: (r, i) => `.github/workflows/${w(r)}-${i}.yml`, body: workflow },
  { file: () => 'docker-compose.yml', body: compose },
  { file: (r, i) => `config/appsettings.${i}.json`, body: appsettings },
  { file: () => 'src/main/resources/application.properties', body: linesOf(PROPS) },
  { file: (r, i) => `infra/${w(r)}-${i}.tf`, body: (r) => Array.from({ length: int(r, 2, 8) }, () => terraform(r)).flat() },
  { file: () => 'Dockerfile', body: dockerfile },
];

/** Writes about `mb` MB under `root`: ~70% generated configuration, ~30% copies of `sources`. */
export function buildDenseTree(root: string, mb: number, sources: readonly string[], sourceRoot: string): PlantedAt[] {
  const rng = makeRng(20_261_128);
  const planted: PlantedAt[] = [];
  const target = mb * 1e6;
  let total = 0;
  let src = 0;
  for (let svc = 0; total < target; svc++) {
    const svcRel = `services/${w(rng)}-${svc}`;
    const dir = join(root, svcRel);
    for (let i = 0; i < KINDS.length && total < target; i++) {
      const kind = KINDS[i];
      const rel = kind.file(rng, i);
      const lines: string[] = [];
      // Several documents per file so files are 2-40 KB, like real ones.
      for (let rep = int(rng, 1, 8); rep > 0; rep--) lines.push(...kind.body(rng));
      let text = lines.join('\n') + '\n';
      if (rng() < 0.08) {
        const ruleId = pick(rng, ALL_RULE_IDS_WITH_GENERATORS);
        const g = generateSecret(ruleId, rng);
        const line = text.split('\n').length;
        text += g.text + '\n';
        planted.push({ ruleId, path: `${svcRel}/${rel}`, line, lines: g.text.split('\n').length });
      }
      if (rng() < 0.3) text += generateNegative(pick(rng, NEGATIVE_KINDS.filter((k) => k !== 'minified')), rng).text + '\n';
      const p = join(dir, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, text);
      total += Buffer.byteLength(text);
    }
    // Source beside the configuration, ~30% of the bytes.
    while (total < target && src * 0.7 < (total - src) * 0.3) {
      const f = sources[int(rng, 0, sources.length - 1)];
      const dest = join(dir, 'src', `${alnum(rng, 6)}-${f.slice(sourceRoot.length + 1).replace(/\//g, '_')}`);
      mkdirSync(dirname(dest), { recursive: true });
      copyFileSync(f, dest);
      const n = statSync(dest).size;
      src += n;
      total += n;
    }
  }
  return planted;
}
