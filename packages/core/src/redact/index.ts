export { redact, fingerprint, scrub } from './redact.ts';
