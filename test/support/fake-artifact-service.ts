// A stand-in for GitHub's artifact service (results API v1) on 127.0.0.1, backed by azurite, so the real
// @actions/artifact runs end to end: Twirp JSON on /twirp/github.actions.results.api.v1.ArtifactService/*
// (CreateArtifact, FinalizeArtifact, ListArtifacts, GetSignedArtifactURL, DeleteArtifact) handing out SAS URLs
// of blobs in an azurite container, where the library's Azure SDK uploads the zip and from which it downloads.
// Semantics kept: a name is unique among live artifacts of the run, only finalized artifacts are listed, a
// deleted name can be used again.
import { BlobSASPermissions, BlobServiceClient, StorageSharedKeyCredential, generateBlobSASQueryParameters } from '@azure/storage-blob';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AzuriteServer } from './storage-servers.ts';

export interface FakeArtifact {
  id: number;
  name: string;
  blob: string;
  size: number;
  finalized: boolean;
  created: string;
}

export interface FakeArtifactService {
  url: string;
  artifacts: FakeArtifact[];
  /** ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN for an artifact-using process. */
  env: Record<string, string>;
  close(): Promise<void>;
}

const PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
const CONTAINER = 'actions-results';
const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(JSON.parse(Buffer.concat(parts).toString('utf8') || '{}')));
    req.on('error', reject);
  });
}

export async function startFakeArtifactService(az: AzuriteServer): Promise<FakeArtifactService> {
  const credential = new StorageSharedKeyCredential(az.account, az.key);
  const container = BlobServiceClient.fromConnectionString(az.connectionString()).getContainerClient(CONTAINER);
  await container.createIfNotExists();
  const artifacts: FakeArtifact[] = [];
  let seq = 0;
  const sas = (blob: string, permissions: string) =>
    `${container.getBlockBlobClient(blob).url}?${generateBlobSASQueryParameters(
      { containerName: CONTAINER, blobName: blob, permissions: BlobSASPermissions.parse(permissions), expiresOn: new Date(Date.now() + 3600_000) },
      credential,
    ).toString()}`;
  const live = (name: string) => artifacts.find((a) => a.name === name);

  async function call(method: string, b: Record<string, unknown>): Promise<[number, unknown]> {
    const name = String(b.name ?? '');
    switch (method) {
      case 'CreateArtifact': {
        if (live(name)) return [409, { code: 'already_exists', msg: `an artifact named ${name} exists` }];
        const a: FakeArtifact = { id: ++seq, name, blob: `run-1/${seq}.zip`, size: 0, finalized: false, created: new Date().toISOString() };
        artifacts.push(a);
        return [200, { ok: true, signed_upload_url: sas(a.blob, 'cw') }];
      }
      case 'FinalizeArtifact': {
        const a = live(name);
        if (!a || a.finalized) return [404, { code: 'not_found', msg: `no artifact ${name} to finalize` }];
        a.finalized = true;
        a.size = Number(b.size ?? 0);
        return [200, { ok: true, artifact_id: String(a.id) }];
      }
      case 'ListArtifacts': {
        const byName = b.name_filter as string | undefined;
        const byId = b.id_filter as string | undefined;
        const list = artifacts.filter((a) => a.finalized && (byName === undefined || a.name === byName) && (byId === undefined || String(a.id) === String(byId)));
        return [200, { artifacts: list.map((a) => ({ workflow_run_backend_id: 'run-1', workflow_job_run_backend_id: 'job-1', database_id: String(a.id), name: a.name, size: String(a.size), created_at: a.created })) }];
      }
      case 'GetSignedArtifactURL': {
        const a = live(name);
        if (!a?.finalized) return [404, { code: 'not_found', msg: `no artifact ${name}` }];
        return [200, { signed_url: sas(a.blob, 'r') }];
      }
      case 'DeleteArtifact': {
        const a = live(name);
        if (!a) return [404, { code: 'not_found', msg: `no artifact ${name}` }];
        artifacts.splice(artifacts.indexOf(a), 1);
        await container.deleteBlob(a.blob).catch(() => {});
        return [200, { ok: true, artifact_id: String(a.id) }];
      }
      default:
        return [404, { code: 'bad_route', msg: `no method ${method}` }];
    }
  }

  const server = createServer(async (req, res) => {
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    try {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      if (!path.startsWith(PREFIX) || req.method !== 'POST') return send(404, { code: 'bad_route', msg: path });
      if (!/^Bearer .+/.test(String(req.headers.authorization ?? ''))) return send(401, { code: 'unauthenticated', msg: 'no token' });
      const [status, payload] = await call(path.slice(PREFIX.length), await body(req));
      send(status, payload);
    } catch (e) {
      send(500, { code: 'internal', msg: (e as Error).message });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ scp: 'Actions.Results:run-1:job-1', exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
  return {
    url,
    artifacts,
    env: { ACTIONS_RESULTS_URL: `${url}/`, ACTIONS_RUNTIME_TOKEN: token },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
