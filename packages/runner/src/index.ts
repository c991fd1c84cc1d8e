export * from './types.ts';
export { runAction, runPost, runPre, type ActionBody } from './run.ts';
export { resolveEvent } from './event.ts';
