// double-write's engine entry: options -> stores -> write (or restore) -> a result the runner and the CLI report.
import { resolve } from 'node:path';
import { parseDigestTag } from '../digest/sha256.ts';
import { InputError } from '../errors.ts';
import type { ParsedOptions } from '../options/types.ts';
import type { DoubleWriteDecl } from './decl.ts';
import { keyring } from './keys.ts';
import { openStore, parseStoreUrl, storeIdentity } from './open-store.ts';
import type { StoreOutcome, StoreTarget } from './outcome.ts';
import { restoreCopy } from './restore.ts';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.ts';
import { resolveSource } from './source.ts';
import type { StoreFactories, StoreSettings } from './store.ts';
import { writeCopies } from './write.ts';

export type DoubleWriteOptions = ParsedOptions<DoubleWriteDecl>;

export interface DoubleWriteDeps {
  /** Base of relative `source` entries (the workspace). */
  cwd: string;
  tempDir: string;
  /** Where credentials not given as options come from (the runner's or the shell's environment). */
  env: Readonly<Record<string, string | undefined>>;
  now: Date;
  /** Extra schemes (`artifact:`, `cache:`), from the runner. */
  factories?: StoreFactories;
  retry?: RetryPolicy;
  concurrency?: number;
}

export interface DoubleWriteResult {
  mode: 'write' | 'restore';
  /** Canonical manifest digest (hex); absent when nothing was written or restored. */
  digest?: string;
  /** The canonical manifest text (sha256sum format). */
  manifestText?: string;
  bytes: number;
  files: number;
  /** Source root (write) or destination (restore). */
  root: string;
  stores: StoreOutcome[];
  servedFrom?: string;
  keyId?: string;
  warnings: string[];
  failed: boolean;
}

export function storeSettings(o: DoubleWriteOptions, env: DoubleWriteDeps['env'], tempDir: string): StoreSettings {
  return {
    s3Endpoint: o['s3-endpoint'] || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL,
    s3Region: o['s3-region'] || env.AWS_REGION,
    awsAccessKeyId: o['aws-access-key-id'] || env.AWS_ACCESS_KEY_ID,
    awsSecretAccessKey: o['aws-secret-access-key'] || env.AWS_SECRET_ACCESS_KEY,
    awsSessionToken: o['aws-session-token'] || env.AWS_SESSION_TOKEN,
    azureConnectionString: o['azure-connection-string'] || env.AZURE_STORAGE_CONNECTION_STRING,
    azureSasToken: o['azure-sas-token'] || env.AZURE_STORAGE_SAS_TOKEN,
    azureEndpoint: o['azure-endpoint'],
    retentionDays: o['retention-days'],
    tempDir,
  };
}

/** Every credential value a run may use (inputs and environment), so callers can mask them and messages scrub them. */
export function credentialValues(o: DoubleWriteOptions, env: DoubleWriteDeps['env']): string[] {
  const s = storeSettings(o, env, '');
  const values = [s.awsAccessKeyId, s.awsSecretAccessKey, s.awsSessionToken, s.azureConnectionString, s.azureSasToken, o['encryption-key'], ...(o['previous-keys'] ?? [])];
  // The parts of a connection string that are secrets, in case a message quotes one part.
  for (const part of (s.azureConnectionString ?? '').split(';')) {
    const m = /^(AccountKey|SharedAccessSignature)=(.+)$/.exec(part);
    if (m) values.push(m[2]);
  }
  return values.filter((v): v is string => typeof v === 'string' && v.length > 0);
}

function targetsOf(o: DoubleWriteOptions): { role: string; input: string; url: URL }[] {
  const raw = [
    { role: 'primary', input: 'primary', value: o.primary },
    { role: 'secondary', input: 'secondary', value: o.secondary },
    ...(o.replicas ?? []).map((value, i) => ({ role: `replica-${i + 1}`, input: 'replicas', value })),
  ];
  const seen = new Map<string, string>();
  return raw.map((r) => {
    const url = parseStoreUrl(r.value, r.input);
    const id = storeIdentity(url);
    const twin = seen.get(id);
    if (twin) throw new InputError({ input: r.input, problem: `is the same store as ${twin} (${id})`, fix: 'give each copy its own store: another directory, bucket, prefix or account' });
    seen.set(id, r.role);
    return { role: r.role, input: r.input, url };
  });
}

export async function runDoubleWrite(o: DoubleWriteOptions, deps: DoubleWriteDeps): Promise<DoubleWriteResult> {
  const keys = keyring(o, deps.now);
  const secrets = credentialValues(o, deps.env);
  const settings = storeSettings(o, deps.env, deps.tempDir);
  const retry = deps.retry ?? DEFAULT_RETRY;
  const specs = targetsOf(o);
  let expected: string | undefined;
  if (o.digest) {
    expected = parseDigestTag(o.digest);
    if (!expected) throw new InputError({ input: 'digest', problem: `${o.digest.slice(0, 80)} is not a SHA-256 digest`, fix: 'pass the digest output of the write step (sha256:<64 hex>)' });
  }
  const targets: StoreTarget[] = [];
  try {
    for (const s of specs) targets.push({ role: s.role, store: await openStore(s.url, s.input, settings, deps.factories) });
    if (o.mode === 'restore') {
      if (o.source.length !== 1) throw new InputError({ input: 'source', problem: `names ${o.source.length} paths in restore mode`, fix: 'give the one directory to restore into' });
      const dest = resolve(deps.cwd, o.source[0]);
      const r = await restoreCopy({ dest, targets, keys: keys.all, digest: expected, retry, secrets, concurrency: deps.concurrency });
      return {
        mode: 'restore',
        digest: r.manifest?.sha256,
        manifestText: r.manifest?.text,
        bytes: r.manifest?.bytes ?? 0,
        files: r.manifest?.files.length ?? 0,
        root: dest,
        stores: r.stores,
        servedFrom: r.servedFrom,
        keyId: r.object?.encryption?.keyId,
        warnings: keys.warnings,
        failed: r.servedFrom === undefined,
      };
    }
    if (expected) throw new InputError({ input: 'digest', problem: 'is for restore mode', fix: 'remove it, or set mode: restore' });
    const { root, files } = await resolveSource(o.source, deps.cwd);
    const w = await writeCopies({ files, targets, key: keys.active, retry, secrets, concurrency: deps.concurrency });
    return {
      mode: 'write',
      digest: w.manifest.sha256,
      manifestText: w.manifest.text,
      bytes: w.manifest.bytes,
      files: w.manifest.files.length,
      root,
      stores: w.stores,
      keyId: keys.active?.id,
      warnings: keys.warnings,
      failed: w.stores.some((s) => s.status !== 'committed'),
    };
  } finally {
    await Promise.all(targets.map((t) => t.store.close?.().catch(() => {})));
  }
}

