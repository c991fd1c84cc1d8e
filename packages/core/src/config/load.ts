// Loads and validates `.bulkhead.yml`: one section per action, options converted to raw strings
// and checked with the same parseValue as action inputs, so both behave identically.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { BulkheadError, ConfigError } from '../errors.ts';
import { closest } from '../options/suggest.ts';
import { parseValue } from '../options/value.ts';
import type { OptionDecl } from '../options/types.ts';
import { checkShape } from './validate-shape.ts';
import type { ConfigSection, LoadConfigOptions, LoadedConfig, SectionValues } from './types.ts';

export const DEFAULT_CONFIG_FILES = ['.bulkhead.yml', '.bulkhead.yaml'] as const;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** How the file is named in messages: relative to cwd when inside it. */
function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** YAML scalar / list → the raw string an action input would carry. */
function toRaw(value: unknown, decl: OptionDecl): string | { problem: string; fix: string } {
  const listy = decl.type === 'list' || decl.type === 'globs';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return { problem: 'has no value', fix: `give it a value or remove the key` };
  if (Array.isArray(value)) {
    if (!listy) return { problem: 'is a list, but this option takes a single value', fix: 'write one value' };
    const items: string[] = [];
    for (const item of value) {
      if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') {
        return { problem: 'contains an item that is not a plain value', fix: 'list plain strings only' };
      }
      items.push(String(item));
    }
    return items.join('\n');
  }
  return { problem: 'is a mapping, but this option takes a plain value', fix: listy ? 'write a list of strings' : 'write one value' };
}

function validateSection(name: string, body: unknown, section: ConfigSection, where: (key: string) => string): SectionValues {
  if (body === null || body === undefined) return { raw: {}, extra: {} };
  if (!isMapping(body)) {
    throw new ConfigError({ input: where(name), problem: 'is not a mapping of keys to values', fix: `write the ${name} options as indented key: value lines` });
  }
  const options = new Map(section.options.map((o) => [o.name, o]));
  const extraShapes = section.extra ?? {};
  const raw: Record<string, string> = {};
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    const decl = options.get(key);
    if (decl) {
      const r = toRaw(value, decl);
      if (typeof r !== 'string') throw new ConfigError({ input: where(`${name}.${key}`), ...r });
      try {
        parseValue(decl, r);
      } catch (e) {
        if (e instanceof BulkheadError) throw new ConfigError({ input: where(`${name}.${key}`), problem: e.problem, fix: e.fix });
        throw e;
      }
      raw[key] = r;
    } else if (Object.hasOwn(extraShapes, key)) {
      const p = checkShape(value, extraShapes[key], `${name}.${key}`);
      if (p) throw new ConfigError({ input: where(p.path), problem: p.problem, fix: p.fix });
      extra[key] = value;
    } else {
      const valid = [...options.keys(), ...Object.keys(extraShapes)];
      const guess = closest(key, valid);
      throw new ConfigError({
        input: where(`${name}.${key}`),
        problem: 'is not a known key',
        fix: guess ? `did you mean '${guess}'?` : `remove it; valid keys are ${valid.join(', ') || '(none)'}`,
      });
    }
  }
  return { raw, extra };
}

/** Reads `file` (or `<cwd>/.bulkhead.yml|yaml` when present) and validates it against `sections`. */
export async function loadConfig(opts: LoadConfigOptions): Promise<LoadedConfig> {
  let path: string | undefined;
  if (opts.file !== undefined && opts.file !== '') {
    path = resolve(opts.cwd, opts.file);
    if (!(await isFile(path))) {
      throw new ConfigError({
        input: opts.file,
        problem: 'does not exist or is not a file',
        fix: 'check the config path, or leave it unset to use .bulkhead.yml from the repository root',
      });
    }
  } else {
    for (const name of DEFAULT_CONFIG_FILES) {
      const candidate = join(opts.cwd, name);
      if (await isFile(candidate)) {
        path = candidate;
        break;
      }
    }
  }
  if (path === undefined) return emptyConfig();
  const text = await readFile(path, 'utf8');
  const shown = displayName(path, opts.cwd);
  return { path, ...parseConfigText(text, shown, opts.sections) };
}

function emptyConfig(): LoadedConfig {
  return { section: () => ({ raw: {}, extra: {} }) };
}

/** Parses and validates config text; `shown` names the file in errors. Exposed for the CLI's `--config -` and tests. */
export function parseConfigText(text: string, shown: string, sections: readonly ConfigSection[]): Pick<LoadedConfig, 'section'> {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = err.linePos?.[0]?.line;
    const what = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError({
      input: line !== undefined ? `${shown} line ${line}` : shown,
      problem: `is not valid YAML (${what})`,
      fix: /unique/i.test(what)
        ? 'keep only one of the repeated keys'
        : 'correct the YAML syntax (indent with spaces, quote values containing ": " or "#")',
    });
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const where = (key: string) => `${shown}: ${key}`;
  const bySection = new Map(sections.map((s) => [s.action, s]));
  const values = new Map<string, SectionValues>();
  if (data !== null && data !== undefined) {
    if (!isMapping(data)) {
      throw new ConfigError({ input: shown, problem: 'is not a mapping of action names to settings', fix: 'start each section with an action name such as secret-scan:' });
    }
    for (const [name, body] of Object.entries(data)) {
      const section = bySection.get(name);
      if (!section) {
        const guess = closest(name, bySection.keys());
        throw new ConfigError({
          input: where(name),
          problem: 'is not a known section',
          fix: guess ? `did you mean '${guess}'?` : `use one of ${[...bySection.keys()].join(', ') || '(no actions declared)'}`,
        });
      }
      values.set(name, validateSection(name, body, section, where));
    }
  }
  return { section: (action: string) => values.get(action) ?? { raw: {}, extra: {} } };
}
