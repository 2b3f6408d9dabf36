import { roundTo } from '../shared/round-to';
import type { SuccessCriterion } from './checkpoint';
import type { CriterionOutcome } from './checkpoint.vocabulary';

/** A criterion's evaluation, with the sentence that explains it. */
export interface CriterionJudgement {
  outcome: CriterionOutcome;
  detail: string;
}

/**
 * Evaluates one success criterion. A metric is met when the measured value's relative change from
 * the baseline, in the KPI's good direction and rounded to two decimals (the number people see), is
 * at least the required change; it is `not-yet` until measured. A manual statement is as judged.
 * Total: a baseline of 0 or a non-finite number cannot be evaluated and stays `not-yet`.
 *
 * @example
 * judgeCriterion({ kind: 'metric', kpiName: 'MTTR', direction: 'decrease', baseline: 10, requiredChangePct: 15, measured: 8, ... });
 * // { outcome: 'met', detail: 'MTTR went from 10 to 8, a 20 % decrease; at least 15 % needed' }
 */
export function judgeCriterion(criterion: SuccessCriterion): CriterionJudgement {
  if (criterion.kind === 'manual') {
    const said = { met: 'judged met', 'not-met': 'judged not met', 'not-judged': 'not judged yet' }[
      criterion.judgement
    ];
    return {
      outcome: criterion.judgement === 'not-judged' ? 'not-yet' : criterion.judgement,
      detail: `"${criterion.statement}" is ${said}`,
    };
  }
  const { kpiName, baseline, measured, requiredChangePct: required, direction } = criterion;
  const need = `at least ${required} % ${direction} needed`;
  if (measured === null) return { outcome: 'not-yet', detail: `${kpiName} is not measured yet; ${need}` };
  if (![baseline, measured, required].every(Number.isFinite) || baseline === 0) {
    return { outcome: 'not-yet', detail: `${kpiName} cannot be evaluated against a baseline of ${baseline}` };
  }
  const change = direction === 'increase' ? measured - baseline : baseline - measured;
  const pct = roundTo((100 * change) / Math.abs(baseline), 2);
  const moved = pct >= 0 ? `a ${pct} % ${direction}` : `${-pct} % the wrong way`;
  return {
    outcome: pct >= required ? 'met' : 'not-met',
    detail: `${kpiName} went from ${baseline} to ${measured}, ${moved}; ${need}`,
  };
}
