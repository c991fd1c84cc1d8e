// The command registry. Entries are cheap (name, summary, decl); a command's module — and the engine code it
// pulls in — is imported only when that command runs, so `bulkhead --help` starts fast.
//
// To add a command: write commands/<name>.ts exporting `export const command: Command<typeof YOUR_DECL> = {...}`,
// and add an entry below. Import the decl by path from packages/core/src/<area>/decl.ts (never via the core
// barrel, which would load every engine at start-up).
import type { ActionDecl } from '../../../core/src/options/types.ts';
import type { Command } from '../types.ts';
import { DASHBOARD_DECL } from '../../../core/src/diff/dashboard/decl.ts';
import { DIFF_TELEMETRY_DECL } from '../../../core/src/diff/decl.ts';
import { SECRET_SCAN_DECL } from '../../../core/src/secrets/decl.ts';

export interface CommandEntry {
  name: string;
  summary: string;
  decl?: ActionDecl;
  usage?: string;
  /** Dynamic import of the command module. */
  load: () => Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'secret-scan',
    summary: 'Find credentials in a tree, git history, staged changes or build artifacts.',
    decl: SECRET_SCAN_DECL,
    load: async () => (await import('./secret-scan.ts')).command as unknown as Command,
  },
  {
    name: 'sarif merge',
    summary: 'Merge the SARIF logs of secret-scan shards into one.',
    usage: 'bulkhead sarif merge FILE... [--output FILE]',
    load: async () => (await import('./sarif-merge.ts')).command,
  },
  {
    name: 'diff-telemetry',
    summary: 'Measure a commit range (bytes, files, binaries, leak-pattern files) and alert on size thresholds.',
    usage: 'bulkhead diff-telemetry [PATH] --base REF [--head REF] [flags]',
    decl: DIFF_TELEMETRY_DECL,
    load: async () => (await import('./diff-telemetry.ts')).command as unknown as Command,
  },
  {
    name: 'dashboard',
    summary: 'Render the diff-telemetry history into a self-contained HTML dashboard.',
    decl: DASHBOARD_DECL,
    load: async () => (await import('./dashboard.ts')).command as unknown as Command,
  },
];
