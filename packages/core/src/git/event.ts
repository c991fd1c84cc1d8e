// Pure mapping from a GitHub event payload to the range a run is about.
// The runner feeds it @actions/github's context; tests feed it payload fixtures.
import type { EventContext } from './types.ts';

/** Used when GITHUB_EVENT_NAME is unset (local runs, act without an event): no range, head = sha. */
export const DEFAULT_EVENT_NAME = 'workflow_dispatch';

const ZERO_SHA = /^0+$/;

/** The non-payload values the runner knows from its environment. */
export interface EventEnv {
  sha?: string;
  repository?: string;
  runId?: string | number;
  runNumber?: number;
  workflow?: string;
  ref?: string;
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function labelsOf(pr: Json): string[] {
  const labels = Array.isArray(pr.labels) ? pr.labels : [];
  return labels.map((l) => str(obj(l)?.name)).filter((n): n is string => n !== undefined);
}

export function eventFromPayload(eventName: string | undefined, payload: unknown, env: EventEnv = {}): EventContext {
  const name = str(eventName) ?? DEFAULT_EVENT_NAME;
  const p = obj(payload) ?? {};
  const runId = env.runId === undefined || Number.isNaN(env.runId) ? undefined : String(env.runId);
  const ev: EventContext = {
    eventName: name,
    labels: [],
    head: str(env.sha),
    sha: str(env.sha),
    repository: str(env.repository) ?? str(obj(p.repository)?.full_name),
    runId,
    runNumber: num(env.runNumber),
    workflow: str(env.workflow),
    ref: str(env.ref),
    defaultBranch: str(obj(p.repository)?.default_branch),
  };

  if (name === 'pull_request' || name === 'pull_request_target') {
    const pr = obj(p.pull_request);
    if (pr) {
      ev.base = str(obj(pr.base)?.sha);
      ev.head = str(obj(pr.head)?.sha) ?? ev.head;
      ev.labels = labelsOf(pr);
      ev.commitCount = num(pr.commits);
      ev.createdAt = str(pr.created_at);
      const n = num(pr.number);
      if (n !== undefined) ev.ref = `#${n}`;
    }
  } else if (name === 'push') {
    const before = str(p.before);
    ev.base = before !== undefined && !ZERO_SHA.test(before) ? before : undefined;
    ev.head = str(p.after) ?? ev.head;
    if (p.created === true || (before !== undefined && ZERO_SHA.test(before))) ev.created = true;
    if (Array.isArray(p.commits)) ev.commitCount = p.commits.length;
    ev.ref = str(p.ref) ?? ev.ref;
  } else if (name === 'merge_group') {
    const mg = obj(p.merge_group);
    if (mg) {
      ev.base = str(mg.base_sha);
      ev.head = str(mg.head_sha) ?? ev.head;
      ev.ref = str(mg.head_ref) ?? ev.ref;
    }
  }
  return ev;
}
