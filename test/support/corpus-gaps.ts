// Shapes that the novel-shape part of the family corpus showed the rules missing (issue 8): credentials
// as `user / password` in prose, Markdown field lists, `mysql -p…`, httpie (`http -a`, `Header:value`),
// nginx / Apache headers, kubectl-style JSON Secrets (data before kind), `.netrc` `default` lines, Ruby,
// Rust and PHP declarations, compose list environments. Each shape has hard negatives of its own
// (placeholders, `${VAR}`, environment references, empty values, code references). Seeded like
// corpus-families.ts; the accuracy test reports a seed that was never used while tuning.
import { makeRng, chars, pick, int, hex, CS, type Rng } from './secret-gen.ts';
import { FAMILIES, P, N, b64, word, user, host, token, password, type Family, type FamilyCase, type Gen } from './corpus-families.ts';

/** A password with the punctuation people use in compose files and shells (`, ! % * ~ = ^`). */
function punct(rng: Rng): string {
  return chars(rng, CS.alnum, int(rng, 8, 14)) + chars(rng, ',!%*~=^', 2) + chars(rng, CS.digits, 1) + chars(rng, CS.alnum, 2);
}
/** kubectl prints keys in order: apiVersion, data, kind, metadata, type (data before kind). */
function jsonSecret(rng: Rng, key: string, value: string, kind = 'Secret'): string {
  if (rng() < 0.5) return `{"apiVersion":"v1","data":{"${key}":"${value}"},"kind":"${kind}","metadata":{"name":"${word(rng)}"},"type":"Opaque"}\n`;
  return `{\n    "apiVersion": "v1",\n    "data": {\n        "username": "${b64(user(rng))}",\n        "${key}": "${value}"\n    },\n    "kind": "${kind}",\n    "metadata": {\n        "name": "${word(rng)}-creds",\n        "namespace": "${word(rng)}"\n    },\n    "type": "Opaque"\n}\n`;
}

export const GAPS: Partial<Record<Family, { pos: Gen[]; neg: Gen[] }>> = {
  encoded: {
    pos: [
      (rng) => { const v = b64(password(rng)); return P(pick(rng, ['k8s/secret.json', 'dump/secrets.json']), jsonSecret(rng, pick(rng, ['password', 'db-password', 'API_TOKEN', 'client_secret']), v), v); },
      (rng) => {
        const v = b64(`${user(rng)}:${password(rng)}`);
        const text = pick(rng, [
          `location /api/ {\n    proxy_pass http://${host(rng)};\n    proxy_set_header Authorization "Basic ${v}";\n}\n`,
          `location / {\n    proxy_set_header  Authorization  'Basic ${v}';\n}\n`,
          `<Location /api>\n    RequestHeader set Authorization "Basic ${v}"\n</Location>\n`,
        ]);
        return P(pick(rng, ['nginx/proxy.conf', 'conf.d/api.conf', 'apache/site.conf']), text, v);
      },
      (rng) => {
        const s = password(rng);
        // The `machine` line above the `default` line holds another real password: its finding is not scored.
        if (rng() < 0.5) return { ...P('.netrc', `machine ${host(rng)} login ${user(rng)} password ${password(rng)}\ndefault login ${user(rng)} password ${s}\n`, s), ignoreLines: [1] };
        return P(pick(rng, ['.netrc', 'ci/netrc']), `default login ${user(rng)} password ${s}\n`, s);
      },
    ],
    neg: [
      (rng) => {
        // Placeholders, references and empty values under secret names; a user name or settings under their own names.
        const [k, v] = pick(rng, [[pick(rng, ['password', 'token']), pick(rng, ['', '${DB_PASSWORD_B64}', b64('changeme'), b64('<password>'), b64('${TOKEN}')])], ['username', b64(user(rng))], ['config.yaml', b64(`log_level: info\nworkers: ${int(rng, 2, 9)}\n`)]]);
        return N('k8s/secret.json', jsonSecret(rng, k, v), 'data');
      },
      (rng) => N('k8s/cm.json', jsonSecret(rng, pick(rng, ['settings', 'app.properties']), b64(`mode=fast\nretries=${int(rng, 1, 9)}`), 'ConfigMap'), 'data'),
      (rng) => N('nginx/proxy.conf', `location / {\n    proxy_set_header Authorization ${pick(rng, ['"Basic $http_x_auth"', '$http_authorization', '"Basic ${BASIC_AUTH}"', `"Basic ${b64(`${user(rng)}:<password>`)}"`, '""'])};\n}\n`, 'Authorization'),
      (rng) => N('.netrc', `default login ${pick(rng, ['anonymous', user(rng)])} password ${pick(rng, ['$NETRC_PASSWORD', '${ARTIFACTORY_PASSWORD}', '<password>', 'changeme', 'user@example.com'])}\n`, 'default'),
    ],
  },
  typed: {
    pos: [
      (rng) => { const v = token(rng); const n = pick(rng, ['API_KEY', 'SECRET_TOKEN', 'AUTH_TOKEN', 'CLIENT_SECRET']); return P(pick(rng, ['lib/acme/config.rb', 'config/initializers/acme.rb']), pick(rng, [`module Acme\n  ${n} = "${v}"\nend\n`, `${n} = '${v}'\n`, `Acme.configure do |config|\n  config.${n.toLowerCase()} = "${v}"\nend\n`]), v); },
      (rng) => { const v = token(rng); return P('src/config.rs', pick(rng, [`let api_key: &str = "${v}";\n`, `const API_KEY: &str = "${v}";\n`, `static AUTH_TOKEN: &'static str = "${v}";\n`, `pub const CLIENT_SECRET: &str = "${v}";\n`, `    let client_secret: String = String::from("${v}");\n`]), v); },
      (rng) => { const v = token(rng); return P(pick(rng, ['config/app.php', 'wp-config.php', 'src/Client.php']), pick(rng, [`<?php\n$apiKey = '${v}';\n`, `<?php\ndefine('API_KEY', '${v}');\n`, `<?php\ndefine("AUTH_TOKEN", "${v}");\n`, `class Client {\n    private $clientSecret = "${v}";\n}\n`, `<?php\nconst API_TOKEN = '${v}';\n`]), v); },
    ],
    neg: [
      (rng) => N('lib/acme/config.rb', pick(rng, ['API_KEY = ENV.fetch("API_KEY")\n', "SECRET_TOKEN = ENV['SECRET_TOKEN']\n", 'AUTH_TOKEN = Rails.application.credentials.auth_token\n', "API_KEY = ''\n", 'config.api_key = ENV["ACME_API_KEY"]\n']), pick(rng, ['API', 'SECRET', 'AUTH', 'config'])),
      (rng) => N('src/config.rs', pick(rng, ['let api_key: &str = &env::var("API_KEY")?;\n', 'const API_KEY_HEADER: &str = "x-api-key";\n', 'let token: &str = "";\n', 'const AUTH_TOKEN_ENV: &str = "AUTH_TOKEN";\n', 'let client_secret: String = config.client_secret.clone();\n']), pick(rng, ['api', 'API', 'token', 'AUTH', 'client'])),
      // Digests under digest names and code references, in the same three languages.
      (rng) => N(pick(rng, ['src/config.rs', 'config/app.php', 'lib/acme/config.rb']), pick(rng, [
        `const API_KEY_SHA256: &str = "${hex(rng, 64)}";\n`,
        `<?php\ndefine('TOKEN_HASH', '${hex(rng, 40)}');\n`,
        `SECRET_KEY_CHECKSUM = "${hex(rng, 32)}"\n`,
        '<?php\n$apiKey = $this->config->apiKey;\n',
        'config.api_key = settings.api_key\n',
        'let client_secret: &str = &settings.client_secret;\n',
      ]), pick(rng, ['API', 'TOKEN', 'SECRET', 'api', 'client'])),
      (rng) => N('config/app.php', pick(rng, ["<?php\ndefine('API_KEY', getenv('API_KEY'));\n", "<?php\ndefine('API_KEY', '');\n", "<?php\n$apiKey = $_ENV['API_KEY'];\n", "<?php\ndefine('API_KEY_HEADER', 'X-Api-Key');\n", "<?php\n$clientSecret = config('services.acme.secret');\n", "<?php\ndefine('AUTH_TOKEN', 'put your token here');\n"]), pick(rng, ['API', 'api', 'client', 'AUTH'])),
    ],
  },
  prose: {
    pos: [
      (rng) => {
        const v = pick(rng, [token(rng), password(rng)]);
        const u = pick(rng, ['admin', 'root', user(rng)]);
        const text = pick(rng, [
          `Login with ${u} / ${v}\n`,
          `Default credentials: ${u} / ${v}\n`,
          `Log in as \`${u}\` / \`${v}\` and change it.\n`,
          `You can sign in with ${u} / ${v} on staging.\n`,
        ]);
        return P(pick(rng, ['docs/notes.txt', 'README.md', 'docs/staging.md']), text, v);
      },
      (rng) => {
        const v = pick(rng, [token(rng), password(rng)]);
        const text = pick(rng, [`- **API key**: \`${v}\`\n`, `**Password:** \`${v}\`\n`, `* **Token**: ${v}\n`, `| **Secret key**: | \`${v}\` |\n`]);
        return P(pick(rng, ['README.md', 'docs/access.md']), `## Staging access\n\n${text}`, v);
      },
    ],
    neg: [
      (rng) => N('docs/notes.txt', pick(rng, ['Login with admin / <password>\n', 'Login with admin / admin\n', 'Default credentials: admin / changeme\n', 'Log in with your SSO account / 2FA device.\n', 'Login with admin / ${ADMIN_PASSWORD}\n', 'Sign in with email / password on the portal.\n', 'Login with admin / the password from Vault.\n']), pick(rng, ['Login', 'Default', 'Log', 'Sign'])),
      (rng) => N('README.md', pick(rng, ['- **API key**: create one under Settings > API.\n', '**Password:** `<your password>`\n', '* **Token**: `$GITHUB_TOKEN`\n', '- **API key**: configurable\n', '**Password:** `${DB_PASSWORD}`\n']), pick(rng, ['API', 'Password', 'Token'])),
    ],
  },
  punctuation: {
    pos: [
      (rng) => { const v = punct(rng); const n = pick(rng, ['POSTGRES_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'REDIS_PASSWORD', 'SMTP_PASS']); return P('docker-compose.yml', `services:\n  db:\n    environment:\n      - ${n}=${v}\n      - TZ=UTC\n`, v); },
    ],
    neg: [(rng) => N('docker-compose.yml', `services:\n  db:\n    environment:\n      - ${pick(rng, ['POSTGRES_PASSWORD=${POSTGRES_PASSWORD}', 'MYSQL_ROOT_PASSWORD', 'REDIS_PASSWORD=', 'SMTP_PASS=$${SMTP_PASS}', 'POSTGRES_PASSWORD_FILE=/run/secrets/pg'])}\n`, 'environment')],
  },
  cmdline: {
    pos: [
      (rng) => {
        const v = password(rng).replace(/[!]/g, '%');
        const text = pick(rng, [`mysql -u root -p'${v}' -h ${host(rng)} app`, `mysql -uroot -p${v} app < dump.sql`, `mysql --user=${user(rng)} --password=${v} app`, `mysqldump -u ${user(rng)} --password='${v}' app > app.sql`, `mysqladmin -u root -p"${v}" status`]);
        return P(pick(rng, ['scripts/db.sh', 'Makefile', 'docs/restore.md']), `#!/bin/sh\n${text}\n`, v);
      },
      (rng) => { const v = password(rng).replace(/[!]/g, '%'); return P(pick(rng, ['scripts/call.sh', 'docs/api.md']), pick(rng, [`http -a ${user(rng)}:${v} GET https://${host(rng)}/items\n`, `http --auth ${user(rng)}:${v} https://${host(rng)}/items\n`, `https -a ${user(rng)}:${v} POST ${host(rng)}/upload name=x\n`]), v); },
      (rng) => { const v = token(rng, int(rng, 30, 48)); return P(pick(rng, ['scripts/call.sh', 'docs/api.md']), pick(rng, [`http GET https://${host(rng)}/items Authorization:'Bearer ${v}'\n`, `https ${host(rng)}/items "Authorization:Bearer ${v}"\n`, `http POST https://${host(rng)}/v1/jobs 'Authorization: Token ${v}' name=nightly\n`]), v); },
    ],
    neg: [
      (rng) => N('scripts/db.sh', pick(rng, ['mysql -u root -p"$MYSQL_ROOT_PASSWORD" app\n', 'mysql -u root -p app\n', 'mysql --password="${DB_PASS}" app\n', 'mysql -u root -p\n', 'mysql -P 3306 -h db.internal app\n', 'mysql --password=<password> app\n', 'mysqldump --password=$(cat /run/secrets/db) app\n']), 'mysql'),
      (rng) => N('scripts/call.sh', pick(rng, ['http -a "$USER:$TOKEN" GET https://api.acme-cloud.com/items\n', 'http -a admin: https://api.acme-cloud.com/items\n', 'http --auth-type=bearer -a "$TOKEN" https://api.acme-cloud.com/items\n', 'http https://api.acme-cloud.com/items Authorization:"Bearer $TOKEN"\n', 'cp -a src/ dist/\n', 'http -a ${API_USER}:${API_PASS} https://api.acme-cloud.com/items\n']), 'http'),
    ],
  },
};

/** `perShape` cases of each gap shape, positive and negative, families in FAMILIES order. */
export function gapFamilyCases(seed: number, perShape = 6): FamilyCase[] {
  const rng = makeRng(seed);
  const out: FamilyCase[] = [];
  for (const family of FAMILIES) {
    const g = GAPS[family];
    if (!g) continue;
    for (const gen of g.pos) for (let i = 0; i < perShape; i++) out.push({ family, positive: true, line: 1, ...gen(rng) } as FamilyCase);
    for (const gen of g.neg) for (let i = 0; i < perShape; i++) out.push({ family, positive: false, line: 1, ...gen(rng) } as FamilyCase);
  }
  return out;
}
