// disable-sudo: the runner user's sudo rights are what a later step would use to undo the gate. GitHub's images
// grant them in /etc/sudoers.d/runner; we replace that grant with one read-only command (so post can still
// read the gate's records) and check that plain sudo no longer works.
import { ResourceError } from '../../errors.ts';
import { TABLE_REF } from '../nft.ts';
import { run, runChecked } from './exec.ts';

export const SUDOERS_GRANT = '/etc/sudoers.d/runner';
export const SUDOERS_OURS = '/etc/sudoers.d/zz-bulkhead-egress';

export function readOnlyGrant(user: string, nftPath = '/usr/sbin/nft'): string {
  return `# bulkhead egress-gate: the post step may read the gate's records, nothing else\n${user} ALL=(root) NOPASSWD: ${nftPath} -j list table ${TABLE_REF}\n`;
}

/** Removes the user's sudo grant; returns true when `sudo -n true` fails afterwards. */
export async function disableSudo(user: string): Promise<boolean> {
  if (!/^[a-z_][a-z0-9_-]*$/i.test(user)) throw new ResourceError({ input: 'disable-sudo', problem: `cannot tell the runner user (got ${JSON.stringify(user)})`, fix: 'run the job as a named user' });
  await runChecked(['tee', SUDOERS_OURS], 'writing the read-only sudoers grant', readOnlyGrant(user));
  await runChecked(['chmod', '0440', SUDOERS_OURS], 'securing the sudoers grant');
  await runChecked(['visudo', '-cf', SUDOERS_OURS], 'checking the sudoers grant');
  await runChecked(['rm', '-f', SUDOERS_GRANT], 'removing the sudo grant');
  const r = await run(['sudo', '-n', 'true']).catch(() => ({ code: 1 }));
  return r.code !== 0;
}
