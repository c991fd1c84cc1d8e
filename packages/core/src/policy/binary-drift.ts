// binary-drift: hash the files matched by `binaries` (streamed, one at a time) and compare them with the
// reference checksums. Drifted (both hashes), missing and unexpected files are findings; `--write` makes the
// reference instead. Paths in the reference are relative to the audited root, as `sha256sum -c` reads them
// when run there.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.ts';
import { buildManifest, parseChecksums, sha256File, type ChecksumEntry, type ManifestEntry } from '../digest/index.ts';
import { compilePathGlobs } from '../options/glob-match.ts';
import { walkTree } from '../secrets/scanner/tree.ts';
import type { Finding } from '../report/types.ts';
import { policyFinding } from './finding.ts';
import { loadReference, type Fetcher } from './reference.ts';
import type { BinaryDriftSummary, CheckOutcome } from './types.ts';
import { parseVersionCommand, reportedVersion } from './version-command.ts';

export interface BinaryDriftInput {
  root: string;
  binaries: readonly string[];
  reference: string;
  referenceMaxBytes: number;
  versionCommand?: string;
  fetcher?: Fetcher;
}

/** Root-relative paths of the files the globs match, sorted. */
export async function matchBinaries(root: string, binaries: readonly string[]): Promise<string[]> {
  if (binaries.length === 0) return [];
  const globs = compilePathGlobs(binaries);
  const out: string[] = [];
  for await (const f of walkTree(root)) if (globs.matches(f.path)) out.push(f.path);
  return out.sort();
}

/** The reference text for the files matched now (sha256sum format, the canonical manifest). */
export async function writeReferenceText(root: string, binaries: readonly string[]): Promise<{ text: string; files: number }> {
  if (binaries.length === 0) throw new InputError({ input: 'binaries', problem: 'no globs given, so there is nothing to write', fix: 'pass --binaries GLOB (e.g. bin/**)' });
  const entries: ManifestEntry[] = [];
  for (const path of await matchBinaries(root, binaries)) {
    const d = await sha256File(join(root, path));
    entries.push({ path, sha256: d.sha256, bytes: d.bytes });
  }
  return { text: buildManifest(entries).text, files: entries.length };
}

function unsafePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..');
}

async function isFile(abs: string): Promise<{ executable: boolean } | undefined> {
  try {
    const s = await stat(abs);
    return s.isFile() ? { executable: (s.mode & 0o111) !== 0 } : undefined;
  } catch {
    return undefined;
  }
}

export async function checkBinaryDrift(input: BinaryDriftInput): Promise<CheckOutcome & { summary: BinaryDriftSummary }> {
  const summary: BinaryDriftSummary = { reference: input.reference, files: 0, bytes: 0, drifted: [], missing: [], unexpected: [] };
  const findings: Finding[] = [];
  const notes: string[] = [];
  if (!input.reference) {
    if (input.binaries.length > 0) throw new InputError({ input: 'reference', problem: 'binaries are given but no reference to compare them with', fix: 'set reference to a SHA256SUMS file or manifest (bulkhead policy-audit --write makes one)' });
    notes.push('binary-drift: no binaries or reference configured; nothing to check');
    return { findings, notes, summary };
  }
  const versionArgv = input.versionCommand ? parseVersionCommand(input.versionCommand) : undefined;
  const ref = await loadReference(input.root, input.reference, input.referenceMaxBytes, input.fetcher);
  const at = (line: number, path: string) => (ref.localPath ? { path: ref.localPath, line } : { path });
  const parsed = parseChecksums(ref.text);
  for (const p of parsed.problems) findings.push(policyFinding('binary-drift/bad-reference', `${input.reference}:${p.line}`, `${input.reference} line ${p.line}: ${p.problem}`, at(p.line, input.reference)));

  const expected = new Map<string, ChecksumEntry>();
  for (const e of parsed.entries) {
    if (unsafePath(e.path) || expected.has(e.path)) {
      const why = expected.has(e.path) ? 'lists the path a second time' : 'names a path outside the audited root';
      findings.push(policyFinding('binary-drift/bad-reference', `${input.reference}:${e.line}`, `${input.reference} line ${e.line} ${why} (${e.path})`, at(e.line, input.reference)));
      continue;
    }
    expected.set(e.path, e);
  }
  const matched = await matchBinaries(input.root, input.binaries);
  const paths = [...new Set([...expected.keys(), ...matched])].sort();
  for (const path of paths) {
    const abs = join(input.root, path);
    const want = expected.get(path);
    const file = await isFile(abs);
    if (!file) {
      if (want) {
        summary.missing.push(path);
        findings.push(policyFinding('binary-drift/missing', path, `${path} is listed in the reference but is not there`, at(want.line, path), { expected: want.sha256 }));
      }
      continue;
    }
    const got = await sha256File(abs);
    summary.files++;
    summary.bytes += got.bytes;
    if (want && want.sha256 === got.sha256) continue;
    const version = versionArgv && file.executable ? await reportedVersion(versionArgv, abs, input.root) : undefined;
    const props: Record<string, string | number> = { actual: got.sha256, bytes: got.bytes, ...(version ? { version } : {}) };
    const says = version ? ` (reports: ${version})` : '';
    if (want) {
      summary.drifted.push(path);
      findings.push(policyFinding('binary-drift/drifted', `${path}\0${want.sha256}\0${got.sha256}`, `${path} drifted from the reference: expected sha256 ${want.sha256}, found ${got.sha256}${says}`, { path }, { expected: want.sha256, ...props }));
    } else {
      summary.unexpected.push(path);
      findings.push(policyFinding('binary-drift/unexpected', `${path}\0${got.sha256}`, `${path} is not in the reference (sha256 ${got.sha256})${says}`, { path }, props));
    }
  }
  notes.push(`binary-drift: ${summary.files} files hashed against ${input.reference}: ${summary.drifted.length} drifted, ${summary.missing.length} missing, ${summary.unexpected.length} unexpected`);
  return { findings, notes, summary };
}
