// `bulkhead double-write SOURCE --primary URL --secondary URL [flags]`: the action's engine from a terminal
// (file://, s3:// and azblob:// stores; artifact:// and cache:// need the runner).
import { resolve } from 'node:path';
import { writeOutputFile } from '@bulkhead/core/fs';
import { serializeJson } from '@bulkhead/core/report';
import { DOUBLE_WRITE_DECL, buildDoubleWriteReport, failureMessage, renderDoubleWriteText, runDoubleWrite, type DoubleWriteDecl } from '@bulkhead/core/storage';
import { BULKHEAD_VERSION } from '@bulkhead/core/version';
import type { Command } from '../types.ts';

export const command: Command<DoubleWriteDecl> = {
  name: 'double-write',
  summary: DOUBLE_WRITE_DECL.summary,
  decl: DOUBLE_WRITE_DECL,
  async run(args, io) {
    const o = args.options;
    const now = new Date();
    const result = await runDoubleWrite(o, { cwd: io.cwd, tempDir: io.env.TMPDIR || '/tmp', env: io.env, now });
    const report = buildDoubleWriteReport(result, { version: BULKHEAD_VERSION, generatedAt: now.toISOString() });
    if (o['report-file']) await writeOutputFile(resolve(io.cwd, o['report-file']), serializeJson(report), 'report-file', o['report-file']);
    io.stdout(o.format === 'json' ? serializeJson(report) : renderDoubleWriteText(result));
    const failure = failureMessage(result);
    if (failure) io.stderr(`bulkhead: ${failure}\n`);
    return result.failed ? 1 : 0;
  },
};
