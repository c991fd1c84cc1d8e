// double-write against real S3 (s3rver) and Azure Blob (azurite) servers on 127.0.0.1, with the AWS SDK and
// the Azure SDK in the test as independent readers, and a proxy that flips a byte of what a store sends back.
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { BlobServiceClient } from '@azure/storage-blob';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '@bulkhead/core/options';
import { DOUBLE_WRITE_DECL, MANIFEST_KEY, runDoubleWrite, type DoubleWriteResult } from '@bulkhead/core/storage';
import { gnuCheck, listFiles, makeSource, readTree, tempDir } from '../support/double-write.ts';
import { deadPort, startAzurite, startFlipProxy, startS3rver, type AzuriteServer, type S3Server } from '../support/storage-servers.ts';

const RETRY = { attempts: 2, baseMs: 5 };
let s3: S3Server;
let az: AzuriteServer;
let client: S3Client;
let blobs: BlobServiceClient;
const cleanup: string[] = [];

beforeAll(async () => {
  [s3, az] = await Promise.all([startS3rver(['builds', 'other']), startAzurite()]);
  client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } });
  blobs = BlobServiceClient.fromConnectionString(az.connectionString());
  for (const c of ['builds', 'mirror']) await blobs.getContainerClient(c).create();
}, 60_000);
afterAll(async () => {
  client?.destroy();
  await Promise.all([s3?.close(), az?.close()]);
  cleanup.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function run(raw: Record<string, string>, env: Record<string, string> = {}): Promise<DoubleWriteResult> {
  return runDoubleWrite(parseOptions(DOUBLE_WRITE_DECL, [{ 's3-endpoint': s3.endpoint, ...raw }]).options, {
    cwd: '/',
    tempDir: tempDir('tmp'),
    env: { AWS_ACCESS_KEY_ID: s3.accessKeyId, AWS_SECRET_ACCESS_KEY: s3.secretAccessKey, AZURE_STORAGE_CONNECTION_STRING: az.connectionString(), ...env },
    now: new Date(),
    retry: RETRY,
  });
}

async function s3Object(bucket: string, key: string): Promise<Buffer | undefined> {
  try {
    const r = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return Buffer.from(await r.Body!.transformToByteArray());
  } catch {
    return undefined;
  }
}
async function s3Keys(bucket: string, prefix: string): Promise<string[]> {
  const r = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return (r.Contents ?? []).map((o) => o.Key!.slice(prefix.length)).sort();
}
async function blobKeys(container: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for await (const b of blobs.getContainerClient(container).listBlobsFlat({ prefix })) out.push(b.name.slice(prefix.length));
  return out.sort();
}
async function blob(container: string, name: string): Promise<Buffer> {
  return blobs.getContainerClient(container).getBlobClient(name).downloadToBuffer();
}

describe('double-write to s3:// (s3rver) and azblob:// (azurite)', () => {
  it('writes both; each object read with the SDKs equals the source file; restores from either', async () => {
    const src = makeSource(21);
    cleanup.push(src.dir);
    const r = await run({ source: src.dir, primary: 's3://builds/run-1', secondary: `azblob://${az.account}/builds/run-1` });
    expect(r.failed, JSON.stringify(r.stores)).toBe(false);
    const names = Object.keys(src.files).sort();
    expect(await s3Keys('builds', 'run-1/')).toEqual([...names, MANIFEST_KEY].sort());
    expect(await blobKeys('builds', 'run-1/')).toEqual([...names, MANIFEST_KEY].sort());
    for (const n of names) {
      expect((await s3Object('builds', `run-1/${n}`))!.equals(src.files[n])).toBe(true);
      expect((await blob('builds', `run-1/${n}`)).equals(src.files[n])).toBe(true);
    }
    const m = JSON.parse((await s3Object('builds', `run-1/${MANIFEST_KEY}`))!.toString());
    expect(m.digest).toBe(r.digest);
    expect(JSON.parse((await blob('builds', `run-1/${MANIFEST_KEY}`)).toString()).digest).toBe(r.digest);

    const out = tempDir('out');
    cleanup.push(out);
    const back = await run({ mode: 'restore', source: out, primary: `azblob://${az.account}/builds/run-1`, secondary: 's3://builds/run-1', digest: `sha256:${r.digest}` });
    expect(back.servedFrom).toBe('primary');
    expect(readTree(out, names)).toEqual(src.files);
    gnuCheck(out, r.manifestText!);
  });

  it('an S3 store behind a byte-flipping proxy: the read-back catches it, the copy is quarantined, the file:// copy is committed', async () => {
    const src = makeSource(22);
    const a = tempDir('a');
    cleanup.push(src.dir, a);
    const proxy = await startFlipProxy(s3.endpoint, /\/staging\/.*mod\.wasm/);
    try {
      const r = await run({ source: src.dir, primary: `file://${a}`, secondary: 's3://other/flip', 's3-endpoint': proxy.url });
      expect(proxy.flips).toBe(1);
      expect(r.failed).toBe(true);
      expect(r.stores.map((s) => s.status)).toEqual(['committed', 'failed']);
      const p = r.stores[1].problems[0];
      expect(p.file).toBe('lib/deep/nested/mod.wasm');
      expect(p.message).toMatch(/read back as 3000000 bytes with SHA-256 [0-9a-f]{64}; the source gave 3000000 bytes with SHA-256 [0-9a-f]{64}/);
      gnuCheck(a, r.manifestText!);
      // Nothing at the S3 store looks like a copy: no manifest, no final keys, only the quarantine.
      const keys = await s3Keys('other', 'flip/');
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.every((k) => k.startsWith('.bulkhead/quarantine/'))).toBe(true);
      // The quarantined bytes are the real upload (the flip was on the way back): they equal the source.
      const q = keys.find((k) => k.endsWith('mod.wasm'))!;
      expect((await s3Object('other', `flip/${q}`))!.equals(src.files['lib/deep/nested/mod.wasm'])).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it('an Azure store behind a byte-flipping proxy fails the same way; the S3 copy is committed', async () => {
    const src = makeSource(23);
    cleanup.push(src.dir);
    const proxy = await startFlipProxy(`http://127.0.0.1:${new URL(az.endpoint).port}`, /\/staging\/.*logo one\.png/);
    try {
      const r = await run(
        { source: src.dir, primary: 's3://builds/az-flip', secondary: `azblob://${az.account}/mirror/flip` },
        { AZURE_STORAGE_CONNECTION_STRING: az.connectionString(`${proxy.url}/${az.account}`) },
      );
      expect(proxy.flips).toBeGreaterThanOrEqual(1);
      expect(r.stores.map((s) => s.status)).toEqual(['committed', 'failed']);
      expect(r.stores[1].problems[0].file).toBe('assets/logo one.png');
      expect((await blobKeys('mirror', 'flip/')).every((k) => k.startsWith('.bulkhead/quarantine/'))).toBe(true);
      expect(await s3Object('builds', `az-flip/${MANIFEST_KEY}`)).toBeDefined();
    } finally {
      await proxy.close();
    }
  });

  it('an S3 store that is down fails after retries, naming the store; the other copy is whole', async () => {
    const src = makeSource(24, 10_000);
    cleanup.push(src.dir);
    const r = await run({ source: src.dir, primary: `azblob://${az.account}/builds/down`, secondary: 's3://builds/down', 's3-endpoint': `http://127.0.0.1:${await deadPort()}` });
    expect(r.stores.map((s) => s.status)).toEqual(['committed', 'failed']);
    expect(r.stores[1].url).toBe('s3://builds/down/');
    expect(r.stores[1].problems[0].message).toMatch(/ECONNREFUSED/);
    const out = tempDir('out');
    cleanup.push(out);
    const back = await run({ mode: 'restore', source: out, primary: 's3://builds/down', secondary: `azblob://${az.account}/builds/down`, 's3-endpoint': `http://127.0.0.1:${await deadPort()}` });
    expect(back.servedFrom).toBe('secondary');
    expect(listFiles(out)).toEqual(Object.keys(src.files).sort());
  });

  it('encrypted copies on S3 and Azure hold no plaintext and restore to the source bytes', async () => {
    const src = makeSource(26, 200_000);
    cleanup.push(src.dir);
    const key = randomBytes(32).toString('base64');
    const w = await run({ source: src.dir, primary: 's3://builds/enc', secondary: `azblob://${az.account}/builds/enc`, 'encryption-key': key });
    expect(w.failed, JSON.stringify(w.stores)).toBe(false);
    const name = 'lib/deep/nested/mod.wasm';
    const fromS3 = (await s3Object('builds', `enc/${name}`))!;
    const fromAz = await blob('builds', `enc/${name}`);
    expect(fromS3.equals(fromAz)).toBe(true);
    expect(fromS3.length).toBe(src.files[name].length + 32);
    expect(fromS3.includes(src.files[name].subarray(1000, 1032))).toBe(false);
    const out = tempDir('out');
    cleanup.push(out);
    const back = await run({ mode: 'restore', source: out, primary: `azblob://${az.account}/builds/enc`, secondary: 's3://builds/enc', 'encryption-key': key });
    expect(back.servedFrom).toBe('primary');
    expect(readTree(out, Object.keys(src.files))).toEqual(src.files);
  });

  // s3rver does not check SigV4 signatures, so the S3 side uses an unknown access key id (which it does check).
  it('wrong credentials fail the store with the server error, and no credential appears in any message', async () => {
    const src = makeSource(25, 10_000);
    cleanup.push(src.dir);
    const wrongId = `T${randomSecret().replace(/[^A-Z0-9]/gi, '').toUpperCase().slice(0, 18)}`;
    const wrongSecret = randomSecret();
    const wrongAzure = az.connectionString().replace(az.key, Buffer.from(randomSecret()).toString('base64').slice(0, 44));
    const r = await run(
      { source: src.dir, primary: 's3://builds/creds', secondary: `azblob://${az.account}/builds/creds`, 'aws-access-key-id': wrongId, 'aws-secret-access-key': wrongSecret, 'azure-connection-string': wrongAzure },
    );
    expect(r.stores.map((s) => s.status)).toEqual(['failed', 'failed']);
    const text = JSON.stringify(r);
    expect(text).toMatch(/InvalidAccessKeyId|Access Key Id you provided does not exist/);
    expect(text).toMatch(/403|AuthorizationFailure|authenticate/i);
    for (const secret of [wrongId, wrongSecret, s3.secretAccessKey, az.key, wrongAzure.match(/AccountKey=([^;]+)/)![1]]) expect(text).not.toContain(secret);
  });
});

function randomSecret(): string {
  return Buffer.from(Array.from({ length: 30 }, () => Math.floor(Math.random() * 256))).toString('base64');
}
