// ActionContext on top of @actions/core: the only place an action's outputs/summary/annotations reach the runner.
import * as core from '@actions/core';
import type { EventContext } from '@bulkhead/core/git';
import type { ActionDecl, ParsedOptions } from '@bulkhead/core/options';
import type { Annotation } from '@bulkhead/core/report';
import type { ActionContext, ConfigInfo } from './types.ts';

export interface ContextParts<D extends ActionDecl> {
  options: ParsedOptions<D>;
  explicit: ReadonlySet<string>;
  event: EventContext;
  workspace: string;
  tempDir: string;
  config: ConfigInfo;
}

function annotationProps(a: Annotation): core.AnnotationProperties {
  const p: core.AnnotationProperties = {};
  if (a.title !== undefined) p.title = a.title;
  if (a.file !== undefined) p.file = a.file;
  if (a.startLine !== undefined) p.startLine = a.startLine;
  if (a.endLine !== undefined) p.endLine = a.endLine;
  if (a.startColumn !== undefined) p.startColumn = a.startColumn;
  if (a.endColumn !== undefined) p.endColumn = a.endColumn;
  return p;
}

export function buildContext<D extends ActionDecl>(parts: ContextParts<D>): ActionContext<D> {
  return {
    ...parts,
    mask: (value) => {
      if (value !== '') core.setSecret(value);
    },
    setOutput: (name, value) => core.setOutput(name, value),
    summary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    annotate: (list) => {
      for (const a of list) {
        const props = annotationProps(a);
        if (a.level === 'error') core.error(a.message, props);
        else if (a.level === 'warning') core.warning(a.message, props);
        else core.notice(a.message, props);
      }
    },
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    debug: (m) => core.debug(m),
    fail: (m) => core.setFailed(m),
  };
}
