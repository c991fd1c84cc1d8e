// Read before the commands load: does this command line ask for a secret-scan of a tree? Then the entry starts
// the scan's threads at once (spare-workers.ts), so they boot while the commands load (~70 ms of a 2 s
// scan). Only a hint: a wrong guess costs a thread's start-up, never a result; the parser decides the rest.

/** Flags that scan commits instead of a tree (options.ts cliTarget), and help. */
const NOT_A_TREE = /^(?:--(?:history|staged|range|help)(?:=|$)|-h$)/;

export function asksForTreeScan(argv: readonly string[]): boolean {
  return argv[0] === 'secret-scan' && !argv.some((a) => NOT_A_TREE.test(a));
}
