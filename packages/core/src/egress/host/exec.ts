// Running the host tools the gate needs (nft, resolvectl, sudo…): as root directly, otherwise through
// `sudo -n` (GitHub's runners give the runner user passwordless sudo). Output captured, exit code checked.
import { spawn } from 'node:child_process';
import { ResourceError } from '../../errors.ts';

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** argv prefixed with `sudo -n` unless we are root already. */
export function privileged(argv: readonly string[]): string[] {
  return isRoot() ? [...argv] : ['sudo', '-n', ...argv];
}

export function run(argv: readonly string[], input?: string, timeoutMs = 30_000): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 128, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}

/** Runs a privileged command; a non-zero exit is a ResourceError naming the tool and its first error line. */
export async function runChecked(argv: readonly string[], what: string, input?: string): Promise<string> {
  const full = privileged(argv);
  let r: ExecResult;
  try {
    r = await run(full, input);
  } catch (e) {
    throw new ResourceError({ problem: `${what}: could not run ${full[0]} (${e instanceof Error ? e.message : String(e)})`, fix: `install ${argv[0]} (Debian/Ubuntu: apt-get install nftables iproute2) and run as root or with passwordless sudo` });
  }
  if (r.code !== 0) {
    const line = r.stderr.split('\n').find((l) => l.trim()) ?? `exit ${r.code}`;
    throw new ResourceError({ problem: `${what}: ${argv[0]} failed: ${line.trim()}`, fix: 'run the gate as root or with passwordless sudo, on a Linux kernel with nftables' });
  }
  return r.stdout;
}

/** IPv4 addresses of the interfaces whose names match nft-style patterns (`docker0`, `br-*`), from `ip -j`. */
export async function bridgeAddresses(patterns: readonly string[]): Promise<string[]> {
  const r = await run(['ip', '-j', '-4', 'addr', 'show']).catch(() => undefined);
  if (!r || r.code !== 0) return [];
  const match = (name: string) => patterns.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p));
  const links = JSON.parse(r.stdout || '[]') as { ifname: string; addr_info?: { local?: string }[] }[];
  return links.filter((l) => match(l.ifname)).flatMap((l) => (l.addr_info ?? []).map((a) => a.local ?? '')).filter(Boolean);
}
