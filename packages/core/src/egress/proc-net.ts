// /proc/net/tcp and tcp6: the connections open when the gate starts. The runner's own service connections
// are among them; their endpoints stay reachable, so the job never hangs on its runner.
import type { Endpoint } from './nft.ts';
import { canonicalIp } from './ip.ts';

const ESTABLISHED = '01';

/** Kernel hex (host byte order per 32-bit word) → address text. */
function hexAddress(hex: string): string | undefined {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((w) => (w.match(/../g) ?? []).reverse().map((b) => parseInt(b, 16)));
  if (bytes.length === 4) return bytes.join('.');
  if (bytes.length !== 16) return undefined;
  // IPv4-mapped (::ffff:a.b.c.d): a dual-stack socket talking IPv4.
  if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 255 && bytes[11] === 255) return bytes.slice(12).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => ((bytes[2 * i] << 8) | bytes[2 * i + 1]).toString(16));
  return canonicalIp(groups.join(':'));
}

/** Established remote endpoints (not loopback) from the text of /proc/net/tcp or /proc/net/tcp6. */
export function establishedRemotes(text: string): Endpoint[] {
  const out: Endpoint[] = [];
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 4 || f[3] !== ESTABLISHED) continue;
    const [addrHex, portHex] = f[2].split(':');
    const address = hexAddress(addrHex);
    if (!address) continue;
    const a = address;
    if (a.startsWith('127.') || a === '::1') continue;
    out.push({ address: a, family: a.includes(':') ? 6 : 4, port: parseInt(portHex, 16) });
  }
  return out;
}
