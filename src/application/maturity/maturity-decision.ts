import type { DecisionDraft, DecisionEntry } from '../../domain/decision-log/decision-entry';
import {
  DIMENSION_LABELS,
  MATURITY_DIMENSIONS,
  type MaturityDimension,
} from '../../domain/maturity/maturity.vocabulary';
import type { DecisionsPort } from '../ports';
import type { AssessmentRecord, PeriodSummary } from './maturity-records';

/**
 * The decision-log type of a submitted assessment. Not in `DECISION_TYPES` yet: until it is (with its
 * payload in `DecisionPayloads`, its check in `check-decision-payload.ts` and leave for a null subject
 * in `validateDecisionDraft`), the entry is appended without `recordDecision`'s validation; see
 * `appendMaturityDecision`.
 */
export const MATURITY_DECISION_TYPE = 'maturity-assessed';

/** What a `maturity-assessed` entry records besides its text. */
export interface MaturityAssessedPayload {
  period: string;
  modelVersion: number;
  levels: Record<MaturityDimension, number>;
  organisationLevel: number;
  organisationMean: number;
  stagnating: MaturityDimension[];
  /** The accounts whose ratings the result stands on. */
  assessors: string[];
}

/** The draft of a `maturity-assessed` entry: configuration-wide (no subject issue). */
export interface MaturityDecisionDraft {
  type: typeof MATURITY_DECISION_TYPE;
  subject: null;
  summary: string;
  rationale: string;
  optionsConsidered: string[];
  scoresAtTime: Record<string, number>;
  payload: MaturityAssessedPayload;
}

/**
 * The decision-log draft of a submission: "Maturity 2026-Q3: organisation level 2 (mean 2.4)",
 * each dimension's level as the rationale and in the scores at the time.
 *
 * @example
 * maturityDecisionDraft(summary, ['u-1', 'u-2']).summary; // 'Maturity 2026-Q3: organisation level 2 (mean 2.4)'
 */
export function maturityDecisionDraft(summary: PeriodSummary, assessors: readonly string[]): MaturityDecisionDraft {
  const { period, levels, organisation, stagnating, modelVersion } = summary;
  const byDimension = MATURITY_DIMENSIONS.map((d) => `${DIMENSION_LABELS[d]} ${levels[d]}`).join(', ');
  const stagnation =
    stagnating.length === 0
      ? ''
      : ` Not risen for two quarters: ${stagnating.map((d) => DIMENSION_LABELS[d]).join(', ')}.`;
  const who = assessors.length === 1 ? '1 assessor' : `${assessors.length} assessors (the lower rating stands)`;
  return {
    type: MATURITY_DECISION_TYPE,
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
 * The submission's decision-log entry, appended once: the entry already committed with the
 * header's `decisionKey` when there is one (a retry after the append), else appended now with that
 * key, in the submitter's name at the submission's time. Appended through `DecisionsPort.append`
 * directly because `validateDecisionDraft` does not know the type yet; once the vocabulary has it,
 * call `recordDecision` here instead.
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
  // The one cast: DecisionDraft's type union does not have 'maturity-assessed' yet (see above).
  return decisions.append(draft as unknown as DecisionDraft, submittedBy, submittedAt, { requestKey: decisionKey });
}
