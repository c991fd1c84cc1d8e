// `bulkhead sarif merge FILE... --output FILE`: one SARIF log from the shards of a matrix scan.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError, ResourceError } from '@bulkhead/core/errors';
import { writeOutputFile } from '@bulkhead/core/fs';
import { mergeSarif, serializeSarif, type SarifLog } from '@bulkhead/core/report';
import type { Command } from '../types.ts';

export const command: Command = {
  name: 'sarif merge',
  summary: 'Merge the SARIF logs of secret-scan shards into one (rules unioned, results de-duplicated).',
  usage: 'bulkhead sarif merge FILE... [--output FILE]',
  async run(args, io) {
    const files = args.positionals;
    if (files.length === 0) throw new InputError({ input: 'FILE', problem: 'no SARIF files given', fix: 'list the shard files, e.g. bulkhead sarif merge shard-*.sarif --output merged.sarif' });
    const logs: SarifLog[] = [];
    for (const f of files) {
      let text: string;
      try {
        text = await readFile(resolve(io.cwd, f), 'utf8');
      } catch (e) {
        throw new ResourceError({ input: 'FILE', problem: `${f} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, fix: 'check the path of each shard file' });
      }
      try {
        logs.push(JSON.parse(text) as SarifLog);
      } catch {
        throw new ResourceError({ input: 'FILE', problem: `${f} is not JSON`, fix: 'pass the .sarif files written by secret-scan' });
      }
    }
    const out = serializeSarif(mergeSarif(logs));
    const output = args.raw.output;
    if (output) await writeOutputFile(resolve(io.cwd, output), out, 'output', output);
    else io.stdout(out);
    return 0;
  },
};
