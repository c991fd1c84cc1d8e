// The seed's red flag per pipeline: a red card for each workflow whose newest run shows a leak, a green one otherwise.
import type { PipelineStatus } from '../aggregate/pipelines.ts';
import { escapeHtml } from '../escape.ts';
import { section } from '../html.ts';

function card(p: PipelineStatus): string {
  const risk = p.r === null ? '' : `, leak risk r = ${p.r}`;
  const attrs = `data-workflow="${escapeHtml(p.workflow)}"`;
  if (p.reasons.length) {
    return `<div class="pipe flag" role="alert" data-testid="pipeline-flag" ${attrs}><span class="big">&#9873; ${escapeHtml(p.workflow)}</span> leak in the newest run ${escapeHtml(p.latest.label)}: ${escapeHtml(p.reasons.join('; '))}${escapeHtml(risk)}</div>`;
  }
  return `<div class="pipe ok" data-testid="pipeline-clean" ${attrs}><span class="big">&#10003; ${escapeHtml(p.workflow)}</span> newest run ${escapeHtml(p.latest.label)} is clean (${p.runs} run${p.runs === 1 ? '' : 's'} on this page${escapeHtml(risk)})</div>`;
}

export function pipelinesSection(list: readonly PipelineStatus[]): string {
  return section('pipelines', 'Pipelines', list.length ? list.map(card).join('\n') : null, 'No runs given.');
}
