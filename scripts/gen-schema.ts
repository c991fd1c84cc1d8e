// Writes schema/bulkhead.schema.json from the action declarations (ACTION_DECLS + each action's
// extra config shapes). `--check` exits 1 instead of writing when the committed file is stale.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTION_DECLS } from '../packages/core/src/decls.ts';
import { buildConfigSchema } from '../packages/core/src/config/schema.ts';
import { sectionsFromDecls } from '../packages/core/src/config/types.ts';
import { serializeJson } from '../packages/core/src/report/json.ts';

export const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'bulkhead.schema.json');

export function generateSchemaText(): string {
  return serializeJson(buildConfigSchema(sectionsFromDecls(ACTION_DECLS)));
}

async function main(): Promise<void> {
  const text = generateSchemaText();
  if (process.argv.includes('--check')) {
    const current = await readFile(SCHEMA_PATH, 'utf8').catch(() => '');
    if (current !== text) {
      console.error('schema/bulkhead.schema.json is stale: run `node scripts/gen-schema.ts` and commit it.');
      process.exitCode = 1;
    }
    return;
  }
  await mkdir(dirname(SCHEMA_PATH), { recursive: true });
  await writeFile(SCHEMA_PATH, text);
  console.log(`wrote ${SCHEMA_PATH}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
