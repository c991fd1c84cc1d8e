// Network namespaces for egress-gate tests: a "runner" namespace and a "net" namespace joined by a veth pair,
// documentation addresses only (192.0.2.0/24, 198.51.100.0/24 behind it, 2001:db8::/64). Everything created
// here is removed by cleanup(), which tests call in afterAll/finally — also when they fail. Needs root + ip + nft.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

/** Root, ip and nft present, and a namespace can really be made and given a table (a container may refuse). */
export function canUseNetns(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = `bhprobe${process.pid % 100000}`;
  const made = spawnSync('ip', ['netns', 'add', probe]).status === 0;
  const nft = made && spawnSync('ip', ['netns', 'exec', probe, 'nft', 'add', 'table', 'inet', 'probe']).status === 0;
  if (made) spawnSync('ip', ['netns', 'del', probe]);
  return nft;
}

function sh(argv: string[]): string {
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

export interface Lab {
  runner: string;
  net: string;
  /** A "container" namespace behind the runner (createLab's `container` option), its link named `br-…` on the runner side. */
  container?: string;
  /** argv to run a command inside a namespace. */
  inNs(ns: string, argv: readonly string[]): string[];
  /** Runs to completion inside a namespace. */
  exec(ns: string, argv: readonly string[], opts?: { input?: string; timeoutMs?: number }): Promise<{ code: number; stdout: string; stderr: string }>;
  /** Starts a long-lived process inside a namespace (killed by cleanup). */
  spawn(ns: string, argv: readonly string[]): ChildProcess;
  cleanup(): Promise<void>;
}

export const RUNNER_V4 = '192.0.2.2';
export const NET_V4 = '192.0.2.1';
export const RUNNER_V6 = '2001:db8::2';
export const NET_V6 = '2001:db8::1';
/** The container link: runner side, container side (a /30 of 198.51.100.0/24). */
export const BRIDGE_V4 = '198.51.100.201';
export const CONTAINER_V4 = '198.51.100.202';

/** Builds the lab; `extra4`/`extra6` are more addresses on the net side (servers bind them). */
export function createLab(tag: string, extra4: readonly string[] = [], extra6: readonly string[] = [], opts: { container?: boolean } = {}): Lab {
  const id = `${tag}${process.pid % 10000}${Math.floor(Math.random() * 100)}`.slice(0, 10);
  const runner = `bhr${id}`;
  const net = `bhn${id}`;
  const container = opts.container ? `bhc${id}` : undefined;
  const children: ChildProcess[] = [];
  const lab: Lab = {
    runner,
    net,
    container,
    inNs: (ns, argv) => ['ip', 'netns', 'exec', ns, ...argv],
    exec(ns, argv, opts = {}) {
      return new Promise((resolve, reject) => {
        const full = lab.inNs(ns, argv);
        const child = spawn(full[0], full.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
        child.on('error', reject);
        child.on('close', (code) => {
          clearTimeout(timer);
          resolve({ code: code ?? 128, stdout, stderr });
        });
        child.stdin.on('error', () => {}); // the command may exit without reading its input
        child.stdin.end(opts.input ?? '');
      });
    },
    spawn(ns, argv) {
      const full = lab.inNs(ns, argv);
      const child = spawn(full[0], full.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
      children.push(child);
      return child;
    },
    async cleanup() {
      for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
      // Anything else still running inside (a daemon the test started through the gate) goes too.
      for (const ns of [runner, net, ...(container ? [container] : [])]) {
        const pids = spawnSync('ip', ['netns', 'pids', ns], { encoding: 'utf8' }).stdout?.split('\n').filter(Boolean) ?? [];
        for (const p of pids) spawnSync('kill', ['-KILL', p]);
        spawnSync('ip', ['netns', 'del', ns]);
        rmSync(`/etc/netns/${ns}`, { recursive: true, force: true });
      }
    },
  };
  try {
    sh(['ip', 'netns', 'add', runner]);
    sh(['ip', 'netns', 'add', net]);
    sh(['ip', 'link', 'add', `v${id}a`, 'netns', runner, 'type', 'veth', 'peer', 'name', `v${id}b`, 'netns', net]);
    const inR = (...a: string[]) => sh(lab.inNs(runner, a));
    const inN = (...a: string[]) => sh(lab.inNs(net, a));
    inR('ip', 'link', 'set', 'lo', 'up');
    inN('ip', 'link', 'set', 'lo', 'up');
    // No DAD delay: addresses are usable at once.
    inR('sysctl', '-qw', 'net.ipv6.conf.all.accept_dad=0', 'net.ipv6.conf.default.accept_dad=0');
    inN('sysctl', '-qw', 'net.ipv6.conf.all.accept_dad=0', 'net.ipv6.conf.default.accept_dad=0');
    inR('ip', 'link', 'set', `v${id}a`, 'up');
    inN('ip', 'link', 'set', `v${id}b`, 'up');
    inR('ip', 'addr', 'add', `${RUNNER_V4}/24`, 'dev', `v${id}a`);
    inN('ip', 'addr', 'add', `${NET_V4}/24`, 'dev', `v${id}b`);
    inR('ip', '-6', 'addr', 'add', `${RUNNER_V6}/64`, 'dev', `v${id}a`, 'nodad');
    inN('ip', '-6', 'addr', 'add', `${NET_V6}/64`, 'dev', `v${id}b`, 'nodad');
    for (const a of extra4) inN('ip', 'addr', 'add', `${a}/32`, 'dev', `v${id}b`);
    for (const a of extra6) inN('ip', '-6', 'addr', 'add', `${a}/128`, 'dev', `v${id}b`, 'nodad');
    inR('ip', 'route', 'add', 'default', 'via', NET_V4);
    inR('ip', '-6', 'route', 'add', 'default', 'via', NET_V6);
    // The runner's resolver starts out pointing straight at the upstream server (as a runner without the gate).
    mkdirSync(`/etc/netns/${runner}`, { recursive: true });
    writeFileSync(`/etc/netns/${runner}/resolv.conf`, `nameserver ${NET_V4}\n`);
    if (container) {
      // Like a Docker bridge network: the runner forwards for it, and it asks the upstream DNS server directly.
      sh(['ip', 'netns', 'add', container]);
      sh(['ip', 'link', 'add', `br-${id}`, 'netns', runner, 'type', 'veth', 'peer', 'name', `c${id}`, 'netns', container]);
      const inC = (...a: string[]) => sh(lab.inNs(container, a));
      inC('ip', 'link', 'set', 'lo', 'up');
      inC('ip', 'link', 'set', `c${id}`, 'up');
      inC('ip', 'addr', 'add', `${CONTAINER_V4}/30`, 'dev', `c${id}`);
      inC('ip', 'route', 'add', 'default', 'via', BRIDGE_V4);
      inR('ip', 'link', 'set', `br-${id}`, 'up');
      inR('ip', 'addr', 'add', `${BRIDGE_V4}/30`, 'dev', `br-${id}`);
      inR('sysctl', '-qw', 'net.ipv4.ip_forward=1');
      inN('ip', 'route', 'add', `${CONTAINER_V4}/32`, 'via', RUNNER_V4);
      mkdirSync(`/etc/netns/${container}`, { recursive: true });
      writeFileSync(`/etc/netns/${container}/resolv.conf`, `nameserver ${NET_V4}\n`);
    }
  } catch (e) {
    void lab.cleanup();
    throw e;
  }
  return lab;
}
