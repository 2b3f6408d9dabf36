import { aggregateRaters } from '../../domain/scoring/aggregate-raters';
import { checkMvi } from '../../domain/scoring/check-mvi';
import { classify } from '../../domain/scoring/classify';
import { computeScore } from '../../domain/scoring/compute-score';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { ComputedScore, InitiativeRecord } from '../initiative-record';
import { ratersOfTally } from './rating-tally';

/**
 * Computes everything the panel, the portfolio and Jira show for one initiative from its ratings'
 * tally, its plan and the scoring configuration. Pure: the same record and config give the same result.
 */
export function scoreInitiative(
  record: Pick<InitiativeRecord, 'tally' | 'plan'>,
  config: ScoringConfig,
): ComputedScore {
  const names = new Map(config.criteria.map((c) => [c.key, c.name]));
  const aggregated = aggregateRaters(config.criteria, ratersOfTally(record.tally));
  const score = computeScore(config.criteria, aggregated.ratings);
  return {
    score: score.score,
    complete: score.complete,
    missing: score.missing.map((key) => names.get(key) ?? key),
    breakdown: score.breakdown.map(({ key, name, direction, rating, weight, contribution }) => ({
      key,
      name,
      direction,
      rating,
      weight,
      contribution,
    })),
    initiativeClass: classify(aggregated.ratings[config.effortCriterionKey], record.plan.plannedDurationDays, config),
    needsAlignment: aggregated.needsAlignment,
    disagreements: aggregated.disagreements.map((d) => ({ ...d, name: names.get(d.key) ?? d.key })),
    mvi: mviOf(record.plan.kpi, config.mviThresholdPct),
    configVersion: config.version,
  };
}

function mviOf(kpi: InitiativeRecord['plan']['kpi'], defaultThreshold: number): ComputedScore['mvi'] {
  if (!kpi) {
    return { status: 'missing', kpi: null, improvementPct: null, thresholdPct: null, message: 'No target KPI yet' };
  }
  const thresholdPct = kpi.thresholdPct ?? defaultThreshold;
  const check = checkMvi({ direction: kpi.direction, baseline: kpi.baseline, expected: kpi.expected, thresholdPct });
  if (!check.ok)
    return { status: 'missing', kpi: kpi.name, improvementPct: null, thresholdPct, message: check.error.message };
  const { passed, improvementPct } = check.value;
  const verb = kpi.direction === 'decrease' ? 'reduction' : 'increase';
  return {
    status: passed ? 'passed' : 'failed',
    kpi: kpi.name,
    improvementPct,
    thresholdPct,
    message: `${kpi.baseline} → ${kpi.expected} is a ${improvementPct} % ${verb}; the minimum is ${thresholdPct} %`,
  };
}
