// Encryption at rest: the stored objects are checked against an independent reading of the documented format
// (node:crypto in the test: "BHE1" | 12-byte nonce | AES-256-GCM ciphertext | 16-byte tag, file key =
// HMAC-SHA256(key, "bulkhead double-write files"), the path as additional data), and every way a copy can be
// wrong — wrong key, rotated key, edited manifest, altered ciphertext — is tried through restore.
import { createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseOptions } from '@bulkhead/core/options';
import { DOUBLE_WRITE_DECL, MANIFEST_KEY, runDoubleWrite, type DoubleWriteResult } from '@bulkhead/core/storage';
import { listFiles, makeSource, readTree, tempDir } from '../support/double-write.ts';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((d) => rmSync(d, { recursive: true, force: true })));
const NOW = new Date('2026-06-01T00:00:00Z');

function run(raw: Record<string, string>): Promise<DoubleWriteResult> {
  return runDoubleWrite(parseOptions(DOUBLE_WRITE_DECL, [raw]).options, { cwd: '/', tempDir: tempDir('tmp'), env: {}, now: NOW, retry: { attempts: 1, baseMs: 1 } });
}

const newKey = () => randomBytes(32).toString('base64');

function openIndependently(stored: Buffer, key: string, path: string): Buffer {
  const fileKey = createHmac('sha256', Buffer.from(key, 'base64')).update('bulkhead double-write files').digest();
  expect(stored.subarray(0, 4).toString()).toBe('BHE1');
  const d = createDecipheriv('aes-256-gcm', fileKey, stored.subarray(4, 16));
  d.setAAD(Buffer.from(path));
  d.setAuthTag(stored.subarray(stored.length - 16));
  return Buffer.concat([d.update(stored.subarray(16, stored.length - 16)), d.final()]);
}

async function written(key: string, extra: Record<string, string> = {}) {
  const src = makeSource(31, 500_000);
  const a = tempDir('a');
  const b = tempDir('b');
  cleanup.push(src.dir, a, b);
  const r = await run({ source: src.dir, primary: `file://${a}`, secondary: `file://${b}`, 'encryption-key': key, ...extra });
  expect(r.failed, JSON.stringify(r.stores)).toBe(false);
  return { src, a, b, r };
}

describe('double-write encryption at rest', () => {
  it('stores AES-256-GCM objects that node:crypto opens to the source bytes, with a fresh nonce per file and run; the manifest carries the key id and a MAC', async () => {
    const key = newKey();
    const { src, a, b, r } = await written(key);
    const names = Object.keys(src.files).sort();
    for (const n of names) {
      const stored = readFileSync(join(a, n));
      expect(stored.length).toBe(src.files[n].length + 32);
      if (src.files[n].length >= 64) expect(stored.includes(src.files[n].subarray(20, 52))).toBe(false); // no plaintext run
      expect(openIndependently(stored, key, n).equals(src.files[n])).toBe(true);
      expect(readFileSync(join(b, n)).equals(stored)).toBe(true); // both stores hold the same bytes
    }
    const m = JSON.parse(readFileSync(join(a, MANIFEST_KEY), 'utf8'));
    expect(m.encryption).toEqual({ algorithm: 'AES-256-GCM', keyId: r.keyId });
    expect(m.mac).toMatch(/^[0-9a-f]{64}$/);
    expect(m.digest).toBe(r.digest); // the digest is of the plaintext manifest, as without encryption
    // Another run of the same files: new nonces, so new stored bytes; same digest.
    const before = readFileSync(join(a, 'app.js'));
    const again = await run({ source: src.dir, primary: `file://${a}`, secondary: `file://${b}`, 'encryption-key': key });
    expect(again.digest).toBe(r.digest);
    expect(nonceOf(readFileSync(join(a, 'app.js'))).equals(nonceOf(before))).toBe(false);
    expect(readFileSync(join(a, 'app.js')).equals(readFileSync(join(b, 'app.js')))).toBe(true);
    expect(nonceOf(readFileSync(join(a, 'app.js'))).equals(nonceOf(readFileSync(join(a, 'assets/logo one.png'))))).toBe(false);
    const out = tempDir('out');
    cleanup.push(out);
    const back = await run({ mode: 'restore', source: out, primary: `file://${a}`, secondary: `file://${b}`, 'encryption-key': key });
    expect(back.servedFrom).toBe('primary');
    expect(readTree(out, names)).toEqual(src.files);
  });

  it('a wrong key is a clear error naming the key ids, and nothing is restored', async () => {
    const { a, b, r } = await written(newKey());
    const out = tempDir('out');
    cleanup.push(out);
    await expect(run({ mode: 'restore', source: out, primary: `file://${a}`, secondary: `file://${b}`, 'encryption-key': newKey() })).rejects.toThrow(
      new RegExp(`encrypted with key id ${r.keyId}, and the keys given have ids [0-9a-f]{16}`),
    );
    await expect(run({ mode: 'restore', source: out, primary: `file://${a}`, secondary: `file://${b}` })).rejects.toThrow(/no key was given/);
    expect(listFiles(out)).toEqual([]);
  });

  it('restores after a rotation with the old key in previous-keys; warns when the key is older than key-max-age', async () => {
    const old = newKey();
    const { src, a, b } = await written(old, { 'key-created': '2025-11-01' });
    const out = tempDir('out');
    cleanup.push(out);
    const back = await run({ mode: 'restore', source: out, primary: `file://${a}`, secondary: `file://${b}`, 'encryption-key': newKey(), 'previous-keys': old, 'key-created': '2026-05-20' });
    expect(back.servedFrom).toBe('primary');
    expect(back.warnings).toEqual([]);
    expect(readTree(out, Object.keys(src.files))).toEqual(src.files);
    const aged = await run({ source: src.dir, primary: `file://${a}`, secondary: `file://${b}`, 'encryption-key': old, 'key-created': '2025-11-01', 'key-max-age': '90d' });
    expect(aged.warnings).toHaveLength(1);
    expect(aged.warnings[0]).toMatch(/212 days old, past key-max-age \(90 days\)/); // 2025-11-01 -> 2026-06-01
  });

  it('a manifest edited after writing (even with its digest recomputed) fails its MAC; restore falls back to the other copy', async () => {
    const key = newKey();
    const { src, a, b } = await written(key);
    const m = JSON.parse(readFileSync(join(a, MANIFEST_KEY), 'utf8'));
    // A forger who knows the format but not the key: rewrite an entry and the digest consistently.
    const { buildManifest } = await import('@bulkhead/core/digest');
    m.files[0].sha256 = 'f'.repeat(64);
    m.digest = buildManifest(m.files.map((f: { path: string; sha256: string; bytes: number }) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes }))).sha256;
    writeFileSync(join(a, MANIFEST_KEY), JSON.stringify(m));
    const out = tempDir('out');
    cleanup.push(out);
    const back = await run({ mode: 'restore', source: out, primary: `file://${a}`, secondary: `file://${b}`, 'encryption-key': key });
    expect(back.servedFrom).toBe('secondary');
    expect(back.stores[0].problems[0].message).toMatch(/fails authentication with its key: it was altered after writing/);
    expect(readTree(out, Object.keys(src.files))).toEqual(src.files);
  });

  it('altered ciphertext, or a file moved to another path, is refused; with both copies bad nothing is restored', async () => {
    const key = newKey();
    const { a, b } = await written(key);
    const victim = join(a, 'lib/deep/nested/mod.wasm');
    const bytes = readFileSync(victim);
    bytes[1000] ^= 0x04;
    writeFileSync(victim, bytes);
    // In the secondary, swap two files of the same size class: the stored hash and the GCM tag (path as AAD) both object.
    writeFileSync(join(b, 'app.js'), readFileSync(join(b, 'assets/logo one.png')));
    const out = tempDir('out');
    cleanup.push(out);
    const back = await run({ mode: 'restore', source: out, primary: `file://${a}`, secondary: `file://${b}`, 'encryption-key': key });
    expect(back.failed).toBe(true);
    expect(back.stores[0].problems[0]).toMatchObject({ file: 'lib/deep/nested/mod.wasm' });
    expect(back.stores[1].problems[0]).toMatchObject({ file: 'app.js' });
    expect(listFiles(out)).toEqual([]);
    expect(statSync(out).isDirectory()).toBe(true);
  });

  it('a key that is not 32 bytes is an input error that does not show it', async () => {
    const short = randomBytes(16).toString('base64');
    const src = makeSource(32, 1000);
    cleanup.push(src.dir);
    const e = await run({ source: src.dir, primary: `file://${tempDir('a')}`, secondary: `file://${tempDir('b')}`, 'encryption-key': short }).catch((x: Error) => x);
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).message).toMatch(/encryption-key: is not a 32-byte key/);
    expect((e as Error).message).not.toContain(short);
  });
});

function nonceOf(stored: Buffer): Buffer {
  return stored.subarray(4, 16);
}
