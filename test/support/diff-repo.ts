// Large synthetic repositories for diff-telemetry tests and the benchmark, written with
// `git fast-import` (orders of magnitude faster than writing files and running `git add`).
import { spawn } from 'node:child_process';
import { makeRng } from './secret-gen.ts';

export interface ImportFile {
  path: string;
  content: Buffer;
}

export interface ImportCommit {
  /** Branch ref, e.g. `refs/heads/main`. */
  ref: string;
  message: string;
  /** Unix seconds. */
  time: number;
  files: Iterable<ImportFile>;
  deletes?: string[];
  /** Start from this commit (a ref or `:mark`); default: the ref's current tip. */
  from?: string;
}

/** Deterministic PRNG (the same mulberry32 as the secret generator) so generated repositories are the same on every run. */
export const seeded = makeRng;

const WORDS = 'const let value return function import export from await async if else for while new class this type interface string number'.split(' ');

/** Source-like text of about `bytes` bytes (lines of 20-80 chars, trailing newline). */
export function textOf(rand: () => number, bytes: number): Buffer {
  const parts: string[] = [];
  let n = 0;
  while (n < bytes) {
    let line = '';
    const len = 20 + Math.floor(rand() * 60);
    while (line.length < len) line += WORDS[Math.floor(rand() * WORDS.length)] + ' ';
    line = line.trimEnd() + '\n';
    parts.push(line);
    n += line.length;
  }
  return Buffer.from(parts.join('').slice(0, Math.max(1, bytes - 1)) + '\n');
}

/** Random bytes with NULs (git sees them as binary). */
export function binaryOf(rand: () => number, bytes: number): Buffer {
  const b = Buffer.allocUnsafe(bytes);
  for (let i = 0; i < bytes; i += 4) b.writeUInt32LE((rand() * 4294967296) >>> 0, Math.min(i, bytes - 4));
  b[0] = 0;
  return b;
}

/** Feed commits to `git fast-import` in `dir` (an initialised repository). Returns when git is done. */
export async function fastImport(dir: string, commits: ImportCommit[]): Promise<void> {
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import failed: ${stderr}`))));
  });
  const write = (chunk: string | Buffer) =>
    child.stdin.write(chunk) ? Promise.resolve() : new Promise<void>((r) => child.stdin.once('drain', () => r()));
  for (const c of commits) {
    const msg = Buffer.from(c.message);
    await write(`commit ${c.ref}\ncommitter Bench <bench@example.test> ${c.time} +0000\ndata ${msg.length}\n`);
    await write(msg);
    await write('\n');
    if (c.from) await write(`from ${c.from}\n`);
    for (const d of c.deletes ?? []) await write(`D ${d}\n`);
    for (const f of c.files) {
      await write(`M 100644 inline ${f.path}\ndata ${f.content.length}\n`);
      await write(f.content);
      await write('\n');
    }
    await write('\n');
  }
  await write('done\n');
  child.stdin.end();
  await done;
}
