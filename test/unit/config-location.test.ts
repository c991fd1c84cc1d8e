import { describe, expect, it } from 'vitest';
import { configLocation } from '../../packages/core/src/config/location.ts';
import type { ActionDecl } from '../../packages/core/src/options/types.ts';

const withPathAndConfig = {
  name: 'loc-demo',
  title: 'x',
  description: 'x',
  outputs: [],
  options: [
    { name: 'path', type: 'string', default: '.', description: 'p' },
    { name: 'config', type: 'string', description: 'c' },
  ],
} as const satisfies ActionDecl;
const bare = { ...withPathAndConfig, name: 'bare-demo', options: [] } satisfies ActionDecl;

describe('configLocation', () => {
  it('uses the config option relative to the base, else the path option, else the base', () => {
    expect(configLocation(withPathAndConfig, { config: 'cfg/b.yml', path: 'sub' }, '/ws')).toMatchObject({ file: '/ws/cfg/b.yml', cwd: '/ws/sub' });
    expect(configLocation(withPathAndConfig, { path: 'sub' }, '/ws')).toMatchObject({ file: undefined, cwd: '/ws/sub' });
    expect(configLocation(withPathAndConfig, { config: '  ', path: '' }, '/ws')).toMatchObject({ file: undefined, cwd: '/ws' });
    expect(configLocation(withPathAndConfig, { config: '/abs/c.yml' }, '/ws').file).toBe('/abs/c.yml');
  });

  it('ignores an undeclared config key for actions, takes it for the CLI', () => {
    expect(configLocation(bare, { config: 'x.yml' }, '/ws').file).toBeUndefined();
    expect(configLocation(bare, { config: 'x.yml' }, '/ws', true).file).toBe('/ws/x.yml');
  });

  it('offers every declared action as a section, plus an undeclared one', () => {
    const names = configLocation(bare, {}, '/ws').sections.map((s) => s.action);
    expect(names).toContain('bare-demo');
    expect(names).toContain('secret-scan');
    expect(names).toContain('diff-telemetry');
  });
});
