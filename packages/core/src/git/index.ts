export * from './types.ts';
export * from './exec.ts';
export * from './target.ts';
export * from './availability.ts';
