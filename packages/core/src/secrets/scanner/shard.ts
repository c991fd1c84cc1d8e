// Deterministic sharding: a key belongs to shard i of n (1-based) when uint32(first 4 bytes of sha1(key)) mod n == i-1.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function shardOf(key: string, count: number): number {
  return (createHash('sha1').update(key).digest().readUInt32BE(0) % count) + 1;
}

/** Commits shard on their SHA's own first 4 bytes (already uniformly distributed). */
export function commitShardOf(sha: string, count: number): number {
  return (parseInt(sha.slice(0, 8), 16) % count) + 1;
}

export function inShard(key: string, shard: Shard | undefined): boolean {
  return !shard || shard.count <= 1 || shardOf(key, shard.count) === shard.index;
}
