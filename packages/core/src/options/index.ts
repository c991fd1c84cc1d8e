export * from './types.ts';
export * from './parse.ts';
export * from './bytes.ts';
export * from './duration.ts';
export * from './globs.ts';
export * from './value.ts';
export * from './parse-options.ts';
export * from './suggest.ts';
export { showValue } from './show.ts';
