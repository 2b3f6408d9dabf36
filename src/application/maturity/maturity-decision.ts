import type { DecisionDraft, DecisionEntry } from '../../domain/decision-log/decision-entry';
import { recordDecision } from '../decisions/record-decision.use-case';
import { DIMENSION_LABELS, MATURITY_DIMENSIONS } from '../../domain/maturity/maturity.vocabulary';
import type { DecisionsPort } from '../ports';
import type { AssessmentRecord, PeriodSummary } from './maturity-records';

/**
 * The decision-log draft of a submission: "Maturity 2026-Q3: organisation level 2 (mean 2.4)",
 * each dimension's level as the rationale and in the scores at the time.
 *
 * @example
 * maturityDecisionDraft(summary, ['u-1', 'u-2']).summary; // 'Maturity 2026-Q3: organisation level 2 (mean 2.4)'
 */
export function maturityDecisionDraft(
  summary: PeriodSummary,
  assessors: readonly string[],
): Extract<DecisionDraft, { type: 'maturity-assessed' }> {
  const { period, levels, organisation, stagnating, modelVersion } = summary;
  const byDimension = MATURITY_DIMENSIONS.map((d) => `${DIMENSION_LABELS[d]} ${levels[d]}`).join(', ');
  const stagnation =
    stagnating.length === 0
      ? ''
      : ` Not risen for two quarters: ${stagnating.map((d) => DIMENSION_LABELS[d]).join(', ')}.`;
  const who = assessors.length === 1 ? '1 assessor' : `${assessors.length} assessors (the lower rating stands)`;
  return {
    type: 'maturity-assessed',
    subject: null,
    summary: `Maturity ${period}: organisation level ${organisation.level} (mean ${organisation.mean})`,
    rationale: `Levels: ${byDimension}. Rated by ${who} with model version ${modelVersion}.${stagnation}`,
    optionsConsidered: [],
    scoresAtTime: { 'organisation-level': organisation.level, 'organisation-mean': organisation.mean, ...levels },
    payload: {
      period,
      modelVersion,
      levels: { ...levels },
      organisationLevel: organisation.level,
      organisationMean: organisation.mean,
      stagnating: [...stagnating],
      assessors: [...assessors],
    },
  };
}

/**
 * The submission's decision-log entry, recorded once: the entry already committed with the header's
 * `decisionKey` when there is one (a retry after the append), else recorded now with that key, in the
 * submitter's name at the submission's time.
 */
export async function appendMaturityDecision(
  decisions: DecisionsPort,
  header: AssessmentRecord,
  summary: PeriodSummary,
): Promise<DecisionEntry> {
  const { decisionKey, submittedBy, submittedAt } = header;
  if (decisionKey === null || submittedBy === null || submittedAt === null) {
    throw new Error(`The assessment of ${header.period} is not submitted: there is no decision to record`);
  }
  const found = await decisions.byRequest(decisionKey);
  if (found !== undefined && found !== 'other') return found;
  const draft = maturityDecisionDraft(summary, header.raters);
  const recorded = await recordDecision(decisions, draft, submittedBy, submittedAt, { requestKey: decisionKey });
  // The draft is built from a summary the domain computed: a refusal here is a bug, not bad input.
  if (!recorded.ok) throw new Error(`The maturity decision of ${header.period} is invalid: ${recorded.error.message}`);
  return recorded.value;
}
