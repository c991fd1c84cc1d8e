// One palette for every section, so a severity or a verdict has the same colour everywhere.
import type { Severity } from '../../report/types.ts';

export const SEVERITY_COLOR: Readonly<Record<Severity, string>> = { critical: '#82071e', high: '#d1242f', medium: '#bf8700', low: '#6e7781' };
export const BLUE = '#0969da';
export const GREEN = '#1a7f37';
export const PURPLE = '#8250df';
export const GREY = '#57606a';
export const RED = '#d1242f';
export const AMBER = '#bf8700';
