// The bench's reference step: what a minimal "diff size" step costs on a runner. It reads the range from
// the event payload as diff-telemetry does by default and runs only `git diff --numstat` over it.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pr = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')).pull_request;
const git = spawn('git', ['diff', '--numstat', '--find-renames', pr.base.sha, pr.head.sha], { stdio: ['ignore', 'pipe', 'inherit'] });
let lines = 0;
git.stdout.on('data', (d) => {
  for (let i = d.indexOf(10); i !== -1; i = d.indexOf(10, i + 1)) lines++;
});
git.on('close', (code) => {
  console.log(`${lines} files changed`);
  process.exitCode = code ?? 1;
});
