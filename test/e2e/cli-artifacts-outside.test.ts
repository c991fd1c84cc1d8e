// Build outputs outside PATH: `--artifacts` takes absolute globs and `..`, the files are scanned, and the
// SARIF names them by absolute file:// URIs that the official validator accepts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeZip } from '../support/archives.ts';
import { generateSecret, makeRng } from '../support/secret-gen.ts';
import { sarifValidationErrors } from '../support/sarif-validator.ts';

const CLI = resolve('packages/cli/src/index.ts');
const rng = makeRng(77);
const aws = generateSecret('aws-access-key-id', rng);
const gl = generateSecret('gitlab-pat', rng);

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  for (const s of [aws.secret, gl.secret]) expect((r.stdout + r.stderr).includes(s), 'the CLI printed a secret').toBe(false);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type SarifResult = { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] };

let work: string;
let path: string;
let build: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bulkhead-outside-art-'));
  path = join(work, 'checkout');
  build = join(work, 'runner temp', 'dist'); // a space, as `${{ runner.temp }}` paths may have
  mkdirSync(path);
  mkdirSync(join(build, 'nested'), { recursive: true });
  writeFileSync(join(path, 'README.md'), '# clean\n');
  writeFileSync(join(build, 'app.zip'), await makeZip([{ name: 'conf/app.env', data: `${aws.text}\n` }]));
  writeFileSync(join(build, 'nested', 'notes.txt'), `${gl.text}\n`);
  writeFileSync(join(build, 'creds.leak'), 'x\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('secret-scan --artifacts outside PATH', () => {
  it('scans absolute globs and `..` globs, and names the files by absolute path', () => {
    const r = cli(['secret-scan', path, '--artifacts', `${build}/*.zip`, '--artifacts', `../${basename(join(build, '..'))}/dist/**/*.txt`, '--artifacts', `${build}/*.leak`, '--format', 'json'], work);
    expect(r.code, r.stderr).toBe(1);
    const found = (JSON.parse(r.stdout).data.findings as { ruleId: string; location: { path: string } }[]).map((f) => [f.ruleId, f.location.path]).sort();
    expect(found).toEqual(
      [
        ['aws-access-key-id', `${build}/app.zip!/conf/app.env`],
        ['gitlab-pat', `${build}/nested/notes.txt`],
        ['leak-pattern-file', `${build}/creds.leak`],
      ].sort(),
    );
  });

  it('writes SARIF with absolute file:// URIs that the official validator accepts', () => {
    const out = join(work, 'out.sarif');
    const r = cli(['secret-scan', '.', '--artifacts', `${build}/**/*`, '--format', 'sarif', '--output', out], path);
    expect(r.code, r.stderr).toBe(1);
    const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results: SarifResult[] }[] };
    const locations = log.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation);
    expect(locations.length).toBe(3);
    for (const loc of locations) {
      expect(loc.uriBaseId).toBeUndefined();
      // Node's URL parser (not the code under test) reads each URI back to a file under the build directory.
      const url = new URL(loc.uri);
      expect(url.protocol).toBe('file:');
      expect(url.pathname).not.toContain(' ');
      const file = fileURLToPath(url);
      expect(file.startsWith(`${build}/`), file).toBe(true);
    }
    expect(locations.map((l) => fileURLToPath(l.uri)).sort()).toEqual([`${build}/app.zip!/conf/app.env`, `${build}/creds.leak`, `${build}/nested/notes.txt`]);

    expect(sarifValidationErrors([out])).toEqual({ [out]: [] });
  });

  it('exclude and leak-patterns still refuse absolute paths', () => {
    const r = cli(['secret-scan', path, '--exclude', '/etc/**'], work);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('absolute');
  });
});
