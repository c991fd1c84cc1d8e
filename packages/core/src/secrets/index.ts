export * from './types.ts';
export * from './decl.ts';
