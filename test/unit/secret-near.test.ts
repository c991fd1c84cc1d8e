// The byte prechecks may only drop hits where nothing can be found: every regex match must keep one of its keyword
// hits, unless the filters drop its value wherever it stands (the generic rules' code values, code-values.ts).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { BUILTIN_RULES, isFalsePositive, type SecretRule } from '@bulkhead/core';
import { generateSecret, makeRng } from '../support/secret-gen.ts';

const withNear = BUILTIN_RULES.filter((r) => r.near);

function keptByNear(rule: SecretRule, text: string): boolean[] {
  const bytes = Buffer.from(text, 'latin1');
  const lower = text.toLowerCase();
  const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gyd]/g, '') + 'gd');
  const verdicts: boolean[] = [];
  for (const m of text.matchAll(re)) {
    const s = m.index!;
    const e = s + m[0].length;
    // A match is looked for through a keyword it holds whole, in its name part (up to where the secret starts);
    // a match without one is found only by accident (a keyword inside its value): which phrases are keywords is
    // the keyword list's question (recall), not the precheck's.
    const valueAt = m.indices?.groups?.secret?.[0] ?? e; // no secret group: the whole match is the secret
    const held = (k: string) => {
      for (let i = lower.indexOf(k, s); i !== -1 && i <= valueAt; i = lower.indexOf(k, i + 1)) if (i + k.length <= e) return true;
      return false;
    };
    if (!rule.keywords.some(held)) continue;
    // A value the filters drop in a file where they drop the least (no code file, lockfile or minified bundle),
    // on its whole line, is no finding: a precheck may drop it.
    // The scanner judges a value on its own line (the value's, not the keyword's).
    const secret = m.groups?.secret ?? m[0];
    const at = m.groups?.secret === undefined ? s : valueAt;
    const ls = text.lastIndexOf('\n', at - 1) + 1;
    const le = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
    if (isFalsePositive(rule, secret, text.slice(ls, le), 'notes.txt')) continue;
    let kept = false;
    for (const k of rule.keywords) {
      for (let i = lower.indexOf(k, s); i !== -1 && i < e; i = lower.indexOf(k, i + 1)) if (rule.near!(bytes, i + k.length)) kept = true;
    }
    verdicts.push(kept);
  }
  return verdicts;
}

describe('keyword-hit prechecks (near)', () => {
  it('exist on the rules whose keywords are everywhere in code', () => {
    expect(withNear.map((r) => r.id).sort()).toEqual([
      'amqp-url', 'authorization-token-header', 'aws-access-key-id', 'aws-secret-access-key', 'basic-auth-header', 'basic-auth-url',
      'cli-user-password', 'clickhouse-url', 'cockroachdb-url', 'dropbox-access-token', 'facebook-access-token', 'generic-api-key',
      'generic-bearer-token', 'generic-dotenv-secret', 'generic-key', 'generic-password', 'generic-secret', 'generic-token', 'ibm-cloud-api-key',
      'jwt', 'mailchimp-api-key', 'mongodb-url', 'mssql-url', 'mysql-url', 'netrc-password', 'notion-integration-token', 'npm-access-token',
      'npm-auth', 'nuget-api-key', 'postgres-url', 'prose-secret', 'redis-url', 'sendgrid-api-key',
    ]);
  });

  it('keep every generated true positive', () => {
    const rng = makeRng(77);
    for (const rule of withNear) {
      for (let i = 0; i < 40; i++) {
        const { text } = generateSecret(rule.id, rng);
        const v = keptByNear(rule, text);
        expect(v.length, `${rule.id}: ${text.length} chars`).toBeGreaterThan(0);
        expect(v.every(Boolean)).toBe(true);
      }
    }
  });

  it('never drop a hit inside a regex match (random ASCII soup of the rules’ own pieces)', () => {
    const pieces = ['token', 'TOKEN', 'credentials', 'CREDENTIAL', 'https://', 'http://', 'ftp://', 'user', ':', '=', ':=', '=>', '@', '/', ' ', '\t', '\n', '"', "'", ']', '_', '-', '.', 'A1b2C3d4E5f6G7h8', 'XYZ', 'example.com', 'MY_', 'export ',
      // The command-line rule's pieces (httpie, mysql) and PHP's define().
      'http', 'https ', 'mysql', 'mysqldump ', ' -a ', ' --auth', '-p', '-P', '--password', '$', ',', 'define(', 'curl -u ', '`', 'é',
      // The prose rule's `user / password` form.
      'Login with ', 'credentials: ', ' / ', 'admin', '**',
      // Headers, .netrc, .npmrc, JWTs, Mailchimp, AWS and IBM names.
      'Authorization', 'Bearer ', 'Basic ', 'Token ', 'dXNlcjpwYXNz', 'machine ', 'login ', 'account ', 'password ', 'default', 'default\n', 'default login ', 'Machine ', 'MACHINE ', 'DEFAULT\n', 'Default login ',
      '_auth', '_password', 'eyJ', 'eyJhbGciOi', 'eyJzdWIiOiIx', '0123456789abcdef', '-us', '7', 'aws', 'AWS_', 'secret', 'ibm', 'api', 'apikey', 'Key',
      // Connection URLs, provider prefixes, AWS key ids and the prose forms.
      'postgresql', 'redis', 'mongodb+srv', '+psycopg', '://', 'ASIA', 'AKIA', 'ABCDEFGHIJKLMNOP', 'npm_', 'oy2', 'abcdefghij0123456789', 'secret_', 'ntn_',
      'EAA', 'sl.', 'u.', 'SG.', 'set `', 'password is', 'token was', 'credentials are', 'api key:', 'auth token:', ' is', ' to ', '*', 'isn',
      // Code values (property paths, calls, indexes), which the generic prechecks drop.
      'response.accessToken', 'this.', '?.', '(', '[', 'getTokenValue', 'A1b2C3d4E5f6G7h8('];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const rule of withNear) expect(keptByNear(rule, text).every(Boolean)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never drop a hit inside a regex match (assignments built from ASSIGN and VALUE pieces)', () => {
    // The generic rules' grammar, piece by piece: name, quote, bracket, type annotation, sign, String::from, quote, value, end.
    const generic = withNear.filter((r) => r.id.startsWith('generic-') && r.id !== 'generic-dotenv-secret' && r.id !== 'generic-bearer-token');
    expect(generic.map((r) => r.id).sort()).toEqual(['generic-api-key', 'generic-key', 'generic-password', 'generic-secret', 'generic-token']);
    const valueChars = ['a', 'Z', '9', '=', '/', '+', '.', '-', '_', '!', '~', ':', '$', '@'];
    const assignment = fc.tuple(
      fc.constantFrom('password', 'passwd', 'pwd', 'secret', 'token', 'api_key', 'apiKey', 'API-KEY', 'signing_key', 'encryption', 'hmac_secret_key', 'hmac.key', 'master-key', 'sessionKey', 'auth_key'),
      fc.constantFrom('', '_x', 'Value', '.prod', '_a_very_long_name_of_21', "'", '"', '"]', ']'),
      fc.constantFrom('', ': string', ': String ', ':string|undefined', ": &'static str", ': Option<String> ', ' : Map<K, V>', ': ::x', ': int[]'),
      fc.constantFrom('', ' ', '   ', '      ', '\t', '\n'),
      fc.constantFrom('=', ':', ':=', '=>', '==', '::', ',', ';', ' = ', ': ', '=\n'),
      fc.constantFrom('', ' ', '     ', '      '),
      fc.constantFrom('', 'String::from(', 'string::FROM('),
      fc.constantFrom('', '"', "'", '`'),
      fc.array(fc.constantFrom(...valueChars), { maxLength: 24 }),
      fc.constantFrom('', '"', "'", '`', ';', ')', ' ', ',', '\n', '>', '(', '[', '(x)', '.'),
      fc.constantFrom('', "define('", 'define( "'),
      // The value as code: a property path, or the value also earlier on the line (the filters look at its first occurrence).
      fc.constantFrom('', 'response.', 'this.config?.', 'a1.'),
      fc.boolean(),
    );
    fc.assert(
      fc.property(assignment, ([kw, name, type, sp1, sign, sp2, from, q, value, close, define, owner, earlier]) => {
        const v = `${owner}${value.join('')}`;
        const text = `${earlier ? `f(${v}); ` : ''}${define}${kw}${name}${type}${sp1}${sign}${sp2}${from}${q}${v}${close}`;
        for (const rule of generic) expect(keptByNear(rule, text).every(Boolean), `${rule.id}: ${JSON.stringify(text)}`).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('drop the common non-secret shapes', () => {
    const b = (s: string) => Buffer.from(s, 'latin1');
    // Built here: the repository scans itself, and a literal value in this file would be a finding.
    const v16 = ['Xq3v', 'R8tL', 'p2Wz', '9KmN'].join('');
    const url = withNear.find((r) => r.id === 'basic-auth-url')!;
    const tok = withNear.find((r) => r.id === 'generic-token')!;
    expect(url.near!(b('see https://example.com/docs'), 'see https://'.length)).toBe(false);
    expect(url.near!(b('https://u:p@host'), 'https://'.length)).toBe(true);
    expect(tok.near!(b('this.token.refresh()'), 'this.token'.length)).toBe(false);
    expect(tok.near!(b('token: abc'), 'token'.length)).toBe(false); // too short for any value
    expect(tok.near!(b(`token: ${v16}`), 'token'.length)).toBe(true);
    expect(tok.near!(b("get('token', fallback)"), "get('token".length)).toBe(false);
    expect(tok.near!(b(`define('AUTH_TOKEN', '${v16.slice(0, 12)}')`), "define('AUTH_TOKEN".length)).toBe(true);
    const cli = withNear.find((r) => r.id === 'cli-user-password')!;
    expect(cli.near!(b('cp -a src/ dist/'), 'cp -a '.length)).toBe(false);
    expect(cli.near!(b('http -a "$USER:$TOKEN" url'), 'http -a '.length)).toBe(false);
    expect(cli.near!(b('http -a bob:s3cret url'), 'http -a '.length)).toBe(true);
    expect(cli.near!(b('http --auth-type=bearer url'), 'http --auth'.length)).toBe(false);
    expect(cli.near!(b('$db = mysql_connect($host);'), '$db = mysql'.length)).toBe(false);
    expect(cli.near!(b('mysql -u root -p app'), 'mysql'.length)).toBe(false);
    expect(cli.near!(b("mysql -u root -p's3cret' app"), 'mysql'.length)).toBe(true);
    expect(cli.near!(b('curl https://x'), 'curl'.length)).toBe(true);
    const near = (id: string) => withNear.find((r) => r.id === id)!.near!;
    // Names in code with no value after them (TypeScript declarations, calls, comparisons, short expressions).
    const names: [string, string, string][] = [
      ['generic-token', 'token', 'token: string;'],
      ['generic-password', 'password', 'password?: string,'],
      ['generic-secret', 'secret', 'this.secret = secret;'],
      ['generic-token', 'token', 'if (token === other)'],
      ['generic-token', 'token', 'const token = getToken();'],
      ['generic-token', 'token', "token: 'short'"],
      ['generic-password', 'password', 'password = await x.y()'],
    ];
    for (const [id, kw, line] of names) expect(near(id)(b(line), line.indexOf(kw) + kw.length), line).toBe(false);
    expect(near('generic-token')(b(`const token: string = "${v16}"`), 'const token'.length)).toBe(true);
    expect(near('generic-token')(b("let token: Option<&'static str> = Some(\"x\")"), 'let token'.length)).toBe(false);
    expect(near('generic-key')(b(`hmac_secret_key := "${v16}"`), 'hmac'.length)).toBe(true);
    expect(near('generic-key')(b('signingAlgorithm = "RS256"'), 'signing'.length)).toBe(false);
    expect(near('aws-secret-access-key')(b('import { AwsCredentialIdentity } from "@aws-sdk/types";'), 'import { Aws'.length)).toBe(false);
    expect(near('aws-secret-access-key')(b('AWS_SECRET_ACCESS_KEY=x'), 'AWS'.length)).toBe(true);
    expect(near('mailchimp-api-key')(b('font-family: sans-serif; lang="en-us"'), 'font-family: sans-serif; lang="en-us'.length)).toBe(false);
    expect(near('netrc-password')(b('// the machine is idle'), '// the machine'.length)).toBe(false);
    expect(near('netrc-password')(b('machine api.example.com\n  login bob'), 'machine'.length)).toBe(true);
    // The automaton ignores case; the rule does not (its regex, checked here, finds no entry): `Machine` opens none.
    const netrc = withNear.find((r) => r.id === 'netrc-password')!;
    const capital = 'Machine api.example.com\n  login bob\n  password ' + v16;
    expect(netrc.pattern.test(capital)).toBe(false);
    expect(netrc.pattern.test(capital.replace('Machine', 'machine'))).toBe(true);
    expect(near('netrc-password')(b(capital), 'Machine'.length)).toBe(false);
    expect(near('netrc-password')(b('DEFAULT\nlogin bob'), 'DEFAULT\n'.length)).toBe(false);
    expect(near('npm-auth')(b('config._auth.token'), 'config._auth'.length)).toBe(false);
    expect(near('jwt')(b('const eyJ = 1;'), 'const eyJ'.length)).toBe(false);
    expect(near('generic-bearer-token')(b('"Bearer " + token'), '"Bearer'.length)).toBe(false);
    expect(near('basic-auth-header')(b('headers.authorization = bearer(token)'), 'headers.authorization'.length)).toBe(false);
    const prose = withNear.find((r) => r.id === 'prose-secret')!;
    expect(prose.near!(b('credentials: ${{ secrets.X }}'), 'credentials:'.length)).toBe(false);
    expect(prose.near!(b('Login with admin / x'), 'Login with'.length)).toBe(true);
    expect(prose.near!(b(`the password is ${v16}`), 'the password is'.length)).toBe(true);
    expect(prose.near!(b('the password is used to sign in'), 'the password is'.length)).toBe(false);
    expect(prose.near!(b('Set `token` to the value of'), 'Set `'.length)).toBe(true);
    expect(prose.near!(b('set `NODE_ENV` in the shell'), 'set `'.length)).toBe(false);
  });
});

describe('the byte path with its prechecks, against the decoded text without them', () => {
  it('reports the same findings in the same places (code values, calls, repeats on a line)', async () => {
    const { loadRuleSet, compileRules, scanBuffer, scanText } = await import('@bulkhead/core');
    const { isFalsePositive: veto, isRuleOffForPath, rules } = await loadRuleSet({});
    const cr = compileRules(rules);
    const opts = { isFalsePositive: veto, isRuleOffForPath };
    const rng = makeRng(9090);
    // Values: random tokens (findings), property paths and names (code), and both glued to paths or calls.
    const values = Array.from({ length: 12 }, () => generateSecret('generic-token', rng).secret);
    const piece = fc.oneof(
      fc.constantFrom(...values),
      // A value called after an earlier use on its line: the filters judge its first occurrence, which is no call.
      fc.constantFrom(...values.map((v) => `${v}; token = ${v}(`)),
      fc.constantFrom('response.accessToken', 'this.config?.apiToken', 'ctx.secrets.signingKey', 'getAccessTokenSilently', 'tokens.v2.value'),
      fc.constantFrom('token', 'password', 'api_key', 'secretKey', 'signing_key', 'const accessToken', 'auth.token'),
      fc.constantFrom(' = ', ': ', '=', ' := ', ' => ', ': string = ', '("', '")', "'", '"', '(', '[', ']', ')', ';', ', ', '.', ' ', '\n', '\t', '// ', 'f(', 'x.'),
    );
    let found = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const path of ['notes.txt', 'src/app.ts', 'config/app.yml']) {
          const bytes = scanBuffer(Buffer.from(text), path, cr, opts);
          expect(bytes, `${path}: ${JSON.stringify(text)}`).toEqual(scanText(text, path, rules, opts));
          found += bytes.length;
        }
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(100); // the generated texts do hold findings
  });
});

describe('rules off for a path (isRuleOffForPath)', () => {
  it('skipping them before their regex gives exactly what the false-positive veto alone gives', async () => {
    const { loadRuleSet } = await import('../../packages/core/src/secrets/scanner/ruleset.ts');
    const { compileRules } = await import('../../packages/core/src/secrets/scanner/compile.ts');
    const { scanBuffer } = await import('../../packages/core/src/secrets/scanner/buffer.ts');
    const { isFalsePositive, isRuleOffForPath, rules } = await loadRuleSet({});
    const cr = compileRules(rules);
    const rng = makeRng(4242);
    // Properties-shaped lines (the rule the switch turns off in code files) among other findings.
    const lines: string[] = [];
    for (let i = 0; i < 40; i++) {
      lines.push(`db.password=${generateSecret('generic-password', rng).secret}`);
      lines.push(generateSecret('github-pat-classic', rng).text);
      lines.push(`service.api.token = ${generateSecret('generic-token', rng).secret}`);
    }
    const bytes = Buffer.from(lines.join('\n'));
    let offCalls = 0;
    const counted = (r: SecretRule, p: string) => {
      offCalls++;
      return isRuleOffForPath!(r, p);
    };
    for (const path of ['app/settings.js', 'conf/app.properties', 'main.go', 'README.md']) {
      const vetoOnly = scanBuffer(bytes, path, cr, { isFalsePositive });
      const skipped = scanBuffer(bytes, path, cr, { isFalsePositive, isRuleOffForPath: counted });
      expect(skipped).toEqual(vetoOnly);
    }
    expect(offCalls).toBeGreaterThan(0);
    // And the switch is on for code files only.
    const props = rules.find((r) => r.tags?.includes('properties'))!;
    expect([isRuleOffForPath!(props, 'a/b.ts'), isRuleOffForPath!(props, 'a/b.properties')]).toEqual([true, false]);
  });
});
