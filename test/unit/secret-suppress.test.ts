// Suppression: inline markers, ignore files, baselines (real files), allow-lists, custom rules.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile, readFile, readdir, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Finding } from '../../packages/core/src/report/types.ts';
import { ConfigError } from '../../packages/core/src/errors.ts';
import {
  isInlineAllowed,
  loadIgnoreFile,
  parseIgnoreFiles,
  readBaseline,
  writeBaseline,
  applyBaseline,
  formatBaseline,
  baselineFromFindings,
  compileAllowList,
  compileCustomRules,
  probeBacktracking,
  SECRET_SCAN_CONFIG_SHAPES,
} from '../../packages/core/src/secrets/suppress/index.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulkhead-suppress-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Synthetic values only: a seeded LCG makes hex strings; nothing here is a real credential.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
const next = rng(42);
function value(): string {
  return 'tok' + '_' + Array.from({ length: 32 }, () => '0123456789abcdef'[Math.floor(next() * 16)]).join('');
}
function fp(ruleId: string, secret: string): string {
  return createHash('sha256').update(`${ruleId}\0${secret}`).digest('hex');
}
function finding(ruleId: string, secret: string, path: string, line: number, commit?: string): Finding {
  return {
    ruleId,
    severity: 'high',
    message: `${ruleId} found`,
    location: { path, line, ...(commit ? { commit } : {}) },
    fingerprint: fp(ruleId, secret),
    redacted: `${secret.slice(0, 4)}…(${secret.length})`,
  };
}

describe('isInlineAllowed', () => {
  it('accepts our marker and those of gitleaks, detect-secrets and trufflehog', () => {
    for (const line of [
      'key = "x" # bulkhead:allow',
      'const k = "x"; // gitleaks:allow',
      'password: x  # pragma: allowlist secret',
      'token=x // trufflehog:ignore',
      'TOKEN=x # Bulkhead:Allow',
    ]) {
      expect(isInlineAllowed(line), line).toBe(true);
    }
  });

  it('applies detect-secrets nextline pragma only to the following line', () => {
    expect(isInlineAllowed('secret = x', '# pragma: allowlist nextline secret')).toBe(true);
    expect(isInlineAllowed('# pragma: allowlist nextline secret secret = x')).toBe(false);
    expect(isInlineAllowed('secret = x', '# just a comment')).toBe(false);
  });

  it('does not accept lookalikes', () => {
    for (const line of ['bulkhead:allowed = x', 'mybulkhead:allow', 'gitleaks: allow', 'pragma: allowlist', 'token = x']) {
      expect(isInlineAllowed(line), line).toBe(false);
    }
  });
});

describe('ignore files', () => {
  const s1 = value();
  const s2 = value();
  const commit = 'ab'.repeat(20);

  it('reads fingerprints and gitleaks entries from .bulkheadignore and .gitleaksignore', async () => {
    const root = await mkdtemp(join(dir, 'ign-'));
    await writeFile(
      join(root, '.bulkheadignore'),
      ['# reviewed 2024-05-01', '', fp('acme-key', s1), `${fp('other', s2).toUpperCase()}:src/a.ts:other:12  # note`, 'not an entry'].join('\n'),
    );
    await writeFile(join(root, '.gitleaksignore'), [`${commit}:deploy/k8s.yaml:generic-api-key:40`, 'config/dev.env:generic-api-key:3', 'C:/win/path.txt:aws-access-key'].join('\r\n'));
    const set = await loadIgnoreFile(root);
    expect(set.fingerprints.size).toBe(2);
    expect(set.pathRules).toBe(3);
    expect(set.warnings).toEqual(['.bulkheadignore:5: not a fingerprint or a path:rule:line entry; ignored']);
    // Fingerprints match anywhere (path-independent).
    expect(set.matches(finding('acme-key', s1, 'moved/elsewhere.ts', 99))).toBe(true);
    expect(set.matches(finding('other', s2, 'x', 1))).toBe(true);
    expect(set.matches(finding('acme-key', s2, 'x', 1))).toBe(false);
    // Gitleaks path+rule: any line; commit-qualified entries only for that commit.
    expect(set.matches(finding('generic-api-key', value(), 'config/dev.env', 77))).toBe(true);
    expect(set.matches(finding('generic-api-key', value(), './config/dev.env', 1))).toBe(true);
    expect(set.matches(finding('aws-access-key', value(), 'config/dev.env', 3))).toBe(false);
    expect(set.matches(finding('generic-api-key', value(), 'deploy/k8s.yaml', 40, commit))).toBe(true);
    expect(set.matches(finding('generic-api-key', value(), 'deploy/k8s.yaml', 40, 'cd'.repeat(20)))).toBe(false);
    expect(set.matches(finding('generic-api-key', value(), 'deploy/k8s.yaml', 40))).toBe(false);
    expect(set.matches(finding('aws-access-key', value(), 'C:/win/path.txt', 1))).toBe(true);
  });

  it('is empty when there is no ignore file', async () => {
    const set = await loadIgnoreFile(await mkdtemp(join(dir, 'none-')));
    expect(set.fingerprints.size + set.pathRules + set.warnings.length).toBe(0);
    expect(set.matches(finding('r', value(), 'a', 1))).toBe(false);
  });

  it('parses paths that contain colons from the right', () => {
    const set = parseIgnoreFiles([{ name: '.gitleaksignore', text: 'dir/a:b.txt:my-rule:4\n' }]);
    expect(set.matches(finding('my-rule', value(), 'dir/a:b.txt', 1))).toBe(true);
  });
});

describe('baseline', () => {
  it('round-trips, sorts by path, rule and fingerprint, and ends with a newline', async () => {
    const a = value();
    const b = value();
    const findings = [finding('z-rule', a, 'src/b.ts', 3), finding('a-rule', b, 'src/b.ts', 9), finding('a-rule', a, 'lib/a.ts', 1), finding('z-rule', a, 'src/b.ts', 30)];
    const file = join(dir, 'baseline.json');
    const written = await writeBaseline(file, findings);
    const text = await readFile(file, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(written.findings.map((e) => `${e.path} ${e.ruleId}`)).toEqual(['lib/a.ts a-rule', 'src/b.ts a-rule', 'src/b.ts z-rule']);
    expect(await readBaseline(file)).toEqual(written);
    expect(text).not.toContain(a);
    expect(text).not.toContain(b);
    expect(Object.keys(JSON.parse(text))).toEqual(['version', 'tool', 'findings']);
    expect(Object.keys(written.findings[0])).toEqual(['fingerprint', 'ruleId', 'path', 'redacted']);
  });

  it('does not churn when a secret moves to another line, and keeps a moved secret baselined', async () => {
    const s = value();
    const before = formatBaseline(baselineFromFindings([finding('r', s, 'app.ts', 10)]));
    const after = formatBaseline(baselineFromFindings([finding('r', s, 'app.ts', 250)]));
    expect(after).toBe(before);
    const base = baselineFromFindings([finding('r', s, 'app.ts', 10)]);
    const fresh = value();
    const { new: added, baselined } = applyBaseline([finding('r', s, 'moved/other.ts', 5), finding('r', fresh, 'app.ts', 11)], base);
    expect(baselined.map((f) => f.location.path)).toEqual(['moved/other.ts']);
    expect(added.map((f) => f.fingerprint)).toEqual([fp('r', fresh)]);
  });

  it('writes atomically: no temp files left, the old file survives a failed write', async () => {
    const sub = await mkdtemp(join(dir, 'atomic-'));
    const file = join(sub, 'b.json');
    await writeBaseline(file, [finding('r', value(), 'a', 1)]);
    const first = await readFile(file, 'utf8');
    await writeBaseline(file, [finding('r', value(), 'b', 1)]);
    expect(await readdir(sub)).toEqual(['b.json']);
    expect(await readFile(file, 'utf8')).not.toBe(first);
    const kept = await readFile(file, 'utf8');
    if (process.getuid?.() !== 0) {
      await chmod(sub, 0o500); // read-only dir: the temp file cannot be created
      await expect(writeBaseline(file, [finding('r', value(), 'c', 1)])).rejects.toThrow();
      await chmod(sub, 0o700);
    } else {
      // root ignores permissions: make the rename fail instead (the target is a non-empty directory)
      const target = join(sub, 'dir.json');
      await mkdir(target);
      await writeFile(join(target, 'keep'), 'x');
      await expect(writeBaseline(target, [finding('r', value(), 'c', 1)])).rejects.toThrow();
      await rm(target, { recursive: true });
    }
    expect(await readFile(file, 'utf8')).toBe(kept);
    expect((await readdir(sub)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('never shows a reader a half-written baseline while it is being rewritten', async () => {
    const file = join(await mkdtemp(join(dir, 'race-')), 'b.json');
    const big = (tag: string) => Array.from({ length: 1000 }, (_, i) => finding('r', `${tag}-${value()}`, `src/f${i}.ts`, i + 1));
    const versions = [big('a'), big('b')];
    await writeBaseline(file, versions[0]);
    let writing = true;
    const writer = (async () => {
      for (let i = 0; i < 6; i++) await writeBaseline(file, versions[i % 2]);
      writing = false;
    })();
    let reads = 0;
    while (writing) {
      const b = await readBaseline(file); // throws on a torn file
      expect(b.findings).toHaveLength(1000);
      reads++;
    }
    await writer;
    expect(reads).toBeGreaterThan(0);
  });

  it('reports a missing or malformed baseline as a ConfigError naming the input and the fix', async () => {
    const missing = await readBaseline(join(dir, 'nope.json')).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ConfigError);
    expect(missing).toMatchObject({ input: 'baseline', fix: expect.stringContaining('--write-baseline') });
    const cases: [string, RegExp][] = [
      ['{not json', /not valid JSON/],
      ['[]', /not a JSON object/],
      ['{"version":2,"tool":"bulkhead","findings":[]}', /version 2/],
      ['{"version":1,"tool":"gitleaks","findings":[]}', /gitleaks/],
      ['{"version":1,"tool":"bulkhead","findings":[{"fingerprint":"abc","ruleId":"r","path":"p"}]}', /findings\[0\]\.fingerprint/],
      [`{"version":1,"tool":"bulkhead","findings":[{"fingerprint":"${'a'.repeat(64)}","path":"p"}]}`, /findings\[0\]\.ruleId/],
    ];
    for (const [text, re] of cases) {
      const file = join(dir, 'bad.json');
      await writeFile(file, text);
      const err = await readBaseline(file).catch((e: unknown) => e);
      expect(err, text).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problem).toMatch(re);
      expect((err as ConfigError).input).toBe('baseline');
    }
  });
});

describe('allow-list', () => {
  it('allows by path glob, rule id and fingerprint', () => {
    const s = value();
    const allow = compileAllowList({ paths: ['test/fixtures/**', '*.lock', 'dist/app.zip!/**'], rules: ['generic-api-key'], fingerprints: [fp('r', s).toUpperCase()] });
    expect(allow.allowsPath('test/fixtures/a/b.txt')).toBe(true);
    expect(allow.allowsPath('deep/dir/yarn.lock')).toBe(true);
    expect(allow.allowsPath('dist/app.zip!/conf/.env')).toBe(true);
    expect(allow.allowsPath('src/test/fixtures/x')).toBe(false);
    expect(allow.allowsRule('generic-api-key')).toBe(true);
    expect(allow.allowsRule('aws-access-key')).toBe(false);
    expect(allow.allowsFingerprint(fp('r', s))).toBe(true);
    expect(allow.allows(finding('r', s, 'src/x.ts', 1))).toBe(true);
    expect(allow.allows(finding('r', value(), 'src/x.ts', 1))).toBe(false);
    expect(compileAllowList(undefined).allows(finding('r', s, 'a', 1))).toBe(false);
  });

  it('names the bad key in errors', () => {
    const cases: [unknown, string][] = [
      [['a'], 'secret-scan.allow'],
      [{ path: ['a'] }, 'secret-scan.allow.path'],
      [{ paths: 'a' }, 'secret-scan.allow.paths'],
      [{ rules: ['x', ''] }, 'secret-scan.allow.rules[1]'],
      [{ fingerprints: ['deadbeef'] }, 'secret-scan.allow.fingerprints[0]'],
    ];
    for (const [cfg, input] of cases) {
      const err = (() => {
        try {
          compileAllowList(cfg);
        } catch (e) {
          return e;
        }
      })();
      expect(err, input).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).input).toBe(input);
    }
  });
});

describe('custom rules', () => {
  const good = { id: 'acme-key', description: 'ACME API key', regex: '(?i)acme_(?<secret>[0-9a-f]{32})', keywords: ['ACME_'], severity: 'critical', entropy: 3 };

  it('compiles a valid rule: lower-cased keywords, (?i) flag, secret group, entropy', () => {
    const [rule] = compileCustomRules([good]);
    expect(rule).toMatchObject({ id: 'acme-key', name: 'AcmeKey', severity: 'critical', keywords: ['acme_'], minEntropy: 3, family: 'custom' });
    expect(rule.pattern.flags).toBe('i');
    const s = Array.from({ length: 32 }, (_, i) => (i % 16).toString(16)).join('');
    expect(rule.pattern.exec(`X=ACME_${s}`)?.groups?.secret).toBe(s);
    expect(compileCustomRules(undefined)).toEqual([]);
    const [minimal] = compileCustomRules([{ id: 'x1', regex: 'x1_[a-z]{8}', keywords: ['x1_'] }]);
    expect(minimal.severity).toBe('high');
    expect(minimal.minEntropy).toBeUndefined();
  });

  function errorOf(cfg: unknown, opts = {}): ConfigError {
    try {
      compileCustomRules(cfg, opts);
    } catch (e) {
      if (e instanceof ConfigError) return e;
      throw e;
    }
    throw new Error('expected a ConfigError');
  }

  it('names the exact key of each problem', () => {
    const ok = { id: 'a', regex: 'a_[0-9]{4}', keywords: ['a_'] };
    expect(errorOf([ok, ok, { ...good, regex: 'acme_([0-9' }])).toMatchObject({ input: 'secret-scan.rules[1].id' });
    const bad = errorOf([ok, { ...ok, id: 'b' }, { ...good, regex: 'acme_([0-9' }]);
    expect(bad.input).toBe('secret-scan.rules[2].regex');
    expect(bad.problem).toMatch(/not a valid JavaScript regular expression/);
    expect(errorOf([{ ...good, keywords: [] }]).input).toBe('secret-scan.rules[0].keywords');
    expect(errorOf([{ ...good, keywords: undefined }]).input).toBe('secret-scan.rules[0].keywords');
    expect(errorOf([{ ...good, keywords: ['a', ' '] }]).input).toBe('secret-scan.rules[0].keywords[1]');
    expect(errorOf([{ ...good, severity: 'severe' }]).input).toBe('secret-scan.rules[0].severity');
    expect(errorOf([{ ...good, entropy: 9 }]).input).toBe('secret-scan.rules[0].entropy');
    expect(errorOf([{ ...good, id: 'Bad Id' }]).input).toBe('secret-scan.rules[0].id');
    expect(errorOf([{ ...good, regx: 'x' }]).input).toBe('secret-scan.rules[0].regx');
    expect(errorOf([{ ...good, regex: 'a*' }]).problem).toMatch(/empty string/);
    expect(errorOf([{ ...good, id: 'aws-access-key' }], { reservedIds: ['aws-access-key'] }).problem).toMatch(/built-in/);
    expect(errorOf({ id: 'x' }).input).toBe('secret-scan.rules');
  });

  it('rejects catastrophic backtracking within the probe budget and accepts ordinary patterns', () => {
    const t = performance.now();
    for (const regex of ['(a+)+$', 'acme_(\\w|\\d)*!', 'acme_([a-z0-9]+)*@', '(?:x|x)*y']) {
      const err = errorOf([{ ...good, regex, keywords: ['acme_'] }], { probeTimeoutMs: 300 });
      expect(err.input, regex).toBe('secret-scan.rules[0].regex');
      expect(err.problem).toMatch(/backtracks catastrophically/);
    }
    expect(performance.now() - t).toBeLessThan(5000);
    for (const regex of ['acme_[0-9a-f]{32}', '(?i)token\\s*[:=]\\s*["\']?(?<secret>[a-z0-9_\\-]{20,64})', 'AKIA[0-9A-Z]{16}', '-----BEGIN [A-Z ]+-----']) {
      const r = probeBacktracking(regex.replace('(?i)', ''), '', ['acme_', 'token']);
      expect(r.ok, regex).toBe(true);
      expect(r.ms).toBeLessThan(500);
    }
  });

  it('exports config shapes for the allow and rules keys', () => {
    expect(SECRET_SCAN_CONFIG_SHAPES.allow.type).toBe('object');
    expect(Object.keys(SECRET_SCAN_CONFIG_SHAPES.allow.properties)).toEqual(['paths', 'rules', 'fingerprints']);
    expect(SECRET_SCAN_CONFIG_SHAPES.rules.items.required).toEqual(['id', 'regex', 'keywords']);
  });
});
