import type { MaturityModel } from '../../domain/maturity/maturity-model';
import { DIMENSION_LABELS, MATURITY_DIMENSIONS } from '../../domain/maturity/maturity.vocabulary';
import type { PeriodSummary } from './maturity-records';
import type { GapIssueDraft } from './maturity.ports';
import { criteriaOf } from './result-view';

/** Jira's longest summary. */
const SUMMARY_MAX = 255;

/**
 * What a gap's Jira issue is made from: the dimension whose next level the criterion belongs to,
 * the level it is at, and a summary and description people read ("Maturity gap, Governance level 3:
 * ..."). The criterion must be a gap of `summary` and a criterion of `model` (the assessment's copy).
 *
 * @example
 * gapIssueDraft(summary, model, 'gov-3-terms').summary; // 'Maturity gap, Governance level 3: The CSI lead, ...'
 */
export function gapIssueDraft(summary: PeriodSummary, model: MaturityModel, criterionId: string): GapIssueDraft {
  const dimension = MATURITY_DIMENSIONS.find((d) => summary.gaps[d].includes(criterionId));
  const criterion = criteriaOf(model).get(criterionId);
  if (dimension === undefined || criterion === undefined) {
    throw new Error(`${criterionId} is not a gap of ${summary.period}`);
  }
  const label = DIMENSION_LABELS[dimension];
  const currentLevel = summary.levels[dimension];
  const description = [
    `The maturity assessment of ${summary.period} found ${label} at level ${currentLevel}.`,
    `To reach level ${criterion.level}, this criterion is not achieved yet:`,
    '',
    criterion.text,
  ].join('\n');
  return {
    period: summary.period,
    criterionId,
    dimension,
    level: criterion.level,
    currentLevel,
    criterionText: criterion.text,
    summary: `Maturity gap, ${label} level ${criterion.level}: ${criterion.text}`.slice(0, SUMMARY_MAX),
    description,
  };
}
