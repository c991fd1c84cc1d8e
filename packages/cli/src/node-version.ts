// The Node.js lines the CLI supports (the maintained ones, 22 and 24). No imports: the entry checks this
// before loading anything else, so an older Node gets one clear line instead of a missing API deep in a command.
export const MIN_NODE_MAJOR = 22;

/** The one-line refusal for `version` (e.g. process.versions.node), or undefined when it is supported. */
export function unsupportedNode(version: string): string | undefined {
  const major = Number.parseInt(version, 10);
  if (major >= MIN_NODE_MAJOR) return undefined;
  return `bulkhead needs Node.js ${MIN_NODE_MAJOR} or newer; this is ${version}`;
}
