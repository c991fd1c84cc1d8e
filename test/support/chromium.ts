// Chromium for page tests, from the npm registry, so `npm ci && npm test` needs no apt step: @sparticuz/chromium
// ships a headless-shell build (bin/chromium.br) and the NSS/expat libraries it links against (bin/al2023.tar.br),
// both brotli-compressed. They are unpacked once per package version into node_modules/.cache, under a temporary
// name and then renamed, because test files running in parallel may race to do it; the libraries come first on
// LD_LIBRARY_PATH, so the browser does not depend on the machine's own.
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import tarStream from 'tar-stream';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface UnpackedChromium {
  executable: string;
  libDir: string;
  version: string;
}

/** Runs `produce(tmp)` and renames tmp to `dest`, unless `dest` exists; a lost race leaves the winner's copy. */
async function once(dest: string, produce: (tmp: string) => Promise<void>): Promise<void> {
  if (existsSync(dest)) return;
  const tmp = `${dest}.${process.pid}.tmp`;
  await rm(tmp, { recursive: true, force: true });
  await produce(tmp);
  try {
    await rename(tmp, dest);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    if (!existsSync(dest)) throw e;
  }
}

async function untarBrotli(archive: string, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const extract = tarStream.extract();
  const done = (async () => {
    for await (const entry of extract) {
      const { name, type, mode } = entry.header;
      // Only the flat lib/ files the archive holds; nothing may land outside dir.
      if (type === 'file' && /^lib\/[\w.+-]+$/.test(name)) {
        await pipeline(entry, createWriteStream(join(dir, name.slice('lib/'.length)), { mode: mode ?? 0o644 }));
      } else {
        entry.resume();
      }
    }
  })();
  await pipeline(createReadStream(archive), createBrotliDecompress(), extract);
  await done;
}

export async function unpackChromium(): Promise<UnpackedChromium> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`the page tests take Chromium from @sparticuz/chromium, which ships a Linux x64 build only; this is ${process.platform} ${process.arch}`);
  }
  const require = createRequire(import.meta.url);
  const pkgDir = join(dirname(require.resolve('@sparticuz/chromium')), '..');
  const { version } = JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  const cache = join(pkgDir, '..', '..', '.cache', 'bulkhead-chromium', version);
  await mkdir(cache, { recursive: true });
  const executable = join(cache, 'chromium');
  const libDir = join(cache, 'lib');
  await once(executable, (tmp) => pipeline(createReadStream(join(pkgDir, 'bin', 'chromium.br')), createBrotliDecompress(), createWriteStream(tmp, { mode: 0o755 })));
  await once(libDir, (tmp) => untarBrotli(join(pkgDir, 'bin', 'al2023.tar.br'), tmp));
  return { executable, libDir, version };
}

export async function launchChromium(): Promise<Browser> {
  const { executable, libDir } = await unpackChromium();
  const LD_LIBRARY_PATH = [libDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return chromium.launch({ executablePath: executable, args: CHROMIUM_ARGS, env: { ...process.env, LD_LIBRARY_PATH } });
}
