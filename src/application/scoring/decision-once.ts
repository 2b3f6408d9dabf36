import type { PanelData } from '../../contracts/issue-panel.contract';
import type { DecisionDraft, DecisionEntry } from '../../domain/decision-log/decision-entry';
import type { Result } from '../../domain/result';
import { ok } from '../../domain/result';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import { recordDecision } from '../decisions/record-decision.use-case';
import type { InitiativeRecord, UserRefRecord } from '../initiative-record';
import type { DecisionsPort } from '../ports';
import { getPanel } from './get-panel.use-case';
import { newInitiative } from './new-initiative';
import type { PanelCaller, PanelDeps } from './panel.ports';
import { notTakingPart } from './takes-part';

/** Where a panel decision starts: its request's prior entry, the configuration and the initiative. */
export interface DecisionStart {
  requestKey: string | undefined;
  prior: PriorDecision;
  config: ScoringConfig;
  current: InitiativeRecord;
}

/**
 * The common first steps of a panel decision (reject, record a decision): the request's prior
 * entry, then the "takes part" check for a first call, then the initiative (or a new one from
 * Jira). Answers `{ done }` when there is nothing to write: the request id belongs to another
 * write (the current panel), or the issue takes no part.
 */
export async function startDecision(
  deps: PanelDeps & { decisions: DecisionsPort },
  caller: PanelCaller,
  requestId: string | undefined,
): Promise<{ done: Result<PanelData> } | DecisionStart> {
  const requestKey = requestId ? deps.requests.key(caller.accountId, requestId) : undefined;
  const prior = await priorDecision(deps.decisions, requestKey);
  if (prior.state === 'other') return { done: await getPanel(deps, caller) };
  const { config } = await deps.settings.load();
  const refused = prior.state === 'none' ? notTakingPart(config, caller) : undefined;
  if (refused) return { done: refused };
  const current =
    (await deps.initiatives.get(caller.issue.id)) ?? newInitiative(await deps.issues.read(caller.issue.id), config);
  return { requestKey, prior, config, current };
}

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
