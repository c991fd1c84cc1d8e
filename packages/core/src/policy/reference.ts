// binary-drift's reference: a checksum file on disk (SHA256SUMS, a double-write manifest) or one published
// with a release, downloaded over https only and cut off past a size cap.
import { open } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError, ResourceError } from '../errors.ts';

export interface LoadedReference {
  text: string;
  /** Root-relative path of the file when it is local (findings point at its lines), else undefined. */
  localPath?: string;
}

export type Fetcher = (url: string, init: { signal: AbortSignal; redirect: 'follow' }) => Promise<Response>;

function tooBig(reference: string, maxBytes: number): ResourceError {
  return new ResourceError({ input: 'reference', problem: `${reference} is larger than reference-max-bytes (${maxBytes} bytes)`, fix: 'point reference at the checksum file itself, or raise reference-max-bytes' });
}

async function readLocal(root: string, reference: string, maxBytes: number): Promise<LoadedReference> {
  const abs = resolve(root, reference);
  let fh;
  try {
    fh = await open(abs, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ResourceError({ input: 'reference', problem: `${reference} cannot be read (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`, fix: 'write it first (bulkhead policy-audit --write --reference FILE) or fix the path (relative to path)' });
  }
  try {
    const { size } = await fh.stat();
    if (size > maxBytes) throw tooBig(reference, maxBytes);
    const text = (await fh.readFile()).toString('utf8');
    const rel = relative(root, abs);
    return { text, localPath: rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split('\\').join('/') };
  } finally {
    await fh.close();
  }
}

async function download(url: URL, reference: string, maxBytes: number, fetcher: Fetcher): Promise<LoadedReference> {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), 30_000);
  try {
    const res = await fetcher(url.href, { signal: ac.signal, redirect: 'follow' });
    // A redirect may not downgrade to http.
    if (res.url && !res.url.startsWith('https://')) throw new ResourceError({ input: 'reference', problem: `${reference} redirected to a non-https URL`, fix: 'use the final https:// URL of the checksum file' });
    if (!res.ok) throw new ResourceError({ input: 'reference', problem: `${reference} answered HTTP ${res.status}`, fix: 'check the URL of the release asset (it must be public, or use a local copy)' });
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) throw tooBig(reference, maxBytes);
    const parts: Buffer[] = [];
    let got = 0;
    for await (const chunk of res.body ?? []) {
      got += chunk.length;
      if (got > maxBytes) {
        ac.abort();
        throw tooBig(reference, maxBytes);
      }
      parts.push(Buffer.from(chunk));
    }
    return { text: Buffer.concat(parts).toString('utf8') };
  } catch (e) {
    if (e instanceof ResourceError) throw e;
    throw new ResourceError({ input: 'reference', problem: `${reference} could not be downloaded (${(e as Error).name === 'AbortError' ? 'timed out after 30 s' : (e as Error).message})`, fix: 'check the URL and the runner\'s network access' });
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the reference named by the `reference` option: a path relative to `root`, or an https:// URL. */
export async function loadReference(root: string, reference: string, maxBytes: number, fetcher: Fetcher = fetch): Promise<LoadedReference> {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(reference)?.[1]?.toLowerCase();
  if (scheme === undefined) return readLocal(root, reference, maxBytes);
  if (scheme !== 'https') {
    throw new InputError({ input: 'reference', problem: `${scheme}:// is not accepted for a checksum file (it could be altered in transit)`, fix: 'use the https:// URL of the release asset, or a local file' });
  }
  return download(new URL(reference), reference, maxBytes, fetcher);
}
