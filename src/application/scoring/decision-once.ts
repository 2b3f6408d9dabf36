import type { DecisionDraft, DecisionEntry } from '../../domain/decision-log/decision-entry';
import type { Result } from '../../domain/result';
import { ok } from '../../domain/result';
import { recordDecision } from '../decisions/record-decision.use-case';
import type { UserRefRecord } from '../initiative-record';
import type { DecisionsPort } from '../ports';

/** What a decision call with a client request id finds before it writes. */
export type PriorDecision = { state: 'none' } | { state: 'other' } | { state: 'logged'; entry: DecisionEntry };

/**
 * What the first call with this request key committed (issue 8: a retry has one effect): the
 * decision it appended (the retry completes the initiative's copy instead of appending again),
 * another write ('other': the retry writes nothing), or nothing.
 */
export async function priorDecision(decisions: DecisionsPort, requestKey: string | undefined): Promise<PriorDecision> {
  if (!requestKey) return { state: 'none' };
  const found = await decisions.byRequest(requestKey);
  if (found === undefined) return { state: 'none' };
  return found === 'other' ? { state: 'other' } : { state: 'logged', entry: found };
}

/** The entry a retry found, or the draft appended now with the request key in its transaction. */
export async function decideOnce(
  decisions: DecisionsPort,
  prior: PriorDecision,
  draft: () => Result<DecisionDraft>,
  actor: UserRefRecord,
  at: string,
  requestKey: string | undefined,
): Promise<Result<DecisionEntry>> {
  if (prior.state === 'logged') return ok(prior.entry);
  const drafted = draft();
  if (!drafted.ok) return drafted;
  return recordDecision(decisions, drafted.value, actor, at, requestKey ? { requestKey } : {});
}

/** Who decided, by name: the caller when it is their entry, else the name hashed into the entry. */
export function deciderOf(entry: DecisionEntry, caller: UserRefRecord): UserRefRecord {
  if (entry.actor === caller.accountId) return caller;
  return { accountId: entry.actor, displayName: entry.actorName ?? entry.actor };
}
