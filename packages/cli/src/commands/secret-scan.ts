// `bulkhead secret-scan [PATH] ...`: the same engine and options as the action, printed for a terminal.
import { resolve } from 'node:path';
import { writeOutputFile } from '@bulkhead/core/fs';
import { serializeJson, serializeSarif } from '@bulkhead/core/report';
import {
  cliTarget,
  engineOptions,
  failingFindings,
  secretScan,
  secretScanJson,
  secretScanSarif,
  secretScanText,
  writeBaseline,
} from '@bulkhead/core/secrets';
import { SECRET_SCAN_DECL } from '@bulkhead/core/secrets';
import type { Command } from '../types.ts';

export const command: Command<typeof SECRET_SCAN_DECL> = {
  name: 'secret-scan',
  summary: SECRET_SCAN_DECL.description,
  decl: SECRET_SCAN_DECL,
  async run(args, io) {
    const o = args.options;
    const failOn = o['fail-on'];
    const opts = engineOptions({ options: o, target: cliTarget(o), base: io.cwd, extra: args.config.extra, fetch: false });
    // --write-baseline records everything found now, so the old baseline must not hide anything.
    if (o['write-baseline']) opts.suppression = { ...opts.suppression, baseline: undefined };
    const result = await secretScan(opts);

    if (o['write-baseline']) {
      const file = resolve(io.cwd, o['write-baseline']);
      await writeBaseline(file, result.findings);
      io.stderr(`bulkhead: wrote ${result.findings.length} findings to the baseline ${o['write-baseline']}\n`);
      return 0;
    }

    const text =
      o.format === 'sarif'
        ? serializeSarif(secretScanSarif(result))
        : o.format === 'json'
          ? serializeJson(secretScanJson(result, failOn, new Date().toISOString()))
          : secretScanText(result, failOn);
    if (o.output) await writeOutputFile(resolve(io.cwd, o.output), text, 'output', o.output);
    else io.stdout(text);
    for (const note of result.notes) io.stderr(`bulkhead: ${note}\n`);
    return failingFindings(result.findings, failOn).length > 0 ? 1 : 0;
  },
};
