// Matching the markers of AI-written commits and files (the default lists live with the declaration, which
// every bundle carries for the config loader, so the defaults do not pull this engine into other actions).

export interface MarkerSet {
  /** The marker that matches this line, or undefined. */
  match(line: string): string | undefined;
}

export function compileMarkers(markers: readonly string[]): MarkerSet {
  const list = markers
    .map((m) => m.trim())
    .filter(Boolean)
    .map((m) => ({ marker: m, lower: m.toLowerCase(), trailer: m.endsWith(':') }));
  return {
    match(line) {
      const l = line.trim().toLowerCase();
      for (const m of list) if (m.trailer ? l.startsWith(m.lower) : l.includes(m.lower)) return m.marker;
      return undefined;
    },
  };
}
