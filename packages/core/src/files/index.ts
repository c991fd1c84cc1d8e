// What a file is by its name, shared by every action: lockfiles and leak patterns.
export { LOCKFILE_NAMES, isLockfile } from './lockfiles.ts';
export { DEFAULT_LEAK_PATTERN, DEFAULT_LEAK_PATTERNS, compileLeakPatterns } from './leak-patterns.ts';
export { expandArtifactGlobs } from './expand-globs.ts';
