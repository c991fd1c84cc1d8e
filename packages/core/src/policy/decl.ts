// policy-audit's options, declared once: action.yml, the runner, the CLI and .bulkhead.yml all follow it.
import type { ActionDecl } from '../options/types.ts';
import { DEFAULT_AI_FILE_MARKERS, DEFAULT_AI_MARKERS } from './ai-markers.ts';

export const POLICY_AUDIT_DECL = {
  name: 'policy-audit',
  title: 'Bulkhead policy-audit',
  description:
    'Audit the repository for conditions that make a leak likely: shipped binaries that drifted from their checksums, submodules pulled over weak URLs, from unexpected hosts or writable by unexpected people, changes written by coding agents, and the CI CPU-hour budget; one SARIF, JSON report and job summary for all checks.',
  summary: 'Audit binaries against checksums, submodule hygiene, AI-written changes and the CI budget.',
  usage: 'bulkhead policy-audit [PATH] [--checks LIST] [--binaries GLOB]... [--reference FILE] [--write] [--base REF] [--head REF] [flags]',
  options: [
    { name: 'checks', type: 'list', default: 'binary-drift, submodules, ai-provenance', description: 'Checks to run: binary-drift, submodules, ai-provenance, ci-budget (needs token and cpu-hour-budget).' },
    { name: 'path', type: 'string', default: '.', positional: true, description: 'Repository to audit, relative to the workspace.' },
    { name: 'base', type: 'string', description: 'Base commit of the change ai-provenance looks at. Default: from the event (pull request base, merge group base, push before), else the parent of head.' },
    { name: 'head', type: 'string', description: 'Head commit of that change. Default: from the event, else HEAD.' },
    { name: 'binaries', type: 'globs', description: 'binary-drift: globs (relative to path, .gitignore meaning) of the binaries to hash and compare with the reference.' },
    { name: 'reference', type: 'string', description: "binary-drift: the reference checksums: a SHA256SUMS file as sha256sum writes it (GNU or --tag BSD lines), a double-write manifest, or an https:// URL of a release's checksum file. Paths in it are relative to path." },
    { name: 'reference-max-bytes', type: 'bytes', default: '4MB', description: 'binary-drift: largest reference file accepted (a download is cut off past it).' },
    { name: 'version-command', type: 'string', description: "binary-drift: command run for each executable that drifted or is unexpected, to report the version it states; `{}` stands for the file (e.g. `{} --version`). No shell; first line of output, 5 s limit." },
    { name: 'write', type: 'boolean', default: 'false', surface: 'cli', description: 'binary-drift: write the reference file (sha256sum format) from the binaries matched now, and exit 0.' },
    { name: 'submodule-hosts', type: 'list', description: 'submodules: allowed hosts or host/organisation prefixes (github.com, github.com/my-org). Empty: any host.' },
    { name: 'submodule-writers', type: 'list', description: 'submodules (with a token): logins and org/team-slug teams allowed to push to GitHub-hosted submodules; anyone else with push, maintain or admin rights is a finding. Empty: writers are not compared.' },
    { name: 'token', type: 'string', secret: true, surface: 'action', description: 'GitHub token for the API-backed parts (submodule visibility and writers, ci-budget); pass ${{ github.token }}, or a token that can read the submodules\' collaborators. Masked. The CLI reads GITHUB_TOKEN.' },
    { name: 'repository', type: 'string', surface: 'cli', description: 'ci-budget: the repository (OWNER/NAME) whose workflow runs are counted. The action uses its own.' },
    { name: 'ai-markers', type: 'list', default: DEFAULT_AI_MARKERS.join(', '), description: 'ai-provenance: commit markers, matched case-insensitively in each line of a commit message and in its author; a marker ending in `:` is a trailer key (matched at the start of a line).' },
    { name: 'ai-file-markers', type: 'list', default: DEFAULT_AI_FILE_MARKERS.join(', '), description: 'ai-provenance: in-file markers, matched case-insensitively in the lines of the files the change touches.' },
    { name: 'ai-label', type: 'string', description: 'ai-provenance: a pull request label that AI-marked changes must carry; a pull request without it is a high finding.' },
    { name: 'ai-reviewer-team', type: 'string', description: 'ai-provenance (with a token): a team, as org/team-slug, that must be requested as reviewer or have a member approve on pull requests with AI-marked commits; otherwise a high finding.' },
    { name: 'ai-files-file', type: 'string', default: 'bulkhead-ai-files.txt', description: 'ai-provenance: where to write the AI-touched paths, one per line (relative to the workspace; for a SAST include list or CodeQL paths); empty to skip.' },
    { name: 'cpu-hour-budget', type: 'integer', min: 0, description: 'ci-budget: CPU-hours allowed per budget-period (job time × runner cores).' },
    { name: 'budget-period', type: 'duration', default: '14d', min: 3_600_000, description: 'ci-budget: the period counted, ending now (a sprint).' },
    { name: 'fail-on-budget', type: 'boolean', default: 'false', description: 'ci-budget: fail the step when the CPU-hours exceed cpu-hour-budget (80 % is a warning either way).' },
    { name: 'runner-cores', type: 'list', description: 'ci-budget: cores of runners by label, as label=cores (e.g. self-hosted=8); they win over the built-in table of GitHub-hosted runners.' },
    { name: 'fail-on', type: 'enum', default: 'high', values: ['low', 'medium', 'high', 'critical', 'none'], description: "Fail when a finding has this severity or higher; 'none' never fails." },
    { name: 'sarif-file', type: 'string', default: 'bulkhead-policy-audit.sarif', surface: 'action', description: 'Where to write the SARIF 2.1.0 report (relative to the workspace); empty to skip.' },
    { name: 'report-file', type: 'string', default: 'bulkhead-policy-audit.json', surface: 'action', description: 'Where to write the JSON report (relative to the workspace); empty to skip.' },
    { name: 'summary', type: 'boolean', default: 'true', surface: 'action', description: 'Write a job summary.' },
    { name: 'annotations', type: 'boolean', default: 'true', surface: 'action', description: 'Annotate findings on their file and line.' },
    { name: 'format', type: 'enum', default: 'text', values: ['text', 'json', 'sarif'], surface: 'cli', description: 'Output format.' },
    { name: 'output', type: 'string', surface: 'cli', description: 'Write the report to this file instead of stdout.' },
  ],
  outputs: [
    { name: 'findings', description: 'Number of findings of all checks.' },
    { name: 'drifted', description: 'Number of binaries whose SHA-256 differs from the reference.' },
    { name: 'ai-files', description: 'Path of the file listing the AI-touched paths, one per line (empty when not written).' },
    { name: 'cpu-hours', description: 'CPU-hours of workflow runs in the budget period (empty when ci-budget did not run).' },
    { name: 'sarif-file', description: 'Path of the SARIF report.' },
    { name: 'report-file', description: 'Path of the JSON report.' },
  ],
} as const satisfies ActionDecl;

export type PolicyAuditDecl = typeof POLICY_AUDIT_DECL;
