// Runs a built action bundle the way the GitHub runner does: pre -> main -> post as separate node processes,
// INPUT_* env, pre-created GITHUB_OUTPUT/STATE/ENV/PATH/STEP_SUMMARY files, the event payload from
// GITHUB_EVENT_PATH, state carried to later phases as STATE_*; then parses everything back.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseKeyValueFile, parseWorkflowCommands } from './runner-files.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export type HarnessPhase = 'pre' | 'main' | 'post';

export interface HarnessOptions {
  inputs?: Record<string, string>;
  eventName?: string;
  payload?: object;
  workspace?: string;
  env?: Record<string, string>;
  phases?: HarnessPhase[];
  timeoutMs?: number;
  /**
   * action.yml whose input defaults are sent as INPUT_* (the runner does this). Default:
   * actions/<basename of bundleDir>/action.yml when it exists; false to send only `inputs`.
   */
  actionYml?: string | false;
  /** Values of `${{ ... }}` expressions in action.yml defaults, e.g. `{ 'github.token': 't' }` (unset: ''). */
  contexts?: Record<string, string>;
}

export interface PhaseResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface HarnessAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
  title?: string;
}

export interface HarnessResult {
  /** Exit code of main (or of the last phase run when main was not requested). */
  exitCode: number;
  phases: Partial<Record<HarnessPhase, PhaseResult>>;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  summary: string;
  masks: string[];
  annotations: HarnessAnnotation[];
  /** An `::error::` line and a non-zero exit in some phase: what setFailed produces. */
  failed: boolean;
  /** The `::error::` message lines of failed phases (setFailed's message). */
  failures: string[];
  /** stdout (minus `::add-mask::` lines) + stderr + summary + outputs + state + env, for never-prints-a-secret checks. */
  allOutputText: string;
}

const PHASE_FILE: Record<HarnessPhase, string> = { pre: 'pre.js', main: 'index.js', post: 'post.js' };

/** INPUT_<NAME>: upper-cased, spaces to `_`, hyphens kept (as the runner does). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function runNode(file: string, cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal) stderr += `\n[harness] killed by ${signal} (timeout ${timeoutMs} ms?)`;
      resolve({ exitCode: code ?? 128, stdout, stderr });
    });
  });
}

function toAnnotation(level: HarnessAnnotation['level'], p: Record<string, string>, message: string): HarnessAnnotation {
  const a: HarnessAnnotation = { level, message };
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  if (p.file !== undefined) a.file = p.file;
  if (p.line !== undefined) a.line = num(p.line);
  if (p.col !== undefined) a.col = num(p.col);
  if (p.endLine !== undefined) a.endLine = num(p.endLine);
  if (p.endColumn !== undefined) a.endColumn = num(p.endColumn);
  if (p.title !== undefined) a.title = p.title;
  return a;
}

/** `${{ expr }}` in a default, evaluated from these context values as the runner would (unknown: ''). */
function evaluate(text: string, contexts: Readonly<Record<string, string>>): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_m, name: string) => contexts[name] ?? '');
}

/** Input defaults from action.yml, as the runner fills them in for inputs the workflow does not set. */
export async function actionDefaults(
  bundleDir: string,
  actionYml?: string | false,
  contexts: Readonly<Record<string, string>> = {},
): Promise<Record<string, string>> {
  if (actionYml === false) return {};
  const file = actionYml ?? join(ROOT, 'actions', basename(bundleDir), 'action.yml');
  if (!existsSync(file)) return {};
  const yml = parse(await readFile(file, 'utf8')) as { inputs?: Record<string, { default?: unknown }> };
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(yml.inputs ?? {})) {
    if (input?.default !== undefined && input.default !== null) out[name] = evaluate(String(input.default), contexts);
  }
  return out;
}

export async function runAction(bundleDir: string, opts: HarnessOptions = {}): Promise<HarnessResult> {
  const tmp = await mkdtemp(join(tmpdir(), 'bulkhead-harness-'));
  try {
    const files = {
      GITHUB_OUTPUT: join(tmp, 'output'),
      GITHUB_STATE: join(tmp, 'state'),
      GITHUB_ENV: join(tmp, 'env'),
      GITHUB_PATH: join(tmp, 'path'),
      GITHUB_STEP_SUMMARY: join(tmp, 'summary.md'),
    };
    for (const f of Object.values(files)) await writeFile(f, '');
    const eventPath = join(tmp, 'event.json');
    await writeFile(eventPath, JSON.stringify(opts.payload ?? {}));
    const runnerTemp = join(tmp, 'runner-temp');
    await mkdir(runnerTemp);
    const workspace = opts.workspace ?? join(tmp, 'workspace');
    await mkdir(workspace, { recursive: true });

    // A clean environment: nothing from the developer's shell leaks in except what Node needs to run.
    const base: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: opts.eventName ?? 'workflow_dispatch',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: 'bulkhead-test/repo',
      GITHUB_REPOSITORY_OWNER: 'bulkhead-test',
      GITHUB_RUN_ID: '1001',
      GITHUB_RUN_NUMBER: '7',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_WORKFLOW: 'harness',
      GITHUB_JOB: 'test',
      GITHUB_ACTION: 'bulkhead',
      GITHUB_ACTOR: 'harness',
      RUNNER_TEMP: runnerTemp,
      RUNNER_OS: 'Linux',
      ...files,
    };
    const inputs = { ...(await actionDefaults(bundleDir, opts.actionYml, opts.contexts)), ...(opts.inputs ?? {}) };
    for (const [k, v] of Object.entries(inputs)) base[inputEnvName(k)] = v;
    Object.assign(base, opts.env ?? {});

    const phases: HarnessResult['phases'] = {};
    const wanted = opts.phases ?? ['pre', 'main', 'post'];
    let stateText = '';
    let lastExit = 0;
    for (const phase of ['pre', 'main', 'post'] as const) {
      const file = join(bundleDir, PHASE_FILE[phase]);
      if (!wanted.includes(phase) || !existsSync(file)) continue;
      // State saved by earlier phases arrives as STATE_<name>; each phase writes a fresh GITHUB_STATE.
      const env: NodeJS.ProcessEnv = { ...base };
      for (const [k, v] of Object.entries(parseKeyValueFile(stateText))) env[`STATE_${k}`] = v;
      await writeFile(files.GITHUB_STATE, '');
      const r = await runNode(file, workspace, env, opts.timeoutMs ?? 30_000);
      phases[phase] = r;
      lastExit = r.exitCode;
      stateText += `${await readFile(files.GITHUB_STATE, 'utf8')}\n`;
    }

    const read = (f: string) => readFile(f, 'utf8');
    const outputsText = await read(files.GITHUB_OUTPUT);
    const envText = await read(files.GITHUB_ENV);
    const summary = await read(files.GITHUB_STEP_SUMMARY);
    const masks: string[] = [];
    const annotations: HarnessAnnotation[] = [];
    const failures: string[] = [];
    let failed = false;
    let streams = '';
    for (const r of Object.values(phases)) {
      // The runner swallows `::add-mask::` lines (they carry the secret by design); everything else is shown.
      const shown = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
      streams += `${shown}\n${r.stderr}\n`;
      const errors: string[] = [];
      for (const c of parseWorkflowCommands(r.stdout)) {
        if (c.command === 'add-mask') masks.push(c.message);
        else if (c.command === 'error' || c.command === 'warning' || c.command === 'notice') {
          annotations.push(toAnnotation(c.command, c.properties, c.message));
          if (c.command === 'error' && Object.keys(c.properties).length === 0) errors.push(c.message);
        }
      }
      if (r.exitCode !== 0 && errors.length > 0) {
        failed = true;
        failures.push(...errors);
      }
    }
    return {
      exitCode: phases.main?.exitCode ?? lastExit,
      phases,
      outputs: parseKeyValueFile(outputsText),
      state: parseKeyValueFile(stateText),
      env: parseKeyValueFile(envText),
      path: (await read(files.GITHUB_PATH)).split('\n').filter(Boolean),
      summary,
      masks,
      annotations,
      failed,
      failures,
      allOutputText: [streams, summary, outputsText, stateText, envText].join('\n'),
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
