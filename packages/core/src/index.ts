// Public surface of @bulkhead/core. Each area owns its own barrel (./<area>/index.ts).
export * from './errors.ts';
export * from './options/index.ts';
export * from './report/index.ts';
export * from './redact/index.ts';
export * from './config/index.ts';
export * from './git/index.ts';
export * from './secrets/index.ts';
export * from './diff/index.ts';
export * from './decls.ts';
export * from './version.ts';
export * from './fs/index.ts';
export * from './digest/index.ts';
