// policy-audit's GitHub API parts with the real client: the runner's Octokit (@actions/github + retry and
// throttling plugins, GITHUB_API_URL honoured) against a local server whose every response is validated
// against GitHub's OpenAPI description. Submodule visibility and writers (allow-list, a 403 on collaborators,
// a vanished repository, pagination past 100, a 429 and a secondary rate limit retried) and ci-budget
// (runs and jobs paginated, runs spanning the start and the end of the period, runner sizes by label).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, type TempRepo } from '../support/git-repo.ts';
import { bodies, example, isoSecond as iso, startFakeGitHub, type FakeGitHub, type FakeRequest } from '../support/fake-github-api.ts';
import { checkSubmodules, runPolicyAudit, POLICY_AUDIT_DECL, type GitHubApi } from '../../packages/core/src/policy/index.ts';
import { parseOptions } from '../../packages/core/src/options/parse-options.ts';

type Json = Record<string, unknown>;
const TOKEN = 'test-token-not-a-credential';
const HOUR = 3_600_000;
const NOW = new Date('2026-03-15T12:00:00Z');
const START = NOW.getTime() - 14 * 24 * HOUR;

const { repository, collaborator: user, team } = bodies;

// widgets: 230 collaborators (3 pages); writers outside the allow-list: owner-admin and every 50th user.
const WIDGETS_USERS = [user('ci-bot', 'push', 0), user('release-bot', 'maintain', 1), user('owner-admin', 'admin', 2), ...Array.from({ length: 227 }, (_, i) => user(`user-${String(i).padStart(3, '0')}`, i % 50 === 0 ? 'push' : 'pull', i + 3))];
const EXPECTED_WIDGETS = ['owner-admin', 'user-000', 'user-050', 'user-100', 'user-150', 'user-200', 'acme/security'];

let fake: FakeGitHub;
let api: GitHubApi;
const logs: string[] = [];

function error(status: number, message: string, headers: Record<string, string> = {}) {
  return { status, headers, body: { message, documentation_url: 'https://docs.github.com/rest' } };
}

// ci-budget fixture: [createdAt, [[start, end|null, labels]...]] relative to START / NOW.
type JobSpec = [number, number | null, string[]];
const RUNS: [number, JobSpec[]][] = [
  [START - 2 * HOUR, [[START - HOUR, START + HOUR, ['ubuntu-latest']]]], // spans the start: 1 h inside x 2 cores
  [START - 5 * HOUR, [[START - 4 * HOUR, START - 3 * HOUR, ['ubuntu-latest']]]], // before the period
  [START - 30 * HOUR, [[START - 30 * HOUR, START + 10 * HOUR, ['ubuntu-latest']]]], // beyond the look-back: never listed
  ...Array.from({ length: 150 }, (_, i): [number, JobSpec[]] => [START + (i + 1) * HOUR, [[START + (i + 1) * HOUR, START + (i + 1) * HOUR + 6 * 60_000, ['self-hosted', 'linux', 'big-8-cores']]]]), // 150 x 0.1 h x 8
  [NOW.getTime() - 3 * HOUR, Array.from({ length: 120 }, (_, j): JobSpec => [NOW.getTime() - 3 * HOUR, NOW.getTime() - 3 * HOUR + 60_000, ['ubuntu-22.04']])], // 120 jobs (2 pages) x 1/60 h x 2
  [NOW.getTime() - HOUR, [[NOW.getTime() - 30 * 60_000, NOW.getTime() + 30 * 60_000, ['ubuntu-latest']], [NOW.getTime() - HOUR, null, ['ubuntu-latest']]]], // spans the end: 0.5 h x 2; one still running
];
// By hand: 2 + 150 * 0.8 + 120 / 60 * 2 + 0.5 * 2 = 127 CPU-hours.
const EXPECTED_CPU_HOURS = 127;

function runsHandler(req: FakeRequest): Json[] {
  const since = Date.parse((req.query.get('created') ?? '').replace(/^>=/, ''));
  return RUNS.map(([created], i) => ({ id: 9000 + i, created }))
    .filter((r) => !(r.created < since))
    .map(({ id, created }) => bodies.workflowRun(id, created));
}

function jobsHandler(req: FakeRequest): Json[] {
  const runId = Number(req.params.run_id);
  return (RUNS[runId - 9000]?.[1] ?? []).map(([s, e, labels], j) => bodies.job(runId * 1000 + j, runId, labels, s, e));
}

beforeAll(async () => {
  fake = await startFakeGitHub(
    {
      '/repos/{owner}/{repo}': ({ params }) => {
        const vis: Record<string, 'public' | 'private' | 'internal'> = { widgets: 'private', busy: 'public', locked: 'internal', app: 'private' };
        return vis[params.repo] ? { body: repository(`${params.owner}/${params.repo}`, vis[params.repo] as 'public' | 'private' | 'internal') } : error(404, 'Not Found');
      },
      '/repos/{owner}/{repo}/collaborators': ({ params }) => {
        if (params.repo === 'widgets') return WIDGETS_USERS;
        if (params.repo === 'locked') return error(403, 'Must have push access to view repository collaborators.');
        return [user('ci-bot', 'push', 0)];
      },
      '/repos/{owner}/{repo}/teams': ({ params }) => (params.repo === 'widgets' ? [team('release-team', 'push', 1), team('security', 'admin', 2), team('readers', 'pull', 3)] : []),
      '/repos/{owner}/{repo}/actions/runs': runsHandler,
      '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': ({ params }) => {
        const body = example('simple-pull-request-review-request');
        const t = (body.teams as Json[])[0];
        body.users = [];
        body.teams = [{ ...t, ...team(params.pull_number === '1' ? 'security-review' : 'other-team', 'push', 9) }];
        return { body };
      },
      '/repos/{owner}/{repo}/pulls/{pull_number}/reviews': ({ params }) => {
        const base = (example('pull-request-review-items') as unknown as Json[])[0];
        const review = (login: string, state: string, id: number) => ({ ...base, id, state, user: { ...(base.user as Json), login } });
        const byPull: Record<string, Json[]> = {
          '2': [review('random-bob', 'COMMENTED', 1), review('sec-alice', 'APPROVED', 2)],
          '3': [review('random-bob', 'APPROVED', 3)],
          '4': [review('sec-alice', 'APPROVED', 4), review('sec-alice', 'CHANGES_REQUESTED', 5)],
          '5': [review('sec-alice', 'APPROVED', 6)],
        };
        return byPull[params.pull_number] ?? [];
      },
      '/orgs/{org}/teams/{team_slug}/members': ({ params }) => {
        if (params.org === 'locked-org') return error(403, 'Resource not accessible by integration');
        const base = (example('simple-user-items') as unknown as Json[])[0];
        return ['sec-alice', 'sec-carol'].map((login, i) => ({ ...base, login, id: 70 + i }));
      },
      '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs': jobsHandler,
    },
    { '/repos/{owner}/{repo}/actions/runs': 'workflow_runs', '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs': 'jobs' },
  );
  // @actions/github reads GITHUB_API_URL when it is first imported, as on a runner: set it, then load.
  process.env.GITHUB_API_URL = fake.url;
  const { createGitHubApi } = await import('../../packages/runner/src/github-api.ts');
  api = createGitHubApi(TOKEN, (m) => logs.push(m));
}, 60_000);
afterAll(async () => {
  await fake?.close();
  delete process.env.GITHUB_API_URL;
});

describe('submodule writers and visibility through the API', () => {
  let sup: TempRepo;
  let lib: TempRepo;
  beforeAll(() => {
    lib = makeRepo('bulkhead-api-lib-');
    lib.commit('lib', { 'x.c': 'int x;\n' });
    sup = makeRepo('bulkhead-api-super-');
    sup.commit('init', { 'README.md': 'x\n' });
    const urls: Record<string, string> = {
      'deps/widgets': 'https://github.com/acme/widgets.git',
      'deps/locked': 'https://github.com/acme/locked',
      'deps/vanished': 'git@github.com:acme/vanished.git',
      'deps/busy': 'ssh://git@github.com/acme/busy.git',
      'deps/elsewhere': 'https://gitlab.example.com/acme/other.git',
    };
    for (const [path, url] of Object.entries(urls)) {
      sup.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', lib.dir, path);
      sup.git('config', '-f', '.gitmodules', `submodule.${path}.url`, url);
    }
    sup.git('add', '.gitmodules');
    sup.git('commit', '-q', '-m', 'deps');
  });
  afterAll(() => {
    sup?.cleanup();
    lib?.cleanup();
  });

  it('finds every writer outside submodule-writers across pages, a 403 on collaborators and a vanished repository', async () => {
    const before = fake.requests.length;
    const r = await checkSubmodules({ cwd: sup.dir, hosts: [], access: { api, writers: ['ci-bot', 'release-bot', 'acme/release-team'] } });
    const served = fake.requests.slice(before);
    expect(fake.invalid).toEqual([]);

    const writers = r.findings.filter((f) => f.ruleId === 'submodules/unexpected-writer');
    expect(writers.map((f) => f.properties?.writer).sort()).toEqual([...EXPECTED_WIDGETS].sort());
    expect(writers.find((f) => f.properties?.writer === 'acme/security')?.properties).toMatchObject({ kind: 'team', permission: 'admin' });
    expect(writers.find((f) => f.properties?.writer === 'owner-admin')?.properties).toMatchObject({ kind: 'user', permission: 'admin' });
    const unreadable = r.findings.filter((f) => f.ruleId === 'submodules/writers-unreadable');
    expect(unreadable.map((f) => f.properties?.repository)).toEqual(['acme/locked']);
    expect(unreadable[0].message).toContain('HTTP 403');
    expect(r.findings.filter((f) => f.ruleId === 'submodules/repo-not-found').map((f) => f.properties?.repository)).toEqual(['acme/vanished']);

    // Pagination: widgets' 230 collaborators came in 3 pages of 100.
    const pages = served.filter((q) => q.path === '/repos/acme/widgets/collaborators').map((q) => [q.query.get('per_page'), q.query.get('page') ?? '1']);
    expect(pages).toEqual([['100', '1'], ['100', '2'], ['100', '3']]);
    expect(r.summary.find((s) => s.path === 'deps/widgets')?.writers).toHaveLength(EXPECTED_WIDGETS.length + 3);
    expect(Object.fromEntries(r.summary.filter((s) => s.visibility).map((s) => [s.path, s.visibility]))).toEqual({ 'deps/widgets': 'private', 'deps/locked': 'internal', 'deps/busy': 'public' });
    // The token went along on every request; the other host was never asked about.
    expect(served.every((q) => q.authorization === `token ${TOKEN}`)).toBe(true);
    expect(served.some((q) => q.path.includes('other'))).toBe(false);
  });

  it('a 429 and a secondary rate limit are waited out and retried by Octokit’s plugins', async () => {
    fake.failNext('/repos/{owner}/{repo}/collaborators', error(403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', { 'retry-after': '1' }));
    fake.failNext('/repos/{owner}/{repo}/teams', error(429, 'Too Many Requests'));
    const before = fake.requests.length;
    const t0 = Date.now();
    const writers = await api.writers('acme', 'busy');
    const served = fake.requests.slice(before).map((q) => q.path);
    expect(writers).toEqual([{ kind: 'user', name: 'ci-bot', permission: 'push' }]);
    expect(served.filter((p) => p.endsWith('/collaborators'))).toHaveLength(2);
    expect(served.filter((p) => p.endsWith('/teams'))).toHaveLength(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1900); // retry-after 1 s, then the retry plugin's 1 s
    expect(logs.some((l) => /secondary rate limit.*retrying in 1 s/.test(l))).toBe(true);
    expect(fake.invalid).toEqual([]);
  });
});

describe('ci-budget through the API', () => {
  const options = (extra: Record<string, string>) => parseOptions(POLICY_AUDIT_DECL, [{ checks: 'ci-budget', repository: 'acme/app', ...extra }]).options;

  it('counts job time x runner cores inside the period only: runs spanning its start and end, pages of runs and jobs', async () => {
    const before = fake.requests.length;
    const r = await runPolicyAudit({ options: options({ 'cpu-hour-budget': '150' }), event: { eventName: 'schedule', labels: [] }, baseDir: '.', fetch: false, api, now: NOW });
    const served = fake.requests.slice(before);
    expect(fake.invalid).toEqual([]);
    expect(r.budget?.cpuHours).toBe(EXPECTED_CPU_HOURS);
    expect(r.budget).toMatchObject({ budget: 150, runs: RUNS.length - 1, failed: false, start: new Date(START).toISOString() });
    expect(r.budget?.byRunner).toEqual({ 'ubuntu-latest': 3, 'big-8-cores': 120, 'ubuntu-22.04': 4 });
    // 127 / 150 = 85 %: the 80 % warning.
    expect(r.findings.map((f) => f.ruleId)).toEqual(['ci-budget/near-budget']);
    // The runs query asks for the period plus a day of look-back, and pages past 100.
    const runPages = served.filter((q) => q.template === '/repos/{owner}/{repo}/actions/runs');
    expect(runPages.map((q) => q.query.get('created'))).toEqual([`>=${iso(START - 24 * HOUR)}`, `>=${iso(START - 24 * HOUR)}`]);
    expect(served.filter((q) => q.path === `/repos/acme/app/actions/runs/${9000 + RUNS.length - 2}/jobs`)).toHaveLength(2);
  });

  it('past the budget with fail-on-budget: an over-budget finding and a failed verdict', async () => {
    const r = await runPolicyAudit({ options: options({ 'cpu-hour-budget': '100', 'fail-on-budget': 'true' }), event: { eventName: 'schedule', labels: [] }, baseDir: '.', fetch: false, api, now: NOW });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['ci-budget/over-budget']);
    expect(r.budget?.failed).toBe(true);
    const { policyAuditFailed, policyAuditJson } = await import('../../packages/core/src/policy/index.ts');
    expect(policyAuditFailed(r, 'none')).toBe(true);
    expect(policyAuditJson(r, 'high', NOW.toISOString()).data.cpuHours).toBe(EXPECTED_CPU_HOURS);
  });

  it('without a token it says which input to set', async () => {
    await expect(runPolicyAudit({ options: options({ 'cpu-hour-budget': '1' }), event: { eventName: 'schedule', labels: [] }, baseDir: '.', fetch: false })).rejects.toMatchObject({ input: 'token' });
  });
});

describe('ai-provenance reviewer team through the API', () => {
  let repo: TempRepo;
  let base = '';
  let head = '';
  beforeAll(() => {
    repo = makeRepo('bulkhead-api-ai-');
    base = repo.commit('base', { 'a.ts': 'a\n' });
    head = repo.commit('Agent change\n\nCo-Authored-By: Claude <noreply@anthropic.com>', { 'b.ts': 'b\n' });
  });
  afterAll(() => repo?.cleanup());

  async function audit(pull: number, team: string) {
    const { options } = parseOptions(POLICY_AUDIT_DECL, [{ checks: 'ai-provenance', 'ai-reviewer-team': team }]);
    const event = { eventName: 'pull_request', base, head, labels: [], ref: `#${pull}`, repository: 'acme/app' };
    const r = await runPolicyAudit({ options, event, baseDir: repo.dir, fetch: false, api });
    return r.findings.filter((f) => f.ruleId !== 'ai-provenance/ai-commit').map((f) => f.ruleId);
  }

  it('passes when the team is requested or a member approved last; fails otherwise; a 403 on members is its own finding', async () => {
    expect(await audit(1, 'acme/security-review')).toEqual([]); // team requested
    expect(await audit(2, 'acme/security-review')).toEqual([]); // a member's approval
    expect(await audit(3, 'acme/security-review')).toEqual(['ai-provenance/missing-reviewer-team']); // approved by a non-member
    expect(await audit(4, 'acme/security-review')).toEqual(['ai-provenance/missing-reviewer-team']); // the member's last review asks for changes
    expect(await audit(5, 'locked-org/security-review')).toEqual(['ai-provenance/reviewers-unreadable']);
    expect(fake.invalid).toEqual([]);
  });
});

