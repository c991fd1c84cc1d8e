// secret-scan's options, declared once: action.yml, the runner, the CLI and .bulkhead.yml all follow it.
import type { ActionDecl } from '../options/types.ts';
import { SECRET_SCAN_CONFIG_SHAPES } from './suppress/shapes.ts';
import { DEFAULT_LEAK_PATTERN } from '../files/leak-patterns.ts';

export const SECRET_SCAN_DECL = {
  name: 'secret-scan',
  title: 'Bulkhead secret-scan',
  description: 'Find credentials in the tree, in git history, in the new commits of a pull request or push, and in build artifacts; fail the build without ever printing the secret.',
  summary: 'Find credentials in a tree, git history, staged changes or build artifacts.',
  post: false,
  config: SECRET_SCAN_CONFIG_SHAPES,
  options: [
    { name: 'path', type: 'string', default: '.', positional: true, description: 'Directory (or repository) to scan, relative to the workspace.' },
    { name: 'mode', type: 'enum', default: 'auto', values: ['auto', 'tree', 'history', 'changes'], surface: 'action', description: "What to scan: 'auto' picks the new commits for pull_request, push and merge_group events and the tree otherwise; 'tree' scans files on disk; 'history' scans every commit; 'changes' scans base..head." },
    { name: 'history', type: 'boolean', default: 'false', surface: 'cli', description: 'Scan every commit reachable from HEAD (added lines only) instead of the files on disk.' },
    { name: 'range', type: 'string', surface: 'cli', description: 'Scan only the commits in BASE..HEAD (implies --history).' },
    { name: 'staged', type: 'boolean', default: 'false', surface: 'cli', description: 'Scan the staged changes (for pre-commit hooks).' },
    { name: 'base', type: 'string', surface: 'action', description: "Base commit of the range to scan; overrides the event's. Empty: from the event." },
    { name: 'head', type: 'string', surface: 'action', description: "Head commit of the range to scan; overrides the event's. Empty: from the event." },
    { name: 'artifacts', type: 'globs', anywhere: true, description: 'Globs of build artifacts (files and zip/jar/tar/tar.gz archives) to scan as well: relative to path, or absolute for build outputs outside the checkout (e.g. /tmp/build/**).' },
    { name: 'leak-patterns', type: 'globs', default: DEFAULT_LEAK_PATTERN, description: 'Globs of files that must never be shipped; each match is a finding.' },
    { name: 'max-artifact-size', type: 'bytes', default: '100MB', description: 'Artifacts larger than this are reported as oversize findings (archives are still scanned within their limits).' },
    { name: 'exclude', type: 'globs', description: 'Globs of paths not to scan.' },
    { name: 'gitignore', type: 'boolean', default: 'false', description: 'Skip files ignored by .gitignore in tree scans.' },
    { name: 'config', type: 'string', description: 'Path of the Bulkhead config file. Empty: .bulkhead.yml in the scanned path, if present.' },
    { name: 'baseline', type: 'string', description: 'Baseline file of accepted findings (by fingerprint); findings in it do not fail the step.' },
    { name: 'write-baseline', type: 'string', surface: 'cli', description: 'Write every current finding to this baseline file and exit 0.' },
    { name: 'fail-on', type: 'enum', default: 'low', values: ['low', 'medium', 'high', 'critical', 'none'], description: "Fail when a finding has this severity or higher; 'none' never fails." },
    { name: 'shard', type: 'string', description: "Scan only shard i of n ('i/n', e.g. 2/4) for a matrix of n jobs: files by path hash, commits by SHA." },
    { name: 'fetch', type: 'boolean', default: 'true', surface: 'action', description: 'Deepen a shallow clone with git fetch when the commits to scan are missing.' },
    { name: 'sarif-file', type: 'string', default: 'bulkhead-secret-scan.sarif', surface: 'action', description: 'Where to write the SARIF 2.1.0 report (relative to the workspace).' },
    { name: 'report-file', type: 'string', default: 'bulkhead-secret-scan.json', surface: 'action', description: 'Where to write the JSON report (relative to the workspace).' },
    { name: 'summary', type: 'boolean', default: 'true', surface: 'action', description: 'Write a job summary.' },
    { name: 'annotations', type: 'boolean', default: 'true', surface: 'action', description: 'Annotate findings on their file and line.' },
    { name: 'format', type: 'enum', default: 'text', values: ['text', 'json', 'sarif'], surface: 'cli', description: 'Output format.' },
    { name: 'output', type: 'string', surface: 'cli', description: 'Write the report to this file instead of stdout.' },
  ],
  outputs: [
    { name: 'findings', description: 'Number of findings not covered by the baseline or allow-lists.' },
    { name: 'sarif-file', description: 'Path of the SARIF report.' },
    { name: 'report-file', description: 'Path of the JSON report.' },
    { name: 'fingerprints', description: 'Newline-separated fingerprints of the findings (SHA-256, never the secret).' },
  ],
} as const satisfies ActionDecl;
