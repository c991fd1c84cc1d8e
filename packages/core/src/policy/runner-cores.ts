// CPU cores of the runner a job ran on, from its labels. GitHub-hosted standard runners (GitHub's runner
// reference): Linux and Windows have 4 vCPUs in public repositories and 2 in private/internal ones; macOS
// arm64 (macos-14, macos-15, macos-latest) 3; macOS Intel (macos-13) 4; `-large` macOS 12; `-xlarge` macOS 5.
// Larger runners named with their size (`ubuntu-latest-16-cores`, `linux-8-core`) count that many. Anything
// else (self-hosted) counts 1 unless `runner-cores` says otherwise.
import { InputError } from '../errors.ts';

export interface CoreRule {
  label: string;
  cores: number;
}

/** `runner-cores` entries: `label=cores`. */
export function parseRunnerCores(list: readonly string[]): CoreRule[] {
  return list.map((raw) => {
    const m = /^\s*([^=\s]+)\s*=\s*(\d+)\s*$/.exec(raw);
    if (!m || Number(m[2]) < 1) throw new InputError({ input: 'runner-cores', problem: `'${raw}' is not label=cores`, fix: 'write each entry as a runner label and a whole number of cores, e.g. self-hosted=8' });
    return { label: m[1].toLowerCase(), cores: Number(m[2]) };
  });
}

export interface JobCores {
  cores: number;
  /** The label (or rule) that decided, for the report. */
  by: string;
}

export function coresFor(labels: readonly string[], visibility: string, rules: readonly CoreRule[] = []): JobCores {
  const ls = labels.map((l) => l.toLowerCase());
  for (const r of rules) if (ls.includes(r.label)) return { cores: r.cores, by: r.label };
  for (const l of ls) {
    const sized = /(?:^|[-_])(\d+)[-_]?(?:cores?|vcpus?|cpus?)$/.exec(l);
    if (sized) return { cores: Number(sized[1]), by: l };
  }
  for (const l of ls) {
    if (/^macos-/.test(l)) {
      if (l.endsWith('-xlarge')) return { cores: 5, by: l };
      if (l.endsWith('-large')) return { cores: 12, by: l };
      return { cores: /^macos-1[0-3]\b/.test(l) ? 4 : 3, by: l };
    }
    if (/^(ubuntu|windows)-/.test(l)) return { cores: visibility === 'public' ? 4 : 2, by: l };
  }
  return { cores: 1, by: ls[0] ?? 'unlabelled' };
}
