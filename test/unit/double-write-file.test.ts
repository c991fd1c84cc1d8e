// double-write over file:// stores and stores with injected faults: every copy is checked with GNU sha256sum
// (not the code under test), restored bytes are compared with the source, and each fault must fail the step
// with nothing at the failed store that looks complete, while the other copy stays whole.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOptions } from '@bulkhead/core/options';
import { DOUBLE_WRITE_DECL, FileStore, MANIFEST_KEY, runDoubleWrite, type DoubleWriteResult, type ObjectStore } from '@bulkhead/core/storage';
import { failAfter, flipByte, gnuCheck, gnuSha256, listFiles, makeSource, readTree, refused, tempDir, wrapStore } from '../support/double-write.ts';

const RETRY = { attempts: 3, baseMs: 5 };
const cleanup: string[] = [];
afterAll(() => cleanup.forEach((d) => rmSync(d, { recursive: true, force: true })));

function opts(raw: Record<string, string>) {
  return parseOptions(DOUBLE_WRITE_DECL, [raw]).options;
}

function run(raw: Record<string, string>, stores: Record<string, ObjectStore> = {}, cwd = '/'): Promise<DoubleWriteResult> {
  return runDoubleWrite(opts(raw), {
    cwd,
    tempDir: tempDir('tmp'),
    env: {},
    now: new Date('2026-06-01T00:00:00Z'),
    retry: RETRY,
    factories: { 'test:': async (url) => stores[url.hostname] },
  });
}

function dirs() {
  const src = makeSource(11);
  const a = tempDir('a');
  const b = tempDir('b');
  cleanup.push(src.dir, a, b);
  return { src, a, b };
}

const paths = (src: { files: Record<string, Buffer> }) => Object.keys(src.files).sort();
const meta = (store: string) => (existsSync(join(store, '.bulkhead')) ? listFiles(join(store, '.bulkhead')) : []);

describe('double-write to file:// stores', () => {
  it('writes both copies; each passes sha256sum -c against the source manifest; the digest is the manifest text hash', async () => {
    const { src, a, b } = dirs();
    const r = await run({ source: src.dir, primary: `file://${a}`, secondary: `file://${b}` });
    expect(r.failed).toBe(false);
    expect(r.stores.map((s) => s.status)).toEqual(['committed', 'committed']);
    expect(r.files).toBe(4);
    expect(r.bytes).toBe(Object.values(src.files).reduce((n, f) => n + f.length, 0));
    // Independent: GNU sha256sum over each copy, and over the source, with the engine's manifest.
    for (const dir of [src.dir, a, b]) expect(gnuCheck(dir, r.manifestText!)).toMatch(/app\.js: OK/);
    // Each line's hash is the one sha256sum computes for the source file itself.
    for (const p of paths(src)) expect(r.manifestText).toContain(`${gnuSha256(join(src.dir, p))}  ${p}\n`);
    expect(execFileSync('sha256sum', { input: r.manifestText, encoding: 'utf8' }).split(' ')[0]).toBe(r.digest);
    // Files keep their relative paths; the only extra is the manifest; no staging left.
    for (const d of [a, b]) {
      expect(listFiles(d)).toEqual([...paths(src), MANIFEST_KEY].sort());
      expect(meta(d)).toEqual(['manifest.json']);
      const m = JSON.parse(readFileSync(join(d, MANIFEST_KEY), 'utf8'));
      expect(m.digest).toBe(r.digest);
      expect(m.files.map((f: { path: string }) => f.path)).toEqual(paths(src));
    }
  });

  it('a re-run with the same input gives the same digest and the same store contents, no duplicates; a removed file leaves the copies', async () => {
    const { src, a, b } = dirs();
    const raw = { source: src.dir, primary: `file://${a}`, secondary: `file://${b}` };
    const one = await run(raw);
    const two = await run(raw);
    expect(two.digest).toBe(one.digest);
    expect(listFiles(a)).toEqual(listFiles(b));
    expect(listFiles(a)).toEqual([...paths(src), MANIFEST_KEY].sort());
    rmSync(join(src.dir, 'app.js'));
    const three = await run(raw);
    expect(three.failed).toBe(false);
    expect(listFiles(a)).not.toContain('app.js');
    gnuCheck(a, three.manifestText!);
  });

  it('takes files, directories and globs; paths are relative to their common directory', async () => {
    const { src, a, b } = dirs();
    const r = await run({ source: `assets\nlib/**/*.wasm\napp.js`, primary: `file://${a}`, secondary: `file://${b}` }, {}, src.dir);
    expect(r.manifestText!.split('\n').filter(Boolean).map((l) => l.slice(66))).toEqual(['app.js', 'assets/empty.txt', 'assets/logo one.png', 'lib/deep/nested/mod.wasm']);
  });

  it('restores from the primary; with one byte altered there, from the secondary; with the manifest gone, from the secondary', async () => {
    const { src, a, b } = dirs();
    const w = await run({ source: src.dir, primary: `file://${a}`, secondary: `file://${b}` });
    const out1 = tempDir('out');
    const r1 = await run({ mode: 'restore', source: out1, primary: `file://${a}`, secondary: `file://${b}`, digest: `sha256:${w.digest}` });
    expect(r1.servedFrom).toBe('primary');
    expect(readTree(out1, paths(src))).toEqual(src.files);
    expect(listFiles(out1)).toEqual(paths(src));

    const victim = join(a, 'lib/deep/nested/mod.wasm');
    const bytes = readFileSync(victim);
    bytes[1234] ^= 0x80;
    writeFileSync(victim, bytes);
    const out2 = tempDir('out');
    const r2 = await run({ mode: 'restore', source: out2, primary: `file://${a}`, secondary: `file://${b}` });
    expect(r2.failed).toBe(false);
    expect(r2.servedFrom).toBe('secondary');
    expect(readTree(out2, paths(src))).toEqual(src.files);
    const p = r2.stores[0].problems[0];
    expect(p.file).toBe('lib/deep/nested/mod.wasm');
    expect(p.expected).toBe(gnuSha256(join(src.dir, 'lib/deep/nested/mod.wasm')));
    expect(p.actual).toBe(gnuSha256(victim));

    rmSync(join(a, MANIFEST_KEY));
    const out3 = tempDir('out');
    const r3 = await run({ mode: 'restore', source: out3, primary: `file://${a}`, secondary: `file://${b}` });
    expect(r3.servedFrom).toBe('secondary');
    expect(r3.stores[0].problems[0].message).toMatch(/no complete copy/);
    cleanup.push(out1, out2, out3);
  });

  it('restore with no good copy fails and leaves nothing in the destination', async () => {
    const { src, a, b } = dirs();
    await run({ source: src.dir, primary: `file://${a}`, secondary: `file://${b}` });
    for (const d of [a, b]) writeFileSync(join(d, 'app.js'), 'altered');
    const out = tempDir('out');
    const r = await run({ mode: 'restore', source: out, primary: `file://${a}`, secondary: `file://${b}` });
    expect(r.failed).toBe(true);
    expect(r.servedFrom).toBeUndefined();
    expect(listFiles(out)).toEqual([]);
  });

  it('a manifest edited after writing is refused (its digest no longer matches its file list; or the pinned digest differs)', async () => {
    const { src, a, b } = dirs();
    const w = await run({ source: src.dir, primary: `file://${a}`, secondary: `file://${b}` });
    const m = JSON.parse(readFileSync(join(a, MANIFEST_KEY), 'utf8'));
    m.files[0].sha256 = gnuSha256(join(src.dir, 'assets/empty.txt')); // a plausible but wrong entry
    writeFileSync(join(a, MANIFEST_KEY), JSON.stringify(m));
    const out = tempDir('out');
    const r = await run({ mode: 'restore', source: out, primary: `file://${a}`, secondary: `file://${b}` });
    expect(r.servedFrom).toBe('secondary');
    expect(r.stores[0].problems[0].message).toMatch(/does not match its file list.*altered/);
    // A consistent rewrite (entries and digest) of the secondary is caught by the digest pinned from the write step.
    const forged = tempDir('forged');
    writeFileSync(join(src.dir, 'app.js'), 'trojan');
    await run({ source: src.dir, primary: `file://${forged}`, secondary: `file://${tempDir('x')}` });
    rmSync(b, { recursive: true });
    execFileSync('cp', ['-r', forged, b]);
    const r2 = await run({ mode: 'restore', source: tempDir('out'), primary: `file://${a}`, secondary: `file://${b}`, digest: `sha256:${w.digest}` });
    expect(r2.failed).toBe(true);
    expect(r2.stores[1].problems[0].message).toMatch(new RegExp(`not the expected ${w.digest}`));
  });

  it('replicas are written and verified like the first two; restore falls back to a replica when both are bad', async () => {
    const { src, a, b } = dirs();
    const c = tempDir('c');
    const d = tempDir('d');
    cleanup.push(c, d);
    const w = await run({ source: src.dir, primary: `file://${a}`, secondary: `file://${b}`, replicas: `file://${c}\nfile://${d}` });
    expect(w.stores.map((s) => [s.role, s.status])).toEqual([['primary', 'committed'], ['secondary', 'committed'], ['replica-1', 'committed'], ['replica-2', 'committed']]);
    for (const dir of [c, d]) gnuCheck(dir, w.manifestText!);
    rmSync(join(a, 'app.js'));
    writeFileSync(join(b, 'app.js'), 'altered');
    const out = tempDir('out');
    cleanup.push(out);
    const r = await run({ mode: 'restore', source: out, primary: `file://${a}`, secondary: `file://${b}`, replicas: `file://${c}\nfile://${d}` });
    expect(r.servedFrom).toBe('replica-1');
    expect(r.stores.map((s) => s.status)).toEqual(['failed', 'failed', 'served', 'unused']);
    expect(readTree(out, paths(src))).toEqual(src.files);
    await expect(run({ source: src.dir, primary: `file://${a}`, secondary: `file://${b}`, replicas: `file://${a}` })).rejects.toThrow(/replicas.*same store as primary/);
  });

  it('refuses the same store twice, and a source inside the reserved .bulkhead directory', async () => {
    const { src, a } = dirs();
    await expect(run({ source: src.dir, primary: `file://${a}`, secondary: `file://${a}/` })).rejects.toThrow(/same store as primary/);
    mkdirSync(join(src.dir, '.bulkhead'));
    writeFileSync(join(src.dir, '.bulkhead/x'), 'x');
    await expect(run({ source: src.dir, primary: `file://${a}`, secondary: `file://${tempDir('c')}` })).rejects.toThrow(/reserve/);
  });
});

describe('double-write faults', () => {
  function faultCase(make: (inner: FileStore) => ObjectStore) {
    const { src, a, b } = dirs();
    const inner = new FileStore(b);
    return { src, a, b, stores: { bad: make(inner) } };
  }

  async function expectOtherIntact(src: { dir: string }, a: string, r: DoubleWriteResult) {
    expect(r.failed).toBe(true);
    expect(r.stores[0].status).toBe('committed');
    expect(r.stores[1].status).toBe('failed');
    gnuCheck(a, r.manifestText!);
    gnuCheck(src.dir, r.manifestText!);
  }

  it('a store whose upload dies mid-file: step fails naming it, nothing there looks complete, the primary is whole', async () => {
    const { src, a, b, stores } = faultCase((inner) => wrapStore(inner, { url: 'test://bad/', put: (k, body, n) => inner.put(k, failAfter(1_000_000)(body), n) }));
    const r = await run({ source: src.dir, primary: `file://${a}`, secondary: 'test://bad/' }, stores);
    await expectOtherIntact(src, a, r);
    expect(r.stores[1].problems[0]).toMatchObject({ file: 'lib/deep/nested/mod.wasm' });
    expect(r.stores[1].problems[0].message).toMatch(/upload of lib\/deep\/nested\/mod\.wasm failed: EIO/);
    expect(existsSync(join(b, MANIFEST_KEY))).toBe(false);
    expect(listFiles(b)).toEqual([]);
  });

  it('a store that gives back altered bytes: mismatch names the file and both digests; the copy is quarantined, not committed', async () => {
    const { src, a, b, stores } = faultCase((inner) =>
      wrapStore(inner, {
        url: 'test://bad/',
        get: async (k) => {
          const s = await inner.get(k);
          return k.endsWith('logo one.png') && s ? (s.pipe(flipByte(500)) as Readable) : s;
        },
      }),
    );
    const r = await run({ source: src.dir, primary: `file://${a}`, secondary: 'test://bad/' }, stores);
    await expectOtherIntact(src, a, r);
    const p = r.stores[1].problems[0];
    expect(p.file).toBe('assets/logo one.png');
    expect(p.expected).toBe(gnuSha256(join(src.dir, 'assets/logo one.png')));
    expect(p.actual).not.toBe(p.expected);
    expect(p.message).toContain(p.expected);
    expect(p.message).toContain(p.actual);
    expect(r.stores[1].quarantine).toMatch(/^\.bulkhead\/quarantine\//);
    // Nothing outside the quarantine; no manifest.
    expect(listFiles(b).every((f) => f.startsWith('.bulkhead/quarantine/'))).toBe(true);
    expect(existsSync(join(b, MANIFEST_KEY))).toBe(false);
  });

  it('a store that is down: retried, then the step fails naming it; the primary is whole', async () => {
    let calls = 0;
    const down: ObjectStore = {
      url: 'test://down/',
      put: async (_k, body) => {
        calls++;
        body.resume();
        throw refused();
      },
      get: async () => { calls++; throw refused(); },
      promote: async () => { throw refused(); },
      delete: async () => { throw refused(); },
      deletePrefix: async () => { throw refused(); },
      list: async () => { throw refused(); },
    };
    const { src, a } = dirs();
    const r = await run({ source: src.dir, primary: `file://${a}`, secondary: 'test://down/' }, { down });
    await expectOtherIntact(src, a, r);
    expect(r.stores[1].problems[0].message).toMatch(/ECONNREFUSED/);
    expect(calls).toBeGreaterThanOrEqual(RETRY.attempts); // retried, not given up at once
  });

  it('a transient failure that clears is retried to success, and both copies verify', async () => {
    const { src, a, b } = dirs();
    const inner = new FileStore(b);
    let failures = 1;
    const flaky = wrapStore(inner, {
      url: 'test://flaky/',
      put: async (k, body, n) => {
        if (k.endsWith('mod.wasm') && failures-- > 0) return inner.put(k, failAfter(100_000, 'ECONNRESET')(body), n);
        return inner.put(k, body, n);
      },
    });
    const r = await run({ source: src.dir, primary: `file://${a}`, secondary: 'test://flaky/' }, { flaky });
    expect(r.failed).toBe(false);
    gnuCheck(b, r.manifestText!);
  });

  it('a full disk (a 1 MiB tmpfs when this user can mount one, else a store failing with ENOSPC mid-file) fails that store only', async () => {
    const { src, a } = dirs();
    const mnt = tempDir('tmpfs');
    let mounted = false;
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt], { stdio: 'ignore' });
      mounted = true;
    } catch {
      // Not allowed here: fall back to a store whose writes fail with ENOSPC after 1 MiB.
    }
    try {
      const stores: Record<string, ObjectStore> = mounted ? {} : { full: wrapStore(new FileStore(mnt), { url: 'test://full/', put: (k, body, n) => new FileStore(mnt).put(k, failAfter(1 << 20, 'ENOSPC')(body), n) }) };
      const r = await run({ source: src.dir, primary: `file://${a}`, secondary: mounted ? `file://${mnt}` : 'test://full/' }, stores);
      console.log(`full disk simulated with ${mounted ? 'a real 1 MiB tmpfs' : 'an ENOSPC-injecting store'}`);
      await expectOtherIntact(src, a, r);
      expect(r.stores[1].problems[0].message).toMatch(/ENOSPC/);
      expect(existsSync(join(mnt, MANIFEST_KEY))).toBe(false);
      expect(listFiles(mnt)).toEqual([]);
    } finally {
      if (mounted) execFileSync('umount', [mnt]);
    }
  });
});
