// Labelled corpus builders for scanner accuracy tests and benches: realistic files with planted,
// generated secrets over every rule and family, hard negatives, and a real git history where
// secrets are added and later removed. Seeded: the same seed writes the same bytes.
import { mkdir, writeFile, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { BUILTIN_RULES, ruleById } from '@bulkhead/core';
import type { SecretRule } from '@bulkhead/core';
import { makeRng, generateSecret, generateNegative, NEGATIVE_KINDS, ALL_RULE_IDS_WITH_GENERATORS, pick, int, alnum } from './secret-gen.ts';
import type { Rng, Generated, NegativeKind } from './secret-gen.ts';

export interface PositiveLabel {
  path: string;
  /** 1-based line where the secret starts. */
  line: number;
  ruleFamily: string;
  ruleId: string;
  secret: string;
}
export interface NegativeLabel {
  path: string;
  line: number;
  kind: NegativeKind;
  text: string;
}
export interface Corpus {
  dir: string;
  files: string[];
  positives: PositiveLabel[];
  negatives: NegativeLabel[];
}

type Lang = 'js' | 'ts' | 'py' | 'go' | 'yaml' | 'json' | 'tf' | 'md' | 'env' | 'docker';

const FILLER: Record<Lang, string[]> = {
  js: ["import express from 'express';", 'const app = express();', "app.get('/health', (_req, res) => res.send('ok'));", 'module.exports = { app };', '// retry with backoff', 'const limit = Number(process.argv[2] ?? 10);'],
  ts: ["import { readFile } from 'node:fs/promises';", 'export interface Options { retries: number; verbose?: boolean }', 'export const DEFAULT_RETRIES = 3;', 'function clamp(n: number): number { return Math.max(0, Math.min(n, 100)); }', '// keep in sync with the schema'],
  py: ['import os', 'import logging', 'log = logging.getLogger(__name__)', 'def handler(event, context):', '    return {"status": 200}', 'TIMEOUT_SECONDS = 30', '# TODO: paginate'],
  go: ['package main', 'import "fmt"', 'func main() {', '\tfmt.Println("ready")', '}', 'const maxRetries = 5', '// Config holds runtime settings.'],
  yaml: ['version: 2', 'services:', '  web:', '    image: nginx:1.27', '    ports: ["8080:80"]', 'logging:', '  level: info', 'replicas: 3'],
  json: ['{', '  "name": "service",', '  "version": "1.4.2",', '  "private": true,', '  "timeoutMs": 5000,', '}'],
  tf: ['terraform {', '  required_version = ">= 1.6"', '}', 'resource "aws_s3_bucket" "logs" {', '  bucket = "app-logs"', '}', 'variable "region" { default = "eu-west-1" }'],
  md: ['# Setup', 'Run `npm install` then `npm start`.', '## Configuration', 'The service reads its settings at start-up.', '```sh', '```'],
  env: ['NODE_ENV=production', 'PORT=8080', 'LOG_LEVEL=info', 'FEATURE_FLAGS=search,export', 'TZ=UTC'],
  docker: ['FROM node:24-slim', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci --omit=dev', 'COPY . .', 'CMD ["node", "server.js"]'],
};
const FILE_NAMES: Record<Lang, (rng: Rng, i: number) => string> = {
  js: (r, i) => `${pick(r, ['src', 'lib', 'scripts'])}/${pick(r, ['client', 'server', 'worker'])}-${i}.js`,
  ts: (r, i) => `${pick(r, ['src', 'packages/api/src'])}/${pick(r, ['config', 'auth', 'sync'])}-${i}.ts`,
  py: (r, i) => `${pick(r, ['app', 'tools', 'jobs'])}/${pick(r, ['settings', 'client', 'etl'])}_${i}.py`,
  go: (r, i) => `${pick(r, ['cmd/server', 'internal/store'])}/${pick(r, ['main', 'config'])}_${i}.go`,
  yaml: (r, i) => `${pick(r, ['config', 'deploy', '.github/workflows', 'helm/values'])}/${pick(r, ['app', 'prod', 'ci'])}-${i}.yml`,
  json: (r, i) => `${pick(r, ['config', 'fixtures'])}/${pick(r, ['settings', 'credentials', 'app'])}-${i}.json`,
  tf: (r, i) => `infra/${pick(r, ['main', 'providers', 'secrets'])}-${i}.tf`,
  md: (r, i) => `docs/${pick(r, ['setup', 'runbook', 'deploy'])}-${i}.md`,
  env: (r, i) => pick(r, [`.env.${i}`, `services/svc${i}/.env`, `deploy/app-${i}.env`]),
  docker: (_r, i) => `docker/${i}/Dockerfile`,
};

/** Collects lines for one file and remembers where planted items landed. */
class FileBuilder {
  readonly lines: string[] = [];
  readonly lang: Lang;
  readonly path: string;
  items = 0;
  constructor(lang: Lang, path: string) {
    this.lang = lang;
    this.path = path;
  }
  filler(rng: Rng, n: number): void {
    for (let i = 0; i < n; i++) this.lines.push(pick(rng, FILLER[this.lang]));
  }
  /** Appends text (may be multi-line); returns the 1-based line of `offset` within it. */
  add(text: string, offset: number): number {
    const first = this.lines.length + 1;
    const before = text.slice(0, Math.max(0, offset)).split('\n').length - 1;
    this.lines.push(...text.replace(/\n$/, '').split('\n'));
    this.items++;
    return first + before;
  }
  render(): string {
    return this.lines.join('\n') + '\n';
  }
}

/** Where the secret starts inside its text; for PEM bodies that begin with a newline, the BEGIN line. */
function secretOffset(g: Generated): number {
  const at = g.text.indexOf(g.secret);
  return at < 0 ? 0 : at;
}

function langFor(rule: SecretRule, g: Generated, rng: Rng): Lang {
  if (/^[A-Z][A-Z0-9_]*=/.test(g.text)) return 'env';
  if (g.text.startsWith('curl ') || g.text.startsWith('git ')) return 'docker';
  if (g.text.startsWith('//registry')) return 'env';
  if (rule.family === 'generic') return pick(rng, ['yaml', 'json', 'md'] as const);
  if (/^(?:const |export |headers\[)/.test(g.text)) return pick(rng, ['js', 'ts'] as const);
  return pick(rng, ['py', 'go', 'yaml', 'json', 'tf', 'md', 'js', 'ts'] as const);
}

function decorate(lang: Lang, text: string): { text: string; shift: number } {
  if (lang === 'docker') return { text: 'RUN ' + text, shift: 4 };
  return { text, shift: 0 };
}

/**
 * Tokens that name themselves: the token text alone carries one of its rule's keywords (a provider
 * prefix such as `ghp_` or `xoxb-`), so it must be found even embedded bare in a minified bundle with
 * no variable name around it. Decided from the token and the rule's declared keywords only, never by
 * asking the scanner, so a token the scanner misses there stays in the corpus and counts as missed.
 */
function embeddable(rule: SecretRule, g: Generated): boolean {
  if (rule.family === 'generic' || rule.multiline) return false;
  const token = g.secret.toLowerCase();
  return rule.keywords.some((k) => token.includes(k));
}

function multilineFileName(rule: SecretRule, i: number, rng: Rng): string {
  if (rule.id === 'gcp-service-account-key') return `config/gcp-sa-${i}.json`;
  if (rule.id === 'putty-private-key') return `keys/deploy-${i}.ppk`;
  if (rule.id === 'private-key-openssh') return `deploy/id_ed25519_${i}`;
  if (rule.id === 'private-key-pgp') return `keys/signing-${i}.asc`;
  return pick(rng, [`keys/${rule.id}-${i}.pem`, `certs/server-${i}.key`, `test/fixtures/tls-${i}.pem`]);
}

function soupLine(rng: Rng, len: number): string {
  const ids = ['getElementById', 'addEventListener', 'createElement', 'querySelectorAll', 'setAttribute', 'useState', 'useEffect', 'dispatchEvent'];
  let s = '!function(e,t){"use strict";';
  while (s.length < len) s += `var ${pick(rng, ids)}${int(rng, 0, 999)}=t.${pick(rng, ids)}(e);`;
  return s;
}

export async function buildCorpus(
  dir: string,
  seed: number,
  { positives = 330, negatives = 330 }: { positives?: number; negatives?: number } = {},
): Promise<Corpus> {
  const rng = makeRng(seed);
  const files = new Map<string, FileBuilder>();
  const open: Partial<Record<Lang, FileBuilder>> = {};
  const rawFiles = new Map<string, string>();
  const pos: PositiveLabel[] = [];
  const neg: NegativeLabel[] = [];
  let fileNo = 0;

  const bucket = (lang: Lang): FileBuilder => {
    let f = open[lang];
    if (!f || f.items >= int(rng, 4, 9)) {
      let path = FILE_NAMES[lang](rng, fileNo++);
      while (files.has(path) || rawFiles.has(path)) path = FILE_NAMES[lang](rng, fileNo++);
      f = new FileBuilder(lang, path);
      f.filler(rng, int(rng, 2, 6));
      files.set(path, f);
      open[lang] = f;
    }
    return f;
  };

  // Minified bundles: long single lines with provider tokens embedded as string literals.
  const minified: { path: string; parts: string[]; labels: PositiveLabel[] }[] = [];
  const newMinified = () => {
    const m = { path: `dist/vendor-${minified.length}.min.js`, parts: [] as string[], labels: [] as PositiveLabel[] };
    minified.push(m);
    return m;
  };

  // Every rule at least once (round robin over a shuffled order), so all families are covered. Rules whose
  // generator lives elsewhere are left to their own corpus (the rule tests require a generator per rule).
  const order = BUILTIN_RULES.filter((r) => ALL_RULE_IDS_WITH_GENERATORS.includes(r.id)).sort(() => rng() - 0.5);
  for (let i = 0; i < positives; i++) {
    const rule = order[i % order.length];
    const g = generateSecret(rule.id, rng);
    const label = { ruleFamily: rule.family, ruleId: rule.id, secret: g.secret };
    if (g.text.replace(/\n$/, '').includes('\n')) {
      const path = multilineFileName(rule, i, rng);
      rawFiles.set(path, g.text);
      pos.push({ ...label, path, line: 1 + g.text.slice(0, secretOffset(g)).split('\n').length - 1 });
      continue;
    }
    if (i % 10 === 7 && embeddable(rule, g)) {
      const m = minified.length && minified[minified.length - 1].parts.length < 6 ? minified[minified.length - 1] : newMinified();
      m.parts.push(g.secret);
      m.labels.push({ ...label, path: m.path, line: 2 });
      continue;
    }
    const lang = langFor(rule, g, rng);
    const f = bucket(lang);
    const d = decorate(lang, g.text);
    const line = f.add(d.text, secretOffset(g) + d.shift);
    pos.push({ ...label, path: f.path, line });
    f.filler(rng, int(rng, 1, 4));
  }

  for (let i = 0; i < negatives; i++) {
    const kind = NEGATIVE_KINDS[i % NEGATIVE_KINDS.length];
    const n = generateNegative(kind, rng);
    if (kind === 'minified') {
      const path = `dist/app-${i}.min.js`;
      rawFiles.set(path, '/*! app bundle */\n' + n.text + '\n');
      neg.push({ path, line: 2, kind, text: n.text });
      continue;
    }
    if (n.path && (kind === 'lockfile' || kind === 'integrity' || kind === 'data-uri' || kind === 'i18n-label' || kind === 'type-annotation' || kind === 'code-reference')) {
      // Path-dependent negatives go to a file of that name (one per kind and name, under a per-kind folder).
      const path = `${kind}/${i}/${n.path}`;
      const f = new FileBuilder('md', path);
      const line = f.add(n.text, 0);
      files.set(path, f);
      neg.push({ path, line, kind, text: n.text });
      continue;
    }
    if (n.text.replace(/\n$/, '').includes('\n')) {
      const path = `certs/${kind}-${i}.pem`;
      rawFiles.set(path, n.text);
      neg.push({ path, line: 1, kind, text: n.text });
      continue;
    }
    const lang = /^[A-Z][A-Z0-9_]*=/.test(n.text) ? 'env' : pick(rng, ['yaml', 'py', 'md', 'json'] as const);
    const f = bucket(lang);
    const line = f.add(n.text, 0);
    neg.push({ path: f.path, line, kind, text: n.text });
    f.filler(rng, int(rng, 1, 3));
  }

  for (const m of minified) {
    let line = soupLine(rng, 8_000);
    for (const p of m.parts) line += `,n.k${alnum(rng, 3)}="${p}"` + soupLine(rng, 8_000).slice(29);
    rawFiles.set(m.path, '/*! vendor bundle */\n' + line + '}(window);\n');
    pos.push(...m.labels);
  }

  await rm(dir, { recursive: true, force: true });
  const written: string[] = [];
  const write = async (rel: string, body: string) => {
    const abs = join(dir, rel);
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, body);
    written.push(rel);
  };
  for (const f of files.values()) await write(f.path, f.render());
  for (const [p, body] of rawFiles) await write(p, body);
  return { dir, files: written.sort(), positives: pos, negatives: neg };
}

// ---- git history -------------------------------------------------------------------------

export interface HistoryPositive extends PositiveLabel {
  /** SHA of the commit that added the secret. */
  commit: string;
  /** SHA of the commit that removed it again, if any. */
  removedIn?: string;
}
export interface HistoryRepo {
  dir: string;
  /** Oldest first. */
  commits: { sha: string; message: string; date: string }[];
  head: string;
  positives: HistoryPositive[];
}

function git(dir: string, args: string[], date?: string): string {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } as Record<string, string>;
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  const r = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** Provider rules whose generated text is a single line that the rule finds on its own. */
const HISTORY_RULES = ['github-pat-classic', 'aws-access-key-id', 'slack-bot-token', 'stripe-live-secret-key', 'npm-access-token', 'anthropic-api-key', 'postgres-url', 'generic-password', 'sendgrid-api-key', 'gitlab-pat'];

export async function buildHistoryRepo(dir: string, seed: number): Promise<HistoryRepo> {
  const rng = makeRng(seed);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.name', 'Corpus Bot']);
  git(dir, ['config', 'user.email', 'corpus@example.invalid']);
  git(dir, ['config', 'commit.gpgsign', 'false']);

  const commits: HistoryRepo['commits'] = [];
  const positives: HistoryPositive[] = [];
  let day = 1;
  const put = async (rel: string, body: string) => {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), body);
  };
  const commit = (message: string): string => {
    const date = `2024-01-${String(day++).padStart(2, '0')}T10:00:00Z`;
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--no-verify', '-m', message], date);
    const sha = git(dir, ['rev-parse', 'HEAD']);
    commits.push({ sha, message, date });
    return sha;
  };
  const plant = (ids: string[]) => ids.map((id) => ({ id, g: generateSecret(id, rng) }));
  const ids = [...HISTORY_RULES].sort(() => rng() - 0.5);

  await put('README.md', '# demo service\n\nA small service used to test history scanning.\n');
  await put('src/app.ts', "export const port = 8080;\nexport function main(): void {\n  console.log('up');\n}\n");
  await put('.gitignore', 'node_modules/\n.env\n');
  commit('initial app');

  // Commit 2: a config with three secrets and a client with one.
  const cfg = plant(ids.slice(0, 3));
  const cfgLines = ['# app settings', 'service: demo', ...cfg.map((p) => p.g.text), 'replicas: 2'];
  await put('config/settings.yml', cfgLines.join('\n') + '\n');
  const client = plant(ids.slice(3, 4));
  await put('src/client.ts', ["import { port } from './app.ts';", ...client.map((p) => p.g.text), 'export const url = `http://127.0.0.1:${port}`;'].join('\n') + '\n');
  const c2 = commit('add config and client');
  const cfgLabels = cfg.map((p, i) => ({ ...label(p.id, p.g), path: 'config/settings.yml', line: 3 + i, commit: c2 }) as HistoryPositive);
  const clientLabels = client.map((p) => ({ ...label(p.id, p.g), path: 'src/client.ts', line: 2, commit: c2 }) as HistoryPositive);
  positives.push(...cfgLabels, ...clientLabels);

  // Commit 3: secrets moved out of the config (deleted lines; they stay in history).
  await put('config/settings.yml', ['# app settings', 'service: demo', 'token: ${{ secrets.APP_TOKEN }}', 'replicas: 2'].join('\n') + '\n');
  const c3 = commit('move secrets to CI secrets');
  for (const l of cfgLabels) l.removedIn = c3;

  // Commit 4: a deploy script with two more secrets.
  const dep = plant(ids.slice(4, 6));
  await put('deploy/deploy.sh', ['#!/bin/sh', 'set -eu', ...dep.map((p) => `# ${p.id}\n${p.g.text}`), 'echo deployed'].join('\n') + '\n');
  const c4 = commit('add deploy script');
  const depLabels = dep.map((p, i) => ({ ...label(p.id, p.g), path: 'deploy/deploy.sh', line: 4 + i * 2, commit: c4 }) as HistoryPositive);
  positives.push(...depLabels);

  // Commit 5: the deploy script is deleted.
  await rm(join(dir, 'deploy/deploy.sh'));
  const c5 = commit('remove deploy script');
  for (const l of depLabels) l.removedIn = c5;

  // Commit 6: one secret that is still present at HEAD, plus harmless changes.
  const last = plant(ids.slice(6, 7));
  await put('src/app.ts', "export const port = 8080;\nexport function main(): void {\n  console.log('up');\n}\n" + last.map((p) => p.g.text).join('\n') + '\n');
  await put('README.md', '# demo service\n\nA small service used to test history scanning.\n\nSee docs/ for setup.\n');
  const c6 = commit('wire telemetry');
  positives.push(...last.map((p) => ({ ...label(p.id, p.g), path: 'src/app.ts', line: 5, commit: c6 }) as HistoryPositive));

  return { dir, commits, head: c6, positives };
}

function label(id: string, g: Generated): Omit<PositiveLabel, 'path' | 'line'> {
  return { ruleId: id, ruleFamily: ruleById(id)!.family, secret: g.secret };
}
