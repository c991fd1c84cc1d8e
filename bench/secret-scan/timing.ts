// Timing for the secret-scan bench: child processes as users run them, their output drained through a
// pipe (never /dev/null: grep-like tools may stop at the first match when they see it), and medians of
// runs that alternate the sides of a comparison so load from elsewhere on the machine hits all of them.
import { spawn } from 'node:child_process';

export interface Run {
  ms: number;
  code: number;
  stdout: string;
}

/** Runs `cmd args` in `cwd`, keeping stdout (up to `keep` bytes) and the exit code. */
export function timed(cmd: string, args: readonly string[], cwd: string, keep = 64 << 20): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let size = 0;
    let err = '';
    child.stdout.on('data', (b: Buffer) => {
      if (size < keep) out.push(b);
      size += b.length;
    });
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0 && code !== 1) reject(new Error(`${cmd} ${args.slice(0, 3).join(' ')} ... exited ${code}: ${err.slice(0, 500)}`));
      else resolve({ ms, code: code ?? 1, stdout: Buffer.concat(out).toString('utf8') });
    });
  });
}

export interface Side {
  name: string;
  run: () => Promise<Run>;
}

export interface Measured {
  name: string;
  /** Sorted run times. */
  times: number[];
  median: number;
  last: Run;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One warm-up of each side (page cache, JIT), then `runs` rounds running every side once, in turn. */
export async function alternate(sides: readonly Side[], runs: number): Promise<Measured[]> {
  const last: Run[] = [];
  for (const s of sides) last.push(await s.run());
  const times: number[][] = sides.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (let i = 0; i < sides.length; i++) {
      last[i] = await sides[i].run();
      times[i].push(last[i].ms);
    }
  }
  return sides.map((s, i) => ({ name: s.name, times: [...times[i]].sort((a, b) => a - b), median: median(times[i]), last: last[i] }));
}
