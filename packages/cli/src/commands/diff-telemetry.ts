// `bulkhead diff-telemetry [PATH] --base X [--head Y] [flags]`: the action's measurement from a terminal.
import { resolve } from 'node:path';
import { FileHistoryStore, finishDiffRun, parseHistorySetting, renderDiffText, runDiffTelemetry } from '@bulkhead/core/diff';
import { InputError } from '@bulkhead/core/errors';
import { writeOutputFile } from '@bulkhead/core/fs';
import { type EventContext } from '@bulkhead/core/git';
import { serializeJson } from '@bulkhead/core/report';
import type { DiffTelemetryDecl } from '@bulkhead/core/diff';
import { DIFF_TELEMETRY_DECL } from '@bulkhead/core/diff';
import type { Command } from '../types.ts';

export const command: Command<DiffTelemetryDecl> = {
  name: 'diff-telemetry',
  summary: 'Measure a commit range (bytes, files, binaries, leak-pattern files) and alert on size thresholds.',
  decl: DIFF_TELEMETRY_DECL,
  async run(args, io) {
    const o = args.options;
    const cwd = resolve(io.cwd, o.path);
    if (!o.base) {
      throw new InputError({ input: 'base', problem: 'no commit range given', fix: 'pass --base REF (and optionally --head REF, default HEAD), e.g. --base origin/main' });
    }
    // In a workflow step the history record names that run, as the action's would.
    const event: EventContext = { eventName: 'cli', labels: [], workflow: io.env.GITHUB_WORKFLOW || 'cli', runId: io.env.GITHUB_RUN_ID || `cli-${Date.now()}` };
    const runNumber = Number(io.env.GITHUB_RUN_NUMBER);
    if (Number.isSafeInteger(runNumber) && runNumber > 0) event.runNumber = runNumber;
    const result = await runDiffTelemetry({ options: o, event, cwd, tempDir: io.env.TMPDIR || '/tmp', fetch: false, log: (m) => io.stderr(`${m}\n`) });
    const history = parseHistorySetting(o.history, io.cwd);
    if (history.kind === 'cache' && args.explicit.has('history')) io.stderr('history: cache is only available inside GitHub Actions; no history kept (use --history file:PATH)\n');
    const store = history.kind === 'file' ? new FileHistoryStore(history.path) : null;
    const done = await finishDiffRun({ result, options: o, event, now: new Date(), store, baseDir: io.cwd });
    if (o['report-file']) {
      const file = resolve(io.cwd, o['report-file']);
      await writeOutputFile(file, serializeJson(done.report), 'report-file', o['report-file']);
    }
    io.stdout(o.format === 'json' ? serializeJson(done.report) : renderDiffText(result));
    return result.verdict.failed ? 1 : 0;
  },
};
