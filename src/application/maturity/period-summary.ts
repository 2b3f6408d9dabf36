import { assessmentResult, type AssessmentResult } from '../../domain/maturity/assess';
import { combineRatings } from '../../domain/maturity/lower-rating';
import type { MaturityModel } from '../../domain/maturity/maturity-model';
import { MATURITY_DIMENSIONS, type MaturityDimension, type Rating } from '../../domain/maturity/maturity.vocabulary';
import { previousQuarter } from '../../domain/maturity/quarter';
import { stagnatingDimensions, type LevelHistoryEntry } from '../../domain/maturity/stagnation';
import type { UserRefRecord } from '../initiative-record';
import type { Assessment, PeriodSummary } from './maturity-records';
import type { MaturityStorePort } from './maturity.ports';

/** Each assessor's ratings as the level rules take them: `[accountId][criterionId]` to the rating alone. */
export function ratingsByAssessor(assessment: Pick<Assessment, 'ratings'>): Record<string, Record<string, Rating>> {
  return Object.fromEntries(
    Object.entries(assessment.ratings).map(([accountId, ratings]) => [
      accountId,
      Object.fromEntries(Object.entries(ratings).map(([id, r]) => [id, r.rating])),
    ]),
  );
}

/**
 * The ratings the assessment stands on so far: per criterion anybody rated, the lower of the
 * assessors' ratings (domain.md section 5), in the form `checkSubmission` checks.
 */
export function combinedRatings(assessment: Pick<Assessment, 'ratings'>): Record<string, { rating: Rating }> {
  const byCriterion = new Map<string, Rating[]>();
  for (const ratings of Object.values(ratingsByAssessor(assessment))) {
    for (const [id, rating] of Object.entries(ratings)) byCriterion.set(id, [...(byCriterion.get(id) ?? []), rating]);
  }
  const combined: Record<string, { rating: Rating }> = {};
  for (const [id, ratings] of byCriterion) {
    const rating = combineRatings(ratings);
    if (rating !== null) combined[id] = { rating };
  }
  return combined;
}

/** The result of the assessment with its own model copy: every assessor's ratings, the lower standing. */
export function resultOf(assessment: Pick<Assessment, 'ratings'> & { model: MaturityModel }): AssessmentResult {
  return assessmentResult(assessment.model, ratingsByAssessor(assessment));
}

/**
 * The levels of the two quarters before `period`, as their summaries hold them (two gets, whatever
 * the history's length): what stagnation is judged on.
 */
export async function previousLevels(
  store: Pick<MaturityStorePort, 'getSummary'>,
  period: string,
): Promise<LevelHistoryEntry[]> {
  const before = previousQuarter(period);
  const twoBefore = before === null ? null : previousQuarter(before);
  const [one, two] = await Promise.all([
    before === null ? undefined : store.getSummary(before),
    twoBefore === null ? undefined : store.getSummary(twoBefore),
  ]);
  return [two, one].flatMap((s) => (s ? [{ period: s.period, levels: s.levels }] : []));
}

/**
 * The summary a submission writes: the levels per dimension, the organisation's level and mean, the
 * dimensions that stagnate with this period added to `previous` (`stagnatingDimensions`), and each
 * dimension's gaps.
 */
export function summaryOf(
  assessment: Pick<Assessment, 'period' | 'modelVersion'>,
  result: AssessmentResult,
  previous: readonly LevelHistoryEntry[],
  by: UserRefRecord,
  at: string,
): PeriodSummary {
  const each = <T>(pick: (d: MaturityDimension) => T) =>
    Object.fromEntries(MATURITY_DIMENSIONS.map((d) => [d, pick(d)])) as Record<MaturityDimension, T>;
  const levels = each((d) => result.dimensions[d].level);
  return {
    period: assessment.period,
    modelVersion: assessment.modelVersion,
    submittedAt: at,
    submittedBy: by,
    levels,
    organisation: result.organisation,
    stagnating: stagnatingDimensions([...previous, { period: assessment.period, levels }]),
    gaps: each((d) => result.dimensions[d].gaps),
  };
}
