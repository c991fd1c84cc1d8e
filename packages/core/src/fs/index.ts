export * from './atomic.ts';
