// readArtifact on real archives built at test time: formats, nesting, bombs, limits, hostile names.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, writeFile, readdir, mkdir, stat } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { readArtifact, isArtifactProblem, sniffKind } from '../../packages/core/src/secrets/artifacts/index.ts';
import type { ArtifactEntry, ArtifactLimits } from '../../packages/core/src/secrets/artifacts/index.ts';
import { gzip, gzipBomb, makeTar, makeZip, rawZip, zipBomb } from '../support/archives.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulkhead-artifacts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, data: Buffer | string): Promise<string> {
  const p = join(dir, name);
  await mkdir(join(p, '..'), { recursive: true });
  await writeFile(p, data);
  return p;
}

interface Seen {
  path: string;
  text?: string;
  problem?: string;
  detail?: string;
}

async function readAll(abs: string, display: string, limits: Partial<ArtifactLimits> = {}): Promise<Seen[]> {
  const out: Seen[] = [];
  for await (const e of readArtifact(abs, display, limits)) out.push(show(e));
  return out;
}

function show(e: ArtifactEntry): Seen {
  return isArtifactProblem(e) ? { path: e.path, problem: e.problem, detail: e.detail } : { path: e.path, text: e.data.toString('utf8') };
}

/** What a scanner would do with the entries: a plain regex, so these tests don't depend on the rule set. */
function markers(seen: Seen[]): string[] {
  return seen.flatMap((s) => [...(s.text ?? '').matchAll(/MARK-[a-z0-9-]+/g)].map((m) => `${s.path} ${m[0]}`));
}

function openFds(): number {
  return readdirSync('/proc/self/fd').length;
}

describe('sniffKind', () => {
  it('trusts magic bytes over the extension and uses the extension only as a hint', () => {
    expect(sniffKind(Buffer.from('PK\x03\x04rest', 'latin1'), 'notes.txt')).toBe('zip');
    expect(sniffKind(Buffer.from([0x1f, 0x8b, 8, 0]), 'x.bin')).toBe('gzip');
    const tarHead = Buffer.alloc(512);
    tarHead.write('ustar', 257, 'latin1');
    expect(sniffKind(tarHead, 'blob')).toBe('tar');
    expect(sniffKind(Buffer.from('hello'), 'a.zip!/readme.md')).toBe('plain');
    expect(sniffKind(Buffer.from('just text that is not a zip'), 'fake.jar')).toBe('zip');
    expect(sniffKind(Buffer.alloc(0), 'empty.zip')).toBe('plain');
  });
});

describe('readArtifact: formats', () => {
  it('yields a plain file as it is', async () => {
    const p = await put('plain/config.env', 'TOKEN=MARK-plain\n');
    expect(await readAll(p, 'plain/config.env')).toEqual([{ path: 'plain/config.env', text: 'TOKEN=MARK-plain\n' }]);
  });

  it('reads zip entries (deflated and stored), skipping directories', async () => {
    const zip = await makeZip(
      [
        { name: 'config/.env', data: 'A=MARK-zip-env' },
        { name: 'stored.txt', data: 'MARK-zip-stored', compress: false },
      ],
      ['config/'],
    );
    const p = await put('dist/app.zip', zip);
    const seen = await readAll(p, 'dist/app.zip');
    expect(markers(seen)).toEqual(['dist/app.zip!/config/.env MARK-zip-env', 'dist/app.zip!/stored.txt MARK-zip-stored']);
    expect(seen.every((s) => !s.problem)).toBe(true);
  });

  it('reads tar, tar.gz, tgz and plain .gz, ignoring links and directories', async () => {
    const tar = await makeTar([
      { name: 'etc/', type: 'directory' },
      { name: 'etc/app.conf', data: 'key=MARK-tar' },
      { name: 'etc/link', type: 'symlink', linkname: '/etc/shadow' },
      { name: 'etc/second', data: 'MARK-tar-2' },
    ]);
    const pt = await put('out/a.tar', tar);
    const pg = await put('out/a.tar.gz', gzip(tar));
    const pz = await put('out/a.tgz', gzip(tar));
    const pl = await put('out/app.log.gz', gzip(Buffer.from('line MARK-gz\n')));
    expect(markers(await readAll(pt, 'out/a.tar'))).toEqual(['out/a.tar!/etc/app.conf MARK-tar', 'out/a.tar!/etc/second MARK-tar-2']);
    expect(markers(await readAll(pg, 'out/a.tar.gz'))).toEqual(['out/a.tar.gz!/etc/app.conf MARK-tar', 'out/a.tar.gz!/etc/second MARK-tar-2']);
    expect(markers(await readAll(pz, 'out/a.tgz'))).toEqual(['out/a.tgz!/etc/app.conf MARK-tar', 'out/a.tgz!/etc/second MARK-tar-2']);
    expect(await readAll(pl, 'out/app.log.gz')).toEqual([{ path: 'out/app.log.gz!/app.log', text: 'line MARK-gz\n' }]);
  });

  it('reads archives made by the real tar tool', async () => {
    const src = join(dir, 'tool-src');
    await mkdir(join(src, 'sub'), { recursive: true });
    await writeFile(join(src, 'sub', 'f.txt'), 'MARK-tool');
    execFileSync('tar', ['-czf', join(dir, 'tool.tar.gz'), '-C', src, 'sub']);
    expect(markers(await readAll(join(dir, 'tool.tar.gz'), 'tool.tar.gz'))).toEqual(['tool.tar.gz!/sub/f.txt MARK-tool']);
  });

  it('recurses into nested archives: zip in zip (jar), tgz in zip, zip in tar', async () => {
    const inner = await makeZip([{ name: 'x/secret.properties', data: 'p=MARK-jar' }]);
    const tgz = gzip(await makeTar([{ name: 'deep.txt', data: 'MARK-tgz-in-zip' }]));
    const outer = await makeZip([
      { name: 'lib/b.jar', data: inner },
      { name: 'pkg.tgz', data: tgz },
      { name: 'top.txt', data: 'MARK-top' },
    ]);
    const p = await put('nested/a.zip', outer);
    expect(markers(await readAll(p, 'a.zip'))).toEqual([
      'a.zip!/lib/b.jar!/x/secret.properties MARK-jar',
      'a.zip!/pkg.tgz!/deep.txt MARK-tgz-in-zip',
      'a.zip!/top.txt MARK-top',
    ]);
    const tar = await makeTar([{ name: 'w.war', data: inner }, { name: 'after.txt', data: 'MARK-after' }]);
    const pt = await put('nested/b.tar', tar);
    expect(markers(await readAll(pt, 'b.tar'))).toEqual(['b.tar!/w.war!/x/secret.properties MARK-jar', 'b.tar!/after.txt MARK-after']);
  });

  it('stops at the nesting limit with a depth problem and keeps reading the rest', async () => {
    const d = await makeZip([{ name: 'd.txt', data: 'MARK-too-deep' }]);
    const c = await makeZip([{ name: 'd.zip', data: d }, { name: 'c.txt', data: 'MARK-c' }]);
    const b = await makeZip([{ name: 'c.zip', data: c }]);
    const a = await makeZip([{ name: 'b.zip', data: b }]);
    const p = await put('depth/a.zip', a);
    const seen = await readAll(p, 'a.zip');
    expect(markers(seen)).toEqual(['a.zip!/b.zip!/c.zip!/c.txt MARK-c']);
    expect(seen.filter((s) => s.problem)).toEqual([
      expect.objectContaining({ path: 'a.zip!/b.zip!/c.zip!/d.zip', problem: 'depth' }),
    ]);
    // With one more level allowed, the innermost file is read.
    expect(markers(await readAll(p, 'a.zip', { maxDepth: 4 }))).toContain('a.zip!/b.zip!/c.zip!/d.zip!/d.txt MARK-too-deep');
  });
});

describe('readArtifact: bombs and limits', () => {
  it('stops a 1 GiB zip bomb from its declared sizes without inflating it', async () => {
    const bomb = zipBomb(1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const p = await put('bomb/bomb.zip', bomb);
    const fds = openFds();
    const t = performance.now();
    const seen = await readAll(p, 'bomb.zip');
    expect(performance.now() - t).toBeLessThan(2000);
    expect(seen).toEqual([expect.objectContaining({ path: 'bomb.zip', problem: 'bomb' })]);
    expect(openFds()).toBe(fds);
  });

  it('stops a zip bomb that lies about its size while it inflates, by counting real output', async () => {
    const p = await put('bomb/liar.zip', zipBomb(1024, 1000));
    const fds = openFds();
    const t = performance.now();
    const seen = await readAll(p, 'liar.zip');
    expect(performance.now() - t).toBeLessThan(2000);
    expect(seen).toEqual([expect.objectContaining({ path: 'liar.zip', problem: 'bomb' })]);
    expect(seen[0].detail).toMatch(/declared size \(1000 bytes\)/);
    expect(openFds()).toBe(fds);
  });

  it('stops a gzip bomb whose trailer claims 1 MiB by counting inflated bytes', async () => {
    const bomb = gzipBomb(1024); // 1 GiB of zeros, ~1 MB on disk
    const p = await put('bomb/zeros.gz', bomb);
    const t = performance.now();
    const seen = await readAll(p, 'zeros.gz');
    expect(performance.now() - t).toBeLessThan(3000);
    expect(seen).toEqual([expect.objectContaining({ path: 'zeros.gz', problem: 'bomb' })]);
    // With the ratio check off, the total-bytes limit still stops it.
    const total = await readAll(p, 'zeros.gz', { maxRatio: 1e9, maxTotalBytes: 8 << 20 });
    expect(total).toEqual([expect.objectContaining({ path: 'zeros.gz', problem: 'too-large' })]);
  });

  it('stops a gzip bomb nested in a zip at the inner archive and reads the siblings', async () => {
    const outer = await makeZip([
      { name: 'a.txt', data: 'MARK-before' },
      { name: 'inner.tar.gz', data: gzipBomb(64), compress: false },
      { name: 'z.txt', data: 'MARK-after' },
    ]);
    const p = await put('bomb/outer.zip', outer);
    const seen = await readAll(p, 'outer.zip');
    expect(markers(seen)).toEqual(['outer.zip!/a.txt MARK-before', 'outer.zip!/z.txt MARK-after']);
    expect(seen.filter((s) => s.problem)).toEqual([expect.objectContaining({ path: 'outer.zip!/inner.tar.gz', problem: 'bomb' })]);
  });

  it('reports too many entries (zip: from the directory; tar: while streaming) and stops', async () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ name: `f${String(i).padStart(2, '0')}.txt`, data: `MARK-${i}` }));
    const pz = await put('many/m.zip', await makeZip(items));
    expect(await readAll(pz, 'm.zip', { maxEntries: 20 })).toEqual([expect.objectContaining({ path: 'm.zip', problem: 'too-many-entries' })]);
    const pt = await put('many/m.tar', await makeTar(items));
    const seen = await readAll(pt, 'm.tar', { maxEntries: 20 });
    expect(markers(seen)).toHaveLength(20);
    expect(seen.at(-1)).toEqual(expect.objectContaining({ path: 'm.tar', problem: 'too-many-entries' }));
  });

  it('counts entries of nested archives against the same budget and stops every level', async () => {
    const inner = await makeZip(Array.from({ length: 15 }, (_, i) => ({ name: `i${i}`, data: 'x' })));
    const tar = await makeTar([{ name: 'one.zip', data: inner }, { name: 'two.zip', data: inner }, { name: 'z', data: 'MARK-never' }]);
    const seen = await readAll(await put('many/n.tar', tar), 'n.tar', { maxEntries: 20 });
    expect(seen.filter((s) => s.problem)).toEqual([expect.objectContaining({ path: 'n.tar!/two.zip', problem: 'too-many-entries' })]);
    expect(markers(seen)).toEqual([]);
  });

  it('skips an entry over maxEntryBytes with a note and scans the others', async () => {
    const big = 'MARK-big ' + 'x'.repeat(5000);
    const pz = await put('large/l.zip', await makeZip([{ name: 'big.txt', data: big }, { name: 'small.txt', data: 'MARK-small' }]));
    const sz = await readAll(pz, 'l.zip', { maxEntryBytes: 1000 });
    expect(markers(sz)).toEqual(['l.zip!/small.txt MARK-small']);
    expect(sz[0]).toEqual(expect.objectContaining({ path: 'l.zip!/big.txt', problem: 'too-large' }));
    const pt = await put('large/l.tar.gz', gzip(await makeTar([{ name: 'big.txt', data: big }, { name: 'small.txt', data: 'MARK-small' }])));
    const st = await readAll(pt, 'l.tar.gz', { maxEntryBytes: 1000 });
    expect(markers(st)).toEqual(['l.tar.gz!/small.txt MARK-small']);
    expect(st[0]).toEqual(expect.objectContaining({ path: 'l.tar.gz!/big.txt', problem: 'too-large' }));
    const pp = await put('large/plain.txt', big);
    expect(await readAll(pp, 'plain.txt', { maxEntryBytes: 1000 })).toEqual([expect.objectContaining({ problem: 'too-large' })]);
  });

  it('reports corrupt archives without throwing: truncated zip, garbage gzip, bad tar header, bad nested zip', async () => {
    const zip = await makeZip([{ name: 'a.txt', data: 'MARK-a' }]);
    const pz = await put('bad/trunc.zip', zip.subarray(0, zip.length - 10));
    expect(await readAll(pz, 'trunc.zip')).toEqual([expect.objectContaining({ path: 'trunc.zip', problem: 'corrupt' })]);
    const pg = await put('bad/garbage.tar.gz', Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), Buffer.alloc(300, 0x55)]));
    expect(await readAll(pg, 'garbage.tar.gz')).toEqual([expect.objectContaining({ path: 'garbage.tar.gz', problem: 'corrupt' })]);
    const tar = await makeTar([{ name: 'ok.txt', data: 'MARK-ok' }, { name: 'b.txt', data: 'MARK-b' }]);
    const broken = Buffer.from(tar);
    broken.write('garbage!', 512 + 512 + 148, 'latin1'); // second header's checksum field
    const seen = await readAll(await put('bad/broken.tar', broken), 'broken.tar');
    expect(markers(seen)).toEqual(['broken.tar!/ok.txt MARK-ok']);
    expect(seen.at(-1)).toEqual(expect.objectContaining({ path: 'broken.tar', problem: 'corrupt' }));
    const outer = await makeTar([{ name: 'in.zip', data: zip.subarray(0, 40) }, { name: 'next.txt', data: 'MARK-next' }]);
    const so = await readAll(await put('bad/outer.tar', outer), 'outer.tar');
    expect(so.filter((s) => s.problem)).toEqual([expect.objectContaining({ path: 'outer.tar!/in.zip', problem: 'corrupt' })]);
    expect(markers(so)).toEqual(['outer.tar!/next.txt MARK-next']);
  });

  it('reports encrypted and unsupported zip entries and reads the others', async () => {
    const plain = Buffer.from('MARK-clear');
    const deflated = deflateRawSync(plain);
    const z = rawZip([
      { name: 'locked.txt', method: 8, flags: 1, data: Buffer.alloc(40, 7), crc: 0, compressedSize: 40, uncompressedSize: 10 },
      { name: 'bzip2.bin', method: 12, data: Buffer.alloc(16, 1), crc: 0, uncompressedSize: 100 },
      { name: 'clear.txt', method: 8, data: deflated, crc: crc32(plain), uncompressedSize: plain.length },
    ]);
    const seen = await readAll(await put('enc/e.zip', z), 'e.zip');
    expect(seen).toEqual([
      expect.objectContaining({ path: 'e.zip!/locked.txt', problem: 'encrypted' }),
      expect.objectContaining({ path: 'e.zip!/bzip2.bin', problem: 'corrupt' }),
      { path: 'e.zip!/clear.txt', text: 'MARK-clear' },
    ]);
  });
});

describe('readArtifact: hostile entry names and cleanup', () => {
  it('shows traversal names only as display paths and writes nothing to disk', async () => {
    const work = await mkdtemp(join(dir, 'trav-'));
    const passwdBefore = await stat('/etc/passwd');
    const z = await makeZipRaw([
      { name: '../../etc/passwd', data: 'MARK-traversal' },
      { name: '/abs/path.txt', data: 'MARK-abs' },
      { name: 'evil\nname::warning::x', data: 'MARK-ctl' },
    ]);
    const pz = join(work, 'evil.zip');
    await writeFile(pz, z);
    const tar = await makeTar([{ name: '../../../tmp/escape.txt', data: 'MARK-tar-trav' }]);
    const pt = join(work, 'evil.tar');
    await writeFile(pt, tar);
    const seen = [...(await readAll(pz, 'evil.zip')), ...(await readAll(pt, 'evil.tar'))];
    expect(markers(seen)).toEqual([
      'evil.zip!/../../etc/passwd MARK-traversal',
      'evil.zip!//abs/path.txt MARK-abs',
      'evil.zip!/evil?name::warning::x MARK-ctl',
      'evil.tar!/../../../tmp/escape.txt MARK-tar-trav',
    ]);
    expect((await readdir(work)).sort()).toEqual(['evil.tar', 'evil.zip']);
    expect((await stat('/etc/passwd')).mtimeMs).toBe(passwdBefore.mtimeMs);
    await expect(stat('/tmp/escape.txt')).rejects.toThrow();
  });

  it('closes every file when the caller stops early', async () => {
    const inner = await makeZip([{ name: 'i.txt', data: 'MARK-i' }, { name: 'j.txt', data: 'MARK-j' }]);
    const zip = await makeZip([{ name: 'n.jar', data: inner }, { name: 'later.txt', data: 'MARK-later' }]);
    const pz = await put('early/e.zip', zip);
    const pt = await put('early/e.tar.gz', gzip(await makeTar([{ name: 'a', data: 'MARK-a' }, { name: 'b', data: 'MARK-b' }])));
    const fds = openFds();
    for (const [p, d] of [[pz, 'e.zip'], [pt, 'e.tar.gz']]) {
      for await (const e of readArtifact(p, d)) {
        expect(isArtifactProblem(e)).toBe(false);
        break;
      }
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(openFds()).toBe(fds);
  });

  it('reports a missing file or a directory as a problem instead of throwing', async () => {
    expect(await readAll(join(dir, 'nope.zip'), 'nope.zip')).toEqual([expect.objectContaining({ path: 'nope.zip', problem: 'corrupt' })]);
    expect(await readAll(dir, 'dir')).toEqual([expect.objectContaining({ path: 'dir', problem: 'corrupt' })]);
  });
});

/** yazl refuses `../` names, as a good writer should; the raw writer doesn't. */
async function makeZipRaw(items: { name: string; data: string }[]): Promise<Buffer> {
  return rawZip(
    items.map((it) => {
      const data = Buffer.from(it.data);
      return { name: it.name, method: 8, flags: 0x800, data: deflateRawSync(data), crc: crc32(data), uncompressedSize: data.length };
    }),
  );
}
