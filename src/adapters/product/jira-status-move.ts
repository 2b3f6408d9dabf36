import api, { route } from '@forge/api';
import * as z from 'zod';
import { ensureOk } from './jira-gateway';
import type { RateLimitSignal } from './rate-limit-headers';
import { requestWithRetry } from './request-with-retry';

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

const issueStatusSchema = z.object({
  fields: z.object({ status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) }) }),
});

const transitionsSchema = z.object({
  transitions: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      to: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }).optional() }),
    }),
  ),
});

/** What a status move came to: already there, moved (with the status's category), or why not. */
export type StatusMove =
  | { kind: 'already' | 'moved'; status: string; statusCategory: string }
  | { kind: 'no-transition' | 'refused'; message: string };

/**
 * Moves an issue to the status `status` as the app (issue 10 item 1: Jira follows the app's
 * lifecycle). Reads the issue's status first (`GET /rest/api/3/issue/{id}?fields=status`) and does
 * nothing when it is there already, so a retried or duplicated move has one effect. Otherwise finds
 * the transition leading there among those the issue offers (`GET /rest/api/3/issue/{id}/transitions`,
 * operationId getTransitions: `transitions[].to` is the target status) and performs it
 * (`POST /rest/api/3/issue/{id}/transitions` with `{ transition: { id } }`, operationId doTransition,
 * 204 No Content; 400 when a workflow validator or condition refuses it). The POST is not retried
 * (not idempotent by itself; the next drain reads the status again). Jira answering 429/503 throws
 * `ProductBusyError` (the consumer retries later); a missing transition or a refusal is answered,
 * not thrown: the reconcile retries later and the log says why.
 */
export async function moveIssueToStatus(
  issueId: string,
  status: string,
  observe?: (signal: RateLimitSignal) => void,
): Promise<StatusMove> {
  const read = await requestWithRetry(
    () =>
      api.asApp().requestJira(route`/rest/api/3/issue/${issueId}?fields=status`, {
        headers: { Accept: 'application/json' },
      }),
    { observe },
  );
  const current = issueStatusSchema.parse(await (await ensureOk(read, `Reading the status of ${issueId}`)).json());
  if (current.fields.status.name === status)
    return { kind: 'already', status, statusCategory: current.fields.status.statusCategory.key };
  const listed = await requestWithRetry(
    () =>
      api.asApp().requestJira(route`/rest/api/3/issue/${issueId}/transitions`, {
        headers: { Accept: 'application/json' },
      }),
    { observe },
  );
  const { transitions } = transitionsSchema.parse(
    await (await ensureOk(listed, `Reading the transitions of ${issueId}`)).json(),
  );
  const transition = transitions.find((t) => t.to.name === status);
  if (!transition)
    return {
      kind: 'no-transition',
      message: `No transition leads from ${current.fields.status.name} to ${status}`,
    };
  const moved = await requestWithRetry(
    () =>
      api.asApp().requestJira(route`/rest/api/3/issue/${issueId}/transitions`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({ transition: { id: transition.id } }),
      }),
    { observe, idempotent: false },
  );
  if (moved.status === 400) return { kind: 'refused', message: (await moved.text()).slice(0, 300) };
  await ensureOk(moved, `Moving ${issueId} to ${status}`);
  return { kind: 'moved', status, statusCategory: transition.to.statusCategory?.key ?? '' };
}
