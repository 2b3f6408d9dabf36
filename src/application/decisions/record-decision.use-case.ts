import type { DecisionDraft, DecisionEntry } from '../../domain/decision-log/decision-entry';
import { validateDecisionDraft } from '../../domain/decision-log/validate-decision-draft';
import type { Result } from '../../domain/result';
import { ok } from '../../domain/result';
import type { UserRefRecord } from '../initiative-record';
import type { DecisionsPort } from '../ports';

/**
 * The one way every feature records a decision: validate the draft against the current head, then
 * append it (serialised on the head). Nothing is written when the draft is invalid. A `requestKey`
 * commits with the entry (see `DecisionsPort.append`).
 */
export async function recordDecision(
  decisions: DecisionsPort,
  draft: DecisionDraft,
  actor: UserRefRecord,
  at: string,
  options: { requestKey?: string } = {},
): Promise<Result<DecisionEntry>> {
  const head = await decisions.head();
  const checked = validateDecisionDraft(draft, head.seq === 0 ? null : head);
  if (!checked.ok) return checked;
  return ok(await decisions.append(checked.value, actor, at, options));
}
