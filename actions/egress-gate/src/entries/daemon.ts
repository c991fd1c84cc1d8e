// egress-gate's detached daemons (bundled as dist/egress-gate/daemon.js), started by the main step:
// `daemon.js proxy CONFIG` (the DNS proxy) or `daemon.js watchdog CONFIG` (the process watchdog).
import { runProxyDaemon, runWatchdogDaemon } from '@bulkhead/core/egress/host';

const [role, config] = process.argv.slice(2);
if (role === 'proxy' && config) {
  runProxyDaemon(config).catch((e: unknown) => {
    console.error(`egress-gate proxy: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
} else if (role === 'watchdog' && config) {
  runWatchdogDaemon(config);
} else {
  console.error('usage: daemon.js proxy|watchdog CONFIG');
  process.exit(2);
}
