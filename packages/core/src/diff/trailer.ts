// Does a commit of the range carry the bypass trailer (`Key: reason` in the message's trailer block)?
import { gitBuffer } from '../git/stream.ts';

export async function hasTrailer(cwd: string, revArgs: readonly string[], key: string): Promise<boolean> {
  const out = await gitBuffer(cwd, ['log', '-n200', `--format=%(trailers:key=${key},valueonly=false)%x00`, ...revArgs, '--']);
  const want = key.toLowerCase();
  return out
    .toString('utf8')
    .split(/[\n\0]/)
    .some((l) => l.toLowerCase().startsWith(want + ':'));
}
