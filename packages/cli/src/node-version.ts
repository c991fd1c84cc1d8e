// The Node.js lines the CLI supports (the maintained ones, 22 and 24). No imports, and the entry imports this
// module first, so on an older Node the refusal is the CLI's first act, before any command code loads.
export const MIN_NODE_MAJOR = 22;

/** The one-line refusal for `version` (e.g. process.versions.node), or undefined when it is supported. */
export function unsupportedNode(version: string): string | undefined {
  const major = Number.parseInt(version, 10);
  if (major >= MIN_NODE_MAJOR) return undefined;
  return `bulkhead needs Node.js ${MIN_NODE_MAJOR} or newer; this is ${version}`;
}

/** Evaluated on import: on an older Node, prints the refusal and sets exit code 2; the entry then does nothing. */
export const nodeSupported: boolean = (() => {
  const tooOld = unsupportedNode(process.versions.node);
  if (tooOld === undefined) return true;
  process.stderr.write(`${tooOld}\n`);
  process.exitCode = 2;
  return false;
})();
