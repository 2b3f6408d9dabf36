import type { AssessorRating } from '../../domain/maturity/assessment-ratings';
import type { MaturityModel } from '../../domain/maturity/maturity-model';
import type { UserRefRecord } from '../initiative-record';
import type { AssessmentRecord, AssessorRatingsRecord } from './maturity-records';

/** A period's new draft, made with (a copy of) `model`. */
export function newDraft(period: string, model: MaturityModel, by: UserRefRecord, at: string): AssessmentRecord {
  return {
    period,
    modelVersion: model.version,
    model,
    state: 'draft',
    raters: [],
    createdAt: at,
    createdBy: by,
    updatedAt: at,
    submittedAt: null,
    submittedBy: null,
    seq: null,
    decisionKey: null,
    revision: 0,
  };
}

/** The assessor's ratings of `period` with `rating` added or replaced. */
export function withRating(
  mine: AssessorRatingsRecord | undefined,
  period: string,
  accountId: string,
  rating: AssessorRating,
  at: string,
): AssessorRatingsRecord {
  const ratings = { ...(mine?.ratings ?? {}), [rating.criterionId]: rating };
  return { period, accountId, ratings, updatedAt: at, revision: mine?.revision ?? 0 };
}
