// `bulkhead oauth-signature-gate ARTIFACT --issuer URL ...`: the same gate from any CI. Exit 0 open, 1 closed,
// 2 usage or configuration error. Progress goes to stderr, the verdict (text or JSON) to stdout.
import { resolve } from 'node:path';
import { writeOutputFile } from '@bulkhead/core/fs';
import { OAUTH_SIGNATURE_GATE_DECL, gateJson, gateText, runGate, type OauthSignatureGateDecl } from '@bulkhead/core/gate';
import { serializeJson } from '@bulkhead/core/report';
import type { Command } from '../types.ts';

export const command: Command<OauthSignatureGateDecl> = {
  name: 'oauth-signature-gate',
  summary: OAUTH_SIGNATURE_GATE_DECL.summary,
  decl: OAUTH_SIGNATURE_GATE_DECL,
  async run(args, io) {
    const o = args.options;
    // Secrets on a command line are visible to every process on the machine: each secret option can come from
    // BULKHEAD_<NAME> in the environment instead (a flag or .bulkhead.yml still wins).
    for (const opt of OAUTH_SIGNATURE_GATE_DECL.options) {
      const key = opt.name as keyof typeof o;
      const fromEnv = io.env[`BULKHEAD_${opt.name.toUpperCase().replace(/-/g, '_')}`];
      if ('secret' in opt && opt.secret && (o[key] === undefined || o[key] === '') && fromEnv) (o as Record<string, unknown>)[key] = fromEnv;
    }
    const result = await runGate(o, { cwd: io.cwd, log: (m) => io.stderr(`${m}\n`) });
    const report = gateJson(result, new Date().toISOString());
    if (o['report-file']) await writeOutputFile(resolve(io.cwd, o['report-file']), serializeJson(report), 'report-file', o['report-file']);
    io.stdout(o.format === 'json' ? serializeJson(report) : gateText(result));
    return result.approved ? 0 : 1;
  },
};
