// A stand-in for GitHub's cache service v2 on 127.0.0.1, so the real @actions/cache library runs
// end to end: Twirp JSON on /twirp/github.actions.results.api.v1.CacheService/* (the three calls
// the library makes) and, on the same server, the small Azure Blob subset its storage SDK uses for
// the "signed" URLs (Put Blob, Get Blob Properties, ranged Get Blob).
// Semantics kept: entries are immutable (a second CreateCacheEntry for key+version is refused),
// only finalized entries are found, lookup is exact key first, then each restore key as a prefix
// (newest entry wins), and always within the same version (the library's hash of paths+compression).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCacheEntry {
  key: string;
  version: string;
  blob: string;
  size: number;
  finalized: boolean;
  created: number;
}

export interface FakeCacheService {
  /** ACTIONS_RESULTS_URL. */
  url: string;
  entries: FakeCacheEntry[];
  /** Env for a cache-using process (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, ACTIONS_CACHE_SERVICE_V2). */
  env: Record<string, string>;
  close(): Promise<void>;
}

const PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

export async function startFakeCacheService(): Promise<FakeCacheService> {
  const entries: FakeCacheEntry[] = [];
  const blobs = new Map<string, Buffer>();
  let seq = 0;
  let base = '';

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  async function twirp(method: string, body: Record<string, unknown>, res: ServerResponse) {
    const key = String(body.key ?? '');
    const version = String(body.version ?? '');
    if (method === 'CreateCacheEntry') {
      if (entries.some((e) => e.key === key && e.version === version)) return json(res, 200, { ok: false, message: `cache entry ${key} already exists` });
      const blob = `/devstoreaccount1/actions-cache/entry-${++seq}`;
      entries.push({ key, version, blob, size: 0, finalized: false, created: seq });
      return json(res, 200, { ok: true, signed_upload_url: `${base}${blob}?sv=2023-11-03&sig=fake` });
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const e = entries.find((x) => x.key === key && x.version === version && !x.finalized);
      if (!e || !blobs.has(e.blob)) return json(res, 200, { ok: false, message: 'nothing uploaded' });
      e.finalized = true;
      e.size = Number(body.size_bytes ?? 0);
      return json(res, 200, { ok: true, entry_id: String(e.created) });
    }
    if (method === 'GetCacheEntryDownloadURL') {
      const done = entries.filter((e) => e.finalized && e.version === version);
      const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : [];
      const hit = done.find((e) => e.key === key)
        ?? restoreKeys.map((p) => done.filter((e) => e.key.startsWith(p)).sort((a, b) => b.created - a.created)[0]).find(Boolean);
      if (!hit) return json(res, 200, { ok: false });
      return json(res, 200, { ok: true, signed_download_url: `${base}${hit.blob}?sv=2023-11-03&sig=fake`, matched_key: hit.key });
    }
    return json(res, 404, { code: 'bad_route', msg: `no method ${method}` });
  }

  function blob(req: IncomingMessage, res: ServerResponse, path: string, body: Buffer) {
    const common = { 'x-ms-request-id': String(++seq), 'x-ms-version': '2023-11-03', etag: `"0x${seq}"`, 'last-modified': new Date().toUTCString() };
    if (req.method === 'PUT') {
      blobs.set(path, body);
      res.writeHead(201, common);
      return res.end();
    }
    const data = blobs.get(path);
    if (!data) {
      res.writeHead(404, { ...common, 'x-ms-error-code': 'BlobNotFound' });
      return res.end();
    }
    const headers = { ...common, 'x-ms-blob-type': 'BlockBlob', 'content-type': 'application/octet-stream', 'accept-ranges': 'bytes' };
    if (req.method === 'HEAD') {
      res.writeHead(200, { ...headers, 'content-length': String(data.length) });
      return res.end();
    }
    const range = /bytes=(\d+)-(\d*)/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''));
    if (range) {
      const start = Number(range[1]);
      const end = range[2] ? Math.min(Number(range[2]), data.length - 1) : data.length - 1;
      res.writeHead(206, { ...headers, 'content-length': String(end - start + 1), 'content-range': `bytes ${start}-${end}/${data.length}` });
      return res.end(data.subarray(start, end + 1));
    }
    res.writeHead(200, { ...headers, 'content-length': String(data.length) });
    return res.end(data);
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = await readBody(req);
      if (url.pathname.startsWith(PREFIX) && req.method === 'POST') {
        if (!/^Bearer .+/.test(String(req.headers.authorization ?? ''))) return json(res, 401, { code: 'unauthenticated', msg: 'no token' });
        return await twirp(url.pathname.slice(PREFIX.length), JSON.parse(body.toString('utf8') || '{}'), res);
      }
      if (url.pathname.startsWith('/devstoreaccount1/')) return blob(req, res, url.pathname, body);
      json(res, 404, { msg: 'not found' });
    } catch (e) {
      json(res, 500, { code: 'internal', msg: (e as Error).message });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Shaped like the runner's token (scp names the run and job); nothing here checks the signature.
  const token = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ scp: 'Actions.Results:run-1:job-1', exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
  return {
    url: base,
    entries,
    env: { ACTIONS_RESULTS_URL: `${base}/`, ACTIONS_RUNTIME_TOKEN: token, ACTIONS_CACHE_SERVICE_V2: 'true' },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
