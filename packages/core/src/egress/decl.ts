// egress-gate's options, declared once: action.yml, the runner, the CLI and .bulkhead.yml follow it.
import type { ActionDecl } from '../options/types.ts';

export const EGRESS_GATE_DECL = {
  name: 'egress-gate',
  title: 'Bulkhead egress-gate',
  description:
    'Stops every later step of the job from reaching network destinations that are not allow-listed (DNS proxy + nftables, IPv4 and IPv6), records every attempt, and ends stray background processes. `mode: audit` records without blocking.',
  summary: 'Allow-list outbound traffic for the rest of the job (DNS proxy + nftables); audit or block.',
  usage: 'bulkhead egress-gate [plan|start|stop] [--mode audit|block] [--allowed-endpoints LIST] [flags]',
  post: true,
  options: [
    {
      name: 'step',
      type: 'enum',
      values: ['plan', 'start', 'stop', 'serve'],
      default: 'plan',
      positional: true,
      surface: 'cli',
      description:
        '`plan` prints the firewall ruleset and DNS policy without changing anything; `start` applies the gate (root); `stop` reports, restores the resolver and removes the table (root); `serve --daemon proxy=FILE` runs one of the gate\'s daemons in the foreground (start runs it for you).',
    },
    {
      name: 'mode',
      type: 'enum',
      values: ['audit', 'block'],
      default: 'audit',
      description: '`audit` records every destination and lets it through; `block` lets through only allow-listed destinations.',
    },
    {
      name: 'allowed-endpoints',
      type: 'list',
      description:
        'Allowed destinations, separated by newlines, spaces or commas: `host`, `host:port`, `*.domain` (subdomains only), `.domain` (the domain and its subdomains), `ip`, `ip:port`, `cidr`, `cidr:port` (IPv6 with a port in brackets: `[2001:db8::/32]:443`). `#` starts a comment.',
    },
    {
      name: 'presets',
      type: 'list',
      default: 'github',
      description: 'Named allow-lists added to allowed-endpoints: `github` (what the runner itself needs: github.com, api.github.com, *.actions.githubusercontent.com, results and cache storage, …), or `none`.',
    },
    { name: 'block-doh', type: 'boolean', default: 'true', description: 'Block well-known DNS-over-HTTPS/TLS resolvers (by name and address) in both modes unless explicitly allowed, so DNS cannot bypass the proxy.' },
    { name: 'fail-on-blocked', type: 'boolean', default: 'false', description: 'Fail the post step when anything was blocked (block mode) or would have been (audit mode).' },
    { name: 'disable-sudo', type: 'boolean', default: 'false', surface: 'action', description: "Remove the runner user's sudo rights for the rest of the job, so no step can undo the gate." },
    { name: 'kill-after', type: 'duration', description: 'Process watchdog: end (TERM, then KILL after kill-grace) every process of the job started after the gate that is still running this long after it started. Empty: off.' },
    { name: 'kill-grace', type: 'duration', default: '5s', description: 'Time between TERM and KILL when the watchdog ends a process.' },
    { name: 'kill-patterns', type: 'list', description: 'Regular expressions over a process command line: a matching process started after the gate is ended at once.' },
    { name: 'watchdog-exempt', type: 'list', description: 'Regular expressions over a process command line: matching processes are never ended by the watchdog or quotas.' },
    { name: 'max-process-cpu', type: 'duration', description: 'Quota: CPU time (user + system) per process started after the gate, e.g. 10m. Past it the process is reported (and ended with quota-action kill).' },
    { name: 'max-process-memory', type: 'bytes', description: 'Quota: resident memory per process started after the gate, e.g. 2GiB.' },
    { name: 'quota-action', type: 'enum', values: ['warn', 'kill'], default: 'warn', description: '`warn` reports a process past a quota; `kill` also ends it.' },
    { name: 'dns-upstream', type: 'list', description: 'Upstream DNS servers the proxy forwards to (IP addresses). Default: the servers the system resolver used before the gate.' },
    { name: 'dns-address', type: 'string', default: '127.0.0.153', description: 'Loopback address the DNS proxy listens on (port 53).' },
    { name: 'proxy-uid', type: 'integer', default: '64153', min: 1, max: 4294967294, description: 'User id the DNS proxy drops to once it is listening (no account needed); only this uid may send DNS upstream.' },
    { name: 'daemon', type: 'string', surface: 'cli', description: 'With `serve`: which daemon and its config, `proxy=FILE` or `watchdog=FILE` (start passes this; not for everyday use).' },
    { name: 'state-dir', type: 'string', surface: 'cli', description: 'Directory for the gate state (logs, saved resolver). Default: a bulkhead-egress folder in the temp directory.' },
    { name: 'report-file', type: 'string', description: 'Where to write the JSON report. Action default: $RUNNER_TEMP/bulkhead-egress-gate.json.' },
    { name: 'format', type: 'enum', values: ['text', 'json'], default: 'text', surface: 'cli', description: 'Output format.' },
  ],
  outputs: [
    { name: 'blocked-count', description: 'Number of distinct destinations (address, protocol, port; or DNS name) blocked (block mode) or not allow-listed (audit mode).' },
    { name: 'report-file', description: 'Path of the JSON report.' },
  ],
} as const satisfies ActionDecl;

export type EgressGateDecl = typeof EGRESS_GATE_DECL;
