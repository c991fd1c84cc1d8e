// nft on the host: apply and remove the gate's table, read its recording sets, and a long-lived `nft -e -i`
// session the DNS proxy writes element updates to (no process start per answer).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { TABLE_REF } from '../nft.ts';
import { privileged, run, runChecked } from './exec.ts';

export async function applyRuleset(text: string): Promise<void> {
  await runChecked(['nft', '-f', '-'], 'applying the egress table', text);
}

/** Check mode: the kernel validates the ruleset without committing it. */
export async function checkRuleset(text: string): Promise<void> {
  await runChecked(['nft', '-c', '-f', '-'], 'checking the egress table', text);
}

/** Removes the table; true when it existed. */
export async function deleteTable(): Promise<boolean> {
  const r = await run(privileged(['nft', 'delete', 'table', ...TABLE_REF.split(' ')]));
  return r.code === 0;
}

export async function tableExists(): Promise<boolean> {
  const r = await run(privileged(['nft', 'list', 'table', ...TABLE_REF.split(' ')]));
  return r.code === 0;
}

/** `nft -j list table` of the gate (JSON text). */
export async function listTableJson(): Promise<string> {
  return runChecked(['nft', '-j', 'list', 'table', ...TABLE_REF.split(' ')], 'reading the egress table');
}

/**
 * One `nft -e -i` process; commands go one at a time. With echo on, nft prints `# new generation N` when a
 * command is committed and `Error:` on stderr when it is refused, which is how a command's end is known.
 */
export class NftSession {
  private readonly child: ChildProcessWithoutNullStreams;
  private queue: { cmd: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  private current: { resolve: () => void; reject: (e: Error) => void; err: string } | undefined;
  private outBuf = '';
  private closed = false;
  private errTimer: NodeJS.Timeout | undefined;

  constructor() {
    const argv = privileged(['nft', '-e', '-i']);
    this.child = spawn(argv[0], argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.setEncoding('utf8').on('data', (d: string) => this.onOut(d));
    this.child.stderr.setEncoding('utf8').on('data', (d: string) => this.onErr(d));
    this.child.on('close', () => this.fail(new Error('nft session ended')));
    this.child.on('error', (e) => this.fail(e));
    this.child.stdin.on('error', () => {});
  }

  /** Runs one line (several commands may be joined with `;`: they commit as one transaction). */
  exec(cmd: string): Promise<void> {
    if (this.closed) return Promise.reject(new Error('nft session ended'));
    return new Promise((resolve, reject) => {
      this.queue.push({ cmd, resolve, reject });
      this.next();
    });
  }

  close(): void {
    this.closed = true;
    this.child.stdin.end();
  }

  private next(): void {
    if (this.current || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.current = { resolve: job.resolve, reject: job.reject, err: '' };
    this.child.stdin.write(`${job.cmd.replace(/\n/g, ' ')}\n`);
  }

  private onOut(d: string): void {
    this.outBuf += d;
    let i: number;
    while ((i = this.outBuf.indexOf('\n')) >= 0) {
      const line = this.outBuf.slice(0, i);
      this.outBuf = this.outBuf.slice(i + 1);
      if (line.startsWith('# new generation') && this.current) {
        const c = this.current;
        this.current = undefined;
        c.resolve();
        this.next();
      }
    }
  }

  private onErr(d: string): void {
    const c = this.current;
    if (!c) return;
    c.err += d;
    // nft prints the error, the command and a caret line in pieces: settle once stderr has been quiet briefly.
    clearTimeout(this.errTimer);
    this.errTimer = setTimeout(() => {
      if (this.current !== c) return;
      this.current = undefined;
      c.reject(new Error(c.err.split('\n')[0] || 'nft error'));
      this.next();
    }, 50);
  }

  private fail(e: Error): void {
    this.closed = true;
    const all = [...(this.current ? [this.current] : []), ...this.queue];
    this.current = undefined;
    this.queue = [];
    for (const j of all) j.reject(e);
  }
}
