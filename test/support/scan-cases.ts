// One file per case under `case<i>/`, scanned by the real engine (tree walk, worker threads); findings by case index.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { secretScan, type Finding, type SecretScanResult } from '@bulkhead/core';

export async function scanCasesIn(
  dir: string,
  cases: readonly (readonly [string, string])[],
  extra: { entropy?: { threshold?: number } } = {},
): Promise<{ byCase: Map<number, Finding[]>; result: SecretScanResult }> {
  cases.forEach(([path, text], i) => {
    const file = join(dir, `case${i}`, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  });
  const result = await secretScan({ root: dir, target: { kind: 'tree' }, threads: 2, ...extra });
  const byCase = new Map<number, Finding[]>();
  for (const f of result.findings) {
    const i = Number(/^case(\d+)\//.exec(f.location.path)![1]);
    byCase.set(i, [...(byCase.get(i) ?? []), f]);
  }
  return { byCase, result };
}
