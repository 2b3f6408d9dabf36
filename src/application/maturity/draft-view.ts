import { checkSubmission } from '../../domain/maturity/assessment-ratings';
import {
  evaluateAutomaticCheck,
  type AutomaticProposal,
  type MaturityFacts,
} from '../../domain/maturity/automatic-checks';
import type { MaturityModel } from '../../domain/maturity/maturity-model';
import { MATURITY_DIMENSIONS, type MaturityDimension } from '../../domain/maturity/maturity.vocabulary';
import type { Assessment } from './maturity-records';
import type { DraftView } from '../../contracts/maturity.contract';
import { combinedRatings, resultOf } from './period-summary';

/** Whether any criterion of the model has an automatic check (only then are the facts counted). */
export function hasAutomaticChecks(model: MaturityModel): boolean {
  return model.dimensions.some((d) => d.levels.some((l) => l.criteria.some((c) => c.automaticCheck !== undefined)));
}

/** The app's proposal for each criterion of the model with an automatic check, from `facts`. */
export function proposalsOf(model: MaturityModel, facts: MaturityFacts | undefined): Record<string, AutomaticProposal> {
  if (facts === undefined) return {};
  const proposals: Record<string, AutomaticProposal> = {};
  for (const c of model.dimensions.flatMap((d) => d.levels.flatMap((l) => l.criteria))) {
    if (c.automaticCheck !== undefined) proposals[c.id] = evaluateAutomaticCheck(c.automaticCheck, facts);
  }
  return proposals;
}

/**
 * An assessor's view of an open period: the draft's model (or the model in force when nobody has
 * rated yet), the caller's own ratings, the app's proposals with their facts, the levels the ratings
 * so far give and the criteria nobody has rated yet.
 */
export function draftView(
  accountId: string,
  draft: Assessment | undefined,
  modelInForce: MaturityModel,
  facts: MaturityFacts | undefined,
): DraftView {
  const model = draft?.model ?? modelInForce;
  const assessment = { model, ratings: draft?.ratings ?? {} };
  const result = resultOf(assessment);
  const checked = checkSubmission(model, combinedRatings(assessment));
  const unrated = !checked.ok && checked.error.code === 'UNRATED_CRITERIA' ? checked.error.criterionIds : [];
  const levels = Object.fromEntries(MATURITY_DIMENSIONS.map((d) => [d, result.dimensions[d].level]));
  return {
    started: draft !== undefined,
    model,
    raters: draft ? [...draft.raters] : [],
    mine: { ...(draft?.ratings[accountId] ?? {}) },
    proposals: proposalsOf(model, facts),
    preview: { organisation: result.organisation, levels: levels as Record<MaturityDimension, number> },
    unrated,
  };
}
