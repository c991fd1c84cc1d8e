// Proves the harness (and the runner package) against a real bundle of test/fixtures/fixture-action,
// built here into a temp dir with the same bundler that makes dist/.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleEntry, bundleTarget, ROOT } from '../../scripts/bundle.ts';
import { runAction } from '../support/harness.ts';
import { renderActionYml } from '../../scripts/gen-action-yml.ts';
import { fixtureDecl } from '../fixtures/fixture-action/src/decl.ts';

let outDir: string;
let dir: string;

// A credential-shaped value built at run time (never a literal in the repo).
const token = ['tok', 'en', '_', Math.random().toString(36).slice(2), 'Zq9'].join('');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulkhead-fixture-'));
  outDir = join(dir, 'fixture-action');
  // Transpile-only: root tsc already type-checks the fixture; this keeps the suite fast.
  await bundleTarget({ name: 'fixture-action', srcDir: join(ROOT, 'test/fixtures/fixture-action/src'), transpileOnly: true }, outDir);
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('harness on the fixture action', () => {
  it('carries outputs, masks, state, summary and annotations through pre -> main -> post', async () => {
    const r = await runAction(outDir, {
      inputs: { greeting: 'hi there', token, count: '3' },
      eventName: 'pull_request',
      payload: { pull_request: { number: 5, base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) }, labels: [{ name: 'x' }], commits: 2 } },
    });
    expect(r.phases.pre?.exitCode).toBe(0);
    expect(r.phases.post?.exitCode).toBe(0);
    expect(r.exitCode).toBe(0);
    expect(r.failed).toBe(false);

    expect(r.outputs.greeting).toBe('hi there x3');
    expect(r.outputs.multi).toBe('line one\nline two\nline three');
    const event = JSON.parse(r.outputs.event);
    expect(event).toMatchObject({ eventName: 'pull_request', base: 'a'.repeat(40), head: 'b'.repeat(40), labels: ['x'], commitCount: 2, runId: '1001', repository: 'bulkhead-test/repo' });

    // The secret input is masked before anything else is printed, and the derived one too.
    expect(r.masks).toContain(token);
    expect(r.masks).toContain(`derived-${token}-x`);
    const stdout = r.phases.main!.stdout;
    expect(stdout.indexOf(`::add-mask::${token}`)).toBeGreaterThanOrEqual(0);
    expect(stdout.indexOf(`::add-mask::${token}`)).toBeLessThan(stdout.indexOf('token has'));
    // Nothing the user would see carries the secret (the add-mask lines are hidden by the runner).
    expect(r.allOutputText).not.toContain(token);

    // State from pre and main reaches post as STATE_*.
    expect(r.state['from-main']).toBe('hi there|3');
    expect(r.state['from-pre']).toBe('pre-ran');
    expect(r.phases.post!.stdout).toContain('post sees from-main=hi there|3 from-pre=pre-ran');

    expect(r.summary).toContain('| greeting | hi there |');
    expect(r.summary).toContain('post: hi there|3');

    expect(r.annotations).toContainEqual({
      level: 'warning',
      message: 'first line\nsecond: line, with comma',
      file: 'src/a b.ts',
      line: 3,
      endLine: 4,
      col: 2,
      title: 'T: 1,2',
    });
    expect(r.annotations).toContainEqual({ level: 'notice', message: 'just a note' });
  });

  it('reports a user error as one setFailed line and exit code 1, without a stack', async () => {
    const r = await runAction(outDir, { inputs: { fail: 'true' }, phases: ['main'] });
    expect(r.exitCode).toBe(1);
    expect(r.failed).toBe(true);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toContain('the fixture was asked to fail');
    expect(r.failures[0]).toContain('Fix: set fail: false');
    expect(r.failures[0]).not.toContain('\n');
    expect(r.allOutputText).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('names the input and the fix for a bad input value', async () => {
    const r = await runAction(outDir, { inputs: { count: '99' }, phases: ['main'] });
    expect(r.exitCode).toBe(1);
    expect(r.failures[0]).toMatch(/count/);
    expect(r.failures[0]).toMatch(/Fix:/);
    const yes = await runAction(outDir, { inputs: { fail: 'yes' }, phases: ['main'] });
    expect(yes.failures[0]).toMatch(/fail/);
  });

  it('treats a non-user error as a bug: failed, with the stack in the log', async () => {
    const r = await runAction(outDir, { inputs: { crash: 'true' }, phases: ['main'] });
    expect(r.exitCode).toBe(1);
    expect(r.failures[0]).toBe('Unexpected error: fixture crashed on purpose');
    expect(r.phases.main!.stdout).toContain('This is a bug in Bulkhead');
  });

  it('reads the action section of .bulkhead.yml below the inputs', async () => {
    const ws = join(dir, 'ws');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(ws, { recursive: true });
    await writeFile(join(ws, '.bulkhead.yml'), 'fixture-action:\n  greeting: from-config\n  count: 2\n');
    const fromConfig = await runAction(outDir, { workspace: ws, phases: ['main'] });
    expect(fromConfig.outputs.greeting).toBe('from-config x2');
    const inputWins = await runAction(outDir, { workspace: ws, inputs: { count: '4' }, phases: ['main'] });
    expect(inputWins.outputs.greeting).toBe('from-config x4');
    await writeFile(join(ws, '.bulkhead.yml'), 'fixture-action:\n  greting: typo\n');
    const typo = await runAction(outDir, { workspace: ws, phases: ['main'] });
    expect(typo.exitCode).toBe(1);
    expect(typo.failures[0]).toContain('greeting');
  });

  it('input > config > default, with the action.yml the generator writes sent as the runner sends it', async () => {
    const ws = join(dir, 'ws-precedence');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(ws, { recursive: true });
    const actionYml = join(dir, 'action.yml');
    await writeFile(actionYml, renderActionYml(fixtureDecl));
    const run = (inputs: Record<string, string>) => runAction(outDir, { workspace: ws, actionYml, inputs, phases: ['main'] });
    // Declared defaults (greeting hello, count 1) apply when neither an input nor the config gives a value.
    expect((await run({})).outputs.greeting).toBe('hello x1');
    await writeFile(join(ws, '.bulkhead.yml'), 'fixture-action:\n  greeting: from-config\n  count: 2\n');
    expect((await run({})).outputs.greeting).toBe('from-config x2');
    // An input equal to its default still beats the config file, and so does any other value.
    expect((await run({ greeting: 'hello', count: '1' })).outputs.greeting).toBe('hello x1');
    expect((await run({ greeting: 'hi', count: '3' })).outputs.greeting).toBe('hi x3');
    expect((await run({ count: '1' })).outputs.greeting).toBe('from-config x1');
  });

  it('defaults the event when GITHUB_EVENT_NAME is absent', async () => {
    const r = await runAction(outDir, { env: { GITHUB_EVENT_NAME: '' }, phases: ['main'] });
    expect(JSON.parse(r.outputs.event)).toMatchObject({ eventName: 'workflow_dispatch', head: '0123456789abcdef0123456789abcdef01234567' });
  });

  it('bundles deterministically: same bytes on a rebuild into another directory', async () => {
    const again = await bundleEntry(join(ROOT, 'test/fixtures/fixture-action/src/pre.ts'), 'pre.js', true);
    expect(again.get('pre.js')!.equals(await readFile(join(outDir, 'pre.js')))).toBe(true);
  }, 120_000);
});
