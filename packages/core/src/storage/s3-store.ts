// s3://bucket/prefix through the AWS SDK v3. With `s3-endpoint` (S3-compatible servers) addressing is
// path-style. The SDK's own retries are off (the protocol retries whole operations) and so are its default
// CRC trailers, which S3-compatible servers often reject; the read-back hash is the check. A commit's
// server-side copy asks S3 for the SHA-256 of the new object and compares it when the server returns one.
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import type { ObjectStore, StoreSettings } from './store.ts';

const keyPath = (prefix: string, key: string) => prefix + key;

export class S3Store implements ObjectStore {
  readonly url: string;
  readonly #client: S3Client;
  readonly #bucket: string;
  readonly #prefix: string;

  constructor(client: S3Client, bucket: string, prefix: string) {
    this.#client = client;
    this.#bucket = bucket;
    this.#prefix = prefix;
    this.url = `s3://${bucket}/${prefix}`;
  }

  async put(key: string, body: Readable, bytes: number): Promise<void> {
    await this.#client.send(new PutObjectCommand({ Bucket: this.#bucket, Key: keyPath(this.#prefix, key), Body: body, ContentLength: bytes }));
  }

  async get(key: string): Promise<Readable | undefined> {
    try {
      const r = await this.#client.send(new GetObjectCommand({ Bucket: this.#bucket, Key: keyPath(this.#prefix, key) }));
      return r.Body as Readable;
    } catch (e) {
      if ((e as { name?: string }).name === 'NoSuchKey' || (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return undefined;
      throw e;
    }
  }

  async promote(from: string, to: string, sha256?: string): Promise<void> {
    const source = `${this.#bucket}/${keyPath(this.#prefix, from).split('/').map(encodeURIComponent).join('/')}`;
    const r = await this.#client.send(new CopyObjectCommand({ Bucket: this.#bucket, Key: keyPath(this.#prefix, to), CopySource: source, ChecksumAlgorithm: 'SHA256' }));
    const server = r.CopyObjectResult?.ChecksumSHA256;
    if (sha256 && server && Buffer.from(server, 'base64').toString('hex') !== sha256) {
      throw new Error(`S3 reports SHA-256 ${Buffer.from(server, 'base64').toString('hex')} for ${to} after the copy, expected ${sha256}`);
    }
    // Not part of the retried step: had a delete gone through with its answer lost, a retry's copy would find
    // no source. A staged leftover is removed with the staging prefix after the commit.
    await this.delete(from).catch(() => {});
  }

  async delete(key: string): Promise<void> {
    await this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: keyPath(this.#prefix, key) }));
  }

  async deletePrefix(prefix: string): Promise<void> {
    for (const k of await this.list(prefix)) await this.delete(k);
  }

  async list(prefix: string): Promise<string[]> {
    const out: string[] = [];
    let token: string | undefined;
    do {
      const r = await this.#client.send(new ListObjectsV2Command({ Bucket: this.#bucket, Prefix: keyPath(this.#prefix, prefix), ContinuationToken: token }));
      for (const o of r.Contents ?? []) if (o.Key) out.push(o.Key.slice(this.#prefix.length));
      token = r.IsTruncated ? r.NextContinuationToken : undefined;
    } while (token);
    return out.sort();
  }

  async close(): Promise<void> {
    this.#client.destroy();
  }
}

export async function openS3Store(url: URL, settings: StoreSettings): Promise<ObjectStore> {
  const config: S3ClientConfig = {
    region: settings.s3Region || 'us-east-1',
    maxAttempts: 1,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // The SDK would print its own notes to the console; failures reach the user through the protocol's messages.
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  };
  if (settings.s3Endpoint) {
    config.endpoint = settings.s3Endpoint;
    config.forcePathStyle = true;
  }
  if (settings.awsAccessKeyId && settings.awsSecretAccessKey) {
    config.credentials = { accessKeyId: settings.awsAccessKeyId, secretAccessKey: settings.awsSecretAccessKey, sessionToken: settings.awsSessionToken || undefined };
  }
  const prefix = url.pathname.replace(/^\/+/, '').replace(/\/*$/, '/').replace(/^\/$/, '');
  return new S3Store(new S3Client(config), url.hostname, prefix);
}
