// Runs texts through the real secret-scan engine: each text becomes a file that the engine's file scanner
// (scanFiles, the pool a tree scan uses) reads on its worker threads with the built-in rule set and the
// false-positive filters. Nothing here matches anything itself; tests only read what the engine reported.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanFiles } from '@bulkhead/core/secrets';

export interface ProbeInput {
  /** Path the engine sees (filters look at names and extensions: `package-lock.json`, `dist/x.min.js`). */
  path: string;
  text: string;
}

export interface ProbeHit {
  ruleId: string;
  secret: string;
  /** 1-based line where the secret starts. */
  line: number;
}

export interface ProbeOptions {
  /** Worker threads (default 2). Every batch goes to the pool: no inline shortcut for small inputs. */
  threads?: number;
}

/**
 * The engine's matches for each input, in input order. Each input is scanned as its own file, under a
 * directory of its own (`p<i>/<path>`), so equal paths do not collide; the engine's path filters all
 * work at any depth, so the extra directory changes nothing they decide.
 */
export async function probeTexts(inputs: readonly ProbeInput[], opts: ProbeOptions = {}): Promise<ProbeHit[][]> {
  const dir = await mkdtemp(join(tmpdir(), 'bulkhead-probe-'));
  try {
    const files = inputs.map((input, i) => ({ path: `p${i}/${input.path}`, absPath: join(dir, String(i)) }));
    await Promise.all(inputs.map((input, i) => writeFile(files[i]!.absPath, input.text)));
    const r = await scanFiles(files, { rules: {}, threads: opts.threads ?? 2, inlineBelowBytes: 0 });
    if (r.threads < 1) throw new Error('rule probe: the engine scanned inline, not on worker threads');
    if (r.filesScanned !== inputs.length) throw new Error(`rule probe: the engine scanned ${r.filesScanned} of ${inputs.length} files (skipped: ${JSON.stringify(r.skipped)})`);
    const out: ProbeHit[][] = inputs.map(() => []);
    for (const f of r.files) {
      const i = Number(f.path.slice(1, f.path.indexOf('/')));
      for (const m of f.matches) out[i]!.push({ ruleId: m.ruleId, secret: m.secret, line: m.line });
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One text through the engine (a pool of its own: batch with probeTexts where there are many). */
export async function probeText(text: string, path = 'snippet.txt'): Promise<ProbeHit[]> {
  return (await probeTexts([{ path, text }]))[0]!;
}
