// binary-drift against real `sha256sum` output (GNU and --tag BSD lines, escaped names), `sha256sum -c` as the
// independent judge of what drifted, --write checked by `sha256sum -c`, the double-write manifest as a
// reference, version-command on a real executable, and the https reference from a real TLS server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { checkBinaryDrift, loadReference, writeReferenceText, type Fetcher } from '../../packages/core/src/policy/index.ts';
import { manifestOf } from '../../packages/core/src/digest/index.ts';
import { InputError, ResourceError } from '../../packages/core/src/errors.ts';

let root = '';
const FILES = ['bin/tool', 'bin/data.bin', 'lib/with space.so', 'lib/we\\ird.bin'];

function put(path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

/** Bytes from a seeded generator, so failures reproduce. */
function bytes(seed: number, n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

const sha256sum = (...args: string[]) => execFileSync('sha256sum', args, { cwd: root, encoding: 'utf8' });
/** `sha256sum -c`'s verdict per file: the names it calls FAILED (and FAILED open or read). */
function failedByCoreutils(reference: string): string[] {
  const r = spawnSync('sha256sum', ['-c', reference], { cwd: root, encoding: 'utf8' });
  return r.stdout
    .split('\n')
    .filter((l) => /: FAILED/.test(l))
    .map((l) => l.replace(/: FAILED.*$/, ''))
    .sort();
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'bulkhead-drift-'));
  put('bin/tool', '#!/bin/sh\necho "tool version 1.4.2"\n');
  chmodSync(join(root, 'bin/tool'), 0o755);
  put('bin/data.bin', bytes(1, 3 << 20));
  put('lib/with space.so', bytes(2, 4096));
  put('lib/we\\ird.bin', bytes(3, 100));
  put('src/main.c', 'int main(void) { return 0; }\n');
  writeFileSync(join(root, 'SHA256SUMS'), sha256sum(...FILES));
  writeFileSync(join(root, 'SHA256SUMS.bsd'), sha256sum('--tag', ...FILES));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const input = (reference: string, extra: object = {}) => ({ root, binaries: ['bin/**', '*.so', '*.bin'], reference, referenceMaxBytes: 1 << 20, ...extra });

describe('binary-drift against sha256sum references', () => {
  for (const ref of ['SHA256SUMS', 'SHA256SUMS.bsd']) {
    it(`${ref}: every file as sha256sum hashed it is clean`, async () => {
      expect(failedByCoreutils(ref)).toEqual([]);
      const r = await checkBinaryDrift(input(ref));
      expect(r.findings).toEqual([]);
      expect(r.summary.files).toBe(FILES.length);
      expect(r.summary.bytes).toBe(FILES.reduce((n, p) => n + statSync(join(root, p)).size, 0));
    });
  }

  it('reports drifted (both hashes, the one sha256sum computes), missing and unexpected; agrees with sha256sum -c', async () => {
    const before = sha256sum('bin/data.bin').split(' ')[0];
    const data = bytes(1, 3 << 20);
    data[123_456] ^= 1;
    put('bin/data.bin', data);
    const after = sha256sum('bin/data.bin').split(' ')[0];
    unlinkSync(join(root, 'lib/with space.so'));
    put('bin/new-helper', 'new\n');
    try {
      for (const ref of ['SHA256SUMS', 'SHA256SUMS.bsd']) {
        const r = await checkBinaryDrift(input(ref));
        expect(r.summary.drifted).toEqual(failedByCoreutils(ref).filter((p) => p !== 'lib/with space.so'));
        expect(r.summary.drifted).toEqual(['bin/data.bin']);
        expect(r.summary.missing).toEqual(['lib/with space.so']);
        expect(r.summary.unexpected).toEqual(['bin/new-helper']);
        const drift = r.findings.find((f) => f.ruleId === 'binary-drift/drifted')!;
        expect(drift.severity).toBe('high');
        expect(drift.properties).toMatchObject({ expected: before, actual: after, bytes: 3 << 20 });
        expect(drift.message).toContain(before);
        expect(drift.message).toContain(after);
        // A missing file points at its line in the reference (line 3 in both forms, as written above).
        const missing = r.findings.find((f) => f.ruleId === 'binary-drift/missing')!;
        expect(missing.location).toEqual({ path: ref, line: 3 });
        const unexpected = r.findings.find((f) => f.ruleId === 'binary-drift/unexpected')!;
        expect(unexpected.properties?.actual).toBe(sha256sum('bin/new-helper').split(' ')[0]);
      }
    } finally {
      put('bin/data.bin', bytes(1, 3 << 20));
      put('lib/with space.so', bytes(2, 4096));
      unlinkSync(join(root, 'bin/new-helper'));
    }
  });

  it('version-command: an executable that drifted says which version it is', async () => {
    writeFileSync(join(root, 'bin/tool'), '#!/bin/sh\necho "tool version 9.9.9"\n');
    try {
      const r = await checkBinaryDrift(input('SHA256SUMS', { versionCommand: '{} --version' }));
      const f = r.findings.find((x) => x.location.path === 'bin/tool')!;
      expect(f.ruleId).toBe('binary-drift/drifted');
      expect(f.properties?.version).toBe(execFileSync(join(root, 'bin/tool'), ['--version'], { encoding: 'utf8' }).trim());
      await expect(checkBinaryDrift(input('SHA256SUMS', { versionCommand: '--version' }))).rejects.toBeInstanceOf(InputError);
    } finally {
      put('bin/tool', '#!/bin/sh\necho "tool version 1.4.2"\n');
    }
  });

  it('bad lines and paths outside the root are findings, not crashes', async () => {
    const good = sha256sum('bin/tool');
    writeFileSync(join(root, 'BAD.sums'), `${good}not a checksum line\n${'a'.repeat(64)}  ../outside.bin\n${good}`);
    const r = await checkBinaryDrift({ ...input('BAD.sums'), binaries: [] });
    expect(r.findings.map((f) => [f.ruleId, f.location.line])).toEqual([
      ['binary-drift/bad-reference', 2],
      ['binary-drift/bad-reference', 3],
      ['binary-drift/bad-reference', 4],
    ]);
  });

  it('a missing reference file names the input and the fix', async () => {
    const err = await checkBinaryDrift(input('NOPE.sums')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResourceError);
    expect((err as ResourceError).input).toBe('reference');
    expect((err as ResourceError).fix).toContain('--write');
  });
});

describe('--write and the double-write manifest', () => {
  it('writes a reference that sha256sum -c accepts, and that flags a later change', async () => {
    const { text, files } = await writeReferenceText(root, ['bin/**', '*.so', '*.bin']);
    expect(files).toBe(FILES.length);
    writeFileSync(join(root, 'WRITTEN.sums'), text);
    expect(failedByCoreutils('WRITTEN.sums')).toEqual([]);
    // GNU's own listing of the same files, in byte order, is the same text.
    const sorted = [...FILES].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(text).toBe(sha256sum(...sorted));
    put('lib/we\\ird.bin', bytes(4, 100));
    try {
      expect(failedByCoreutils('WRITTEN.sums')).toEqual(['lib/we\\ird.bin']);
      const r = await checkBinaryDrift(input('WRITTEN.sums'));
      expect(r.summary.drifted).toEqual(['lib/we\\ird.bin']);
    } finally {
      put('lib/we\\ird.bin', bytes(3, 100));
    }
  });

  it('accepts a double-write manifest (the digest kit’s canonical text) as the reference', async () => {
    const m = await manifestOf(FILES.map((p) => ({ path: p, absPath: join(root, p) })));
    writeFileSync(join(root, 'copy.manifest'), m.text);
    expect(failedByCoreutils('copy.manifest')).toEqual([]);
    expect((await checkBinaryDrift(input('copy.manifest'))).findings).toEqual([]);
  });
});

describe('reference by URL', () => {
  let server: Server;
  let certDir = '';
  let ca = '';
  let base = '';
  const body = () => sha256sum(...FILES);

  beforeAll(async () => {
    certDir = mkdtempSync(join(tmpdir(), 'bulkhead-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-days', '1', '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')], { stdio: 'ignore' });
    const { readFileSync } = await import('node:fs');
    ca = readFileSync(join(certDir, 'cert.pem'), 'utf8');
    server = createServer({ key: readFileSync(join(certDir, 'key.pem')), cert: ca }, (req, res) => {
      if (req.url === '/SHA256SUMS') res.end(body());
      else if (req.url === '/huge') {
        // No content-length: the cap must hold while streaming.
        res.writeHead(200, { 'transfer-encoding': 'chunked' });
        for (let i = 0; i < 64; i++) res.write(Buffer.alloc(64 * 1024, 0x61));
        res.end();
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server?.close();
    rmSync(certDir, { recursive: true, force: true });
  });

  // fetch() with this test's CA: node:https under the Fetcher signature the engine takes.
  const fetcher: Fetcher = (url, init) =>
    new Promise((resolve, reject) => {
      const req = get(url, { ca, signal: init.signal }, (res) => {
        // Response.url is read-only and empty for a constructed Response; the engine then trusts the https URL it asked for.
        resolve(new Response(Readable.toWeb(res) as ReadableStream, { status: res.statusCode, headers: res.headers as Record<string, string> }));
      });
      req.on('error', reject);
    });

  it('downloads over https and checks against it', async () => {
    const r = await checkBinaryDrift({ ...input(`${base}/SHA256SUMS`), fetcher });
    expect(r.findings).toEqual([]);
    expect(r.summary.files).toBe(FILES.length);
  });
  it('cuts a download off past the cap, refuses http, says what a 404 was', async () => {
    const big = await loadReference(root, `${base}/huge`, 1 << 20, fetcher).catch((e: unknown) => e);
    expect(big).toBeInstanceOf(ResourceError);
    expect((big as ResourceError).problem).toContain('larger than reference-max-bytes');
    await expect(loadReference(root, `http://127.0.0.1:1/SHA256SUMS`, 1 << 20, fetcher)).rejects.toBeInstanceOf(InputError);
    const missing = await loadReference(root, `${base}/nope`, 1 << 20, fetcher).catch((e: unknown) => e);
    expect((missing as ResourceError).problem).toContain('HTTP 404');
  });
});
