// Raw action inputs for the declared options, with secrets masked before anything can print them.
import * as core from '@actions/core';
import type { ActionDecl, RawOptions } from '@bulkhead/core/options';

export function actionOptions(decl: ActionDecl) {
  return decl.options.filter((o) => (o.surface ?? 'both') !== 'cli');
}

export function readInputs(decl: ActionDecl): RawOptions {
  const raw: Record<string, string | undefined> = {};
  const opts = actionOptions(decl);
  // Mask first: a later parse error or debug line must not be able to echo a credential.
  for (const o of opts) {
    if (!o.secret) continue;
    const v = core.getInput(o.name);
    if (v !== '') core.setSecret(v);
  }
  for (const o of opts) {
    const v = core.getInput(o.name);
    // Only '' means unset. action.yml declares no defaults (the runner would send them as INPUT_*, making an
    // input given equal to its default look omitted), so any value here was written in the workflow and wins.
    raw[o.name] = v === '' ? undefined : v;
  }
  return raw;
}
