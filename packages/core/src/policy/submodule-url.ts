// What a submodule URL is, as git reads it: https, ssh (`ssh://` or scp-like `user@host:path`), the weak
// transports (http, git), a local path / file://, or something else. Relative URLs (`../x.git`) are resolved
// against the superproject's origin, as `git submodule` does.

export type UrlKind = 'https' | 'ssh' | 'insecure' | 'local' | 'unsupported';

export interface ClassifiedUrl {
  kind: UrlKind;
  /** Lower-cased host, for https and ssh. */
  host?: string;
  /** Repository path without leading `/` or trailing `.git`, for https and ssh. */
  repoPath?: string;
  /** The URL after resolving a relative one. */
  resolved: string;
}

const SCP_LIKE = /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)(.*)$/;

function repoPathOf(p: string): string {
  return p.replace(/^\/+/, '').replace(/\/+$/, '').replace(/\.git$/, '');
}

/** `../other.git` against `https://github.com/org/super.git` -> `https://github.com/org/other.git`. */
export function resolveRelative(url: string, origin: string): string {
  const segs = origin.replace(/\/+$/, '').split('/');
  let rest = url;
  for (;;) {
    if (rest.startsWith('./')) rest = rest.slice(2);
    else if (rest.startsWith('../')) {
      rest = rest.slice(3);
      segs.pop();
    } else break;
  }
  return `${segs.join('/')}/${rest}`;
}

export function classifyUrl(url: string, origin?: string): ClassifiedUrl {
  const u = url.trim();
  if (u.startsWith('./') || u.startsWith('../')) {
    if (!origin) return { kind: 'local', resolved: u };
    const resolved = resolveRelative(u, origin);
    return { ...classifyUrl(resolved), resolved };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(u)?.[1]?.toLowerCase();
  if (scheme) {
    if (scheme === 'file') return { kind: 'local', resolved: u };
    if (scheme === 'http' || scheme === 'git') return { kind: 'insecure', resolved: u };
    if (scheme !== 'https' && scheme !== 'ssh' && scheme !== 'git+ssh' && scheme !== 'ssh+git') return { kind: 'unsupported', resolved: u };
    let parsed: URL;
    try {
      parsed = new URL(u);
    } catch {
      return { kind: 'unsupported', resolved: u };
    }
    return { kind: scheme === 'https' ? 'https' : 'ssh', host: parsed.hostname.toLowerCase(), repoPath: repoPathOf(decodeURIComponent(parsed.pathname)), resolved: u };
  }
  if (u.startsWith('/') || /^[A-Za-z]:[\\/]/.test(u) || u.includes('::')) return { kind: u.includes('::') ? 'unsupported' : 'local', resolved: u };
  const scp = SCP_LIKE.exec(u);
  if (scp) return { kind: 'ssh', host: scp[1].toLowerCase(), repoPath: repoPathOf(scp[2]), resolved: u };
  // A bare word or relative path without ./ is a local path to git.
  return { kind: 'local', resolved: u };
}

/** `github.com` allows the host; `github.com/org` (or deeper) allows that prefix of whole path segments. */
export function hostAllowed(c: ClassifiedUrl, allowed: readonly string[]): string | undefined {
  if (!c.host) return undefined;
  const path = (c.repoPath ?? '').toLowerCase();
  for (const entry of allowed) {
    const [host, ...rest] = entry.trim().toLowerCase().replace(/\/+$/, '').split('/');
    if (host !== c.host) continue;
    const prefix = rest.join('/');
    if (prefix === '' || path === prefix || path.startsWith(`${prefix}/`)) return entry;
  }
  return undefined;
}
