// Public surface of the secret-scan engine core.
export { KeywordMatcher } from './keywords.ts';
export { compileRules, type CompiledRules, type CompiledRule } from './compile.ts';
export { scanText } from './match.ts';
export { scanBuffer, scanFile, isBinary, type FileScanResult } from './buffer.ts';
export { walkTree, type TreeFile, type TreeWalk, type WalkOptions } from './tree.ts';
export { shardOf, commitShardOf, inShard, type Shard } from './shard.ts';
export { scanFiles, type ScanFilesOptions, type ScanFilesResult, type FileMatches } from './workers.ts';
export { runSecretScanWorker } from './worker.ts';
export { loadRuleSet, type RuleSetSpec, type LoadedRuleSet } from './ruleset.ts';
export { scanHistory, revisionArgs, type HistoryMatch, type HistoryOptions, type HistoryResult } from './history.ts';
export { scanStaged, type StagedMatch } from './staged.ts';
export type { RawMatch, FalsePositiveFilter, ScanTextOptions, ScanBufferOptions, SkippedFile } from './types.ts';
export { isSecretScanWorker, setWorkerEntry, workerEntry, defaultWorkerUrl } from './worker-entry.ts';
export { prestartScanWorkers } from './spare-workers.ts';
