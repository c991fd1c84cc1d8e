// One version for every action, the CLI and report envelopes (kept in step with package.json by a test).
export const BULKHEAD_VERSION = '0.1.0';
export const BULKHEAD_URI = 'https://github.com/bulkhead-dev/bulkhead';
