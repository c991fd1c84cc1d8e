// Feeds @actions/github's context (GITHUB_EVENT_NAME / GITHUB_EVENT_PATH / GITHUB_SHA ...) to core's pure mapping.
import { context } from '@actions/github';
import type { EventContext } from '@bulkhead/core/git';
import { eventFromPayload } from '@bulkhead/core/git';

export function resolveEvent(): EventContext {
  // context.eventName is undefined without GITHUB_EVENT_NAME; eventFromPayload defaults it.
  return eventFromPayload(context.eventName, context.payload, {
    sha: context.sha,
    repository: process.env.GITHUB_REPOSITORY,
    runId: context.runId,
    runNumber: context.runNumber,
    workflow: context.workflow,
    ref: context.ref,
  });
}
