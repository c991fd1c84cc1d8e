// Store URLs to stores. file:// is built in; s3:// and azblob:// load their SDKs only when used (so the CLI
// and other actions do not carry them at start-up); artifact:// and cache:// come from the runner.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.ts';
import { FileStore } from './file-store.ts';
import type { ObjectStore, StoreFactories, StoreFactory, StoreSettings } from './store.ts';

const BUILT_IN: StoreFactories = {
  'file:': async (url) => new FileStore(resolve(fileURLToPath(url))),
  's3:': async (url, settings) => (await import('./s3-store.ts')).openS3Store(url, settings),
  'azblob:': async (url, settings) => (await import('./azblob-store.ts')).openAzblobStore(url, settings),
};

const SCHEMES = 'file:///path, s3://bucket/prefix, azblob://account/container/prefix, artifact://name or cache://key';

/** Parses a store URL given in `input`; the message never echoes a query string (it might hold a token). */
export function parseStoreUrl(raw: string, input: string): URL {
  const shown = raw.split('?')[0];
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new InputError({ input, problem: `${shown} is not a URL`, fix: `write a store URL: ${SCHEMES}` });
  }
  if (url.username || url.password) throw new InputError({ input, problem: 'has credentials in the URL', fix: 'remove them from the URL and pass them as inputs (they are masked there)' });
  if (url.search) throw new InputError({ input, problem: 'has a query string', fix: 'remove it; endpoints and credentials are separate inputs' });
  if (url.protocol === 'file:' && (url.host !== '' || url.pathname === '/' || url.pathname === '')) {
    throw new InputError({ input, problem: `${shown} is not a file:///absolute/path URL`, fix: 'write file:// followed by an absolute directory path, e.g. file:///mnt/backup/build' });
  }
  if (url.protocol !== 'file:' && url.hostname === '') throw new InputError({ input, problem: `${shown} names no ${url.protocol === 's3:' ? 'bucket' : url.protocol === 'azblob:' ? 'account' : 'name'}`, fix: `write a store URL: ${SCHEMES}` });
  return url;
}

/** The same store, whatever the spelling (a trailing slash, `..` in a path). */
export function storeIdentity(url: URL): string {
  if (url.protocol === 'file:') return `file://${resolve(fileURLToPath(url))}`;
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

export async function openStore(url: URL, input: string, settings: StoreSettings, extra: StoreFactories = {}): Promise<ObjectStore> {
  const factory: StoreFactory | undefined = extra[url.protocol] ?? BUILT_IN[url.protocol];
  if (!factory) {
    const known = [...new Set([...Object.keys(BUILT_IN), ...Object.keys(extra)])].join(', ');
    const onRunner = url.protocol === 'artifact:' || url.protocol === 'cache:';
    throw new InputError({
      input,
      problem: `${url.protocol}// stores are not available here${onRunner ? ' (they need the GitHub Actions runner)' : ''}; available: ${known}`,
      fix: onRunner ? 'use the double-write action in a workflow, or a file://, s3:// or azblob:// store' : `write a store URL: ${SCHEMES}`,
    });
  }
  return factory(url, settings);
}
