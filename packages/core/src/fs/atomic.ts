// Atomic file writes: temp file in the same directory, fsync, rename, fsync the directory.
// A crash leaves the old file or the new one, never half of either.
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { ResourceError } from '../errors.ts';

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fh = await open(tmp, 'wx', 0o644);
  try {
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await syncDir(dir);
}

async function syncDir(dir: string): Promise<void> {
  // Directory fsync makes the rename durable; some filesystems refuse it, which is harmless.
  const fh = await open(dir, 'r').catch(() => undefined);
  if (!fh) return;
  await fh.sync().catch(() => {});
  await fh.close();
}

/**
 * A file the user asked for (a report, `--output`): written atomically, so a full disk or a killed
 * process never leaves half a report, and a failure is the user's to fix, naming the input.
 */
export async function writeOutputFile(file: string, data: string | Uint8Array, input: string, shown: string = file): Promise<void> {
  try {
    await writeFileAtomic(file, data);
  } catch (e) {
    throw new ResourceError({
      input,
      problem: `${shown} cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      fix: 'choose a path in a writable directory with free space',
    });
  }
}
