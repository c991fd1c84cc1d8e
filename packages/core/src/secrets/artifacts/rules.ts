// Rules for artifact findings that are not secrets: they need RuleInfo for SARIF like any other rule.
import type { RuleInfo } from '../../report/types.ts';

export const LEAK_PATTERN_RULE: RuleInfo = {
  id: 'leak-pattern-file',
  name: 'LeakPatternFile',
  severity: 'high',
  description: 'A file whose name matches a leak pattern (for example `*.leak`, `.env`, `id_rsa`) is part of the scanned tree or a build artifact.',
  remediation:
    'Remove the file from the artifact or repository and keep it out of the build (add it to `.gitignore` / the packaging excludes). If it held credentials, rotate them: shipping the file exposed them even if no known token format was recognised.',
  tags: ['security', 'artifact'],
};

export const OVERSIZE_ARTIFACT_RULE: RuleInfo = {
  id: 'oversize-artifact',
  name: 'OversizeArtifact',
  severity: 'medium',
  description: 'An artifact is larger than `max-artifact-size`; unexpected size often means something was bundled by accident (a data dump, a cache, a whole `node_modules`).',
  remediation:
    'Check what the artifact contains and exclude what should not ship. If the size is expected, raise `max-artifact-size` for this workflow.',
  tags: ['artifact'],
};

export const ARCHIVE_BOMB_RULE: RuleInfo = {
  id: 'archive-bomb',
  name: 'ArchiveBomb',
  severity: 'high',
  description: 'An archive decompresses at an implausible ratio (a decompression bomb); reading stopped at the limit, so the rest of it was not scanned.',
  remediation:
    'Find out how the archive was produced: a legitimate build almost never compresses above 100:1. Remove it from the artifact, or if it is genuine (e.g. a sparse image), raise the ratio limit for this scan.',
  tags: ['security', 'artifact'],
};

export const ARCHIVE_LIMIT_RULE: RuleInfo = {
  id: 'archive-limit',
  name: 'ArchiveLimit',
  severity: 'low',
  description: 'Part of an archive could not be scanned: too many entries, too large, nested too deep, encrypted, or corrupt. Secrets in that part would go unnoticed.',
  remediation:
    'Make sure the unscanned part is meant to be there. Split very large archives, avoid archives nested more than three levels deep, and do not ship encrypted archives whose contents CI cannot check.',
  tags: ['artifact'],
};

export const ARTIFACT_RULES: readonly RuleInfo[] = [LEAK_PATTERN_RULE, OVERSIZE_ARTIFACT_RULE, ARCHIVE_BOMB_RULE, ARCHIVE_LIMIT_RULE];
