// Reading checksum files as `sha256sum` writes them: GNU text/binary lines (`<hex>  name`, `<hex> *name`, with
// the leading-backslash escape) and the BSD tag form (`SHA256 (name) = <hex>`, `sha256sum --tag`).
export interface ChecksumEntry {
  path: string;
  sha256: string;
  /** 1-based line in the file. */
  line: number;
}

export interface ChecksumProblem {
  line: number;
  problem: string;
}

export interface ParsedChecksums {
  entries: ChecksumEntry[];
  problems: ChecksumProblem[];
}

function unescapeName(name: string): string | undefined {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = name[++i];
    if (n === '\\') out += '\\';
    else if (n === 'n') out += '\n';
    else if (n === 'r') out += '\r';
    else return undefined;
  }
  return out;
}

const GNU = /^(\\?)([0-9a-fA-F]{64}) ([ *])(.+)$/;
const BSD = /^(\\?)SHA256 \((.+)\) = ([0-9a-fA-F]{64})$/;

export function parseChecksums(text: string): ParsedChecksums {
  const entries: ChecksumEntry[] = [];
  const problems: ChecksumProblem[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '' || line.startsWith('#')) return;
    const g = GNU.exec(line);
    const b = g ? null : BSD.exec(line);
    const escaped = g ? g[1] === '\\' : b ? b[1] === '\\' : false;
    const hex = g ? g[2] : b?.[3];
    const name = g ? g[4] : b?.[2];
    if (!hex || name === undefined) {
      problems.push({ line: i + 1, problem: 'not a SHA-256 checksum line (expected `<64 hex>  NAME` or `SHA256 (NAME) = <64 hex>`)' });
      return;
    }
    const path = escaped ? unescapeName(name) : name;
    if (path === undefined) {
      problems.push({ line: i + 1, problem: 'bad escape in the file name' });
      return;
    }
    entries.push({ path: path.replace(/^\.\//, ''), sha256: hex.toLowerCase(), line: i + 1 });
  });
  return { entries, problems };
}
