// Connection strings and URLs that carry a password in the userinfo part (scheme://user:pass@host).
import type { SecretRule } from '../types.ts';
import { rule, revoke } from './define.ts';

const family = 'url';

/** Passwords that are documentation, not credentials. */
const PLACEHOLDER_PASSWORDS = new Set([
  'password', 'pass', 'passwd', 'pwd', 'secret', 'changeme', 'change_me', 'example', 'test', 'user', 'username',
  'root', 'admin', 'postgres', 'mysql', 'guest', 'xxx', 'xxxx', '***', '****', 'redacted', 'dbpass', 'yourpassword',
  'your_password', 'mypassword', 'my_password', 'pw', 'p', 'foo', 'bar', 'token',
]);

export function placeholderUrlPassword(password: string, line: string): boolean {
  const p = password.toLowerCase();
  if (p.length < 3 || PLACEHOLDER_PASSWORDS.has(p)) return true;
  // Template references: ${DB_PASS}, $DB_PASS, %(pw)s, {{ .pw }}, <password>, :pass@ style markers.
  if (/^(?:\$\{?[A-Za-z_]|%\(|\{\{|<|\[)/.test(password) || /[{}<>]/.test(password)) return true;
  // Same word for user and password (`user:user@`) is a documentation pattern.
  const m = /\/\/([^:/@\s]+):/.exec(line);
  return m !== null && m[1].toLowerCase() === p;
}

/** scheme -> (id, display, keywords, revoke where) */
const DB_URLS = [
  ['postgres-url', 'PostgreSQL', 'postgres(?:ql)?', ['postgres'], '`ALTER ROLE name PASSWORD ...`'],
  ['mysql-url', 'MySQL / MariaDB', '(?:mysql|mariadb)', ['mysql', 'mariadb'], '`ALTER USER ... IDENTIFIED BY ...`'],
  ['mongodb-url', 'MongoDB', 'mongodb(?:\\+srv)?', ['mongodb'], 'Atlas > Database Access > Edit password, or `db.changeUserPassword()`'],
  ['redis-url', 'Redis', 'rediss?', ['redis'], '`ACL SETUSER` / `CONFIG SET requirepass`, or the provider console'],
  ['amqp-url', 'AMQP (RabbitMQ)', 'amqps?', ['amqp'], '`rabbitmqctl change_password`'],
  ['mssql-url', 'SQL Server', '(?:mssql|sqlserver)', ['mssql', 'sqlserver'], '`ALTER LOGIN ... WITH PASSWORD = ...`'],
  ['clickhouse-url', 'ClickHouse', 'clickhouse(?:s)?', ['clickhouse'], '`ALTER USER ... IDENTIFIED BY ...`'],
  ['cockroachdb-url', 'CockroachDB', 'cockroach(?:db)?', ['cockroach'], '`ALTER USER ... WITH PASSWORD ...`'],
] as const;

// userinfo: user stops at ':' / '@'; password stops at '@' and whitespace/quotes/slash, so the
// regex is linear: each part is a single greedy class with a distinct terminator.
const USERINFO = String.raw`(?<user>[^\s:@/'"\x60<>]{1,100}):(?<secret>[^\s@/'"\x60<>]{1,200})@[A-Za-z0-9.\[\]-]{1,253}`;

export const URL_RULES: readonly SecretRule[] = [
  ...DB_URLS.map(([id, name, scheme, keywords, where]) =>
    rule({
      id,
      severity: 'high',
      family,
      description: `${name} connection URL with an embedded password.`,
      remediation: revoke('database password', `change it on the server (${where})`, 'Pass the URL through a secret or build it from separate user/password secrets.'),
      keywords,
      pattern: new RegExp(String.raw`(?<![A-Za-z0-9])${scheme}(?:\+[A-Za-z0-9]{1,20})?://${USERINFO}`, 'i'),
      reject: placeholderUrlPassword,
      tags: ['connection-string'],
    }),
  ),
  rule({
    id: 'basic-auth-url',
    severity: 'medium',
    family,
    description: 'HTTP(S)/FTP URL with a username and password in it (https://user:pass@host).',
    remediation: revoke('password or token in the URL', 'the service it authenticates to', 'Use a credential helper or an Authorization header fed from a secret.'),
    keywords: ['http://', 'https://', 'ftp://', 'ftps://'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?:https?|ftps?)://${USERINFO}`, 'i'),
    reject: placeholderUrlPassword,
    confidence: 0.7,
    tags: ['connection-string'],
  }),
];
