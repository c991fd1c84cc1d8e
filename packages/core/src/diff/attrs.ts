// .gitattributes as of the head commit (not the working tree, which may be elsewhere): load head's
// tree into a throw-away index and ask `git check-attr --cached` for every path in one batch.
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gitBuffer } from '../git/stream.ts';

export const ATTRS = ['diff', 'linguist-generated', 'linguist-vendored'] as const;
export type AttrName = (typeof ATTRS)[number];
/** `set`, `unset`, `unspecified` or the value. */
export type AttrValues = Partial<Record<AttrName, string>>;

/** `paths` may still be coming: head's tree is loaded meanwhile. */
export async function readAttributes(cwd: string, head: string, pathList: readonly string[] | Promise<readonly string[]>, tempDir: string): Promise<Map<string, AttrValues>> {
  const result = new Map<string, AttrValues>();
  const dir = await mkdtemp(join(tempDir, 'bulkhead-attr-'));
  try {
    const env = { GIT_INDEX_FILE: join(dir, 'index') };
    await gitBuffer(cwd, ['read-tree', head], { env });
    const paths = await pathList;
    if (paths.length === 0) return result;
    const out = await gitBuffer(cwd, ['check-attr', '--cached', '-z', '--stdin', ...ATTRS], {
      env,
      input: paths.map((p) => p + '\0'),
    });
    const parts = out.toString('utf8').split('\0');
    for (let i = 0; i + 2 < parts.length; i += 3) {
      const [path, attr, value] = [parts[i], parts[i + 1] as AttrName, parts[i + 2]];
      if (value === 'unspecified') continue;
      let entry = result.get(path);
      if (!entry) result.set(path, (entry = {}));
      entry[attr] = value;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return result;
}

/** linguist-style booleans: `set`/`true` are on, `unset`/`false` explicitly off, anything else undecided. */
export function attrFlag(value: string | undefined): boolean | undefined {
  if (value === 'set' || value === 'true') return true;
  if (value === 'unset' || value === 'false') return false;
  return undefined;
}
