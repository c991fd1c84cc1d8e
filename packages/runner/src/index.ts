export * from './types.ts';
export { runAction, runPost, runPre, type ActionBody } from './run.ts';
export { resolveEvent } from './event.ts';
// The @actions/cache history store is its own entry point (`@bulkhead/runner/cache-store`) so only diff-telemetry carries it.
