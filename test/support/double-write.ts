// Test parts for double-write: a seeded source tree, an independent check with GNU sha256sum, and stores
// with injected faults (a put that dies mid-file, a read-back that flips a byte, a store that is down).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Readable, Transform } from 'node:stream';
import type { ObjectStore } from '@bulkhead/core/storage';
import { bytes, makeRng } from './secret-gen.ts';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `bulkhead-dw-${prefix}-`));
}

/** A build-like tree: nested files, a name with a space, an empty file, one larger binary. */
export function makeSource(seed = 1, big = 3_000_000): { dir: string; files: Record<string, Buffer> } {
  const rng = makeRng(seed);
  const dir = tempDir('src');
  const files: Record<string, Buffer> = {
    'app.js': bytes(rng, 20_000),
    'assets/logo one.png': bytes(rng, 70_000),
    'assets/empty.txt': Buffer.alloc(0),
    'lib/deep/nested/mod.wasm': bytes(rng, big),
  };
  for (const [p, b] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), b);
  }
  return { dir, files };
}

/** GNU sha256sum's own line for a file (independent of the code under test). */
export function gnuSha256(file: string): string {
  return execFileSync('sha256sum', ['-b', file], { encoding: 'utf8' }).split(' ')[0];
}

/** `sha256sum -c` of a manifest text inside `dir`: throws when any file differs or is missing. */
export function gnuCheck(dir: string, manifestText: string): string {
  const list = join(tempDir('sums'), 'SHA256SUMS');
  writeFileSync(list, manifestText);
  return execFileSync('sha256sum', ['--strict', '-c', list], { cwd: dir, encoding: 'utf8' });
}

/** Every regular file under dir, relative, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

export function readTree(dir: string, paths: readonly string[]): Record<string, Buffer> {
  return Object.fromEntries(paths.map((p) => [p, readFileSync(join(dir, p))]));
}

/** Wraps a store, replacing some of its operations. */
export function wrapStore(inner: ObjectStore, over: Partial<ObjectStore> & { url?: string }): ObjectStore {
  return {
    url: over.url ?? inner.url,
    put: over.put ?? ((k, b, n) => inner.put(k, b, n)),
    get: over.get ?? ((k) => inner.get(k)),
    promote: over.promote ?? ((a, b, h) => inner.promote(a, b, h)),
    delete: over.delete ?? ((k) => inner.delete(k)),
    deletePrefix: over.deletePrefix ?? ((p) => inner.deletePrefix(p)),
    list: over.list ?? ((p) => inner.list(p)),
  };
}

/** The body passes `limit` bytes on to the store, then the connection "dies". */
export function failAfter(limit: number, code = 'EIO'): (body: Readable) => Readable {
  return (body) => {
    let seen = 0;
    const t = new Transform({
      transform(chunk: Buffer, _e, done) {
        seen += chunk.length;
        if (seen > limit) return done(Object.assign(new Error(`injected ${code} after ${limit} bytes`), { code }));
        done(null, chunk);
      },
    });
    body.on('error', (e) => t.destroy(e));
    // The store may attach its own listeners only after opening the target; until then the error waits on `t`.
    t.on('error', () => {});
    return body.pipe(t);
  };
}

/** Flips one bit of the byte at `offset` of what flows through. */
export function flipByte(offset: number): Transform {
  let pos = 0;
  return new Transform({
    transform(chunk: Buffer, _e, done) {
      if (offset >= pos && offset < pos + chunk.length) {
        chunk = Buffer.from(chunk);
        chunk[offset - pos] ^= 0x01;
      }
      pos += chunk.length;
      done(null, chunk);
    },
  });
}

export function refused(): Error {
  return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
}

/**
 * process.env changes undone by restore(): the @actions/* libraries read their service URLs and token from the
 * environment at call time, so in-process tests set them there.
 */
export function envPatch(): { set(env: Record<string, string | undefined>): void; restore(): void } {
  const saved: Record<string, string | undefined> = {};
  const put = (k: string, v: string | undefined) => {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  };
  return {
    set(env) {
      for (const [k, v] of Object.entries(env)) {
        if (!(k in saved)) saved[k] = process.env[k];
        put(k, v);
      }
    },
    restore() {
      for (const [k, v] of Object.entries(saved)) put(k, v);
    },
  };
}

/** The engine with the runner's stores (artifact://, cache://), as the action runs it, on options given as raw strings. */
export async function runWithRunnerStores(raw: Record<string, string>, tempDir: string, workspace: string) {
  const { parseOptions } = await import('@bulkhead/core/options');
  const { DOUBLE_WRITE_DECL, runDoubleWrite } = await import('@bulkhead/core/storage');
  const { runnerStoreFactories } = await import('../../packages/runner/src/double-write-stores.ts');
  return runDoubleWrite(parseOptions(DOUBLE_WRITE_DECL, [raw]).options, { cwd: '/', tempDir, env: {}, now: new Date(), retry: { attempts: 1, baseMs: 1 }, factories: runnerStoreFactories({ tempDir, workspace }) });
}
