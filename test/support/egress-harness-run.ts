// Runs test/support/harness.ts's runAction inside a network namespace (the caller starts this script with
// `ip netns exec`), so the egress-gate bundle changes only that namespace. argv[2]: bundle dir; argv[3]: options JSON.
import { runAction, type HarnessOptions } from './harness.ts';

const [bundle, opts] = process.argv.slice(2);
runAction(bundle, JSON.parse(opts) as HarnessOptions).then(
  (r) => process.stdout.write(JSON.stringify(r)),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
