import { describe, expect, it } from 'vitest';
import { parseArgv } from '../../packages/cli/src/args.ts';
import { UsageError } from '../../packages/core/src/errors.ts';
import type { ActionDecl } from '../../packages/core/src/options/types.ts';

const decl = {
  name: 'demo',
  title: 'Demo',
  description: 'A demo command.',
  outputs: [],
  options: [
    { name: 'path', type: 'string', default: '.', positional: true, description: 'Where.' },
    { name: 'history', type: 'boolean', default: 'false', description: 'Walk history.' },
    { name: 'artifacts', type: 'globs', description: 'Artifacts.' },
    { name: 'fail-on', type: 'enum', values: ['low', 'high'], default: 'low', description: 'Threshold.' },
    { name: 'output', type: 'string', cliAlias: 'o', surface: 'cli', description: 'Out file.' },
    { name: 'sarif-file', type: 'string', surface: 'action', description: 'Action only.' },
  ],
} as const satisfies ActionDecl;

const parse = (...argv: string[]) => parseArgv('demo', decl, argv);

function usageError(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return e as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('parseArgv', () => {
  it('reads --name value and --name=value', () => {
    expect(parse('--fail-on', 'high').raw).toEqual({ 'fail-on': 'high' });
    expect(parse('--fail-on=high').raw).toEqual({ 'fail-on': 'high' });
    expect(parse('--output=a=b').raw).toEqual({ output: 'a=b' });
  });

  it('treats booleans as flags with --no- and =false forms', () => {
    expect(parse('--history').raw.history).toBe('true');
    expect(parse('--no-history').raw.history).toBe('false');
    expect(parse('--history=false').raw.history).toBe('false');
    // A boolean flag never swallows the next argument.
    expect(parse('--history', 'src').raw).toEqual({ history: 'true', path: 'src' });
  });

  it('accumulates repeated list/globs flags and rejects repeated scalars', () => {
    expect(parse('--artifacts', 'a/*.zip', '--artifacts=b/**').raw.artifacts).toBe('a/*.zip\nb/**');
    expect(usageError(() => parse('--fail-on', 'low', '--fail-on', 'high')).input).toBe('--fail-on');
  });

  it('binds the first positional to the positional option and honours --', () => {
    expect(parse('src').raw.path).toBe('src');
    expect(parse('--', '--weird-dir').raw.path).toBe('--weird-dir');
    expect(usageError(() => parse('a', 'b')).input).toBe('b');
    expect(usageError(() => parse('--path', 'a', 'b')).input).toBe('--path');
  });

  it('supports a one-letter alias', () => {
    expect(parse('-o', 'report.json').raw.output).toBe('report.json');
  });

  it('suggests the closest flag for an unknown one', () => {
    const e = usageError(() => parse('--fial-on', 'high'));
    expect(e.input).toBe('--fial-on');
    expect(e.fix).toContain('--fail-on');
    expect(usageError(() => parse('--histroy')).fix).toContain('--history');
    expect(usageError(() => parse('--zzzzzzzz')).fix).not.toContain('did you mean');
  });

  it('hides action-only options and requires values', () => {
    expect(usageError(() => parse('--sarif-file', 'x')).input).toBe('--sarif-file');
    expect(usageError(() => parse('--fail-on')).problem).toContain('needs a value');
    expect(usageError(() => parse('--output', '--history')).problem).toContain('needs a value');
  });

  it('takes --config for a decl without a config option, and --help anywhere', () => {
    const a = parse('--config', 'x.yml', 'src', '--help');
    expect(a.configFile).toBe('x.yml');
    expect(a.help).toBe(true);
    expect(a.raw.path).toBe('src');
  });

  it('keeps all positionals for commands without a decl', () => {
    const a = parseArgv('sarif merge', undefined, ['a.sarif', 'b.sarif']);
    expect(a.positionals).toEqual(['a.sarif', 'b.sarif']);
    const b = parseArgv('sarif merge', undefined, ['a.sarif', '--output', 'out.sarif', 'b.sarif', '--force', '--tag=x', '--tag=y']);
    expect(b.positionals).toEqual(['a.sarif', 'b.sarif']);
    expect(b.raw).toEqual({ output: 'out.sarif', force: 'true', tag: 'x\ny' });
  });
});
