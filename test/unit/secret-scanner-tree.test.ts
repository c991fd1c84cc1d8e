// Tree walking (real temp dirs with FIFOs, sockets, symlinks), sharding, and the worker pool vs inline scans.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { walkTree, type TreeFile, type WalkOptions } from '../../packages/core/src/secrets/scanner/tree.ts';
import { scanFiles } from '../../packages/core/src/secrets/scanner/workers.ts';
import { shardOf } from '../../packages/core/src/secrets/scanner/shard.ts';
import { ConfigError, ResourceError } from '../../packages/core/src/errors.ts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function token(i: number): string {
  let body = '';
  for (let j = 0; j < 32; j++) body += ALNUM[(i * 7 + j * 13) % ALNUM.length];
  return 'dmo' + '_' + body;
}
const fixtureRules = { builtin: false, module: pathToFileURL(join(import.meta.dirname, 'secret-scanner-fixture-rules.ts')).href, filters: false };

async function collect(root: string, opts: WalkOptions = {}) {
  const w = walkTree(root, opts);
  const files: TreeFile[] = [];
  for await (const f of w) files.push(f);
  return { files: files.map((f) => f.path).sort(), entries: files, skipped: w.skipped, notes: w.notes };
}

let root: string;
let outside: string;
let server: Server;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bulkhead-tree-'));
  outside = mkdtempSync(join(tmpdir(), 'bulkhead-outside-'));
  writeFileSync(join(outside, 'host-secret.txt'), `x ${token(99)}\n`);
  mkdirSync(join(root, 'src/deep'), { recursive: true });
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git/config'), `${token(1)}\n`);
  writeFileSync(join(root, 'src/a.ts'), `const k = "${token(2)}";\n`);
  writeFileSync(join(root, 'src/deep/b.md'), `text\n\n${token(3)}\n`);
  writeFileSync(join(root, 'ignored.log'), `${token(4)}\n`);
  execFileSync('mkfifo', [join(root, 'pipe')]);
  server = createServer();
  await new Promise<void>((res) => server.listen(join(root, 'sock'), res));
  symlinkSync(join(outside, 'host-secret.txt'), join(root, 'escape-file'));
  symlinkSync(outside, join(root, 'escape-dir'));
  symlinkSync('..', join(root, 'src/loop')); // src/loop -> root: contains itself
  symlinkSync('does-not-exist', join(root, 'dangling'));
  symlinkSync('src/a.ts', join(root, 'inside-link.ts'));
  mkdirSync(join(root, 'locked'));
  writeFileSync(join(root, 'locked/c.txt'), 'hidden\n');
  chmodSync(join(root, 'locked'), 0o000);
});

afterAll(() => {
  server?.close();
  chmodSync(join(root, 'locked'), 0o755);
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('walkTree', () => {
  it('yields regular files only, skips .git, FIFOs, sockets, escaping and dangling links and loops with notes', async () => {
    const { files, skipped } = await collect(root);
    const asRoot = process.getuid?.() === 0;
    // root can read a 000 directory; as another user it becomes a note instead.
    const expected = ['ignored.log', 'inside-link.ts', 'src/a.ts', 'src/deep/b.md', ...(asRoot ? ['locked/c.txt'] : [])].sort();
    expect(files).toEqual(expected);
    const reasons = Object.fromEntries(skipped.map((s) => [s.path, s.reason]));
    expect(reasons['pipe']).toMatch(/not a regular file/);
    expect(reasons['sock']).toMatch(/not a regular file/);
    expect(reasons['escape-file']).toMatch(/outside the scanned root/);
    expect(reasons['escape-dir']).toMatch(/outside the scanned root/);
    expect(reasons['src/loop']).toMatch(/loop/);
    expect(reasons['dangling']).toMatch(/dangling/);
    if (!asRoot) expect(reasons['locked']).toMatch(/not readable/);
    expect(files.some((f) => f.startsWith('.git'))).toBe(false);
  });

  it('opens a link target inside the root through its real path and never reads a FIFO', async () => {
    const { entries } = await collect(root);
    expect(entries.find((e) => e.path === 'inside-link.ts')?.absPath).toBe(join(root, 'src/a.ts'));
    // Scanning everything must return (a FIFO opened for reading would block forever).
    const r = await scanFiles(entries, { rules: fixtureRules, threads: 0 });
    expect(r.files.map((f) => f.path)).toEqual(['ignored.log', 'inside-link.ts', 'src/a.ts', 'src/deep/b.md']);
    expect(JSON.stringify(r)).not.toContain(token(99));
  });

  it('turns a file that cannot be opened at scan time into a note (works as root too)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-gone-'));
    try {
      writeFileSync(join(dir, 'a.txt'), `${token(5)}\n`);
      writeFileSync(join(dir, 'gone.txt'), `${token(6)}\n`);
      const { entries } = await collect(dir);
      rmSync(join(dir, 'gone.txt'));
      symlinkSync(join(outside, 'host-secret.txt'), join(dir, 'gone.txt')); // swapped for a link after the walk
      const r = await scanFiles(entries, { rules: fixtureRules, threads: 0 });
      expect(r.files.map((f) => f.path)).toEqual(['a.txt']);
      expect(r.skipped).toEqual([{ path: 'gone.txt', reason: 'cannot open: ELOOP' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('applies exclude globs (pruning directories) and .gitignore through git ls-files', async () => {
    expect((await collect(root, { exclude: ['src/**', '*.log'] })).files).not.toContain('src/a.ts');
    expect((await collect(root, { exclude: ['src/**', '*.log'] })).files).not.toContain('ignored.log');
    const repo = mkdtempSync(join(tmpdir(), 'bulkhead-gi-'));
    try {
      execFileSync('git', ['init', '-q'], { cwd: repo });
      writeFileSync(join(repo, '.gitignore'), '*.log\nbuild/\n');
      mkdirSync(join(repo, 'build'));
      writeFileSync(join(repo, 'build/out.js'), 'x\n');
      writeFileSync(join(repo, 'keep.log'), 'x\n');
      writeFileSync(join(repo, 'app.ts'), 'x\n');
      const honoured = await collect(repo, { honourGitignore: true });
      expect(honoured.files).toEqual(['.gitignore', 'app.ts']);
      expect((await collect(repo)).files).toEqual(['.gitignore', 'app.ts', 'build/out.js', 'keep.log']);
      const plain = await collect(root, { honourGitignore: true });
      expect(plain.notes.join(' ')).toMatch(/not a git work tree/);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('fails with a ResourceError naming the path when the root is missing or a file', async () => {
    for (const bad of [join(root, 'nope'), join(root, 'src/a.ts')]) {
      const err = await collect(bad).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ResourceError);
      expect((err as ResourceError).input).toBe('path');
    }
  });

  it('shards: every file lands in exactly one of n shards, deterministically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-shard-'));
    try {
      for (let i = 0; i < 120; i++) writeFileSync(join(dir, `f${i}.txt`), `${i}\n`);
      const all = (await collect(dir)).files;
      for (const n of [1, 3, 7]) {
        const parts: string[][] = [];
        for (let i = 1; i <= n; i++) parts.push((await collect(dir, { shard: { index: i, count: n } })).files);
        expect(parts.flat().sort()).toEqual(all);
        expect(new Set(parts.flat()).size).toBe(all.length);
        if (n === 3) for (const p of parts) expect(p.length).toBeGreaterThan(20); // roughly balanced
        for (const [i, p] of parts.entries()) for (const f of p) expect(shardOf(f, n)).toBe(i + 1);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scanFiles', () => {
  it('gives the same result on worker threads as inline, including big chunked and binary files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-pool-'));
    try {
      for (let i = 0; i < 200; i++) {
        const secret = i % 9 === 0 ? `\nconst t = "${token(i)}";\n` : '';
        writeFileSync(join(dir, `f${i}.js`), `// file ${i}\n${'let x = 1;\n'.repeat(200)}${secret}`);
      }
      writeFileSync(join(dir, 'big.txt'), 'filler line of text\n'.repeat(150_000) + token(500) + '\n' + 'tail\n'.repeat(1000));
      writeFileSync(join(dir, 'blob.bin'), Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(token(501))]));
      const { entries } = await collect(dir);
      const inline = await scanFiles(entries, { rules: fixtureRules, threads: 0, chunkBytes: 1 << 20 });
      const pooled = await scanFiles(entries, { rules: fixtureRules, threads: 2, inlineBelowBytes: 0, chunkBytes: 1 << 20 });
      expect(pooled.threads).toBe(2);
      expect(inline.threads).toBe(0);
      expect(pooled).toEqual({ ...inline, threads: 2 });
      expect(inline.files.length).toBe(24);
      const big = inline.files.find((f) => f.path === 'big.txt')!;
      expect(big.matches.map((m) => [m.line, m.column])).toEqual([[150_001, 1]]);
      expect(inline.skipped).toEqual([{ path: 'blob.bin', reason: 'binary' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a bad custom rule with a ConfigError naming it, before any worker starts', async () => {
    const err = await scanFiles([], { rules: { builtin: false, custom: [{ id: 'mine', regex: '(unclosed', keywords: ['x'] }] }, threads: 2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).input).toBe('secret-scan.rules[0].regex');
  });

  it('runs custom rules from config in workers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-custom-'));
    try {
      for (let i = 0; i < 6; i++) writeFileSync(join(dir, `f${i}.txt`), `${'z'.repeat(100)}\nINTERNAL-${i}${i}${i}${i}-KEY\n`);
      const { entries } = await collect(dir);
      const custom = [{ id: 'internal-key', regex: 'INTERNAL-(?<secret>\\d{4})-KEY', keywords: ['internal-'] }];
      const r = await scanFiles(entries, { rules: { builtin: false, custom, filters: false }, threads: 2, inlineBelowBytes: 0 });
      expect(r.threads).toBe(2);
      expect(r.files.map((f) => f.matches.map((m) => [m.ruleId, m.secret, m.line]))).toEqual(
        [0, 1, 2, 3, 4, 5].map((i) => [['internal-key', `${i}${i}${i}${i}`, 2]]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs the built-in rules and filters in workers too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-builtin-'));
    try {
      for (let i = 0; i < 4; i++) writeFileSync(join(dir, `f${i}.txt`), 'nothing to see here\n'.repeat(100));
      const { entries } = await collect(dir);
      const inline = await scanFiles(entries, { rules: {}, threads: 0 });
      const pooled = await scanFiles(entries, { rules: {}, threads: 2, inlineBelowBytes: 0 });
      expect(pooled.filesScanned).toBe(4);
      expect(pooled.files).toEqual(inline.files);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
