// Streaming git: large diffs are read chunk by chunk and never held whole in memory.
import { spawn } from 'node:child_process';
import { gitCommand, gitReason, gitSpawnError } from './exec.ts';
import { GitError } from '../errors.ts';

/** Pinned so our byte counts match across user configs (colour, prefixes, quoting, external tools). */
export const DIFF_CONFIG = ['-c', 'core.quotePath=true', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false', '-c', 'color.ui=false', '-c', 'diff.context=3', '-c', 'diff.interHunkContext=0'];

export interface StreamOptions {
  /** Fed to stdin (an iterable of chunks is written with back-pressure). */
  input?: string | Iterable<string>;
  env?: Record<string, string>;
}

/** Run git, handing each stdout chunk to `onData`. Rejects with a GitError naming the command on failure. */
export function streamGit(cwd: string, args: readonly string[], onData: (chunk: Buffer) => void, opts: StreamOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...DIFF_CONFIG, ...args], {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    let failed: unknown;
    child.stdout.on('data', (b: Buffer) => {
      if (failed) return;
      try {
        onData(b);
      } catch (e) {
        failed = e;
        child.kill();
      }
    });
    child.stderr.on('data', (b: Buffer) => {
      if (stderr.length < 4000) stderr += b.toString('utf8');
    });
    child.on('error', (e: NodeJS.ErrnoException) => reject(gitSpawnError(e)));
    child.on('close', (code) => {
      if (failed) return reject(failed);
      if (code !== 0) {
        return reject(
          new GitError({
            problem: `${gitCommand(args)} failed: ${gitReason(stderr, code)}`,
            fix: 'check that the path is a git repository with both commits of the range (fetch-depth: 0 on actions/checkout)',
          }),
        );
      }
      resolve();
    });
    child.stdin.on('error', () => {}); // git may exit before reading all of stdin
    const input = opts.input;
    if (input === undefined) child.stdin.end();
    else if (typeof input === 'string') child.stdin.end(input);
    else void writeAll(child.stdin, input);
  });
}

async function writeAll(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  let buf = '';
  for (const c of chunks) {
    buf += c;
    if (buf.length >= 65536) {
      const ok = stream.write(buf);
      buf = '';
      if (!ok) await new Promise<void>((r) => stream.once('drain', () => r()));
    }
  }
  stream.end(buf);
}

/** Run git and collect stdout as a Buffer (for small, bounded outputs). */
export async function gitBuffer(cwd: string, args: readonly string[], opts: StreamOptions = {}): Promise<Buffer> {
  const parts: Buffer[] = [];
  await streamGit(cwd, args, (b) => parts.push(b), opts);
  return Buffer.concat(parts);
}
