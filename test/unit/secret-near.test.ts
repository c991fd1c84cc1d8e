// The byte prechecks may only drop hits where the rule cannot match: every regex match must keep one of its keyword hits.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { BUILTIN_RULES, type SecretRule } from '@bulkhead/core';
import { generateSecret, makeRng } from '../support/secret-gen.ts';

const withNear = BUILTIN_RULES.filter((r) => r.near);

function keptByNear(rule: SecretRule, text: string): boolean[] {
  const bytes = Buffer.from(text, 'latin1');
  const lower = text.toLowerCase();
  const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, '') + 'g');
  const verdicts: boolean[] = [];
  for (const m of text.matchAll(re)) {
    const s = m.index!;
    const e = s + m[0].length;
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
    expect(withNear.map((r) => r.id).sort()).toEqual(['basic-auth-url', 'cli-user-password', 'generic-dotenv-secret', 'generic-token', 'prose-secret']);
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
      'Login with ', 'credentials: ', ' / ', 'admin', '**'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const rule of withNear) expect(keptByNear(rule, text).every(Boolean)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('drop the common non-secret shapes', () => {
    const b = (s: string) => Buffer.from(s, 'latin1');
    const url = withNear.find((r) => r.id === 'basic-auth-url')!;
    const tok = withNear.find((r) => r.id === 'generic-token')!;
    expect(url.near!(b('see https://example.com/docs'), 'see https://'.length)).toBe(false);
    expect(url.near!(b('https://u:p@host'), 'https://'.length)).toBe(true);
    expect(tok.near!(b('this.token.refresh()'), 'this.token'.length)).toBe(false);
    expect(tok.near!(b('token: abc'), 'token'.length)).toBe(true);
    expect(tok.near!(b("get('token', fallback)"), "get('token".length)).toBe(false);
    expect(tok.near!(b("define('AUTH_TOKEN', 'abc')"), "define('AUTH_TOKEN".length)).toBe(true);
    const cli = withNear.find((r) => r.id === 'cli-user-password')!;
    expect(cli.near!(b('cp -a src/ dist/'), 'cp -a '.length)).toBe(false);
    expect(cli.near!(b('http -a "$USER:$TOKEN" url'), 'http -a '.length)).toBe(false);
    expect(cli.near!(b('http -a bob:s3cret url'), 'http -a '.length)).toBe(true);
    expect(cli.near!(b('http --auth-type=bearer url'), 'http --auth'.length)).toBe(false);
    expect(cli.near!(b('$db = mysql_connect($host);'), '$db = mysql'.length)).toBe(false);
    expect(cli.near!(b('mysql -u root -p app'), 'mysql'.length)).toBe(false);
    expect(cli.near!(b("mysql -u root -p's3cret' app"), 'mysql'.length)).toBe(true);
    expect(cli.near!(b('curl https://x'), 'curl'.length)).toBe(true);
    const prose = withNear.find((r) => r.id === 'prose-secret')!;
    expect(prose.near!(b('credentials: ${{ secrets.X }}'), 'credentials:'.length)).toBe(false);
    expect(prose.near!(b('Login with admin / x'), 'Login with'.length)).toBe(true);
    expect(prose.near!(b('the password is x'), 'the password is'.length)).toBe(true);
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
