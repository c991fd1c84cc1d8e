import { describe, expect, it } from 'vitest';
import { eventFromPayload, DEFAULT_EVENT_NAME } from '../../packages/core/src/git/event.ts';

const sha = (c: string) => c.repeat(40);
const env = { sha: sha('e'), repository: 'octo/repo', runId: 42, workflow: 'CI', ref: 'refs/heads/main' };

describe('eventFromPayload', () => {
  it('pull_request: base/head from the PR, labels, commits, created_at', () => {
    const payload = {
      number: 7,
      pull_request: {
        number: 7,
        base: { sha: sha('a'), ref: 'main' },
        head: { sha: sha('b'), ref: 'feature' },
        labels: [{ name: 'big-change-ok' }, { name: 'docs' }],
        commits: 3,
        created_at: '2024-05-01T10:00:00Z',
      },
      repository: { full_name: 'octo/repo', default_branch: 'main' },
    };
    const ev = eventFromPayload('pull_request', payload, env);
    expect(ev).toMatchObject({
      eventName: 'pull_request',
      base: sha('a'),
      head: sha('b'),
      labels: ['big-change-ok', 'docs'],
      commitCount: 3,
      createdAt: '2024-05-01T10:00:00Z',
      defaultBranch: 'main',
      repository: 'octo/repo',
      runId: '42',
      workflow: 'CI',
      sha: sha('e'),
      ref: '#7',
    });
  });

  it('pull_request_target maps like pull_request', () => {
    const ev = eventFromPayload('pull_request_target', { pull_request: { base: { sha: sha('1') }, head: { sha: sha('2') } } }, env);
    expect([ev.base, ev.head, ev.labels]).toEqual([sha('1'), sha('2'), []]);
  });

  it('push: before..after, commit count, default branch', () => {
    const payload = {
      ref: 'refs/heads/main',
      before: sha('c'),
      after: sha('d'),
      commits: [{ id: '1' }, { id: '2' }],
      repository: { default_branch: 'trunk', full_name: 'o/r' },
    };
    const ev = eventFromPayload('push', payload, { sha: sha('d') });
    expect(ev).toMatchObject({ base: sha('c'), head: sha('d'), commitCount: 2, defaultBranch: 'trunk', repository: 'o/r' });
    expect(ev.created).toBeUndefined();
  });

  it('push creating a branch: zero before => no base, created', () => {
    const ev = eventFromPayload('push', { before: '0'.repeat(40), after: sha('d'), created: true, commits: [] }, env);
    expect(ev.base).toBeUndefined();
    expect(ev.created).toBe(true);
    expect(ev.head).toBe(sha('d'));
    expect(ev.commitCount).toBe(0);
  });

  it('merge_group: base_sha..head_sha', () => {
    const ev = eventFromPayload('merge_group', { merge_group: { base_sha: sha('5'), head_sha: sha('6'), head_ref: 'gh-readonly-queue/main/pr-1' } }, env);
    expect([ev.base, ev.head]).toEqual([sha('5'), sha('6')]);
  });

  it.each(['schedule', 'workflow_dispatch', 'release'])('%s: head = sha, no base', (name) => {
    const ev = eventFromPayload(name, { before: sha('c'), after: sha('d') }, env);
    expect(ev.base).toBeUndefined();
    expect(ev.head).toBe(sha('e'));
    expect(ev.eventName).toBe(name);
  });

  it('missing event name falls back to the default and tolerates junk payloads', () => {
    for (const payload of [undefined, null, 'x', [], { pull_request: 'nope' }]) {
      const ev = eventFromPayload(undefined, payload, {});
      expect(ev.eventName).toBe(DEFAULT_EVENT_NAME);
      expect(ev.labels).toEqual([]);
      expect(ev.base).toBeUndefined();
    }
    const ev = eventFromPayload('pull_request', { pull_request: { labels: [null, { name: 3 }, { name: 'ok' }] } }, { runId: Number.NaN });
    expect(ev.labels).toEqual(['ok']);
    expect(ev.runId).toBeUndefined();
  });
});
