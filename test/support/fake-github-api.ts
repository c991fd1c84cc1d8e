// A local GitHub REST API for tests: serves the endpoints a test registers on 127.0.0.1, and validates every
// response it sends against GitHub's official OpenAPI description (@octokit/openapi), so the fake cannot
// drift from the real API. Bodies start from the description's own examples, with the fields a test sets.
// Lists paginate as GitHub does (per_page, page, a Link header with next/last).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

type Json = Record<string, unknown>;
const require = createRequire(import.meta.url);
const SPEC_FILE = require.resolve('@octokit/openapi/generated/api.github.com.json');
const SPEC_ID = 'https://api.github.com/openapi.json';

let spec: Json | undefined;
let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/**
 * GitHub marks null-able enums `nullable: true` without listing null (a job's `conclusion` is null while it
 * runs, as the real API sends it); OpenAPI 3.0.3 wants null in the enum too, so Ajv would refuse those.
 * Read them as GitHub means them: add null to such enums.
 */
function nullableEnums(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(nullableEnums);
  if (node === null || typeof node !== 'object') return;
  const o = node as Json;
  if (o.nullable === true && Array.isArray(o.enum) && !o.enum.includes(null)) o.enum = [...o.enum, null];
  for (const v of Object.values(o)) nullableEnums(v);
}

function loadSpec(): { spec: Json; ajv: Ajv } {
  if (!spec || !ajv) {
    spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as Json;
    nullableEnums(spec.components);
    // OpenAPI 3.0 schemas carry keywords JSON Schema does not know (nullable is Ajv's; example, x-github...).
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s) && !Number.isNaN(Date.parse(s)));
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('email', (s: string) => /^[^@\s]+@[^@\s]+$/.test(s));
    ajv.addFormat('uuid', (s: string) => /^[0-9a-f-]{36}$/i.test(s));
    ajv.addFormat('date', (s: string) => /^\d{4}-\d\d-\d\d$/.test(s));
    // OpenAPI's int64 on integers: a whole number that fits a signed 64-bit integer.
    ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 63 });
    ajv.addSchema({ ...spec, $id: SPEC_ID });
  }
  return { spec, ajv };
}

/** JSON pointer segment, then URI-fragment encoded (the templates hold `{` `}`). */
const seg = (s: string) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'));

function validatorFor(template: string, status: number): ValidateFunction {
  const key = `${template} ${status}`;
  let v = compiled.get(key);
  if (v) return v;
  const { spec: s, ajv: a } = loadSpec();
  const responses = ((s.paths as Json)[template] as Json | undefined)?.get as Json | undefined;
  const declared = (responses?.responses as Json | undefined)?.[String(status)] as Json | undefined;
  const hasJson = !!((declared?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema;
  // An error status the description does not list for this path (403 on collaborators, 429) still has GitHub's error body.
  const ref = hasJson
    ? `${SPEC_ID}#/paths/${seg(template)}/get/responses/${status}/content/${seg('application/json')}/schema`
    : `${SPEC_ID}#/components/schemas/basic-error`;
  if (!hasJson && status < 400) throw new Error(`fake API: ${template} has no ${status} JSON response in the OpenAPI description`);
  v = a.compile({ $ref: ref });
  compiled.set(key, v);
  return v;
}

/** The description's own example, deep-copied: a realistic base for a body. */
export function example(name: string): Json {
  const { spec: s } = loadSpec();
  const ex = ((s.components as Json).examples as Json)[name] as Json | undefined;
  if (!ex) throw new Error(`fake API: no example ${name}`);
  return structuredClone(ex.value) as Json;
}

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

export interface FakeRequest {
  method: string;
  template: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  authorization: string | undefined;
}

export type Handler = (req: FakeRequest) => FakeReply | unknown[];

export interface FakeGitHub {
  url: string;
  /** Every request served, in order. */
  requests: FakeRequest[];
  /** Responses that failed validation (a test asserts this stays empty). */
  invalid: string[];
  /** Replies sent before the handler's for the next requests to a template (429s, secondary limits). */
  failNext(template: string, ...replies: FakeReply[]): void;
  close(): Promise<void>;
}

function matcher(template: string): RegExp {
  return new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
}

/** A list handler's items -> one page, as GitHub pages (per_page max 100), with the Link header. */
function pageOf(items: unknown[], req: FakeRequest, base: string): { body: unknown[]; link?: string } {
  const perPage = Math.min(100, Number(req.query.get('per_page') ?? 30) || 30);
  const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const body = items.slice((page - 1) * perPage, page * perPage);
  const at = (p: number) => {
    const q = new URLSearchParams(req.query);
    q.set('page', String(p));
    return `<${base}${req.path}?${q}>`;
  };
  const rels = page < last ? [`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`] : [];
  return rels.length ? { body, link: rels.join(', ') } : { body };
}

/**
 * `routes`: GET path templates exactly as in the description (`/repos/{owner}/{repo}/collaborators`). A
 * handler returns an array (a plain list, paginated here), or a reply; `wrap` names the object key that
 * holds a paginated list (`workflow_runs`, `jobs`), whose total_count is set here.
 */
export async function startFakeGitHub(routes: Record<string, Handler>, wrap: Record<string, string> = {}): Promise<FakeGitHub> {
  loadSpec();
  const table = Object.entries(routes).map(([template, handler]) => ({ template, re: matcher(template), handler, names: [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]) }));
  const queued = new Map<string, FakeReply[]>();
  const requests: FakeRequest[] = [];
  const invalid: string[] = [];
  let base = '';

  const send = (res: ServerResponse, template: string, reply: FakeReply) => {
    const status = reply.status ?? 200;
    const v = validatorFor(template, status);
    if (!v(reply.body)) {
      invalid.push(`${template} ${status}: ${v.errors?.slice(0, 3).map((e) => `${e.instancePath} ${e.message}`).join('; ')}`);
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'fake API: response does not match the OpenAPI description' }));
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', ...reply.headers });
    res.end(JSON.stringify(reply.body));
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', base);
    const route = req.method === 'GET' ? table.find((r) => r.re.test(url.pathname)) : undefined;
    if (!route) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }));
      return;
    }
    const m = route.re.exec(url.pathname)!;
    const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
    const fr: FakeRequest = { method: 'GET', template: route.template, path: url.pathname, params, query: url.searchParams, authorization: req.headers.authorization };
    requests.push(fr);
    const early = queued.get(route.template)?.shift();
    if (early) return send(res, route.template, early);
    const out = route.handler(fr);
    if (!Array.isArray(out)) return send(res, route.template, out as FakeReply);
    const key = wrap[route.template];
    const { body, link } = pageOf(out, fr, base);
    send(res, route.template, { body: key ? { total_count: out.length, [key]: body } : body, headers: link ? { link } : {} });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    invalid,
    failNext(template, ...replies) {
      queued.set(template, [...(queued.get(template) ?? []), ...replies]);
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** ISO 8601 to the second, as GitHub writes times. */
export const isoSecond = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export type Permission = 'admin' | 'maintain' | 'push' | 'triage' | 'pull';
const LEVELS: readonly Permission[] = ['pull', 'triage', 'push', 'maintain', 'admin'];
const first = (name: string, key?: string): Json => {
  const v = example(name) as unknown;
  return ((key ? (v as Json)[key] : v) as Json[])[0];
};

/**
 * Bodies built from the description's examples with the fields a test sets. Some of GitHub's own examples lack
 * properties its schema requires (the validator caught them): those are filled in here.
 */
export const bodies = {
  repository(fullName: string, visibility: 'public' | 'private' | 'internal'): Json {
    const r = example('full-repository-default-response');
    // The example (and its fork parents) lack the required `language`.
    delete r.source;
    delete r.parent;
    return { ...r, name: fullName.split('/')[1], full_name: fullName, visibility, private: visibility !== 'public', language: 'C' };
  },
  collaborator(login: string, permission: Permission, id: number): Json {
    const permissions = Object.fromEntries(LEVELS.map((l) => [l, LEVELS.indexOf(l) <= LEVELS.indexOf(permission)]));
    return { ...first('collaborator-items'), login, id, permissions, role_name: permission === 'push' ? 'write' : permission === 'pull' ? 'read' : permission };
  },
  team(slug: string, permission: Permission, id: number): Json {
    // The example lacks the required `type`.
    return { ...first('team-items'), id, slug, name: slug, permission, type: 'organization' };
  },
  workflowRun(id: number, createdMs: number): Json {
    const t = isoSecond(createdMs);
    return { ...first('workflow-run-paginated', 'workflow_runs'), id, name: 'CI', created_at: t, updated_at: t, run_started_at: t };
  },
  job(id: number, runId: number, labels: string[], startedMs: number, completedMs: number | null): Json {
    return {
      ...first('job-paginated', 'jobs'),
      id,
      run_id: runId,
      labels,
      created_at: isoSecond(startedMs),
      started_at: isoSecond(startedMs),
      completed_at: completedMs === null ? null : isoSecond(completedMs),
      status: completedMs === null ? 'in_progress' : 'completed',
      conclusion: completedMs === null ? null : 'success',
    };
  },
};

/** The API ci-budget reads, with one workflow run whose one job ran 2 h on `macos-14` (3 cores: 6 CPU-hours) 4 h ago. */
export function startCiBudgetGitHub(now = Date.now()): Promise<FakeGitHub> {
  return startFakeGitHub(
    {
      '/repos/{owner}/{repo}': () => ({ body: bodies.repository('acme/app', 'private') }),
      '/repos/{owner}/{repo}/actions/runs': () => [bodies.workflowRun(5, now - 4 * 3_600_000)],
      '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs': () => [bodies.job(6, 5, ['macos-14'], now - 4 * 3_600_000, now - 2 * 3_600_000)],
    },
    { '/repos/{owner}/{repo}/actions/runs': 'workflow_runs', '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs': 'jobs' },
  );
}
