// The false-positive predicates, one by one, and how isFalsePositive applies them per rule family.
import { describe, expect, test } from 'vitest';
import {
  ruleById, isFalsePositive, isDocumentedExample, isPlaceholder, hasDummyWord, isRepetitiveOrSequential, isUuid, isDigest,
  isLockfile, isIntegrityLine, isPublicKeyMaterial, isInDataUri, isMinifiedContext, isIdentifierSoup, isCodeReference,
  isCoveredBySpecificRule, isPlainWord, isWordChain, isPathLike, MINIFIED_LINE_LIMIT, isPublishedDevCredential,
  isDocumentationHost, placeholderUrlPassword, isRandomLetters,
} from '@bulkhead/core';
import { readFileSync } from 'node:fs';
import { makeRng, alnum, hex, uuid, generateSecret, bytes } from '../support/secret-gen.ts';

const rng = makeRng(11);
const generic = ruleById('generic-api-key')!;
const github = ruleById('github-pat-classic')!;

describe('predicates', () => {
  test('documented examples', () => {
    expect(isDocumentedExample('AK' + 'IAIOSFODNN7' + 'EXAMPLE')).toBe(true);
    expect(isDocumentedExample('wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY')).toBe(true);
    expect(isDocumentedExample(alnum(rng, 40).replace(/E/g, 'e'))).toBe(false);
  });
  test('placeholders', () => {
    for (const p of ['changeme', '<YOUR_TOKEN>', 'your_api_key_here', 'xxxxxxxxxxxx', '********', '${{ secrets.X }}', '${VAR}', '$VAR', 'process.env.X', 'os.environ[', '{{ .Values.x }}', '%(x)s', '<redacted>', 'REDACTED', 'replace-me']) {
      expect(isPlaceholder(p), p).toBe(true);
    }
    for (let i = 0; i < 50; i++) expect(isPlaceholder(alnum(rng, 40))).toBe(false);
  });
  test('dummy words are whole words only', () => {
    expect(hasDummyWord('dummy-secret-1234')).toBe(true);
    expect(hasDummyWord('my_test_key')).toBe(true);
    expect(hasDummyWord('Sample')).toBe(true);
    expect(hasDummyWord('attestation9Xk2')).toBe(false);
    expect(hasDummyWord('latest8Pq')).toBe(false);
  });
  test('repeated and sequential strings', () => {
    expect(isRepetitiveOrSequential('aaaaaaaaaaaaaaaa')).toBe(true);
    expect(isRepetitiveOrSequential('abcdefghijklmnop')).toBe(true);
    expect(isRepetitiveOrSequential('1234567890123456')).toBe(true);
    expect(isRepetitiveOrSequential('gh' + 'p_' + 'a'.repeat(36))).toBe(true);
    expect(isRepetitiveOrSequential('abababababababab')).toBe(true);
    for (let i = 0; i < 50; i++) expect(isRepetitiveOrSequential(alnum(rng, 24))).toBe(false);
  });
  test('uuids and digests', () => {
    expect(isUuid(uuid(rng))).toBe(true);
    expect(isUuid(hex(rng, 32))).toBe(false);
    for (const n of [32, 40, 64, 128]) expect(isDigest(hex(rng, n)), String(n)).toBe(true);
    expect(isDigest('sha512-' + alnum(rng, 86) + '==')).toBe(true);
    expect(isDigest(Buffer.from(hex(rng, 32), 'hex').toString('base64'))).toBe(true);
    expect(isDigest(alnum(rng, 40))).toBe(false);
  });
  test('lockfiles and integrity lines', () => {
    for (const p of ['package-lock.json', 'a/b/yarn.lock', 'pnpm-lock.yaml', 'Cargo.lock', 'go.sum', 'poetry.lock', 'Gemfile.lock', 'composer.lock']) expect(isLockfile(p), p).toBe(true);
    expect(isLockfile('src/package-lock.json.ts')).toBe(false);
    expect(isIntegrityLine('  "integrity": "sha512-abc=="')).toBe(true);
    expect(isIntegrityLine('  resolved "https://registry.yarnpkg.com/x/-/x-1.0.0.tgz#abc"')).toBe(true);
    expect(isIntegrityLine('token = "abc"')).toBe(false);
  });
  test('public keys, certificates, data URIs', () => {
    expect(isPublicKeyMaterial('-----BEGIN PUBLIC KEY-----')).toBe(true);
    expect(isPublicKeyMaterial('-----BEGIN CERTIFICATE-----')).toBe(true);
    expect(isPublicKeyMaterial('ssh-' + 'ed25519 AAAAC3Nza me@host')).toBe(true);
    expect(isPublicKeyMaterial('-----BEGIN RSA PRIVATE KEY-----')).toBe(false);
    const s = alnum(rng, 20);
    expect(isInDataUri(s, `url(data:image/png;base64,AAAA${s}BBBB)`)).toBe(true);
    expect(isInDataUri(s, `url(data:image/png;base64,AAAA) token="${s}"`)).toBe(false);
  });
  test('minified bundles, identifier soup, plain words', () => {
    expect(isMinifiedContext('x'.repeat(MINIFIED_LINE_LIMIT + 1), 'dist/app.min.js')).toBe(true);
    expect(isMinifiedContext('x'.repeat(MINIFIED_LINE_LIMIT + 1), 'src/app.js')).toBe(false);
    expect(isMinifiedContext('short', 'dist/app.min.js')).toBe(false);
    expect(isIdentifierSoup('getElementByIdForUser')).toBe(true);
    expect(isIdentifierSoup('DATABASE_PASSWORD_FIELD')).toBe(true);
    expect(isIdentifierSoup('aB3dE5fG7hJ9kL1m')).toBe(false);
    expect(isPlainWord('Password')).toBe(true);
    expect(isPlainWord('hunter2!')).toBe(false);
  });
  test('code references', () => {
    expect(isCodeReference('string', '  password: string;', 'a.ts')).toBe(true);
    expect(isCodeReference('getToken', 'token = getToken()', 'a.py')).toBe(true);
    expect(isCodeReference('config.db.password', 'password = config.db.password', 'a.py')).toBe(true);
    expect(isCodeReference('userSuppliedSecret', 'secret = userSuppliedSecret', 'a.go')).toBe(true);
    expect(isCodeReference('m.groups?.secret', 'const secret = m.groups?.secret ?? m[0];', 'a.ts')).toBe(true);
    const v = 'Zq8' + alnum(rng, 13);
    expect(isCodeReference(v, `secret = "${v}"`, 'a.go')).toBe(false);
    expect(isCodeReference(v, `SECRET=${v}`, '.env')).toBe(false);
  });
  test('word chains and paths', () => {
    expect(isWordChain('bulkhead.secret-scan')).toBe(true);
    expect(isWordChain('read:packages')).toBe(true);
    expect(isWordChain('aB3dE5fG7hJ9kL1m')).toBe(false);
    expect(isPathLike('./src/publish/secret-scan.ts')).toBe(true);
    expect(isPathLike('/etc/ssl/private/server.key')).toBe(true);
    expect(isPathLike('https://vault.internal/v1/secret')).toBe(true);
    expect(isPathLike(alnum(rng, 24))).toBe(false);
  });
  test('a provider rule covering the value silences generic rules', () => {
    const g = generateSecret('github-pat-classic', rng);
    expect(isCoveredBySpecificRule(g.secret, `api_key = "${g.secret}"`)).toBe(true);
    expect(isCoveredBySpecificRule(alnum(rng, 32), `api_key = "${alnum(rng, 32)}"`)).toBe(false);
  });
});

describe('isFalsePositive applies context filters to generic rules only', () => {
  test('lockfile path, digest, uuid: generic dropped, provider kept', () => {
    const tok = generateSecret('github-pat-classic', rng).secret;
    expect(isFalsePositive(generic, alnum(rng, 32), 'api_key: x', 'yarn.lock')).toBe(true);
    expect(isFalsePositive(github, tok, `token: ${tok}`, 'yarn.lock')).toBe(false);
    expect(isFalsePositive(generic, hex(rng, 64), 'api_key: x', 'a.yml')).toBe(true);
    expect(isFalsePositive(generic, uuid(rng), 'api_key: x', 'a.yml')).toBe(true);
    expect(isFalsePositive(ruleById('heroku-api-key')!, uuid(rng), 'HEROKU_API_KEY=x', '.env')).toBe(false);
  });
  test('examples and placeholders are dropped for every rule', () => {
    expect(isFalsePositive(ruleById('aws-access-key-id')!, 'AK' + 'IAIOSFODNN7' + 'EXAMPLE', 'x', 'a')).toBe(true);
    expect(isFalsePositive(github, 'gh' + 'p_' + 'x'.repeat(36), 'x', 'a')).toBe(true);
  });
  test('a random generic value in a config file is kept', () => {
    const v = alnum(rng, 32);
    expect(isFalsePositive(generic, v, `api_key: "${v}"`, 'config/app.yml')).toBe(false);
  });
});

describe('real-world shapes (names with sigils or suffixes, documentation URLs, blobs, published keys)', () => {
  test('names keep being names behind sigils, with short suffixes, or as labels', () => {
    expect(isIdentifierSoup('?NonExpressionParenEnd')).toBe(true);
    expect(isIdentifierSoup('#privateFieldName')).toBe(true);
    expect(isIdentifierSoup('punctuatorOrKeyword2')).toBe(true);
    expect(isPlainWord('minlength:')).toBe(true);
    expect(isWordChain('#login-form')).toBe(true);
    expect(isWordChain('x-webhook-secret-signature256')).toBe(true);
    expect(isCodeReference('options2?.onresumptiontoken', 'onresumptiontoken: options2?.onresumptiontoken', 'x.json')).toBe(true);
    // Random tokens do not read as words, even with separators.
    for (let i = 0; i < 50; i++) {
      const t = alnum(rng, 10) + '-' + alnum(rng, 10) + '_' + alnum(rng, 12);
      expect(isWordChain(t), t).toBe(false);
      expect(isIdentifierSoup(t)).toBe(false);
    }
  });
  test('documentation hosts and placeholder URL credentials', () => {
    for (const h of ['example.com', 'sub.example.org', 'EXAMPLE.NET', 'db.staging.example', 'host.test', 'x.invalid']) expect(isDocumentationHost(h), h).toBe(true);
    for (const h of ['example.io', 'myexample.com', 'git.acme.io', 'localhost', 'examples.com']) expect(isDocumentationHost(h), h).toBe(false);
    const pw = alnum(rng, 14);
    expect(placeholderUrlPassword(pw, `https://deploy:${pw}@api.example.com/v1`)).toBe(true);
    expect(placeholderUrlPassword(pw, `https://user:${pw}@localhost:8080/`)).toBe(true);
    expect(placeholderUrlPassword(pw, `https://ci-bot:${pw}@localhost:8080/`)).toBe(false);
    expect(placeholderUrlPassword(pw, `https://deploy:${pw}@git.acme.io/app.git`)).toBe(false);
    expect(placeholderUrlPassword('xyz', 'https://abc:xyz@host.acme.io')).toBe(true);
  });
  test('a value inside a long base64 run that starts before the line slice is a blob', () => {
    const blob = bytes(rng, 300).toString('base64').replace(/=+$/, '');
    const v = 'AK' + 'IA' + alnum(rng, 16).toUpperCase();
    expect(isInDataUri(v, `${blob}+${v}/${blob}`)).toBe(true);
    expect(isInDataUri(v, `key: "${v}"`)).toBe(false);
    expect(isInDataUri(v, `${blob.slice(0, 50)}+${v}`)).toBe(false);
  });
  test('published development credentials are recognised by hash only', () => {
    // The list holds SHA-256 digests; a random key of the same shape is not on it.
    expect(isPublishedDevCredential(alnum(rng, 86) + '==')).toBe(false);
    expect(isPublishedDevCredential('')).toBe(false);
    expect(isFalsePositive(ruleById('azure-storage-account-key')!, alnum(rng, 86) + '==', 'AccountKey=...', 'a.cfg')).toBe(false);
  });
});

describe('isRepetitiveOrSequential, one loop', () => {
  // The rule as first written (a regex for the type prefix, a Set for the distinct characters), kept here
  // as the reference the fast version must agree with.
  const reference = (secret: string): boolean => {
    const body = secret.replace(/^[A-Za-z]{2,8}[_-]/, '');
    if (body.length < 8) return false;
    if (new Set(body).size <= 3) return true;
    let steady = 0;
    for (let i = 1; i < body.length; i++) {
      const d = body.charCodeAt(i) - body.charCodeAt(i - 1);
      if (d === 0 || d === 1 || d === -1) steady++;
    }
    return steady / (body.length - 1) >= 0.6;
  };

  test('agrees with the reference on prefixed, repetitive, sequential, random and astral strings', () => {
    const rng = makeRng(31);
    const pieces = ['a', 'b', 'ab', 'abc', '123', '1234567', 'zzzz', 'sk_', 'ghp_', 'abcdefghi_', 'AB-', 'x', '-', '_', '😀', '😁', 'é', '9', 'Zz'];
    let yes = 0;
    for (let i = 0; i < 20_000; i++) {
      const s =
        i % 3 === 0
          ? Array.from({ length: 1 + Math.floor(rng() * 8) }, () => pieces[Math.floor(rng() * pieces.length)]).join('')
          : alnum(rng, Math.floor(rng() * 24));
      const want = reference(s);
      if (want) yes++;
      expect([s, isRepetitiveOrSequential(s)]).toEqual([s, want]);
    }
    expect(yes).toBeGreaterThan(500); // both answers are well represented
  });
});

describe('isRandomLetters: letter-only random tokens, never names', () => {
  test('no camelCase name in TypeScript\'s DOM and ES library declarations, the TypeScript API or @octokit/openapi-types reads as random', () => {
    // Thousands of real names (nobody here wrote them), acronyms and abbreviations included.
    const files = ['typescript/lib/lib.dom.d.ts', 'typescript/lib/lib.es5.d.ts', 'typescript/lib/lib.webworker.d.ts', '@octokit/openapi-types/types.d.ts', 'typescript/lib/typescript.d.ts'];
    const names = new Set<string>();
    for (const f of files) {
      for (const m of readFileSync(new URL(`../../node_modules/${f}`, import.meta.url), 'latin1').matchAll(/(?<![\w$])[A-Za-z]{16,}(?![\w$])/g)) {
        if (/[a-z]/.test(m[0]) && /[A-Z]/.test(m[0])) names.add(m[0]);
      }
    }
    expect(names.size).toBeGreaterThan(4000);
    expect([...names].filter(isRandomLetters)).toEqual([]);
  });

  test('most random mixed-case letter strings of 16-48 letters read as random; short or one-case ones never', () => {
    const rng = makeRng(47);
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    let random = 0;
    const n = 4000;
    for (let i = 0; i < n; i++) {
      let s = '';
      for (let j = 16 + Math.floor(rng() * 33); j > 0; j--) s += letters[Math.floor(rng() * letters.length)];
      if (isRandomLetters(s)) random++;
    }
    expect(random / n).toBeGreaterThan(0.7);
    expect(isRandomLetters('GMXXaKtpGAZsNQw')).toBe(false); // 15 letters
    expect(isRandomLetters('gmxxaktpgazsnqwsewxclybcd')).toBe(false); // one case: no humps to split on
    expect(isRandomLetters('GMXXaKtpGAZsNQwSEWxc1ybcD')).toBe(false); // a digit: other filters decide
  });

  test('joined by `_` or `-`, a token when one part alone is one; snake_case and kebab-case names, locale tables never', () => {
    const files = ['typescript/lib/lib.dom.d.ts', '@octokit/openapi-types/types.d.ts', 'typescript/lib/typescript.d.ts', 'typescript/lib/typescript.js'];
    const names = new Set<string>();
    for (const f of files) {
      for (const m of readFileSync(new URL(`../../node_modules/${f}`, import.meta.url), 'latin1').matchAll(/(?<![\w$-])[A-Za-z]+(?:[_-][A-Za-z]+)+(?![\w$])/g)) {
        if (m[0].split(/[_-]/).some((p) => p.length >= 16 && /[a-z]/.test(p) && /[A-Z]/.test(p))) names.add(m[0]);
      }
    }
    expect(names.size).toBeGreaterThan(50);
    expect([...names].filter(isRandomLetters)).toEqual([]);
    for (const table of ['Su_Mo_Tu_We_Th_Fr_Sa', 'Januar_Februar_Maerz_April', 'sunday-monday-tuesday']) expect(isRandomLetters(table)).toBe(false);
    const rng = makeRng(48);
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(rng() * letters.length)]).join('');
    let random = 0;
    for (let i = 0; i < 2000; i++) if (isRandomLetters(`${word(16 + Math.floor(rng() * 16))}${rng() < 0.5 ? '_' : '-'}${word(2 + Math.floor(rng() * 8))}`)) random++;
    expect(random / 2000).toBeGreaterThan(0.7);
  });
});
