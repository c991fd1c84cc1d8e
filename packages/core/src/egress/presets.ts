// Named allow-lists. `github` is what a GitHub-hosted runner itself talks to during a job (GitHub's
// "communication requirements" for runners), so a gate in block mode never hangs the job on its own runner.
import { InputError } from '../errors.ts';
import { closest } from '../options/suggest.ts';
import { parseAllowList, type AllowList } from './endpoints.ts';

// Results and cache storage: GitHub names the accounts productionresultssa0..19 rather than all of Azure Blob.
const RESULTS_STORAGE = Array.from({ length: 20 }, (_, i) => `productionresultssa${i}.blob.core.windows.net`);

export const PRESETS: Readonly<Record<string, readonly string[]>> = {
  github: [
    'github.com',
    'api.github.com',
    'codeload.github.com',
    'uploads.github.com',
    '*.actions.githubusercontent.com',
    'objects.githubusercontent.com',
    'objects-origin.githubusercontent.com',
    'github-releases.githubusercontent.com',
    'release-assets.githubusercontent.com',
    'github-registry-files.githubusercontent.com',
    '*.githubapp.com',
    ...RESULTS_STORAGE,
  ],
};

export function presetAllowList(names: readonly string[]): AllowList {
  const entries: string[] = [];
  for (const name of names.filter((n) => n.trim().toLowerCase() !== 'none')) {
    const preset = PRESETS[name.trim().toLowerCase()];
    if (!preset) {
      const near = closest(name, Object.keys(PRESETS));
      throw new InputError({ input: 'presets', problem: `"${name}" is not a preset`, fix: `use ${near ? `"${near}"` : Object.keys(PRESETS).join(', ')}, or none for no preset` });
    }
    entries.push(...preset);
  }
  return parseAllowList(entries, 'presets');
}
