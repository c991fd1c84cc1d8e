// Microsoft's official SARIF validator (`sarif-multitool` from npm), run once over several files (its
// start-up dominates the cost). Returns, per file, the messages of the results it reports at level error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MULTITOOL = resolve('node_modules/.bin/sarif-multitool');

type Result = { level?: string; ruleId: string; message: { arguments?: string[] }; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] };

export function sarifValidationErrors(files: readonly string[]): Record<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bulkhead-sarif-validate-'));
  try {
    const out = join(dir, 'validation.sarif');
    const r = spawnSync(MULTITOOL, ['validate', ...files, '--output', out, '--log', 'ForceOverwrite'], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      timeout: 120_000,
    });
    if (r.error || r.status !== 0) throw new Error(`sarif-multitool failed to run: ${String(r.error ?? '')}${r.stdout}${r.stderr}`);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: Result[] }[] };
    const byFile: Record<string, string[]> = Object.fromEntries(files.map((f) => [resolve(f), []]));
    for (const x of report.runs[0]?.results ?? []) {
      if (x.level !== 'error') continue;
      const uri = x.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
      const file = uri.startsWith('file:') ? fileURLToPath(uri) : '?';
      (byFile[file] ??= []).push(`${x.ruleId}: ${(x.message.arguments ?? []).join(' | ')}`);
    }
    return byFile;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
