// A target in words, for summaries and logs (`commits 1a2b..3c4d`).
import type { ScanTarget } from './types.ts';

export function describeTarget(t: ScanTarget): string {
  switch (t.kind) {
    case 'tree':
      return 'working tree';
    case 'history':
      return `history of ${t.head ?? 'HEAD'}`;
    case 'range':
      return `commits ${t.base.slice(0, 12)}..${t.head.slice(0, 12)}`;
    case 'new-branch':
      return t.exclude.length ? `commits of ${t.head.slice(0, 12)} not on ${t.exclude.join(', ')}` : `all commits of ${t.head.slice(0, 12)}`;
    case 'staged':
      return 'staged changes';
    case 'none':
      return `nothing (${t.reason})`;
  }
}
