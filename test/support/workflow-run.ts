// Runs one job of a workflow file the way the runner does, as far as a test needs: steps in order, `if:` evaluated
// (status functions, contexts, ==, !=, &&, ||, !), `${{ }}` in with/env/outputs filled from the contexts, each
// `run:` in bash with its env and its own GITHUB_OUTPUT, Bulkhead actions through the runner-contract harness
// (their dist/ bundles), and every other action through an emulation the test supplies (so a step the test does
// not know about fails the run instead of being skipped). Job outputs are evaluated at the end.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { globSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { ROOT } from '../../scripts/bundle.ts';
import { runAction } from './harness.ts';
import { parseKeyValueFile } from './runner-files.ts';
import { bulkheadAction, type Workflow } from './workflow-checks.ts';

type Job = Workflow['jobs'][string];
type Step = NonNullable<Job['steps']>[number];
export type Value = string | number | boolean | null | undefined | Value[] | { [k: string]: Value };

export interface StepResult {
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  log: string;
}

export interface JobContext {
  workspace: string;
  runnerTemp: string;
  inputs: Record<string, Value>;
  github: Record<string, string>;
  matrix?: Record<string, Value>;
  needs?: Record<string, { result: string; outputs: Record<string, string> }>;
  secrets?: Record<string, string>;
  /** Emulations of other actions, by `owner/repo[/path]` (the `uses:` before `@`); they may return outputs. */
  actions: Record<string, Emulation>;
  /** Bulkhead actions not to run for real here (egress-gate would change the host's firewall), by name. */
  bulkhead?: Record<string, Emulation>;
  /** The event payload (GITHUB_EVENT_PATH) the Bulkhead actions read. */
  payload?: object;
  /** Extra environment of every step (the runner's service URLs and tokens). */
  env?: Record<string, string>;
}

type Emulation = (w: Record<string, string>, ctx: JobContext) => Record<string, string> | void | Promise<Record<string, string> | void>;

export interface JobResult {
  result: 'success' | 'failure';
  outputs: Record<string, string>;
  steps: Record<string, StepResult>;
}

// --- expressions -------------------------------------------------------------------------------------------------

type Tok = { t: 'str' | 'num' | 'id' | 'op'; v: string };

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  const re = /\s*(?:'((?:[^']|'')*)'|(\d+(?:\.\d+)?)|([A-Za-z_][\w.-]*)|(&&|\|\||==|!=|!|\(|\)|,))/y;
  let at = 0; // a failed sticky match resets lastIndex, so the position is kept here
  let m: RegExpExecArray | null;
  while (at < src.length && (m = re.exec(src))) {
    at = re.lastIndex;
    if (m[1] !== undefined) toks.push({ t: 'str', v: m[1].replace(/''/g, "'") });
    else if (m[2] !== undefined) toks.push({ t: 'num', v: m[2] });
    else if (m[3] !== undefined) toks.push({ t: 'id', v: m[3] });
    else toks.push({ t: 'op', v: m[4] });
  }
  if (src.slice(at).trim() !== '') throw new Error(`expression not understood: ${src}`);
  return toks;
}

/** Truthiness and comparison as GitHub's expression language defines them (loosely: strings compare case-insensitively). */
const truthy = (v: Value) => !(v === false || v === null || v === undefined || v === 0 || v === '');
const eq = (a: Value, b: Value) => (typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : String(a ?? '') === String(b ?? ''));

/** hashFiles(patterns…): '' when no file matches under the workspace, else a SHA-256 over the matching files. */
function hashFiles(workspace: string, patterns: Value[]): string {
  const files = patterns.flatMap((p) => globSync(String(p), { cwd: workspace })).filter((f) => statSync(join(workspace, f)).isFile()).sort();
  if (files.length === 0) return '';
  const h = createHash('sha256');
  for (const f of files) h.update(createHash('sha256').update(readFileSync(join(workspace, f))).digest());
  return h.digest('hex');
}

export function evaluate(src: string, lookup: (path: string) => Value, status: { failed: boolean; workspace?: string }): Value {
  const toks = tokenize(src);
  let i = 0;
  const peek = () => toks[i];
  const take = (v?: string) => {
    const t = toks[i++];
    if (!t || (v && t.v !== v)) throw new Error(`expected ${v ?? 'a token'} in: ${src}`);
    return t;
  };
  const primary = (): Value => {
    const t = take();
    if (t.t === 'str') return t.v;
    if (t.t === 'num') return Number(t.v);
    if (t.v === '(') {
      const v = or();
      take(')');
      return v;
    }
    if (t.v === '!') return !truthy(primary());
    if (t.t !== 'id') throw new Error(`unexpected ${t.v} in: ${src}`);
    if (t.v === 'true' || t.v === 'false') return t.v === 'true';
    if (peek()?.v === '(') {
      take('(');
      const args: Value[] = [];
      while (peek()?.v !== ')') {
        args.push(or());
        if (peek()?.v === ',') take(',');
      }
      take(')');
      const fn = t.v.toLowerCase();
      if (fn === 'always') return true;
      if (fn === 'cancelled') return false;
      if (fn === 'success') return !status.failed;
      if (fn === 'failure') return status.failed;
      if (fn === 'fromjson') return JSON.parse(String(args[0])) as Value;
      if (fn === 'contains') return Array.isArray(args[0]) ? args[0].some((x) => eq(x, args[1])) : String(args[0]).toLowerCase().includes(String(args[1]).toLowerCase());
      if (fn === 'hashfiles' && status.workspace) return hashFiles(status.workspace, args);
      if (fn === 'format') return String(args[0]).replace(/\{(\d+)\}/g, (_, n) => String(args[Number(n) + 1] ?? ''));
      throw new Error(`function ${t.v} not emulated (in: ${src})`);
    }
    return lookup(t.v);
  };
  const cmp = (): Value => {
    let v = primary();
    while (peek()?.v === '==' || peek()?.v === '!=') {
      const op = take().v;
      const r = primary();
      v = op === '==' ? eq(v, r) : !eq(v, r);
    }
    return v;
  };
  const and = (): Value => {
    let v = cmp();
    while (peek()?.v === '&&') {
      take();
      const r = cmp();
      v = truthy(v) ? r : v;
    }
    return v;
  };
  const or = (): Value => {
    let v = and();
    while (peek()?.v === '||') {
      take();
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  };
  const v = or();
  if (i !== toks.length) throw new Error(`trailing tokens in: ${src}`);
  return v;
}

const asString = (v: Value) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

// --- the job -----------------------------------------------------------------------------------------------------

export async function runJob(job: Job, ctx: JobContext): Promise<JobResult> {
  const steps: Record<string, StepResult> = {};
  const status = { failed: false, workspace: ctx.workspace };
  const lookup = (path: string): Value => {
    const [head, ...rest] = path.split('.');
    const root: Record<string, Value> = {
      inputs: ctx.inputs,
      github: ctx.github,
      matrix: ctx.matrix ?? {},
      secrets: ctx.secrets ?? {},
      runner: { temp: ctx.runnerTemp, os: 'Linux' },
      needs: (ctx.needs ?? {}) as unknown as Value,
      steps: Object.fromEntries(Object.entries(steps).map(([k, s]) => [k, { outcome: s.outcome, conclusion: s.outcome, outputs: s.outputs }])),
    };
    if (!(head in root)) throw new Error(`context ${head} not emulated (${path})`);
    let v: Value = root[head];
    for (const k of rest) v = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, Value>)[k] : undefined;
    return v;
  };
  const fill = (text: unknown): string =>
    typeof text === 'string' ? text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => asString(evaluate(e, lookup, status))) : asString(text as Value);
  const fillMap = (m: Record<string, unknown> | undefined) => Object.fromEntries(Object.entries(m ?? {}).map(([k, v]) => [k, fill(v)]));

  for (const [i, step] of (job.steps ?? []).entries()) {
    const key = step.id ?? `#${i}`;
    const cond = typeof step.if === 'string' ? step.if.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1') : step.if === undefined ? '' : String(step.if);
    const usesStatus = /\b(always|cancelled|success|failure)\s*\(/i.test(cond);
    const run = (usesStatus || !status.failed) && (cond === '' || truthy(evaluate(cond, lookup, status)));
    if (!run) {
      steps[key] = { outcome: 'skipped', outputs: {}, log: '' };
      continue;
    }
    const result = await runStep(step, ctx, fill, fillMap);
    steps[key] = result;
    if (result.outcome === 'failure' && step['continue-on-error'] !== true) status.failed = true;
  }
  const outputs = Object.fromEntries(Object.entries(job.outputs ?? {}).map(([k, v]) => [k, fill(v)]));
  return { result: status.failed ? 'failure' : 'success', outputs, steps };
}

async function runStep(step: Step, ctx: JobContext, fill: (t: unknown) => string, fillMap: (m: Record<string, unknown> | undefined) => Record<string, string>): Promise<StepResult> {
  const env = fillMap(step.env as Record<string, unknown> | undefined);
  if (typeof step.run === 'string') {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-step-'));
    try {
      const outputFile = join(dir, 'output');
      writeFileSync(outputFile, '');
      const script = join(dir, 'script.sh');
      writeFileSync(script, step.run);
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
        cwd: ctx.workspace,
        encoding: 'utf8',
        env: {
          PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}`,
          HOME: process.env.HOME,
          LANG: 'C.UTF-8',
          CI: 'true',
          GITHUB_OUTPUT: outputFile,
          GITHUB_WORKSPACE: ctx.workspace,
          RUNNER_TEMP: ctx.runnerTemp,
          ...ctx.env,
          ...env,
        },
      });
      return { outcome: r.status === 0 ? 'success' : 'failure', outputs: parseKeyValueFile(readFileSync(outputFile, 'utf8')), log: `${r.stdout}${r.stderr}` };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const inputs = fillMap(step.with as Record<string, unknown> | undefined);
  const decl = bulkheadAction(step.uses);
  if (decl && !ctx.bulkhead?.[decl.name]) {
    const r = await runAction(join(ROOT, 'dist', decl.name), {
      inputs,
      workspace: ctx.workspace,
      eventName: ctx.github.event_name,
      payload: ctx.payload,
      env: {
        ...ctx.env, RUNNER_TEMP: ctx.runnerTemp, GITHUB_WORKSPACE: ctx.workspace, GITHUB_RUN_ID: ctx.github.run_id, GITHUB_RUN_NUMBER: ctx.github.run_number, GITHUB_SHA: ctx.github.sha, GITHUB_WORKFLOW: ctx.github.workflow, ...(ctx.github.ref ? { GITHUB_REF: ctx.github.ref } : {}), ...env },
      timeoutMs: 120_000,
    });
    return { outcome: r.exitCode === 0 ? 'success' : 'failure', outputs: r.outputs, log: r.allOutputText };
  }
  const name = step.uses?.split('@')[0] ?? '';
  const emulate = decl ? ctx.bulkhead?.[decl.name] : ctx.actions[name];
  if (!emulate) throw new Error(`no emulation for ${step.uses} (step ${step.name ?? step.id ?? '?'})`);
  try {
    return { outcome: 'success', outputs: (await emulate(inputs, ctx)) ?? {}, log: '' };
  } catch (e) {
    return { outcome: 'failure', outputs: {}, log: (e as Error).message };
  }
}
