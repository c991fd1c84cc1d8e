// Real storage servers on 127.0.0.1 for double-write tests: s3rver (in process) and azurite (a child process,
// Node 22+), each with credentials generated at run time, and a proxy that flips one byte of chosen responses.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

const listen = (server: Server) =>
  new Promise<number>((ok) => server.listen(0, '127.0.0.1', () => ok((server.address() as AddressInfo).port)));
const close = (server: Server) => new Promise<void>((ok) => server.close(() => ok()));

export interface S3Server {
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
  close(): Promise<void>;
}

export async function startS3rver(buckets: readonly string[]): Promise<S3Server> {
  const S3rver = require('s3rver');
  const { DUMMY_ACCOUNT } = require('s3rver/lib/models/account');
  const accessKeyId = `T${randomBytes(9).toString('hex').toUpperCase()}`;
  const secretAccessKey = randomBytes(30).toString('base64');
  DUMMY_ACCOUNT.createKeyPair(accessKeyId, secretAccessKey);
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: mkdtempSync(join(tmpdir(), 'bulkhead-s3rver-')), configureBuckets: buckets.map((name) => ({ name })) });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    accessKeyId,
    secretAccessKey,
    close: async () => {
      DUMMY_ACCOUNT.revokeAccessKey(accessKeyId);
      await server.close();
    },
  };
}

export interface AzuriteServer {
  /** Blob endpoint including the account: http://127.0.0.1:PORT/ACCOUNT */
  endpoint: string;
  account: string;
  key: string;
  connectionString(endpoint?: string): string;
  close(): Promise<void>;
}

export async function startAzurite(): Promise<AzuriteServer> {
  const account = `acct${randomBytes(3).toString('hex')}`;
  const key = randomBytes(32).toString('base64');
  const main = join(ROOT, 'node_modules/azurite/dist/src/blob/main.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [main, '--inMemoryPersistence', '--disableTelemetry', '--skipApiVersionCheck', '--blobHost', '127.0.0.1', '--blobPort', '0'],
    { cwd: mkdtempSync(join(tmpdir(), 'bulkhead-azurite-')), env: { ...process.env, AZURITE_ACCOUNTS: `${account}:${key}` }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const port = await new Promise<number>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`azurite did not start: ${out}`)), 30_000);
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(Number(m[1]));
      }
    });
    child.on('exit', (code) => fail(new Error(`azurite exited ${code}: ${out}`)));
  });
  const endpoint = `http://127.0.0.1:${port}/${account}`;
  return {
    endpoint,
    account,
    key,
    connectionString: (ep = endpoint) => `DefaultEndpointsProtocol=http;AccountName=${account};AccountKey=${key};BlobEndpoint=${ep};`,
    close: () =>
      new Promise<void>((ok) => {
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}

export interface FlipProxy {
  url: string;
  /** How many response bodies were altered. */
  flips: number;
  close(): Promise<void>;
}

/**
 * Forwards every request to `target` unchanged (Host header included, so signatures still verify) and flips one
 * bit in the body of GET responses whose path matches `pathMatch` and that are longer than `offset` bytes.
 */
export async function startFlipProxy(target: string, pathMatch: RegExp, offset = 100): Promise<FlipProxy> {
  const t = new URL(target);
  const state = { flips: 0 };
  const server = createServer((req, res) => {
    const up = request({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers }, (r) => {
      const flip = req.method === 'GET' && pathMatch.test(decodeURIComponent(req.url ?? '')) && (r.statusCode ?? 0) < 300;
      res.writeHead(r.statusCode ?? 502, r.headers);
      let pos = 0;
      let done = false;
      r.on('data', (chunk: Buffer) => {
        if (flip && !done && offset < pos + chunk.length) {
          chunk = Buffer.from(chunk);
          chunk[offset - pos] ^= 0x01;
          done = true;
          state.flips++;
        }
        pos += chunk.length;
        res.write(chunk);
      });
      r.on('end', () => res.end());
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    get flips() {
      return state.flips;
    },
    close: () => close(server),
  };
}

/** A port with nothing listening (bound, then released). */
export async function deadPort(): Promise<number> {
  const s = createServer();
  const port = await listen(s);
  await close(s);
  return port;
}
