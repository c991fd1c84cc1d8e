// Connection strings and URLs that carry a password in the userinfo part (scheme://user:pass@host).
import type { SecretRule } from '../types.ts';
import { schemeUserinfoFollows, userinfoFollows } from './near.ts';
import { rule, revoke } from './define.ts';

const family = 'url';

/** Passwords that are documentation, not credentials. */
const PLACEHOLDER_PASSWORDS = new Set([
  'password', 'pass', 'passwd', 'pwd', 'secret', 'changeme', 'change_me', 'example', 'test', 'user', 'username',
  'root', 'admin', 'postgres', 'mysql', 'guest', 'xxx', 'xxxx', '***', '****', 'redacted', 'dbpass', 'yourpassword',
  'your_password', 'mypassword', 'my_password', 'pw', 'p', 'foo', 'bar', 'token',
  'xyz', 'abc', 'abc123', '123', '1234', '12345', '123456', 'pass123', 'password1', 'password123', 'passw0rd', 'p4ssw0rd',
  'secret123', 'hunter2', 'letmein', 'qwerty', 'baz', 'pa55word', 's3cret', 'pass1', 'pass2', 'pwd123',
]);

/** User names that only appear in documentation (`user:...@`, `username:...@`, `abc:...@`). */
const PLACEHOLDER_USERS = new Set(['user', 'username', 'usr', 'abc', 'foo', 'name', 'login', 'me', 'someone', 'john', 'jane', 'alice', 'bob', 'myuser', 'youruser', 'your_user', 'your_username']);

/**
 * Hosts reserved for documentation (RFC 2606 / RFC 6761): example.com/.net/.org and their
 * subdomains, and the `.example`, `.test`, `.invalid` TLDs. A password sent there reaches no one.
 */
export function isDocumentationHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return /(?:^|\.)example\.(?:com|net|org)$/.test(h) || /\.(?:example|test|invalid)$/.test(h) || /^(?:example|test|invalid)$/.test(h);
}

/** Loopback hosts: a credential there is a local development setting when the userinfo is a placeholder. */
function isLoopbackHost(host: string): boolean {
  return /^(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|0\.0\.0\.0)$/i.test(host) || /\.localhost$/i.test(host);
}

/** user and host of the `//user:password@host` around this password on the line. */
function userinfoAround(password: string, line: string): { user: string; host: string } | undefined {
  const at = line.indexOf(`:${password}@`);
  if (at < 0) return undefined;
  const user = /([^\s:@/'"\x60<>]{1,100})$/.exec(line.slice(Math.max(0, at - 100), at))?.[1] ?? '';
  const host = /^[A-Za-z0-9.\[\]:-]{1,253}/.exec(line.slice(at + password.length + 2))?.[0].replace(/:\d*$/, '') ?? '';
  return { user, host };
}

/** A password that documentation uses (`password`, `changeme`, `hunter2`...), whatever its format. */
export function isPlaceholderPassword(password: string): boolean {
  return password.length < 3 || PLACEHOLDER_PASSWORDS.has(password.toLowerCase());
}

export function placeholderUrlPassword(password: string, line: string): boolean {
  const p = password.toLowerCase();
  if (isPlaceholderPassword(p)) return true;
  const around = userinfoAround(password, line);
  if (around && isDocumentationHost(around.host)) return true;
  // `user:s3cr3t@localhost`: a placeholder user on a loopback host is a local default, not a leak.
  if (around && isLoopbackHost(around.host) && PLACEHOLDER_USERS.has(around.user.toLowerCase())) return true;
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
      near: schemeUserinfoFollows,
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
    near: userinfoFollows,
    // Sidekiq's gem server credentials are reported whole by sidekiq-enterprise-credentials.
    reject: (s, line) => placeholderUrlPassword(s, line) || /@(?:gems|enterprise)\.contribsys\.com/i.test(line),
    confidence: 0.7,
    tags: ['connection-string'],
  }),
];
