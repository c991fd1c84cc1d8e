// The command registry, derived: every declared action (ACTION_DECLS) is a command of the same name, with
// its help and flags from the declaration and its run() from commands/<name>.ts (registered in MODULES);
// a few commands that are not actions are listed below.
// Entries are cheap (name, summary, decl); a command's module — and the engine it pulls in — is imported only
// when that command runs, so `bulkhead --help` starts fast.
import { ACTION_DECLS } from '@bulkhead/core/decls';
import { DASHBOARD_DECL } from '@bulkhead/core/dashboard';
import { UsageError } from '@bulkhead/core/errors';
import type { ActionDecl } from '@bulkhead/core/options';
import type { Command } from '../types.ts';

export interface CommandEntry {
  name: string;
  summary: string;
  decl?: ActionDecl;
  usage?: string;
  /** Dynamic import of the command module. */
  load: () => Promise<Command>;
}

type Loader = () => Promise<{ command: Command }>;

// One line per command module. Literal specifiers, so the bundler makes one lazy chunk per module (a computed
// `./${name}.ts` would be opaque to it once TypeScript rewrites the extension at run time).
const MODULES: Readonly<Record<string, Loader>> = {
  'secret-scan': () => import('./secret-scan.ts') as unknown as Promise<{ command: Command }>,
  'diff-telemetry': () => import('./diff-telemetry.ts') as unknown as Promise<{ command: Command }>,
  'oauth-signature-gate': () => import('./oauth-signature-gate.ts') as unknown as Promise<{ command: Command }>,
  'policy-audit': () => import('./policy-audit.ts') as unknown as Promise<{ command: Command }>,
  'double-write': () => import('./double-write.ts') as unknown as Promise<{ command: Command }>,
  'egress-gate': () => import('./egress-gate.ts') as unknown as Promise<{ command: Command }>,
  'sarif merge': () => import('./sarif-merge.ts'),
  dashboard: () => import('./dashboard.ts') as unknown as Promise<{ command: Command }>,
};

/** The command's module, or a usage error for a declared action that has none yet. */
export async function loadModule(name: string): Promise<Command> {
  const load = MODULES[name];
  if (!load) throw new UsageError({ problem: `'${name}' has no command-line form yet`, fix: `run it as the GitHub Action actions/${name}` });
  return (await load()).command;
}

function fromDecl(decl: ActionDecl): CommandEntry {
  return { name: decl.name, summary: decl.summary ?? decl.title, decl, usage: decl.usage, load: () => loadModule(decl.name) };
}

export const COMMANDS: readonly CommandEntry[] = [
  ...ACTION_DECLS.map((d) => fromDecl(d)),
  {
    name: 'sarif merge',
    summary: 'Merge the SARIF logs of secret-scan shards into one.',
    usage: 'bulkhead sarif merge FILE... [--output FILE]',
    load: () => loadModule('sarif merge'),
  },
  fromDecl(DASHBOARD_DECL),
];
