// Hard negatives in the shapes that real installed packages produced (parser states in bundles,
// optional chaining, documentation URLs, SDK constants, CSS selectors, header names), run through
// the real engine; recall controls in the same shapes; and this repository scanning clean.
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { secretScan, loadConfig, sectionsFromDecls, ACTION_DECLS, isPublishedDevCredential, type Finding } from '@bulkhead/core';
import { makeRng, alnum, chars, bytes, CS } from '../support/secret-gen.ts';

const REPO = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** One file per case (path, content), scanned by the real engine; returns findings by case index. */
async function scanCases(cases: readonly (readonly [string, string])[]): Promise<Map<number, Finding[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'bulkhead-realworld-'));
  dirs.push(dir);
  cases.forEach(([path, text], i) => {
    const file = join(dir, `case${i}`, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text + '\n');
  });
  const result = await secretScan({ root: dir, target: { kind: 'tree' }, threads: 0 });
  const byCase = new Map<number, Finding[]>();
  for (const f of result.findings) {
    const i = Number(/^case(\d+)\//.exec(f.location.path)![1]);
    byCase.set(i, [...(byCase.get(i) ?? []), f]);
  }
  return byCase;
}

const rng = makeRng(4242);

// Lines shaped like the false positives found in node_modules (written here, not copied).
const HARD_NEGATIVES: readonly (readonly [string, string])[] = [
  // Tokenizer states in bundled parsers (vite/vitest chunks): `?Name` sigils, `Name2` suffixes.
  ['vendor/dist/chunks/node.js', '\t\t\t\tnextLastSignificantToken = "?NonExpressionParenEnd";'],
  ['vendor/dist/chunks/node.js', '\t\t\tlastSignificantToken = "?InterpolationInTemplate";'],
  ['vendor/dist/chunks/index.js', 'if (lastToken !== "?.") nextLastSignificantToken = "?NonExpressionParenKeyword";'],
  ['src/lexer.ts', "export type TokenKind = 'punctuatorOrKeyword2' | 'identifierName3';"],
  // Optional chaining with a digit in the name (playwright's bundled undici).
  ['vendor/lib/utilsBundle.js', '      onresumptiontoken: options2?.onresumptiontoken'],
  ['vendor/lib/client.js', 'const token = req.headers.authorization?.split(" ")[1];'],
  // Documentation URLs: reserved example hosts, placeholder user/password, loopback defaults.
  ['types/url.d.ts', "     * const myURL = new URL('https://abc:xyz@example.com');"],
  ['types/url.d.ts', '     * // Prints https://abc:123@example.com/'],
  ['docs/clone.md', 'git clone https://user:pass@sub.example.com/repo.git'],
  ['docs/api.md', 'curl https://username:password@api.example.org/v1/items'],
  ['docs/ftp.md', `ftp://anonymous:${alnum(rng, 12)}@ftp.example.net/pub`],
  ['docs/db.md', `postgres://app:${alnum(rng, 14)}@db.staging.example:5432/app`],
  ['src/dev.ts', `const url = 'http://user:${alnum(rng, 10)}@localhost:8080/';`],
  ['src/mongo.js', 'const uri = "mongodb://user:password@localhost:27017/db";'],
  // Names in code: selectors, header names, labels, references.
  ['src/login.ts', "  passwordField: '#login-form input[name=password]',"],
  ['src/hooks.ts', "const SECRET_HEADER = 'x-webhook-secret-signature256';"],
  ['src/rules.json', '  "passwordRules": "minlength: 20; required: lower; required: upper; required: digit;",'],
  ['src/auth.js', 'const password = options.password || this.defaultPassword;'],
  ['src/auth.ts', "  password: z.string().min(8).max(128),"],
  ['src/auth.ts', '  password?: string | undefined;'],
  ['src/keys.ts', "const secret = Buffer.from(secretKeyBase64, 'base64');"],
  ['src/keys.ts', '  apiKey: apiKeyFromEnvironmentVariable,'],
  ['src/parse.js', 'var token=e.consumeToken(t,n),secret=r.readSecretBytes(i,a);'],
  ['src/parse.js', 't.tokenType===TokenType.Punctuator2&&(t.token=n.slice(1))'],
  // Regular-expression sources for webhook URLs are patterns, not webhooks.
  ['src/detect.js', String.raw`const SLACK_RE = /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+/;`],
  ['src/detect.js', String.raw`const DISCORD_RE = /discord(?:app)?\.com\/api\/webhooks\/(\d+)\/([\w-]+)/;`],
  // A provider-shaped value deep inside an embedded base64 blob (the scanner sees a slice of the line).
  ['web/styles.css', `.logo{background:url(data:image/png;base64,${bytes(rng, 600).toString('base64')}+${'AK' + 'IA'}${chars(rng, CS.base32, 16)}/${bytes(rng, 90).toString('base64')})}`],
];

describe('real-world hard negatives', () => {
  it('report nothing through the real engine', async () => {
    const hits = await scanCases(HARD_NEGATIVES);
    const shown = [...hits].map(([i, fs]) => `${fs.map((f) => f.ruleId).join(',')} <- ${HARD_NEGATIVES[i][1].slice(0, 90)}`);
    expect(shown).toEqual([]);
  }, 60_000);

  it('the same shapes with real-looking secrets are still found', async () => {
    const pw = alnum(rng, 16);
    const cases: (readonly [string, string, string])[] = [
      ['deploy.sh', `git clone https://deploy:${pw}@git.acme-corp.io/app.git`, 'basic-auth-url'],
      ['config.ts', `const db = 'postgres://app:${alnum(rng, 18)}@db.acme-corp.internal:5432/app';`, 'postgres-url'],
      ['dev.ts', `const u = 'http://ci-bot:${alnum(rng, 20)}@localhost:8080/';`, 'basic-auth-url'],
      ['client.ts', `const token = "${alnum(rng, 32)}";`, 'generic-token'],
      ['client.ts', `  apiKey: '${alnum(rng, 32)}',`, 'generic-api-key'],
      ['settings.py', `password = "${chars(rng, CS.alnum + '!#%', 20)}"`, 'generic-password'],
      ['app.config', `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${chars(rng, CS.alnum + '+/', 86)}==;EndpointSuffix=core.windows.net`, 'azure-storage-account-key'],
    ];
    const hits = await scanCases(cases.map(([p, t]) => [p, t] as const));
    cases.forEach(([, text, ruleId], i) => {
      expect((hits.get(i) ?? []).map((f) => f.ruleId), text.slice(0, 60)).toContain(ruleId);
    });
  }, 60_000);
});

/** The emulator key as the installed Azure SDK ships it (read at run time; only its hash is in the source). */
function installedEmulatorKey(): string | undefined {
  const root = join(REPO, 'node_modules/@azure');
  if (!existsSync(root)) return undefined;
  for (const pkg of readdirSync(root)) {
    const file = join(root, pkg, 'dist/commonjs/utils/constants.js');
    if (!existsSync(file)) continue;
    const m = /devstoreaccount1;AccountKey=([A-Za-z0-9+/]{86}==)/.exec(readFileSync(file, 'utf8'));
    if (m) return m[1];
  }
  return undefined;
}

describe('published development credentials', () => {
  const key = installedEmulatorKey();
  it.skipIf(!key)('the Azurite account key (as the Azure SDK ships it) is dropped, other keys are not', async () => {
    expect(isPublishedDevCredential(key!)).toBe(true);
    const other = chars(rng, CS.alnum + '+/', 86) + '==';
    expect(isPublishedDevCredential(other)).toBe(false);
    const conn = (k: string) => `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${k};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`;
    const hits = await scanCases([
      ['constants.js', `export const DevelopmentConnectionString = "${conn(key!)}";`],
      ['constants.js', `export const DevelopmentConnectionString = "${conn(other)}";`],
    ]);
    expect(hits.get(0)).toBeUndefined();
    expect(hits.get(1)?.map((f) => f.ruleId)).toEqual(['azure-storage-account-key']);
  }, 60_000);
});

describe('this repository', () => {
  it('scans clean with its own .bulkhead.yml (dist/ bundles included)', async () => {
    const config = await loadConfig({ cwd: REPO, sections: sectionsFromDecls(ACTION_DECLS) });
    const gitignore = config.section('secret-scan').raw.gitignore;
    expect(gitignore).toBe('true');
    const result = await secretScan({ root: REPO, target: { kind: 'tree' }, gitignore: gitignore === 'true', threads: 2 });
    expect(result.findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.line} ${f.redacted}`)).toEqual([]);
    expect(result.stats.files).toBeGreaterThan(100);
  }, 120_000);
});
