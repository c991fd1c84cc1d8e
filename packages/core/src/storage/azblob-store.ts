// azblob://account/container/prefix through @azure/storage-blob, with a connection string or a SAS token.
// Commit is a server-side copy within the account, then the staged blob is deleted.
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob';
import type { Readable } from 'node:stream';
import { InputError } from '../errors.ts';
import type { ObjectStore, StoreSettings } from './store.ts';

const BLOCK = 4 << 20;

export class AzblobStore implements ObjectStore {
  readonly url: string;
  readonly #container: ContainerClient;
  readonly #prefix: string;

  constructor(container: ContainerClient, account: string, prefix: string) {
    this.#container = container;
    this.#prefix = prefix;
    this.url = `azblob://${account}/${container.containerName}/${prefix}`;
  }

  #blob(key: string) {
    return this.#container.getBlockBlobClient(this.#prefix + key);
  }

  async put(key: string, body: Readable, _bytes: number): Promise<void> {
    await this.#blob(key).uploadStream(body, BLOCK, 2);
  }

  async get(key: string): Promise<Readable | undefined> {
    try {
      const r = await this.#blob(key).download();
      return r.readableStreamBody as Readable;
    } catch (e) {
      if ((e as { statusCode?: number }).statusCode === 404) return undefined;
      throw e;
    }
  }

  async promote(from: string, to: string): Promise<void> {
    const poller = await this.#blob(to).beginCopyFromURL(this.#blob(from).url);
    const done = await poller.pollUntilDone();
    if (done.copyStatus && done.copyStatus !== 'success') throw new Error(`server-side copy of ${to} ended ${done.copyStatus}`);
    // Not part of the retried step: had a delete gone through with its answer lost, a retry's copy would find
    // no source. A staged leftover is removed with the staging prefix after the commit.
    await this.delete(from).catch(() => {});
  }

  async delete(key: string): Promise<void> {
    await this.#blob(key).deleteIfExists();
  }

  async deletePrefix(prefix: string): Promise<void> {
    for (const k of await this.list(prefix)) await this.delete(k);
  }

  async list(prefix: string): Promise<string[]> {
    const out: string[] = [];
    for await (const b of this.#container.listBlobsFlat({ prefix: this.#prefix + prefix })) out.push(b.name.slice(this.#prefix.length));
    return out.sort();
  }
}

export async function openAzblobStore(url: URL, settings: StoreSettings): Promise<ObjectStore> {
  const account = url.hostname;
  const [container, ...rest] = url.pathname.replace(/^\/+/, '').split('/');
  if (!container) throw new InputError({ problem: `azblob://${account} names no container`, fix: 'write azblob://ACCOUNT/CONTAINER/PREFIX' });
  let service: BlobServiceClient;
  if (settings.azureConnectionString) service = BlobServiceClient.fromConnectionString(settings.azureConnectionString);
  else if (settings.azureSasToken) {
    const endpoint = (settings.azureEndpoint || `https://${account}.blob.core.windows.net`).replace(/\/+$/, '');
    service = new BlobServiceClient(`${endpoint}?${settings.azureSasToken.replace(/^\?/, '')}`);
  } else {
    throw new InputError({ input: 'azure-connection-string', problem: `no credentials for azblob://${account}`, fix: 'set azure-connection-string or azure-sas-token (or env AZURE_STORAGE_CONNECTION_STRING / AZURE_STORAGE_SAS_TOKEN)' });
  }
  if (service.accountName && service.accountName !== account) {
    throw new InputError({ problem: `azblob://${account}: the credentials are for account ${service.accountName}`, fix: 'use the account the credentials belong to in the URL, or credentials for that account' });
  }
  const prefix = rest.join('/').replace(/\/*$/, '/').replace(/^\/$/, '');
  return new AzblobStore(service.getContainerClient(container), account, prefix);
}
