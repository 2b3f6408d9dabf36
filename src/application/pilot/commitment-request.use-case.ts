import type { ResourcesData } from '../../contracts/commitment.contract';
import { MAX_COMMITMENTS } from '../../contracts/commitment.contract';
import type { Commitment } from '../../domain/commitments/commitment';
import { validateCommitment } from '../../domain/commitments/validate-commitment';
import { err, type Result } from '../../domain/result';
import type { PanelCaller } from '../scoring/panel.ports';
import { notTakingPart } from '../scoring/takes-part';
import type { CommitmentRecord } from './commitment-record';
import type { ResourcesDeps } from './commitment.ports';
import { projectKeyOf, resourcesOf } from './commitment-resources.use-case';

export interface CommitmentRequest {
  personAccountId: string;
  hoursPerWeek: number;
  start: string;
  end: string;
}

const refuse = (field: string, message: string) =>
  err({ code: 'INVALID_INPUT', message: 'The commitment is incomplete', fieldErrors: { [field]: [message] } });

/**
 * Someone who can edit the issue (the initiative's owner, or an editor for them) asks for a named
 * person's hours per week over a period. Checked by the domain (hours, dates) and against Jira (the
 * person exists) before anything is written; at most MAX_COMMITMENTS per initiative. With a
 * `requestId`, the commitment is named after it and the id commits with it: a retry adds nothing.
 */
export async function requestCommitment(
  deps: ResourcesDeps,
  caller: PanelCaller,
  input: CommitmentRequest,
  requestId?: string,
): Promise<Result<ResourcesData>> {
  const requestKey = requestId ? deps.requests.key(caller.accountId, requestId) : undefined;
  if (requestKey && (await deps.requests.seen(requestKey)))
    return { ok: true, value: await resourcesOf(deps, caller, await deps.pilots.get(caller.issue.id)) };
  const refused = notTakingPart((await deps.settings.load()).config, caller);
  if (refused) return refused;
  const at = deps.clock.now();
  const draft: Commitment = {
    id: requestId ? `c-${requestId}` : deps.clock.id(),
    initiativeId: caller.issue.id,
    personId: input.personAccountId,
    hoursPerWeek: input.hoursPerWeek,
    start: input.start,
    end: input.end,
    requestedBy: caller.accountId,
    requestedAt: at,
  };
  const valid = validateCommitment(draft);
  if (!valid.ok) {
    const { personId, ...rest } = valid.error.fieldErrors ?? {};
    return err({ ...valid.error, fieldErrors: { ...rest, ...(personId ? { personAccountId: personId } : {}) } });
  }
  const [people, me] = await Promise.all([deps.users.byIds([draft.personId]), deps.identity.currentUser()]);
  const person = people.find((u) => u.accountId === draft.personId);
  if (!person) return refuse('personAccountId', 'Jira knows no such person: choose someone from the search');
  const record: CommitmentRecord = { ...draft, personName: person.displayName, requestedByName: me.displayName };
  let full = false;
  const issue = { id: caller.issue.id, key: caller.issue.key, projectKey: projectKeyOf(caller.issue.key) };
  const pilot = await deps.footprints.update(
    issue,
    (current) => {
      if (current.commitments.some((c) => c.id === record.id)) return undefined;
      full = current.commitments.length >= MAX_COMMITMENTS;
      return full ? undefined : { ...current, commitments: [...current.commitments, record] };
    },
    { requestKey },
  );
  if (full)
    return refuse('personAccountId', `An initiative holds at most ${MAX_COMMITMENTS} commitments; this one is full`);
  return { ok: true, value: await resourcesOf(deps, caller, pilot) };
}
