// The reusable workflows, the release and CI workflows and the caller examples, checked against what they call:
// inputs passed exist in the Bulkhead action's declaration or the reusable workflow's workflow_call, outputs read
// exist, required inputs and secrets are given; plus the hygiene rules (permissions per job, SHA pins with a
// version comment, checkouts without stored credentials, no expressions inside run: scripts). Each check is also
// run on a deliberately broken copy, so it is shown to fail.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS } from '../../packages/cli/src/commands/index.ts';
import { ROOT } from '../../scripts/bundle.ts';
import { planOutputs, planRelease } from '../../scripts/release-check.ts';
import {
  bulkheadAction,
  checkCallerPermissions,
  checkCallInputs,
  checkCheckouts,
  checkOutputRefs,
  checkPermissions,
  checkPinConsistency,
  checkPins,
  checkRunScripts,
  expressions,
  MAJOR_REF,
  parseWorkflow,
  REPO_SLUG,
} from '../support/workflow-checks.ts';

const yamlIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `${dir}/${f}`)
    .sort();
const FILES = [...yamlIn('.github/workflows'), ...yamlIn('examples')];
const TEXT: Record<string, string> = Object.fromEntries(FILES.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));
const CHECKS = { checkCallInputs, checkCallerPermissions, checkOutputRefs, checkPermissions, checkPins, checkCheckouts, checkRunScripts };

/** `text` with `from` replaced by `to` (which must occur, so a mutation can never silently test nothing). */
function mutate(text: string, from: string, to: string): string {
  expect(text.includes(from), `mutation source not found: ${from}`).toBe(true);
  return text.replace(from, to);
}

describe('workflows and examples', () => {
  it('finds the reusable workflows, the release workflow and the five examples', () => {
    expect(FILES).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/pipeline.yml',
        '.github/workflows/nightly-audit.yml',
        '.github/workflows/release.yml',
        'examples/pr-scan.yml',
        'examples/push-pipeline.yml',
        'examples/nightly-audit.yml',
        'examples/deploy-gated.yml',
        'examples/egress-block.yml',
      ]),
    );
  });

  describe.each(FILES)('%s', (file) => {
    it.each(Object.keys(CHECKS))('%s finds nothing', (name) => {
      expect(CHECKS[name as keyof typeof CHECKS](TEXT[file])).toEqual([]);
    });
  });

  it('pins each third-party action to one SHA and one version across all files', () => {
    expect(checkPinConsistency(TEXT)).toEqual([]);
    const other = mutate(TEXT['examples/pr-scan.yml'], 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0', `actions/checkout@${'ab'.repeat(20)} # v5.0.0`);
    expect(checkPinConsistency({ ...TEXT, 'examples/pr-scan.yml': other })).toEqual([expect.stringMatching(/actions\/checkout@abab.* differs from/)]);
  });
});

describe('pipeline.yml', () => {
  const text = TEXT['.github/workflows/pipeline.yml'];
  const wf = parseWorkflow(text);

  it('runs every action but policy-audit, in the order the build needs', () => {
    const names = wf.jobs.build.steps!.map((s) => bulkheadAction(s.uses)?.name ?? (s.run !== undefined ? 'run' : s.uses!.split('@')[0]));
    expect(names).toEqual(['egress-gate', 'actions/checkout', 'secret-scan', 'actions/setup-node', 'run', 'secret-scan', 'run', 'actions/upload-artifact', 'diff-telemetry', 'double-write']);
    expect(wf.jobs.gate.steps!.map((s) => bulkheadAction(s.uses)?.name)).toContain('oauth-signature-gate');
    expect(wf.jobs.deploy.needs).toEqual(['build', 'gate']);
  });

  it('maps the documented workflow outputs and declares its secrets', () => {
    const call = wf.on!.workflow_call!;
    expect(Object.keys(call.outputs!)).toEqual(expect.arrayContaining(['findings', 'digest', 'alert', 'risk-coefficient']));
    expect(Object.keys(call.secrets!)).toEqual(expect.arrayContaining(['aws-access-key-id', 'azure-connection-string', 'encryption-key', 'gate-client-secret']));
    expect(call.inputs!['build-command'].required).toBe(true);
  });

  it('gives security-events: write to the code-scanning job only, and write scopes to no other job', () => {
    for (const [id, job] of Object.entries(wf.jobs)) {
      const writes = Object.entries(job.permissions as Record<string, string>).filter(([, v]) => v === 'write').map(([k]) => k);
      expect(writes, id).toEqual(id === 'code-scanning' ? ['security-events'] : []);
    }
  });

  // Each check against a broken copy: the mistake it exists to catch.
  const broken: [string, keyof typeof CHECKS, string, string, RegExp][] = [
    ['an unknown action input', 'checkCallInputs', '          mode: tree\n', '          mode: tree\n          no-such-input: x\n', /secret-scan has no input 'no-such-input'/],
    ['an action that does not exist', 'checkCallInputs', 'bulkhead/actions/diff-telemetry@v1', 'bulkhead/actions/diff-telemetri@v1', /diff-telemetri@v1 is not a Bulkhead action/],
    ['a required action input left out', 'checkCallInputs', '          source: ${{ inputs.artifacts }}\n', '', /required input 'source' of double-write not given/],
    ['an action output that does not exist', 'checkOutputRefs', 'digest: ${{ steps.store.outputs.digest }}', 'digest: ${{ steps.store.outputs.digests }}', /step 'store' .*has no output 'digests'/],
    ['a run step output that is not written', 'checkOutputRefs', 'echo "findings=', 'echo "finding=', /step 'count' \(run\) has no output 'findings'/],
    ['a step read before it runs', 'checkOutputRefs', 'TREE: ${{ steps.scan-tree.outputs.findings }}', 'TREE: ${{ steps.store.outputs.digest }}', /steps\.store runs later/],
    ['a job output that does not exist', 'checkOutputRefs', 'digest: ${{ needs.build.outputs.digest }}', 'digest: ${{ needs.build.outputs.nope }}', /job 'build' has no output 'nope'/],
    ['a job not in needs', 'checkOutputRefs', 'needs: [build, gate]', 'needs: gate', /needs\.build is not in jobs\.deploy\.needs/],
    ['a workflow output from a missing job output', 'checkOutputRefs', 'value: ${{ jobs.build.outputs.alert }}', 'value: ${{ jobs.build.outputs.alerts }}', /outputs\.alert: job 'build' has no output 'alerts'/],
    ['an undeclared input', 'checkOutputRefs', 'issuer: ${{ inputs.gate-issuer }}', 'issuer: ${{ inputs.gate-isuer }}', /inputs\.gate-isuer is not a declared input/],
    ['an undeclared secret', 'checkOutputRefs', 'token: ${{ secrets.gate-token }}', 'token: ${{ secrets.gate-tokn }}', /secrets\.gate-tokn is not a declared secret/],
    ['an untyped workflow input', 'checkOutputRefs', '        type: string\n        required: true\n', '        required: true\n', /inputs\.build-command: no type/],
    ['an input nothing uses', 'checkOutputRefs', '      artifact-name:\n', '      unused-input:\n        type: string\n        default: ""\n      artifact-name:\n', /inputs\.unused-input: declared but never used/],
    ['a secret nothing uses', 'checkOutputRefs', '      deploy-token:\n', '      spare-token:\n        required: false\n      deploy-token:\n', /secrets\.spare-token: declared but never used/],
    ['a job without permissions', 'checkPermissions', '    permissions: {}\n    outputs:\n      approved:', '    outputs:\n      approved:', /jobs\.gate: no permissions/],
    ['broad top-level permissions', 'checkPermissions', 'permissions:\n  contents: read\n\njobs:', 'permissions: write-all\n\njobs:', /top level must be exactly `contents: read`/],
    ['a tag instead of a SHA', 'checkPins', 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0', 'actions/checkout@v5', /actions\/checkout@v5 is not pinned/],
    ['a SHA without its version', 'checkPins', '5d4e8d1aca955e8d8589aabd499c5cae939e33c7 # v4.31.9', '5d4e8d1aca955e8d8589aabd499c5cae939e33c7', /has no '# vX\.Y\.Z' comment/],
    ['a Bulkhead action off the major tag', 'checkPins', 'bulkhead/actions/egress-gate@v1', 'bulkhead/actions/egress-gate@main', /should use the moving major tag @v1/],
    ['a checkout that keeps the token', 'checkCheckouts', '          persist-credentials: false\n', '', /checkout without persist-credentials: false/],
    ['an input expanded in a script', 'checkRunScripts', 'run: eval "$BULKHEAD_BUILD_COMMAND"', 'run: ${{ inputs.build-command }}', /expands \$\{\{ inputs\.build-command \}\}/],
    ['event data expanded in a script', 'checkRunScripts', 'run: eval "$BULKHEAD_DEPLOY_COMMAND"', 'run: echo "${{ github.event.head_commit.message }}"', /expands \$\{\{ github\.event\.head_commit\.message \}\}/],
  ];
  it.each(broken)('fails on %s', (_, check, from, to, message) => {
    expect(CHECKS[check](text)).toEqual([]);
    expect(CHECKS[check](mutate(text, from, to))).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });
});

describe('nightly-audit.yml', () => {
  const wf = parseWorkflow(TEXT['.github/workflows/nightly-audit.yml']);
  const cli = (command: string) => wf.jobs.merge.steps!.concat(wf.jobs.telemetry.steps!).map((s) => s.run ?? '').filter((r) => r.includes(`index.js ${command}`));

  it('scans the full history sharded over the matrix and keeps the telemetry history in a file', () => {
    const scan = wf.jobs.scan.steps!.find((s) => bulkheadAction(s.uses)?.name === 'secret-scan')!;
    expect(scan.with).toMatchObject({ mode: 'history', shard: '${{ matrix.shard }}/${{ inputs.shards }}' });
    expect(wf.jobs.scan.steps!.find((s) => s.uses?.startsWith('actions/checkout@'))!.with!['fetch-depth']).toBe(0);
    const telemetry = wf.jobs.telemetry.steps!.find((s) => bulkheadAction(s.uses)?.name === 'diff-telemetry')!;
    expect(String(telemetry.with!.history)).toMatch(/^file:/);
    expect(wf.jobs.pages.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  // The CLI's own registry says which flags exist; a renamed or removed flag fails here before a nightly run does.
  it('calls the CLI with flags its commands declare', () => {
    const dashboard = COMMANDS.find((c) => c.name === 'dashboard')!;
    const merge = COMMANDS.find((c) => c.name === 'sarif merge')!;
    const [dashboardRun] = cli('dashboard');
    const [mergeRun] = cli('sarif merge');
    expect(dashboardRun && mergeRun).toBeTruthy();
    const flags = (run: string) => [...run.matchAll(/\s--([\w-]+)/g)].map((m) => m[1]);
    const dashboardFlags = dashboard.decl!.options.map((o) => o.name);
    expect(flags(dashboardRun).filter((f) => !dashboardFlags.includes(f))).toEqual([]);
    expect(flags(mergeRun).every((f) => merge.usage!.includes(`--${f}`))).toBe(true);
    expect(flags('x --reports r --titel t').filter((f) => !dashboardFlags.includes(f))).toEqual(['titel']);
  });
});

describe('release.yml', () => {
  const wf = parseWorkflow(TEXT['.github/workflows/release.yml']);

  it('runs check-dist and the release plan before the job that can write tags', () => {
    const verify = wf.jobs.verify.steps!.map((s) => s.run ?? '');
    expect(verify.some((r) => /npm run check-dist\b/.test(r))).toBe(true);
    expect(verify.some((r) => /release-check/.test(r))).toBe(true);
    expect(wf.jobs.verify.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.release.needs).toBe('verify');
    expect(wf.jobs.release.permissions).toEqual({ contents: 'write' });
  });

  it('reads only the outputs release-check prints', () => {
    const read = new Set<string>();
    for (const value of Object.values(wf.jobs.verify.outputs!)) {
      for (const e of expressions({ text: value, isIf: false })) for (const m of e.matchAll(/steps\.plan\.outputs\.([\w-]+)/g)) read.add(m[1]);
    }
    const result = planRelease({ version: '1.0.0', changelog: '## [1.0.0] - 2026-12-01\n\n- First.\n', packageVersion: '1.0.0', coreVersion: '1.0.0', tags: [] });
    expect('plan' in result).toBe(true);
    const printed = Object.keys(planOutputs((result as { plan: Parameters<typeof planOutputs>[0] }).plan));
    expect([...read].sort()).toEqual(printed.sort());
  });
});

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('references every example', () => {
    for (const f of FILES.filter((x) => x.startsWith('examples/'))) expect(readme, `README.md should link ${f}`).toContain(`](${f})`);
  });

  it('every Bulkhead ref in the docs uses the moving major tag the workflows use', () => {
    const docs = ['README.md', 'RELEASING.md', ...readdirSync(join(ROOT, 'actions')).map((a) => `actions/${a}/README.md`)];
    const refs = docs.flatMap((f) => {
      let text = '';
      try {
        text = readFileSync(join(ROOT, f), 'utf8');
      } catch {
        return [];
      }
      const uses = [...text.matchAll(new RegExp(`${REPO_SLUG}(?:/[\\w./-]+)?@([\\w.-]+)`, 'g'))].map((m) => `${f}: @${m[1]}`);
      const checkouts = [...text.matchAll(new RegExp(`repository: ${REPO_SLUG}, ref: ([\\w.-]+)`, 'g'))].map((m) => `${f}: @${m[1]}`);
      return [...uses, ...checkouts];
    });
    expect(refs.length).toBeGreaterThan(5);
    expect(refs.filter((r) => !r.endsWith(`@${MAJOR_REF}`))).toEqual([]);
  });

  it('"Adopt in one line" calls pipeline.yml at the major tag with inputs it declares', () => {
    const section = readme.slice(readme.indexOf('## Adopt in one line'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)![1];
    const uses = (parse(block) as { jobs: Record<string, { uses: string }> }).jobs;
    expect(Object.values(uses).map((j) => j.uses)).toEqual([`${REPO_SLUG}/.github/workflows/pipeline.yml@v1`]);
    // As a workflow of its own, the snippet passes the input and permission checks (the call is resolved to the local file).
    expect(checkCallInputs(block)).toEqual([]);
    expect(checkCallerPermissions(block)).toEqual([]);
    expect(checkCallerPermissions(block.replace(/\n\s*actions: read\n/, '\n'))).toEqual([expect.stringMatching(/'actions: read'/)]);
    expect(checkCallInputs(block.replace('build-command:', 'build-cmd:'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/no input 'build-cmd'/), expect.stringMatching(/required input 'build-command'/)]),
    );
  });
});

describe('examples', () => {
  const broken: [string, string, string, RegExp][] = [
    ['examples/push-pipeline.yml', '      build-command: npm ci && npm run build\n', '', /required input 'build-command' of \.github\/workflows\/pipeline\.yml not given/],
    ['examples/push-pipeline.yml', '      artifacts: dist/**\n', '      artifact: dist/**\n', /declares no input 'artifact'/],
    ['examples/deploy-gated.yml', '      gate-client-secret:', '      gate-secret:', /declares no secret 'gate-secret'/],
    ['examples/push-pipeline.yml', 'needs.build.outputs.digest', 'needs.build.outputs.digests', /job 'build' has no output 'digests'/],
    ['examples/nightly-audit.yml', '      shards: 4\n', '      shard: 4\n', /nightly-audit\.yml declares no input 'shard'/],
    ['examples/egress-block.yml', '      fail-on-blocked: "true"\n', '      fail-on-blocked: true\n', /declares it a string, given the boolean true/],
    ['examples/push-pipeline.yml', '      security-events: write # the pipeline', '      security-events: read # the pipeline', /job 'code-scanning' asks for 'security-events: write'/],
    ['examples/nightly-audit.yml', '      id-token: write # deploy-pages\n', '', /job 'pages' asks for 'id-token: write'/],
    ['examples/pr-scan.yml', '          fail-on: medium\n', '          fail-on: medium\n          fail_on: medium\n', /secret-scan has no input 'fail_on'/],
  ];
  it.each(broken)('%s: a broken copy fails (%s)', (file, from, to, message) => {
    const check = (t: string) => [...checkCallInputs(t), ...checkOutputRefs(t), ...checkCallerPermissions(t)];
    expect(check(TEXT[file])).toEqual([]);
    expect(check(mutate(TEXT[file], from, to))).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });
});
