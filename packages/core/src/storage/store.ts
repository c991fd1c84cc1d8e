// What the write protocol needs from a store: keyed objects under the store's root, streamed both ways.
// Implementations: file:// (here), s3://, azblob:// (here, SDKs loaded on use), artifact:// and cache://
// (in packages/runner, since core never imports @actions/*; passed in through StoreFactories).
import type { Readable } from 'node:stream';
import type { ContentDigest } from '../digest/sha256.ts';

/** A direct writer (stores that can take chunks without a stream): each write resolves once the chunk is consumed. */
export interface ObjectWriter {
  write(chunk: Uint8Array): Promise<void>;
  /** Makes the object durable and complete. */
  end(): Promise<void>;
  /** Drops what was written. */
  abort(): Promise<void>;
}

export interface ObjectStore {
  /** The URL as shown to users: no credentials, no query string. */
  readonly url: string;
  /** Writes `body` (exactly `bytes` bytes) at `key`, replacing what was there. */
  put(key: string, body: Readable, bytes: number): Promise<void>;
  /** The bytes at `key`, or undefined when there is no such object. */
  get(key: string): Promise<Readable | undefined>;
  /**
   * Moves a verified object from its staging key to its final key (rename, or server-side copy + delete).
   * `sha256`: the object's digest, for stores that can have the server check the copy.
   */
  promote(from: string, to: string, sha256?: string): Promise<void>;
  /** Deletes the object; absent is fine. */
  delete(key: string): Promise<void>;
  /** Deletes every object under `prefix` (which ends with `/`). */
  deletePrefix(prefix: string): Promise<void>;
  /** Keys under `prefix` (which ends with `/`). */
  list(prefix: string): Promise<string[]>;
  /**
   * Optional fast paths, so a large copy makes no garbage per chunk (peak memory stays flat): a writer whose
   * writes finish with the chunk (the caller then reuses its buffer), and a digest of a stored object computed
   * by reading it back into one reused buffer. Without them the stream methods are used.
   */
  writer?(key: string, bytes: number): Promise<ObjectWriter>;
  hash?(key: string): Promise<ContentDigest | undefined>;
  /** End of staging, before the read-back: stores that upload whole directories send them now. */
  flush?(): Promise<void>;
  /** Ends the store's use (close clients, remove scratch files). */
  close?(): Promise<void>;
}

/** Credentials and endpoints for the stores, from inputs or the environment (never shown). */
export interface StoreSettings {
  s3Endpoint?: string;
  s3Region?: string;
  awsAccessKeyId?: string;
  awsSecretAccessKey?: string;
  awsSessionToken?: string;
  azureConnectionString?: string;
  azureSasToken?: string;
  azureEndpoint?: string;
  retentionDays?: number;
  /** Scratch space for stores that move whole directories (artifact://, cache://). */
  tempDir: string;
}

/** Makes a store for a URL of one scheme; the runner passes factories for artifact:// and cache://. */
export type StoreFactory = (url: URL, settings: StoreSettings) => Promise<ObjectStore>;
export type StoreFactories = Readonly<Record<string, StoreFactory>>;

/** The reserved prefix under a store's root: the manifest, staging and quarantine live here. */
export const META_DIR = '.bulkhead';
export const MANIFEST_KEY = `${META_DIR}/manifest.json`;
export const stagingPrefix = (tx: string): string => `${META_DIR}/staging/${tx}/`;
export const quarantinePrefix = (tx: string): string => `${META_DIR}/quarantine/${tx}/`;
