import { checkRating, type AssessorRating } from '../../domain/maturity/assessment-ratings';
import { evaluateAutomaticCheck } from '../../domain/maturity/automatic-checks';
import type { MaturityModel } from '../../domain/maturity/maturity-model';
import type { Rating } from '../../domain/maturity/maturity.vocabulary';
import { ok } from '../../domain/result';
import { assessablePeriod, isAssessor, notAnAssessor, settingsOf } from './maturity-access';
import { newDraft, withRating } from './assessment-draft';
import type { AssessmentRecord, AssessorRatingsRecord, StoredAssessorRating } from './maturity-records';
import type { MaturityCaller, MaturityDeps } from './maturity.ports';
import { invalidInput, refuse, type MaturityResult } from './maturity-refusal';
import { criteriaOf } from './result-view';

/** One criterion's rating as the assessor enters it; the app's proposal is computed, never taken from here. */
export interface RatingInput {
  period: string;
  criterionId: string;
  /** N, P, L or F; anything else is refused with `INVALID_RATING`. */
  rating: string;
  evidence: string[];
  comment: string;
  /** Why the rating differs from the app's proposal (criteria with an automatic check). */
  overrideReason?: string | undefined;
  requestId?: string | undefined;
}

/** What a saved rating answers: the rating as stored and how far the caller's ratings of the period are. */
export interface SavedRating {
  period: string;
  modelVersion: number;
  rating: StoredAssessorRating;
  ratedByYou: number;
  criteria: number;
}

const submitted = (period: string): MaturityResult<never> =>
  refuse(
    'PRECONDITION_FAILED',
    'ASSESSMENT_SUBMITTED',
    `The assessment of ${period} is submitted: it no longer changes.`,
  );

/**
 * An assessor saves one criterion's rating to the period's draft (issue 12 item 1), creating the
 * draft with the model in force when there is none yet (a copy: the version stays with it). The
 * rating is checked by the domain's `checkRating`; for a criterion with an automatic check, the app's
 * proposal is computed from the facts, and rating otherwise needs a reason. Refused, writing
 * nothing: a caller who is not an assessor, a period that is not a started quarter, a criterion the
 * draft's model does not have, a submitted period. A retried request id writes nothing more.
 */
export async function saveRating(
  deps: MaturityDeps,
  caller: MaturityCaller,
  input: RatingInput,
): Promise<MaturityResult<SavedRating>> {
  const settings = await settingsOf(deps.maturity);
  if (!isAssessor(caller, settings)) return notAnAssessor('rate criteria');
  const period = assessablePeriod(input.period, deps.clock.now());
  if (!period.ok) return period;
  const requestKey = input.requestId ? deps.requests.key(caller.accountId, input.requestId) : undefined;
  if (requestKey && (await deps.requests.seen(requestKey))) return savedBefore(deps, caller, input);
  const header = await deps.maturity.getAssessment(input.period);
  if (header?.state === 'submitted') return submitted(input.period);
  const model = header?.model ?? settings.model;
  const checked = await checkedRating(deps, model, input);
  if (!checked.ok) return checked;
  const [by, at] = [await deps.identity.currentUser(), deps.clock.now()];
  let refusal: MaturityResult<never> | undefined;
  const written = await deps.maturity.rate(
    input.period,
    caller.accountId,
    (current, mine) => {
      refusal = undefined;
      if (current?.state === 'submitted') refusal = submitted(input.period);
      else if (current && current.modelVersion !== model.version) refusal = modelMoved(current);
      if (refusal) return undefined;
      const draft = current ?? newDraft(input.period, model, by, at);
      return {
        header: { ...draft, raters: [...new Set([...draft.raters, caller.accountId])], updatedAt: at },
        mine: withRating(mine, input.period, caller.accountId, checked.value, at),
      };
    },
    requestKey ? { requestKey } : {},
  );
  if (refusal) return refusal;
  return answer(input.period, model, written.mine, input.criterionId);
}

/** The rating checked by the domain, with the app's proposal when the criterion has an automatic check. */
async function checkedRating(deps: MaturityDeps, model: MaturityModel, input: RatingInput) {
  const criterion = criteriaOf(model).get(input.criterionId);
  if (!criterion) {
    const message = `The model (version ${model.version}) has no criterion ${input.criterionId}.`;
    return refuse('INVALID_INPUT', 'UNKNOWN_CRITERION', message, { criterionId: [message] });
  }
  const rating: AssessorRating = {
    criterionId: input.criterionId,
    rating: input.rating as Rating,
    evidence: input.evidence,
    comment: input.comment,
  };
  if (criterion.automaticCheck !== undefined) {
    const { proposed } = evaluateAutomaticCheck(criterion.automaticCheck, await deps.facts.facts(input.period));
    rating.automatic =
      input.overrideReason === undefined ? { proposed } : { proposed, overrideReason: input.overrideReason };
  }
  const result = checkRating(rating);
  return result.ok ? ok(result.value) : invalidInput(result.error);
}

function modelMoved(current: AssessmentRecord): MaturityResult<never> {
  const message = `The assessment of ${current.period} was started with model version ${current.modelVersion} meanwhile: reload and rate again.`;
  return refuse('CONFLICT', 'MODEL_VERSION_MOVED', message);
}

function answer(
  period: string,
  model: MaturityModel,
  mine: AssessorRatingsRecord | undefined,
  criterionId: string,
): MaturityResult<SavedRating> {
  const rating = mine?.ratings[criterionId];
  if (!rating) throw new Error(`The rating of ${criterionId} in ${period} is not stored`);
  const criteria = criteriaOf(model).size;
  return ok({ period, modelVersion: model.version, rating, ratedByYou: Object.keys(mine.ratings).length, criteria });
}

/** A retried request: what the first call stored. */
async function savedBefore(deps: MaturityDeps, caller: MaturityCaller, input: RatingInput) {
  const [header, mine] = await Promise.all([
    deps.maturity.getAssessment(input.period),
    deps.maturity.getRatings(input.period, caller.accountId),
  ]);
  if (!header) throw new Error(`A committed rating of ${input.period} left no assessment`);
  return answer(input.period, header.model, mine, input.criterionId);
}
