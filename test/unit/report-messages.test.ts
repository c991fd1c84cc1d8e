import { describe, expect, it } from 'vitest';
import { ConfigError, GitError, InputError, UsageError } from '../../packages/core/src/errors.ts';
import { exitCodeFor, userMessage } from '../../packages/core/src/report/messages.ts';

describe('userMessage', () => {
  it('names the input, the problem and the fix', () => {
    const e = new InputError({ input: 'max-diff-bytes', problem: '"5XB" is not a byte size', fix: 'use a number with a unit such as 5MB or 512KiB' });
    expect(userMessage(e)).toBe('Input \'max-diff-bytes\': "5XB" is not a byte size. Fix: use a number with a unit such as 5MB or 512KiB.');
    expect(userMessage(e, { surface: 'cli' })).toBe('Option \'--max-diff-bytes\': "5XB" is not a byte size. Fix: use a number with a unit such as 5MB or 512KiB.');
  });
  it('names config keys with their file', () => {
    const e = new ConfigError({ input: '.bulkhead.yml: secret-scan.fial-on', problem: 'is not a known key', fix: "did you mean 'fail-on'?" });
    expect(userMessage(e)).toBe(".bulkhead.yml key 'secret-scan.fial-on': is not a known key. Fix: did you mean 'fail-on'?");
    const file = new ConfigError({ input: 'ci/bulkhead.yml', problem: 'does not exist', fix: 'check the path' });
    expect(userMessage(file)).toBe('ci/bulkhead.yml: does not exist. Fix: check the path.');
  });
  it('handles errors without an input and other kinds', () => {
    expect(userMessage(new GitError({ problem: 'the base commit is missing in this shallow clone', fix: 'set fetch-depth: 0 on actions/checkout' }))).toBe(
      'the base commit is missing in this shallow clone. Fix: set fetch-depth: 0 on actions/checkout.',
    );
    expect(userMessage(new UsageError({ input: 'bulkhead scan', problem: 'unknown command', fix: 'run bulkhead --help' }))).toBe(
      'bulkhead scan: unknown command. Fix: run bulkhead --help.',
    );
  });
  it('is always one line', () => {
    const e = new InputError({ input: 'x', problem: 'line one\nline two\r\n', fix: 'do\nthis' });
    expect(userMessage(e)).toBe("Input 'x': line one line two. Fix: do this.");
    expect(userMessage(new Error('boom\n  at stack'))).toBe('Unexpected error: boom at stack');
  });
  it('reports anything else as unexpected', () => {
    expect(userMessage(new TypeError('x is undefined'))).toBe('Unexpected error: x is undefined');
    expect(userMessage('plain')).toBe('Unexpected error: plain');
    expect(userMessage({ code: 1 })).toBe('Unexpected error: {"code":1}');
    expect(userMessage(undefined)).toBe('Unexpected error: undefined');
  });
  it('exits 2 for every thrown error', () => {
    expect(exitCodeFor(new InputError({ problem: 'p', fix: 'f' }))).toBe(2);
    expect(exitCodeFor(new Error('bug'))).toBe(2);
  });
});
