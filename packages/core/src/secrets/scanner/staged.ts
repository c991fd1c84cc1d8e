// Staged changes (pre-commit hooks): the added lines of `git diff --cached -U0`, same line semantics as history.
import type { SecretRule } from '../types.ts';
import { compileRules, type CompiledRules } from './compile.ts';
import { AddedLinesParser } from './diffparse.ts';
import { gitStream, scanAdded } from './history.ts';
import type { RawMatch, ScanTextOptions } from './types.ts';

export interface StagedMatch extends RawMatch {
  path: string;
}

export async function scanStaged(repoDir: string, rules: readonly SecretRule[] | CompiledRules, opts: ScanTextOptions = {}): Promise<StagedMatch[]> {
  const cr = 'matcher' in rules ? rules : compileRules(rules);
  const out: StagedMatch[] = [];
  const parser = new AddedLinesParser((f) => {
    for (const m of scanAdded(f, cr, opts)) out.push({ ...m, path: f.path });
  });
  const args = ['-c', 'core.quotePath=false', 'diff', '--cached', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=AM', '--no-renames', '--'];
  await gitStream(repoDir, args, undefined, (s) => parser.write(s));
  parser.end();
  return out;
}
