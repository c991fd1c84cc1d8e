// check-dist's comparison (the bundling half runs in CI via `npm run check-dist`).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDist } from '../../scripts/check-dist.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulkhead-cd-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function tree(root: string, files: Record<string, string>) {
  for (const [f, text] of Object.entries(files)) {
    await mkdir(join(root, f, '..'), { recursive: true });
    await writeFile(join(root, f), text);
  }
}

describe('compareDist', () => {
  it('reports nothing for identical trees and each kind of difference otherwise', async () => {
    const built = join(dir, 'built');
    const committed = join(dir, 'committed');
    await tree(built, { 'a/index.js': 'x', 'a/package.json': '{}', 'a/1.index.js': 'chunk', 'b/index.js': 'y' });
    await tree(committed, { 'a/index.js': 'x', 'a/package.json': '{}', 'a/1.index.js': 'chunk', 'b/index.js': 'y' });
    expect(await compareDist(built, committed, ['a', 'b'])).toEqual([]);

    await tree(committed, { 'a/index.js': 'X', 'a/2.index.js': 'old chunk' });
    await rm(join(committed, 'b/index.js'));
    expect(await compareDist(built, committed, ['a', 'b'])).toEqual([
      'dist/a/index.js: differs (1 bytes committed, 1 built)',
      'dist/a/2.index.js: stale (the build no longer makes it)',
      'dist/b/index.js: missing from the committed dist',
    ]);
  });
});
