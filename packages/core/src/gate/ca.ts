// ca-file: extra CA certificates for private PKI. Node's global fetch takes no per-request CA and Node does not
// export its bundled undici Agent, so the certificates join Node's default CA list for this process
// (tls.setDefaultCACertificates, Node >= 22.19 / 24.5) — what NODE_EXTRA_CA_CERTS does at start-up.
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as tls from 'node:tls';
import { InputError } from '../errors.ts';

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

export async function trustCaFile(cwd: string, file: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new InputError({ input: 'ca-file', problem: `cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`, fix: 'give the path of a PEM file of CA certificates, relative to the workspace' });
  }
  const certs = text.match(PEM) ?? [];
  if (certs.length === 0) throw new InputError({ input: 'ca-file', problem: `${file} holds no PEM certificate`, fix: 'give a file with -----BEGIN CERTIFICATE----- blocks' });
  for (const c of certs) {
    try {
      new X509Certificate(c);
    } catch {
      throw new InputError({ input: 'ca-file', problem: `${file} holds a certificate that does not parse`, fix: 'check the PEM file' });
    }
  }
  const setDefault = (tls as { setDefaultCACertificates?: (certs: string[]) => void }).setDefaultCACertificates;
  if (!setDefault) {
    throw new InputError({ input: 'ca-file', problem: 'this Node.js cannot add CA certificates at run time', fix: 'set NODE_EXTRA_CA_CERTS to the file in the environment instead, or use Node 24' });
  }
  setDefault([...tls.getCACertificates('default'), ...certs]);
  return certs.length;
}
