// barrel for diff
export * from './measure-types.ts';
export * from './decl.ts';
