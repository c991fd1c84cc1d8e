// The version an executable reports (`version-command`, e.g. `{} --version`), for drift findings: run
// without a shell, `{}` replaced by the file, first line of output, killed after 5 s.
import { execFile } from 'node:child_process';
import { InputError } from '../errors.ts';

const TIMEOUT_MS = 5000;

export function parseVersionCommand(command: string): string[] {
  const argv = command.trim().split(/\s+/).filter(Boolean);
  if (!argv.includes('{}')) {
    throw new InputError({ input: 'version-command', problem: 'has no `{}` for the file to ask', fix: 'write it as the program and arguments with {} for the binary, e.g. `{} --version`' });
  }
  return argv;
}

/** The first non-empty output line (stdout, else stderr), at most 200 characters; undefined when the command fails. */
export function reportedVersion(argv: readonly string[], file: string, cwd: string): Promise<string | undefined> {
  const [cmd, ...args] = argv.map((a) => a.split('{}').join(file));
  return new Promise((resolveVersion) => {
    execFile(cmd, args, { cwd, timeout: TIMEOUT_MS, maxBuffer: 1 << 20, encoding: 'utf8' }, (err, stdout, stderr) => {
      const line = `${stdout}\n${stderr}`.split('\n').map((l) => l.trim()).find(Boolean);
      resolveVersion(err && !line ? undefined : line?.slice(0, 200));
    });
  });
}
