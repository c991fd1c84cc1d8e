// `--reports` -> report envelopes: each value is a directory (every *.json below it), a file or a glob.
// A value that matches nothing is a user error naming the flag; a file that is not a usable report is a note.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from '../../errors.ts';
import { expandArtifactGlobs } from '../../files/expand-globs.ts';
import type { KitReport } from '../types.ts';
import { parseKitReport } from './envelope.ts';

export interface LoadedReports {
  reports: KitReport[];
  notes: string[];
  /** Files read (after expansion), relative to the base directory when inside it. */
  files: string[];
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

async function expand(baseDir: string, value: string): Promise<string[]> {
  const abs = resolve(baseDir, value);
  if (await isDir(abs)) {
    const rel = relative(baseDir, abs);
    return (await expandArtifactGlobs(abs, ['**/*.json'])).map((f) => (isAbsolute(f) || rel === '' ? f : `${rel}/${f}`));
  }
  return expandArtifactGlobs(baseDir, [value]);
}

export async function loadReports(values: readonly string[], baseDir: string): Promise<LoadedReports> {
  const files: string[] = [];
  for (const v of values) {
    const found = await expand(baseDir, v);
    if (found.length === 0) {
      throw new InputError({
        input: 'reports',
        problem: `${v} matches no file`,
        fix: 'give a directory of downloaded report artifacts, a JSON report file or a glob such as reports/**/*.json (relative to the working directory)',
      });
    }
    for (const f of found) if (!files.includes(f)) files.push(f);
  }
  const reports: KitReport[] = [];
  const notes: string[] = [];
  // An artifact downloaded twice (a re-run, two retention copies) must not count its findings twice.
  const seen = new Map<string, string>();
  for (const f of files) {
    let text: string;
    try {
      text = await readFile(resolve(baseDir, f), 'utf8');
    } catch (e) {
      throw new InputError({ input: 'reports', problem: `${f} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, fix: 'make the file readable or leave it out' });
    }
    const digest = createHash('sha256').update(text).digest('hex');
    const first = seen.get(digest);
    if (first !== undefined) {
      notes.push(`${f}: the same bytes as ${first}; counted once`);
      continue;
    }
    seen.set(digest, f);
    const parsed = parseKitReport(text, f);
    if ('report' in parsed) reports.push(parsed.report);
    else notes.push(parsed.note);
  }
  return { reports, notes, files };
}
