// barrel for diff
export * from './measure-types.ts';
export * from './decl.ts';
export * from './metrics/index.ts';
export * from './history/index.ts';
export * from './dashboard/index.ts';
