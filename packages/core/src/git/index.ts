export * from './types.ts';
export * from './exec.ts';
export * from './target.ts';
export * from './availability.ts';
export * from './event.ts';
export * from './describe.ts';
