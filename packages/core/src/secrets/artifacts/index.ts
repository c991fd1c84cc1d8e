// secret-scan artifact readers: globs → files → entries (archives within limits) + non-secret findings.
export type { ArtifactEntry, ArtifactData, ArtifactProblemEntry, ArtifactProblem, ArtifactLimits } from './types.ts';
export { DEFAULT_ARTIFACT_LIMITS, isArtifactProblem } from './types.ts';
export type { ArtifactKind } from './sniff.ts';
export { sniffKind } from './sniff.ts';
export { readArtifact } from './read.ts';
export { expandArtifactGlobs } from '../../files/expand-globs.ts';
export type { SizedPath } from './findings.ts';
export { leakPatternFindings, oversizeFiles, artifactProblemFinding } from './findings.ts';
export { DEFAULT_LEAK_PATTERNS } from '../../files/leak-patterns.ts';
export { LEAK_PATTERN_RULE, OVERSIZE_ARTIFACT_RULE, ARCHIVE_BOMB_RULE, ARCHIVE_LIMIT_RULE, ARTIFACT_RULES } from './rules.ts';
