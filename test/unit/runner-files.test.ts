import { describe, expect, it } from 'vitest';
import { inputEnvName } from '../support/harness.ts';
import { parseKeyValueFile, parseWorkflowCommands } from '../support/runner-files.ts';

describe('runner file and command parsers (harness)', () => {
  it('parses key=value and key<<DELIM forms; later keys win', () => {
    const text = ['a=1', 'b<<ghadelimiter_x', 'line 1', 'line=2', '', 'ghadelimiter_x', 'c=x=y', 'a=3', ''].join('\n');
    expect(parseKeyValueFile(text)).toEqual({ a: '3', b: 'line 1\nline=2\n', c: 'x=y' });
    expect(() => parseKeyValueFile('k<<EOF\nno end')).toThrow(/unterminated/);
    expect(parseKeyValueFile('')).toEqual({});
  });

  it('unescapes workflow command data and properties', () => {
    const [c] = parseWorkflowCommands('noise\n::error file=a%2Cb.ts,line=3,title=x%3A y::50%25 done%0Anext\n');
    expect(c).toEqual({ command: 'error', properties: { file: 'a,b.ts', line: '3', title: 'x: y' }, message: '50% done\nnext' });
    expect(parseWorkflowCommands('::add-mask::abc')).toEqual([{ command: 'add-mask', properties: {}, message: 'abc' }]);
  });

  it('names inputs as the runner does', () => {
    expect(inputEnvName('max-diff-bytes')).toBe('INPUT_MAX-DIFF-BYTES');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });
});

describe('harness action.yml defaults', () => {
  it('sends the input defaults an action.yml declares, as the runner would', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { actionDefaults } = await import('../support/harness.ts');
    const dir = await mkdtemp(join(tmpdir(), 'bulkhead-yml-'));
    try {
      const yml = join(dir, 'action.yml');
      await writeFile(yml, 'inputs:\n  a:\n    default: x y\n  b:\n    description: none\n  c:\n    default: false\n  d:\n    default: 5\n  t:\n    default: ${{ github.token }}\n');
      expect(await actionDefaults('/anything', yml)).toEqual({ a: 'x y', c: 'false', d: '5', t: '' });
      // Expressions are evaluated as the runner would, from the contexts the test gives.
      expect((await actionDefaults('/anything', yml, { 'github.token': 'tok' })).t).toBe('tok');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // Bulkhead's own action.yml files declare none (descriptions state them), so nothing is sent for them.
    expect(await actionDefaults('/anything/secret-scan')).toEqual({});
    expect(await actionDefaults('/x/secret-scan', false)).toEqual({});
    expect(await actionDefaults('/x/no-such-action')).toEqual({});
  });
});
