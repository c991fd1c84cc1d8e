// scanFile's read path: one read for files under 1 MiB (no fstat), fstat and further reads for larger ones,
// chunks past chunkBytes. Whatever the size, a file must give exactly what the same bytes give in memory
// (scanBuffer, which reads nothing), with secrets placed at the start, across the 1 MiB mark and at the end.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, cpSync, linkSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BUILTIN_RULES } from '../../packages/core/src/secrets/index.ts';
import { compileRules } from '../../packages/core/src/secrets/scanner/compile.ts';
import { scanBuffer, scanFile } from '../../packages/core/src/secrets/scanner/buffer.ts';
import { walkTree } from '../../packages/core/src/secrets/scanner/tree.ts';
import { generateSecret, makeRng } from '../support/secret-gen.ts';

const MiB = 1 << 20;
const dir = mkdtempSync(join(tmpdir(), 'bh-reads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `size` bytes of filler lines with secret lines at the start, straddling `mark` and at the very end. */
function fileOf(size: number, mark: number, seed: number): { bytes: Buffer; secrets: string[] } {
  const rng = makeRng(seed);
  const lines = [generateSecret('github-pat-classic', rng), generateSecret('stripe-live-secret-key', rng), generateSecret('slack-bot-token', rng)];
  const at = (s: string) => Buffer.from(`${s}\n`);
  const head = at(lines[0].text);
  const middle = at(lines[1].text);
  const tail = Buffer.from(lines[2].text); // no newline: the secret ends the file
  const body = Buffer.alloc(size - head.length - middle.length - tail.length, 'const value = compute(1, 2);\n');
  const cut = Math.max(0, Math.min(body.length, mark - head.length - (middle.length >> 1)));
  return { bytes: Buffer.concat([head, body.subarray(0, cut), middle, body.subarray(cut), tail]), secrets: lines.map((l) => l.secret) };
}

describe('scanFile reads every byte, whatever the size', () => {
  const cr = compileRules(BUILTIN_RULES);
  const sizes = [MiB - 1, MiB, MiB + 1, 2 * MiB + 7, 3 * MiB];
  it.each(sizes)('file of %d bytes: same matches as the bytes in memory', (size) => {
    const { bytes, secrets } = fileOf(size, MiB, size);
    expect(bytes.length).toBe(size);
    const p = join(dir, `f-${size}.txt`);
    writeFileSync(p, bytes);
    // chunkBytes below the size for the larger files: the chunked path re-reads from the start.
    const opts = { chunkBytes: 2 * MiB };
    const fromFile = scanFile(p, 'f.txt', cr, opts);
    expect(fromFile.skipped).toBeUndefined();
    expect(fromFile.bytes).toBe(size);
    const inMemory = scanBuffer(bytes, 'f.txt', cr, opts);
    expect(fromFile.matches).toEqual(inMemory);
    expect(new Set(fromFile.matches.map((m) => m.secret))).toEqual(new Set(secrets));
  });

  it('an empty file: read, nothing found, nothing skipped', () => {
    const empty = join(dir, 'empty');
    writeFileSync(empty, '');
    expect(scanFile(empty, 'empty', cr)).toEqual({ matches: [], bytes: 0 });
  });
});

describe('what scanning leaves alone, and the paths it opens', () => {
  const cr = compileRules(BUILTIN_RULES);

  it('does not write the access time of the files it reads (O_NOATIME), where a plain read does', () => {
    const a = join(dir, 'atime-scanned.txt');
    const b = join(dir, 'atime-control.txt');
    const past = new Date('2020-01-01T00:00:00Z');
    for (const p of [a, b]) {
      writeFileSync(p, 'const token = "not a secret";\n');
      utimesSync(p, past, new Date()); // atime before mtime: relatime updates it on the next plain read
    }
    readFileSync(b);
    // The control shows this file system records access times; otherwise the check below would prove nothing.
    expect(statSync(b).atimeMs).toBeGreaterThan(past.getTime());
    expect(scanFile(a, 'atime-scanned.txt', cr).skipped).toBeUndefined();
    expect(statSync(a).atimeMs).toBe(past.getTime());
  });

  // O_NOATIME is refused (EPERM) for files the process does not own, unless it is root: the scan must fall
  // back to plain reads there. The CLI bundle runs as `nobody` on a root-owned file (switching users needs
  // root). Node and the bundle are linked or copied into a world-readable directory first: the checkout
  // itself may sit where `nobody` cannot read.
  it.runIf(process.getuid?.() === 0)('reads files it does not own without O_NOATIME (the CLI as nobody, on a root-owned file)', () => {
    const shared = mkdtempSync(join(tmpdir(), 'bh-noatime-'));
    chmodSync(shared, 0o755); // (mkdtemp makes it 0700)
    try {
      const node = join(shared, 'node');
      try {
        linkSync(process.execPath, node);
      } catch {
        copyFileSync(process.execPath, node);
        chmodSync(node, 0o755);
      }
      cpSync(new URL('../../dist/cli', import.meta.url), join(shared, 'cli'), { recursive: true });
      const tree = join(shared, 'tree');
      mkdirSync(tree, { mode: 0o755 });
      const { text } = generateSecret('github-pat-classic', makeRng(64));
      writeFileSync(join(tree, 'x.env'), `${text}\n`, { mode: 0o644 });
      const r = spawnSync(node, [join(shared, 'cli', 'index.js'), 'secret-scan', tree, '--format', 'json', '--fail-on', 'none'], {
        uid: 65534,
        gid: 65534,
        cwd: shared,
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      const data = (JSON.parse(r.stdout) as { data: { findings: { location: { path: string } }[]; skipped: { path: string; reason: string }[] } }).data;
      expect(data.skipped).toEqual([]); // not 'cannot open: EPERM'
      expect(data.findings.map((f) => f.location.path)).toContain('x.env');
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });

  it('opens files relative to the working directory when the root is inside it, absolute paths otherwise; same findings', async () => {
    const root = realpathSync(mkdtempSync(join(dir, 'walk-')));
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    const secret = 'ghp_' + 'R8x2Lq9Vw4Tz7Kp3Nm6Hs1Bd5Fg0Jc2Ye8Ua';
    writeFileSync(join(root, 'a', 'b', 'conf.env'), `GITHUB_TOKEN=${secret}\n`);
    const list = async (r: string) => {
      const out: { path: string; absPath: string }[] = [];
      for await (const f of walkTree(r)) out.push({ path: f.path, absPath: f.absPath });
      return out;
    };
    const here = process.cwd();
    try {
      process.chdir(join(root, 'a'));
      const outside = await list(root); // the root is above the working directory: absolute
      expect(outside).toEqual([{ path: 'a/b/conf.env', absPath: join(root, 'a', 'b', 'conf.env') }]);
      process.chdir(root);
      const inside = await list(join(root, 'a')); // the root is below it: relative to it
      expect(inside).toEqual([{ path: 'b/conf.env', absPath: join('a', 'b', 'conf.env') }]);
      const found = [outside[0], inside[0]].map((f) => scanFile(f.absPath, f.path, cr).matches.map((m) => m.secret));
      expect(found).toEqual([[secret], [secret]]);
    } finally {
      process.chdir(here);
    }
  });
});
