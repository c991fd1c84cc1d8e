export * from './types.ts';
export * from './decl.ts';
export * from './rules/index.ts';
export * from './checksum.ts';
export * from './entropy.ts';
export * from './filters.ts';
export * from './scanner/index.ts';
export * from './artifacts/index.ts';
