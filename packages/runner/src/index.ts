export * from './types.ts';
export { runAction, runPost, runPre, type ActionBody } from './run.ts';
export { resolveEvent } from './event.ts';
export { CacheHistoryStore, historyCacheKey, DEFAULT_CACHE_PREFIX, type CacheApi, type CacheHistoryStoreOptions } from './cache-store.ts';
