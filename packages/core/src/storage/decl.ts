// double-write's options, declared once: action.yml, the runner and the CLI follow this.
import type { ActionDecl } from '../options/types.ts';

export const DOUBLE_WRITE_DECL = {
  name: 'double-write',
  title: 'Bulkhead double-write',
  description:
    'Writes build output to two (or more) independent stores, reads every copy back and hashes it against the source manifest before committing, and fails the step otherwise; restores from the primary with a verified fallback to the secondary.',
  summary: 'Write files to two stores, verified by reading back and hashing (or restore them, verified).',
  usage: 'bulkhead double-write SOURCE --primary URL --secondary URL [flags]',
  options: [
    {
      name: 'source',
      type: 'globs',
      anywhere: true,
      required: true,
      positional: true,
      description:
        'Files, directories or globs to store (relative to the workspace, or absolute). Paths in the manifest are relative to the common directory of the entries. In restore mode: the directory to restore into.',
    },
    {
      name: 'primary',
      type: 'string',
      required: true,
      description: 'First store: file:///path, s3://bucket/prefix, azblob://account/container/prefix, artifact://name or cache://key.',
    },
    { name: 'secondary', type: 'string', required: true, description: 'Second store (a URL as for primary); must differ from primary.' },
    { name: 'replicas', type: 'list', description: 'Further stores (URLs), written and verified like the first two.' },
    {
      name: 'mode',
      type: 'enum',
      values: ['write', 'restore'],
      default: 'write',
      description: '`write` stores and verifies; `restore` fetches from the primary, verifies it against the stored manifest and falls back to the secondary (then replicas).',
    },
    {
      name: 'digest',
      type: 'string',
      description: 'Restore: the manifest digest the write step output (`sha256:<hex>`); a copy whose manifest has another digest is not used.',
    },
    {
      name: 'encryption-key',
      type: 'string',
      secret: true,
      description: 'Encrypt at rest with AES-256-GCM: a 32-byte key, base64 or hex (e.g. `openssl rand -base64 32`). Restore needs it (or previous-keys).',
    },
    {
      name: 'previous-keys',
      type: 'list',
      secret: true,
      description: 'Earlier encryption keys, for restoring copies written before a key rotation.',
    },
    {
      name: 'key-created',
      type: 'string',
      description: 'Date the encryption key was created (YYYY-MM-DD or ISO 8601), for the key-max-age warning.',
    },
    {
      name: 'key-max-age',
      type: 'duration',
      default: '90d',
      description: 'Warn when the encryption key is older than this (from key-created).',
    },
    {
      name: 'retention-days',
      type: 'integer',
      min: 1,
      max: 90,
      description: 'artifact:// stores: days GitHub keeps the artifact (default: the repository setting). Other stores keep objects until deleted.',
    },
    { name: 's3-endpoint', type: 'string', description: 's3:// stores: endpoint URL of an S3-compatible server (path-style addressing is then used).' },
    { name: 's3-region', type: 'string', default: 'us-east-1', description: 's3:// stores: the region.' },
    { name: 'aws-access-key-id', type: 'string', secret: true, description: 's3:// stores: access key id. Default: env AWS_ACCESS_KEY_ID.' },
    { name: 'aws-secret-access-key', type: 'string', secret: true, description: 's3:// stores: secret access key. Default: env AWS_SECRET_ACCESS_KEY.' },
    { name: 'aws-session-token', type: 'string', secret: true, description: 's3:// stores: session token. Default: env AWS_SESSION_TOKEN.' },
    {
      name: 'azure-connection-string',
      type: 'string',
      secret: true,
      description: 'azblob:// stores: storage connection string. Default: env AZURE_STORAGE_CONNECTION_STRING.',
    },
    { name: 'azure-sas-token', type: 'string', secret: true, description: 'azblob:// stores: a SAS token for the account (instead of a connection string). Default: env AZURE_STORAGE_SAS_TOKEN.' },
    { name: 'azure-endpoint', type: 'string', description: 'azblob:// stores with a SAS token: blob endpoint. Default: https://ACCOUNT.blob.core.windows.net.' },
    {
      name: 'report-file',
      type: 'string',
      description: 'Where to write the JSON report. Default: $RUNNER_TEMP/bulkhead-double-write.json.',
    },
    { name: 'format', type: 'enum', values: ['text', 'json'], default: 'text', description: 'Output format.', surface: 'cli' },
  ],
  outputs: [
    { name: 'digest', description: 'SHA-256 of the canonical manifest (`sha256:<hex>`), the same for every copy.' },
    { name: 'manifest-file', description: 'Path of the manifest in sha256sum format (`sha256sum -c` checks the source with it).' },
    { name: 'primary-url', description: 'The primary store (no credentials).' },
    { name: 'secondary-url', description: 'The secondary store (no credentials).' },
    { name: 'bytes', description: 'Total bytes of the files.' },
    { name: 'served-from', description: 'Restore: the store whose copy was restored (`primary`, `secondary` or `replica-N`).' },
    { name: 'report-file', description: 'Path of the JSON report.' },
  ],
} as const satisfies ActionDecl;

export type DoubleWriteDecl = typeof DOUBLE_WRITE_DECL;
